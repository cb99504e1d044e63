// Helpers for the browser tests: Debian's chromium driven by playwright-core, a fresh profile per test.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
