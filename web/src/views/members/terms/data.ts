import type { Id, NewTerm, Term } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 21 → 二十一 (1–99; larger numbers in digits). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n)
  if (n < 10) return DIGITS[n] ?? String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`
}

/** 11 → 第十一届 */
export function termName(n: number): string {
  return `第${chineseNumber(n)}届`
}

export interface RollOverForm {
  number: number
  name: string
  start_date: string
}

/** The next term after the current one (the first when there is none). */
export function nextTermForm(terms: readonly Term[], today: string): RollOverForm {
  const latest = terms.reduce((max, t) => Math.max(max, t.number), 0)
  const number = latest + 1
  return { number, name: termName(number), start_date: today }
}

export function rollOverBody(form: RollOverForm, continuing: Iterable<Id>): NewTerm {
  return {
    number: form.number,
    name: form.name.trim(),
    start_date: form.start_date,
    continuing: [...continuing].sort((a, b) => a - b),
  }
}

export const columns: TableColumn<Term>[] = [
  { key: 'name', label: 'members.terms.name', width: 140 },
  { key: 'start_date', label: 'members.terms.startDate', width: 130 },
  { key: 'end_date', label: 'members.terms.endDate', width: 130 },
  { key: 'serving', label: 'members.terms.serving', width: 110, align: 'right' },
  { key: 'is_current', label: 'members.terms.current', width: 100, align: 'center' },
  { key: 'actions', label: 'members.list.actions', minWidth: 120 },
]
