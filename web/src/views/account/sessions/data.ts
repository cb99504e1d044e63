import type { SessionInfo } from '@/api/account/types'
import type { TableColumn } from '@/components/data-table/types'
import { formatDateTime } from '@/utils/format'

export const columns: TableColumn<SessionInfo>[] = [
  { key: 'user_agent', label: 'account.sessions.userAgent', minWidth: 220 },
  { key: 'ip', label: 'account.sessions.ip', width: 140 },
  {
    key: 'last_seen_at',
    label: 'account.sessions.lastSeenAt',
    width: 170,
    format: (row, locale) => formatDateTime(row.last_seen_at, locale),
  },
  {
    key: 'created_at',
    label: 'account.sessions.createdAt',
    width: 170,
    format: (row, locale) => formatDateTime(row.created_at, locale),
  },
  { key: 'actions', label: 'account.sessions.actions', width: 110, fixed: 'right' },
]
