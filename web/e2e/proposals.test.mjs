// Proposals end to end: a member drafts a proposal, attaches a file and submits it; a proposals-committee
// clerk finds it in the to-do inbox and the list, accepts it (立案); the member sees the new state and number,
// on a desktop and on a phone.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const MEMBER = { committee: '政协清涧县委员会', username: 'weiyuan', password: 'Zhixie#2026' }
const CLERK = { committee: '政协清涧县委员会', username: 'tianwei', password: 'Zhixie#2026' }

/** A title no demo proposal has, different on every run (reruns on the same database work). */
const stamp = String(Date.now()).slice(-6)
const TITLE = `关于加强村级卫生室建设的建议（${stamp}）`
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'

describe('proposals: draft, attach, submit, accept', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let member
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let clerk
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let phone
  /** @type {string} */
  let dir
  before(async () => {
    member = await openBrowser({ width: 1366, height: 860 })
    clerk = await openBrowser({ width: 1366, height: 860 })
    phone = await openBrowser({ width: 375, height: 812 }, { isMobile: true, hasTouch: true })
    dir = await mkdtemp(join(tmpdir(), 'zhixie-proposal-'))
  })
  after(async () => {
    await member?.close()
    await clerk?.close()
    await phone?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('a member files a proposal with an attachment, a clerk accepts it, both see the new state', async () => {
    const file = join(dir, '调研报告.pdf')
    await writeFile(file, PDF)

    // the member drafts it
    const m = member.page
    await signIn(m, MEMBER)
    await m.waitForURL(`${baseUrl()}/`)
    await m.locator('[data-test=side-menu]').getByText('新建提案').click()
    await m.waitForURL(/\/proposals\/new$/)
    await m.getByRole('heading', { name: '新建提案' }).waitFor()
    await m.locator('[data-test=proposal-form-title]').fill(TITLE)
    await m.locator('[data-test=proposal-form-category]').click()
    await m.locator('.el-select-dropdown__item', { hasText: '医疗卫生' }).click()
    await m
      .locator('[data-test=proposal-form-content]')
      .fill(
        '一、基本情况\n部分村卫生室房屋老旧、设备不足。\n二、具体建议\n统筹资金改造村卫生室，配齐基本设备。',
      )
    await screenshot(m, 'proposals-01-new')
    await m.locator('[data-test=proposal-form-save]').click()
    await m.locator('.el-message--success', { hasText: '草稿已保存' }).waitFor()
    await m.waitForURL(/\/proposals\/\d+\/edit$/)
    const id = /\/proposals\/(\d+)\/edit$/.exec(m.url())?.[1]
    assert.ok(id, 'the draft has an id')

    // attaches a PDF to the draft
    await m.locator('[data-test=attachment-file]').setInputFiles(file)
    await m.locator('.el-message--success', { hasText: '已上传 1 个附件' }).waitFor()
    await m.locator('[data-test=attachment]', { hasText: '调研报告.pdf' }).waitFor()
    await screenshot(m, 'proposals-02-draft-attached')

    // and submits it
    await m.locator('[data-test=proposal-form-finish]').click()
    await m.locator('.el-message-box .el-button--primary').click()
    await m.locator('.el-message--success', { hasText: '提案已提交' }).waitFor()
    await m.waitForURL(new RegExp(`/proposals/${id}$`))
    await m.locator('[data-test=proposal-state]', { hasText: '已提交' }).waitFor()
    assert.equal(await m.locator('[data-test=proposal-title]').innerText(), TITLE)
    await m.locator('[data-test=attachment]', { hasText: '调研报告.pdf' }).waitFor()
    assert.equal(
      await m.locator('[data-test=attachment-upload]').count(),
      0,
      'no more uploads after submission',
    )
    await m.locator('[data-test=proposal-timeline]', { hasText: '提交' }).waitFor()
    await screenshot(m, 'proposals-03-submitted')

    // the clerk has it in the to-do inbox, under review
    const c = clerk.page
    await signIn(c, CLERK)
    await c.waitForURL(`${baseUrl()}/`)
    await c.locator('[data-test=side-menu]').getByText('提案待办').click()
    await c.waitForURL(/\/proposals\/todo$/)
    const review = c.locator('[data-test=todo-group][data-task=review]')
    await review.locator('[data-test=todo-item]', { hasText: TITLE }).waitFor()
    await screenshot(c, 'proposals-04-todo')

    // finds it in the list by a word of its title
    await c.locator('[data-test=side-menu]').getByText('提案列表').click()
    await c.waitForURL(/\/proposals\/list/)
    await c.locator('[data-test=proposal-search]').fill(stamp)
    await c.locator('[data-test=proposal-search]').press('Enter')
    await c.waitForURL(new RegExp(`q=${stamp}`))
    const row = c.locator('[data-test=proposal-table] .el-table__body tr', { hasText: TITLE })
    await row.waitFor()
    assert.match(await row.innerText(), /已提交/)
    assert.match(await c.locator('[data-test=proposal-total]').innerText(), /共 1 件/)
    await screenshot(c, 'proposals-05-list')

    // and accepts it: the review dialog starts at 立案 with the proposal's category
    await row.getByRole('link', { name: TITLE }).click()
    await c.waitForURL(new RegExp(`/proposals/${id}$`))
    await c.locator('[data-test=action-review]').click()
    const dialog = c.locator('[data-test=action-dialog]')
    await dialog.locator('.el-radio-button.is-active', { hasText: '立案' }).waitFor()
    await dialog.locator('[data-field=category]', { hasText: '医疗卫生' }).waitFor()
    await c.waitForTimeout(300) // the dialog's fade-in
    await screenshot(c, 'proposals-06-review')
    await dialog.locator('[data-test=action-submit]').click()
    await c.locator('.el-message--success', { hasText: '已审查' }).waitFor()
    await c.locator('[data-test=proposal-state]', { hasText: '已立案' }).waitFor()
    const number = (await c.locator('[data-test=proposal-number]').innerText()).trim()
    assert.match(number, /^第十届.+次会议第\d{3}号$/)
    await c.locator('[data-test=proposal-timeline]', { hasText: '立案' }).waitFor()
    await c.locator('[data-test=attachment]', { hasText: '调研报告.pdf' }).waitFor()
    await screenshot(c, 'proposals-07-accepted')

    // the export follows the list's filters
    await c.goBack()
    await row.waitFor()
    const [download] = await Promise.all([
      c.waitForEvent('download'),
      c.locator('[data-test=proposal-export]').click(),
    ])
    assert.equal(download.suggestedFilename(), '提案列表.xlsx')

    // the member sees the new state and number in the list and on the page
    await m.locator('[data-test=side-menu]').getByText('提案列表').click()
    await m.waitForURL(/\/proposals\/list/)
    await m.getByRole('heading', { name: '我的提案' }).waitFor()
    const mine = m.locator('[data-test=proposal-table] .el-table__body tr', { hasText: TITLE })
    await mine.waitFor()
    assert.match(await mine.innerText(), /已立案/)
    assert.match(await mine.innerText(), new RegExp(number))
    await screenshot(m, 'proposals-08-member-list')

    // on a phone too, nothing wider than the screen
    const p = phone.page
    await signIn(p, MEMBER)
    await p.waitForURL(`${baseUrl()}/`)
    await p.locator('[data-test=sidebar-toggle]').click()
    await p.locator('[data-test=side-menu]').getByText('提案列表').click()
    await p.locator('[data-test=proposal-table] .el-table__body tr', { hasText: TITLE }).waitFor()
    await p.waitForTimeout(300)
    await screenshot(p, 'phone-proposals-01-list')
    assert.ok((await pageWidth(p)) <= 375, 'the list fits the phone')
    await p.locator('[data-test=proposal-table]').getByRole('link', { name: TITLE }).click()
    await p.waitForURL(/\/proposals\/\d+$/)
    await p.locator('[data-test=proposal-state]', { hasText: '已立案' }).waitFor()
    assert.equal((await p.locator('[data-test=proposal-number]').innerText()).trim(), number)
    await p.waitForTimeout(300)
    await screenshot(p, 'phone-proposals-02-detail')
    assert.ok((await pageWidth(p)) <= 375, 'the proposal page fits the phone')

    assert.deepEqual(member.pageErrors, [], 'no uncaught errors on the member desktop')
    assert.deepEqual(clerk.pageErrors, [], 'no uncaught errors on the clerk desktop')
    assert.deepEqual(phone.pageErrors, [], 'no uncaught errors on the phone')
  })
})
