import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// PW_PORT lets several suites run side by side on one machine (the dev server takes the next port).
const port = Number(process.env.PW_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}/`
const devURL = `http://127.0.0.1:${port + 1}/`
/** Specs that need the dev server itself (its hot-update events); the others run on the build, as users get it. */
const devOnly = /live-reload\.spec\.ts$/

/** The system Chromium: browsers can't be downloaded on our machines. */
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const launchOptions = {
  executablePath,
  // Root without network: no sandbox, and no background calls home.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export default defineConfig({
  testDir: 'e2e',
  // Says which specs need ../shared when it is missing (they skip themselves).
  globalSetup: './test/shared-note.ts',
  // Not `test-results/` itself: Playwright empties its output folder, and the
  // unit report lives there.
  outputDir: 'test-results/e2e-artifacts',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 2 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: devOnly,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions,
        // The built app registers a service worker, whose requests Playwright's routes do not see.
        serviceWorkers: 'block',
      },
    },
    {
      name: 'dev',
      testMatch: devOnly,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: devURL },
    },
  ],
  webServer: [
    {
      // The build users get, with the tests' decks beside it (scripts/vite-e2e-files.ts). Built here with the PDF
      // exporter, when older than the sources, so that no test rebuilds `dist/` under the server.
      command: `node --input-type=module -e "(await import('./scripts/pdf.mjs')).ensureBuilt()" && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
      env: { LECTERN_E2E: '1' },
      url: baseURL,
      timeout: 180_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite --port ${port + 1} --strictPort --host 127.0.0.1`,
      url: devURL,
      reuseExistingServer: !process.env.CI,
    },
  ],
})
