// Results conversion (成果转化) end to end, in Daye: the office submits a report, a leader signs an instruction on
// it, the office assigns it to the demo unit, the unit (on a phone) acknowledges it and reports back that it is
// done with its outcomes — and the rates page, read before and after, counts it. Each page fits a phone.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const COMMITTEE = '政协大冶市委员会'
const as = (/** @type {string} */ username) => ({ committee: COMMITTEE, username, password: 'Zhixie#2026' })
const UNIT = '市住房和城乡建设局' // the demo unit login's unit
const stamp = String(Date.now()).slice(-6)
const TITLE = `建言要报：关于城区背街小巷改造的建议${stamp}`

/**
 * The rates page's figures for this year (the default year when it has reports).
 * @param {import('playwright-core').Page} page
 */
async function readRates(page) {
  await page.goto(`${baseUrl()}/conversion/rates`)
  await page.locator('[data-test=rates-cards]').waitFor()
  const num = async (/** @type {string} */ sel) => Number((await page.locator(sel).innerText()).trim())
  const rate = async (/** @type {string} */ code) =>
    (await page.locator(`[data-test=rate-${code}] [data-test=rate-value]`).innerText()).trim()
  return {
    year: Number(await page.locator('[data-test=rates-cards]').getAttribute('data-year')),
    submitted: await num('[data-test=count-submitted]'),
    instructed: await num('[data-test=count-instructed]'),
    assigned: await num('[data-test=count-assigned]'),
    acknowledged: await num('[data-test=count-acknowledged]'),
    completed: await num('[data-test=count-completed]'),
    documents: await num('[data-test=outcome-documents]'),
    matters: await num('[data-test=outcome-matters]'),
    completion: await rate('completion_rate'),
    definition: await page
      .locator('[data-test=rate-completion_rate] [data-test=rate-definition]')
      .innerText(),
  }
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function phoneCheck(page, name) {
  await page.waitForTimeout(300) // let layout settle
  await screenshot(page, name)
  const width = await pageWidth(page)
  assert.ok(width <= 390, `${name}: scrollWidth ${width} > 390`)
}

/**
 * Opens the report from the list by its title.
 * @param {import('playwright-core').Page} page
 */
async function openReport(page) {
  await page.goto(`${baseUrl()}/conversion/reports`)
  await page.locator('[data-test=conversion-filter-q]').fill(stamp)
  await page.locator('[data-test=conversion-filter-q]').press('Enter')
  await page.locator('[data-test=conversion-row]', { hasText: TITLE }).click()
  await page.locator('[data-test=conversion-heading]', { hasText: TITLE }).waitFor()
}

describe('conversion: sign, assign, acknowledge, report back, and the rates follow', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let desk
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let phone
  before(async () => {
    desk = await openBrowser({ width: 1366, height: 900 })
    phone = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await desk?.close()
    await phone?.close()
  })

  test('the chain, step by step, by the people it belongs to', async () => {
    const page = desk.page
    // the office submits (呈报)
    await signIn(page, as('bangongshi'))
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/conversion/reports`)
    await page.locator('[data-test=conversion-table] .el-table__body tr').first().waitFor()
    await screenshot(page, 'conversion-01-list')
    await page.locator('[data-test=conversion-new]').click()
    const form = page.locator('[data-test=conversion-new-dialog]')
    await form.waitFor()
    await form.locator('[data-test=conversion-new-kind]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '建言要报' }).click()
    await form.locator('[data-test=conversion-new-title]').fill(TITLE)
    await form.locator('textarea').fill('一、基本情况……二、意见建议……')
    await form.locator('[data-test=conversion-new-submit]').click()
    await page.locator('[data-test=conversion-heading]', { hasText: TITLE }).waitFor()
    await page.locator('[data-test=conversion-state]', { hasText: '已呈报' }).waitFor()
    assert.equal(
      await page.locator('[data-test=conversion-action-instruct]').count(),
      0,
      'the office cannot sign',
    )
    await page.context().clearCookies()

    // the leader reads the rates, then signs an instruction (签批)
    await signIn(page, as('lingdao'))
    await page.waitForURL(`${baseUrl()}/`)
    const before = await readRates(page)
    assert.equal(before.year, new Date(Date.now() + 8 * 3600e3).getUTCFullYear(), 'this year is shown')
    assert.match(before.definition, /÷/, 'the definition is shown beside the rate')
    await screenshot(page, 'conversion-02-rates-before')
    await openReport(page)
    await page.locator('[data-test=conversion-action-instruct]').click()
    const dialog = page.locator('[data-test=conversion-dialog]')
    await dialog
      .locator('[data-test=conversion-instruct-text]')
      .fill('所提建议很有针对性，请住建部门研究落实。')
    await dialog.locator('[data-test=conversion-dialog-submit]').click()
    await page.locator('[data-test=conversion-state]', { hasText: '已签批' }).waitFor()
    await page.locator('[data-test=conversion-instruction]', { hasText: '请住建部门研究落实' }).waitFor()
    await page.context().clearCookies()

    // the office assigns it to the unit (交办)
    await signIn(page, as('bangongshi'))
    await page.waitForURL(`${baseUrl()}/`)
    await openReport(page)
    await page.locator('[data-test=conversion-action-assign]').click()
    await dialog.locator('[data-test=conversion-assign-units]').click()
    await page.keyboard.type('住房')
    await page.locator('.el-select-dropdown__item:visible', { hasText: UNIT }).click()
    await dialog.locator('.el-dialog__title').click() // close the dropdown
    await dialog.locator('[data-test=conversion-dialog-submit]').click()
    await page.locator('[data-test=conversion-state]', { hasText: '已交办' }).waitFor()
    await page.locator('[data-test=conversion-assignment]', { hasText: UNIT }).waitFor()
    await screenshot(page, 'conversion-03-assigned')
    await page.context().clearCookies()

    // the unit, on a phone: its inbox has the item; it acknowledges (承办) and reports back as completed (反馈)
    const m = phone.page
    await signIn(m, as('chengban'))
    await m.waitForURL(`${baseUrl()}/`)
    await m.goto(`${baseUrl()}/conversion/inbox`)
    const row = m.locator('[data-test=conversion-row]', { hasText: TITLE })
    await row.waitFor()
    await phoneCheck(m, 'conversion-04-inbox-phone')
    await row.click()
    await m.locator('[data-test=conversion-heading]', { hasText: TITLE }).waitFor()
    await m.locator('[data-test=conversion-acknowledge]').click()
    await m.locator('[data-test=conversion-state]', { hasText: '承办中' }).waitFor()
    await m.locator('[data-test=conversion-report-back]').click()
    const fb = m.locator('[data-test=conversion-dialog]')
    await fb.locator('[data-test=conversion-feedback-done]').click()
    await fb.locator('[data-test=conversion-feedback-text]').fill('已完成12条背街小巷改造，群众反映良好。')
    await fb.locator('[data-test=conversion-feedback-documents] input').fill('1')
    await fb.locator('[data-test=conversion-feedback-matters] input').fill('2')
    await fb.locator('[data-test=conversion-dialog-submit]').click()
    await m.locator('[data-test=conversion-state]', { hasText: '已反馈' }).waitFor()
    await m.locator('[data-test=conversion-assignment]', { hasText: '已办成' }).waitFor()
    await phoneCheck(m, 'conversion-05-report-phone')
    // the timeline has every step, in order
    const steps = await m.locator('[data-test=conversion-step] strong').allInnerTexts()
    assert.deepEqual(steps, ['呈报', '签批', '交办', '承办', '反馈完毕'])

    // the leader's rates page counts it
    await signIn(page, as('lingdao'))
    await page.waitForURL(`${baseUrl()}/`)
    const afterRates = await readRates(page)
    assert.equal(
      afterRates.submitted,
      before.submitted,
      'it was already submitted when the leader first looked',
    )
    assert.equal(afterRates.instructed, before.instructed + 1)
    assert.equal(afterRates.assigned, before.assigned + 1)
    assert.equal(afterRates.acknowledged, before.acknowledged + 1)
    assert.equal(afterRates.completed, before.completed + 1)
    assert.equal(afterRates.documents, before.documents + 1)
    assert.equal(afterRates.matters, before.matters + 2)
    assert.notEqual(afterRates.completion, before.completion, 'the completion rate moved')
    await screenshot(page, 'conversion-06-rates-after')
    // the completed figure drills down to the items behind it, ours among them
    await page.locator('[data-test=count-completed]').click()
    const drawer = page.locator('[data-test=rates-drill]')
    await drawer.locator('[data-test=rates-drill-item]', { hasText: TITLE }).waitFor()
    assert.equal(await drawer.locator('[data-test=rates-drill-item]').count(), afterRates.completed)
    assert.deepEqual(desk.pageErrors, [])
    assert.deepEqual(phone.pageErrors, [])
  })

  test('the rates page and a report fit a phone', async () => {
    const m = phone.page
    await m.context().clearCookies()
    await signIn(m, as('lingdao'))
    await m.waitForURL(`${baseUrl()}/`)
    await m.goto(`${baseUrl()}/conversion/rates`)
    await m.locator('[data-test=rates-cards]').waitFor()
    await phoneCheck(m, 'conversion-07-rates-phone')
    await m.goto(`${baseUrl()}/conversion/reports`)
    await m.locator('[data-test=conversion-row]').first().waitFor()
    await phoneCheck(m, 'conversion-08-list-phone')
  })
})
