/**
 * Codes the office API sends (rule categories, task states, media levels, letter kinds…) and their labels
 * in the UI language, plus the month / quarter / week arithmetic the office pages share.
 */
import type {
  CareEventKind,
  CareKind,
  ItemStatus,
  MediaLevel,
  PlanKind,
  RuleAction,
  RuleCategory,
  RuleStatus,
  ScoreSource,
  SubjectKind,
  TaskState,
} from '@/api/office/types'
import type { Choice } from '../members/labels'

type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export const RULE_CATEGORIES: Choice<RuleCategory>[] = [
  { value: '履职', label: 'office.rules.category.duty' },
  { value: '内控', label: 'office.rules.category.internal' },
  { value: '党建', label: 'office.rules.category.party' },
  { value: '其他', label: 'office.rules.category.other' },
]
export const RULE_STATUSES: Choice<RuleStatus>[] = [
  { value: 'in_force', label: 'office.rules.status.in_force' },
  { value: 'abolished', label: 'office.rules.status.abolished' },
]
export const RULE_ACTIONS: Choice<RuleAction>[] = [
  { value: 'establish', label: 'office.rules.action.establish' },
  { value: 'revise', label: 'office.rules.action.revise' },
]

export const TASK_STATES: Choice<TaskState>[] = [
  { value: 'assigned', label: 'office.tasks.state.assigned' },
  { value: 'in_progress', label: 'office.tasks.state.in_progress' },
  { value: 'reported', label: 'office.tasks.state.reported' },
  { value: 'closed', label: 'office.tasks.state.closed' },
  { value: 'cancelled', label: 'office.tasks.state.cancelled' },
]
const TASK_STATE_TAGS: Record<TaskState, TagType> = {
  assigned: 'warning',
  in_progress: 'primary',
  reported: 'success',
  closed: 'info',
  cancelled: 'info',
}
export const taskStateTag = (state: string): TagType => TASK_STATE_TAGS[state as TaskState] ?? 'info'
/** i18n key of a workflow step ("start" is the assignment). */
export const transitionLabel = (code: string) => `office.tasks.transition.${code}`

export const PLAN_KINDS: Choice<PlanKind>[] = [
  { value: 'month', label: 'office.plans.kind.month' },
  { value: 'week', label: 'office.plans.kind.week' },
]
export const ITEM_STATUSES: Choice<ItemStatus>[] = [
  { value: 'pending', label: 'office.plans.itemStatus.pending' },
  { value: 'done', label: 'office.plans.itemStatus.done' },
  { value: 'cancelled', label: 'office.plans.itemStatus.cancelled' },
]
export const itemStatusTag = (s: string): TagType =>
  s === 'done' ? 'success' : s === 'cancelled' ? 'info' : 'warning'

export const MEDIA_LEVELS: Choice<MediaLevel>[] = [
  { value: 'central', label: 'office.publicity.level.central' },
  { value: 'provincial', label: 'office.publicity.level.provincial' },
  { value: 'city', label: 'office.publicity.level.city' },
  { value: 'county', label: 'office.publicity.level.county' },
]
export const AUTHOR_KINDS: Choice<'staff' | 'member'>[] = [
  { value: 'staff', label: 'office.publicity.authorKind.staff' },
  { value: 'member', label: 'office.publicity.authorKind.member' },
]
/** Why the cleaning flagged a pasted line. */
export const flagReasonLabel = (reason: string) => `office.publicity.flag.${reason}`

export const CARE_KINDS: Choice<CareKind>[] = [
  { value: 'birthday', label: 'office.care.kind.birthday' },
  { value: 'moving_house', label: 'office.care.kind.moving_house' },
  { value: 'child_wedding', label: 'office.care.kind.child_wedding' },
  { value: 'childbirth', label: 'office.care.kind.childbirth' },
  { value: 'child_enlistment', label: 'office.care.kind.child_enlistment' },
  { value: 'child_college', label: 'office.care.kind.child_college' },
  { value: 'illness', label: 'office.care.kind.illness' },
  { value: 'death', label: 'office.care.kind.death' },
]
/** The kinds staff register (birthdays come from the records). */
export const CARE_EVENT_KINDS = CARE_KINDS.filter((k) => k.value !== 'birthday') as Choice<CareEventKind>[]
/** The fields a letter template may use. */
export const TEMPLATE_FIELDS = ['name', 'date', 'age', 'detail', 'event', 'committee', 'today'] as const

export const SCORE_SOURCES: Choice<ScoreSource>[] = [
  { value: 'scored', label: 'office.assessment.source.scored' },
  { value: 'plan_on_time', label: 'office.assessment.source.plan_on_time' },
  { value: 'tasks_on_time', label: 'office.assessment.source.tasks_on_time' },
  { value: 'attendance', label: 'office.assessment.source.attendance' },
]
export const SUBJECT_KINDS: Choice<SubjectKind>[] = [
  { value: 'body', label: 'office.assessment.subject.body' },
  { value: 'staff', label: 'office.assessment.subject.staff' },
]

// ---------------------------------------------------------------- periods

const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-05" of a YYYY-MM-DD date (or of today). */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** "2026-05" moved by whole months: shiftMonth("2026-01", -2) === "2025-11". */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** The ISO 8601 week of a YYYY-MM-DD date: "2026-W18" (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday) // the Thursday of the week decides its year
  const year = day.getUTCFullYear()
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7)
  return `${year}-W${pad(week)}`
}

/** A plan's period for people: 2026年5月 / 2026年第18周 (or May 2026 / 2026 week 18). */
export function periodLabel(
  kind: PlanKind,
  period: string,
  t: (key: string, values: Record<string, unknown>) => string,
): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(period)
  if (kind === 'week' && w) return t('office.plans.weekLabel', { year: w[1], week: Number(w[2]) })
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (m) return t('office.plans.monthLabel', { year: m[1], month: Number(m[2]) })
  return period
}

/** "2026Q2" → "2026年第二季度" / "2026 Q2". */
export function quarterLabel(quarter: string, t: (key: string, values: Record<string, unknown>) => string) {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter)
  return m ? t(`office.assessment.quarterLabel.q${m[2]}`, { year: m[1] }) : quarter
}

/** Opens one of the server's print pages (HTML, styled for paper) in a new tab. */
export function openPrint(url: string): void {
  window.open(url, '_blank', 'noopener')
}
