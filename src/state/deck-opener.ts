/**
 * The window's deck opener: what opening a dropped or picked deck needs,
 * started ahead while the page is idle, so a drop waits for none of it.
 */
import { createWorkerParser, loadThemeTools, type WorkerParser } from '../load/index.ts'
import { pickableThemes, type Renderer } from '../render/index.ts'

/**
 * What opening a dropped or picked deck needs, started ahead: the parse
 * worker (its script loaded and compiled, a fresh one after each deck), the
 * renderer's pipeline, the theme tools, and each built-in theme's scoped CSS
 * (one theme per idle moment). One per window.
 */
export interface DeckOpener {
  /** The parser decks are opened with. */
  parser: WorkerParser
  /** Start it all now (the page is idle, or a drag came in); again only the worker, if it was stopped. */
  warm(): void
  /** Stop the worker and what is still to be warmed. */
  dispose(): void
}

/** How long the page must go without a key or a click before a theme is scoped ahead (a long task). */
const quietMs = 2_000

/** Create the window's {@link DeckOpener}; nothing starts before `warm()`. */
export function createDeckOpener(renderer: Renderer): DeckOpener {
  const parser = createWorkerParser({ renew: true })
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50))
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
  // The themes still to warm; null: not started.
  let themes: string[] | null = null
  let waiting: { idle?: number; timer?: number } = {}
  let lastInput = 0
  const input = () => (lastInput = performance.now())
  // A part that fails to load now is loaded again, and its failure reported, by the deck that needs it.
  const later = () => {}
  // One theme per idle moment, and only while nobody presents: scoping one is a long task a key would wait for.
  const warmNextTheme = () => {
    const wait = lastInput + quietMs - performance.now()
    if (wait > 0) return void (waiting = { timer: window.setTimeout(warmNextTheme, wait) })
    waiting = {
      idle: idle(() => {
        if (performance.now() - lastInput < quietMs) return warmNextTheme()
        const name = themes?.shift()
        if (name === undefined) listen(false)
        else void renderer.warm(name).then(warmNextTheme, later)
      }),
    }
  }
  const listen = (on: boolean) => {
    for (const type of ['keydown', 'pointerdown'])
      if (on) window.addEventListener(type, input, true)
      else window.removeEventListener(type, input, true)
  }
  return {
    parser,
    warm() {
      parser.warm()
      if (themes) return
      themes = [...pickableThemes]
      loadThemeTools().catch(later)
      listen(true)
      input()
      warmNextTheme()
    },
    dispose() {
      if (waiting.idle !== undefined) cancelIdle(waiting.idle)
      window.clearTimeout(waiting.timer)
      waiting = {}
      themes = null
      listen(false)
      parser.dispose()
    },
  }
}
