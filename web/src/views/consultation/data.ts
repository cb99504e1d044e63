/**
 * 协商监督: the five steps of the topic pipeline and who takes each, the forms and modes, the plan's calendar,
 * and the checks the forms make before sending.
 */
import type {
  EntryInput,
  EntryKind,
  Form,
  Mode,
  PlanEntry,
  TopicRow,
  TopicState,
  TopicTransition,
} from '@/api/consultation/types'
import type { Choice } from '../members/labels'

type T = (key: string, values?: Record<string, unknown>) => string

/** The board's columns in order: the five steps, then the topics set aside. */
export const STEPS: { state: TopicState; label: string }[] = [
  { state: 'proposed', label: 'consultation.step.proposed' },
  { state: 'recommended', label: 'consultation.step.recommended' },
  { state: 'picked', label: 'consultation.step.picked' },
  { state: 'selected', label: 'consultation.step.selected' },
  { state: 'decided', label: 'consultation.step.decided' },
  { state: 'set_aside', label: 'consultation.step.set_aside' },
]

/** The step that moves a topic on from each state, and the permission it needs (the server checks it too). */
export const NEXT: Partial<Record<TopicState, { transition: TopicTransition; permission: string }>> = {
  proposed: { transition: 'recommend', permission: 'consultation:topic:recommend' },
  recommended: { transition: 'pick', permission: 'consultation:topic:pick' },
  picked: { transition: 'select', permission: 'consultation:topic:select' },
  selected: { transition: 'decide', permission: 'consultation:topic:decide' },
}

/** What the signed-in user may do with a topic in its state: its next step, and setting it aside (staff). */
export function actionsFor(state: TopicState, has: (permission: string) => boolean): TopicTransition[] {
  const out: TopicTransition[] = []
  const next = NEXT[state]
  if (next && has(next.permission)) out.push(next.transition)
  if (next && has('consultation:topic:select')) out.push('set_aside')
  return out
}

/** The topics in the board's columns. */
export function board<R extends Pick<TopicRow, 'state'>>(rows: R[]): Record<TopicState, R[]> {
  const out = Object.fromEntries(STEPS.map((s) => [s.state, [] as R[]])) as Record<TopicState, R[]>
  for (const r of rows) out[r.state]?.push(r)
  return out
}

export const FORMS: Choice<Form>[] = [
  { value: 'plenary', label: 'consultation.form.plenary' },
  { value: 'standing', label: 'consultation.form.standing' },
  { value: 'counterpart', label: 'consultation.form.counterpart' },
  { value: 'sector', label: 'consultation.form.sector' },
  { value: 'proposal', label: 'consultation.form.proposal' },
  { value: 'grassroots', label: 'consultation.form.grassroots' },
]
export const MODES: Choice<Mode>[] = [
  { value: 'stationed', label: 'consultation.mode.stationed' },
  { value: 'special', label: 'consultation.mode.special' },
  { value: 'joint', label: 'consultation.mode.joint' },
  { value: 'follow_up', label: 'consultation.mode.follow_up' },
]

/** The plan as a calendar: twelve months, each with the topics planned in it. */
export function calendar(
  year: number,
  items: PlanEntry[],
): { month: string; n: number; items: PlanEntry[] }[] {
  return Array.from({ length: 12 }, (_, k) => {
    const month = `${year}-${String(k + 1).padStart(2, '0')}`
    return { month, n: k + 1, items: items.filter((i) => i.planned_month === month) }
  })
}

/** Staff selecting a topic place it in the plan: a form, a month of the plan's year and a lead body. */
export function checkSelect(
  f: { form: Form | ''; planned_month: string; lead_body_id: number | string | '' },
  year: number,
  t: T,
): Record<string, string> {
  const e: Record<string, string> = {}
  if (!f.form) e.form = t('consultation.check.form')
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(f.planned_month) || !f.planned_month.startsWith(`${year}-`))
    e.planned_month = t('consultation.check.month', { year })
  if (f.lead_body_id === '') e.lead_body_id = t('consultation.check.body')
  return e
}

/** The fields each kind of entry asks for (the server's rules, so the form shows only those). */
export const ENTRY_FIELDS: Record<
  EntryKind,
  { title?: boolean; category?: boolean; speaker?: boolean; person?: boolean; place?: boolean; text: boolean }
> = {
  speech: { title: true, speaker: true, text: true },
  report: { title: true, category: true, text: true },
  visit: { place: true, text: false },
  letter: { person: true, text: true },
  follow_up: { text: true },
}

export interface EntryForm {
  entry_date: string
  title: string
  category: string
  member_id: number | ''
  person: string
  place: string
  text: string
}

export function checkEntry(kind: EntryKind, f: EntryForm, t: T): Record<string, string> {
  const need = ENTRY_FIELDS[kind]
  const e: Record<string, string> = {}
  if (kind === 'report' && !f.title.trim()) e.title = t('consultation.check.title')
  if (need.category && !f.category.trim()) e.category = t('consultation.check.category')
  if (need.speaker && f.member_id === '' && !f.person.trim()) e.person = t('consultation.check.speaker')
  if (need.person && !f.person.trim()) e.person = t('consultation.check.addressee')
  if (need.place && !f.place.trim()) e.place = t('consultation.check.place')
  if (need.text && !f.text.trim()) e.text = t('consultation.check.text')
  return e
}

export function entryBody(kind: EntryKind, f: EntryForm): EntryInput {
  const need = ENTRY_FIELDS[kind]
  const body: EntryInput = { kind }
  if (f.entry_date) body.entry_date = f.entry_date
  if (need.title && f.title.trim()) body.title = f.title.trim()
  if (need.category) body.category = f.category.trim()
  if (need.speaker && f.member_id !== '') body.member_id = f.member_id
  else if ((need.speaker || need.person) && f.person.trim()) body.person = f.person.trim()
  if (need.place) body.place = f.place.trim()
  if (f.text.trim()) body.text = f.text.trim()
  return body
}
