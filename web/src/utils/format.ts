import type { AppLocale } from '@/locales'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(locale: AppLocale): Intl.DateTimeFormat {
  let f = formatters.get(locale)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    })
    formatters.set(locale, f)
  }
  return f
}

/** An ISO 8601 time from the server, in the browser's time zone; empty or invalid input gives ''. */
export function formatDateTime(iso: string | null | undefined, locale: AppLocale): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatterFor(locale).format(date)
}
