import { describe, expect, test } from 'vitest'
import { detectLanguage, messagesFor } from './index.ts'
import { keyHelp } from './key-help.ts'

describe('detectLanguage', () => {
  test('should pick Simplified Chinese for zh tags', () => {
    expect(detectLanguage(['zh-CN'])).toBe('zh-CN')
    expect(detectLanguage(['zh'])).toBe('zh-CN')
    expect(detectLanguage(['zh-Hans-SG', 'en'])).toBe('zh-CN')
  })

  test('should take the first language we have, in order of preference', () => {
    expect(detectLanguage(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN')
    expect(detectLanguage(['en-GB', 'zh-CN'])).toBe('en')
  })

  test('should not take Traditional Chinese for Simplified', () => {
    expect(detectLanguage(['zh-TW'])).toBe('en')
    expect(detectLanguage(['zh-Hant', 'zh-CN'])).toBe('zh-CN')
  })

  test('should fall back to English', () => {
    expect(detectLanguage([])).toBe('en')
    expect(detectLanguage(['de'])).toBe('en')
  })
})

describe('messages', () => {
  test('should label slides with and without a title', async () => {
    expect((await messagesFor('en')).slideLabel(3, 12, '引言')).toBe('Slide 3 of 12: 引言')
    expect((await messagesFor('en')).slideLabel(2, 5, null)).toBe('Slide 2 of 5')
    expect((await messagesFor('zh-CN')).slideLabel(3, 12, '引言')).toBe('第 3 张，共 12 张：引言')
  })

  test('should have the same help entries in every language', async () => {
    expect(Object.keys(keyHelp['zh-CN'].descriptions)).toEqual(Object.keys(keyHelp.en.descriptions))
  })
})
