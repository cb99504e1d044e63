// Organisation and people end to end: a clerk imports a roster with a bad row, fixes it and imports, finds
// the new member by pinyin initials; on a phone a member changes their number and a clerk approves it.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const CLERK = { committee: '政协清涧县委员会', username: 'bangongshi', password: 'Zhixie#2026' }
const MEMBER = { committee: '政协清涧县委员会', username: 'weiyuan', password: 'Zhixie#2026' }

/** Phone numbers no demo member has, different on every run (reruns on the same database work). */
const stamp = String(Date.now()).slice(-6)
const phone = (/** @type {number} */ n) => `1997${n}${stamp}`

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECKS = '10X98765432'
/**
 * An 18-character ID number (GB 11643) with the right check character, or a wrong one.
 * @param {string} birth YYYYMMDD
 * @param {boolean} [wrong]
 */
function idCard(birth, wrong = false) {
  const first17 = `610830${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * (WEIGHTS[i] ?? 0), 0)
  const right = CHECKS[sum % 11] ?? '0'
  return first17 + (wrong ? CHECKS[(sum + 1) % 11] : right)
}

const HEADER =
  '姓名,性别,民族,出生日期,身份证号,政治面貌,界别,是否常委,政协职务,工作单位,职务职称,手机号码,通讯地址,乡镇活动组,委员工作室,专委会'
/** @param {string[][]} rows */
const csv = (rows) => `${HEADER}\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`

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

describe('members: roster import (desktop)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  /** @type {string} */
  let dir
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
    dir = await mkdtemp(join(tmpdir(), 'zhixie-roster-'))
  })
  after(async () => {
    await browser?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('import with a bad row, fix it, import, find the member by pinyin initials', async () => {
    const { page, pageErrors } = browser
    const good = [
      '欧阳明远',
      '男',
      '汉族',
      '1975-03-08',
      idCard('19750308'),
      '中共党员',
      '',
      '否',
      '委员',
      '清涧县第一中学',
      '教师',
      phone(1),
      '清涧县城关镇',
      '',
      '',
      '',
    ]
    const bad = [
      '上官晓蕾',
      '女',
      '汉族',
      '1982-11-20',
      idCard('19821120', true),
      '群众',
      '',
      '否',
      '委员',
      '清涧县人民医院',
      '主治医师',
      phone(2),
      '清涧县宽州镇',
      '',
      '',
      '',
    ]
    const badFile = join(dir, '委员名册-有误.csv')
    const fixedFile = join(dir, '委员名册.csv')
    await writeFile(badFile, csv([good, bad]))
    await writeFile(fixedFile, csv([good, [...bad.slice(0, 4), idCard('19821120'), ...bad.slice(5)]]))

    await signIn(page, CLERK)
    await page.waitForURL(`${baseUrl()}/`)
    await page.locator('[data-test=side-menu]').getByText('委员名册').click()
    await page.waitForURL(/\/org\/members$/)
    await page.getByRole('heading', { name: '委员名册' }).waitFor()
    await page.locator('[data-test=member-table] .el-table__body tr').first().waitFor()
    assert.match(await page.locator('[data-test=member-total]').innerText(), /共 \d+ 人/)
    await screenshot(page, 'org-01-members')

    // the export uses the current filters and arrives as an .xlsx file
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test=member-export]').click(),
    ])
    assert.equal(download.suggestedFilename(), '委员名册.xlsx')

    // a file with a wrong ID check digit: the row's message, and no way to import
    await page.locator('[data-test=member-import]').click()
    const dialog = page.locator('[data-test=import-dialog]')
    await dialog.waitFor()
    await page.locator('[data-test=import-file]').setInputFiles(badFile)
    await dialog.locator('[data-test=import-invalid]', { hasText: '有问题 1 行' }).waitFor()
    const rowErrors = dialog.locator('[data-test=import-row-errors]')
    assert.equal(await rowErrors.count(), 1)
    assert.match(await rowErrors.innerText(), /身份证号/)
    const badRow = dialog.locator('.import-row--bad')
    assert.match(await badRow.innerText(), /上官晓蕾/)
    assert.ok(
      await dialog.locator('[data-test=import-commit]').isDisabled(),
      'import is refused while a row is bad',
    )
    await screenshot(page, 'org-02-import-error')

    // the corrected file passes and is imported
    await page.locator('[data-test=import-file]').setInputFiles(fixedFile)
    await dialog.locator('[data-test=import-summary]', { hasText: '可导入 2 行' }).waitFor()
    assert.equal(await dialog.locator('[data-test=import-invalid]').count(), 0)
    await dialog.locator('[data-test=import-commit]:not([disabled])').click()
    await page.locator('.el-message--success', { hasText: '已导入 2 名委员' }).waitFor()
    await dialog.waitFor({ state: 'hidden' })

    // 上官晓蕾 → sgxl
    await page.locator('[data-test=member-search]').fill('sgxl')
    await page.locator('[data-test=member-search]').press('Enter')
    await page.waitForURL(/q=sgxl/)
    const row = page.locator('[data-test=member-table] .el-table__body tr', { hasText: phone(2) })
    await row.waitFor()
    assert.match(await row.innerText(), /上官晓蕾/)
    await screenshot(page, 'org-03-members-search')

    await row.getByRole('link', { name: '上官晓蕾' }).click()
    await page.waitForURL(/\/org\/members\/\d+$/)
    await page.locator('[data-test=member-name]', { hasText: '上官晓蕾' }).waitFor()
    assert.equal(await page.locator('[data-test=member-phone]').innerText(), phone(2))
    assert.doesNotMatch(await page.locator('[data-test=member-idcard]').innerText(), /^\d{17}/, 'ID masked')
    await screenshot(page, 'org-04-member-page')

    // a sign-in account: the one-time password is shown once
    await page.locator('[data-test=member-create-account]').click()
    await page.locator('.el-message-box .el-button--primary').click()
    const account = page.locator('[data-test=account-dialog]')
    await account.locator('[data-test=account-password]').waitFor()
    assert.ok((await account.locator('[data-test=account-password]').innerText()).length >= 8)
    await page.waitForTimeout(400) // the dialog's fade-in
    await screenshot(page, 'org-04b-account')
    await account.getByRole('button', { name: '我已记下' }).click()
    await account.waitFor({ state: 'hidden' })
    assert.equal(await page.locator('[data-test=member-account]').innerText(), phone(2))

    // edit: the change is saved and shown on the person's page
    await page.locator('[data-test=member-edit]').click()
    await page.waitForURL(/\/org\/members\/\d+\/edit$/)
    const jobTitle = page.locator('[data-test=member-form-job-title]')
    await page.waitForFunction(() => {
      const input = document.querySelector('[data-test=member-form-job-title]')
      return input instanceof HTMLInputElement && input.value === '主治医师'
    })
    await jobTitle.fill('副主任医师')
    await screenshot(page, 'org-08-member-edit')
    await page.locator('[data-test=member-form-submit]').click()
    await page.waitForURL(/\/org\/members\/\d+$/)
    await page.locator('[data-test=member-name]', { hasText: '上官晓蕾' }).waitFor()
    await page.getByText('副主任医师').waitFor()

    // the other pages of the group open without errors
    await page.locator('[data-test=side-menu]').getByText('届次与换届').click()
    await page.locator('[data-test=term-table] .el-table__body tr', { hasText: '第十届' }).waitFor()
    await screenshot(page, 'org-05-terms')
    await page.locator('[data-test=side-menu]').getByText('联络联系').click()
    await page.locator('[data-test=liaison-tree] .el-tree-node').first().waitFor()
    await page
      .locator('[data-test=liaison-tree] .el-tree-node__children .el-tree-node__content')
      .first()
      .click()
    await page.locator('[data-test=liaison-panel] .liaison__panel-name').waitFor()
    await screenshot(page, 'org-06-liaison')

    // English: labels, not codes
    await page.locator('[data-test=lang-switch]').click()
    await page.locator('[data-test=lang-en]').click()
    await page.locator('[data-test=side-menu]').getByText('Members', { exact: true }).click()
    await page.getByRole('heading', { name: 'Members' }).waitFor()
    await page
      .locator('[data-test=member-table] td', { hasText: /^Serving$/ })
      .first()
      .waitFor()
    await screenshot(page, 'org-07-members-en')
    await page.locator('[data-test=lang-switch]').click()
    await page.locator('[data-test=lang-zh-CN]').click()

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page')
  })
})

describe('members: contact change from a phone (375 × 812)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let member
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let clerk
  before(async () => {
    member = await openBrowser({ width: 375, height: 812 }, { isMobile: true, hasTouch: true })
    clerk = await openBrowser({ width: 375, height: 812 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await member?.close()
    await clerk?.close()
  })

  test('a member changes their phone, a clerk approves, the member page shows the new number', async () => {
    const newPhone = phone(3)
    const m = member.page

    await signIn(m, MEMBER)
    await m.waitForURL(`${baseUrl()}/`)
    await m.locator('[data-test=sidebar-toggle]').click()
    await m.locator('[data-test=side-menu]').getByText('我的信息').click()
    await m.waitForURL(/\/org\/my-info$/)
    const name = (await m.locator('[data-test=my-name]').innerText()).trim()
    const oldPhone = (await m.locator('[data-test=my-phone]').innerText()).trim()
    assert.notEqual(oldPhone, newPhone)
    await phoneCheck(m, 'phone-org-01-my-info')

    await m.locator('[data-test=my-form-phone]').fill(newPhone)
    await m.locator('[data-test=my-form-submit]').click()
    const pending = m.locator('[data-test=my-pending]')
    await pending.waitFor()
    assert.match(await pending.locator('[data-test=my-pending-status]').innerText(), /待审核/)
    assert.equal((await pending.locator('[data-test=my-pending-after]').first().innerText()).trim(), newPhone)
    // not in effect yet
    assert.equal((await m.locator('[data-test=my-phone]').innerText()).trim(), oldPhone)
    await phoneCheck(m, 'phone-org-02-my-info-pending')

    // the clerk approves it on a phone too
    const c = clerk.page
    await signIn(c, CLERK)
    await c.waitForURL(`${baseUrl()}/`)
    await c.locator('[data-test=sidebar-toggle]').click()
    await c.locator('[data-test=side-menu]').getByText('信息变更审核').click()
    await c.waitForURL(/\/org\/contact-changes$/)
    const card = c.locator('[data-test=change-card]', { hasText: newPhone })
    await card.waitFor()
    assert.match(await card.innerText(), new RegExp(name))
    assert.match(
      await card.locator('[data-field=phone]').innerText(),
      new RegExp(`${oldPhone}[\\s\\S]*${newPhone}`),
    )
    await phoneCheck(c, 'phone-org-03-approvals')
    const memberHref = await card.getByRole('link', { name }).getAttribute('href')
    assert.ok(memberHref)
    await card.locator('[data-test=change-approve]').click()
    await c.locator('.el-message-box').waitFor()
    await c.locator('.el-message-box .el-button--primary').click()
    await c.locator('.el-message--success', { hasText: '已通过' }).waitFor()
    await card.waitFor({ state: 'detached' })

    await c.goto(`${baseUrl()}${memberHref}`)
    await c.locator('[data-test=member-name]', { hasText: name }).waitFor()
    assert.equal((await c.locator('[data-test=member-phone]').innerText()).trim(), newPhone)
    await c.locator('[data-test=member-changes]', { hasText: '已通过' }).waitFor()
    await phoneCheck(c, 'phone-org-04-member-page')

    await c.goto(`${baseUrl()}/org/members`)
    await c.locator('[data-test=member-table] .el-table__body tr').first().waitFor()
    await phoneCheck(c, 'phone-org-05-members')

    await c.goto(`${baseUrl()}/org/liaison`)
    await c.locator('[data-test=liaison-tree] .el-tree-node').first().waitFor()
    await phoneCheck(c, 'phone-org-06-liaison')

    // the member sees the new number in effect
    await m.reload()
    await m.locator('[data-test=my-phone]', { hasText: newPhone }).waitFor()
    assert.equal(await m.locator('[data-test=my-pending]').count(), 0)
    await phoneCheck(m, 'phone-org-07-my-info-approved')

    // and logs a contact from the phone
    await m.locator('[data-test=sidebar-toggle]').click()
    await m.locator('[data-test=side-menu]').getByText('我的联络').click()
    await m.waitForURL(/\/org\/my-liaison$/)
    await m.locator('[data-test=my-link]').first().waitFor()
    await phoneCheck(m, 'phone-org-08-my-liaison')
    await m.locator('[data-test=my-link-log]').first().click()
    const log = m.locator('[data-test=log-dialog]')
    await log.waitFor()
    await log.locator('[data-test=log-form] .el-radio-button', { hasText: '电话' }).click()
    await log.locator('[data-test=log-issues]').fill('反映村道硬化后排水不畅，雨天积水。')
    await phoneCheck(m, 'phone-org-09-log-contact')
    await log.locator('[data-test=log-submit]').click()
    await m.locator('.el-message--success', { hasText: '联系记录已保存' }).waitFor()

    assert.deepEqual(member.pageErrors, [], 'no uncaught errors on the member phone')
    assert.deepEqual(clerk.pageErrors, [], 'no uncaught errors on the clerk phone')
  })
})

describe('organisation and office staff (desktop, then phone)', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let browser
  before(async () => {
    browser = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    await browser?.close()
  })

  test('bodies, staffing, lists, Party tree and a staff career', async (t) => {
    const { page, pageErrors } = browser
    await signIn(page, CLERK)
    await page.waitForURL(`${baseUrl()}/`)
    const status = await page.evaluate(async () => (await fetch('/api/v1/org/staffing')).status)
    if (status === 404) {
      t.skip('the server has no /api/v1/org yet')
      return
    }

    await page.locator('[data-test=side-menu]').getByText('工作机构').click()
    await page.waitForURL(/\/org\/bodies$/)
    await page.locator('[data-test=org-structure]').waitFor()
    assert.match(await page.locator('[data-test=org-structure]').innerText(), /^[一二三四五六七八九十]+室/)
    await page.locator('[data-test=body-list] li').nth(1).click()
    await page.locator('[data-test=body-detail] h2').waitFor()
    await screenshot(page, 'org-10-bodies')
    await page.getByRole('tab', { name: '机构沿革' }).click()
    await page.locator('[data-test=org-history] .el-timeline-item').first().waitFor()

    await page.locator('[data-test=side-menu]').getByText('编制配备').click()
    await page.locator('[data-test=staffing-table] .el-table__body tr').first().waitFor()
    await page.locator('[data-test=staffing-totals]').waitFor()
    await screenshot(page, 'org-11-staffing')

    // a sector is added, listed and deleted again
    await page.locator('[data-test=side-menu]').getByText('界别与活动组').click()
    await page.locator('[data-test=org-list-table] .el-table__body tr').first().waitFor()
    const sector = `测试界别${stamp}`
    await page.locator('[data-test=org-list-add]').click()
    const dialog = page.locator('[data-test=org-list-dialog]')
    await dialog.locator('input').first().fill(sector)
    await dialog.getByRole('button', { name: '保存' }).click()
    const row = page.locator('[data-test=org-list-table] .el-table__body tr', { hasText: sector })
    await row.waitFor()
    await screenshot(page, 'org-12-lists')
    await row.getByRole('button', { name: '删除' }).click()
    await page.locator('.el-message-box .el-button--primary').click()
    await row.waitFor({ state: 'detached' })

    await page.locator('[data-test=side-menu]').getByText('党组织', { exact: true }).click()
    await page.locator('[data-test=party-tree] .el-tree-node').first().waitFor()
    await page.locator('[data-test=party-tree] .el-tree-node__content').last().click()
    await page.locator('[data-test=party-members] li').first().waitFor()
    await screenshot(page, 'org-13-party')

    // a training is recorded on a staff member's career
    await page.locator('[data-test=side-menu]').getByText('机关干部').click()
    await page.locator('[data-test=staff-table] .el-table__body tr').first().waitFor()
    await page.locator('[data-test=staff-table] .el-table__body tr a').first().click()
    await page.waitForURL(/\/org\/staff\/\d+$/)
    await page.getByRole('button', { name: '记录经历' }).click()
    const eventDialog = page.locator('.el-dialog', { hasText: '记录经历' })
    await eventDialog.locator('.el-select').first().click()
    await page.locator('.el-select-dropdown__item', { hasText: '培训' }).click()
    const course = `全国政协系统业务培训${stamp}`
    await eventDialog.locator('input[maxlength="200"]').fill(course)
    await eventDialog.getByRole('button', { name: '保存' }).click()
    await page.locator('[data-test=staff-career]', { hasText: course }).waitFor()
    await eventDialog.waitFor({ state: 'hidden' })
    await screenshot(page, 'org-14-staff')

    // the staff roster imports like the members' one
    const dir = await mkdtemp(join(tmpdir(), 'zhixie-staff-'))
    const staffFile = join(dir, '机关干部名册.csv')
    await writeFile(
      staffFile,
      '姓名,性别,出生日期,身份证号,手机号码,职级,职务,所在机构,状态,入职日期,离职日期\r\n' +
        `慕容晓峰,男,1990-05-12,${idCard('19900512')},${phone(5)},一级科员,科员,办公室,在职,2015-08-01,\r\n`,
    )
    await page.locator('[data-test=side-menu]').getByText('机关干部').click()
    await page.locator('[data-test=staff-import]').click()
    const staffDialog = page.locator('[data-test=import-dialog]')
    await page.locator('[data-test=import-file]').setInputFiles(staffFile)
    await staffDialog.locator('[data-test=import-summary]', { hasText: '可导入 1 行' }).waitFor()
    await staffDialog.locator('[data-test=import-commit]:not([disabled])').click()
    await page.locator('.el-message--success', { hasText: '已导入 1 名干部' }).waitFor()
    await rm(dir, { recursive: true, force: true })
    await page.locator('[data-test=staff-search]').fill('mrxf')
    await page.locator('[data-test=staff-search]').press('Enter')
    await page
      .locator('[data-test=staff-table] .el-table__body tr', { hasText: '慕容晓峰' })
      .first()
      .waitFor()

    // the staffing view and the staff list fit a phone
    await page.setViewportSize({ width: 375, height: 812 })
    await page.goto(`${baseUrl()}/org/staffing`)
    await page.locator('[data-test=staffing-cards] .staffing__card').first().waitFor()
    await phoneCheck(page, 'phone-org-10-staffing')
    await page.goto(`${baseUrl()}/org/staff`)
    await page.locator('[data-test=staff-table] .el-table__body tr').first().waitFor()
    await phoneCheck(page, 'phone-org-11-staff')

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page')
  })
})
