import { describe, expect, it } from 'vitest'
import { walkEntries, type WalkableEntry } from './read-drop.ts'

/** A stand-in for a dropped `FileSystemEntry` tree; readers give children in batches of 2, as browsers give 100. */
function file(fullPath: string): WalkableEntry {
  return {
    isFile: true,
    isDirectory: false,
    name: fullPath.split('/').pop()!,
    fullPath,
    file: (success) => success(new File([fullPath], fullPath.split('/').pop()!)),
  }
}
function folder(fullPath: string, children: WalkableEntry[]): WalkableEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      let at = 0
      return {
        readEntries: (success) => {
          success(children.slice(at, at + 2))
          at += 2
        },
      }
    },
  }
}

describe('walkEntries', () => {
  it('reads every file of a dropped folder, in every batch, with paths from the drop, skipping node_modules and hidden folders', async () => {
    const tree = folder('/talk', [
      file('/talk/deck.md'),
      folder('/talk/images', [file('/talk/images/a.png'), file('/talk/images/b.png'), file('/talk/images/c.png')]),
      file('/talk/theme.css'),
      folder('/talk/node_modules', [file('/talk/node_modules/x.md')]),
      folder('/talk/.git', [file('/talk/.git/HEAD')]),
    ])
    const entries = await walkEntries([tree, file('/loose.md')])
    expect(entries.map((entry) => entry.path)).toEqual([
      'talk/deck.md',
      'talk/images/a.png',
      'talk/images/b.png',
      'talk/images/c.png',
      'talk/theme.css',
      'loose.md',
    ])
    expect(await entries[0]!.blob.text()).toBe('/talk/deck.md')
  })
})
