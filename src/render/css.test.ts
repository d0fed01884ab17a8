import { describe, expect, test } from 'vitest'
import { cleanCssValue, cleanStyle, cssUrl } from './css.ts'

describe('cleanCssValue', () => {
  test('should keep only the value before a smuggled declaration (Marp: `red; position: fixed` → `red`)', () => {
    expect(cleanCssValue('background-color', 'red; position: fixed')).toBe('red')
  })

  test.each([
    ['background-color', '#fff'],
    ['background-image', "url('https://marp.app/assets/hero-background.svg')"],
    ['background-image', 'linear-gradient(to right, #fff 0%, rgb(0 0 0 / 50%) 100%)'],
    ['background-size', '300px auto'],
    ['color', 'var(--accent, red)'],
    ['--header', '**Head** [two](#2)'],
    ['content', '"a;b"'],
  ])('should keep %s: %s', (property, value) => {
    expect(cleanCssValue(property, value)).toBe(value)
  })

  test.each([
    ['background-image', 'url(javascript:alert(1))'],
    ['background-image', 'url("jav\\61script:alert(1)")'],
    ['background-image', 'url(data:text/html,x)'],
    ['background-image', 'image-set("javascript:alert(1)" 1x)'],
    ['width', 'expression(alert(1))'],
    ['-moz-binding', 'url(https://x/x.xml#xss)'],
    ['behavior', 'url(x.htc)'],
    ['position', 'fixed'],
    ['color', 'red }'],
    ['color', 'rgb(0 0 0'],
    ['color', '"unclosed'],
    ['color', ''],
    ['bad name', 'red'],
  ])('should refuse %s: %s', (property, value) => {
    expect(cleanCssValue(property, value)).toBeNull()
  })

  test('should drop !important (inline styles cannot carry it in React)', () => {
    expect(cleanCssValue('color', 'red !important')).toBe('red')
  })
})

describe('cleanStyle', () => {
  test('should keep safe declarations in order and drop the rest', () => {
    expect(cleanStyle('color: red; position: fixed; top: 0; background: url(javascript:x); width: 10px')).toBe(
      'color:red;top:0;width:10px',
    )
  })

  test('should not split inside strings or brackets', () => {
    expect(cleanStyle('background: url("a;b.png"); content: "x:y"')).toBe('background:url("a;b.png");content:"x:y"')
  })

  test('should keep the last of duplicate declarations, as CSS does', () => {
    expect(cleanStyle('color: red; color: blue')).toBe('color:blue')
  })
})

describe('cssUrl', () => {
  test('should quote and escape an allowed URL', () => {
    expect(cssUrl('a "b".png')).toBe('url("a \\"b\\".png")')
  })

  test('should refuse a script URL', () => {
    expect(cssUrl('javascript:alert(1)')).toBeNull()
  })
})
