/**
 * The PDF exporter (scripts/pdf.ts) and the deck preparer it runs in a
 * worker (scripts/pdf-worker.ts, which imports theme CSS with `?raw`),
 * compiled to plain JavaScript in `.cache/pdf/`, dependencies included, so
 * an export starts in Node's time, not a TypeScript compiler's; with the
 * built-in themes' CSS scoped (`themes.json`). Built by scripts/pdf.mjs.
 */
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import { createSsrServer } from './vite-ssr-server.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

/** `themes.json`: the built-in themes scoped for the print page's deck container. */
function scopedThemes(): Plugin {
  return {
    name: 'lectern:scoped-themes',
    async generateBundle() {
      const server = await createSsrServer(root)
      try {
        const { scopeBuiltInThemes } = (await server.ssrLoadModule(
          '/src/themes/registry.ts',
        )) as typeof import('../src/themes/registry.ts')
        const { deckContainer } = (await server.ssrLoadModule(
          '/src/render/prepared.ts',
        )) as typeof import('../src/render/prepared.ts')
        this.emitFile({
          type: 'asset',
          fileName: 'themes.json',
          source: JSON.stringify(scopeBuiltInThemes(deckContainer)),
        })
      } finally {
        await server.close()
      }
    },
  }
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [scopedThemes()],
  build: {
    ssr: true,
    target: 'node20',
    outDir: '.cache/pdf',
    emptyOutDir: true,
    // One file for Node to read, not pages to download.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { pdf: 'scripts/pdf.ts', 'pdf-worker': 'scripts/pdf-worker.ts' },
      // CommonJS, so the preparer can run as a classic script with V8's code cache (see scripts/pdf.ts).
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  ssr: { noExternal: true },
})
