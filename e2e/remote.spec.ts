/**
 * Presenting from anywhere, through a real relay (the `lectern relay`
 * command, started here): a phone drives the audience window, an audience
 * device follows and cannot drive, both come back after the relay restarts,
 * and two relays share a session through a real Redis.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { type Browser, type BrowserContext, type Page } from '@playwright/test'
import { serve, type Started } from '../server/test-cli.ts'
import { expect, test } from './fixtures.ts'
import { audienceCounter, openPair } from './presenter-fixtures.ts'

const deck = 'deck=/e2e/decks/marks.md'
const redisPort = Number(process.env.LECTERN_TEST_REDIS_PORT ?? 6392)
const hasRedis = spawnSync('redis-server', ['--version']).status === 0
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

/** A relay that lets the app's pages in. */
async function startRelay(origin: string, port = 0, env: Record<string, string> = {}): Promise<Started> {
  return serve(['relay', '--port', String(port), '--origin', origin], env)
}

/** The presenter's two windows on the relay, and the links its presenter view offers. */
async function present(context: BrowserContext, relay: URL) {
  const pair = await openPair(context, `${deck}&relay=${encodeURIComponent(relay.href)}`)
  const share = pair.presenter.page.locator('.lectern-pv-share')
  const link = (name: string) =>
    share.locator('figure', { hasText: name }).getByRole('link', { name: 'Open link' }).getAttribute('href')
  await expect(share.getByText('connected', { exact: true })).toBeVisible()
  await expect(share.getByRole('img', { name: 'Phone remote' })).toBeVisible()
  return { ...pair, remote: (await link('Phone remote'))!, follow: (await link('Audience'))! }
}

/** Open a link on another device (its own browser context). */
async function onDevice(browser: Browser, link: string, options = {}): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  await page.goto(link)
  return page
}

const followerCounter = (page: Page) => audienceCounter(page)

test.describe('presenting from other devices through a relay', () => {
  let relay: Started | null = null
  test.afterEach(async () => {
    relay?.child.kill('SIGKILL')
    relay = null
  })

  test('a phone drives the audience window through the relay', async ({ context, browser, baseURL }) => {
    relay = await startRelay(new URL(baseURL!).origin)
    const { audience, presenter, remote } = await present(context, relay.url)
    expect(remote).toMatch(/view=remote/)
    expect(remote).toMatch(/#join=/)
    const handset = await onDevice(browser, remote, phone)
    await expect(handset.getByRole('status', { name: 'Slide', exact: true })).toHaveText('Slide 1 / 3')
    await expect(handset.getByText('connected', { exact: true })).toBeVisible()
    // Pictures to look at: the phone remote, and the presenter view's Share panel.
    await handset.screenshot({ path: 'test-results/remote/phone-remote-390x844.png' })
    await presenter.page.screenshot({ path: 'test-results/remote/presenter-share.png' })
    await handset.getByRole('button', { name: /Next/ }).click()
    await expect(audienceCounter(audience)).toHaveText('2 / 3')
    await handset.getByRole('button', { name: /Next/ }).click()
    await expect(audienceCounter(audience)).toHaveText('2 / 3')
    await expect(audience.locator('[data-state="current"]')).toHaveAttribute('data-fragment', '1')
    await handset.context().close()
  })

  test('a follower follows, cannot drive, and goes back to live', async ({ context, browser, baseURL }) => {
    relay = await startRelay(new URL(baseURL!).origin)
    const { audience, follow } = await present(context, relay.url)
    expect(follow).toMatch(/view=follow/)
    const viewer = await onDevice(browser, follow)
    await expect(followerCounter(viewer)).toHaveText('1 / 3')
    await audience.keyboard.press('End')
    await expect(followerCounter(viewer)).toHaveText('3 / 3')
    // The viewer browses back: only their own screen moves.
    await viewer.keyboard.press('Home')
    await expect(followerCounter(viewer)).toHaveText('1 / 3')
    await expect(viewer.getByRole('button', { name: 'Back to live' })).toBeVisible()
    await audience.waitForTimeout(300)
    await expect(audienceCounter(audience)).toHaveText('3 / 3')
    await viewer.getByRole('button', { name: 'Back to live' }).click()
    await expect(followerCounter(viewer)).toHaveText('3 / 3')
    await audience.keyboard.press('Home')
    await expect(followerCounter(viewer)).toHaveText('1 / 3')
    await viewer.context().close()
  })

  test('after the relay restarts, the presenter and a follower rejoin at the current slide', async ({
    context,
    browser,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin
    relay = await startRelay(origin)
    const port = relay.url.port
    const { audience, follow } = await present(context, relay.url)
    const viewer = await onDevice(browser, follow)
    await audience.keyboard.press('ArrowRight')
    await expect(followerCounter(viewer)).toHaveText('2 / 3')
    relay.child.kill('SIGKILL')
    // While the relay is down the talk goes on.
    await audience.keyboard.press('End')
    relay = await startRelay(origin, Number(port))
    await expect(followerCounter(viewer)).toHaveText('3 / 3', { timeout: 15_000 })
    await audience.keyboard.press('Home')
    await expect(followerCounter(viewer)).toHaveText('1 / 3')
    await viewer.context().close()
  })
})

test.describe('relays sharing sessions through Redis', () => {
  test.skip(!hasRedis && !process.env.CI, 'redis-server is not installed (CI installs it)')
  let redis: ChildProcess | null = null
  const relays: Started[] = []
  test.beforeAll(async () => {
    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    )
    await new Promise((done) => setTimeout(done, 300))
  })
  test.afterAll(() => {
    for (const relay of relays) relay.child.kill('SIGKILL')
    redis?.kill()
  })

  test('a follower on one relay follows a presenter on another', async ({ context, browser, baseURL }) => {
    const origin = new URL(baseURL!).origin
    const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` }
    relays.push(await startRelay(origin, 0, env), await startRelay(origin, 0, env))
    const [first, second] = relays as [Started, Started]
    const { audience, follow } = await present(context, first.url)
    // The same session, through the second relay.
    const viaSecond = new URL(follow)
    viaSecond.searchParams.set('relay', second.url.href)
    const viewer = await onDevice(browser, viaSecond.href)
    await expect(viewer.getByText('Live')).toBeVisible()
    await audience.keyboard.press('End')
    await expect(followerCounter(viewer)).toHaveText('3 / 3')
    await viewer.context().close()
  })
})
