/**
 * The app's own text in English and Simplified Chinese (slides keep their
 * own language). Every UI string lives in `en.ts` and `zh-cn.ts`, but the
 * help dialog's, in `key-help.ts` (only that lazily loaded dialog reads them).
 */
import { use } from 'react'
import { useAppState, type Language } from '../../state/index.ts'
import { en } from './en.ts'
import type { Messages } from './types.ts'

export type * from './types.ts'
export { encodingName } from './encodings.ts'

/** Languages offered in the switch, with their names in themselves. */
export const languages: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'zh-CN', name: '简体中文' },
]

/** A promise that React's `use` reads at once when it has settled (React's convention for a known value). */
type Known<T> = Promise<T> & { status?: 'fulfilled'; value?: T }

/** Load once, and mark the promise fulfilled for `use` when it is. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Known<T> | undefined
  return () => {
    if (!promise) {
      const loading: Known<T> = load().then((value) => {
        Object.assign(loading, { status: 'fulfilled', value })
        return value
      })
      promise = loading
    }
    return promise
  }
}

// English is in the page's first JavaScript; other languages load when chosen.
const catalogue: Record<Language, () => Promise<Messages>> = {
  en: once(() => Promise.resolve(en)),
  'zh-CN': once(() => import('./zh-cn.ts').then((module) => module.zhCN)),
}

/**
 * The messages of a language, loaded (English is at once; choose a language
 * with this before setting it, so the UI does not wait on it).
 */
export function messagesFor(language: Language): Promise<Messages> {
  return catalogue[language]()
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
  const language = useAppState((state) => state.language)
  return language === 'en' ? en : use(catalogue[language]())
}
