/**
 * The app's own text in English and Simplified Chinese (slides keep their
 * own language). Every UI string lives here.
 */
import type { KeyAction } from './keymap.ts'
import type { DeckLoadError, Language } from './store/index.ts'
import { openEn, openZhCN, type OpenMessages } from '../load/messages.ts'
import { maxCharacters, maxNestingDepth, maxRules } from '../themes/limits.ts'

/** Languages offered in the switch, with their names in themselves. */
export const languages: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
]

/** Descriptions of key actions for the help overlay, by action (see `keymap.ts`). */
export type HelpId = KeyAction

export interface Messages {
  previousSlide: string
  nextSlide: string
  /** The counter: "3 / 12". */
  counter: (n: number, total: number) => string
  controls: string
  overview: string
  help: string
  presenterView: string
  enterFullscreen: string
  exitFullscreen: string
  language: string
  /** The theme picker's label. */
  theme: string
  /** The picker's entry for the deck's own theme. */
  ownTheme: (name: string) => string
  /** The overflow guard's switch. */
  fitToSlide: string
  /** The mark on a slide the guard shrank: "Shrunk to 82 %". */
  shrunkTo: (percent: number) => string
  /** A slide's label: "Slide 3 of 12: Intro". */
  slideLabel: (n: number, total: number, title: string | null) => string
  /** A thumbnail's label: "Slide 3: Intro". */
  thumbnailLabel: (n: number, title: string | null) => string
  closeOverview: string
  keyboardShortcuts: string
  keys: string
  action: string
  close: string
  goToSlide: string
  goToInput: string
  goToHint: string
  matches: string
  noMatch: string
  /** The "digits then Enter" indicator. */
  typedNumber: (digits: string) => string
  blackScreen: string
  whiteScreen: string
  dismiss: string
  notices: string
  themeUnavailable: (theme: string) => string
  /** What of the deck's CSS was left out: imported stylesheets, and whether rules were cut. */
  cssLeftOut: (imports: readonly string[], cut: boolean) => string
  loadFailed: (error: DeckLoadError) => string
  showingBundled: string
  loading: (url: string) => string
  noSlides: string
  /** Opening decks: start screen, drop, choice, warnings. */
  open: OpenMessages
  keyHelp: Record<HelpId, string>
  /** Names of keys that have words (Space, Home…). */
  keyNames: Record<string, string>
}

/** Up to three items, then how many more. */
function shortList(items: readonly string[]): string {
  const shown = items.slice(0, 3).join(', ')
  return items.length > 3 ? `${shown} … +${items.length - 3}` : shown
}

