export type CommitteeLevel = 'province' | 'city' | 'county'

export interface CommitteeOption {
  code: string
  name: string
  level: CommitteeLevel
}

export interface Committee extends CommitteeOption {
  id: number | string
}

export interface CurrentUser {
  id: number | string
  username: string
  display_name: string
  roles: string[]
  must_change_password: boolean
  committee: Committee
}

/** The payload of POST /auth/login and GET /me. */
export interface SessionPayload {
  user: CurrentUser
  permissions: string[]
  csrf_token: string
}

export interface LoginRequest {
  committee_code: string
  username: string
  password: string
}
