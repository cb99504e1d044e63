// Helpers for the browser tests: Debian's chromium driven by playwright-core, a fresh profile per test.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.ZHIXIE_CHROMIUM || '/usr/bin/chromium'
export const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url))

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The server under test, e.g. http://127.0.0.1:18080 (the test script starts it). */
export function baseUrl() {
  const url = process.env.ZHIXIE_E2E_URL
  if (!url) throw new Error('ZHIXIE_E2E_URL is not set: start the server and point ZHIXIE_E2E_URL at it')
  return url.replace(/\/+$/, '')
}

/**
 * Opens a browser with a fresh, throw-away profile.
 * @param {{ width: number, height: number }} viewport
 * @param {{ isMobile?: boolean, hasTouch?: boolean }} [device]
 */
export async function openBrowser(viewport, device = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'zhixie-e2e-'))
  await mkdir(RESULTS_DIR, { recursive: true })
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'zh-CN',
    ...device,
  })
  context.setDefaultTimeout(15_000)
  const page = context.pages()[0] ?? (await context.newPage())
  /** @type {string[]} */
  const pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  return {
    page,
    pageErrors,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true })
}

/**
 * Signs in through the form.
 * @param {import('playwright-core').Page} page
 * @param {{ committee: string, username: string, password: string }} who
 */
export async function signIn(page, who) {
  await page.goto(`${baseUrl()}/login`)
  await page.locator('[data-test=login-committee]').click()
  await page.keyboard.type(who.committee.slice(2, 4))
  await page.locator('.el-select-dropdown__item', { hasText: who.committee }).click()
  await page.locator('[data-test=login-username]').fill(who.username)
  await page.locator('[data-test=login-password]').fill(who.password)
  await page.locator('[data-test=login-submit]').click()
}

/** @param {import('playwright-core').Page} page */
export function pageWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

/** A minimal API client (cookie + CSRF) for setting the scene. */
export class Api {
  cookie = ''
  csrf = ''
  /** @param {string} username @param {string} password @param {string} [committee] the committee's code */
  async login(username, password, committee = 'qingjian') {
    const r = await this.call('POST', '/api/v1/auth/login', {
      committee_code: committee,
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
