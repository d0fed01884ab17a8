/**
 * The relay's side of the app: the protocol (message schemas and types),
 * session links, the state tracker, and what a `lectern` server tells its
 * pages (meta element, live-reload events). See docs/remote.md.
 */
export * from './protocol.ts'
export * from './links.ts'
export * from './state-tracker.ts'
export * from './server-info.ts'
export * from './server-events.ts'
