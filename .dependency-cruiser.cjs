/**
 * The dependency rule (`npm run deps`, part of `npm test`): folders import
 * downward only, never in a circle, and reach into another folder through its
 * `index.ts` — or, for the engine, through the light modules the page needs
 * before the engine itself loads (`links.ts`, `limits.ts`, and the themes' CSS `limits.ts`): `src/deck/index.ts`
 * is the parser, loaded on demand, and a static import of it would put the
 * whole engine in the page's first JavaScript. Likewise the loader's
 * `read-drop.ts` (a drop's files must be taken while its event lasts) and
 * `bundled-assets.ts` (where the seed deck's images are): `src/load/index.ts`
 * brings the whole open path, loaded after the first paint.
 *
 *   deck, themes, relay  ←  render  ←  load  ←  state  ←  ui  ←  views/*  ←  app
 *
 * `deck` (the engine), `themes` and `relay` (the relay protocol, shared with
 * server/) import nothing of ours; a view never imports another view (the
 * app composes them). See docs/architecture.md.
 */
const layers = [
  ['deck', []],
  ['themes', []],
  ['relay', []],
  ['render', ['deck', 'themes']],
  ['load', ['deck', 'themes', 'render']],
  ['state', ['deck', 'themes', 'relay', 'render', 'load']],
  ['ui', ['deck', 'themes', 'relay', 'render', 'load', 'state']],
  ['views', ['deck', 'themes', 'relay', 'render', 'load', 'state', 'ui']],
  ['app', ['deck', 'themes', 'relay', 'render', 'load', 'state', 'ui', 'views']],
]

const ours = '^src/(deck|themes|relay|render|load|state|ui|views|app)/'

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules must not import each other in a circle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layers.map(([layer, below]) => ({
      name: `downward-only-${layer}`,
      comment: `src/${layer} may import only ${below.length ? below.map((name) => `src/${name}`).join(', ') : 'nothing else of ours'}.`,
      severity: 'error',
      from: { path: `^src/${layer}/` },
      to: { path: ours, pathNot: [`^src/${layer}/`, ...below.map((name) => `^src/${name}/`)] },
    })),
    {
      name: 'views-apart',
      comment: 'A view never imports another view: the app composes them.',
      severity: 'error',
      from: { path: '^src/views/([^/]+)/' },
      to: { path: '^src/views/', pathNot: '^src/views/$1/' },
    },
    {
      name: 'through-index',
      comment: 'Another folder is reached through its index.ts (its public API), never a file inside it.',
      severity: 'error',
      from: { path: '^src/(views/[^/]+|[^/]+)/', pathNot: '\\.test\\.tsx?$|test-helpers\\.ts$|\\.fixtures\\.ts$' },
      to: {
        path: ours,
        pathNot: [
          '^src/$1/',
          '^src/(views/[^/]+|[^/]+)/index\\.tsx?$',
          '^src/deck/(links|limits)\\.ts$',
          '^src/themes/limits\\.ts$',
          '^src/load/(read-drop|bundled-assets)\\.ts$',
          '\\.css$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
}
