/**
 * The shared Awesome Marp template (`@theme am_template`): every layout and
 * class, coloured only through the `--am-*` palette variables that
 * `am_blue.css` … `am_purple.css` set. Written for Lectern from the
 * description in shared/spec/awesome-styles.md; no original CSS is used.
 *
 * One partial per concern, joined in cascade order (later wins on ties):
 * - base.css: font stacks (`--am-font-*`), text, headings, lists, links +
 *   tail, code, quotes, tables, images (`#c/#l/#r`); no colours of its own
 *   (the palettes set them, so `am_template` alone is uncoloured)
 * - chrome.css: header, three-part footer, "N » total" page badge
 * - covers.css: cover_a … cover_e
 * - toc.css: toc_a (CONTENTS watermark, card), toc_b (sidebar)
 * - layouts.css: cols-*, rows-2, pin-3 and their containers, fixedtitleA/B, footnote
 * - lists.css: cols2_ol/ul_sq/ci, col1_ol_sq/ci (+ aliases), fglass
 * - callouts.css: bq-black/purple/red/blue/green
 * - navbar.css: the navigation bar header
 * - pages.css: trans, lastpage, caption, tinytext … hugetext
 */
import base from './base.css?raw'
import callouts from './callouts.css?raw'
import chrome from './chrome.css?raw'
import covers from './covers.css?raw'
import layouts from './layouts.css?raw'
import lists from './lists.css?raw'
import navbar from './navbar.css?raw'
import pages from './pages.css?raw'
import toc from './toc.css?raw'

const header = `/*!
 * @theme am_template
 * @author Lectern
 * @size 16:9 1280px 720px
 * @size 4:3 960px 720px
 * @auto-scaling true
 */`

/** The template as one Marp-format theme. */
export const awesomeTemplateCss = [header, base, chrome, covers, toc, layouts, lists, callouts, navbar, pages].join(
  '\n\n',
)
