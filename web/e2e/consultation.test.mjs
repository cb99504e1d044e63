// 社情民意 and the topic pipeline end to end. A member writes a report on a phone (the counter counts as they
// type), the office adopts it into the 信息专报, and the member sees it adopted; a topic proposed by the member
// moves through the five steps, each taken by its own user (department, leader, office, Party committee),
// and lands in the annual plan.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const COMMITTEE = '政协清涧县委员会'
/** @param {string} username */
const as = (username) => ({ committee: COMMITTEE, username, password: 'Zhixie#2026' })
const stamp = String(Date.now()).slice(-6)
const REPORT = `关于村道安装路灯的建议${stamp}`
const TOPIC = `推动乡村旅游发展${stamp}`

/**
 * @param {import('playwright-core').Page} page
 * @param {string} username
 */
async function switchTo(page, username) {
  await page.context().clearCookies()
  await signIn(page, as(username))
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

/**
 * Chooses an option of the Element Plus select marked `data-test` (the first when `option` is empty).
 * @param {import('playwright-core').Page} page
 * @param {string} test
 * @param {string} option
 */
async function choose(page, test, option = '') {
  await page.locator(`[data-test=${test}]`).click()
  const items = page.locator('.el-select-dropdown__item:visible', option ? { hasText: option } : {})
  await items.first().click()
  // wait until the dropdown has closed, so the next choice cannot land in this one while it fades out
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('.el-select-dropdown__item')).some(
        (e) => e.getClientRects().length > 0,
      ),
  )
}

describe('information and the topic pipeline', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let phone
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let desk
  before(async () => {
    phone = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
    desk = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await phone?.close()
    await desk?.close()
  })

  test('a member submits on a phone, the office adopts it, the member sees it adopted', async () => {
    const m = phone.page
    await switchTo(m, 'weiyuan')
    await m.goto(`${baseUrl()}/info/mine`)
    await m.locator('[data-test=info-title]').fill(REPORT)
    await m.locator('[data-test=info-text]').fill('村道夜间没有路灯，群众出行不便。建议分批安装太阳能路灯。')
    const counter = await m.locator('[data-test=info-counter]').innerText()
    assert.match(counter, /^28 \/ 1500 字/, 'the counter counts characters as they are typed')
    await screenshot(m, 'info-mine-phone')
    assert.ok((await pageWidth(m)) <= 390, 'the form fits a 390-px phone')
    await m.locator('[data-test=info-submit]').click()
    await m.locator('[data-test=info-sent]').waitFor()
    const mine = m.locator('[data-test=info-mine-row]', { hasText: REPORT })
    await mine.locator('[data-test=info-mine-state]', { hasText: '已报送' }).waitFor()

    const o = desk.page
    await switchTo(o, 'bangongshi')
    await o.goto(`${baseUrl()}/info/desk`)
    await o.locator('[data-test=info-row-link]', { hasText: REPORT }).click()
    await o.locator('[data-test=info-detail-title]', { hasText: REPORT }).waitFor()
    await o.locator('.el-tabs__item', { hasText: '登记采用' }).click()
    await o.locator('[data-test=info-adopt-outlet]').fill(`信息专报第${stamp}期`)
    await o.locator('[data-test=info-adopt]').click()
    await o.locator('[data-test=info-adoption]', { hasText: '本会信息专报' }).waitFor()
    await o.locator('[data-test=info-body-state]', { hasText: '已采用' }).waitFor()
    await screenshot(o, 'info-detail-desk')

    await m.reload()
    await m
      .locator('[data-test=info-mine-row]', { hasText: REPORT })
      .locator('[data-test=info-mine-state]', { hasText: '已采用' })
      .waitFor()
    await m.locator('[data-test=info-mine-row]', { hasText: REPORT }).click()
    await m.locator('[data-test=info-adoption]', { hasText: '本会信息专报' }).waitFor()
    await screenshot(m, 'info-mine-adopted-phone')
    assert.deepEqual(phone.pageErrors, [])
    assert.deepEqual(desk.pageErrors, [])
  })

  test('a topic moves through the five steps, each by its own user, into the annual plan', async () => {
    const p = desk.page
    /** @param {string} state */
    const card = (state) =>
      p.locator(`[data-test=topic-col-${state}] [data-test=topic-card]`, { hasText: TOPIC })
    await switchTo(p, 'weiyuan')
    await p.goto(`${baseUrl()}/consultation/topics`)
    await p.locator('[data-test=topic-propose]').click()
    await p.locator('[data-test=topic-title]').fill(TOPIC)
    await p.locator('[data-test=topic-propose-submit]').click()
    await card('proposed').waitFor()
    assert.equal(await card('proposed').locator('button').count(), 0, 'a member has no step to take')

    const steps = [
      ['chengban', 'proposed', 'recommend', 'recommended'],
      ['lingdao', 'recommended', 'pick', 'picked'],
      ['bangongshi', 'picked', 'select', 'selected'],
      ['dangzheng', 'selected', 'decide', 'decided'],
    ]
    for (const [user, from, transition, to] of steps) {
      await switchTo(p, user)
      await p.goto(`${baseUrl()}/consultation/topics`)
      const button = card(from).locator(`[data-test=topic-${transition}]`)
      await button.waitFor() // the step is offered to the user it belongs to
      await button.click()
      if (transition === 'select') {
        await choose(p, 'topic-form', '界别协商')
        await choose(p, 'topic-month', '5月')
        await choose(p, 'topic-body')
      }
      await p.locator('[data-test=topic-step-submit]').click()
      await card(to).waitFor()
      if (transition === 'select') await screenshot(p, 'consultation-topics-desk')
    }
    assert.equal(await card('decided').locator('button').count(), 0, 'nothing is left to do once decided')
    await p.goto(`${baseUrl()}/consultation/plan`)
    await p.locator('[data-test=plan-item]', { hasText: TOPIC }).waitFor()
    await screenshot(p, 'consultation-plan-desk')
    assert.deepEqual(desk.pageErrors, [])
  })
})
