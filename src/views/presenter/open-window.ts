/** Opening the presenter view: the same app, deck and slide, with `?view=presenter`, in a second window. */

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
