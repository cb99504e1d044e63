import type { StaffFilters, StaffQuery, StaffRecord } from '@/api/staff/types'
import type { TableColumn } from '@/components/data-table/types'

export const emptyFilters = (): StaffFilters => ({ q: '', body_id: '', status: '', rank: '' })

/** The request's query: text trimmed, unset filters left out. */
export function toStaffQuery(query: StaffFilters & { page?: number; page_size?: number }): StaffQuery {
  const out: StaffQuery = {}
  const q = query.q.trim()
  if (q) out.q = q
  if (query.body_id !== '') out.body_id = query.body_id
  if (query.status) out.status = query.status
  if (query.rank.trim()) out.rank = query.rank.trim()
  if (query.page) out.page = query.page
  if (query.page_size) out.page_size = query.page_size
  return out
}

export const columns: TableColumn<StaffRecord>[] = [
  { key: 'name', label: 'staff.fields.name', width: 120, fixed: 'left' },
  { key: 'gender', label: 'staff.fields.gender', width: 76, align: 'center' },
  { key: 'body_name', label: 'staff.fields.body', minWidth: 140, ellipsis: true },
  { key: 'post', label: 'staff.fields.post', width: 110 },
  { key: 'rank', label: 'staff.fields.rank', width: 130 },
  { key: 'status', label: 'staff.fields.status', width: 84, align: 'center' },
  { key: 'phone', label: 'staff.fields.phone', width: 125 },
  { key: 'joined_on', label: 'staff.fields.joined_on', width: 115 },
]

/** The staff roster template's columns (the export's headers, which the import reads back). */
export const STAFF_TEMPLATE_HEADERS = [
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '手机号码',
  '职级',
  '职务',
  '所在机构',
  '状态',
  '入职日期',
  '离职日期',
] as const
