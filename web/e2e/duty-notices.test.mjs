// Notices to low performers end to end: a member who has done nothing this year is on the office's list of
// members due a reminder (提醒谈话); the office issues the notice from the list, records the talk, and the member
// sees the notice on "my duties" on their phone. The pages are looked at on a desktop and on a 390-px phone.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Api, PHONE, baseUrl, browserAs, pageWidth, screenshot } from './support.mjs'

const COMMITTEE = '政协清涧县委员会'
const OFFICE = { committee: COMMITTEE, username: 'bangongshi', password: 'Zhixie#2026' }
const SUFFIX = String(Date.now()).slice(-5)
const NAME = `提醒测试${SUFFIX}`
const PASSWORD = 'Rem1nder-Test#2026'
const year = new Date(Date.now() + 8 * 3600e3).getUTCFullYear()

describe('duty notices: the office issues a reminder, records the talk, the member sees it', () => {
  /** @type {{ committee: string, username: string, password: string }} */
  let member
  before(async () => {
    // a new member with an account, scored (no records: the lowest grade)
    const office = await new Api().login('bangongshi', 'Zhixie#2026')
    const admin = await new Api().login('admin', 'Zhixie#2026')
    const m = await office.call('POST', '/api/v1/members', {
      name: NAME,
      gender: '女',
      phone: `137${SUFFIX}${SUFFIX.slice(0, 3)}`,
    })
    const account = await admin.call('POST', `/api/v1/members/${m.id}/account`)
    const self = await new Api().login(account.username, account.initial_password)
    await self.call('POST', '/api/v1/me/password', {
      current_password: account.initial_password,
      new_password: PASSWORD,
    })
    await office.call('POST', `/api/v1/duty/scores/recompute?year=${year}`, {})
    member = { committee: COMMITTEE, username: account.username, password: PASSWORD }
  })

  /** @type {Awaited<ReturnType<typeof browserAs>>[]} */
  const browsers = []
  after(async () => {
    for (const b of browsers) await b.close()
  })

  test('the office picks the member from the candidates, issues the reminder and records the talk', async () => {
    const desk = await browserAs(OFFICE)
    browsers.push(desk)
    const { page, pageErrors } = desk
    await page.goto(`${baseUrl()}/duty/notices`)
    await page.locator('[data-test=notices-kind] label', { hasText: '提醒谈话通知' }).click()
    const row = page.locator('[data-test=notices-candidates] .el-table__row', { hasText: NAME })
    await row.waitFor()
    assert.match(await row.innerText(), /年度履职得分 0 分，等次为“不称职”/)
    assert.match(await row.innerText(), /“五个一”尚有 5 项未完成/)
    assert.match(await row.innerText(), /未发出/)
    assert.match(
      await page.locator('[data-test=notices-counts]').innerText(),
      /提醒谈话 \d+ 人 · 劝辞建议 \d+ 人/,
    )
    await screenshot(page, 'duty-notices-01-candidates-desktop')
    await row.locator('.el-checkbox').click()
    await page.locator('[data-test=notices-issue]', { hasText: '（1）' }).click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await page.locator('.el-message--success', { hasText: '已发出 1 份通知' }).waitFor()
    await page
      .locator('[data-test=notices-candidates] .el-table__row', { hasText: NAME })
      .filter({ hasText: '已发出' })
      .waitFor()

    await page.locator('.el-tabs__item', { hasText: '已发出的通知' }).click()
    const notice = page.locator('[data-test=notices-issued] .el-table__row', { hasText: NAME })
    await notice.waitFor()
    assert.match(await notice.locator('[data-test=notice-status]').innerText(), /已发出/)
    await notice.locator('[data-test=notice-talk-open]').click()
    await page.locator('[data-test=talk-save]').click()
    await page.locator('.el-form-item__error', { hasText: '谈话人不能为空' }).waitFor()
    await page.locator('[data-test=talk-by]').fill('王主席（副主席）')
    await page.locator('[data-test=talk-note]').fill('通报本年度履职情况，要求按时参加会议、完成“五个一”。')
    await page.locator('[data-test=talk-response]').fill('接受提醒，年内补报社情民意信息。')
    await screenshot(page, 'duty-notices-02-talk-desktop')
    await page.locator('[data-test=talk-save]').click()
    await page.locator('.el-message--success', { hasText: '谈话已记录' }).waitFor()
    await notice.locator('[data-test=notice-status]', { hasText: '已谈话' }).waitFor()
    assert.match(await notice.locator('[data-test=notice-talk]').innerText(), /王主席（副主席）谈话/)
    await screenshot(page, 'duty-notices-03-issued-desktop')

    // the letter
    const [letter] = await Promise.all([
      page.context().waitForEvent('page'),
      notice.locator('[data-test=notice-print]').click(),
    ])
    await letter.waitForLoadState()
    const text = await letter.locator('body').innerText()
    assert.match(text, /政协清涧县委员会/)
    assert.match(text, /提醒谈话通知书/)
    assert.match(text, new RegExp(`${NAME}委员：`))
    assert.match(text, /谈话记录/)
    await screenshot(letter, 'duty-notices-04-letter')
    await letter.close()
    assert.deepEqual(pageErrors, [])
  })

  test('the member sees the notice on "my duties" on the phone; the office page fits the phone too', async () => {
    const phone = await browserAs(member, PHONE)
    browsers.push(phone)
    const { page, pageErrors } = phone
    await page.goto(`${baseUrl()}/duty/mine`)
    const mine = page.locator('[data-test=my-notice]')
    await mine.first().waitFor()
    assert.equal(await mine.count(), 1)
    const text = await mine.innerText()
    assert.match(text, /提醒谈话通知/)
    assert.match(text, /已谈话/)
    assert.match(text, /等次为“不称职”/)
    await screenshot(page, 'duty-notices-05-mine-phone')
    assert.ok((await pageWidth(page)) <= 390, 'fits the phone')
    // the notification
    await page.goto(`${baseUrl()}/notifications`)
    await page.getByText('提醒谈话通知').first().waitFor()
    assert.deepEqual(pageErrors, [])

    const office = await browserAs(OFFICE, PHONE)
    browsers.push(office)
    await office.page.goto(`${baseUrl()}/duty/notices`)
    await office.page.locator('[data-test=notices-candidates] .el-table__row').first().waitFor()
    await screenshot(office.page, 'duty-notices-06-candidates-phone')
    assert.ok((await pageWidth(office.page)) <= 390, 'the office page fits the phone')
    await office.page.locator('.el-tabs__item', { hasText: '已发出的通知' }).click()
    await office.page.locator('[data-test=notices-issued] .el-table__row').first().waitFor()
    await screenshot(office.page, 'duty-notices-07-issued-phone')
    assert.ok((await pageWidth(office.page)) <= 390)
    assert.deepEqual(office.pageErrors, [])
  })
})
