import type { ItemReport, ItemStatus, NewPlan, PlanItem, PlanKind } from '@/api/office/types'
import type { Id } from '@/api/members/types'

type T = (key: string, values?: Record<string, unknown>) => string

export interface ItemRow {
  content: string
  due_date: string
  owner_staff_id: Id | ''
}

export interface PlanForm {
  body_id: Id | ''
  kind: PlanKind
  /** month: YYYY-MM; week: any day of the week (YYYY-MM-DD) */
  month: string
  weekDay: string
  title: string
  items: ItemRow[]
}

export const emptyItem = (): ItemRow => ({ content: '', due_date: '', owner_staff_id: '' })

/** The plan's first and last day, to bound the items' due dates. */
export function periodBounds(kind: PlanKind, period: string): [string, string] | null {
  if (kind === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(period)
    if (!m) return null
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()
    return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`]
  }
  const w = /^(\d{4})-W(\d{2})$/.exec(period)
  if (!w) return null
  const year = Number(w[1])
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(jan4)
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (Number(w[2]) - 1) * 7)
  const sunday = new Date(monday)
  sunday.setUTCDate(monday.getUTCDate() + 6)
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)]
}

/** Problems by field; an item's field is `items.<index>.<field>`. */
export function checkPlanForm(f: PlanForm, period: string, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (f.body_id === '') e.body_id = t('office.plans.check.body')
  const bounds = periodBounds(f.kind, period)
  if (!bounds) e.period = t('office.plans.check.period')
  f.items.forEach((item, i) => {
    const blank = !item.content.trim() && !item.due_date
    if (blank) return
    if (!item.content.trim()) e[`items.${i}.content`] = t('office.plans.check.content')
    if (!item.due_date) e[`items.${i}.due_date`] = t('office.plans.check.due')
    else if (bounds && (item.due_date < bounds[0] || item.due_date > bounds[1]))
      e[`items.${i}.due_date`] = t('office.plans.check.outside', { from: bounds[0], to: bounds[1] })
  })
  return e
}

export function planBody(f: PlanForm, period: string): NewPlan {
  const body: NewPlan = { body_id: f.body_id as Id, kind: f.kind, period }
  if (f.title.trim()) body.title = f.title.trim()
  const items = f.items.filter((i) => i.content.trim() || i.due_date)
  if (items.length)
    body.items = items.map((i) => ({
      content: i.content.trim(),
      due_date: i.due_date,
      ...(i.owner_staff_id !== '' ? { owner_staff_id: i.owner_staff_id } : {}),
    }))
  return body
}

export interface ReportForm {
  status: ItemStatus
  done_on: string
  result: string
  supervision: string
}

export function reportFormOf(
  item: Pick<PlanItem, 'status' | 'done_on' | 'result' | 'supervision'>,
  today: string,
): ReportForm {
  return {
    // opening the dialog on an open item is mostly to mark it done
    status: item.status === 'pending' ? 'done' : item.status,
    done_on: item.done_on ?? today,
    result: item.result ?? '',
    supervision: item.supervision ?? '',
  }
}

/** The report: a done date only for a done item, the remark only from a manager. */
export function reportBody(f: ReportForm, version: number, manager: boolean): ItemReport {
  const body: ItemReport = { status: f.status, result: f.result.trim(), version }
  if (f.status === 'done' && f.done_on) body.done_on = f.done_on
  if (manager) body.supervision = f.supervision.trim()
  return body
}

/** "3/5" and the share done, for a plan's row. */
export function doneShare(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done * 100) / total)
}
