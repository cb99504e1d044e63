// Members' duty performance end to end: a member on a phone reports a duty with evidence; the office confirms
// it; the member's score and dossier change, and staff see it in the member's dossier. The rankings, the
// five-ones list and the rules editor are looked at on the way; the phone pages fit 390 px.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const COMMITTEE = '政协清涧县委员会'
const MEMBER = { committee: COMMITTEE, username: 'weiyuan', password: 'Zhixie#2026' }
const OFFICE = { committee: COMMITTEE, username: 'bangongshi', password: 'Zhixie#2026' }
const TITLE = `为敬老院协调冬季取暖${String(Date.now()).slice(-6)}`
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

/** @param {import('playwright-core').Page} page */
async function myScore(page) {
  await page.goto(`${baseUrl()}/duty/mine`)
  await page.locator('[data-test=dossier-total]').waitFor()
  return {
    total: Number(await page.locator('[data-test=dossier-total]').innerText()),
    records: await page.locator('[data-test=dossier-record]').count(),
    name: (await page.locator('[data-test=my-duty-who]').innerText()).split(' · ')[0],
  }
}

describe('duty: self-reported duty, approval, score', () => {
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

  /** @type {{ total: number, records: number, name: string }} */
  let before_
  test('a member reports a duty with evidence from the phone', async () => {
    const { page, pageErrors } = phone
    await signIn(page, MEMBER)
    await page.waitForURL(`${baseUrl()}/`)
    before_ = await myScore(page)
    assert.ok(before_.name.length > 0)
    await page.locator('[data-test=five-one]').first().waitFor()
    assert.equal(await page.locator('[data-test=five-one]').count(), 5, 'the five ones with progress')
    await screenshot(page, 'duty-01-mine-phone')
    assert.ok((await pageWidth(page)) <= 390, 'fits the phone')

    await page.locator('[data-test=my-duty-report]').click()
    await page.locator('[data-test=report-title-input]').fill(TITLE)
    await page
      .locator('[data-test=report-description]')
      .fill('协调民政部门和供暖公司，解决敬老院 32 位老人冬季取暖问题。')
    await page.locator('[data-test=report-submit]').click()
    await page.locator('.el-form-item__error', { hasText: '请选择证明材料' }).waitFor()
    await page
      .locator('[data-test=report-file]')
      .setInputFiles({ name: '取暖协调会纪要.pdf', mimeType: 'application/pdf', buffer: PDF })
    await screenshot(page, 'duty-02-report-phone')
    await page.locator('[data-test=report-submit]').click()
    await page.locator('.el-message--success').waitFor()
    const mine = page.locator('[data-test=my-report]', { hasText: TITLE })
    await mine.waitFor()
    assert.match(await mine.innerText(), /待审核/)
    assert.equal(
      Number(await page.locator('[data-test=dossier-total]').innerText()),
      before_.total,
      'not counted yet',
    )
    assert.deepEqual(pageErrors, [])
  })

  test('the office confirms it; the rankings, five-ones list and rules are there', async () => {
    const { page, pageErrors } = desk
    await signIn(page, OFFICE)
    await page.waitForURL(`${baseUrl()}/`)
    await page.goto(`${baseUrl()}/duty/reports`)
    const row = page.locator('[data-test=reports-table] .el-table__row', { hasText: TITLE })
    await row.waitFor()
    assert.match(await row.innerText(), /取暖协调会纪要\.pdf/)
    await screenshot(page, 'duty-03-reports')
    await row.locator('[data-test=report-approve]').click()
    await page.locator('.el-message--success').waitFor()
    await row.waitFor({ state: 'detached' })

    await page.goto(`${baseUrl()}/duty/scores`)
    await page.locator('[data-test=duty-scores] .el-table__row').first().waitFor()
    await page.locator('[data-test=duty-summary]').waitFor()
    await screenshot(page, 'duty-04-scores')
    await page.goto(`${baseUrl()}/duty/five-ones`)
    await page.locator('[data-test=duty-missing]').first().waitFor()
    await screenshot(page, 'duty-05-five-ones')
    await page.goto(`${baseUrl()}/duty/rules`)
    await page.locator('[data-test=rules-items] .el-table__row').first().waitFor()
    await screenshot(page, 'duty-06-rules')
    assert.deepEqual(pageErrors, [])
  })

  test("the member's score and dossier change; staff see the record in the dossier", async () => {
    const after_ = await myScore(phone.page)
    assert.equal(after_.records, before_.records + 1, 'one more record')
    const record = phone.page.locator('[data-test=dossier-record]', { hasText: TITLE })
    await record.waitFor()
    assert.doesNotMatch(await record.innerText(), /待审核/)
    const capped = await phone.page
      .locator('[data-test=dossier-kinds] .el-table__row', { hasText: '办实事' })
      .innerText()
    // an active member may already sit at the full score (100 under the default table): then it stays there
    assert.ok(
      after_.total > before_.total || /已封顶/.test(capped) || before_.total === 100,
      `${before_.total} → ${after_.total}`,
    )
    assert.match(await phone.page.locator('[data-test=my-report]', { hasText: TITLE }).innerText(), /已确认/)
    await screenshot(phone.page, 'duty-07-mine-after-phone')

    const { page } = desk
    await page.goto(`${baseUrl()}/duty/scores`)
    await page.locator('.duty-search input').fill(before_.name)
    const link = page.locator('[data-test=duty-member]', { hasText: before_.name }).first()
    await link.waitFor()
    await link.click()
    await page.waitForURL(/\/duty\/members\/\d+/)
    await page.locator('[data-test=dossier-record]', { hasText: TITLE }).waitFor()
    assert.equal(Number(await page.locator('[data-test=dossier-total]').innerText()), after_.total)
    await screenshot(page, 'duty-08-dossier')
  })
})
