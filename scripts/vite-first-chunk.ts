/**
 * The page's first JavaScript in one chunk: every module the HTML entry
 * imports statically, gathered when the module graph is complete. Left to
 * itself the bundler cuts what the entry shares with chunks loaded later into
 * a dozen small chunks, all preloaded at once: more requests at start (six at
 * a time over HTTP/1.1) and worse compression, for no gain.
 */
import type { Plugin } from 'vite'

/** The plugin, and the `codeSplitting` group that puts its modules together. */
export function firstChunk(): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  const first = new Set<string>()
  const plugin: Plugin = {
    name: 'lectern:first-chunk',
    apply: 'build',
    buildEnd() {
      first.clear()
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry)
      const queue = entries.filter((id) => id.endsWith('/index.html'))
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        if (first.has(id)) continue
        first.add(id)
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []))
      }
    },
  }
  return { plugin, group: { name: 'index', test: (id) => first.has(id) } }
}
