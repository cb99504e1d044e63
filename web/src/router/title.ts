import { i18n } from '@/locales'

/** "<page> - 智协", in the current language. */
export function pageTitle(titleKey: string | undefined): string {
  const appName = i18n.global.t('common.appName')
  return titleKey ? `${i18n.global.t(titleKey)} - ${appName}` : appName
}
