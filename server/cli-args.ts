/** The `lectern` command's arguments: three commands, each with its options. */
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { defaultHost } from './network.ts'
import { CliError } from './network.ts'

/** Default ports of the app server and of a relay alone. */
export const defaultPort = 4800
export const defaultRelayPort = 4801

export const usage = `Usage: lectern [deck.md | folder] [options]   present a deck (default: this folder)
       lectern pdf deck.md [-o out.pdf] [--notes] [--theme NAME] [--compact]
       lectern relay [--port N] [--host H] [--origin URL]...

Options:
  -p, --port N       port to listen on (default ${defaultPort}; relay ${defaultRelayPort}; 0 picks a free one)
      --host H       address to listen on (default ${defaultHost}: this machine only;
                     0.0.0.0 lets a phone and the audience on your network in)
      --no-open      do not open the browser
      --origin URL   accept relay connections from pages of this origin too
                     (repeatable; a relay alone accepts any origin unless given)
  -o, --output F     pdf: where to write it (default: the deck's name with .pdf)
      --notes        pdf: each slide with its notes below
      --theme NAME   pdf: this theme instead of the deck's
      --compact      pdf: a smaller file, a little slower
      --steps        pdf: a page per fragment step (3.0, 3.1 …), one bookmark a slide
  -h, --help         this help
  -v, --version      Lectern's version

Environment: REDIS_URL=redis://host:6379 shares relay sessions between processes.`

/** What to do. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'serve'; target: string | undefined; port: number; host: string; open: boolean; origins: string[] }
  | { kind: 'relay'; port: number; host: string; origins: string[] }
  | { kind: 'pdf'; deck: string; output?: string; notes: boolean; steps: boolean; theme?: string; compact: boolean }

const common = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const
const listening = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  origin: { type: 'string', multiple: true },
} as const

/** Parse with Node's parser; its errors reworded to one line. */
function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    // Node names the option in quotes: '--port', or '-p, --port <value>'.
    const option = /--[\w-]+/.exec(message)?.[0] ?? /'(-[^\s',]+)/.exec(message)?.[1] ?? 'an option'
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(`unknown option ${option} (see lectern --help)`, 2)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliError(/does not take/.test(message) ? `${option} takes no value` : `${option} needs a value`, 2)
    throw new CliError(message.split('\n')[0]!, 2)
  }
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!/^\d+$/.test(value) || number > 65535)
    throw new CliError(`--port takes a number from 0 to 65535, not ${value}`, 2)
  return number
}

function origins(values: string[] | undefined): string[] {
  return (values ?? []).map((value) => {
    if (value === '*') return value
    try {
      const url = new URL(value)
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin
    } catch {
      // worded below
    }
    throw new CliError(`--origin takes an http(s) address such as https://example.org, not ${value}`, 2)
  })
}

/** Read the command line (without `node` and the script). */
export function readCommand(args: string[]): Command {
  const [first, ...rest] = args
  if (first === 'pdf') {
    const { values, positionals } = parse(rest, {
      ...common,
      output: { type: 'string', short: 'o' },
      notes: { type: 'boolean' },
      steps: { type: 'boolean' },
      theme: { type: 'string' },
      compact: { type: 'boolean' },
    })
    if (values.help) return { kind: 'help' }
    if (values.version) return { kind: 'version' }
    if (positionals.length !== 1) throw new CliError('lectern pdf takes one deck: lectern pdf deck.md', 2)
    return {
      kind: 'pdf',
      deck: positionals[0]!,
      notes: Boolean(values.notes),
      steps: Boolean(values.steps),
      compact: Boolean(values.compact),
      ...(values.output ? { output: values.output } : {}),
      ...(values.theme ? { theme: values.theme } : {}),
    }
  }
  if (first === 'relay') {
    const { values, positionals } = parse(rest, { ...common, ...listening })
    if (values.help) return { kind: 'help' }
    if (values.version) return { kind: 'version' }
    if (positionals.length) throw new CliError(`lectern relay takes no deck (${positionals[0]})`, 2)
    return {
      kind: 'relay',
      port: port(values.port, defaultRelayPort),
      host: values.host ?? defaultHost,
      origins: origins(values.origin),
    }
  }
  const { values, positionals } = parse(args, { ...common, ...listening, 'no-open': { type: 'boolean' } })
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (positionals.length > 1) throw new CliError('one deck or folder at a time', 2)
  return {
    kind: 'serve',
    target: positionals[0],
    port: port(values.port, defaultPort),
    host: values.host ?? defaultHost,
    open: !values['no-open'],
    origins: origins(values.origin),
  }
}
