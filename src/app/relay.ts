/**
 * Which relay this window uses and as what (composition: it reads the page's
 * URL, the `lectern` server's meta element and the tab's session storage, and
 * loads Socket.IO and the relay binding only when a relay is in use):
 *
 * - the relay is `?relay=URL`, else the `lectern` server the page came from,
 *   else none (the static app needs none);
 * - the presenter view makes a session (kept for the tab, so a reload rejoins
 *   it) and shows its links; a phone remote (`?view=remote`) and an audience
 *   device (`?view=follow`) join with the credentials in their link's
 *   fragment (`#join=…`), taken out of the URL at start (join-hash.ts) and
 *   kept for the tab.
 *
 * Loaded with `import()` only by a window that has a relay role or a join
 * fragment: the audience window's first JavaScript has none of it.
 */
import {
  readJoinFragment,
  readServerInfo,
  relayEndpoint,
  serverInfoMeta,
  sessionLink,
  type Credentials,
  type ServerInfo,
} from '../relay/index.ts'
import { deckIdentity, loadRelay, type AppStore, type BindRelay, type ViewRole } from '../state/index.ts'

const joinKey = 'lectern.join'
const sessionKey = 'lectern.session'

/** What the `lectern` server told this page, or null (the static app, the dev server). */
export function serverInfo(): ServerInfo | null {
  return readServerInfo(document.querySelector(`meta[name="${serverInfoMeta}"]`)?.getAttribute('content'))
}

/** The relay's URL: `?relay=`, else the page's own server when it runs one. */
export function relayUrl(search: string, info: ServerInfo | null): string | null {
  return new URLSearchParams(search).get('relay') ?? (info?.relay ? window.location.origin : null)
}

function readStored(key: string): Credentials | null {
  try {
    return readJoinFragment(sessionStorage.getItem(key) ?? '')
  } catch {
    return null
  }
}

function store(key: string, credentials: Credentials): void {
  try {
    sessionStorage.setItem(key, `join=${credentials.session}.${credentials.token}`)
  } catch {
    // Not kept: a reload makes a new session.
  }
}

/** The deck's address as another device fetches it: a path of this origin or an absolute URL; null for a dropped file. */
function deckUrlFor(source: ReturnType<AppStore['getState']>['source']): string | null {
  if (source?.kind !== 'url') return source?.kind === 'bundled' ? `/decks/${source.name}` : null
  const url = new URL(source.url, window.location.href)
  return url.origin === window.location.origin ? url.pathname + url.search : url.href
}

/**
 * Keep the credentials of a session link's fragment for the tab, then bind
 * the store to the relay, if this window uses one.
 *
 * @param role
 *   The window's role: the presenter view makes a session; `remote` and `follow` join one.
 * @param join
 *   The page's `#join=…` fragment, taken at start, or null.
 * @returns
 *   A function that unbinds.
 */
export function startRelay(store_: AppStore, role: ViewRole, join: string | null): () => void {
  const joined = join ? readJoinFragment(join) : null
  if (joined) store(joinKey, joined)
  const info = serverInfo()
  const relay = relayUrl(window.location.search, info)
  const endpoint = relay ? relayEndpoint(relay, window.location.href) : null
  if (!endpoint || (role !== 'presenter' && role !== 'remote' && role !== 'follow')) return () => {}
  const credentials = role === 'presenter' ? readStored(sessionKey) : readStored(joinKey)
  if (role !== 'presenter' && !credentials) {
    store_.getState().setRelay({ relayStatus: 'refused' })
    return () => {}
  }
  const deck = () => {
    const { deck, source } = store_.getState()
    if (!deck || deck.slides.length === 0) return null
    const url = deckUrlFor(source)
    return { url, id: deckIdentity(deck, source), slides: deck.slides.length, title: deck.meta.title }
  }
  const linksFor = (follow: Credentials, presenter: Credentials) => {
    const app = info?.lan[0] ?? window.location.origin + window.location.pathname
    const deckUrl = deck()?.url ?? null
    // A relay named in the URL is named in the links too; the page's own server needs no name.
    const named = new URLSearchParams(window.location.search).get('relay')
    const link = (view: 'remote' | 'follow', credentials: Credentials) =>
      sessionLink({
        app,
        deck: deckUrl,
        relay: named ? new URL(named, window.location.href).href : null,
        view,
        credentials,
      })
    store_.getState().setRelay({ relayLinks: { remote: link('remote', presenter), follow: link('follow', follow) } })
  }
  let stop: (() => void) | null = null
  let cancelled = false
  let session: { follow: Credentials; presenter: Credentials } | null = null
  const bind = (io: typeof import('socket.io-client').io, bindRelay: BindRelay) => {
    stop = bindRelay(store_, {
      role: role === 'follow' ? 'follower' : 'presenter',
      credentials,
      connect: (auth) => io(endpoint.url, { path: endpoint.path, auth, reconnectionDelayMax: 2000 }) as never,
      deck,
      made: (presenter, follow) => {
        store(sessionKey, presenter)
        store(`${sessionKey}.follow`, follow)
        session = { follow, presenter }
        linksFor(follow, presenter)
      },
      // The presenter view makes the session and chooses its deck; the windows that join it open that deck.
      openDeck:
        role === 'presenter'
          ? undefined
          : (url) => {
              const page = new URL(window.location.href)
              // Already asked for here (and not shown as the same deck): reloading would only loop.
              if (page.searchParams.get('deck') === url) return
              page.searchParams.set('deck', url)
              window.location.assign(page.href)
            },
    })
    // A presenter view that rejoins its session shows its links again.
    const follow = readStored(`${sessionKey}.follow`)
    if (role === 'presenter' && credentials && follow) {
      session = { follow, presenter: credentials }
      linksFor(follow, credentials)
    }
  }
  // Join once the deck is on screen: the session's state is a slide of it, and its links name it.
  let starting = false
  const start = () => {
    if (starting || deck() === null) return
    starting = true
    void Promise.all([import('socket.io-client'), loadRelay()]).then(([{ io }, { bindRelay }]) => {
      if (!cancelled) bind(io, bindRelay)
    })
  }
  const unsubscribe = store_.subscribe((state, previous) => {
    if (state.deck === previous.deck) return
    start()
    // The presenter opened another deck: its links name the new one.
    if (session) linksFor(session.follow, session.presenter)
  })
  start()
  return () => {
    cancelled = true
    unsubscribe()
    stop?.()
  }
}
