// Village assistance (驻点村帮扶) in the browser: Daye's office opens its villages from the 机关建设 menu, sees
// the funds raised (more than ¥8 million, computed from the records), records a fund for one village, and the
// village's total, its year and the list's total all change by exactly that amount; a wrong amount is refused
// in the form; both pages fit a phone.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const DAYE_OFFICE = { committee: '政协大冶市委员会', username: 'bangongshi', password: 'Zhixie#2026' }

/** "¥8,260,400.50" → 826040050 (fen), read digit by digit. */
const fenOf = (/** @type {string} */ text) => {
  const m = /¥([\d,]+)(?:\.(\d\d))?/.exec(text)
  assert.ok(m, `an amount in ${text}`)
  return Number(m[1].replaceAll(',', '')) * 100 + Number(m[2] ?? 0)
}
/** "826.04万元" → 826.04 */
const wanOf = (/** @type {string} */ text) => Number(/([\d.]+)万元/.exec(text)?.[1])

/**
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
async function openFromMenu(page, label) {
  const side = page.locator('[data-test=side-menu]')
  const item = side.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await side.locator('.el-sub-menu__title', { hasText: '机关建设' }).click()
  await item.click()
}

describe('village assistance (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('staff add a fund record and the totals change by exactly that amount', async () => {
    const { page, pageErrors } = browser
    await signIn(page, DAYE_OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await openFromMenu(page, '驻点村帮扶')
    await page.waitForURL(/\/office\/villages$/)
    const total = page.locator('[data-test=village-funds-total]')
    await total.waitFor()
    const listText = await total.innerText()
    const before = wanOf(listText)
    assert.ok(before > 800, `帮助驻点村筹集资金800余万元: ${before}万元`)
    await screenshot(page, 'villages-01-list')

    await page.locator('[data-test=village-table] .el-table__body tr').first().locator('a').click()
    await page.waitForURL(/\/office\/villages\/\d+$/)
    const villageTotal = page.locator('[data-test=village-total]')
    await villageTotal.waitFor()
    const villageText = await villageTotal.innerText()
    const fenBefore = fenOf(villageText)
    assert.ok((await page.locator('[data-test=project]').allInnerTexts()).some((p) => /黄桃|莲藕/.test(p)))
    const thisYear = new Date(Date.now() + 8 * 3600e3).getUTCFullYear()
    const yearBefore = await page.locator('[data-test=village-by-year]').innerText()

    await page.locator('[data-test=fund-add]').click()
    const dialog = page.locator('[data-test=village-dialog]')
    await dialog.waitFor()
    await dialog.locator('[data-test=fund-source]').fill('浏览器测试：委员爱心捐赠')
    await dialog.locator('[data-test=fund-amount]').fill('12.345')
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.locator('.el-form-item__error', { hasText: '两位小数' }).waitFor()
    await dialog.locator('[data-test=fund-amount]').fill('12,345.67')
    await screenshot(page, 'villages-02-fund')
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('.el-message--success').first().waitFor()
    await page.waitForFunction(
      (old) => document.querySelector('[data-test=village-total]')?.textContent?.trim() !== old,
      villageText.trim(),
    )
    assert.equal(fenOf(await villageTotal.innerText()), fenBefore + 1234567, 'no float rounding')
    const yearAfter = await page.locator('[data-test=village-by-year]').innerText()
    assert.notEqual(yearAfter, yearBefore)
    assert.match(yearAfter, new RegExp(`${thisYear}年`))
    assert.ok((await page.locator('[data-test=fund-table]').innerText()).includes('浏览器测试：委员爱心捐赠'))
    await screenshot(page, 'villages-03-detail')

    await page.getByRole('button', { name: '返回列表' }).click()
    await page.waitForURL(/\/office\/villages$/)
    await page.waitForFunction(
      (old) => document.querySelector('[data-test=village-funds-total]')?.textContent?.trim() !== old,
      listText.trim(),
    )
    const after = wanOf(await total.innerText())
    // ¥12,345.67 is 1.23万元 as the headline rounds it
    const grew = Math.round(after * 100) - Math.round(before * 100)
    assert.ok(grew >= 122 && grew <= 124, `${before} → ${after}万元`)
    assert.deepEqual(pageErrors, [])
  })
})

describe('village assistance: records changed after entry (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test("a fund is corrected, a project suspended, and a cadre's stay ended: the cadre shows as former", async () => {
    const { page, pageErrors } = browser
    await signIn(page, DAYE_OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/villages`)
    await page.locator('[data-test=village-table] .el-table__body tr').first().locator('a').click()
    const villageTotal = page.locator('[data-test=village-total]')
    await villageTotal.waitFor()
    const dialog = page.locator('[data-test=village-dialog]')

    // a fund: recorded as ¥1,000, corrected to ¥1,500.50 — the total moves by the difference, in whole fen
    await page.locator('[data-test=fund-add]').click()
    await dialog.locator('[data-test=fund-source]').fill('浏览器测试：待更正的捐款')
    await dialog.locator('[data-test=fund-amount]').fill('1000')
    let text = await villageTotal.innerText()
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.waitForFunction(
      (old) => document.querySelector('[data-test=village-total]')?.textContent?.trim() !== old,
      text.trim(),
    )
    const fenBefore = fenOf(await villageTotal.innerText())
    await page
      .locator('[data-test=fund-table] .el-table__body tr', { hasText: '浏览器测试：待更正的捐款' })
      .locator('[data-test=fund-edit]')
      .click()
    await dialog.waitFor()
    assert.equal(await dialog.locator('[data-test=fund-amount]').inputValue(), '1000')
    await dialog.locator('[data-test=fund-source]').fill('浏览器测试：已更正的捐款')
    await dialog.locator('[data-test=fund-amount]').fill('1,500.50')
    await screenshot(page, 'villages-06-fund-edit')
    text = await villageTotal.innerText()
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.waitForFunction(
      (old) => document.querySelector('[data-test=village-total]')?.textContent?.trim() !== old,
      text.trim(),
    )
    assert.equal(fenOf(await villageTotal.innerText()), fenBefore + 50050)
    assert.ok((await page.locator('[data-test=fund-table]').innerText()).includes('浏览器测试：已更正的捐款'))

    // a project suspended through its edit dialog
    const project = page.locator('[data-test=project]').first()
    await project.locator('[data-test=project-edit]').click()
    await dialog.waitFor()
    await dialog.locator('[data-test=project-status]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '暂停' }).click()
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await project.locator('.el-tag', { hasText: '暂停' }).waitFor()

    // a cadre stationed since 2024 whose stay ended yesterday is former now
    const role = `驻村工作队员（测试${String(Date.now()).slice(-5)}）`
    await page.locator('[data-test=cadre-add]').click()
    await dialog.waitFor()
    await dialog.locator('.el-form-item', { hasText: '驻村干部' }).locator('.el-select').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    await dialog.locator('.el-form-item', { hasText: '驻村职务' }).locator('input').fill(role)
    const start = dialog.locator('.el-form-item', { hasText: '开始' }).locator('input').first()
    await start.click()
    await start.fill('2024-01-01')
    await start.press('Enter')
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.locator('[data-test=cadre-table] .el-table__body tr', { hasText: role })
    await row.locator('[data-test=cadre-state]', { hasText: '在驻' }).waitFor()
    const name = (await row.locator('td').first().innerText()).split(/\s/)[0]
    await row.locator('[data-test=cadre-end]').click()
    await dialog.waitFor()
    assert.match(await page.locator('.el-dialog__title:visible').innerText(), new RegExp(`结束驻村：${name}`))
    const yesterday = new Date(Date.now() + 8 * 3600e3 - 86400e3).toISOString().slice(0, 10)
    const end = dialog.locator('.el-form-item', { hasText: '结束' }).locator('input').first()
    await end.click()
    await end.fill(yesterday)
    await end.press('Enter')
    await screenshot(page, 'villages-07-end-stay')
    await dialog.locator('[data-test=village-dialog-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await row.locator('[data-test=cadre-state]', { hasText: '已离任' }).waitFor()
    assert.match(await row.innerText(), new RegExp(yesterday))
    await screenshot(page, 'villages-08-detail-edited')
    assert.deepEqual(pageErrors, [])
  })
})

describe('village assistance (phone)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await browser?.close()
  })

  test('the list and a village fit the screen', async () => {
    const { page, pageErrors } = browser
    await signIn(page, DAYE_OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/villages`)
    await page.locator('[data-test=village-funds-total]').waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'villages-04-phone-list')
    assert.ok((await pageWidth(page)) <= 390)
    await page.locator('[data-test=village-table] .el-table__body tr').first().locator('a').click()
    await page.locator('[data-test=village-total]').waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'villages-05-phone-detail')
    assert.ok((await pageWidth(page)) <= 390)
    assert.deepEqual(pageErrors, [])
  })
})
