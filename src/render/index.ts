/** Rendering: Deck slides to Marp-shaped React elements. */
export { SlideView } from './slide-view.tsx'
export type { SlideViewProps } from './slide-view.tsx'
