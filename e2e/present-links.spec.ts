import { expect, test } from './fixtures.ts'

// The seed deck's contents slide links headings by their text (`[引言](#📜%20引言)`),
// and the navbar in the header of slides 3 and 7–11 links slide numbers (`[研究方法](#7)`).
// Both come through SlideView's onNavigate (src/render) into the store, which pushes `#N`.

test.describe('links between slides', () => {
  const contents = [
    { link: '引言', slide: 3, heading: '📜 引言' },
    { link: '研究方法', slide: 7, heading: '📊 研究方法' },
    { link: '研究结论', slide: 9, heading: '🚩 研究结论' },
    { link: '创新点', slide: 10, heading: '📌 创新点' },
    { link: '感想&疑问', slide: 11, heading: '💡 感想 & 疑问' },
  ]

  for (const { link, slide, heading } of contents) {
    test(`the contents link ${link} goes to slide ${slide}`, async ({ audience, page }) => {
      await audience.open('#2')
      // Not `exact`: Playwright counts the theme's decorative link tail (a `::after` icon) in the name.
      await audience.currentSlide.getByRole('link', { name: link }).click()
      await audience.expectSlide(slide, 12)
      await expect(audience.currentSlide.getByRole('heading', { name: heading })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`#${slide}$`))
      await page.goBack()
      await audience.expectSlide(2, 12)
    })
  }

  test('the navbar links in the header go to their slide numbers', async ({ audience, page }) => {
    await audience.open('#3')
    const navbar = [
      { link: '研究方法', slide: 7 },
      { link: '实验结果', slide: 8 },
      { link: '研究结论', slide: 9 },
      { link: '创新点', slide: 10 },
      { link: '感想&疑问', slide: 11 },
      { link: '引言', slide: 3 },
    ]
    for (const { link, slide } of navbar) {
      await test.step(`${link} → slide ${slide}`, async () => {
        await audience.currentSlide.getByRole('link', { name: link, exact: true }).click()
        await audience.expectSlide(slide, 12)
        await expect(page).toHaveURL(new RegExp(`#${slide}$`))
      })
    }
  })

  test('links out of the deck are left alone', async ({ audience }) => {
    await audience.open()
    const link = audience.currentSlide.getByRole('link', { name: '范财胜' })
    await expect(link).toHaveAttribute('href', 'http://alleyf.github.io')
  })
})
