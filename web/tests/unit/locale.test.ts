import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { i18n, initialLocale, LOCALE_STORAGE_KEY, messages } from '@/locales'
import { useAppStore } from '@/stores/app'
import { roleLabel } from '@/config/permissions'

type Tree = { [key: string]: string | Tree }
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  )
}

describe('language switch', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    i18n.global.locale.value = 'zh-CN'
  })

  it('starts in Chinese', () => {
    const app = useAppStore()
    expect(app.locale).toBe('zh-CN')
    expect(i18n.global.t('menu.audit')).toBe('操作痕迹')
    expect(app.elementLocale.name).toBe('zh-cn')
  })

  it('switches UI text, Element Plus locale and <html lang>, and remembers the choice', () => {
    const app = useAppStore()
    app.setLocale('en')
    expect(i18n.global.t('menu.audit')).toBe('Audit trail')
    expect(i18n.global.t('common.errors.http', { status: 502 })).toContain('502')
    expect(app.elementLocale.name).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(initialLocale()).toBe('en')
    app.setLocale('zh-CN')
    expect(i18n.global.t('menu.audit')).toBe('操作痕迹')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
  })

  it('ignores an unknown stored language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(initialLocale()).toBe('zh-CN')
  })

  it('still switches when storage is unavailable', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota')
    })
    const app = useAppStore()
    app.setLocale('en')
    expect(app.locale).toBe('en')
  })

  it('labels roles from permissions.json in the current language', () => {
    expect(roleLabel('office_admin', 'zh-CN')).toBe('办公室管理员')
    expect(roleLabel('office_admin', 'en')).toBe('Office administrator')
  })
})

describe('locale files', () => {
  it('Chinese and English define the same keys', () => {
    const zh = keys(messages['zh-CN']).sort()
    const en = keys(messages.en).sort()
    expect(zh.length).toBeGreaterThan(50)
    expect(en).toEqual(zh)
  })

  it('no message is empty', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const walk = (tree: Tree): string[] =>
        Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : walk(v)))
      expect(walk(messages[locale]).filter((m) => m.trim() === '')).toEqual([])
    }
  })
})
