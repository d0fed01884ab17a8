/**
 * Slide transitions: Marp's `transition` directive played with the View Transitions API.
 * Mid-transition pictures are taken with the transition's animations paused halfway.
 */
import type { Page } from '@playwright/test'
import { expect, test, type Audience } from './fixtures.ts'

/** Two plain slides far apart in colour, then a slide with steps, for `transition` (and any CSS) given. */
function deck(transition: string, style = '') {
  return [
    '---',
    `transition: ${transition}`,
    ...(style ? ['style: |', ...style.split('\n').map((line) => `  ${line}`)] : []),
    '---',
    '<!-- _backgroundColor: #c00000 -->',
    '# Red',
    '---',
    '<!-- _backgroundColor: #0040c0 -->',
    '# Blue',
    '---',
    '# Steps',
    '* one',
    '* two',
    '* three',
    '---',
    '# Four',
    '---',
    '# Five',
  ].join('\n')
}

/** A deck's own transition: the new slide drops from above; going back the old one rises away. */
const dropStyle = [
  '@keyframes marp-incoming-transition-drop-in { from { transform: translateY(-100%); --marp-transition-duration: 3s } to { transform: none } }',
  '@keyframes marp-outgoing-transition-backward-drop-in { from { transform: none } to { transform: translateY(-100%) } }',
  '@keyframes marp-incoming-transition-backward-drop-in { from, to { z-index: -1 } }',
].join('\n')

/** Count the transitions the page starts. */
async function countTransitions(page: Page) {
  await page.evaluate(() => {
    const start = document.startViewTransition.bind(document)
    Object.assign(window, { transitions: 0 })
    document.startViewTransition = (update) => {
      Object.assign(window, { transitions: (window as unknown as { transitions: number }).transitions + 1 })
      return start(update)
    }
  })
  return () => page.evaluate(() => (window as unknown as { transitions: number }).transitions)
}

/** The view transition's animations, as `pseudo-element: keyframes`. */
function transitionAnimations(page: Page) {
  return page.evaluate(() =>
    document
      .getAnimations()
      .flatMap((animation) => {
        const effect = animation.effect as KeyframeEffect | null
        const pseudo = effect?.pseudoElement ?? ''
        const name = (animation as CSSAnimation).animationName ?? ''
        return pseudo.startsWith('::view-transition') ? [`${pseudo}: ${name}`] : []
      })
      .sort(),
  )
}

/** Picture the slide area (its upper part: the control bar sits at the bottom). */
async function pictureSlide(page: Page) {
  const box = await page.locator('.lectern-stage [data-state="current"]').boundingBox()
  if (!box) throw new Error('no slide on the stage')
  return page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height * 0.7 } })
}

/** Wait for the transition's animations, pause them all at `fraction` of the way, and picture the slide. */
async function pictureHalfway(page: Page, fraction = 0.5) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .some((a) => (a.effect as KeyframeEffect | null)?.pseudoElement?.includes('(lectern-slide)')),
  )
  await page.evaluate((fraction) => {
    for (const animation of document.getAnimations()) {
      const effect = animation.effect as KeyframeEffect | null
      if (!effect?.pseudoElement?.startsWith('::view-transition')) continue
      animation.pause()
      animation.currentTime = Number(effect.getTiming().duration) * fraction
    }
  }, fraction)
  return pictureSlide(page)
}

/** Let the paused transition finish. */
async function finishTransition(page: Page) {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if ((animation.effect as KeyframeEffect | null)?.pseudoElement?.startsWith('::view-transition'))
        animation.finish()
    }
  })
  await expect.poll(() => transitionAnimations(page)).toEqual([])
}

/** Picture the slide once the stage shows slide `n` of 5 with nothing playing (and transitions have loaded). */
async function pictureAt(audience: Audience, n: number) {
  await audience.expectSlide(n, 5)
  // The transitions load with a deck that uses them; a move before that just switches.
  await audience.page.waitForFunction(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--lectern-transition-star'),
  )
  await expect.poll(() => transitionAnimations(audience.page)).toEqual([])
  return pictureSlide(audience.page)
}

