/**
 * Deck CSS written to reach outside the slides: the corpus the CSS scoper is
 * tested with (scope-escapes.test.ts) and that e2e/attack-css.spec.ts puts in
 * a deck's `<style>`, `<style scoped>` and `style:` directive. Each rule aims
 * at the app's own page (`body *`, `button`, `nav`) or reads it.
 *
 * Requests to `/leak/…` are what a rule that read the page would send.
 */

/** One attempt. */
export interface EscapeAttempt {
  /** Short name, for messages. */
  name: string
  css: string
  /** Whether the YAML of the `style:` directive can carry it (no form feed). */
  yaml?: false
}

/** Characters the e2e test's other deck has in its title, and the slides do not. */
export const leakRange = 'U+0391-03C9'

export const escapeAttempts: readonly EscapeAttempt[] = [
  // Nested rules, at every depth and in every nesting at-rule.
  { name: 'nested &', css: 'section { body:has(&) * { visibility: hidden !important } }' },
  { name: 'nested :root', css: 'section { :root:has(&) button { color: rgb(255, 0, 1) !important } }' },
  { name: 'nested html', css: '* { html:has(&) nav { background-color: rgb(255, 0, 2) !important } }' },
  { name: 'nested :not', css: 'section { :not(&) { outline: 3px solid rgb(255, 0, 3) !important } }' },
  {
    name: 'nested deep',
    css: 'a { b { c { d { body:has(&) * { text-shadow: 0 0 2px rgb(255, 0, 4) !important } } } } }',
  },
  { name: 'nested in a list', css: '.x, section { body:has(&) * { filter: invert(1) !important } }' },
  { name: 'nested @media', css: 'section { @media all { body:has(&) * { opacity: 0.5 !important } } }' },
  {
    name: 'nested @supports',
    css: 'section { @supports (display: grid) { body:has(&) * { transform: rotate(1deg) !important } } }',
  },
  {
    name: 'nested @container',
    css: 'section { @container (min-width: 0px) { body:has(&) * { letter-spacing: 3px !important } } }',
  },
  {
    name: 'nested @layer',
    css: 'section { @layer attack { body:has(&) * { text-decoration: underline !important } } }',
  },
  {
    name: 'nested @starting-style',
    css: 'section { @starting-style { body:has(&) * { border-top-color: rgb(255, 0, 5) !important } } }',
  },
  { name: 'nested @scope', css: 'section { @scope (body) { :scope * { word-spacing: 9px !important } } }' },
  { name: 'nested siblings', css: 'section { & ~ *, & + * { visibility: hidden !important } }' },
  { name: 'nested with no &', css: 'section { body * { font-size: 40px !important } }' },
  { name: '@nest', css: 'section { @nest body:has(&) * { font-size: 41px !important } }' },
  // Top-level at-rules that hold rules.
  {
    name: '@scope declarations',
    css: '@scope (body) { background-color: rgb(255, 0, 6) !important; color: rgb(255, 0, 6) !important }',
  },
  { name: '@scope :scope', css: '@scope (html) { :scope body * { font-style: italic !important } }' },
  { name: '@scope &', css: '@scope (body) { & * { font-weight: 100 !important } }' },
  { name: '@layer', css: '@layer attack2 { body * { cursor: wait !important } }' },
  { name: '@container', css: '@container (min-width: 0px) { body * { cursor: crosshair !important } }' },
  { name: '@starting-style', css: '@starting-style { body * { opacity: 0 !important } }' },
  { name: 'top-level &', css: '& body * { visibility: hidden !important }' },
  { name: ':scope', css: ':scope body * { visibility: hidden !important }' },
  // Reading the page: a request only when something outside the slide matches.
  { name: ':is() reads', css: 'section:is(html:has(nav) *) { background-image: url(/leak/is-has) }' },
  { name: ':where() reads', css: 'h1:where(body:has(button) h1) { background-image: url(/leak/where-has) }' },
  { name: ':has() in :is()', css: 'section :is(:has(~ nav) *) { background-image: url(/leak/has-sibling) }' },
  // Global names: fonts the app's text uses, its properties and animations.
  { name: '@font-face ui-monospace', css: '@font-face { font-family: ui-monospace; src: url(/leak/ui-monospace) }' },
  {
    name: '@font-face unicode-range',
    css: `@font-face { font-family: LeakRange; src: url(/leak/unicode-range); unicode-range: ${leakRange} }
section { body:has(&) * { font-family: LeakRange !important } }`,
  },
  {
    name: '@property',
    css: "@property --lectern-shrink { syntax: '<number>'; inherits: true; initial-value: 0.1 }",
  },
  { name: '@keyframes', css: '@keyframes lectern-fade { from { opacity: 0 } to { opacity: 0 } }' },
  {
    name: 'escaped names',
    css: "@keyframes \\6c ectern-fade { to { opacity: 0 } } @property --\\6c ectern-x { syntax: '*'; inherits: false }",
  },
  // The printed pages are the app's.
  { name: '@page', css: '@page { size: 100px 100px; margin: 40px } @page :first { margin: 30px }' },
  { name: '@page margin box', css: '@page { margin: 1in; @top-center { content: "FAKE" } }' },
  // Imports: none is scoped where it lands.
  {
    name: '@import in a comment',
    css: '/* @import url(https://fonts.googleapis.com/css2?family=X) screen{} body * { visibility: hidden !important }; */ .a { color: red }',
  },
  { name: '@import', css: '@import url(/leak/import.css);' },
  { name: '@import layer', css: '@import url(/leak/import-layer.css) layer(x);' },
  { name: '@import data:', css: '@import url("data:text/css,body%20*%7Bvisibility:hidden%20!important%7D");' },
  // Text the browser reads otherwise than a tolerant parser.
  {
    name: 'string broken by a newline',
    css: '.a { content: "x\n} body * { visibility: hidden !important } .b { c: "\n}',
  },
  {
    name: 'string broken by a form feed',
    css: '.a { content: "x\f} body * { visibility: hidden !important } .b { c: "\f}',
    yaml: false,
  },
  { name: 'bad url', css: '.a { background: url(x"}) } body * { visibility: hidden !important } .b { c: url(") }' },
  { name: 'CDO', css: '<!-- body * { visibility: hidden !important } -->' },
  { name: 'url() in a string', css: '.a::before { content: "url(?}body*{visibility:hidden!important})" }' },
  // Other global at-rules.
  { name: '@namespace', css: '@namespace url(http://www.w3.org/1999/xhtml);' },
  { name: '@position-try', css: '@position-try --lectern-x { top: 0 }' },
  { name: '@view-transition', css: '@view-transition { navigation: auto }' },
  // Drawn over the window: contained by the slide's box.
  {
    name: 'fixed overlay',
    css: 'section::before { content: "FAKE"; position: fixed; inset: 0; z-index: 2147483647; background: rgb(255, 0, 7) }',
  },
]
