/**
 * Whether the image of a `backgroundImage` directive could be loaded. When it
 * cannot (offline, 404), the slide shows the theme's own background instead of
 * a blank one: an Awesome cover keeps its colour band when the deck's global
 * background image is out of reach. Statuses are kept in the render slice, so
 * each URL is probed once however many slides use it.
 */
import { useEffect } from 'react'
import { useRenderer, useRenderState } from './context.tsx'

/** The URLs in a CSS `background-image` value (`url(a), url("b")`). */
export function cssUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map((match) => match[2]!).filter(Boolean)
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
  const store = useRenderer().store
  const key = value ? cssUrls(value).join('\n') : ''
  useEffect(() => {
    for (const url of key ? key.split('\n') : []) {
      if (store.getState().images.has(url)) continue
      store.getState().setImageStatus(url, 'loading')
      const image = new Image()
      image.onload = () => store.getState().setImageStatus(url, 'loaded')
      image.onerror = () => store.getState().setImageStatus(url, 'failed')
      image.src = url
    }
  }, [store, key])
  return useRenderState((state) => key !== '' && key.split('\n').every((url) => state.images.get(url) === 'failed'))
}