/** The keyframes the old and the new slide's pictures play. */
async function pictureKeyframes(page: Page) {
  return (await transitionAnimations(page)).filter((line) => /-(old|new)\(/.test(line))
}

test.describe('slide transitions', () => {
  test('a fade plays between two slides, both ways', async ({ audience, page }) => {
    await audience.openDeckText('fade.md', deck('fade 3s'))
    const red = await pictureAt(audience, 1)
    await audience.press('ArrowRight')
    const halfway = await pictureHalfway(page)
    // Only the slide is pictured: the page around it (controls, progress) changes at once.
    expect(await transitionAnimations(page)).toEqual([
      '::view-transition-group(lectern-slide): -ua-view-transition-group-anim-lectern-slide',
      '::view-transition-new(lectern-slide): lectern-incoming-transition-fade',
      '::view-transition-old(lectern-slide): lectern-outgoing-transition-fade',
    ])
    await finishTransition(page)
    const blue = await pictureAt(audience, 2)
    expect(halfway.equals(red)).toBe(false)
    expect(halfway.equals(blue)).toBe(false)

    await audience.press('ArrowLeft')
    const back = await pictureHalfway(page)
    expect(await pictureKeyframes(page)).toEqual([
      '::view-transition-new(lectern-slide): lectern-incoming-transition-fade',
      '::view-transition-old(lectern-slide): lectern-outgoing-transition-fade',
    ])
    expect(back.equals(red) || back.equals(blue)).toBe(false)
    await finishTransition(page)
    expect((await pictureAt(audience, 1)).equals(red)).toBe(true)
  })

  test('a deck’s own keyframes play, and their backward form going back', async ({ audience, page }) => {
    // The duration comes from the keyframes' --marp-transition-duration.
    await audience.openDeckText('drop-in.md', deck('drop-in', dropStyle))
    const red = await pictureAt(audience, 1)
    await audience.press('ArrowRight')
    const halfway = await pictureHalfway(page)
    const durations = await page.evaluate(() =>
      document.getAnimations().map((animation) => (animation.effect as KeyframeEffect).getTiming().duration),
    )
    expect(new Set(durations)).toEqual(new Set([3000]))
    await page.screenshot({ path: test.info().outputPath('drop-in-halfway.png') })
    expect(await pictureKeyframes(page)).toEqual([
      '::view-transition-new(lectern-slide): marp-incoming-transition-drop-in',
    ])
    await finishTransition(page)
    const blue = await pictureAt(audience, 2)
    expect(halfway.equals(red)).toBe(false)
    expect(halfway.equals(blue)).toBe(false)

    await audience.press('ArrowLeft')
    const back = await pictureHalfway(page)
    await page.screenshot({ path: test.info().outputPath('drop-in-back-halfway.png') })
    expect(await pictureKeyframes(page)).toEqual([
      '::view-transition-new(lectern-slide): marp-incoming-transition-backward-drop-in',
      '::view-transition-old(lectern-slide): marp-outgoing-transition-backward-drop-in',
    ])
    expect(back.equals(red) || back.equals(blue)).toBe(false)
    await finishTransition(page)
    expect((await pictureAt(audience, 1)).equals(red)).toBe(true)
  })

  test('an element the deck names with view-transition-name morphs to the next slide', async ({ audience, page }) => {
    await audience.openDeckText('morph.md', deck('fade 3s', 'h1 { view-transition-name: title; }'))
    await pictureAt(audience, 1)
    await audience.press('ArrowRight')
    await pictureHalfway(page)
    // The hidden neighbours' headings would repeat the name and cancel the transition.
    expect(await transitionAnimations(page)).toContain(
      '::view-transition-group(title): -ua-view-transition-group-anim-title',
    )
    await finishTransition(page)
    await audience.expectSlide(2, 5)
  })

  test('with reduced motion, slides just switch', async ({ audience, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await audience.openDeckText('fade.md', deck('fade 3s'))
    await pictureAt(audience, 1)
    const transitions = await countTransitions(page)
    await audience.press('ArrowRight')
    await audience.expectSlide(2, 5)
    // Well inside the 3 s the fade would take.
    await page.waitForTimeout(500)
    const soon = await pictureSlide(page)
    await page.waitForTimeout(3000)
    expect(soon.equals(await pictureSlide(page))).toBe(true)
    expect(await transitions()).toBe(0)
    expect(await transitionAnimations(page)).toEqual([])
  })

  test('twenty fast keys during transitions land on the right step', async ({ audience, page }) => {
    await audience.openDeckText('fade.md', deck('fade 3s'))
    await pictureAt(audience, 1)
    const transitions = await countTransitions(page)
    // Steps: 1, 2, 3 (then its three list items), 4, 5. Going back onto slide 3 lands fully revealed.
    const keys = [
      ...Array<string>(5).fill('ArrowRight'), // slide 3, step 2
      ...Array<string>(2).fill('ArrowLeft'), // slide 2
      ...Array<string>(4).fill('ArrowRight'), // slide 4
      ...Array<string>(6).fill('ArrowLeft'), // slide 2
      ...Array<string>(3).fill('ArrowRight'), // slide 3, step 2
    ]
    expect(keys).toHaveLength(20)
    await audience.press(...keys)
    await audience.expectSlide(3, 5)
    await audience.expectFragment(2)
    // Each slide change started a transition, each finishing the one before it at once.
    expect(await transitions()).toBeGreaterThanOrEqual(6)
    await expect.poll(() => transitionAnimations(page), { timeout: 5000 }).toEqual([])
    await expect(audience.currentSlide.getByText('two')).toBeVisible()
    await expect(audience.currentSlide.getByText('three')).toBeHidden()
  })

  test('the control bar works during a transition', async ({ audience, page }) => {
    await audience.openDeckText('fade.md', deck('fade 3s'))
    await pictureAt(audience, 1)
    await audience.press('ArrowRight')
    // Held halfway: only the click can end it.
    await pictureHalfway(page)
    await audience.nextButton.click()
    await audience.expectSlide(3, 5)
    await finishTransition(page)
    await expect(audience.currentSlide.getByRole('heading', { name: 'Steps' })).toBeVisible()
  })

  test('the overview’s thumbnails never animate, nor does a slide chosen there', async ({
    audience,
    overview,
    page,
  }) => {
    await audience.openDeckText('fade.md', deck('fade 3s'))
    await pictureAt(audience, 1)
    const transitions = await countTransitions(page)
    await overview.open()
    const names = await overview.dialog.evaluate((dialog) =>
      [...dialog.querySelectorAll('*')].map((element) => getComputedStyle(element).viewTransitionName),
    )
    expect(new Set(names)).toEqual(new Set(['none']))
    await overview.thumbnail(2).click()
    await audience.expectSlide(2, 5)
    expect(await transitions()).toBe(0)
  })
})
