/**
 * `lectern pdf`: the PDF exporter (scripts/pdf.ts), run compiled. An
 * installed package ships it built (`.cache/pdf/`, by `prepack`); a checkout
 * builds it, and the app, when they are missing or older than the sources
 * (scripts/pdf.mjs).
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { resolveDeckTarget } from './deck-target.ts'
import { CliError } from './network.ts'
import { fromSources, packageRoot } from './package-root.ts'

/** What `lectern pdf` was asked. */
export interface PdfCommand {
  deck: string
  output?: string
  notes: boolean
  /** A page per fragment step. */
  steps: boolean
  theme?: string
  compact: boolean
}

/** Export the deck; the exporter prints where the PDF went, or why it failed (exit code 1). */
export async function runPdf(command: PdfCommand): Promise<void> {
  if ((await stat(command.deck).catch(() => null))?.isDirectory())
    throw new CliError(`lectern pdf takes a deck file, not a folder: ${command.deck}`, 2)
  // A missing file, or one that is not Markdown, is worded here.
  await resolveDeckTarget(command.deck)
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium))
    throw new CliError(`Chromium was not found at ${chromium}: install it, or set CHROME_PATH to Chromium or Chrome`)
  const root = packageRoot()
  if (fromSources(root)) {
    const { ensureBuilt } = (await import(pathToFileURL(join(root, 'scripts', 'pdf.mjs')).href)) as {
      ensureBuilt: (log: (line: string) => void) => void
    }
    ensureBuilt((line) => console.error(line))
  }
  const exporter = join(root, '.cache', 'pdf', 'pdf.cjs')
  if (!existsSync(exporter)) throw new CliError(`the PDF exporter is missing from this install (${exporter})`)
  const { main } = createRequire(import.meta.url)(exporter) as { main: (args: string[]) => Promise<void> }
  await main([
    command.deck,
    ...(command.output ? ['--output', command.output] : []),
    ...(command.notes ? ['--notes'] : []),
    ...(command.steps ? ['--steps'] : []),
    ...(command.theme ? ['--theme', command.theme] : []),
    ...(command.compact ? ['--compact'] : []),
  ])
}
