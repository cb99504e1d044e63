import { http } from '../client'
import type { ListResult } from '../types'
import type { CommitteeOption, LoginRequest, SessionPayload } from './types'

/** GET /auth/committees — public list for the sign-in page. */
export function listCommittees(): Promise<Pick<ListResult<CommitteeOption>, 'items'>> {
  return http.get('/auth/committees')
}

/** POST /auth/login — the page shows errors inline, so they are not toasted. */
export function login(body: LoginRequest): Promise<SessionPayload> {
  return http.post('/auth/login', body, { notify: false })
}

/** POST /auth/logout */
export function logout(): Promise<void> {
  return http.post('/auth/logout', undefined, { notify: false, redirectOn401: false })
}

/** GET /me — used to restore the session on start-up; a 401 simply means "not signed in". */
export function fetchMe(): Promise<SessionPayload> {
  return http.get('/me', { notify: false, redirectOn401: false })
}
