import type { CareEventKind, CareTodoItem, LetterRequest, NewCareEvent } from '@/api/office/types'
import type { Id } from '@/api/members/types'

export interface EventForm {
  staff_id: Id | ''
  kind: CareEventKind
  event_date: string
  detail: string
}

type T = (key: string) => string

export function checkEvent(f: EventForm, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (f.staff_id === '') e.staff_id = t('office.care.check.staff')
  if (!f.event_date) e.event_date = t('office.care.check.date')
  if (['child_wedding', 'child_enlistment', 'child_college'].includes(f.kind) && !f.detail.trim())
    e.detail = t('office.care.check.detail')
  return e
}

export function eventBody(f: EventForm): NewCareEvent {
  const body: NewCareEvent = { staff_id: f.staff_id as Id, kind: f.kind, event_date: f.event_date }
  if (f.detail.trim()) body.detail = f.detail.trim()
  return body
}

/** The request that writes the letter a to-do item waits for. */
export function letterRequestOf(item: CareTodoItem): LetterRequest {
  return item.type === 'birthday'
    ? { staff_id: item.staff_id, year: Number(item.date.slice(0, 4)) }
    : { event_id: item.event_id as Id }
}

/** The letters already written among the chosen to-do items (the ones that can be printed). */
export function letterIdsOf(items: readonly CareTodoItem[]): Id[] {
  return items.flatMap((i) => (i.letter_id === null ? [] : [i.letter_id]))
}

/** Puts `{field}` at the cursor of a template's text (or at its end). */
export function insertField(
  text: string,
  field: string,
  at: number | null,
): { text: string; cursor: number } {
  const token = `{${field}}`
  const pos = at === null || at < 0 || at > text.length ? text.length : at
  return { text: text.slice(0, pos) + token + text.slice(pos), cursor: pos + token.length }
}

/** The fields a template uses that are not known (typos such as {nmae}). */
export function unknownFields(text: string, known: readonly string[]): string[] {
  const used = [...text.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1] as string)
  return [...new Set(used.filter((f) => !known.includes(f)))]
}
