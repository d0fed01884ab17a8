/** Where Lectern's own files are: the package (an install) or the checkout (sources). */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The nearest folder above this module with a package.json: the package or the checkout. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(folder, 'package.json'))) {
    const up = dirname(folder)
    if (up === folder) throw new Error('Lectern’s package.json was not found above ' + fileURLToPath(import.meta.url))
    folder = up
  }
  return folder
}

/** Whether Lectern runs from its sources (a checkout) rather than an installed package. */
export function fromSources(root: string): boolean {
  return existsSync(join(root, 'src')) && existsSync(join(root, 'scripts', 'pdf.mjs'))
}
