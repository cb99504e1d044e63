import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { ElMessage } from 'element-plus'
import { http, resetClient } from '@/api/client'
import { installApiHooks } from '@/plugins/api-hooks'
import { useAuthStore } from '@/stores/auth'
import { useAppStore } from '@/stores/app'
import { i18n } from '@/locales'
import { jsonResponse, mockFetch } from './helpers'
import { sessionPayload } from './fixtures'

vi.mock('element-plus', async (importOriginal) => {
  const original = await importOriginal<typeof import('element-plus')>()
  return { ...original, ElMessage: vi.fn() }
})

const Page = { render: () => null }

async function setup(start: string): Promise<Router> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: Page },
      { path: '/system/audit', name: 'audit', component: Page },
    ],
  })
  installApiHooks(router)
  await router.push(start)
  return router
}

describe('client wired to the app', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    resetClient()
    i18n.global.locale.value = 'zh-CN'
    localStorage.clear()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('takes the CSRF token from the auth store and the language from the app store', async () => {
    await setup('/system/audit')
    useAuthStore().setSession(sessionPayload())
    useAppStore().setLocale('en')
    const { calls } = mockFetch(jsonResponse(204))
    await http.delete('/me/sessions/9')
    expect(calls[0]?.headers['X-CSRF-Token']).toBe('csrf-abc')
    expect(calls[0]?.headers['Accept-Language']).toBe('en')
  })

  it('on 401 clears the auth store and goes to /login keeping the wanted page', async () => {
    const router = await setup('/system/audit?action=login')
    const auth = useAuthStore()
    auth.setSession(sessionPayload({}, ['system:audit:read']))
    mockFetch(jsonResponse(401, { error: { code: 'unauthenticated', message: '登录已失效' } }))

    await expect(http.get('/audit')).rejects.toMatchObject({ status: 401 })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))

    expect(router.currentRoute.value.query.redirect).toBe('/system/audit?action=login')
    expect(auth.user).toBeNull()
    expect(auth.csrfToken).toBeNull()
    expect(auth.permissions).toEqual([])
    expect(ElMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'warning', message: '登录已失效' }),
    )
  })

  it('shows the server message of other errors with ElMessage', async () => {
    await setup('/system/audit')
    mockFetch(jsonResponse(403, { error: { code: 'forbidden', message: '没有权限' } }))
    await expect(http.get('/audit')).rejects.toMatchObject({ code: 'forbidden' })
    expect(ElMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'error', message: '没有权限' }))
  })

  it('gives a localised message when the server cannot be reached', async () => {
    await setup('/system/audit')
    mockFetch(new TypeError('Failed to fetch'))
    await expect(http.get('/audit')).rejects.toMatchObject({
      code: 'network_error',
      message: '无法连接服务器，请检查网络后重试',
    })
  })
})
