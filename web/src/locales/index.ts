import { createI18n } from 'vue-i18n'
import type { Language } from 'element-plus/es/locale'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'
export const LOCALE_STORAGE_KEY = 'zhixie.locale'

/** Each language is one folder of `<domain>.json` files; the file name becomes the top-level key. */
type MessageTree = { [key: string]: string | MessageTree }
const files = import.meta.glob<MessageTree>('./*/*.json', { eager: true, import: 'default' })

function collectMessages(): Record<AppLocale, MessageTree> {
  const messages: Record<AppLocale, MessageTree> = { 'zh-CN': {}, en: {} }
  for (const [path, tree] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, locale, domain] = match
    if (isAppLocale(locale) && domain) messages[locale][domain] = tree
  }
  return messages
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

export const messages = collectMessages()

export const elementLocales: Record<AppLocale, Language> = { 'zh-CN': zhCn, en }

/** The language to start in: the one the user chose before, else Chinese. */
export function initialLocale(): AppLocale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    if (isAppLocale(saved)) return saved
  } catch {
    // storage can be unavailable (private mode); fall back to the default
  }
  return DEFAULT_LOCALE
}

export const i18n = createI18n({
  legacy: false,
  globalInjection: true,
  locale: initialLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages,
  missingWarn: false,
  fallbackWarn: false,
})

/** Shorthand for code outside components (stores, router, hooks). */
export const t = i18n.global.t
