/**
 * Opening the presenter view (the same app, deck and slide, with
 * `?view=presenter`) in a second window, and from it the audience window again.
 */

/** The presenter view's URL for the page at `href` (its `deck` parameter and `#N` kept). */
export function presenterViewUrl(href: string, view: 'presenter' | 'notes' = 'presenter'): string {
  const url = new URL(href)
  url.searchParams.set('view', view)
  return url.href
}

/** Open (or bring back) the presenter view window. */
export function openPresenterView(): void {
  const opened = window.open(presenterViewUrl(window.location.href), 'lectern-presenter', 'popup,width=1280,height=800')
  opened?.focus()
}

/** The audience window's URL for the presenter view at `href` (its `view` parameter taken out). */
export function audienceWindowUrl(href: string): string {
  const url = new URL(href)
  url.searchParams.delete('view')
  return url.href
}

/**
 * Open (or bring back) the audience window from the presenter view: a window
 * the presenter view opened shares its secret, so it counts as connected.
 */
export function openAudienceWindow(): void {
  window.open(audienceWindowUrl(window.location.href), 'lectern-audience')?.focus()
}
