import { describe, expect, it } from 'vitest'
import { readThemeMeta, toPixels } from './theme-meta.ts'

describe('readThemeMeta', () => {
  it('should read @theme, repeated @size and @auto-scaling', () => {
    const meta = readThemeMeta(`/*!
 * @theme mine
 * @size 16:9 1280px 720px
 * @size 4:3 960px 720px
 * @size A4 297mm 210mm
 * @auto-scaling true
 */`)
    expect(meta.name).toBe('mine')
    expect(meta.sizes).toEqual({ '16:9': [1280, 720], '4:3': [960, 720], A4: [1122.52, 793.701] })
    expect(meta.autoScaling).toBe(true)
    expect(meta.width).toBeUndefined()
  })

  it('should list the themes it imports, in order', () => {
    const meta = readThemeMeta(
      `/* @theme child */\n@import 'default';\n@import-theme "gaia";\n@import url(x.css);\nsection { color: red }`,
    )
    expect(meta.imports).toEqual(['default', 'gaia'])
  })

  it('should read metadata from one-line comments anywhere', () => {
    const meta = readThemeMeta('section { color: red } /* @theme late */ /*! @auto-scaling fittingHeader,math */')
    expect(meta.name).toBe('late')
    expect(meta.autoScaling).toEqual(['fittingHeader', 'math'])
  })

  it('should record @size NAME false as a removal', () => {
    const meta = readThemeMeta('/* @theme x */\n/* @size 4:3 false */')
    expect(meta.sizes).toEqual({})
    expect(meta.removedSizes).toEqual(['4:3'])
  })

  it('should ignore malformed sizes', () => {
    const meta = readThemeMeta('/* @size wide 100% 720px */ /* @size tall 720px */')
    expect(meta.sizes).toEqual({})
  })

  it('should have no name without @theme', () => {
    expect(readThemeMeta('section { color: red }').name).toBeUndefined()
  })

  it('should read the slide size from a top-level section rule', () => {
    const meta = readThemeMeta('section { width: 960px; height: 7.5in }')
    expect([meta.width, meta.height]).toEqual([960, 720])
  })

  it('should let :root win over section', () => {
    const meta = readThemeMeta(':root { width: 1600px } section { width: 1280px; height: 720px }')
    expect([meta.width, meta.height]).toEqual([1600, 720])
  })

  it('should ignore relative units and nested rules', () => {
    const meta = readThemeMeta(
      'section { width: 100%; height: 50vh } @media print { section { width: 10px } } section.x { width: 20px }',
    )
    expect([meta.width, meta.height]).toEqual([undefined, undefined])
  })

  it('should not throw on invalid CSS', () => {
    expect(readThemeMeta('/* @theme broken */ section { width: 800px; height: 600px').width).toBe(800)
  })
})

describe('toPixels', () => {
  it('should convert absolute units to CSS pixels', () => {
    expect(toPixels('1in')).toBe(96)
    expect(toPixels('2.54cm')).toBe(96)
    expect(toPixels('25.4mm')).toBe(96)
    expect(toPixels('101.6Q')).toBe(96)
    expect(toPixels('72pt')).toBe(96)
    expect(toPixels('6pc')).toBe(96)
    expect(toPixels('1280px')).toBe(1280)
  })

  it('should refuse relative units, bare numbers and non-positive sizes', () => {
    expect(toPixels('10em')).toBeUndefined()
    expect(toPixels('100')).toBeUndefined()
    expect(toPixels('0px')).toBeUndefined()
    expect(toPixels('calc(1px + 2px)')).toBeUndefined()
  })
})
