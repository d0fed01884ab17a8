import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// PW_PORT lets several suites run side by side on one machine.
const port = Number(process.env.PW_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}/`

/** The system Chromium: browsers can't be downloaded on our machines. */
const executablePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

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
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
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
        },
      },
    },
  ],
  webServer: {
    command: `npx vite --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
  },
})