const en: Messages = {
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  counter: (n, total) => `${n} / ${total}`,
  controls: 'Presentation controls',
  overview: 'Overview',
  help: 'Keyboard shortcuts',
  presenterView: 'Presenter view',
  enterFullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  language: 'Language',
  theme: 'Theme',
  ownTheme: (name) => `Deck’s own (${name})`,
  fitToSlide: 'Shrink overflowing slides to fit',
  shrunkTo: (percent) => `Shrunk to ${percent} %`,
  slideLabel: (n, total, title) => `Slide ${n} of ${total}${title ? `: ${title}` : ''}`,
  thumbnailLabel: (n, title) => `Slide ${n}${title ? `: ${title}` : ''}`,
  closeOverview: 'Close overview',
  keyboardShortcuts: 'Keyboard shortcuts',
  keys: 'Keys',
  action: 'Action',
  close: 'Close',
  goToSlide: 'Go to slide',
  goToInput: 'Slide number or title',
  goToHint: 'Type a number or words from a heading, then press Enter.',
  matches: 'Matching slides',
  noMatch: 'No slide matches.',
  typedNumber: (digits) => `Go to slide ${digits} — press Enter`,
  blackScreen: 'Black screen',
  whiteScreen: 'White screen',
  dismiss: 'Dismiss',
  notices: 'Notices',
  themeUnavailable: (theme) => `Theme ${theme} is not available; showing the default theme`,
  cssLeftOut: (imports, cut) =>
    [
      imports.length > 0 &&
        `Left out ${imports.length === 1 ? 'a stylesheet' : 'stylesheets'} this deck imports (${shortList(imports)}): an imported stylesheet would style the whole page, so Lectern reads a theme's imports into the theme, when it can get them, and leaves others out. Copy the rules into the deck's <style>, or drop the file with the theme.`,
      cut &&
        `Left out part of this deck's CSS: it nests more than ${maxNestingDepth} levels deep, or is larger than Lectern reads (${maxRules.toLocaleString('en')} rules, ${maxCharacters.toLocaleString('en')} characters).`,
    ]
      .filter(Boolean)
      .join(' '),
  loadFailed: ({ url, code, detail, origin }) => {
    const why: Record<DeckLoadError['code'], string> = {
      http: `the server answered ${detail}`,
      network: `it could not be fetched (${detail}); the address may be wrong, offline, or not shared with other sites (CORS)`,
      html: 'the address gives a web page, not a Markdown file (is the path right?)',
      'bad-url': `it is not a web address (${detail})`,
      'not-text': 'the file is not text',
      'too-large':
        origin === 'file'
          ? `the file is too large (${openEn.tooLarge(...(detail.split('/') as [string, string]))})`
          : `the file is too large (${detail})`,
      empty: 'the file is empty',
      'not-markdown': `it is ${openEn.kinds[detail] ?? 'not text'}, not a Markdown deck (.md)`,
      encoding: 'its text is not UTF-8, nor readable as GBK or Shift_JIS; save it as UTF-8',
      'no-deck': 'no Markdown (.md) file was among the files',
      storage: 'it is no longer stored in this browser',
    }
    return origin === 'file'
      ? `Could not open ${url}: ${why[code]}.`
      : `Could not open the deck at ${url}: ${why[code]}.`
  },
  showingBundled: 'Showing the bundled deck instead.',
  loading: (url) => `Loading ${url}…`,
  noSlides: 'This deck has no slides.',
  open: openEn,
  keyHelp: {
    next: 'Next: the next fragment, then the next slide',
    previous: 'Previous: hide the last fragment, then the previous slide',
    nextSlide: 'Reveal all fragments, then the next slide',
    previousSlide: 'Previous slide, fully revealed',
    first: 'First slide',
    last: 'Last slide',
    digit: 'Type a slide number…',
    submitNumber: '…then go to that slide',
    goTo: 'Go to a slide by number or title',
    overview: 'Show or hide the overview',
    escape: 'Close the open panel, or show the overview',
    fullscreen: 'Full screen on or off',
    blackout: 'Black screen on or off',
    whiteout: 'White screen on or off',
    help: 'Show or hide this help',
    presenterView: 'Open the presenter view (notes, next slide, timer) in a second window',
  },
  keyNames: { ' ': 'Space', Shift: 'Shift', Enter: 'Enter', Escape: 'Esc' },
}

