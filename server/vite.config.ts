/**
 * The `lectern` command compiled to plain JavaScript in `lib/` (run by the
 * package's `bin`, built by `prepack`): one ES module with our sources
 * (server/ and the protocol from src/relay/) inlined and the npm
 * dependencies left as imports.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'lib',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { lectern: 'server/main.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
})
