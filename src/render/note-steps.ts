/**
 * Notes split by step: a note may mark with `[click]` lines (Slidev's
 * convention) which of its parts goes with which fragment step, so the
 * presenter view can light the part that belongs to the step on screen.
 * `[click:3]` names the step itself; each later `[click]` counts on from it.
 */

/** One part of a note, and the fragment step it belongs to (0: before any click). */
export interface NoteStep {
  step: number
  text: string
}

const marker = /^[ \t]*\[click(?::(\d+))?\][ \t]*$/

/**
 * A note's parts, by step. A note without `[click]` lines is one part of step 0.
 *
 * @param note
 *   The note's Markdown.
 */
export function splitNoteSteps(note: string): NoteStep[] {
  const parts: NoteStep[] = [{ step: 0, text: '' }]
  const lines: string[] = []
  const close = () => {
    parts.at(-1)!.text = lines.splice(0).join('\n').trim()
  }
  for (const line of note.split('\n')) {
    const match = marker.exec(line)
    if (!match) {
      lines.push(line)
      continue
    }
    close()
    const step = match[1] === undefined ? parts.at(-1)!.step + 1 : Number(match[1])
    parts.push({ step, text: '' })
  }
  close()
  const kept = parts.filter((part) => part.text !== '')
  return kept.length > 0 ? kept : [{ step: 0, text: '' }]
}
