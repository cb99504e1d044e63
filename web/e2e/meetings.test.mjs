// Meetings end to end: a member asks for leave from a coming meeting on the phone and the office approves it; at a
// meeting under way the office opens the venue's QR page, another member opens the QR target on a phone, signs
// in, and the meeting's attendance and both members' duty records show it.
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Api, baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'
import { chinaTime } from './meetings-support.mjs'

const COMMITTEE = '政协清涧县委员会'
const PASSWORD = 'Zhixie#2026'
const OFFICE = { committee: COMMITTEE, username: 'bangongshi', password: PASSWORD }
const MEMBER = { committee: COMMITTEE, username: 'weiyuan', password: PASSWORD }
const stamp = String(Date.now()).slice(-6)

describe('meetings: leave and QR sign-in', () => {
  /** @type {Api} */ let office
  /** @type {{ id: number, name: string, username: string, password: string }} */ let second
  /** @type {number} */ let weiyuanId
  /** @type {any} */ let coming
  /** @type {any} */ let now
  before(async () => {
    office = await new Api().login('bangongshi', PASSWORD)
    weiyuanId = (await new Api().login('weiyuan', PASSWORD).then((a) => a.call('GET', '/api/v1/my/member')))
      .id
    // a second member with an account of their own
    const member = await office.call('POST', '/api/v1/members', {
      name: `扫码委员${stamp}`,
      gender: '男',
      phone: `139${stamp}88`.slice(0, 11),
    })
    const account = await office.call('POST', `/api/v1/members/${member.id}/account`)
    const first = await new Api().login(account.username, account.initial_password)
    await first.call('POST', '/api/v1/me/password', {
      current_password: account.initial_password,
      new_password: 'Scan-Sign1n#26',
    })
    second = { id: member.id, name: member.name, username: account.username, password: 'Scan-Sign1n#26' }
    coming = await office.call('POST', '/api/v1/meetings', {
      kind: 'standing',
      title: `常委会议（请假测试${stamp}）`,
      place: '政协三楼会议室',
      starts_at: chinaTime(2 * 24 * 60),
      ends_at: chinaTime(2 * 24 * 60 + 120),
      invite: { member_ids: [weiyuanId, second.id] },
    })
    now = await office.call('POST', '/api/v1/meetings', {
      kind: 'inspection',
      title: `视察城区供暖（签到测试${stamp}）`,
      place: '县热力公司',
      starts_at: chinaTime(-10),
      ends_at: chinaTime(120),
      invite: { member_ids: [weiyuanId, second.id] },
    })
  })

  test('a member asks for leave on the phone; the office approves it', async () => {
    const phone = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
    try {
      const { page, pageErrors } = phone
      await signIn(page, MEMBER)
      await page.waitForURL(`${baseUrl()}/`)
      await page.goto(`${baseUrl()}/meetings/my`)
      const card = page.locator(`[data-test=my-meeting-${coming.id}]`)
      await card.waitFor()
      await card.locator('[data-test=ask-leave]').click()
      await page.locator('textarea[data-test=leave-reason]').fill('在外地参加培训')
      await screenshot(page, 'meetings-01-phone-leave')
      await page.locator('[data-test=leave-submit]').click()
      await card.getByText('请假待批').waitFor()
      assert.ok((await pageWidth(page)) <= 390, 'my meetings fit the phone')
      assert.deepEqual(pageErrors, [])
    } finally {
      await phone.close()
    }

    const desk = await openBrowser({ width: 1366, height: 860 })
    try {
      const { page, pageErrors } = desk
      await signIn(page, OFFICE)
      await page.waitForURL(`${baseUrl()}/`)
      await page.goto(`${baseUrl()}/meetings/${coming.id}`)
      const requests = page.locator('[data-test=leave-requests]')
      await requests.getByText('在外地参加培训').waitFor()
      await screenshot(page, 'meetings-02-leave-request')
      const invitee = coming.invitees.find((/** @type {any} */ i) => i.member_id === weiyuanId)
      await page.locator(`[data-test=approve-${invitee.id}]`).click()
      await page.locator(`[data-test=attendance-${invitee.id}]`, { hasText: '请假' }).waitFor()
      assert.equal(await page.locator('[data-test=count-leave]').textContent(), '1')
      assert.equal(await requests.count(), 0, 'no request waits any more')
      assert.deepEqual(pageErrors, [])
    } finally {
      await desk.close()
    }
    const duty = await office.call('GET', `/api/v1/meetings/${coming.id}/duty-records`)
    assert.deepEqual(
      duty.items.map((/** @type {any} */ d) => [d.member_id, d.kind]),
      [[weiyuanId, 'meeting_absent_leave']],
    )
  })

  test('the office shows the QR code; another member signs in with it on a phone', async () => {
    const desk = await openBrowser({ width: 1366, height: 860 })
    const phone = await openBrowser({ width: 390, height: 844 }, { isMobile: true, hasTouch: true })
    try {
      await signIn(desk.page, OFFICE)
      await desk.page.waitForURL(`${baseUrl()}/`)
      await desk.page.goto(`${baseUrl()}/meetings/${now.id}/qr`)
      await desk.page.locator('[data-test=qr-image]').waitFor()
      await desk.page.locator('[data-test=qr-count]', { hasText: '已签到 0' }).waitFor()
      await screenshot(desk.page, 'meetings-03-venue-qr')
      const target = await desk.page.locator('[data-test=qr-url]').textContent()
      assert.match(target ?? '', /\/m\/sign-in\?t=\d+\.\d+\.[0-9a-f]{64}$/)

      // the phone opens what the code says: a member who is not signed in is sent to sign in first
      const { page, pageErrors } = phone
      await page.goto(String(target))
      await page.waitForURL(/\/login\?redirect=.*sign-in/)
      await signIn(page, { committee: COMMITTEE, username: second.username, password: second.password })
      await page.waitForURL(`${baseUrl()}/`)
      await page.goto(String(target))
      await page.locator('[data-test=signin-confirm]').waitFor()
      await screenshot(page, 'meetings-04-phone-sign-in')
      await page.locator('[data-test=signin-confirm]').click()
      await page.locator('[data-test=signin-done]').waitFor()
      await screenshot(page, 'meetings-05-phone-signed')
      assert.ok((await pageWidth(page)) <= 390, 'the sign-in page fits the phone')
      // scanning again is refused, with the reason in Chinese
      await page.goto(String(target))
      await page.locator('[data-test=signin-confirm]').click()
      await page.locator('[data-test=signin-error]', { hasText: '已签到' }).waitFor()
      assert.deepEqual(pageErrors, [])

      // the meeting's attendance changed, and so did the member's duty records
      await desk.page.goto(`${baseUrl()}/meetings/${now.id}`)
      await desk.page.locator('[data-test=count-present]', { hasText: '1' }).waitFor()
      const invitee = now.invitees.find((/** @type {any} */ i) => i.member_id === second.id)
      await desk.page.locator(`[data-test=attendance-${invitee.id}]`, { hasText: '已签到' }).waitFor()
      await desk.page.getByRole('tab', { name: '生成的履职记录' }).click()
      await desk.page.locator('[data-test=duty-records]').getByText(second.name).first().waitFor()
      await screenshot(desk.page, 'meetings-06-attendance')
      assert.deepEqual(desk.pageErrors, [])
    } finally {
      await desk.close()
      await phone.close()
    }
    const duty = await office.call('GET', `/api/v1/meetings/${now.id}/duty-records`)
    assert.deepEqual(
      duty.items.map((/** @type {any} */ d) => [d.member_id, d.kind]),
      [
        [second.id, 'inspection'],
        [second.id, 'meeting_attended'],
      ],
    )
  })
})
