import { describe, expect, test } from 'vitest'
import { bodyHtml } from './test-helpers.ts'

describe('sanitizeSchema: kept', () => {
  test.each([
    ['div with class', '<div class=ldiv>x</div>', '<div class="ldiv">x</div>'],
    ['span', 'a <span>b</span>', '<span>b</span>'],
    ['br', 'a<br>b', '<br/>'],
    ['p', '<p align=center>x</p>', '<p align="center">x</p>'],
    ['lists', '<ul><li>a</li></ul><ol start=3><li>b</li></ol>', '<ol start="3"><li>b</li></ol>'],
    ['tables', '<table><tr><td colspan=2 rowspan=3>c</td></tr></table>', 'colSpan="2" rowSpan="3"'],
    [
      'details and summary',
      '<details open><summary>s</summary>d</details>',
      '<details open=""><summary>s</summary>d</details>',
    ],
    [
      'figure and figcaption',
      '<figure><figcaption>c</figcaption></figure>',
      '<figure><figcaption>c</figcaption></figure>',
    ],
    [
      'sup, sub, mark, kbd',
      '<sup>1</sup><sub>2</sub><mark>3</mark><kbd>4</kbd>',
      '<sup>1</sup><sub>2</sub><mark>3</mark><kbd>4</kbd>',
    ],
    ['ruby', '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>', '<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>'],
    [
      'video and source',
      '<video controls width=320><source src="v.mp4" type="video/mp4"></video>',
      '<video controls="" width="320"><source src="v.mp4" type="video/mp4"/></video>',
    ],
    ['audio', '<audio src="a.mp3" controls></audio>', '<audio src="a.mp3" controls=""></audio>'],
    ['raw headings', '<h3>t</h3>', '<h3>t</h3>'],
    ['code and pre', '<pre><code class="language-js">x</code></pre>', '<pre><code class="language-js">x</code></pre>'],
    [
      'id, title, lang, dir',
      '<span id=a title=t lang=fr dir=rtl>x</span>',
      '<span id="a" title="t" lang="fr" dir="rtl">x</span>',
    ],
    ['style (cleaned)', '<span style="color: red">x</span>', '<span style="color:red">x</span>'],
    [
      'img alt, src, width, height',
      '<img src="a.png" alt="A" width=10 height=20>',
      '<img src="a.png" alt="A" width="10" height="20"/>',
    ],
    ['http links', '<a href="https://x.org/">x</a>', 'href="https://x.org/"'],
    ['mailto links', '<a href="mailto:a@b.c">x</a>', 'href="mailto:a@b.c"'],
    ['relative links', '<a href="other/page.html">x</a>', 'href="other/page.html"'],
    ['#links', '<a href="#3">x</a>', '<a href="#3">x</a>'],
    ['data:image images', '<img src="data:image/png;base64,AAAA">', 'src="data:image/png;base64,AAAA"'],
    ['relative images', '<img src="pics/a.png">', 'src="pics/a.png"'],
  ])('should keep %s', (_, markdown, expected) => {
    expect(bodyHtml(markdown)).toContain(expected)
  })

  test('should keep the marks the engine puts on fragments and fit headings', () => {
    const html = bodyHtml('# <!-- fit --> Title\n\n* a\n* b')
    expect(html).toContain('<h1 data-fit="">')
    expect(html).toContain('<li data-marpit-fragment="1"')
    expect(html).toContain('<li data-marpit-fragment="2"')
  })

  test('should keep the image style the engine makes of w:, h: and filters', () => {
    expect(bodyHtml('![w:200 h:100 sepia](a.png)')).toContain('style="width:200px;height:100px;filter:sepia(1)"')
  })
})

describe('sanitizeSchema: removed', () => {
  test.each([
    ['on* attributes', '<div onclick="alert(1)" onmouseover="alert(1)">x</div>', /on(click|mouseover)/],
    ['on* on images', '<img src=x.png onerror="alert(1)">', /onerror/],
    ['javascript: links', '<a href="javascript:alert(1)">x</a>', /javascript/i],
    ['javascript: in mixed case and with whitespace', '<a href=" JaVa&#x09;ScRiPt:alert(1)">x</a>', /href/],
    ['vbscript: links', '<a href="vbscript:msgbox(1)">x</a>', /href/],
    ['data:text/html links', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /href/],
    ['data:text/html images', '<img src="data:text/html,x">', /src=/],
    ['javascript: images', '<img src="javascript:alert(1)">', /src=/],
    ['data: video', '<video src="data:video/mp4,x"></video>', /src=/],
    ['script', '<script>alert(1)</script>', /<script/],
    ['inline style elements', 'a <style>body{display:none}</style> b', /<style/],
    ['iframe', '<iframe src="https://x.org"></iframe>', /<iframe/],
    ['object and embed', '<object data="x.swf"></object><embed src="x.swf">', /<object|<embed/],
    ['form and inputs', '<form action="https://x.org"><input name=a><button>b</button></form>', /<form|<input|<button/],
    ['base', '<base href="https://evil.example/">', /<base/],
    ['meta', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta/],
    ['link', '<link rel="stylesheet" href="https://evil.example/x.css">', /<link/],
    ['svg', '<svg onload="alert(1)"><circle r=5 /></svg>', /<svg|<circle|onload/],
    ['data-* attributes from decks', '<div data-x="1" data-bespoke="y">x</div>', /data-x|data-bespoke/],
    ['name attributes (DOM clobbering of document)', '<img name="cookie" src="a.png">', /name=/],
    [
      'dangerous CSS in style',
      '<span style="position:fixed;top:0;background:url(javascript:alert(1));width:expression(alert(1))">x</span>',
      /fixed|javascript|expression/,
    ],
    ['comments', '<div><!-- secret --></div>', /secret/],
  ])('should remove %s', (_, markdown, unexpected) => {
    expect(bodyHtml(markdown)).not.toMatch(unexpected)
  })

  test('should keep the text of elements it unwraps, as Marp shows them as text', () => {
    const html = bodyHtml(
      '<script>window.__xss = 1</script> MARK-1 <iframe>MARK-2</iframe> <svg><text>MARK-3</text></svg>',
    )
    expect(html).toContain('MARK-1')
    expect(html).toContain('MARK-2')
    expect(html).toContain('MARK-3')
    expect(html).not.toMatch(/<script|<iframe|<svg|<text/)
  })

  test('should keep only the safe declarations of a style', () => {
    expect(bodyHtml('<div style="color: red; position: fixed; z-index: 3">x</div>')).toContain(
      '<div style="color:red;z-index:3">x</div>',
    )
  })
})
