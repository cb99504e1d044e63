import { http } from '../client'
import type { ListResult } from '../types'
import type { AuditEntry, AuditQuery } from './types'

/** GET /audit — paged, newest first. */
export function listAudit(query: AuditQuery): Promise<ListResult<AuditEntry>> {
  return http.get('/audit', { query: { ...query } })
}
