/**
 * A small deck the parse worker reads once when it starts, before any real
 * deck comes: the engine's code runs cold the first time (every function
 * compiled on its first call), which made a dropped deck's first slide wait
 * ~40–60 ms longer in a fresh worker. It uses what decks commonly use, so the
 * paths a real deck takes are warm.
 */
export const warmUpDeck = `---
marp: true
theme: default
paginate: true
headingDivider: 2
footer: Warm *up*
---

<!-- _class: lead -->
<!-- _paginate: false -->

# Title with *emphasis*, **strong** and \`code\`

Text with a [link](https://example.com) and https://example.org, ~~strike~~ :smile:
Line two.

## Lists

- item
  - nested [ref][r]
* fragment
1. first
2) second

[r]: https://example.com/r

---

![bg right:40% contain](a.png)
![w:200](b.png)

| a | b |
|:--|--:|
| $x^2$ | **1** |

\`\`\`js
const n = 1
\`\`\`

$$
\\sum_{i=1}^{n} i
$$

> quote

<div class="box">

html

</div>

<!-- A note: say **this**. -->
`
