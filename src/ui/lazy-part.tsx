/**
 * Parts of the UI that the first slide does not need (dialogs, the overview,
 * the presenter and notes windows), loaded after the page has started so
 * they stay out of its first JavaScript.
 */
import { createElement, lazy, Suspense, type ComponentType } from 'react'

/**
 * A component loaded on demand: its module is fetched when it first renders
 * (the app renders them all at start, so they arrive right after the first
 * paint), and it renders nothing until then. Its state lives in the store,
 * so a key pressed before it arrives (`G`, `O`…) is shown once it has.
 *
 * @param load
 *   Import the module and return the component, e.g.
 *   `() => import('./GoToDialog.tsx').then((module) => module.GoToDialog)`.
 */
export function lazyPart<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Part = lazy(async () => ({ default: await load() }))
  return function LazyPart(props: Props) {
    return <Suspense fallback={null}>{createElement(Part, props)}</Suspense>
  }
}
