/**
 * 成果转化: report types and states with their labels, list columns and filters, the forms' own checks, and
 * the rates page's logic (the four rates with their definitions, the outcome tallies, per type) — plain
 * functions, so they are unit-tested without a browser.
 */
import type {
  CountFigure,
  Explanation,
  Figure,
  Figures,
  Metrics,
  OutcomeFigure,
  RateCode,
  ReportKind,
  ReportQuery,
  ReportRow,
  ReportState,
} from '@/api/conversion/types'
import type { TableColumn } from '@/components/data-table/types'
import type { AppLocale } from '@/locales'
import type { Choice } from '../members/labels'

type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export const KINDS: Choice<ReportKind>[] = (
  ['inspection', 'research', 'consultation', 'supervision', 'advice', 'information'] as const
).map((value) => ({ value, label: `conversion.kind.${value}` }))

export const STATES: Choice<ReportState>[] = (
  ['submitted', 'instructed', 'assigned', 'handling', 'reported', 'notified', 'assessed'] as const
).map((value) => ({ value, label: `conversion.state.${value}` }))

const STATE_TAGS: Record<ReportState, TagType> = {
  submitted: 'warning',
  instructed: 'primary',
  assigned: 'primary',
  handling: 'primary',
  reported: 'success',
  notified: 'success',
  assessed: 'info',
}
export const stateTag = (state: string): TagType => STATE_TAGS[state as ReportState] ?? 'info'
/** i18n key of a workflow step ("start" is the submission). */
export const transitionLabel = (code: string) => `conversion.transition.${code}`

export const columns: TableColumn<ReportRow>[] = [
  { key: 'title', label: 'conversion.fields.title', minWidth: 260 },
  { key: 'kind', label: 'conversion.fields.kind', width: 110 },
  { key: 'body_name', label: 'conversion.fields.body', width: 150 },
  { key: 'submitted_on', label: 'conversion.fields.submitted_on', width: 120 },
  { key: 'state', label: 'conversion.fields.state', width: 110, align: 'center' },
]
/** On a phone: the title (with its type and state under it) only. */
export const phoneColumns = columns.filter((c) => c.key === 'title')

export interface ListFilters {
  year: number | ''
  type: ReportKind | ''
  state: ReportState | ''
  q: string
}
export const emptyFilters = (year: number | '' = ''): ListFilters => ({ year, type: '', state: '', q: '' })
export function toReportQuery(query: ListFilters & { page?: number; page_size?: number }): ReportQuery {
  return {
    year: query.year,
    type: query.type,
    state: query.state,
    q: query.q.trim(),
    page: query.page,
    page_size: query.page_size,
  }
}

// ---------------------------------------------------------------- forms (the server checks too)

type T = (key: string, values?: Record<string, unknown>) => string

export interface ReportForm {
  kind: ReportKind | ''
  title: string
  body: string
  submitted_on: string
  body_id: number | null
}
export function checkReportForm(f: ReportForm, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (!f.kind) e.kind = t('conversion.errors.kind')
  if (!f.title.trim()) e.title = t('conversion.errors.title')
  return e
}

export interface FeedbackForm {
  assignment_id: number | null
  completed: boolean | undefined
  feedback: string
  documents: number
  problems: number
  incidents: number
  matters: number
  outcome_text: string
}
export const emptyFeedback = (assignmentId: number | null = null): FeedbackForm => ({
  assignment_id: assignmentId,
  completed: undefined,
  feedback: '',
  documents: 0,
  problems: 0,
  incidents: 0,
  matters: 0,
  outcome_text: '',
})
export function checkFeedbackForm(f: FeedbackForm, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (f.completed === undefined) e.completed = t('conversion.errors.completed')
  if (!f.feedback.trim()) e.feedback = t('conversion.errors.feedback')
  return e
}

// ---------------------------------------------------------------- rates

export const COUNT_FIGURES: CountFigure[] = [
  'submitted',
  'instructed',
  'assigned',
  'acknowledged',
  'completed',
]
export const OUTCOME_FIGURES: OutcomeFigure[] = ['documents', 'problems', 'incidents', 'matters']
export const RATE_CODES: RateCode[] = [
  'instruction_rate',
  'assignment_rate',
  'acknowledgement_rate',
  'completion_rate',
]

/** A fraction as a percentage with one decimal: 0.78787… → "78.8%", 1 → "100%". */
export function percent(fraction: number): string {
  if (!Number.isFinite(fraction)) return '0%'
  const p = Math.round(fraction * 1000) / 10
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`
}

export interface RateCard {
  code: RateCode
  name: string
  value: number
  text: string
  /** "78 / 99" */
  ratio: string
  numerator: CountFigure
  denominator: CountFigure
  definition: string
  /** why it is 0 when nothing could be divided; '' otherwise */
  explanation: string
}

const inLocale = (e: Explanation | undefined, locale: AppLocale) => (e ? (locale === 'en' ? e.en : e.zh) : '')

/** The four rates of a set of figures, each with its definition in the UI language. */
export function rateCards(m: Pick<Metrics, 'definitions'>, f: Figures, locale: AppLocale): RateCard[] {
  return RATE_CODES.map((code) => {
    const d = m.definitions[code]
    return {
      code,
      name: locale === 'en' ? d.name_en : d.name_zh,
      value: f[code],
      text: percent(f[code]),
      ratio: `${f[d.numerator]} / ${f[d.denominator]}`,
      numerator: d.numerator,
      denominator: d.denominator,
      definition: locale === 'en' ? d.en : d.zh,
      explanation: inLocale(f.explanations[code], locale),
    }
  })
}

export interface TypeRow {
  type: ReportKind | 'all'
  name: string
  counts: Record<CountFigure, number>
  rates: Record<RateCode, string>
  outcomes: Record<OutcomeFigure, number>
}
function typeRow(type: ReportKind | 'all', name: string, f: Figures): TypeRow {
  return {
    type,
    name,
    counts: Object.fromEntries(COUNT_FIGURES.map((c) => [c, f[c]])) as Record<CountFigure, number>,
    rates: Object.fromEntries(RATE_CODES.map((r) => [r, percent(f[r])])) as Record<RateCode, string>,
    outcomes: { ...f.outcomes },
  }
}
/** One row per report type that has reports, then the total. */
export function typeRows(m: Metrics, locale: AppLocale, totalLabel: string): TypeRow[] {
  const rows = m.by_type
    .filter((t) => t.submitted > 0)
    .map((t) => typeRow(t.type, locale === 'en' ? t.name_en : t.name_zh, t))
  return [...rows, typeRow('all', totalLabel, m)]
}

/** What a click on a figure opens: the year, the figure and the type (none for the total row). */
export interface Drill {
  year: number
  figure: Figure
  type: ReportKind | ''
}
export function drillOf(year: number, figure: Figure, type: ReportKind | 'all' | ''): Drill {
  return { year, figure, type: type === 'all' ? '' : type }
}

/** The years to offer: those with reports, this year, and the one shown, latest first, without repeats. */
export function yearChoices(m: Pick<Metrics, 'years'> | null, thisYear: number, shown: number): number[] {
  return [...new Set([thisYear, shown, ...(m?.years ?? [])])].sort((a, b) => b - a)
}
