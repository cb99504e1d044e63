import type { AuditEntry, AuditFilters } from '@/api/audit/types'
import type { TableColumn } from '@/components/data-table/types'
import { formatDateTime } from '@/utils/format'

/** The filter form's model; date fields hold YYYY-MM-DD (or '' when empty). */
export type AuditFilterForm = Required<AuditFilters>

export const emptyFilters = (): AuditFilterForm => ({
  action: '',
  actor: '',
  object_type: '',
  from: '',
  to: '',
})

/** Actions the server writes today; the filter offers them by name (other codes can still be typed). */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'auth.session_revoked',
  'user.created',
  'user.updated',
  'committee.created',
  'workflow.installed',
  'workflow.updated',
  'case.started',
  'case.transition',
] as const

export const KNOWN_OBJECT_TYPES = ['user', 'session', 'committee', 'workflow', 'case'] as const

export const columns: TableColumn<AuditEntry>[] = [
  {
    key: 'at',
    label: 'audit.columns.at',
    width: 165,
    format: (row, locale) => formatDateTime(row.at, locale),
  },
  { key: 'action', label: 'audit.columns.action', width: 130, ellipsis: true },
  { key: 'actor', label: 'audit.columns.actor', width: 170, ellipsis: true },
  { key: 'object_type', label: 'audit.columns.objectType', width: 100, ellipsis: true },
  { key: 'object_id', label: 'audit.columns.objectId', width: 90, ellipsis: true },
  { key: 'summary', label: 'audit.columns.summary', minWidth: 200, ellipsis: true },
  { key: 'ip', label: 'audit.columns.ip', width: 130 },
]
