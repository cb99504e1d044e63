import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Language } from 'element-plus/es/locale'
import { elementLocales, i18n, initialLocale, LOCALE_STORAGE_KEY, type AppLocale } from '@/locales'

/** Phones and narrow tablets: the sidebar becomes a drawer. */
export const MOBILE_QUERY = '(max-width: 768px)'

function applyDocumentLocale(locale: AppLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}

/** UI state shared by the whole shell: language and sidebar. */
export const useAppStore = defineStore('app', () => {
  const locale = ref<AppLocale>(initialLocale())
  const sidebarCollapsed = ref(false)
  const isMobile = ref(false)
  const drawerOpen = ref(false)

  const elementLocale = computed<Language>(() => elementLocales[locale.value])

  function setLocale(next: AppLocale): void {
    locale.value = next
    i18n.global.locale.value = next
    applyDocumentLocale(next)
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next)
    } catch {
      // the choice then lasts for this visit only
    }
  }

  function toggleSidebar(): void {
    if (isMobile.value) drawerOpen.value = !drawerOpen.value
    else sidebarCollapsed.value = !sidebarCollapsed.value
  }

  function setMobile(mobile: boolean): void {
    isMobile.value = mobile
    if (!mobile) drawerOpen.value = false
  }

  /** Follows the viewport width; returns a function that stops following. */
  function watchViewport(): () => void {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {}
    const query = window.matchMedia(MOBILE_QUERY)
    setMobile(query.matches)
    const listener = (event: MediaQueryListEvent) => setMobile(event.matches)
    query.addEventListener('change', listener)
    return () => query.removeEventListener('change', listener)
  }

  applyDocumentLocale(locale.value)
  i18n.global.locale.value = locale.value

  return {
    locale,
    sidebarCollapsed,
    isMobile,
    drawerOpen,
    elementLocale,
    setLocale,
    toggleSidebar,
    setMobile,
    watchViewport,
  }
})
