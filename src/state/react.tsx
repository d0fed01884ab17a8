/** The one React binding of the app's store. */
import { createContext, use, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from './store.ts'
import type { AppState } from './types.ts'

const StoreContext = createContext<AppStore | null>(null)

/** Props of {@link StoreProvider}. */
export interface StoreProviderProps {
  /** The store the components below read and drive. */
  store: AppStore
  children: ReactNode
}

/** Give the components below the app's store. */
export function StoreProvider({ store, children }: StoreProviderProps) {
  return <StoreContext value={store}>{children}</StoreContext>
}

/** The store itself, for actions and effects. */
export function useAppStore(): AppStore {
  const store = use(StoreContext)
  if (!store) throw new Error('Unexpected missing store, expected a `StoreProvider` above')
  return store
}

/**
 * A value from the app's state; the component re-renders when it changes.
 *
 * @param selector
 *   Picks the smallest value needed (a selector from `selectors.ts`, or a field).
 */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector)
}

/** The store's actions (functions never change, so reading them needs no subscription). */
export type Actions = {
  [K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? K : never]: AppState[K]
}

/** The store's actions, for event handlers. */
export function useActions(): Actions {
  return useAppStore().getState()
}
