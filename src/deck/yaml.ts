/**
 * YAML as Marp reads it: the failsafe schema (every scalar is a string) after
 * marp-core's "loose YAML" line rewrite.
 */
import { parseAllDocuments } from 'yaml'

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

/**
 * Parse YAML with the failsafe schema; never throws.
 *
 * Notes: what the YAML library only warns about (an unknown `!tag`), and a
 * second document, are errors here, as in js-yaml, which Marp uses.
 */
export function parseFailsafe(text: string): YamlResult {
  try {
    const documents = parseAllDocuments(text, {
      schema: 'failsafe',
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      logLevel: 'silent',
    })
    if (!Array.isArray(documents) || documents.length === 0) return { ok: true, value: null }
    const [document] = documents
    if (!document || documents.length > 1)
      return { ok: false, error: 'More than one YAML document (a `---` line inside)' }
    const problem = document.errors[0] ?? document.warnings[0]
    if (problem) return { ok: false, error: problem.message.split('\n')[0] ?? problem.message }
    const value = document.toJS({ maxAliasCount: 100 }) as YamlValue | null | undefined
    return { ok: true, value: value ?? null }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: message.split('\n')[0] ?? message }
  }
}

/** Whether a YAML value is a mapping. */
export function isMapping(value: YamlValue | null): value is { [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
