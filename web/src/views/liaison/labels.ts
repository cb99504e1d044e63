import type { ContactForm } from '@/api/liaison/types'
import type { Choice } from '../members/labels'

export const CONTACT_FORMS: Choice<ContactForm>[] = [
  { value: '走访', label: 'liaison.form.visit' },
  { value: '电话', label: 'liaison.form.phone' },
  { value: '座谈', label: 'liaison.form.meeting' },
  { value: '微信', label: 'liaison.form.wechat' },
  { value: '来访', label: 'liaison.form.callIn' },
  { value: '其他', label: 'liaison.form.other' },
]

/** "2026Q4" for a YYYY-MM-DD date. */
export function quarterOf(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date)
  if (!m) return ''
  return `${m[1]}Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`
}

/** The quarter and the ones before it, newest first: 2026Q4, 2026Q3, … */
export function recentQuarters(current: string, count: number): string[] {
  const m = /^(\d{4})Q([1-4])$/.exec(current)
  if (!m) return []
  let year = Number(m[1])
  let q = Number(m[2])
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    out.push(`${year}Q${q}`)
    q -= 1
    if (q === 0) {
      q = 4
      year -= 1
    }
  }
  return out
}

/** Today in the browser's time zone, YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
