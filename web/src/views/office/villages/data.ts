import type { ProjectKind, ProjectStatus, VillageCadre } from '@/api/office/villages'

export const PROJECT_KINDS: { value: ProjectKind; label: string }[] = [
  { value: 'industry', label: 'villages.kind.industry' },
  { value: 'infrastructure', label: 'villages.kind.infrastructure' },
  { value: 'livelihood', label: 'villages.kind.livelihood' },
  { value: 'other', label: 'villages.kind.other' },
]
export const PROJECT_STATUSES: {
  value: ProjectStatus
  label: string
  tag: 'info' | 'primary' | 'success' | 'warning'
}[] = [
  { value: 'planned', label: 'villages.status.planned', tag: 'info' },
  { value: 'in_progress', label: 'villages.status.in_progress', tag: 'primary' },
  { value: 'completed', label: 'villages.status.completed', tag: 'success' },
  { value: 'suspended', label: 'villages.status.suspended', tag: 'warning' },
]

/**
 * Yuan as typed ("1234.5", "¥1,234.50", "8000000") → whole fen, read digit by digit so no binary fraction
 * creeps in; null when it is not an amount with at most two decimals.
 */
export function yuanToFen(text: string): number | null {
  const s = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/[,，\s]/g, '')
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s)
  if (!m) return null
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(fen) ? fen : null
}

/** Fen → "¥8,260,400.50" (zh) / "¥8,260,400.50" (en); whole yuan drop the ".00". */
export function fenToYuan(fen: number, locale: string): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
  const cents = abs % 100
  const whole = yuan.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN')
  return `${sign}¥${whole}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`
}

/** Fen → "826.04万元" for headline figures in Chinese, "¥8.26 million" in English. */
export function fenToWan(fen: number, locale: string): string {
  if (locale === 'en') return `¥${(fen / 100_000_000).toFixed(2)} million`
  return `${(fen / 1_000_000).toFixed(2)}万元`
}

/** Whole fen back to what a clerk would type: 8000000 → "80000", 12345 → "123.45". */
export function fenToInput(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents ? `${yuan}.${String(cents).padStart(2, '0')}` : String(yuan)
}

/** A stay on a day: before it started, going on, or over (the cadre is then a former one). */
export function stayState(
  c: Pick<VillageCadre, 'start_date' | 'end_date'>,
  today: string,
): 'upcoming' | 'current' | 'former' {
  if (c.start_date > today) return 'upcoming'
  return c.end_date !== '' && c.end_date < today ? 'former' : 'current'
}
