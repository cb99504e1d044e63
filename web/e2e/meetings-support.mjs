// What the meetings browser tests share: China-time inputs and a minimal API client that sets the scene.
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, signIn } from './support.mjs'

/** China-time "YYYY-MM-DDTHH:MM" `minutes` from now. */
export const chinaTime = (/** @type {number} */ minutes) =>
  new Date(Date.now() + (8 * 60 + minutes) * 60e3).toISOString().slice(0, 16)

/** A minimal API client (cookie + CSRF) for setting the scene. */
export class Api {
  cookie = ''
  csrf = ''
  /** @param {string} username @param {string} password */
  async login(username, password) {
    const r = await this.call('POST', '/api/v1/auth/login', {
      committee_code: 'qingjian',
      username,
      password,
    })
    this.csrf = r.csrf_token
    return this
  }
  /** @param {string} method @param {string} path @param {unknown} [body] */
  async call(method, path, body) {
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': 'application/json' }
    if (this.cookie) headers.Cookie = this.cookie
    if (this.csrf && method !== 'GET') headers['X-CSRF-Token'] = this.csrf
    const res = await fetch(baseUrl() + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const set = res.headers.getSetCookie().find((c) => c.startsWith('zx_session='))
    if (set) this.cookie = set.split(';')[0]
    const text = await res.text()
    assert.ok(res.status < 300, `${method} ${path}: ${res.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
}

export const DESKTOP = /** @type {const} */ ([{ width: 1366, height: 860 }, {}])
export const PHONE = /** @type {const} */ ([
  { width: 390, height: 844 },
  { isMobile: true, hasTouch: true },
])

/**
 * A browser (DESKTOP or PHONE) signed in as `who` and on the home page; close() it when done.
 * @param {{ committee: string, username: string, password: string }} who
 * @param {readonly [any, any]} [screen]
 */
export async function browserAs(who, [viewport, device] = DESKTOP) {
  const browser = await openBrowser(viewport, device)
  await signIn(browser.page, who)
  await browser.page.waitForURL(`${baseUrl()}/`)
  return browser
}
