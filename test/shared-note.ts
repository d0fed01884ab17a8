/**
 * Vitest and Playwright global setup: a run without `../shared` says once,
 * plainly, which tests need it and why (they are skipped), instead of
 * failing inside a file read.
 */
import { hasShared, sharedMissingMessage } from './shared-decks.ts'

export default function sharedNote(): void {
  if (!hasShared) console.warn(`\n${sharedMissingMessage()}\n`)
}
