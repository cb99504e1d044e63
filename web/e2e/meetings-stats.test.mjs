// The attendance statistics page: the year's table per member, narrowed by kind of meeting, exported as .xlsx
// with the same filters; on a desktop and on a 390-px phone.
import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { DESKTOP, PHONE, baseUrl, browserAs, pageWidth, screenshot } from './support.mjs'

const OFFICE = { committee: '政协清涧县委员会', username: 'bangongshi', password: 'Zhixie#2026' }

describe('meetings: attendance statistics', () => {
  for (const [label, screen] of /** @type {const} */ ([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])) {
    test(`the per-member table, filtered and exported (${label})`, async () => {
      const browser = await browserAs(OFFICE, screen)
      try {
        const { page, pageErrors } = browser
        await page.goto(`${baseUrl()}/meetings/stats`)
        await page.locator('[data-test=stats-kind] .el-table__row').first().waitFor()
        const kinds = await page.locator('[data-test=stats-kind] .el-table__row').count()
        assert.ok(kinds > 3, 'several kinds of meeting this year')
        await page.locator('[data-test=stats-filter-kind]').click()
        await page.locator('.el-select-dropdown__item:visible', { hasText: '全体会议' }).click()
        await page.waitForFunction(
          () => document.querySelectorAll('[data-test=stats-kind] .el-table__row').length === 1,
        )
        await page.getByRole('tab', { name: '按委员' }).click()
        await page.locator('[data-test=stats-member] .el-table__row').first().waitFor()
        await screenshot(page, `meetings-stats-${label}`)
        if (label === 'phone') assert.ok((await pageWidth(page)) <= 390, 'the page fits the phone')
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('[data-test=stats-export]').click(),
        ])
        assert.match(download.suggestedFilename(), /会议出勤统计\d{4}\.xlsx/)
        assert.deepEqual(pageErrors, [])
      } finally {
        await browser.close()
      }
    })
  }
})
