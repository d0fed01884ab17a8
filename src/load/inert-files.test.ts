import { describe, expect, it } from 'vitest'
import { inertBlob, inertFiles, inertSvg } from './inert-files.ts'

const svg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="40" height='20' viewBox="0 0 4 2" onload="alert(1)">
  <script>alert(2)</script><rect width="2" height="2" fill="red"/>
</svg>`

describe('inertBlob', () => {
  it('should keep the type of raster images, media and fonts', () => {
    expect(inertBlob('a.png', new Blob(['x'], { type: 'image/png' })).type).toBe('image/png')
    expect(inertBlob('a.mp4', new Blob(['x'], { type: 'video/mp4' })).type).toBe('video/mp4')
    expect(inertBlob('a.woff2', new Blob(['x'], { type: 'font/woff2' })).type).toBe('font/woff2')
  })

  it('should give a file without a type the type of its name, when that is inert', () => {
    expect(inertBlob('photo.JPG', new Blob(['x'])).type).toBe('image/jpeg')
    expect(inertBlob('payload', new Blob(['<script>alert(1)</script>'])).type).toBe('text/plain;charset=utf-8')
    // Whatever it claims: an image type runs nothing, even on HTML.
    expect(inertBlob('a.png', new Blob(['<script></script>'], { type: 'text/html' })).type).toBe('image/png')
  })

  it('should make anything that could run script plain text', () => {
    for (const [name, type] of [
      ['a.html', 'text/html'],
      ['a.xhtml', 'application/xhtml+xml'],
      ['a.xml', 'application/xml'],
      ['a.svg', 'image/svg+xml'],
      ['a.pdf', 'application/pdf'],
    ]) {
      expect(inertBlob(name!, new Blob(['x'], { type })).type, name).toBe('text/plain;charset=utf-8')
    }
  })
})

describe('inertSvg', () => {
  it('should draw the SVG as an image, at its size, with nothing of it but a data: URL', async () => {
    const wrapped = await (await inertSvg(new Blob([svg], { type: 'image/svg+xml' }))).text()
    expect(wrapped).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="40" height="20" viewBox="0 0 4 2">/)
    expect(wrapped).toContain('<image href="data:image/svg+xml;base64,')
    expect(wrapped).toContain('x="0" y="0" width="4" height="2"')
    expect(wrapped).not.toMatch(/script|onload|alert/)
    const data = /base64,([^"]+)"/.exec(wrapped)![1]!
    expect(atob(data)).toBe(svg)
  })

  it('should copy only size attributes that are plain numbers', async () => {
    const hostile = '<svg width="1&quot; onload=&quot;x" height="10px" viewBox="0 0 1 1)"><g/></svg>'
    const wrapped = await (await inertSvg(new Blob([hostile]))).text()
    expect(wrapped).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" height="10px"><image /)
    expect(wrapped).toContain('width="100%" height="100%"')
  })
})

describe('inertFiles', () => {
  it('should wrap SVG files and retype the others', async () => {
    const files = await inertFiles(
      new Map([
        ['images/a.svg', new Blob([svg])],
        ['images/b.png', new Blob(['x'], { type: 'image/png' })],
        ['page.html', new Blob(['<script></script>'], { type: 'text/html' })],
      ]),
    )
    expect(files.get('images/a.svg')?.type).toBe('image/svg+xml')
    expect(await files.get('images/a.svg')?.text()).toContain('<image href="data:')
    expect(files.get('images/b.png')?.type).toBe('image/png')
    expect(files.get('page.html')?.type).toBe('text/plain;charset=utf-8')
  })
})
