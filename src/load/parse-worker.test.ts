import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ParseReport } from './parse-job.ts'
import { warmUpDeck } from './parse-warm-up.ts'

// An engine whose parsers fail on the warm-up deck only.
vi.mock('../deck/index.ts', async (original) => {
  const engine = await original<typeof import('../deck/index.ts')>()
  return {
    ...engine,
    createDeckParser: () => {
      const parser = engine.createDeckParser()
      return {
        parse: (text: string, options?: Parameters<typeof parser.parse>[1]) => {
          if (text === warmUpDeck) throw new Error('Unexpected failure in the warm-up deck')
          return parser.parse(text, options)
        },
      }
    },
  }
})

describe('the parse worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('should still read decks when its warm-up fails', async () => {
    const reports: ParseReport[] = []
    const scope: { onmessage?: (event: { data: unknown }) => void; postMessage: (report: ParseReport) => void } = {
      postMessage: (report) => reports.push(report),
    }
    vi.stubGlobal('self', scope)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await import('./parse-worker.ts')
    expect(logged).toHaveBeenCalledOnce()
    scope.onmessage?.({ data: { id: 1, text: '# One\n\n---\n\n# Two', alone: [], tooSlow: [] } })
    const decks = reports.filter((report) => report.kind === 'deck')
    expect(decks).toHaveLength(1)
    const deck = JSON.parse(decks[0]?.kind === 'deck' ? decks[0].json : '{}') as {
      slides: { headings: { text: string }[] }[]
    }
    expect(deck.slides.map((slide) => slide.headings[0]?.text)).toEqual(['One', 'Two'])
  })
})
