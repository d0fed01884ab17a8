/** The presenter and notes views' own text, in the app's languages. */
import type { Language } from '../present/store/index.ts'

export interface ViewMessages {
  presenterView: string
  swapDisplays: string
  noOtherDisplay: string
  notesView: string
  current: string
  nextStep: string
  nextFragment: string
  endOfDeck: string
  notes: string
  noNotes: string
  loadingNotes: string
  slideOf: (n: number, total: number) => string
  timer: string
  elapsed: string
  start: string
  pause: string
  reset: string
  remaining: string
  timeUp: string
  clock: string
  onThisSlide: string
  larger: string
  smaller: string
  previous: string
  next: string
  audienceConnected: string
  audienceMissing: string
  rehearsal: string
  slide: string
  title: string
  time: string
  skipped: string
  yes: string
  downloadCsv: string
  downloadMarkdown: string
  untitled: string
}

const en: ViewMessages = {
  presenterView: 'Presenter view',
  swapDisplays: 'Swap displays',
  noOtherDisplay: 'No other display to move to',
  notesView: 'Speaker notes',
  current: 'Current slide',
  nextStep: 'Next',
  nextFragment: 'Next: the next item of this slide',
  endOfDeck: 'End of deck',
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  loadingNotes: 'Loading notes…',
  slideOf: (n, total) => `Slide ${n} / ${total}`,
  timer: 'Timer',
  elapsed: 'Elapsed',
  start: 'Start timer',
  pause: 'Pause timer',
  reset: 'Reset timer',
  remaining: 'Remaining',
  timeUp: 'Time is up',
  clock: 'Clock',
  onThisSlide: 'On this slide',
  larger: 'Larger notes text',
  smaller: 'Smaller notes text',
  previous: 'Previous',
  next: 'Next',
  audienceConnected: 'Audience window connected',
  audienceMissing: 'Audience window not connected',
  rehearsal: 'Rehearsal timings',
  slide: 'Slide',
  title: 'Title',
  time: 'Time',
  skipped: 'Skipped',
  yes: 'yes',
  downloadCsv: 'Download CSV',
  downloadMarkdown: 'Download Markdown',
  untitled: '(untitled)',
}

const zh: ViewMessages = {
  presenterView: '演讲者视图',
  swapDisplays: '交换显示器',
  noOtherDisplay: '没有可切换的其他显示器',
  notesView: '演讲备注',
  current: '当前幻灯片',
  nextStep: '下一步',
  nextFragment: '下一步：本页的下一项',
  endOfDeck: '已到最后',
  notes: '备注',
  noNotes: '本页没有备注。',
  loadingNotes: '正在加载备注…',
  slideOf: (n, total) => `第 ${n} / ${total} 张`,
  timer: '计时',
  elapsed: '已用时间',
  start: '开始计时',
  pause: '暂停计时',
  reset: '重置计时',
  remaining: '剩余时间',
  timeUp: '时间到',
  clock: '时钟',
  onThisSlide: '本页用时',
  larger: '放大备注文字',
  smaller: '缩小备注文字',
  previous: '上一步',
  next: '下一步',
  audienceConnected: '观众窗口已连接',
  audienceMissing: '观众窗口未连接',
  rehearsal: '排练用时',
  slide: '幻灯片',
  title: '标题',
  time: '用时',
  skipped: '跳过',
  yes: '是',
  downloadCsv: '下载 CSV',
  downloadMarkdown: '下载 Markdown',
  untitled: '（无标题）',
}

export function viewMessagesFor(language: Language): ViewMessages {
  return language === 'zh-CN' ? zh : en
}
