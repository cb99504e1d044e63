import type { RuleCategory, RuleQuery, RuleRow, RuleStatus } from '@/api/office/types'
import type { TableColumn } from '@/components/data-table/types'

export interface RuleFilters {
  q: string
  category: RuleCategory | ''
  status: RuleStatus | ''
}

export const emptyFilters = (): RuleFilters => ({ q: '', category: '', status: 'in_force' })

/** The request's query: text trimmed, unset filters left out. */
export function toRuleQuery(f: RuleFilters & { page?: number; page_size?: number }): RuleQuery {
  const out: RuleQuery = {}
  if (f.q.trim()) out.q = f.q.trim()
  if (f.category) out.category = f.category
  if (f.status) out.status = f.status
  if (f.page) out.page = f.page
  if (f.page_size) out.page_size = f.page_size
  return out
}

export const columns: TableColumn<RuleRow>[] = [
  { key: 'title', label: 'office.rules.fields.title', minWidth: 240 },
  { key: 'category', label: 'office.rules.fields.category', width: 90, align: 'center' },
  { key: 'doc_number', label: 'office.rules.fields.doc_number', width: 190, ellipsis: true },
  { key: 'current_number', label: 'office.rules.fields.current', width: 110, align: 'center' },
  { key: 'effective_from', label: 'office.rules.fields.effective_from', width: 115 },
  { key: 'status', label: 'office.rules.fields.status', width: 90, align: 'center' },
]

/** On a phone: the title, the version and the state. */
export const phoneColumns = columns.filter((c) => ['title', 'current_number', 'status'].includes(c.key))
