import { expect, test } from '@playwright/test'
import { currentSlide, dropFiles, loadAlert, openSeed, type DropFile } from './open-fixtures.ts'

/** Each bad file, and what the message must say about it. */
const refused: { what: string; file: DropFile; message: RegExp }[] = [
  {
    what: 'a binary file named .md',
    file: { name: 'noise.md', path: 'e2e/decks/open-bad/noise.md' },
    message: /^Could not open noise\.md: the file is not text\.$/,
  },
  {
    what: 'an image',
    file: { name: 'dot.png', path: 'e2e/decks/folder/images/dot.png', type: 'image/png' },
    message: /^Could not open dot\.png: it is an image, not a Markdown deck \(\.md\)\.$/,
  },
  {
    what: 'a Word document',
    file: { name: 'report.docx', path: 'e2e/decks/open-bad/report.docx' },
    message: /^Could not open report\.docx: it is a word-processor document \(such as \.docx\), not a Markdown deck/,
  },
  {
    what: 'an empty file',
    file: { name: 'empty.md', text: '' },
    message: /^Could not open empty\.md: the file is empty\.$/,
  },
  {
    what: 'a 50 MB file',
    file: { name: 'huge.md', zeros: 50 * 1024 * 1024 },
    message: /^Could not open huge\.md: the file is too large \(50 MB; Lectern opens decks up to 8 MB\)\.$/,
  },
  {
    what: 'text in an encoding that is not UTF-8, GBK or Shift_JIS',
    file: { name: 'latin1.md', path: 'e2e/decks/open-bad/latin1.md' },
    message: /^Could not open latin1\.md: its text is not UTF-8, nor readable as GBK or Shift_JIS; save it as UTF-8\.$/,
  },
]

test.describe('bad input keeps the open deck', () => {
  for (const { what, file, message } of refused) {
    test(`${what}: a message says why, and the deck stays`, async ({ page }) => {
      await openSeed(page)
      await page.keyboard.press('ArrowRight')
      await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 2 of 12/)
      const before = await currentSlide(page).innerText()

      await dropFiles(page, [file])
      const alert = loadAlert(page)
      await expect(alert.locator('p')).toHaveText(message)
      await expect(currentSlide(page)).toHaveAccessibleName(/^Slide 2 of 12/)
      expect(await currentSlide(page).innerText()).toBe(before)
      await expect(page).toHaveURL(/\/#2$/)

      await alert.getByRole('button', { name: 'Dismiss' }).click()
      await expect(alert).toBeHidden()
    })
  }

  test('a GBK-encoded Chinese deck opens with its text, and a warning names the encoding', async ({ page }) => {
    await openSeed(page)
    await dropFiles(page, [{ name: 'gbk-chinese.md', path: 'e2e/decks/open-bad/gbk-chinese.md' }])
    await expect(currentSlide(page).getByRole('heading', { name: '你好，世界' })).toBeVisible()
    await expect(currentSlide(page)).toContainText('这是一份用 GBK 编码保存的幻灯片。')
    const warning = page.locator('.lectern-notice[data-kind="encoding"]')
    await expect(warning).toContainText('gbk-chinese.md is not UTF-8 text: it was read as GBK (GB 18030).')
    await warning.getByRole('button', { name: 'Dismiss' }).click()
    await expect(warning).toBeHidden()
  })

  test('a Shift_JIS Japanese deck opens with its text, and a warning names the encoding', async ({ page }) => {
    await openSeed(page)
    await dropFiles(page, [{ name: 'sjis-japanese.md', path: 'e2e/decks/open-bad/sjis-japanese.md' }])
    await expect(currentSlide(page).getByRole('heading', { name: 'こんにちは世界' })).toBeVisible()
    await expect(page.locator('.lectern-notice[data-kind="encoding"]')).toContainText('read as Shift_JIS')
  })

  test("a deck with a broken front matter opens, and a panel lists the engine's warnings", async ({ page }) => {
    await openSeed(page)
    await dropFiles(page, [{ name: 'broken-front-matter.md', path: 'e2e/decks/open-bad/broken-front-matter.md' }])
    await expect(currentSlide(page).getByRole('heading', { name: 'Still opens' })).toBeVisible()
    const panel = page.locator('.lectern-notice[data-kind="warnings"]')
    await expect(panel).toContainText('This deck has 1 warning')
    await expect(panel.getByRole('listitem')).toHaveCount(1)
    await expect(panel.getByRole('listitem')).toContainText('Line 1 The front matter is not valid YAML')
    await panel.getByRole('button', { name: 'Dismiss' }).click()
    await expect(panel).toBeHidden()
  })

  test('the bundled seed deck has no warnings panel', async ({ page }) => {
    await openSeed(page)
    await expect(page.locator('.lectern-notice')).toHaveCount(0)
  })

  test('messages are in Chinese when the app is', async ({ page }) => {
    await openSeed(page)
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await dropFiles(page, [{ name: 'report.docx', path: 'e2e/decks/open-bad/report.docx' }])
    await expect(loadAlert(page).locator('p')).toHaveText(
      '无法打开 report.docx：这是文字处理文档（如 .docx），不是 Markdown 幻灯片（.md）。',
    )
  })
})

test.describe('bad drops, again and in bulk', () => {
  test('the same bad file dropped again after its message was dismissed says so again', async ({ page }) => {
    await openSeed(page)
    const alert = loadAlert(page)
    await dropFiles(page, [{ name: 'empty.md', text: '' }])
    await expect(alert).toContainText('Could not open empty.md')
    await alert.getByRole('button', { name: 'Dismiss' }).click()
    await expect(alert).toBeHidden()
    await dropFiles(page, [{ name: 'empty.md', text: '' }])
    await expect(alert).toContainText('Could not open empty.md')
  })

  test('several files without a Markdown deck among them are refused', async ({ page }) => {
    await openSeed(page)
    await dropFiles(page, [
      { name: 'dot.png', path: 'e2e/decks/folder/images/dot.png', type: 'image/png' },
      { name: 'base.css', path: 'e2e/decks/folder/themes/base.css', type: 'text/css' },
    ])
    await expect(loadAlert(page).locator('p')).toHaveText(
      /^Could not open dot\.png, base\.css: no Markdown \(\.md\) file was among the files\.$/,
    )
    await expect(currentSlide(page)).toContainText('BERT')
  })
})
