/**
 * Applying the optional stages (math, diagrams, code) to prepared trees. The stages
 * themselves load on demand (see render-slice.ts): until they arrive,
 * slides show the formula source and plain code.
 */
import type { Root as HastRoot } from 'hast'
import type { RenderStages } from './render-slice.ts'

/**
 * A prepared hast tree with the loaded stages applied (to a copy: the
 * prepared tree stays as it is for other views).
 *
 * @param tree
 *   A prepared (sanitised) tree.
 * @param stages
 *   The stages loaded.
 */
export function applyStages(tree: HastRoot, stages: RenderStages): HastRoot {
  if (!stages.math && !stages.diagrams && !stages.highlight) return tree
  const copy = structuredClone(tree)
  stages.math?.(copy)
  // Diagrams before code: a drawn fence is no longer code to colour.
  stages.diagrams?.(copy)
  stages.highlight?.(copy)
  return copy
}
