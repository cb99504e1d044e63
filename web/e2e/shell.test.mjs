// The web shell end to end: sign-in, home, audit trail, language switch, sign-out; and a phone-sized check.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const OFFICE_ADMIN = { committee: '政协清涧县委员会', username: 'bangongshi', password: 'Zhixie#2026' }

describe('desktop', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('sign in, see home and the audit trail, switch to English, sign out', async () => {
    const { page, pageErrors } = browser

    await page.goto(`${baseUrl()}/`)
    await page.waitForURL(/\/login/)
    await page.getByRole('heading', { name: '智协' }).waitFor()
    await page.getByText('政协履职与办公平台').waitFor()
    await screenshot(page, 'desktop-01-login')

    // a wrong password is refused with the server's Chinese message
    await signIn(page, { ...OFFICE_ADMIN, password: 'not-the-password' })
    const error = page.locator('[data-test=login-error]')
    await error.waitFor()
    assert.match(await error.innerText(), /[\u4e00-\u9fff]/, 'the error message is in Chinese')
    await screenshot(page, 'desktop-02-login-error')

    await signIn(page, OFFICE_ADMIN)
    await page.waitForURL(`${baseUrl()}/`)
    await page.locator('[data-test=home-committee]', { hasText: '政协清涧县委员会' }).waitFor()
    assert.equal(await page.locator('[data-test=committee-name]').innerText(), '政协清涧县委员会')
    await page.locator('[data-test=home-roles]', { hasText: '办公室管理员' }).waitFor()
    await screenshot(page, 'desktop-03-home')

    // the audit trail lists our own sign-in: action 登录 by bangongshi on this very session
    const sessionId = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/me/sessions', { credentials: 'include' })
      /** @type {{ items: Array<{ id: number | string, current: boolean }> }} */
      const body = await answer.json()
      return String(body.items.find((s) => s.current)?.id)
    })
    await page.locator('[data-test=side-menu]').getByText('操作痕迹').click()
    await page.waitForURL(/\/system\/audit$/)
    await page.getByRole('heading', { name: '操作痕迹' }).waitFor()
    const ownLogin = page
      .locator('[data-test=audit-table] .el-table__body tr', { hasText: 'bangongshi' })
      .filter({ has: page.locator('td', { hasText: /^登录$/ }) })
      .filter({ has: page.locator('td', { hasText: new RegExp(`^${sessionId}$`) }) })
    await ownLogin.first().waitFor()
    await screenshot(page, 'desktop-04-audit')

    // English
    await page.locator('[data-test=lang-switch]').click()
    await page.locator('[data-test=lang-en]').click()
    await page.getByRole('heading', { name: 'Audit trail' }).waitFor()
    await page
      .locator('[data-test=audit-table] td', { hasText: /^Sign-in$/ })
      .first()
      .waitFor()
    await page.locator('[data-test=side-menu]').getByText('Audit trail').waitFor()
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en')
    await screenshot(page, 'desktop-05-audit-en')

    // the user menu leads to the own sessions (this one marked current) and to the password form
    await page.locator('[data-test=user-menu]').click()
    await page.locator('[data-test=menu-sessions]').click()
    await page.waitForURL(/\/account\/sessions$/)
    await page.locator('[data-test=session-current]').waitFor()
    await screenshot(page, 'desktop-06-sessions-en')
    await page.locator('[data-test=user-menu]').click()
    await page.locator('[data-test=menu-password]').click()
    await page.waitForURL(/\/account\/password$/)
    await page.locator('[data-test=password-new]').fill('weakpass')
    await page.locator('[data-test=password-repeat]').fill('weakpass')
    await page.locator('[data-test=password-submit]').click()
    await page.getByText('The new password does not meet the rules').waitFor()
    await screenshot(page, 'desktop-07-password-en')

    // unknown paths show the in-app 404 page
    await page.goto(`${baseUrl()}/no/such/page`)
    await page.locator('[data-test=error-404]').getByText('Page not found').waitFor()
    await screenshot(page, 'desktop-08-not-found-en')
    await page.getByRole('link', { name: 'Back to home' }).click()
    await page.waitForURL(`${baseUrl()}/`)

    // sign out → back at the sign-in page (still in English: the choice is remembered)
    await page.locator('[data-test=user-menu]').click()
    await page.locator('[data-test=menu-logout]').click()
    await page.waitForURL(/\/login/)
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    await screenshot(page, 'desktop-09-signed-out-en')

    // the session is really gone: a protected page sends us back to sign in
    await page.goto(`${baseUrl()}/system/audit`)
    await page.waitForURL(/\/login\?redirect=/)

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page')
  })
})

describe('phone (375 × 812)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 375, height: 812 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await browser?.close()
  })

  test('no page is wider than the screen', async () => {
    const { page, pageErrors } = browser
    /** @param {string} name */
    const check = async (name) => {
      await page.waitForTimeout(300) // let layout settle (drawer, table widths)
      await screenshot(page, `phone-${name}`)
      const width = await pageWidth(page)
      assert.ok(width <= 375, `${name}: scrollWidth ${width} > 375`)
    }

    await page.goto(`${baseUrl()}/login`)
    await page.getByRole('heading', { name: '智协' }).waitFor()
    await check('01-login')

    await signIn(page, OFFICE_ADMIN)
    await page.waitForURL(`${baseUrl()}/`)
    await page.locator('[data-test=home-committee]', { hasText: '政协清涧县委员会' }).waitFor()
    await check('02-home')

    // the sidebar is a drawer behind the hamburger button
    assert.equal(await page.locator('[data-test=side-menu]').count(), 0, 'no sidebar on a phone')
    await page.locator('[data-test=sidebar-toggle]').click()
    await page.locator('[data-test=side-menu]').waitFor()
    await check('03-drawer')
    await page.locator('[data-test=side-menu]').getByText('操作痕迹').click()
    await page.waitForURL(/\/system\/audit$/)
    await page.locator('[data-test=audit-table] .el-table__body tr').first().waitFor()
    await check('04-audit')

    await page.goto(`${baseUrl()}/account/sessions`)
    await page.locator('[data-test=session-current]').waitFor()
    await check('05-sessions')

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page')
  })
})
