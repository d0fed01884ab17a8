/** The one React binding of the presenter store, and the UI text hook. */
import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { messagesFor, type Messages } from './i18n.ts'
import type { PresenterState, PresenterStore } from './store/index.ts'

const StoreContext = createContext<PresenterStore | null>(null)

/** Props of {@link PresenterStoreProvider}. */
export interface PresenterStoreProviderProps {
  /** The store the presenter below reads and drives. */
  store: PresenterStore
  children: ReactNode
}

/** Give the components below a presenter store (one per presentation). */
export function PresenterStoreProvider({ store, children }: PresenterStoreProviderProps) {
  return <StoreContext value={store}>{children}</StoreContext>
}

/** The presenter store itself, for actions and effects. */
export function usePresenterStore(): PresenterStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('Unexpected missing presenter store, expected a `PresenterStoreProvider` above')
  return store
}

/**
 * A value from the presenter state; the component re-renders when it changes.
 *
 * @param selector
 *   Picks the smallest value needed (a selector from `store/selectors.ts`, or a field).
 */
export function usePresenter<T>(selector: (state: PresenterState) => T): T {
  return useStore(usePresenterStore(), selector)
}

/** The store's actions (functions never change, so reading them needs no subscription). */
export type PresenterActions = {
  [K in keyof PresenterState as PresenterState[K] extends (...args: never[]) => unknown ? K : never]: PresenterState[K]
}

/** The presenter's actions, for event handlers. */
export function usePresenterActions(): PresenterActions {
  return usePresenterStore().getState()
}

/** The UI text in the chosen language. */
export function useMessages(): Messages {
  return messagesFor(usePresenter((state) => state.language))
}
