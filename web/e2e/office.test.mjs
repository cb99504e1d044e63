// Running the office end to end: the office admin establishes a rule and revises it, and the library and the
// rule's history show both versions; a leader assigns a task to the office, which a member of its staff
// accepts and reports on, every step on the task's timeline; the pages fit a phone.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const COMMITTEE = '政协清涧县委员会'
const OFFICE = { committee: COMMITTEE, username: 'bangongshi', password: 'Zhixie#2026' }
const LEADER = { committee: COMMITTEE, username: 'lingdao', password: 'Zhixie#2026' }
const STAFF = { committee: COMMITTEE, username: 'ganbu', password: 'Zhixie#2026' }

/** Titles no demo record has, different on every run (reruns on the same database work). */
const stamp = String(Date.now()).slice(-6)
const RULE = `机关车辆使用管理办法${stamp}`
const TASK = `整理全年督办事项台账${stamp}`

/** A day `days` from today, YYYY-MM-DD (China time, as the server counts). */
const day = (/** @type {number} */ days) =>
  new Date(Date.now() + 8 * 3600e3 + days * 86400e3).toISOString().slice(0, 10)

/**
 * Types a date into an Element Plus date picker and closes its panel.
 * @param {import('playwright-core').Locator} picker the form item holding the picker
 * @param {string} value YYYY-MM-DD
 */
