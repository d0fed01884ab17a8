/**
 * The PDF exporter (scripts/pdf.ts) and the deck preparer it runs in Node
 * (src/render/preparer.ts, which imports theme CSS with `?raw`), compiled to
 * plain JavaScript in `.cache/pdf/`, dependencies included, so an export
 * starts in Node's time, not a TypeScript compiler's. Built by scripts/pdf.mjs.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: '.cache/pdf',
    emptyOutDir: true,
    // One file for Node to read, not pages to download.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { pdf: 'scripts/pdf.ts', preparer: 'src/render/preparer.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true },
})
