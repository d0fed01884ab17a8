/** The audience view: the slides on stage, the control bar, the overview. */
export { AudienceView } from './AudienceView.tsx'
export type { AudienceViewProps } from './AudienceView.tsx'
