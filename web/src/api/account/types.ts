import type { IsoDateTime } from '../types'

export interface ChangePasswordRequest {
  current_password: string
  new_password: string
}

export interface SessionInfo {
  id: string | number
  created_at: IsoDateTime
  last_seen_at: IsoDateTime
  ip: string
  user_agent: string
  current: boolean
}
