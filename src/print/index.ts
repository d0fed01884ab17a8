/** Print and PDF: the print view (every slide, a page each), its triggers, the Print button and preflight. */
export { PrintRoot } from './PrintRoot.tsx'
export type { PrintRootProps } from './PrintRoot.tsx'
export { PrintButton, printReady } from './PrintButton.tsx'
export { PrintView } from './PrintView.tsx'
export { pageRule, pageSize } from './print-css.ts'
export { handoutModes, parseHandout, printFlag, usePrintStore, type HandoutMode } from './print-options.ts'
export { imagesSettled, preflight, type PreflightIssue } from './preflight.ts'
