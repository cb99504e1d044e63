import type { LocationQueryRaw } from 'vue-router'
import type { StatCount, StatFigures } from '@/api/proposals/types'
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
  return ['A', 'B', 'C', 'D'].filter((c) => c !== 'D' || (f.counts.class_D?.count ?? 0) > 0)
}

/** The list page's URL query for a figure; undefined when the figure cannot be listed. */
export function drillTo(count: StatCount | undefined, scope = ''): LocationQueryRaw | undefined {
  if (!count?.filter || count.count === 0) return undefined
  return drillQuery(count.filter, scope)
}

/** "12.5%" */
export const percent = (n: number | undefined): string => `${Number.isFinite(n) ? n : 0}%`
