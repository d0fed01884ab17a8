/** Up to three items, then how many more: `a, b, c … +2`. */
export function shortList(items: readonly string[]): string {
  const shown = items.slice(0, 3).join(', ')
  return items.length > 3 ? `${shown} … +${items.length - 3}` : shown
}
