import { describe, expect, test, vi } from 'vitest'
import type { Plugin } from 'vite'
import { deckChangedEvent, liveDecks } from '../scripts/vite-plugin-live-decks.ts'

/** Call the plugin's hotUpdate hook as the dev server would, for one file change. */
function hotUpdate(plugin: Plugin, file: string, options: { type?: string; environment?: string } = {}) {
  const send = vi.fn()
  const invalidateModule = vi.fn()
  const modules = [{ id: `${file}?prepared` }, { id: `${file}?raw` }]
  const context = {
    environment: { name: options.environment ?? 'client', hot: { send }, moduleGraph: { invalidateModule } },
  }
  const hook = plugin.hotUpdate as (this: unknown, update: unknown) => unknown
  const result = hook.call(context, {
    type: options.type ?? 'update',
    file,
    modules,
    timestamp: 1,
    read: async () => '',
    server: {},
  })
  return { result, send, invalidateModule, modules }
}

describe('liveDecks', () => {
  const plugin = liveDecks()
  ;(plugin.configResolved as (config: { root: string }) => void)({ root: '/project' })

  test('should tell the page which deck changed and keep Vite from reloading the page', () => {
    const { result, send, invalidateModule, modules } = hotUpdate(plugin, '/project/decks/seed-bert.md')
    expect(result).toEqual([])
    expect(send).toHaveBeenCalledWith({
      type: 'custom',
      event: deckChangedEvent,
      data: { path: '/decks/seed-bert.md' },
    })
    // The bundled deck's modules are stale now: a later page load gets the new text.
    expect(invalidateModule.mock.calls.map(([module]) => module)).toEqual(modules)
  })

  test('should leave other files, new or deleted decks, decks outside the project and the server environment to Vite', () => {
    expect(hotUpdate(plugin, '/project/src/app/App.tsx').result).toBeUndefined()
    expect(hotUpdate(plugin, '/project/decks/new.md', { type: 'create' }).result).toBeUndefined()
    expect(hotUpdate(plugin, '/elsewhere/a.md').result).toBeUndefined()
    expect(hotUpdate(plugin, '/project/node_modules/x/README.md').result).toBeUndefined()
    expect(hotUpdate(plugin, '/project/decks/a.md', { environment: 'ssr' }).result).toBeUndefined()
  })
})
