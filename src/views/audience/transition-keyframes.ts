/**
 * Which keyframes a slide transition plays, chosen as marp-cli's HTML export
 * chooses them.
 *
 * A transition named N is a set of up to six `@keyframes`:
 * `marp-transition-N` (both pictures: the old one plays it, the new one plays
 * it reversed), `marp-outgoing-transition-N` and `marp-incoming-transition-N`
 * (one picture each), and the same three with `-backward` after
 * `transition`, for going back. Each picture takes its own keyframes, else
 * the shared ones; going back, it takes the forward ones when no backward
 * form exists; otherwise it does not move. A deck's own set wins over a
 * built-in one of the same name; a name with neither just switches slides.
 * Empty keyframes count: they keep a picture still instead of falling back.
 */
import type { TransitionMove } from '../../deck/index.ts'

/** One picture's animation: keyframes, played forwards or reversed. */
export interface PictureAnimation {
  name: string
  reverse: boolean
}

/** What the old and the new slide's pictures play (null: they stay still). */
export interface TransitionKeyframes {
  outgoing: PictureAnimation | null
  incoming: PictureAnimation | null
}

type Picture = 'outgoing' | 'incoming' | 'both'
type Form = 'in' | 'out' | 'both' | 'in-back' | 'out-back' | 'both-back'

/** Where Marp's built-in names have keyframes of their own here (in transitions.css). */
export const builtinTransitions: Readonly<Record<string, readonly Form[]>> = {
  clockwise: ['in', 'in-back'],
  counterclockwise: ['in', 'in-back'],
  cover: ['in', 'in-back', 'out-back'],
  coverflow: ['in', 'out'],
  cube: ['in', 'out'],
  cylinder: ['in', 'out'],
  diamond: ['in', 'in-back', 'out-back'],
  drop: ['in', 'out', 'in-back', 'out-back'],
  explode: ['out', 'in-back', 'out-back'],
  fade: ['in', 'out'],
  'fade-out': ['both'],
  fall: ['out', 'in-back', 'out-back'],
  flip: ['in', 'out'],
  glow: ['in', 'out'],
  implode: ['in', 'in-back', 'out-back'],
  'in-out': ['in', 'out'],
  'iris-in': ['in', 'in-back', 'out-back'],
  'iris-out': ['out', 'in-back', 'out-back'],
  melt: ['in', 'in-back'],
  overlap: ['in', 'out'],
  pivot: ['in', 'in-back', 'out-back'],
  pull: ['out', 'in-back', 'out-back'],
  push: ['in', 'in-back', 'out-back'],
  reveal: ['out', 'in-back', 'out-back'],
  rotate: ['in', 'out'],
  slide: ['in', 'out'],
  star: ['in', 'in-back', 'out-back'],
  swap: ['in', 'out'],
  swipe: ['in', 'out', 'in-back', 'out-back'],
  swoosh: ['in', 'in-back', 'out-back'],
  wipe: ['in', 'in-back'],
  wiper: ['in', 'in-back'],
  zoom: ['in', 'in-back', 'out-back'],
}

const pictureOfForm = { in: 'incoming', out: 'outgoing', both: 'both' } as const

/**
 * The keyframes name of one form: `PREFIX-(incoming-|outgoing-)transition(-backward)-NAME`.
 *
 * @param prefix
 *   `marp` for a deck's keyframes, `lectern` for the built-in ones.
 */
export function keyframesName(prefix: string, picture: Picture, backward: boolean, name: string): string {
  return `${prefix}-${picture === 'both' ? '' : `${picture}-`}transition${backward ? '-backward' : ''}-${name}`
}

/** The keyframes names of Lectern's built-in transitions. */
export function builtinKeyframesNames(): string[] {
  return Object.entries(builtinTransitions).flatMap(([name, forms]) =>
    forms.map((form) => {
      const [picture, back] = form.split('-') as [keyof typeof pictureOfForm, string | undefined]
      return keyframesName('lectern', pictureOfForm[picture], back === 'back', name)
    }),
  )
}

function pictureAnimation(
  has: (keyframes: string) => boolean,
  prefix: string,
  name: string,
  picture: 'outgoing' | 'incoming',
  backward: boolean,
): PictureAnimation | null {
  for (const back of backward ? [true, false] : [false]) {
    const own = keyframesName(prefix, picture, back, name)
    if (has(own)) return { name: own, reverse: false }
    const shared = keyframesName(prefix, 'both', back, name)
    if (has(shared)) return { name: shared, reverse: picture === 'incoming' }
  }
  return null
}

/**
 * The keyframes of transition `name` among those `has` knows, or null when it has none of them.
 *
 * @param has
 *   Whether keyframes of that name exist.
 * @param prefix
 *   `marp` for a deck's keyframes, `lectern` for the built-in ones.
 */
export function chooseKeyframes(
  name: string,
  backward: boolean,
  has: (keyframes: string) => boolean,
  prefix: string,
): TransitionKeyframes | null {
  const any = [false, true].some((back) =>
    (['outgoing', 'incoming', 'both'] as const).some((picture) => has(keyframesName(prefix, picture, back, name))),
  )
  if (!any) return null
  return {
    outgoing: pictureAnimation(has, prefix, name, 'outgoing', backward),
    incoming: pictureAnimation(has, prefix, name, 'incoming', backward),
  }
}

const builtinNames = new Set(builtinKeyframesNames())

/**
 * The keyframes a move plays: the deck's own (first those the giving slide's
 * `<style scoped>` defines, which Lectern suffixes with the slide's scope key,
 * as Marp does), else the built-in ones of that name, else none.
 *
 * @param move
 *   The move, from `transitionBetween`.
 * @param deckHas
 *   Whether the deck's CSS defines keyframes of that name.
 * @param scopeKey
 *   The scope key of the slide that gave the transition, if it has scoped styles.
 */
export function transitionKeyframes(
  move: TransitionMove,
  deckHas: (keyframes: string) => boolean,
  scopeKey: string | null,
): TransitionKeyframes | null {
  const own = [...(scopeKey ? [`${move.name}-${scopeKey}`] : []), move.name]
  for (const name of own) {
    const chosen = chooseKeyframes(name, move.backward, deckHas, 'marp')
    if (chosen) return chosen
  }
  return Object.hasOwn(builtinTransitions, move.name)
    ? chooseKeyframes(move.name, move.backward, (name) => builtinNames.has(name), 'lectern')
    : null
}