async function pickDate(picker, value) {
  const input = picker.locator('input').first()
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
async function phoneCheck(page, name) {
  await page.waitForTimeout(300) // let layout settle
  await screenshot(page, name)
  const width = await pageWidth(page)
  assert.ok(width <= 375, `${name}: scrollWidth ${width} > 375`)
}

/**
 * Opens a page of the office group from the sidebar.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
async function menu(page, label) {
  const side = page.locator('[data-test=side-menu]')
  const item = side.locator('.el-menu-item', { hasText: label })
  if (!(await item.isVisible())) await side.locator('.el-sub-menu__title', { hasText: '机关建设' }).click()
  await item.click()
}

describe('office: rules library (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('establish a rule, revise it; the list and the history show both versions', async () => {
    const { page, pageErrors } = browser
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await menu(page, '制度汇编')
    await page.waitForURL(/\/office\/rules$/)
    await page.locator('[data-test=rule-table] .el-table__body tr').first().waitFor()
    await page.locator('[data-test=rule-summary]').waitFor()
    await screenshot(page, 'office-01-rules')

    // 立: a new rule with its first version
    await page.locator('[data-test=rule-establish]').click()
    const dialog = page.locator('[data-test=rule-dialog]')
    await dialog.waitFor()
    await dialog.locator('[data-test=rule-title]').fill(RULE)
    await dialog.locator('[data-test=rule-category]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '内控' }).click()
    await pickDate(dialog.locator('.el-form-item', { hasText: '施行日期' }), '2019-05-01')
    await dialog
      .locator('[data-test=rule-body]')
      .fill('第一条 公务用车实行统一管理。\n第二条 用车须提前登记。')
    await screenshot(page, 'office-02-establish')
    await dialog.locator('[data-test=rule-submit]').click()
    await page.waitForURL(/\/office\/rules\/\d+$/)
    await page.locator('[data-test=rule-heading]', { hasText: RULE }).waitFor()
    assert.equal(await page.locator('[data-test=rule-version]').count(), 1)

    // a revision dated before the version in force is refused in the form
    await page.locator('[data-test=rule-revise]').click()
    await dialog.waitFor()
    await dialog
      .locator('[data-test=rule-body]')
      .fill('第一条 公务用车实行统一管理、统一调度。\n第二条 用车须提前一天登记。')
    await pickDate(dialog.locator('.el-form-item', { hasText: '施行日期' }), '2019-01-01')
    await dialog.locator('[data-test=rule-submit]').click()
    await dialog.locator('.el-form-item__error', { hasText: '2019-05-01' }).waitFor()

    // 改: a new version from a later date; the first is kept
    await pickDate(dialog.locator('.el-form-item', { hasText: '施行日期' }), '2024-03-01')
    await dialog.locator('[data-test=rule-note]').fill('增加统一调度和提前一天登记')
    await dialog.locator('[data-test=rule-submit]').click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('.el-message--success', { hasText: '已保存新版本' }).waitFor()
    const versions = page.locator('[data-test=rule-version]')
    assert.equal(await versions.count(), 2)
    assert.match(
      await versions.nth(0).innerText(),
      /第2版[\s\S]*修订[\s\S]*2024-03-01起施行[\s\S]*增加统一调度/,
    )
    assert.match(await versions.nth(1).innerText(), /第1版[\s\S]*制定[\s\S]*2019-05-01至2024-03-01施行/)
    await screenshot(page, 'office-03-rule-history')

    // the library lists it with its current version
    await page.getByRole('button', { name: '返回制度汇编' }).click()
    await page.locator('[data-test=rule-search]').fill(stamp)
    await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes('/api/v1/office/rules?') && r.url().includes(`q=${stamp}`),
      ),
      page.locator('[data-test=rule-search]').press('Enter'),
    ])
    const row = page.locator('[data-test=rule-table] .el-table__body tr', { hasText: RULE })
    await row.waitFor()
    assert.equal(await page.locator('[data-test=rule-table] .el-table__body tr').count(), 1)
    assert.match(await row.innerText(), /内控[\s\S]*第2版[\s\S]*修订[\s\S]*2024-03-01[\s\S]*现行有效/)
    await screenshot(page, 'office-04-rules-search')

    // the other pages of the group open without errors
    for (const [label, ready] of [
      ['计划与通报', '[data-test=plan-table] .el-table__body tr'],
      ['新闻宣传', '[data-test=article-table] .el-table__body tr'],
      ['关怀慰问', '[data-test=care-todo]'],
      ['考核考评', '[data-test=assessment-table] .el-table__body tr'],
    ]) {
      await menu(page, label)
      await page.locator(ready).first().waitFor()
    }
    await screenshot(page, 'office-05-assessment')
    assert.deepEqual(pageErrors, [])
  })
})

describe('office: supervised task (leader desktop, staff phone)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let leader
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let staff
  before(async () => {
    leader = await openBrowser({ width: 1366, height: 860 })
    staff = await openBrowser({ width: 375, height: 760 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await leader?.close()
    await staff?.close()
  })

  test('a leader assigns a task to the office; its staff accept and report; the timeline shows each step', async () => {
    const { page } = leader
    await signIn(page, LEADER)
    await page.waitForURL(`${baseUrl()}/`)
    await menu(page, '督查督办')
    await page.waitForURL(/\/office\/tasks$/)
    await page.locator('[data-test=task-table] .el-table__body tr').first().waitFor()

    await page.locator('[data-test=task-assign]').click()
    const dialog = page.locator('[data-test=task-dialog]')
    await dialog.waitFor()
    await dialog.locator('[data-test=task-title]').fill(TASK)
    await dialog
      .locator('[data-test=task-detail]')
      .fill('按季度整理督办事项的交办、办理和办结情况，形成台账。')
    await pickDate(dialog.locator('.el-form-item', { hasText: '办理时限' }), day(14))
    await dialog.locator('[data-test=task-body]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: /^办公室$/ }).click()
    await screenshot(page, 'office-06-assign')
    await dialog.locator('[data-test=task-submit]').click()
    await page.waitForURL(/\/office\/tasks\/\d+$/)
    const taskUrl = page.url()
    await page.locator('[data-test=task-heading]', { hasText: TASK }).waitFor()
    assert.equal((await page.locator('[data-test=task-state]').innerText()).trim(), '已交办')
    assert.deepEqual(
      (await page.locator('[data-test=task-actions] button').allInnerTexts()).map((s) => s.trim()),
      ['催办', '延期', '撤销'],
    )

    // the office's staff member, on a phone: the task is on their list, they accept it and report progress
    const m = staff.page
    await signIn(m, STAFF)
    await m.waitForURL(`${baseUrl()}/`)
    await m.goto(`${baseUrl()}/office/tasks`)
    const row = m.locator('[data-test=task-table] .el-table__body tr', { hasText: TASK })
    await row.waitFor()
    assert.ok(
      await m.locator('[data-test=task-filter-mine] input').isChecked(),
      'staff start on their own tasks',
    )
    await phoneCheck(m, 'office-07-staff-tasks-phone')
    await row.getByRole('link', { name: TASK }).click()
    await m.waitForURL(taskUrl)
    await m.locator('[data-test=task-step-accept]').click()
    const step = m.locator('[data-test=task-step-dialog]')
    await step.waitFor()
    await step.locator('[data-test=task-step-note]').fill('已签收，由综合股负责')
    await step.locator('[data-test=task-step-submit]').click()
    await step.waitFor({ state: 'hidden' })
    await m.locator('[data-test=task-state]', { hasText: '办理中' }).waitFor()

    await m.locator('[data-test=task-step-report_progress]').click()
    await step.waitFor()
    await step.locator('[data-test=task-step-submit]').click()
    await step.locator('.el-form-item__error', { hasText: '请填写说明' }).waitFor()
    await step.locator('[data-test=task-step-progress] input').fill('40')
    await step.locator('[data-test=task-step-note]').fill('已整理前三季度台账')
    await step.locator('[data-test=task-step-submit]').click()
    await step.waitFor({ state: 'hidden' })
    await m.locator('[data-test=task-progress]', { hasText: '40%' }).waitFor()
    const steps = m.locator('[data-test=task-step]')
    assert.equal(await steps.count(), 3)
    assert.match(await steps.nth(0).innerText(), /交办[\s\S]*周杰/, 'people are named, not their usernames')
    assert.match(
      await steps.nth(1).innerText(),
      /签收[\s\S]*李小燕[\s\S]*已交办 → 办理中[\s\S]*已签收，由综合股负责/,
    )
    assert.match(await steps.nth(2).innerText(), /报告进展[\s\S]*进度40%：已整理前三季度台账/)
    await phoneCheck(m, 'office-08-task-phone')

    // the leader sees the report and chases
    await page.reload()
    await page.locator('[data-test=task-progress]', { hasText: '40%' }).waitFor()
    await page.locator('[data-test=task-step-chase]').click()
    const chase = page.locator('[data-test=task-step-dialog]')
    await chase.locator('[data-test=task-step-note]').fill('请月底前报送全年台账')
    await chase.locator('[data-test=task-step-submit]').click()
    await chase.waitFor({ state: 'hidden' })
    assert.equal(await page.locator('[data-test=task-step]').count(), 4)
    assert.match(
      await page.locator('[data-test=task-step]').nth(3).innerText(),
      /催办[\s\S]*请月底前报送全年台账/,
    )
    await screenshot(page, 'office-09-task-leader')
    assert.deepEqual([...leader.pageErrors, ...staff.pageErrors], [])
  })
})
