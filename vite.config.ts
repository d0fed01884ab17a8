/// <reference types="vitest/config" />
import { createRequire } from 'node:module'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { preparedDecks } from './scripts/vite-plugin-prepared-decks.ts'
import { liveDecks } from './scripts/vite-plugin-live-decks.ts'
import { offlineApp } from './scripts/vite-pwa.ts'
import { contentSecurity } from './scripts/vite-csp.ts'
import { interleavedFaces } from './scripts/font-parts.ts'
import { e2eFiles } from './scripts/vite-e2e-files.ts'
import { twemojiFiles } from './scripts/vite-twemoji.ts'
import { noElkRequire } from './scripts/vite-no-require.ts'
import { sizeBudget } from './scripts/vite-size-budget.ts'
import { minifiedThemes } from './scripts/vite-theme-css.ts'
import { firstChunk } from './scripts/vite-first-chunk.ts'
import { firstPaint } from './scripts/vite-first-paint.ts'

const first = firstChunk()

export default defineConfig({
  plugins: [
    minifiedThemes(),
    react(),
    interleavedFaces(),
    preparedDecks(),
    liveDecks(),
    offlineApp(),
    contentSecurity(),
    e2eFiles(),
    twemojiFiles(),
    noElkRequire(),
    sizeBudget(),
    first.plugin,
    firstPaint(),
  ],
  // Relative asset URLs, so the built app also works from a sub-path.
  base: './',
  // Decks are parsed in a worker (src/load/parse-worker.ts), which has no DOM: the plain build of this
  // micromark dependency (a table of character references), not its browser build (which needs `document`).
  resolve: {
    alias: {
      'decode-named-character-reference': createRequire(import.meta.url).resolve('decode-named-character-reference'),
    },
  },
  server: { port: 5173 },
  build: {
    // Every browser the app supports preloads modules itself (a browser without `modulepreload` only loses the
    // preloading): no polyfill in the page's first JavaScript.
    modulePreload: { polyfill: false },
    // The bundled decks' images stay files: inlined, every one would be in the page's first JavaScript.
    assetsInlineLimit: (file) => (file.includes('/decks/') ? false : undefined),
    rolldownOptions: { output: { codeSplitting: { groups: [first.group] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'server/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**'],
    environment: 'node',
    passWithNoTests: true,
    globalSetup: ['test/shared-note.ts'],
    // Theme CSS is imported with `?raw`; without this Vitest would hand tests empty strings.
    css: { include: [/\/src\/themes\/.+\.css(?:$|\?)/] },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
})
