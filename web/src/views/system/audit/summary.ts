import type { AppLocale } from '@/locales'
import type { AuditSummary, AuditValue } from '@/api/audit/types'

/** How to name the parts of a summary in the UI language. */
export interface SummaryLabels {
  locale: AppLocale
  /** Label of a detail field (`user_agent` → 浏览器 / 设备); unknown fields keep their name */
  field(key: string): string
  /** Display of a scalar value of a given field (e.g. role codes → role names, booleans → 是/否) */
  value(key: string, value: string | number | boolean | null): string
}

const PUNCTUATION: Record<AppLocale, { colon: string; comma: string; semicolon: string; list: string }> = {
  'zh-CN': { colon: '：', comma: '，', semicolon: '；', list: '、' },
  en: { colon: ': ', comma: ', ', semicolon: '; ', list: ', ' },
}

function isRecord(v: AuditValue): v is { [key: string]: AuditValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * One line of text for the audit table from the details the server stored, e.g.
 * `{"before":{"state":"draft"},"after":{"state":"submitted"}}` → `修改前：状态：draft；修改后：状态：submitted`.
 */
export function formatSummary(summary: AuditSummary, labels: SummaryLabels): string {
  if (summary === null || summary === undefined) return ''
  if (typeof summary === 'string') return summary
  const p = PUNCTUATION[labels.locale]

  const value = (key: string, v: AuditValue): string => {
    if (Array.isArray(v)) return v.map((item) => value(key, item)).join(p.list)
    if (isRecord(v)) return fields(v, p.comma)
    return labels.value(key, v)
  }
  const fields = (record: { [key: string]: AuditValue }, separator: string): string =>
    Object.entries(record)
      .filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0))
      .map(([key, v]) => `${labels.field(key)}${p.colon}${value(key, v)}`)
      .join(separator)

  return fields(summary, p.semicolon)
}
