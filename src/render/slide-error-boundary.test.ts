import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { SlideErrorBoundary } from './slide-error-boundary.tsx'

describe('SlideErrorBoundary', () => {
  test('should show its slide when nothing failed', () => {
    const html = renderToStaticMarkup(createElement(SlideErrorBoundary, { slideId: '3', resetKey: 1 }, 'content'))
    expect(html).toBe('content')
  })

  test('should show an error box with the slide id and the message when the slide failed', () => {
    const boundary = new SlideErrorBoundary({ slideId: '3', resetKey: 1 })
    boundary.state = {
      error: new Error('Unexpected boom'),
      resetKey: 1,
      ...SlideErrorBoundary.getDerivedStateFromError(new Error('Unexpected boom')),
    }
    const html = renderToStaticMarkup(createElement('div', null, boundary.render()))
    expect(html).toContain('<section id="3" data-lectern-render-error="" role="alert">')
    expect(html).toContain('Slide 3 could not be shown.')
    expect(html).toContain('Unexpected boom')
  })

  test('should try again when given another slide', () => {
    const state = { error: new Error('x'), resetKey: 1 }
    expect(SlideErrorBoundary.getDerivedStateFromProps({ slideId: '3', resetKey: 1 }, state)).toBeNull()
    expect(SlideErrorBoundary.getDerivedStateFromProps({ slideId: '4', resetKey: 2 }, state)).toEqual({
      error: null,
      resetKey: 2,
    })
  })
})
