#!/usr/bin/env node
/**
 * Print one line, `N passed, N failed`, summing the Vitest and Playwright JSON
 * reports in `test-results/`, and exit non-zero when anything failed.
 *
 * Notes: a missing or unreadable report means its step never ran or crashed
 * (an earlier step failed), so it counts as 1 failed. A run that reports an
 * error outside any test (a file that fails to load, a web server that never
 * starts) counts as at least 1 failed.
 */
import { readFileSync } from 'node:fs'

/** Each report: where it is, and how to count its passed and failed tests. */
const reports = [
  {
    path: 'test-results/unit.json',
    count: (/** @type {any} */ r) => ({
      passed: r.numPassedTests,
      failed: Math.max(r.numFailedTests, r.success ? 0 : 1),
    }),
  },
  {
    path: 'test-results/e2e.json',
    count: (/** @type {any} */ r) => ({
      passed: r.stats.expected + r.stats.flaky,
      failed: Math.max(r.stats.unexpected, r.errors?.length ? 1 : 0),
    }),
  },
]

let passed = 0
let failed = 0
for (const { path, count } of reports) {
  try {
    const result = count(JSON.parse(readFileSync(path, 'utf8')))
    if (!Number.isInteger(result.passed) || !Number.isInteger(result.failed)) {
      throw new Error('unexpected report shape')
    }
    passed += result.passed
    failed += result.failed
  } catch (error) {
    console.error(`${path}: ${error instanceof Error ? error.message : error}; counted as 1 failed`)
    failed += 1
  }
}

console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
