/**
 * The CSS every deck gets under its theme, as Marp adds it: the slide box,
 * the page number's place and the layers of advanced backgrounds.
 * Written for Lectern; a theme may override all but the `!important` parts.
 */

export interface ScaffoldCssOptions {
  /** Selector of the element that holds the deck's slides. */
  container: string
  /** Slide width in CSS pixels. */
  width: number
  /** Slide height in CSS pixels. */
  height: number
}

/**
 * CSS that makes each `section` under `container` a slide of the given size.
 *
 * @param options
 *   Container selector and slide size.
 * @returns
 *   CSS to put before the theme's scoped CSS.
 */
export function scaffoldCss({ container, width, height }: ScaffoldCssOptions): string {
  const slide = `${container} section`
  const layer = (kind: string) => `${slide}[data-marpit-advanced-background="${kind}"]`
  return `${slide} {
  box-sizing: border-box;
  width: ${width}px;
  height: ${height}px;
  overflow: hidden;
  position: relative;
  container-type: size;
}
${slide}::after {
  content: attr(data-marpit-pagination);
  position: absolute;
  right: 0;
  bottom: 0;
}
${slide}:not([data-marpit-pagination])::after,
${layer('background')}::after,
${layer('content')}::after,
${layer('background')}::before,
${layer('content')}::before {
  display: none !important;
}
${layer('content')} {
  background: transparent !important;
}
/* With a split background, the content layer's wrapper is narrowed (Marp: its foreignObject); the slide fills it. */
${layer('content')}[data-marpit-advanced-background-split] {
  width: 100% !important;
}
${layer('pseudo')} {
  background: transparent !important;
  pointer-events: none !important;
}
${layer('background')} {
  padding: 0 !important;
}
${layer('background')} > [data-marpit-advanced-background-container] {
  position: absolute;
  inset: 0;
  display: flex;
  flex-direction: row;
}
${layer('background')} > [data-marpit-advanced-background-container][data-marpit-advanced-background-direction="vertical"] {
  flex-direction: column;
}
${layer('background')}[data-marpit-advanced-background-split] > [data-marpit-advanced-background-container] {
  width: var(--marpit-advanced-background-split, 50%);
}
${layer('background')}[data-marpit-advanced-background-split="right"] > [data-marpit-advanced-background-container] {
  left: auto;
}
${layer('background')}[data-marpit-advanced-background-split="left"] > [data-marpit-advanced-background-container] {
  right: auto;
}
${layer('background')} > [data-marpit-advanced-background-container] > figure {
  flex: 1 1 0;
  margin: 0;
  background-position: center;
  background-repeat: no-repeat;
  background-size: cover;
  overflow: hidden;
}
${layer('background')} > [data-marpit-advanced-background-container] > figure > figcaption {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
  padding: 0;
}
`
}
