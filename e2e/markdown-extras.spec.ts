import { expect, test } from './fixtures.ts'
import { openPrint, pdfOf, pdfPages, routeFixtures, squash } from './print-fixtures.ts'

// Markdown people write for GitHub, VS Code and Obsidian, beyond Marp's dialect (task lists,
// footnotes), next to Marp's own reading (one tilde is text, raw HTML headings are headings).
const deck = `# Plan

- [x] Write the talk
- [ ] Rehearse it

Dates are ~one tilde~ apart, not ~~struck~~.

The method is new[^method].

[Results](#Raw%20results) · [Backup](#Backup%20slides)

---

## Method

Text of the second slide.

[^method]: First tried in 2019.

---

<h2 id="results">Raw results</h2>

<h3>Backup slides</h3>

Numbers.
`

test.describe('Markdown beyond Marp', () => {
  test('a task list shows checked and unchecked boxes, which the audience cannot tick', async ({ audience }) => {
    await audience.openDeckText('extras.md', deck)
    const boxes = audience.currentSlide.getByRole('checkbox')
    await expect(boxes).toHaveCount(2)
    await expect(boxes.nth(0)).toBeChecked()
    await expect(boxes.nth(1)).not.toBeChecked()
    for (const box of await boxes.all()) await expect(box).toBeDisabled()
    await expect(audience.currentSlide.getByRole('listitem').filter({ hasText: 'Rehearse it' })).toBeVisible()
  })

  test("a footnote's text is on the slide that calls it, and its mark links to it", async ({ audience }) => {
    await audience.openDeckText('extras.md', deck)
    const mark = audience.currentSlide.locator('sup a[data-footnote-ref]')
    await expect(mark).toHaveText('1')
    const href = await mark.getAttribute('href')
    expect(href).toMatch(/^#./)
    const note = audience.currentSlide.locator(`[id="${href!.slice(1)}"]`)
    await expect(note).toBeVisible()
    await expect(note).toContainText('First tried in 2019.')
    // It sits below the slide's content.
    const noteBox = await note.boundingBox()
    const textBox = await audience.currentSlide.getByText('The method is new').boundingBox()
    expect(noteBox!.y).toBeGreaterThan(textBox!.y + textBox!.height)
    // The slide that defines it does not show it again.
    await audience.press('ArrowRight')
    await audience.expectSlide(2, 3)
    await expect(audience.currentSlide).not.toContainText('First tried')
  })

  test('one tilde stays as written; two strike through', async ({ audience }) => {
    await audience.openDeckText('extras.md', deck)
    await expect(audience.currentSlide).toContainText('Dates are ~one tilde~ apart')
    await expect(audience.currentSlide.locator('del')).toHaveText('struck')
  })

  test('a raw HTML heading is a target of heading-text links and of the go-to search', async ({
    audience,
    goTo,
    page,
  }) => {
    await audience.openDeckText('extras.md', deck)
    await audience.currentSlide.getByRole('link', { name: 'Results' }).click()
    await audience.expectSlide(3, 3)
    await expect(page).toHaveURL(/#3$/)
    await expect(audience.currentSlide.getByRole('heading', { name: 'Raw results', level: 2 })).toBeVisible()

    await audience.press('Home')
    await audience.expectSlide(1, 3)
    await audience.currentSlide.getByRole('link', { name: 'Backup' }).click()
    await audience.expectSlide(3, 3)

    await audience.press('Home')
    await audience.press('g')
    await goTo.input.fill('backup')
    await expect(goTo.option(3, 'Backup slides')).toBeVisible()
  })

  test('the footnote is printed on the page of the slide that calls it', async ({ page }) => {
    await routeFixtures(page, { 'extras.md': deck })
    await openPrint(page, '/?deck=/__print-fixture/extras.md&print=1', 3)
    const pages = pdfPages(await pdfOf(page))
    expect(squash(pages[0]!)).toContain(squash('First tried in 2019.'))
    expect(squash(pages[1]!)).not.toContain(squash('First tried'))
  })
})
