// The office's scoring sheets and the preview of an assessment's computed parts, end to end: the office admin
// creates a sheet (a scored item and an attendance item), edits it (a sum other than 100 is caught before it is
// sent), then scores a body and sees the computed part worked out from the records before saving; the sheet
// dialog fits a phone. A recorded article is edited and then deleted from the publicity list.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const OFFICE = { committee: '政协清涧县委员会', username: 'bangongshi', password: 'Zhixie#2026' }
const SHEET = `部门季度考核评分表${String(Date.now()).slice(-6)}`

/**
 * Sets an item's name, maximum and (optionally) how it is counted in the sheet dialog.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} item
 * @param {{ name?: string, max?: string, source?: string }} v
 */
async function setItem(page, item, v) {
  if (v.name !== undefined) await item.locator('[data-test=sheet-item-name]').fill(v.name)
  if (v.max !== undefined) {
    const input = item.locator('[data-test=sheet-item-max] input')
    await input.fill(v.max)
    await input.press('Tab')
  }
  if (v.source) {
    await item.locator('[data-test=sheet-item-source]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: v.source }).click()
  }
}

describe('office: scoring sheets and the computed preview (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('create a sheet, edit it, score a body with its computed part shown before saving', async () => {
    const { page, pageErrors } = browser
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/assessment`)
    await page.locator('[data-test=assessment-table] .el-table__body tr').first().waitFor()

    // a new sheet: one scored item and one computed from attendance, adding up to 100
    await page.locator('[data-test=sheet-new]').click()
    const dialog = page.locator('[data-test=sheet-dialog]')
    await dialog.waitFor()
    await dialog.locator('[data-test=sheet-name]').fill(SHEET)
    await setItem(page, dialog.locator('[data-test=sheet-item]').nth(0), { name: '工作实绩', max: '70' })
    await dialog.locator('[data-test=sheet-add-item]').click()
    await setItem(page, dialog.locator('[data-test=sheet-item]').nth(1), {
      name: '会议和组织生活出勤',
      source: '按会议和组织生活出勤率计算',
    })
    assert.equal((await dialog.locator('[data-test=sheet-sum]').innerText()).trim(), '满分合计 100 分')
    await screenshot(page, 'office-assessment-01-new-sheet')
    await dialog.locator('[data-test=sheet-submit]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('[data-test=assessment-sheet]', { hasText: SHEET }).waitFor()

    // edit it: a third item makes 110 — refused in the form — then the first item gives up 10 points
    await page.locator('[data-test=sheet-edit]').click()
    await dialog.waitFor()
    assert.equal(await dialog.locator('[data-test=sheet-item]').count(), 2)
    await dialog.locator('[data-test=sheet-add-item]').click()
    await setItem(page, dialog.locator('[data-test=sheet-item]').nth(2), { name: '学习培训', max: '10' })
    await dialog.locator('[data-test=sheet-submit]').click()
    await dialog
      .locator('.el-form-item__error', { hasText: '各项满分合计须为 100 分，现为 110 分' })
      .waitFor()
    await setItem(page, dialog.locator('[data-test=sheet-item]').nth(0), { max: '60' })
    await dialog.locator('[data-test=sheet-submit]').click()
    await dialog.waitFor({ state: 'hidden' })

    // score the office: the attendance part is worked out from the records as soon as the body is chosen
    await page.locator('[data-test=assessment-score]').click()
    const score = page.locator('[data-test=score-dialog]')
    await score.waitFor()
    assert.equal(await score.locator('[data-test=score-line]').count(), 3)
    await score.locator('[data-test=score-subject]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: /^办公室$/ }).click()
    const basis = score.locator('[data-test=score-basis]')
    await basis.waitFor()
    assert.match(await basis.innerText(), /出勤 \d+\/\d+ 次|本季度无相关记录，按满分计/)
    assert.match(await score.locator('[data-test=score-computed]').innerText(), /\d+(\.\d)? 分/)
    const inputs = score.locator('[data-test=score-line] .el-input-number input')
    await inputs.nth(0).fill('55')
    await inputs.nth(0).press('Tab')
    await inputs.nth(1).fill('9')
    await inputs.nth(1).press('Tab')
    await screenshot(page, 'office-assessment-02-preview')
    await score.locator('[data-test=score-submit]').click()
    await score.locator('[data-test=score-saved]').waitFor()
    assert.match(await score.locator('[data-test=score-saved]').innerText(), /已保存，总分 \d+(\.\d)? 分/)
    await score.locator('.el-dialog__footer button', { hasText: '关闭' }).click()
    await page.locator('[data-test=assessment-table] .el-table__body tr', { hasText: '办公室' }).waitFor()
    assert.deepEqual(pageErrors, [])
  })
})

describe('office: a recorded article edited and deleted (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('the first article is corrected in its dialog, then deleted after a confirmation', async () => {
    const { page, pageErrors } = browser
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/publicity`)
    const rows = page.locator('[data-test=article-table] .el-table__body tr')
    await rows.first().waitFor()
    await rows.first().locator('[data-test=article-edit]').click()
    const dialog = page.locator('[data-test=article-dialog]')
    await dialog.waitFor()
    await dialog.locator('.el-dialog__title', { hasText: '修改稿件' }).waitFor()
    const title = dialog.locator('[data-test=article-title]')
    assert.notEqual(await title.inputValue(), '', 'the record fills the form')
    const author = dialog.locator('.el-form-item').filter({ has: page.locator('[data-test=article-author]') })
    assert.match(await author.innerText(), /[\u4e00-\u9fa5]{2,}/, 'the author by name, not by number')
    const corrected = `${await title.inputValue()}（更正${String(Date.now()).slice(-5)}）`
    await title.fill(corrected)
    await screenshot(page, 'office-edits-05-article-edit')
    await dialog.locator('.el-dialog__footer .el-button--primary').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('.el-message--success', { hasText: '稿件已修改' }).waitFor()
    const row = rows.filter({ hasText: corrected })
    await row.waitFor()

    await row.locator('[data-test=article-delete]').click()
    const box = page.locator('.el-message-box')
    await box.waitFor()
    assert.match(await box.innerText(), new RegExp(corrected.replace(/[()（）]/g, '.')))
    await box.locator('.el-button--primary').click()
    await page.locator('.el-message--success', { hasText: '稿件已删除' }).waitFor()
    await row.waitFor({ state: 'detached' })
    assert.deepEqual(pageErrors, [])
  })
})

