import type { LocationQueryRaw } from 'vue-router'
import type { StatFigures } from '@/api/proposals/types'
import { drillQuery } from '../list/data'

/** The figures of the overview, in the order people report them; `rate` is the percentage shown under it. */
export const OVERVIEW: { metric: string; rate?: string }[] = [
  { metric: 'received' },
  { metric: 'accepted', rate: 'accepted' },
  { metric: 'pending_review' },
  { metric: 'rejected' },
  { metric: 'converted' },
  { metric: 'merged' },
  { metric: 'assigned' },
  { metric: 'replied' },
  { metric: 'on_time', rate: 'on_time' },
  { metric: 'overdue' },
  { metric: 'rehandled' },
  { metric: 'closed' },
  { metric: 'key' },
]

/** The columns of the tables by category, unit, sector, session and member. */
export const GROUP_METRICS = ['received', 'accepted', 'assigned', 'on_time', 'closed', 'class_A'] as const

export const GROUPS = ['by_category', 'by_unit', 'by_sector', 'by_session', 'by_member'] as const
export type GroupKey = (typeof GROUPS)[number]

/** Reply classes present in the figures (D only where the committee uses four classes). */
export function replyClasses(f: StatFigures): string[] {
  return ['A', 'B', 'C', 'D'].filter((c) => c !== 'D' || (f.counts.class_D ?? 0) > 0)
}

/** The list page's URL query for one count of the figures; undefined when it cannot be listed (or is 0). */
export function drillTo(f: StatFigures, metric: string, scope = ''): LocationQueryRaw | undefined {
  if (!f.filter || !f.counts[metric]) return undefined
  return drillQuery({ ...f.filter, metric }, scope)
}

/** "12.5%" */
export const percent = (n: number | undefined): string => `${Number.isFinite(n) ? n : 0}%`
