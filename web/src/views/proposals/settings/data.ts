import type { ProposalSettings, ProposalSettingsInput } from '@/api/proposals/types'

/** The editable settings as the form holds them. */
export interface SettingsForm {
  plenary_start: string
  plenary_end: string
  sessions: { session: number | null; start: string; end: string }[]
  objection_days: number | null
  handling_days: number | null
  max_handling_days: number | null
  reply_classes: 3 | 4
  categories: string[]
  reject_grounds: string[]
}

export const SETTINGS_FIELDS = [
  'plenary_start',
  'plenary_end',
  'sessions',
  'objection_days',
  'handling_days',
  'max_handling_days',
  'reply_classes',
  'categories',
  'reject_grounds',
] as const

/** The longest each window may be, in days (as the server checks). */
export const DAY_LIMITS = { objection_days: 60, handling_days: 365, max_handling_days: 365 } as const

export function settingsForm(s: ProposalSettings): SettingsForm {
  return {
    plenary_start: s.plenary_start,
    plenary_end: s.plenary_end,
    sessions: s.sessions.map((x) => ({ ...x })),
    objection_days: s.objection_days,
    handling_days: s.handling_days,
    max_handling_days: s.max_handling_days,
    reply_classes: s.reply_classes === 4 ? 4 : 3,
    categories: [...s.categories],
    reject_grounds: [...s.reject_grounds],
  }
}

/** Items of a list, trimmed, empty ones and repeats dropped. */
export function cleanList(items: readonly string[]): string[] {
  return [...new Set(items.map((x) => x.trim()).filter(Boolean))]
}

/** The PUT body. */
export function settingsBody(f: SettingsForm): ProposalSettingsInput {
  return {
    plenary_start: f.plenary_start.trim(),
    plenary_end: f.plenary_end.trim(),
    sessions: f.sessions.map((x) => ({ session: Number(x.session), start: x.start, end: x.end })),
    objection_days: Number(f.objection_days),
    handling_days: Number(f.handling_days),
    max_handling_days: Number(f.max_handling_days),
    reply_classes: f.reply_classes,
    categories: cleanList(f.categories),
    reject_grounds: cleanList(f.reject_grounds),
  }
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** A month and day as `MM-DD` (29 February allowed: the window recurs every year). */
export function isMonthDay(value: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(value.trim())
  if (!m) return false
  const month = Number(m[1])
  const day = Number(m[2])
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The form's own checks, the same the server makes: message by field, {} when all is well. */
export function checkSettings(f: SettingsForm, t: Translate): Record<string, string> {
  const e: Record<string, string> = {}
  for (const field of ['plenary_start', 'plenary_end'] as const)
    if (!isMonthDay(f[field])) e[field] = t('proposals.settings.errors.monthDay')
  for (const [field, max] of Object.entries(DAY_LIMITS) as [keyof typeof DAY_LIMITS, number][]) {
    const v = f[field]
    if (v === null || !Number.isInteger(v) || v < 1 || v > max)
      e[field] = t('proposals.settings.errors.days', { min: 1, max })
  }
  if (!e.handling_days && !e.max_handling_days && f.max_handling_days! < f.handling_days!)
    e.max_handling_days = t('proposals.settings.errors.maxBelowHandling')
  for (const field of ['categories', 'reject_grounds'] as const) {
    const items = cleanList(f[field])
    if (!items.length) e[field] = t('proposals.settings.errors.listEmpty')
    else if (items.some((x) => x.length > 40)) e[field] = t('proposals.settings.errors.listItemLong')
  }
  const sessions = f.sessions
  if (sessions.some((x) => !x.session || x.session < 1 || !x.start || !x.end))
    e.sessions = t('proposals.settings.errors.sessionIncomplete')
  else if (sessions.some((x) => x.end < x.start)) e.sessions = t('proposals.settings.errors.sessionOrder')
  else if (new Set(sessions.map((x) => x.session)).size !== sessions.length)
    e.sessions = t('proposals.settings.errors.sessionTwice')
  return e
}
