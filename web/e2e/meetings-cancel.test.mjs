// Cancelling and deleting a meeting in the browser: the office cancels a coming meeting with a reason (a
// confirmation asks for it); the invited member sees it cancelled, with the reason, on the phone and in the
// inbox, and can no longer ask for leave. A meeting entered by mistake is deleted after a confirmation.
import { before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Api, PHONE, baseUrl, browserAs, pageWidth, screenshot } from './support.mjs'
import { chinaTime } from './meetings-support.mjs'

const COMMITTEE = '政协清涧县委员会'
const PASSWORD = 'Zhixie#2026'
const OFFICE = { committee: COMMITTEE, username: 'bangongshi', password: PASSWORD }
const MEMBER = { committee: COMMITTEE, username: 'weiyuan', password: PASSWORD }
const stamp = String(Date.now()).slice(-6)
const REASON = '县里临时安排防汛检查，会议取消'

describe('meetings: cancel and delete', () => {
  /** @type {Api} */ let office
  /** @type {any} */ let coming
  /** @type {any} */ let mistake
  before(async () => {
    office = await new Api().login('bangongshi', PASSWORD)
    const member = await new Api().login('weiyuan', PASSWORD)
    const weiyuanId = (await member.call('GET', '/api/v1/my/member')).id
    const at = (/** @type {number} */ days) => ({
      starts_at: chinaTime(days * 24 * 60),
      ends_at: chinaTime(days * 24 * 60 + 120),
    })
    coming = await office.call('POST', '/api/v1/meetings', {
      kind: 'consultation',
      title: `城乡供水专题协商会（取消测试${stamp}）`,
      place: '政协三楼会议室',
      ...at(3),
      invite: { member_ids: [weiyuanId], standing: true },
    })
    mistake = await office.call('POST', '/api/v1/meetings', {
      kind: 'other',
      title: `误建的会议${stamp}`,
      place: '政协三楼会议室',
      ...at(5),
      invite: { member_ids: [weiyuanId] },
    })
  })

  test('the office cancels a meeting with a reason; the page shows it cancelled', async () => {
    const desk = await browserAs(OFFICE)
    try {
      const { page, pageErrors } = desk
      await page.goto(`${baseUrl()}/meetings/${coming.id}`)
      await page.locator('[data-test=meeting-cancel]').click()
      const box = page.locator('.mt-cancel-box')
      await box.waitFor()
      // no reason: the dialog says so and stays open
      await box.locator('.el-button--primary').click()
      await box.locator('.el-message-box__errormsg', { hasText: '请填写取消原因' }).waitFor()
      await box.locator('textarea').fill(REASON)
      await screenshot(page, 'meetings-cancel-01-confirm')
      await box.locator('.el-button--primary').click()
      const banner = page.locator('[data-test=meeting-cancelled]')
      await banner.waitFor()
      assert.match(await banner.innerText(), new RegExp(REASON))
      assert.equal((await page.locator('[data-test=meeting-state]').innerText()).trim(), '已取消')
      for (const action of ['meeting-cancel', 'meeting-close', 'meeting-qr', 'meeting-edit'])
        assert.equal(await page.locator(`[data-test=${action}]`).count(), 0, `no ${action} any more`)
      await screenshot(page, 'meetings-cancel-02-cancelled')
      assert.deepEqual(pageErrors, [])
    } finally {
      await desk.close()
    }
    // the same page on the office's phone: the banner and the actions fit
    const phone = await browserAs(OFFICE, PHONE)
    try {
      const { page, pageErrors } = phone
      await page.goto(`${baseUrl()}/meetings/${coming.id}`)
      await page.locator('[data-test=meeting-cancelled]').waitFor()
      await screenshot(page, 'meetings-cancel-02-cancelled-phone')
      assert.ok((await pageWidth(page)) <= 390, 'the cancelled meeting fits the phone')
      assert.deepEqual(pageErrors, [])
    } finally {
      await phone.close()
    }
    const m = await office.call('GET', `/api/v1/meetings/${coming.id}`)
    assert.equal(m.cancelled, true)
    assert.equal(m.cancel_reason, REASON)
  })

  test('the member sees it cancelled on the phone, with the reason, and is told in the inbox', async () => {
    const phone = await browserAs(MEMBER, PHONE)
    try {
      const { page, pageErrors } = phone
      await page.goto(`${baseUrl()}/meetings/my`)
      const card = page.locator(`[data-test=my-meeting-${coming.id}]`)
      await card.waitFor()
      assert.match(await card.locator('[data-test=my-meeting-cancelled]').innerText(), new RegExp(REASON))
      assert.equal(
        await card.locator('[data-test=ask-leave]').count(),
        0,
        'no leave from a cancelled meeting',
      )
      await card.scrollIntoViewIfNeeded()
      await screenshot(page, 'meetings-cancel-03-phone-my')
      assert.ok((await pageWidth(page)) <= 390, 'my meetings fit the phone')
      await page.goto(`${baseUrl()}/notifications`)
      await page.getByText(`会议取消：${coming.title}`).first().waitFor()
      await screenshot(page, 'meetings-cancel-04-phone-inbox')
      assert.ok((await pageWidth(page)) <= 390, 'the inbox fits the phone')
      assert.deepEqual(pageErrors, [])
    } finally {
      await phone.close()
    }
  })

  test('a meeting entered by mistake is deleted after a confirmation', async () => {
    const desk = await browserAs(OFFICE)
    try {
      const { page, pageErrors } = desk
      await page.goto(`${baseUrl()}/meetings/${mistake.id}`)
      await page.locator('[data-test=meeting-delete]').click()
      const box = page.locator('.mt-delete-box')
      await box.getByText(mistake.title).waitFor()
      await screenshot(page, 'meetings-cancel-05-delete-confirm')
      await box.locator('.el-button--primary').click()
      await page.waitForURL(`${baseUrl()}/meetings`)
      assert.deepEqual(pageErrors, [])
    } finally {
      await desk.close()
    }
    const res = await fetch(`${baseUrl()}/api/v1/meetings/${mistake.id}`, {
      headers: { Cookie: office.cookie },
    })
    assert.equal(res.status, 404)
  })
})
