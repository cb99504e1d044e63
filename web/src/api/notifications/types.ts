import type { IsoDateTime } from '../types'

/** One in-app message (站内消息): a deadline reminder, an overdue alert… */
export interface Notification {
  id: number
  /** proposal_deadline, proposal_overdue, task_overdue … */
  kind: string
  title: string
  body: string
  /** A path in this web UI, or '' */
  link: string
  created_at: IsoDateTime
  read_at: IsoDateTime | null
}

export interface NotificationPage {
  items: Notification[]
  total: number
  unread: number
}

export interface NotificationQuery {
  unread?: 1
  page?: number
  page_size?: number
}
