import { describe, expect, it } from 'vitest'
import { cssUrls } from './background-image-status.ts'

describe('cssUrls', () => {
  it('should find quoted and bare URLs in a background-image value', () => {
    expect(cssUrls(`url('https://a.test/x.svg'), url("b.png"), url(c.jpg)`)).toEqual([
      'https://a.test/x.svg',
      'b.png',
      'c.jpg',
    ])
  })

  it('should find none in a gradient', () => {
    expect(cssUrls('linear-gradient(red, blue)')).toEqual([])
  })
})
