import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { Id } from '@/api/members/types'
import type {
  ProposalKind,
  ProposalListItem,
  ProposalQuery,
  ProposalSource,
  ProposalState,
} from '@/api/proposals/types'
import type { TableColumn } from '@/components/data-table/types'
import { PAGE_SIZES } from '@/components/data-table/types'
import { KINDS, SOURCES, STATES } from '../labels'

/** The list's filters; '' = not filtered. The last group comes from a statistics figure (drill-down). */
export interface ProposalFilters {
  q: string
  state: ProposalState | ''
  kind: ProposalKind | ''
  category: string
  year: number | ''
  overdue: '' | '1'
  key: '' | '1'
  session: number | ''
  source: ProposalSource | ''
  unit_id: Id | ''
  sector_id: Id | ''
  member_id: Id | ''
  metric: string
}

export const emptyFilters = (): ProposalFilters => ({
  q: '',
  state: '',
  kind: '',
  category: '',
  year: '',
  overdue: '',
  key: '',
  session: '',
  source: '',
  unit_id: '',
  sector_id: '',
  member_id: '',
  metric: '',
})

/** Filters set by a statistics figure rather than by the filter form. */
export const DRILL_KEYS = ['session', 'source', 'unit_id', 'sector_id', 'member_id', 'metric'] as const
const NUMBER_KEYS = ['year', 'session', 'unit_id', 'sector_id', 'member_id'] as const
const METRIC = /^[a-z_A-Z]{1,40}$/

/** The request's query: the search text trimmed, unset filters left out. */
export function toProposalQuery(f: ProposalFilters): ProposalQuery {
  const out: ProposalQuery = {}
  const q = f.q.trim()
  if (q) out.q = q
  if (f.state) out.state = f.state
  if (f.kind) out.kind = f.kind
  if (f.category) out.category = f.category
  if (f.source) out.source = f.source
  if (f.metric) out.metric = f.metric
  if (f.overdue) out.overdue = '1'
  if (f.key) out.key = '1'
  for (const k of NUMBER_KEYS) if (f[k] !== '') out[k] = f[k] as number
  return out
}

function one(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function positiveInt(value: string): number | '' {
  return /^[1-9]\d{0,15}$/.test(value) ? Number(value) : ''
}

const known = <V extends string>(choices: readonly { value: V }[], value: string): V | '' =>
  choices.some((c) => c.value === value) ? (value as V) : ''

/** Filters and paging from the page's URL (a link, the statistics or the back button restore the list). */
export function filtersFromQuery(query: LocationQuery): {
  filters: ProposalFilters
  page: number
  pageSize: number
} {
  const f = emptyFilters()
  f.q = one(query.q).slice(0, 100)
  f.state = known(STATES, one(query.state))
  f.kind = known(KINDS, one(query.kind))
  f.source = known(SOURCES, one(query.source))
  f.category = one(query.category).slice(0, 40)
  const metric = one(query.metric)
  f.metric = METRIC.test(metric) ? metric : ''
  for (const k of NUMBER_KEYS) f[k] = positiveInt(one(query[k]))
  if (['1', 'true'].includes(one(query.overdue))) f.overdue = '1'
  if (['1', 'true'].includes(one(query.key))) f.key = '1'
  const page = positiveInt(one(query.page)) || 1
  const size = positiveInt(one(query.page_size))
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size as number)
    ? (size as number)
    : PAGE_SIZES[0]
  return { filters: f, page, pageSize }
}

/**
 * The URL query for the list's state: only what differs from the defaults. `scope` (the name of a unit,
 * sector or member a figure was about) is only shown, never sent to the server.
 */
export function queryFromFilters(
  filters: ProposalFilters,
  page: number,
  pageSize: number,
  scope = '',
): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const [key, value] of Object.entries(toProposalQuery(filters))) out[key] = String(value)
  if (scope && DRILL_KEYS.some((k) => filters[k] !== '')) out.scope = scope
  if (page > 1) out.page = String(page)
  if (pageSize !== PAGE_SIZES[0]) out.page_size = String(pageSize)
  return out
}

/** The list query a statistics figure drills down to, as the list page's URL query. */
export function drillQuery(filter: Record<string, string | number>, scope = ''): LocationQueryRaw {
  const { filters } = filtersFromQuery(
    Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])) as LocationQuery,
  )
  return queryFromFilters(filters, 1, PAGE_SIZES[0], scope)
}

/** The date part of an ISO time (deadlines are shown as days). */
export const dateOf = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '')

export const columns: TableColumn<ProposalListItem>[] = [
  { key: 'title', label: 'proposals.fields.title', minWidth: 260 },
  { key: 'proposer', label: 'proposals.fields.proposer', width: 120, ellipsis: true },
  { key: 'category', label: 'proposals.fields.category', width: 110, ellipsis: true },
  { key: 'kind', label: 'proposals.fields.kind', width: 96 },
  { key: 'state', label: 'proposals.fields.state', width: 118 },
  { key: 'units', label: 'proposals.fields.units', width: 170, ellipsis: true },
  { key: 'handling_due', label: 'proposals.fields.handlingDue', width: 116 },
]

/** On a phone: the title (with number and proposer under it) and the state. */
export const phoneColumns: TableColumn<ProposalListItem>[] = [
  { key: 'title', label: 'proposals.fields.title', minWidth: 190 },
  { key: 'state', label: 'proposals.fields.state', width: 92 },
]