describe('office: a month planned, items done, the monthly notice generated (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('a clerk plans a past month for the office, marks one of two items done and issues the checklist notice', async () => {
    const { page, pageErrors } = browser
    // a month of its own, before the demo's year, different on most runs
    const n = Number(String(Date.now()).slice(-4))
    const month = `${2000 + (n % 20)}-${String(1 + (Math.floor(n / 20) % 12)).padStart(2, '0')}`
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/plans`)
    await page.locator('[data-test=plan-table]').waitFor()
    const picker = page.locator('.office-toolbar .el-date-editor input').first()
    await picker.click()
    await picker.fill(month)
    await picker.press('Enter')
    await page.locator('[data-test=plan-create]').click()
    const dialog = page.locator('[data-test=plan-dialog]')
    await dialog.waitFor()
    await dialog.locator('[data-test=plan-body]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: /^办公室$/ }).click()
    const items = dialog.locator('.plan-dialog__item')
    for (const [k, content] of /** @type {[number, string][]} */ ([
      [0, '印发本月机关工作要点'],
      [1, '整理委员履职档案'],
    ])) {
      await dialog.locator(`[data-test=plan-item-${k}]`).fill(content)
      const due = items.nth(k).locator('.el-date-editor input')
      await due.click()
      await due.fill(`${month}-${k === 0 ? '10' : '25'}`)
      await due.press('Enter')
    }
    await dialog.locator('[data-test=plan-submit]').click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.locator('[data-test=plan-table] .el-table__body tr', { hasText: '办公室' }).first()
    await row.waitFor()
    await row.locator('a').first().click()
    const drawer = page.locator('[data-test=plan-drawer]')
    await drawer.locator('[data-test=plan-item]').first().waitFor()
    await drawer.locator('[data-test=plan-item]').first().locator('[data-test=plan-item-report]').click()
    const report = page.locator('[data-test=item-dialog]')
    await report.waitFor()
    await report.locator('[data-test=item-result]').fill('已印发')
    await report.locator('[data-test=item-submit]').click()
    await report.waitFor({ state: 'hidden' })
    await drawer.locator('[data-test=plan-item-status]').first().filter({ hasText: '完成' }).waitFor()
    await screenshot(page, 'office-edits-10-plan-done')
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'hidden' })

    await page.locator('.el-tabs__item', { hasText: '月通报' }).click()
    await page.locator('[data-test=notice-issue]').click()
    const notice = page.locator('[data-test=notice-dialog]')
    await notice.locator('[data-test=notice-summary]').waitFor()
    const summary = await notice.locator('[data-test=notice-summary]').innerText()
    assert.match(summary, /2项[\s\S]*已完成1项/, summary)
    await screenshot(page, 'office-edits-11-notice')
    const [printed] = await Promise.all([
      page.waitForEvent('popup'),
      notice.locator('[data-test=notice-print]').click(),
    ])
    await printed.waitForLoadState()
    const printedText = await printed.locator('body').innerText()
    const [y, m] = month.split('-').map(Number)
    assert.match(printedText, new RegExp(`${y}年${m}月工作通报`))
    assert.match(
      printedText,
      /共安排工作事项2项，已完成1项[\s\S]*完成率50%/,
      "the checklist counts the month's items",
    )
    await printed.close()
    assert.deepEqual(pageErrors, [])
  })
})

describe('office: care letters for birthdays next week (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('staff with a birthday in the coming week are on the to-do list; a letter is written once and printed', async () => {
    const { page, pageErrors } = browser
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/care`)
    const rows = page.locator('[data-test=care-todo] .el-table__body tr')
    await rows.first().waitFor()
    const day = (/** @type {number} */ n) =>
      new Date(Date.now() + 8 * 3600e3 + n * 86400e3).toISOString().slice(0, 10)
    const week = Array.from({ length: 8 }, (_, n) => day(n))
    const texts = await rows.allInnerTexts()
    const soon = texts.findIndex(
      (x) => /生日/.test(x) && week.some((d) => x.includes(d)) && x.includes('写信'),
    )
    assert.ok(
      soon >= 0 || texts.some((x) => /生日/.test(x) && week.some((d) => x.includes(d))),
      texts.join('\n'),
    )
    if (soon >= 0) {
      const row = rows.nth(soon)
      const name = (await row.locator('td').nth(2).innerText()).split(/\s/)[0]
      await row.locator('[data-test=care-write]').click()
      await page.locator('.el-message--success', { hasText: name }).waitFor()
      const done = rows.filter({ hasText: name }).filter({ hasText: '生日' }).first()
      await done.locator('[data-test=care-write]').waitFor({ state: 'detached' })
      const [letter] = await Promise.all([
        page.waitForEvent('popup'),
        done.locator('.el-button', { hasText: '打印' }).click(),
      ])
      await letter.waitForLoadState()
      assert.match(await letter.locator('body').innerText(), new RegExp(name))
      await letter.screenshot({
        path: `${process.cwd()}/test-results/office-edits-08-letter.png`,
        fullPage: true,
      })
      await letter.close()
    }
    await screenshot(page, 'office-edits-09-care-todo')
    assert.deepEqual(pageErrors, [])
  })
})

describe('office: the sheet dialog on a phone', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await browser?.close()
  })

  test('the assessment page, the sheet being edited and the articles with their actions fit 390 px', async () => {
    const { page, pageErrors } = browser
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/office/assessment`)
    await page.locator('[data-test=assessment-table] .el-table__body tr').first().waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'office-assessment-03-phone')
    assert.ok((await pageWidth(page)) <= 390)
    await page.locator('[data-test=sheet-edit]').click()
    await page.locator('[data-test=sheet-dialog] [data-test=sheet-item]').first().waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'office-assessment-04-phone-sheet')
    assert.ok((await pageWidth(page)) <= 390)
    await page.goto(`${baseUrl()}/office/publicity`)
    await page.locator('[data-test=article-table] [data-test=article-edit]').first().waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'office-edits-06-phone-articles')
    assert.ok((await pageWidth(page)) <= 390)
    await page.locator('[data-test=article-table] [data-test=article-edit]').first().click()
    await page.locator('[data-test=article-dialog] [data-test=article-title]').waitFor()
    await page.waitForTimeout(300)
    await screenshot(page, 'office-edits-07-phone-article-edit')
    assert.ok((await pageWidth(page)) <= 390)
    assert.deepEqual(pageErrors, [])
  })
})
