/** Names of text encodings for people. */
const encodingNames: Record<string, string> = {
  gb18030: 'GBK (GB 18030)',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
}
/** The name of an encoding for people. */
export function encodingName(encoding: string): string {
  return encodingNames[encoding] ?? encoding
}
