import { http } from '../client'
import type { ListResult } from '../types'
import type { ChangePasswordRequest, SessionInfo } from './types'

/** POST /me/password — the form shows errors next to the fields. */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return http.post('/me/password', body, { notify: false })
}

/** GET /me/sessions */
export function listSessions(): Promise<ListResult<SessionInfo>> {
  return http.get('/me/sessions')
}

/** DELETE /me/sessions/{id} */
export function revokeSession(id: SessionInfo['id']): Promise<void> {
  return http.delete(`/me/sessions/${encodeURIComponent(String(id))}`)
}
