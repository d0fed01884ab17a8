import { describe, expect, test } from 'vitest'
import { cleanUrl } from './urls.ts'

describe('cleanUrl', () => {
  test.each([
    ['https://example.com/a?b#c', 'link'],
    ['http://example.com/', 'link'],
    ['mailto:someone@example.com', 'link'],
    ['#3', 'link'],
    ['#📜%20引言', 'link'],
    ['other.html', 'link'],
    ['/abs/path', 'link'],
    ['?query=1', 'link'],
    ['https://example.com/a.png', 'image'],
    ['pics/a.png', 'image'],
    ['data:image/png;base64,AAAA', 'image'],
    ['data:image/svg+xml;utf8,<svg/>', 'image'],
    ['DATA:IMAGE/JPEG;base64,AAAA', 'image'],
    ['https://example.com/v.mp4', 'media'],
  ] as const)('should keep %s as a %s URL', (url, kind) => {
    expect(cleanUrl(url, kind)).toBe(url)
  })

  test.each([
    ['javascript:alert(1)', 'link'],
    ['JavaScript:alert(1)', 'link'],
    ['  javascript:alert(1)', 'link'],
    ['java\tscript:alert(1)', 'link'],
    ['java\nscript:alert(1)', 'link'],
    ['\u0001javascript:alert(1)', 'link'],
    ['vbscript:msgbox(1)', 'link'],
    ['data:text/html,<script>alert(1)</script>', 'link'],
    ['data:image/png;base64,AAAA', 'link'],
    ['file:///etc/passwd', 'link'],
    ['javascript:alert(1)', 'image'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'image'],
    ['data:image/png;base64,AAAA', 'media'],
    ['data:video/mp4;base64,AAAA', 'media'],
    ['blob:https://example.com/uuid', 'image'],
  ] as const)('should refuse %j as a %s URL', (url, kind) => {
    expect(cleanUrl(url, kind)).toBeNull()
  })

  test('should trim what browsers trim', () => {
    expect(cleanUrl('  https://example.com/  ', 'link')).toBe('https://example.com/')
  })
})
