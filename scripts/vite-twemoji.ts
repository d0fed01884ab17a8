/**
 * The Twemoji SVGs (package `@discordapp/twemoji`, Twemoji 16; graphics CC-BY 4.0) served
 * beside the app at `twemoji/<code points>.svg`, where slides load the ones
 * they show (src/render/twemoji-image.tsx): copied into the build, served
 * from the package by the dev server. No JavaScript lists them: a file name
 * is the emoji's code points.
 *
 * Also: which of them the bundled decks use, so the offline app precaches
 * those and not all 3,700 (scripts/vite-pwa.ts).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'
import { findTwemoji } from '../src/render/twemoji.ts'
import { twemojiFolder } from '../src/render/twemoji-url.ts'

/** The package's folder of SVGs. */
const packageFolder = () =>
  join(dirname(createRequire(import.meta.url).resolve('@discordapp/twemoji/package.json')), 'dist/svg')

/** A Twemoji file name: code points in lowercase hex joined by `-`, `.svg`. */
const fileName = /^[0-9a-f]{1,6}(?:-[0-9a-f]{1,6})*\.svg$/

/**
 * The Twemoji files (code points, without `.svg`) the given decks show:
 * every emoji written as a character in their text, notes included.
 *
 * @param decks
 *   The decks' Markdown.
 */
export function neededTwemoji(decks: readonly string[]): Set<string> {
  return new Set(decks.flatMap((markdown) => findTwemoji(markdown).map((match) => match.codePoints)))
}

/**
 * Whether a built file is a Twemoji SVG that none of `needed` names
 * (`twemoji/1f600.svg`).
 */
export function isUnneededTwemoji(url: string, needed: ReadonlySet<string>): boolean {
  const name = new RegExp(`(?:^|/)${twemojiFolder}([^/]+)\\.svg$`).exec(url)?.[1]
  return name !== undefined && !needed.has(name)
}

/** Vite plugin: the SVGs at `twemoji/` in the dev server and the build. */
export function twemojiFiles(): Plugin {
  return {
    name: 'lectern:twemoji',
    configureServer(server) {
      const folder = packageFolder()
      server.middlewares.use(`/${twemojiFolder}`, (request, response, next) => {
        const name = decodeURIComponent((request.url ?? '').split('?')[0]!.slice(1))
        if (!fileName.test(name)) return next()
        try {
          const svg = readFileSync(join(folder, name))
          response.writeHead(200, { 'content-type': 'image/svg+xml' }).end(svg)
        } catch {
          next()
        }
      })
    },
    generateBundle() {
      const folder = packageFolder()
      for (const name of readdirSync(folder)) {
        if (!fileName.test(name)) continue
        this.emitFile({ type: 'asset', fileName: `${twemojiFolder}${name}`, source: readFileSync(join(folder, name)) })
      }
    },
  }
}
