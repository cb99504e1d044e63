import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { MemberFilters, MemberListItem, MemberQuery, MemberStatus } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'
import { PAGE_SIZES } from '@/components/data-table/types'
import { STATUSES } from '../labels'

export const emptyFilters = (): MemberFilters => ({
  q: '',
  term_id: '',
  sector_id: '',
  body_id: '',
  township_group_id: '',
  status: '',
  standing: '',
})

const ID_FILTERS = ['term_id', 'sector_id', 'body_id', 'township_group_id'] as const

/** The request's query: the search text trimmed, unset filters left out. */
export function toMemberQuery(query: MemberFilters & { page?: number; page_size?: number }): MemberQuery {
  const out: MemberQuery = {}
  const q = query.q.trim()
  if (q) out.q = q
  for (const key of ID_FILTERS) if (query[key] !== '') out[key] = query[key]
  if (query.status) out.status = query.status
  if (query.standing) out.standing = query.standing
  if (query.page) out.page = query.page
  if (query.page_size) out.page_size = query.page_size
  return out
}

function one(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function positiveInt(value: string): number | '' {
  return /^[1-9]\d{0,15}$/.test(value) ? Number(value) : ''
}

/** Filters and paging from the page's URL (so a link or the back button restores the list). */
export function filtersFromQuery(query: LocationQuery): {
  filters: MemberFilters
  page: number
  pageSize: number
} {
  const filters = emptyFilters()
  filters.q = one(query.q).slice(0, 100)
  for (const key of ID_FILTERS) filters[key] = positiveInt(one(query[key]))
  const status = one(query.status)
  if (STATUSES.some((s) => s.value === status)) filters.status = status as MemberStatus
  if (one(query.standing) === '1') filters.standing = '1'
  const page = positiveInt(one(query.page)) || 1
  const size = positiveInt(one(query.page_size))
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size as number)
    ? (size as number)
    : PAGE_SIZES[0]
  return { filters, page, pageSize }
}

/** The URL query for the list's state: only what differs from the defaults. */
export function queryFromFilters(filters: MemberFilters, page: number, pageSize: number): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const [key, value] of Object.entries(toMemberQuery(filters))) out[key] = String(value)
  if (page > 1) out.page = String(page)
  if (pageSize !== PAGE_SIZES[0]) out.page_size = String(pageSize)
  return out
}

export const columns: TableColumn<MemberListItem>[] = [
  { key: 'name', label: 'members.fields.name', width: 130, fixed: 'left' },
  { key: 'gender', label: 'members.fields.gender', width: 76, align: 'center' },
  { key: 'cppcc_post', label: 'members.fields.cppcc_post', width: 120 },
  { key: 'sector_name', label: 'members.fields.sector', width: 110, ellipsis: true },
  { key: 'work_unit', label: 'members.fields.work_unit', minWidth: 200, ellipsis: true },
  { key: 'phone', label: 'members.fields.phone', width: 125 },
  { key: 'township_group_name', label: 'members.fields.township_group', width: 120, ellipsis: true },
  { key: 'status', label: 'members.fields.status', width: 84, align: 'center' },
  { key: 'has_account', label: 'members.fields.account', width: 84, align: 'center' },
  { key: 'actions', label: 'members.list.actions', width: 110, fixed: 'right' },
]