const zhCN: Messages = {
  previousSlide: '上一张幻灯片',
  nextSlide: '下一张幻灯片',
  counter: (n, total) => `${n} / ${total}`,
  controls: '演示控制',
  overview: '概览',
  help: '键盘快捷键',
  presenterView: '演讲者视图',
  enterFullscreen: '全屏',
  exitFullscreen: '退出全屏',
  language: '语言',
  theme: '主题',
  ownTheme: (name) => `幻灯片自带（${name}）`,
  fitToSlide: '缩小溢出的幻灯片以适应页面',
  shrunkTo: (percent) => `已缩小至 ${percent}%`,
  slideLabel: (n, total, title) => `第 ${n} 张，共 ${total} 张${title ? `：${title}` : ''}`,
  thumbnailLabel: (n, title) => `第 ${n} 张${title ? `：${title}` : ''}`,
  closeOverview: '关闭概览',
  keyboardShortcuts: '键盘快捷键',
  keys: '按键',
  action: '操作',
  close: '关闭',
  goToSlide: '跳转到幻灯片',
  goToInput: '幻灯片编号或标题',
  goToHint: '输入编号或标题中的文字，然后按 Enter。',
  matches: '匹配的幻灯片',
  noMatch: '没有匹配的幻灯片。',
  typedNumber: (digits) => `跳转到第 ${digits} 张 — 按 Enter`,
  blackScreen: '黑屏',
  whiteScreen: '白屏',
  dismiss: '关闭提示',
  notices: '提示',
  themeUnavailable: (theme) => `主题 ${theme} 不可用；正在使用默认主题`,
  cssLeftOut: (imports, cut) =>
    [
      imports.length > 0 &&
        `未加载这份幻灯片导入的样式表（${shortList(imports)}）：导入的样式表会作用于整个页面，因此 Lectern 只在能取到时把主题导入的样式表并入主题，其余的不加载。请把其中的规则复制到幻灯片的 <style> 中，或把该文件与主题一起拖入。`,
      cut &&
        `这份幻灯片的部分 CSS 未加载：嵌套超过 ${maxNestingDepth} 层，或超过 Lectern 读取的上限（${maxRules.toLocaleString('en')} 条规则、${maxCharacters.toLocaleString('en')} 个字符）。`,
    ]
      .filter(Boolean)
      .join(''),
  loadFailed: ({ url, code, detail, origin }) => {
    const why: Record<DeckLoadError['code'], string> = {
      http: `服务器返回 ${detail}`,
      network: `无法获取（${detail}）；地址可能有误、处于离线状态，或该站点不允许跨站读取（CORS）`,
      html: '该地址返回的是网页，而不是 Markdown 文件（路径是否正确？）',
      'bad-url': `这不是网址（${detail}）`,
      'not-text': '该文件不是文本',
      'too-large':
        origin === 'file'
          ? `文件太大（${openZhCN.tooLarge(...(detail.split('/') as [string, string]))}）`
          : `文件太大（${detail}）`,
      empty: '文件是空的',
      'not-markdown': `这是${openZhCN.kinds[detail] ?? '非文本文件'}，不是 Markdown 幻灯片（.md）`,
      encoding: '其文本不是 UTF-8，也无法按 GBK 或 Shift_JIS 读取；请另存为 UTF-8',
      'no-deck': '这些文件中没有 Markdown（.md）文件',
      storage: '它已不再保存在此浏览器中',
    }
    return origin === 'file' ? `无法打开 ${url}：${why[code]}。` : `无法打开位于 ${url} 的幻灯片：${why[code]}。`
  },
  showingBundled: '改为显示内置的幻灯片。',
  loading: (url) => `正在加载 ${url}…`,
  noSlides: '这份幻灯片没有内容。',
  open: openZhCN,
  keyHelp: {
    next: '下一步：下一个片段，然后下一张',
    previous: '上一步：隐藏最后一个片段，然后上一张',
    nextSlide: '显示全部片段，然后下一张',
    previousSlide: '上一张（完整显示）',
    first: '第一张',
    last: '最后一张',
    digit: '输入幻灯片编号…',
    submitNumber: '…然后跳转到该张',
    goTo: '按编号或标题跳转',
    overview: '显示或隐藏概览',
    escape: '关闭当前面板，或显示概览',
    fullscreen: '切换全屏',
    blackout: '切换黑屏',
    whiteout: '切换白屏',
    help: '显示或隐藏本帮助',
    presenterView: '在第二个窗口打开演讲者视图（备注、下一张、计时）',
  },
  keyNames: { ' ': '空格', Shift: 'Shift', Enter: 'Enter', Escape: 'Esc' },
}

const catalogue: Record<Language, Messages> = { en, 'zh-CN': zhCN }

/** The messages of a language. */
export function messagesFor(language: Language): Messages {
  return catalogue[language]
}

/**
 * The UI language for the browser's preferred languages: Simplified Chinese
 * for any `zh` tag except Traditional ones we have no text for, else English.
 *
 * @param preferred
 *   `navigator.languages` (or `[navigator.language]`), most preferred first.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
    if (lower === 'zh' || lower.startsWith('zh-')) {
      if (/^zh-(hant|tw|hk|mo)/.test(lower)) continue
      return 'zh-CN'
    }
  }
  return 'en'
}
