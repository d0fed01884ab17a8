/**
 * Preload the font files the seed deck's first slide draws with, so the
 * browser fetches them beside the page's JavaScript instead of after the
 * first render, when it meets them in the slide's text.
 */
import type { Plugin } from 'vite'

/** The faces Chromium fetches to draw the seed's first slide (seen in its resource timing). */
const firstFaces = ['cmu-serif-500-roman', 'fa-solid-900', 'fira-code-latin-700-normal']

export function preloadFirstFaces(): Plugin {
  return {
    name: 'lectern:first-faces',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {})
        return firstFaces.map((face) => {
          const file = files.find((name) => name.startsWith(`assets/${face}-`) && name.endsWith('.woff2'))
          if (!file) throw new Error(`Unexpected missing font file for ${face}, expected assets/${face}-*.woff2`)
          return {
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${file}` },
            injectTo: 'head',
          }
        })
      },
    },
  }
}
