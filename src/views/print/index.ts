/** Print and PDF: the print view (every slide, a page each), its triggers, the Print button and preflight. */
export { PrintRoot } from './PrintRoot.tsx'
export { PrintButton } from './PrintButton.tsx'
export { PrintView } from './PrintView.tsx'
export type { PrintViewProps } from './PrintView.tsx'
export { pageRule, pageSize } from './print-css.ts'
