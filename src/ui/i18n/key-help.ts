/**
 * The help dialog's text in every language: what each row of the key table
 * does, and the names of keys that have words. Only the help dialog (loaded
 * after the first paint) reads it, so it stays out of the page's first
 * JavaScript.
 */
import type { Language } from '../../state/index.ts'
import type { HelpId } from './types.ts'

export interface KeyHelp {
  /** What each row of the key table does. */
  descriptions: Record<HelpId, string>
  /** Names of keys that have words (Space, Home…). */
  keyNames: Record<string, string>
}

export const keyHelp: Record<Language, KeyHelp> = {
  en: {
    descriptions: {
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
      openFile: 'Open a deck file',
      notesLarger: 'Larger notes text',
      notesSmaller: 'Smaller notes text',
      search: 'Search the slides and notes',
      laser: 'Laser pointer on or off',
      draw: 'Draw on the slide (pen, highlighter, eraser) on or off',
      drawingsShown: 'Show or hide drawings',
      undo: 'Undo the last drawing',
      redo: 'Redo the drawing undone',
    },
    keyNames: { ' ': 'Space', Shift: 'Shift', Control: 'Ctrl', Enter: 'Enter', Escape: 'Esc' },
  },
  'zh-CN': {
    descriptions: {
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
      openFile: '打开幻灯片文件',
      notesLarger: '放大备注文字',
      notesSmaller: '缩小备注文字',
      search: '搜索幻灯片与备注',
      laser: '切换激光笔',
      draw: '切换在幻灯片上绘制（画笔、荧光笔、橡皮擦）',
      drawingsShown: '显示或隐藏绘制内容',
      undo: '撤销上一笔',
      redo: '重做撤销的一笔',
    },
    keyNames: { ' ': '空格', Shift: 'Shift', Control: 'Ctrl', Enter: 'Enter', Escape: 'Esc' },
  },
}
