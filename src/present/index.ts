/** The presenter: store, key table and view. */
export { Presenter } from './Presenter.tsx'
export {
  PresenterStoreProvider,
  usePresenter,
  usePresenterActions,
  usePresenterStore,
  useMessages,
} from './store-context.tsx'
export { createPresenterStore } from './store/index.ts'
export type { DeckLoadError, DeckSource, Language, PresenterState, PresenterStore } from './store/index.ts'
export { bindUrlHash } from './url-hash.ts'
export { detectLanguage, messagesFor } from './i18n.ts'
export { keymap, matchKey } from './keymap.ts'
