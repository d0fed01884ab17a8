/**
 * The PDF exporter's deck preparer (scripts/pdf.ts runs it in a worker
 * thread, beside Chromium starting): the deck's text in, the deck prepared
 * for the page as JSON out. Built-in themes come scoped already
 * (`themes.json`, written beside this file when the exporter is built).
 */
import { existsSync, readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { preparedDeckJson } from '../src/render/preparer.ts'
import { adoptScopedThemes } from '../src/themes/registry.ts'

const scopedThemes = new URL('./themes.json', import.meta.url)
if (existsSync(scopedThemes))
  adoptScopedThemes(JSON.parse(readFileSync(scopedThemes, 'utf8')) as Record<string, string>)
parentPort?.postMessage(preparedDeckJson(workerData as string))
