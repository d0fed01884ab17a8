/**
 * What binds a window to the world beyond its first slide: its drawings
 * (stored per deck), live reload of the open deck, the other windows of the
 * same deck (presenter view, notes), and the screen's wake lock. Loaded with `import()` right after
 * the first paint, so their code (and the checks of what other windows send)
 * stays out of the first JavaScript.
 */
import { serverEvents } from '../relay/index.ts'
import type { Renderer } from '../render/index.ts'
import { deckIdentity, loadDeferred, type AppStore } from '../state/index.ts'
import { serverInfo } from './relay.ts'
import { bindWakeLock } from './wake-lock.ts'

type Deferred = Awaited<ReturnType<typeof loadDeferred>>

/** Keep this window in step with the other windows of the same deck, once a deck is open. */
function bindWindows(store: AppStore, { bindSync }: Deferred): () => void {
  let stop: (() => void) | null = null
  const bind = () => {
    stop?.()
    stop = null
    const { deck, source, status, role } = store.getState()
    // Windows on other devices go through the relay, never the browser's channel.
    if (role === 'remote' || role === 'follow') return
    if (deck && status !== 'loading') stop = bindSync(store, { role, deck: deckIdentity(deck, source) })
  }
  bind()
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.deck !== previous.deck || state.status !== previous.status) bind()
  })
  return () => {
    unsubscribe()
    stop?.()
  }
}

/**
 * Bind the window's drawings, live reload, sync and wake lock.
 *
 * @param hot
 *   The dev server's events, when served by it (else a `lectern` server's, if the page came from one).
 * @returns
 *   A function that undoes every binding.
 */
export async function bindWindow(
  store: AppStore,
  renderer: Renderer,
  hot: Parameters<Deferred['bindLiveReload']>[2],
): Promise<() => void> {
  const deferred = await loadDeferred()
  const info = serverInfo()
  const stops = [
    deferred.bindDrawings(store),
    deferred.bindLiveReload(store, renderer, hot ?? (info?.events ? serverEvents(info.events) : undefined)),
    bindWindows(store, deferred),
    bindWakeLock(store),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}
