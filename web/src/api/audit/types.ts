import type { IsoDateTime, PageQuery } from '../types'

export interface AuditActor {
  id: number | string
  username: string
  display_name: string
}

export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue }
export type AuditSummary = string | { [key: string]: AuditValue } | null

export interface AuditEntry {
  id: number | string
  at: IsoDateTime
  actor: AuditActor | null
  action: string
  object_type: string
  object_id: string | number | null
  /** What changed: the server sends structured details (e.g. `{"before":{…},"after":{…}}`) or plain text */
  summary: AuditSummary
  ip: string | null
}

export interface AuditFilters {
  action?: string
  actor?: string
  object_type?: string
  /** YYYY-MM-DD, inclusive */
  from?: string
  /** YYYY-MM-DD, inclusive */
  to?: string
}

export type AuditQuery = PageQuery & AuditFilters
