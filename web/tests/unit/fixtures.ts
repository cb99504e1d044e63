import type { SessionPayload } from '@/api/auth/types'

export function sessionPayload(
  overrides: Partial<SessionPayload['user']> = {},
  permissions: string[] = [],
): SessionPayload {
  return {
    user: {
      id: 1,
      username: 'bangongshi',
      display_name: '办公室',
      roles: ['office_admin'],
      must_change_password: false,
      committee: { id: 1, code: 'qingjian', name: '政协清涧县委员会', level: 'county' },
      ...overrides,
    },
    permissions,
    csrf_token: 'csrf-abc',
  }
}
