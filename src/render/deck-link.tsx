/**
 * Links in slides: `#3`, `#slug` and `#heading text` move within the deck;
 * anything else opens in a new tab, never in the presenter's own tab.
 */
import { use, type ComponentProps, type MouseEvent } from 'react'
import { resolveLink } from '../deck/links.ts'
import { SlideContext } from './slide-context.ts'

/**
 * An `a` element from slide content (its `href` already cleaned).
 *
 * @param props
 *   The element's props.
 */
export function DeckLink({ href, children, ...props }: ComponentProps<'a'>) {
  const { deck, onNavigate } = use(SlideContext)
  if (typeof href !== 'string') return <a {...props}>{children}</a>
  if (href.startsWith('#')) {
    // The app owns the URL: an in-deck link must not change the hash itself.
    const follow = (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault()
      const index = deck ? resolveLink(deck, href) : null
      if (index !== null) onNavigate?.(index)
    }
    return (
      <a {...props} href={href} onClick={follow}>
        {children}
      </a>
    )
  }
  return (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
