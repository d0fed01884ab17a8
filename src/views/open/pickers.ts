/**
 * File and folder pickers: the File System Access API where the browser has
 * it (the file handle is kept, for live reload), else `<input type=file>`.
 */
import { entriesFromFileList, type DroppedFiles } from '../../load/read-drop.ts'

type OpenFilePicker = (options: {
  types?: { description: string; accept: Record<string, string[]> }[]
  excludeAcceptAllOption?: boolean
  multiple?: boolean
}) => Promise<FileSystemFileHandle[]>

/** What the user picked, or null when they cancelled. */
export async function pickDeckFile(fallbackInput: HTMLInputElement | null): Promise<DroppedFiles | null> {
  const picker = (window as { showOpenFilePicker?: OpenFilePicker }).showOpenFilePicker
  if (!picker) return pickWithInput(fallbackInput)
  let handles: FileSystemFileHandle[]
  try {
    handles = await picker({
      types: [{ description: 'Markdown', accept: { 'text/markdown': ['.md', '.markdown'] } }],
      multiple: true,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null
    // A picker refused in this context (a cross-origin frame): the plain input still works.
    return pickWithInput(fallbackInput)
  }
  const files = await Promise.all(handles.map((handle) => handle.getFile()))
  const [only] = handles
  return {
    entries: entriesFromFileList(files),
    ...(handles.length === 1 && only ? { name: only.name, handle: only } : {}),
  }
}

/**
 * Let the user pick with an `<input type=file>` (a folder when it has `webkitdirectory`).
 *
 * @returns
 *   The files with their paths, or null when none were picked.
 */
export function pickWithInput(input: HTMLInputElement | null): Promise<DroppedFiles | null> {
  if (!input) return Promise.resolve(null)
  return new Promise((resolve) => {
    input.value = ''
    const done = () => {
      input.removeEventListener('change', done)
      input.removeEventListener('cancel', cancel)
      const files = [...(input.files ?? [])]
      const first = files[0]
      const folder = first?.webkitRelativePath.split('/')[0]
      resolve(
        files.length
          ? { entries: entriesFromFileList(files), ...(folder || first ? { name: folder || first!.name } : {}) }
          : null,
      )
    }
    const cancel = () => {
      input.removeEventListener('change', done)
      input.removeEventListener('cancel', cancel)
      resolve(null)
    }
    input.addEventListener('change', done)
    input.addEventListener('cancel', cancel)
    input.click()
  })
}
