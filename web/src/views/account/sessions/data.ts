import type { SessionInfo } from '@/api/account/types'
import type { TableColumn } from '@/components/data-table/types'
import { formatDateTime } from '@/utils/format'

export const columns: TableColumn<SessionInfo>[] = [
  {
    key: 'created_at',
    label: 'account.sessions.createdAt',
    width: 170,
    format: (row, locale) => formatDateTime(row.created_at, locale),
  },
  {
    key: 'last_seen_at',
    label: 'account.sessions.lastSeenAt',
    width: 170,
    format: (row, locale) => formatDateTime(row.last_seen_at, locale),
  },
  { key: 'ip', label: 'account.sessions.ip', width: 140 },
  { key: 'user_agent', label: 'account.sessions.userAgent', minWidth: 240, ellipsis: true },
  { key: 'current', label: 'account.sessions.status', width: 110 },
  { key: 'actions', label: 'account.sessions.actions', width: 100, fixed: 'right' },
]
