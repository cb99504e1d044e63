import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import '@/router/types'
import { routes } from '@/router/routes'
import { authGuard } from '@/router/guard'
import { resetClient } from '@/api/client'
import { useAuthStore } from '@/stores/auth'
import { safeRedirect } from '@/utils/redirect'
import { jsonResponse, mockFetch } from './helpers'
import { sessionPayload } from './fixtures'

function makeRouter(): Router {
  const router = createRouter({ history: createMemoryHistory(), routes })
  router.beforeEach(authGuard)
  return router
}

describe('router guard', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    resetClient()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends a visitor without a session to /login with the wanted page', async () => {
    const { calls } = mockFetch(
      jsonResponse(401, { error: { code: 'unauthenticated', message: '请先登录' } }),
    )
    const router = makeRouter()
    await router.push('/system/audit?page=2')
    expect(calls[0]?.url).toBe('/api/v1/me')
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/system/audit?page=2')
  })

  it('restores the session from GET /me and opens the page', async () => {
    mockFetch(jsonResponse(200, sessionPayload({}, ['system:audit:read'])))
    const router = makeRouter()
    await router.push('/system/audit')
    expect(router.currentRoute.value.name).toBe('system-audit')
    expect(useAuthStore().csrfToken).toBe('csrf-abc')
  })

  it('shows 403 for a page whose permission the user lacks', async () => {
    useAuthStore().setSession(sessionPayload({ roles: ['member'] }, ['system:committee:read']))
    const router = makeRouter()
    await router.push('/system/audit')
    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('keeps a user who must change the password on that page', async () => {
    useAuthStore().setSession(sessionPayload({ must_change_password: true }, ['system:audit:read']))
    const router = makeRouter()
    await router.push('/system/audit')
    expect(router.currentRoute.value.name).toBe('account-password')
    expect(router.currentRoute.value.query.redirect).toBe('/system/audit')
    await router.push('/')
    expect(router.currentRoute.value.name).toBe('account-password')
  })

  it('moves a signed-in user away from the sign-in page', async () => {
    useAuthStore().setSession(sessionPayload())
    const router = makeRouter()
    await router.push('/login?redirect=/account/sessions')
    expect(router.currentRoute.value.name).toBe('account-sessions')
  })

  it('shows the in-app 404 page for unknown paths', async () => {
    useAuthStore().setSession(sessionPayload())
    const router = makeRouter()
    await router.push('/no/such/page')
    expect(router.currentRoute.value.name).toBe('not-found')
  })
})

describe('safeRedirect', () => {
  it('accepts in-app paths only', () => {
    expect(safeRedirect('/system/audit?page=2')).toBe('/system/audit?page=2')
    expect(safeRedirect(['/account/sessions'])).toBe('/account/sessions')
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect('/login?redirect=/x')).toBe('/')
    expect(safeRedirect(undefined)).toBe('/')
  })
})
