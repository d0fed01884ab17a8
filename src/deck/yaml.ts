/**
 * YAML as Marp reads it: the failsafe schema (every scalar is a string) after
 * marp-core's "loose YAML" line rewrite (marp-compat §4.4).
 */
import { parse, YAMLParseError } from 'yaml'

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue }

export type YamlResult = { ok: true; value: YamlValue | null } | { ok: false; error: string }

const looseLine = /^(["']?)(_?)([A-Za-z][\w-]*)\1[ \t]*:(.*)$/
const notLoosened = /^[[\]"'{|>~&*]/

/**
 * Quote the values of `key: value` lines whose key is in `looseKeys`, so that
 * `#fff`, `foo # bar` and `Hello: world` stay strings (marp-core's rule).
 *
 * Notes: the key must start the line; a `_` prefix is allowed; values that
 * start like YAML structure (`[ " ' { | > ~ & *`) are left alone. The quoted
 * form is a double-quoted scalar, so `\ ` turns into a space and an invalid
 * escape such as `\*` makes the whole text invalid, as in Marp.
 */
export function loosenYaml(text: string, looseKeys: ReadonlySet<string>): string {
  if (!text.includes(':')) return text
  return text
    .split('\n')
    .map((line) => {
      const match = looseLine.exec(line)
      if (!match || !looseKeys.has(match[3] ?? '')) return line
      const value = (match[4] ?? '').trim()
      if (!value || notLoosened.test(value)) return line
      const key = line.slice(0, line.length - (match[4] ?? '').length)
      return `${key} "${value.replaceAll('"', '\\"')}"`
    })
    .join('\n')
}

/** Parse YAML with the failsafe schema; never throws. */
export function parseFailsafe(text: string): YamlResult {
  try {
    const value = parse(text, {
      schema: 'failsafe',
      uniqueKeys: true,
      maxAliasCount: 100,
      prettyErrors: false,
      strict: true,
    }) as YamlValue | null | undefined
    return { ok: true, value: value ?? null }
  } catch (error) {
    const message = error instanceof YAMLParseError || error instanceof Error ? error.message : String(error)
    return { ok: false, error: message.split('\n')[0] ?? message }
  }
}

/** Whether a YAML value is a mapping. */
export function isMapping(value: YamlValue | null): value is { [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
