/**
 * Whether the image of a `backgroundImage` directive could be loaded. When it
 * cannot (offline, 404), the slide shows the theme's own background instead of
 * a blank one: an Awesome cover keeps its colour band when the deck's global
 * background image is out of reach.
 */
import { useEffect, useSyncExternalStore } from 'react'

type Status = 'loading' | 'loaded' | 'failed'

const statuses = new Map<string, Status>()
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The URLs in a CSS `background-image` value (`url(a), url("b")`). */
export function cssUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map((match) => match[2]!).filter(Boolean)
}

function load(url: string): void {
  if (statuses.has(url)) return
  statuses.set(url, 'loading')
  const image = new Image()
  const settle = (status: Status) => {
    statuses.set(url, status)
    for (const listener of listeners) listener()
  }
  image.onload = () => settle('loaded')
  image.onerror = () => settle('failed')
  image.src = url
}

/**
 * Whether every image of a `background-image` value failed to load.
 *
 * @param value
 *   The directive's value, e.g. `url('https://…/hero.svg')`; null for none.
 * @returns
 *   `true` once every URL in it has failed; `false` while loading, on success,
 *   and for values without URLs (gradients).
 */
export function useBackgroundImageFailed(value: string | null | undefined): boolean {
  const urls = value ? cssUrls(value) : []
  const key = urls.join('\n')
  useEffect(() => {
    for (const url of key ? key.split('\n') : []) load(url)
  }, [key])
  return useSyncExternalStore(
    subscribe,
    () => urls.length > 0 && urls.every((url) => statuses.get(url) === 'failed'),
    () => false,
  )
}
