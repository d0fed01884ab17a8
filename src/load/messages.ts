/**
 * The text of opening decks (start screen, drop, choice, warnings), in
 * English and Simplified Chinese; `src/present/i18n.ts` carries it as
 * `messages.open`. Failure reasons are worded there, in `loadFailed`.
 */

export interface OpenMessages {
  /** The control-bar button and the start screen's name. */
  openButton: string
  openTitle: string
  startTitle: string
  openFile: string
  openFolder: string
  dropHint: string
  dropHere: string
  bundledDecks: string
  recentDecks: string
  noRecent: string
  clearRecent: string
  /** Choice among several dropped decks. */
  chooseDeck: string
  chooseDeckHint: (count: number) => string
  cancel: string
  pastedName: string
  /** A deck read as GBK or Shift_JIS. */
  encodingWarning: (name: string, encoding: string) => string
  /** The engine's warnings panel. */
  warningsTitle: (count: number) => string
  warningLine: (line: number) => string
  /** Names of kinds of files that are not decks (`not-markdown`). */
  kinds: Record<string, string>
  /** The size part of a too-large file: "50 MB; Lectern opens decks up to 8 MB". */
  tooLarge: (size: string, limit: string) => string
}

const encodingNames: Record<string, string> = {
  gb18030: 'GBK (GB 18030)',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
}

/** The name of an encoding for people. */
export function encodingName(encoding: string): string {
  return encodingNames[encoding] ?? encoding
}

export const openEn: OpenMessages = {
  openButton: 'Open…',
  openTitle: 'Open a deck: files, folders, bundled and recent decks',
  startTitle: 'Open a deck',
  openFile: 'Open file…',
  openFolder: 'Open folder…',
  dropHint: 'Or drop a Markdown file or a folder anywhere on the window, or paste Markdown text (Ctrl+V).',
  dropHere: 'Drop a deck to open it',
  bundledDecks: 'Bundled decks',
  recentDecks: 'Recent decks',
  noRecent: 'No recent decks yet.',
  clearRecent: 'Clear recent decks',
  chooseDeck: 'Choose a deck',
  chooseDeckHint: (count) => `${count} Markdown files arrived. Which one do you want to present?`,
  cancel: 'Cancel',
  pastedName: 'Pasted deck',
  encodingWarning: (name, encoding) =>
    `${name} is not UTF-8 text: it was read as ${encodingName(encoding)}. If some characters look wrong, save the file as UTF-8.`,
  warningsTitle: (count) => `This deck has ${count} ${count === 1 ? 'warning' : 'warnings'}`,
  warningLine: (line) => `Line ${line}`,
  kinds: {
    image: 'an image',
    document: 'a word-processor document (such as .docx)',
    slides: 'a slide-show file (such as .pptx)',
    spreadsheet: 'a spreadsheet',
    pdf: 'a PDF',
    archive: 'an archive',
    media: 'audio or video',
    program: 'a program',
  },
  tooLarge: (size, limit) => `${size}; Lectern opens decks up to ${limit}`,
}

export const openZhCN: OpenMessages = {
  openButton: '打开…',
  openTitle: '打开幻灯片：文件、文件夹、内置与最近的幻灯片',
  startTitle: '打开幻灯片',
  openFile: '打开文件…',
  openFolder: '打开文件夹…',
  dropHint: '也可以把 Markdown 文件或文件夹拖到窗口任意位置，或粘贴 Markdown 文本（Ctrl+V）。',
  dropHere: '松开即可打开幻灯片',
  bundledDecks: '内置幻灯片',
  recentDecks: '最近打开',
  noRecent: '还没有最近打开的幻灯片。',
  clearRecent: '清除最近记录',
  chooseDeck: '选择幻灯片',
  chooseDeckHint: (count) => `收到 ${count} 个 Markdown 文件。要演示哪一个？`,
  cancel: '取消',
  pastedName: '粘贴的幻灯片',
  encodingWarning: (name, encoding) =>
    `${name} 不是 UTF-8 文本，已按 ${encodingName(encoding)} 读取。如有乱码，请将文件另存为 UTF-8。`,
  warningsTitle: (count) => `这份幻灯片有 ${count} 条警告`,
  warningLine: (line) => `第 ${line} 行`,
  kinds: {
    image: '图片',
    document: '文字处理文档（如 .docx）',
    slides: '演示文稿文件（如 .pptx）',
    spreadsheet: '电子表格',
    pdf: 'PDF 文件',
    archive: '压缩包',
    media: '音频或视频',
    program: '程序',
  },
  tooLarge: (size, limit) => `${size}；Lectern 最多打开 ${limit} 的幻灯片`,
}
