import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, configureClient, http, resetClient, type ClientHooks } from '@/api/client'
import { jsonResponse, mockFetch } from './helpers'

function installHooks(overrides: Partial<ClientHooks> = {}) {
  const hooks = {
    getCsrfToken: vi.fn(() => 'tok-123'),
    getLocale: vi.fn(() => 'en'),
    notify: vi.fn(),
    onUnauthorized: vi.fn(),
    networkErrorMessage: () => '网络错误',
    httpErrorMessage: (status: number) => `服务器错误 ${status}`,
    ...overrides,
  }
  configureClient(hooks)
  return hooks
}

describe('request client', () => {
  beforeEach(() => resetClient())
  afterEach(() => vi.unstubAllGlobals())

  it('builds URLs under /api/v1 and drops empty query values', () => {
    expect(
      buildUrl('/audit', {
        page: 2,
        page_size: 50,
        action: '',
        actor: undefined,
        to: null,
        from: '2026-01-01',
      }),
    ).toBe('/api/v1/audit?page=2&page_size=50&from=2026-01-01')
    expect(buildUrl('me')).toBe('/api/v1/me')
  })

  it('sends the cookie and the UI locale, but no CSRF token, on GET', async () => {
    installHooks()
    const { calls } = mockFetch(jsonResponse(200, { items: [], total: 0 }))
    const result = await http.get<{ total: number }>('/me/sessions')
    expect(result).toEqual({ items: [], total: 0 })
    expect(calls[0]?.url).toBe('/api/v1/me/sessions')
    expect(calls[0]?.init.method).toBe('GET')
    expect(calls[0]?.init.credentials).toBe('include')
    expect(calls[0]?.headers['Accept-Language']).toBe('en')
    expect(calls[0]?.headers).not.toHaveProperty('X-CSRF-Token')
  })

  it.each(['post', 'put', 'patch', 'delete'] as const)('attaches X-CSRF-Token on %s', async (method) => {
    installHooks()
    const { calls } = mockFetch(jsonResponse(204))
    const result = await (method === 'delete' ? http.delete('/me/sessions/7') : http[method]('/x', { a: 1 }))
    expect(result).toBeUndefined()
    expect(calls[0]?.init.method).toBe(method.toUpperCase())
    expect(calls[0]?.headers['X-CSRF-Token']).toBe('tok-123')
  })

  it('sends a JSON body with its content type', async () => {
    installHooks()
    const { calls } = mockFetch(jsonResponse(200, { ok: true }))
    await http.post('/auth/login', { committee_code: 'qingjian', username: 'a', password: 'b' })
    expect(calls[0]?.headers['Content-Type']).toBe('application/json')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      committee_code: 'qingjian',
      username: 'a',
      password: 'b',
    })
  })

  it('omits the CSRF header when there is no token yet (before sign-in)', async () => {
    installHooks({ getCsrfToken: () => null })
    const { calls } = mockFetch(jsonResponse(200, {}))
    await http.post('/auth/login', {})
    expect(calls[0]?.headers).not.toHaveProperty('X-CSRF-Token')
  })

  it('unwraps the error envelope into an ApiError and shows the server message', async () => {
    const hooks = installHooks()
    mockFetch(
      jsonResponse(409, {
        error: { code: 'stale_version', message: '记录已被他人修改', details: { version: 3 } },
      }),
    )
    const error = await http.put('/things/1', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 409,
      code: 'stale_version',
      message: '记录已被他人修改',
      details: { version: 3 },
    })
    expect(hooks.notify).toHaveBeenCalledWith(error)
    expect(hooks.onUnauthorized).not.toHaveBeenCalled()
  })

  it('keeps quiet when the caller shows the error itself', async () => {
    const hooks = installHooks()
    mockFetch(jsonResponse(422, { error: { code: 'weak_password', message: '密码太弱' } }))
    const error = await http.post('/me/password', {}, { notify: false }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'weak_password', details: {} })
    expect(hooks.notify).not.toHaveBeenCalled()
  })

  it('turns an answer without an envelope into a generic, localised error', async () => {
    const hooks = installHooks()
    mockFetch(new Response('<html>Bad Gateway</html>', { status: 502 }))
    const error = await http.get('/me').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 502, code: 'http_502', message: '服务器错误 502' })
    expect(hooks.notify).toHaveBeenCalledOnce()
  })

  it('reports a network failure as network_error', async () => {
    const hooks = installHooks()
    mockFetch(new TypeError('Failed to fetch'))
    const error = await http.get('/me').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 0, code: 'network_error', message: '网络错误' })
    expect(hooks.notify).toHaveBeenCalledOnce()
  })

  it('on 401 (session gone) runs the sign-out hook instead of a toast', async () => {
    const hooks = installHooks()
    mockFetch(jsonResponse(401, { error: { code: 'unauthenticated', message: '请先登录' } }))
    const error = await http.get('/audit').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated', isSessionLost: true })
    expect(hooks.onUnauthorized).toHaveBeenCalledWith(error)
    expect(hooks.notify).not.toHaveBeenCalled()
  })

  it('treats a 401 about typed credentials as an ordinary error, not a lost session', async () => {
    const hooks = installHooks()
    mockFetch(jsonResponse(401, { error: { code: 'wrong_password', message: '当前密码不正确' } }))
    const error = await http.post('/me/password', {}).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'wrong_password', isSessionLost: false })
    expect(hooks.onUnauthorized).not.toHaveBeenCalled()
    expect(hooks.notify).toHaveBeenCalledWith(error)
  })

  it('lets a caller handle 401 itself (session probe on start-up)', async () => {
    const hooks = installHooks()
    mockFetch(jsonResponse(401, { error: { code: 'unauthenticated', message: '请先登录' } }))
    await expect(http.get('/me', { notify: false, redirectOn401: false })).rejects.toBeInstanceOf(ApiError)
    expect(hooks.onUnauthorized).not.toHaveBeenCalled()
    expect(hooks.notify).not.toHaveBeenCalled()
  })
})
