/**
 * The diagram stage's layout engine (elkjs, a browserify bundle) looks for a
 * global `require` in its module loader, in case a module is missing from the
 * bundle; none is. Rolldown answers any such `require` with a stand-in in the
 * runtime chunk every page loads, so that test is taken out here (a browser
 * has no `require`): the page's first JavaScript stays as it was.
 */
import type { Plugin } from 'vite'

const globalRequire = /"function"==typeof require&&require/g

/** Vite plugin: no global `require` lookup in elkjs's bundle. */
export function noElkRequire(): Plugin {
  return {
    name: 'lectern-no-elk-require',
    transform(code, id) {
      if (!/[\\/]elkjs[\\/]lib[\\/]elk\.bundled\.js$/.test(id)) return null
      return { code: code.replace(globalRequire, 'false'), map: null }
    },
  }
}
