/**
 * The app's own text in English and Simplified Chinese (slides keep their
 * own language). Every UI string lives in `en.ts` and `zh-cn.ts`.
 */
import { useAppState, type Language } from '../../state/index.ts'
import { en } from './en.ts'
import type { Messages } from './types.ts'
import { zhCN } from './zh-cn.ts'

export type * from './types.ts'
export { encodingName } from './encodings.ts'

/** Languages offered in the switch, with their names in themselves. */
export const languages: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
]

const catalogue: Record<Language, Messages> = { en, 'zh-CN': zhCN }

/** The messages of a language. */
export function messagesFor(language: Language): Messages {
  return catalogue[language]
}

/**
 * The UI language for the browser's preferred languages: Simplified Chinese
 * for any `zh` tag except Traditional ones we have no text for, else English.
 *
 * @param preferred
 *   `navigator.languages` (or `[navigator.language]`), most preferred first.
 */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
    if (lower === 'zh' || lower.startsWith('zh-')) {
      if (/^zh-(hant|tw|hk|mo)/.test(lower)) continue
      return 'zh-CN'
    }
  }
  return 'en'
}

/** The UI text in the chosen language. */
export function useMessages(): Messages {
  return messagesFor(useAppState((state) => state.language))
}
