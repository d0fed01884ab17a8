/**
 * The presenter view's "Audience window connected" cannot be forged: another
 * tab of the origin hears the deck's channel and can post on it, but the
 * heartbeat it makes up, or hears and sends again, is refused. The real
 * audience window still counts, through its reloads and the presenter's; a
 * window opened by hand from the deck's address follows, but is not counted
 * until the presenter view is opened from it.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { audienceCounter, audienceSlide, openPair, PresenterView } from './presenter-fixtures.ts'

const deck = 'deck=/e2e/decks/notes-markdown.md'

// Each test waits out the heartbeat's timeout once or twice, besides opening several windows.
test.describe.configure({ timeout: 60_000 })

/** Longer than a window counts as there after its last heartbeat (3 s). */
const pastTimeout = 3500

/** Let `ms` pass in `page` (the windows keep beating meanwhile). */
function pass(page: Page, ms: number) {
  return page.waitForFunction((wait) => new Promise((resolve) => setTimeout(() => resolve(true), wait)), ms)
}

function notConnected(presenter: PresenterView) {
  return presenter.page.getByRole('status', { name: 'Audience window not connected' })
}

/** A tab of the origin (Lectern with its seed deck) records everything on the decks' channel. */
async function eavesdrop(page: Page) {
  await page.goto('/')
  await page.evaluate(() => {
    const heard: unknown[] = []
    Object.assign(window, { heard })
    new BroadcastChannel('lectern-sync').onmessage = (event) => heard.push(event.data)
  })
}

test('another tab cannot make the presenter view say the audience window is connected', async ({ context }) => {
  const forger = await context.newPage()
  await eavesdrop(forger)
  const { audience, presenter } = await openPair(context, deck)
  await pass(presenter.page, 1500)
  await audience.close()
  await expect(notConnected(presenter)).toBeVisible({ timeout: 5000 })

  // Heartbeats as they were before they were signed, a `hello`, made-up proofs, and the real
  // audience window's heartbeats sent again, as they were and with a new count and time.
  await forger.evaluate(() => {
    type Message = { type: string; role: string; deck: string; seq?: number }
    const heard = (window as unknown as { heard: Message[] }).heard
    const deck = heard.find((message) => message.role === 'presenter')!.deck
    const beats = heard.filter((message) => message.type === 'ping' && message.role === 'audience')
    if (beats.length === 0) throw new Error('no heartbeat of the audience window heard')
    const channel = new BroadcastChannel('lectern-sync')
    let seq = 1000
    setInterval(() => {
      const at = Date.now()
      seq += 1
      channel.postMessage({ type: 'ping', deck, from: 'forged', role: 'audience' })
      channel.postMessage({ type: 'hello', deck, from: 'forged', role: 'audience' })
      channel.postMessage({ type: 'ping', deck, from: 'forged', role: 'audience', seq, at, proof: 'ab'.repeat(32) })
      for (const beat of beats) channel.postMessage(beat)
      channel.postMessage({ ...beats.at(-1), seq, at })
    }, 200)
  })
  await pass(forger, pastTimeout)
  await expect(notConnected(presenter)).toBeVisible()
  await expect(presenter.connected).toBeHidden()
  // The forgeries broke nothing: the presenter view still moves.
  await presenter.page.keyboard.press('ArrowRight')
  await presenter.expectSlide(2, 3)
})

test('the audience window counts through its reloads and the presenter view’s', async ({ context }) => {
  const { audience, presenter } = await openPair(context, deck)
  await audience.reload()
  await expect(audienceSlide(audience)).toBeVisible()
  // Past the time the heartbeats from before the reload count: the new ones are proven too.
  await pass(presenter.page, pastTimeout)
  await expect(presenter.connected).toBeVisible()
  await presenter.page.reload()
  await expect(presenter.counter).toBeVisible()
  await expect(presenter.connected).toBeVisible()
  await pass(presenter.page, pastTimeout)
  await expect(presenter.connected).toBeVisible()
  await audience.keyboard.press('ArrowRight')
  await presenter.expectSlide(2, 3)
})

test('a window opened by hand follows, and counts once the presenter view is opened from it', async ({ context }) => {
  const { audience, presenter } = await openPair(context, deck)
  await audience.close()
  await expect(notConnected(presenter)).toBeVisible({ timeout: 5000 })
  const byHand = await context.newPage()
  await byHand.goto(`/?${deck}`)
  await expect(audienceSlide(byHand)).toBeVisible()
  await byHand.keyboard.press('ArrowRight')
  await presenter.expectSlide(2, 3)
  await presenter.page.keyboard.press('End')
  await expect(audienceCounter(byHand)).toHaveText('3 / 3')
  await pass(presenter.page, pastTimeout)
  await expect(notConnected(presenter)).toBeVisible()
  // P in that window opens a presenter view that hears it.
  const [popup] = await Promise.all([byHand.waitForEvent('popup'), byHand.keyboard.press('p')])
  await expect(new PresenterView(popup).connected).toBeVisible()
  await new PresenterView(popup).expectSlide(3, 3)
})

test('the presenter view opens the audience window again, and counts it', async ({ context }) => {
  const { audience, presenter } = await openPair(context, deck, '#2')
  const reopen = presenter.page.getByRole('button', { name: 'Open the audience window' })
  await expect(reopen).toBeHidden()
  await audience.close()
  await expect(notConnected(presenter)).toBeVisible({ timeout: 5000 })
  await presenter.page.screenshot({ path: 'test-results/presenter-view/audience-missing.png' })
  const [again] = await Promise.all([presenter.page.waitForEvent('popup'), reopen.click()])
  await again.waitForLoadState()
  await expect(audienceCounter(again)).toHaveText('2 / 3')
  expect(new URL(again.url()).searchParams.get('view')).toBeNull()
  await expect(presenter.connected).toBeVisible()
  await expect(reopen).toBeHidden()
  await pass(presenter.page, pastTimeout)
  await expect(presenter.connected).toBeVisible()
  await again.keyboard.press('End')
  await presenter.expectSlide(3, 3)
})
