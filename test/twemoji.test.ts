import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { Marp } from '@marp-team/marp-core'
import { describe, expect, test } from 'vitest'
import { isUnneededTwemoji, neededTwemoji } from '../scripts/vite-twemoji.ts'
import { findTwemoji } from '../src/render/twemoji.ts'

/** Marp's Twemoji images in some HTML: alt text and file name (without `.svg`), in order. */
function marpTwemoji(html: string): string[] {
  return [...html.matchAll(/<img class="emoji" draggable="false" alt="([^"]*)" src="[^"]*\/([^/"]+)\.svg"/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  )
}

const ours = (text: string) => findTwemoji(text).map((match) => `${match.text} ${match.codePoints}`)

describe('which emoji become Twemoji (Marp as the oracle)', () => {
  test('should find what marp-core converts, character by character, plain, with U+FE0F and with U+FE0E', () => {
    const samples: string[] = []
    for (const [from, to] of [
      [0xa0, 0xff],
      [0x2000, 0x3300],
      [0x1f000, 0x1faff],
    ] as const) {
      for (let code = from; code <= to; code++) {
        const character = String.fromCodePoint(code)
        if (/\p{Emoji}/u.test(character)) samples.push(character, `${character}\uFE0F`, `${character}\uFE0E`)
      }
    }
    for (const key of '#*0123456789') samples.push(`${key}\uFE0F\u20E3`, `${key}\u20E3`)
    // ZWJ sequences, skin tones, flags (regional and tag sequences), hair, direction; some newer than Twemoji 15.
    samples.push(
      ...['👨‍👩‍👧', '👍🏽', '🇯🇵', '🇺🇳', '🏳️‍🌈', '🏴‍☠️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🧑🏾‍💻', '👩‍❤️‍👨', '❤️‍🔥', '🐦‍🔥', '🙂‍↔️', '🫩'],
      ...['👁️‍🗨️', '🧔‍♂️', '🏃‍➡️', '©️ and © ® ™ ⚜ ☺ ❤ ❤️ ↔ ▶ ✔ ✅', '😀😀😀', 'a😀b'],
    )
    // One paragraph per sample, after a letter, so no sample is read as Markdown syntax.
    const { html } = new Marp({ html: false }).render(samples.map((sample) => `x ${sample}`).join('\n\n'))
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => marpTwemoji(match[1] ?? ''))
    expect(paragraphs).toHaveLength(samples.length)
    expect(paragraphs.flat().length).toBeGreaterThan(1500)
    const differences = samples.flatMap((sample, index) => {
      const expected = paragraphs[index]
      return isDeepStrictEqual(ours(sample), expected) ? [] : [{ sample, marp: expected, ours: ours(sample) }]
    })
    expect(differences).toEqual([])
  }, 30_000) // marp-core renders the 4,000 samples in about 2 s alone, far longer on a busy machine

  test('should name each emoji by a file of the Twemoji package, and reach nearly all of them', () => {
    const folder = join(dirname(createRequire(import.meta.url).resolve('@discordapp/twemoji/package.json')), 'dist/svg')
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.svg'))
      .map((name) => name.slice(0, -4))
    expect(names.length).toBeGreaterThan(3500)
    const produced = new Set<string>()
    const reached = names.filter((name) => {
      const text = String.fromCodePoint(...name.split('-').map((hex) => parseInt(hex, 16)))
      // Text-presentation characters (©, ⚜, keycaps…) are pictures with U+FE0F after their first character.
      const written = [text, text.replace(/^./u, (first) => `${first}\uFE0F`)]
      const found = written.map((variant) => findTwemoji(variant).map((match) => match.codePoints))
      for (const files of found) for (const file of files) produced.add(file)
      return found.some((files) => files.length === 1 && files[0] === name)
    })
    expect([...produced].filter((file) => !names.includes(file))).toEqual([])
    // Not reached, as in Marp (same parser): lone flag letters, Twemoji's own extras, and a few text-form bases
    // with a skin tone (✌🏻: the tone alone is drawn) whose sequences Twemoji's parser does not list.
    expect(reached.length / names.length).toBeGreaterThan(0.96)
  })
})

describe('the Twemoji files the offline app keeps', () => {
  test('should keep every emoji Marp draws in the seed deck, and no other file', () => {
    const seed = readFileSync(new URL('../decks/seed-bert.md', import.meta.url), 'utf8')
    const drawn = new Set(marpTwemoji(new Marp({ html: true }).render(seed).html).map((image) => image.split(' ')[1]))
    expect(drawn.size).toBeGreaterThan(5)
    const needed = neededTwemoji([seed])
    expect(needed).toEqual(drawn)
    for (const file of drawn) expect(isUnneededTwemoji(`twemoji/${file}.svg`, needed)).toBe(false)
    expect(isUnneededTwemoji('twemoji/1f600.svg', needed)).toBe(true)
    expect(isUnneededTwemoji('assets/index-Ab12.js', needed)).toBe(false)
  })
})
