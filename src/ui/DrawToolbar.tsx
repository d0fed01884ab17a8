/**
 * The drawing toolbar, while drawing (D): pen, highlighter, eraser, colours,
 * undo and redo, clear the slide, show or hide drawings, done.
 */
import { drawColors, useActions, useAppState, type DrawTool } from '../state/index.ts'
import { useMessages } from './i18n/index.ts'
import { Icon } from './Icon.tsx'

const toolIcons: Record<DrawTool, string> = {
  pen: 'M4 20l4-1 11-11-3-3L5 16zM14 6l3 3',
  highlighter: 'M6 14l4 4M4 20h5l10-10-5-5L4 15zM13 6l5 5',
  eraser: 'M7 20h12M5 16l8-8 5 5-6 6H8z',
}

/** The toolbar; nothing unless drawing. */
export function DrawToolbar() {
  const t = useMessages().draw
  const drawing = useAppState((state) => state.drawing)
  const tool = useAppState((state) => state.tool)
  const color = useAppState((state) => state.drawColor)
  const shown = useAppState((state) => state.drawingsShown)
  const slideIndex = useAppState((state) => state.slideIndex)
  const canUndo = useAppState((state) => (state.drawHistory[state.slideIndex]?.length ?? 0) > 0)
  const canRedo = useAppState((state) => (state.drawFuture[state.slideIndex]?.length ?? 0) > 0)
  const hasStrokes = useAppState((state) => (state.strokes[state.slideIndex]?.length ?? 0) > 0)
  const { setTool, setDrawColor, undo, redo, clearSlide, toggleDrawingsShown, toggleDrawing } = useActions()
  if (!drawing) return null
  return (
    <div className="lectern-draw-toolbar" role="toolbar" aria-label={t.toolbar}>
      {(['pen', 'highlighter', 'eraser'] as const).map((name) => (
        <button
          key={name}
          type="button"
          className="lectern-icon"
          aria-label={t.tools[name]}
          title={t.tools[name]}
          aria-pressed={tool === name}
          onClick={() => setTool(name)}
        >
          <Icon path={toolIcons[name]} />
        </button>
      ))}
      <span className="lectern-separator" aria-hidden="true" />
      {drawColors.map((swatch, index) => (
        <button
          key={swatch}
          type="button"
          className="lectern-swatch"
          aria-label={t.colors[index]}
          title={t.colors[index]}
          aria-pressed={color === swatch && tool !== 'eraser'}
          style={{ background: swatch }}
          onClick={() => setDrawColor(swatch)}
        />
      ))}
      <span className="lectern-separator" aria-hidden="true" />
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.undo}
        title={`${t.undo} (Ctrl+Z)`}
        disabled={!canUndo}
        onClick={() => undo(slideIndex)}
      >
        <Icon path="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" />
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.redo}
        title={`${t.redo} (Ctrl+Shift+Z)`}
        disabled={!canRedo}
        onClick={() => redo(slideIndex)}
      >
        <Icon path="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" />
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.clear}
        title={t.clear}
        disabled={!hasStrokes}
        onClick={() => clearSlide(slideIndex)}
      >
        <Icon path="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13" />
      </button>
      <button
        type="button"
        className="lectern-icon"
        aria-label={t.shown}
        title={`${t.shown} (H)`}
        aria-pressed={shown}
        onClick={toggleDrawingsShown}
      >
        <Icon path="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z" />
      </button>
      <button type="button" className="lectern-draw-done" onClick={toggleDrawing}>
        {t.done}
      </button>
    </div>
  )
}
