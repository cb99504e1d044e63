// One proposal's whole life in the browser (issue 4, item 12): a member drafts it and invites a co-signer, who
// confirms; the member submits; the proposals clerk accepts and assigns it to a unit; the unit signs for it and
// replies; the clerk approves the reply; the member answers 不满意, which sends it back for re-handling; the
// unit replies again, the clerk approves, the member answers 满意 and it is closed — and the statistics page
// counts it as received, re-handled and closed.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Api, baseUrl, openBrowser, screenshot, signIn } from './support.mjs'

const COMMITTEE = '政协清涧县委员会'
const who = (/** @type {string} */ username) => ({ committee: COMMITTEE, username, password: 'Zhixie#2026' })
const MEMBER = who('weiyuan')
const COSIGNER = who('lingdao') // a vice-chair, also a member
const CLERK = who('tianwei')
const UNIT = who('chengban') // answers for 县教育局
const UNIT_NAME = '县教育局'

const stamp = String(Date.now()).slice(-6)
const TITLE = `关于完善农村寄宿制学校供暖设施的建议（${stamp}）`

/** The co-signer's name as the member picker lists it, read through the API as they see themselves. */
async function memberName(/** @type {{ username: string, password: string }} */ login) {
  const api = await new Api().login(login.username, login.password)
  return /** @type {{ name: string }} */ (await api.call('GET', '/api/v1/my/member')).name
}

/**
 * Takes a step from the proposal page: clicks its button, fills the dialog, submits, waits for the new state.
 * @param {import('playwright-core').Page} page
 * @param {string} action the command key (action-<key>)
 * @param {(dialog: import('playwright-core').Locator) => Promise<void>} fill
 * @param {string} state the state label expected after it
 */
async function step(page, action, fill, state) {
  await page.locator(`[data-test=action-${action}]`).click()
  const dialog = page.locator('[data-test=action-dialog]')
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator('[data-test=action-submit]').click()
  await dialog.waitFor({ state: 'hidden' })
  await page.locator('[data-test=proposal-state]', { hasText: state }).waitFor()
}
const nothing = async () => {}
/**
 * Picks a radio option of a dialog field by its first word ("满意" is not "不满意"; "B" is "B 正在解决…").
 * @param {import('playwright-core').Locator} d
 * @param {string} field
 * @param {string} word
 */
const radio = (d, field, word) =>
  d.locator(`[data-field=${field}] .el-radio-button`, { hasText: new RegExp(`^\\s*${word}(\\s|$)`) }).click()

/**
 * The overview figures of the statistics page.
 * @param {import('playwright-core').Page} page
 */
async function overview(page) {
  await page.goto(`${baseUrl()}/proposals/stats`)
  const cards = page.locator('[data-test=stats-overview] [data-metric]')
  await cards.first().waitFor()
  /** @type {Record<string, number>} */
  const out = {}
  for (const card of await cards.all()) {
    const metric = /** @type {string} */ (await card.getAttribute('data-metric'))
    out[metric] = Number((await card.locator('.stats__value').innerText()).trim())
  }
  return out
}

describe('proposal lifecycle: submission to a final 满意', () => {
  /** @type {Record<string, Awaited<ReturnType<typeof openBrowser>>>} */
  const b = {}
  before(async () => {
    for (const k of ['member', 'cosigner', 'clerk', 'unit'])
      b[k] = await openBrowser({ width: 1366, height: 860 })
  })
  after(async () => {
    for (const x of Object.values(b)) await x?.close()
  })

  test('co-signed, accepted, assigned, replied, 不满意, re-handled, 满意; the statistics follow', async () => {
    const [m, co, c, u] = [b.member.page, b.cosigner.page, b.clerk.page, b.unit.page]
    await Promise.all([
      signIn(m, MEMBER).then(() => m.waitForURL(`${baseUrl()}/`)),
      signIn(co, COSIGNER).then(() => co.waitForURL(`${baseUrl()}/`)),
      signIn(c, CLERK).then(() => c.waitForURL(`${baseUrl()}/`)),
      signIn(u, UNIT).then(() => u.waitForURL(`${baseUrl()}/`)),
    ])
    const before = await overview(c)
    await screenshot(c, 'lifecycle-01-stats-before')

    // the member drafts it and invites the co-signer
    await m.locator('[data-test=side-menu]').getByText('新建提案').click()
    await m.waitForURL(/\/proposals\/new$/)
    await m.locator('[data-test=proposal-form-title]').fill(TITLE)
    await m.locator('[data-test=proposal-form-category]').click()
    await m.locator('.el-select-dropdown__item', { hasText: '教育科技' }).click()
    await m
      .locator('[data-test=proposal-form-content]')
      .fill('一、基本情况\n部分农村寄宿制学校冬季供暖不足。\n二、具体建议\n统筹资金改造供暖设施。')
    await m.locator('[data-test=proposal-form-save]').click()
    await m.waitForURL(/\/proposals\/\d+\/edit$/)
    const id = /\/proposals\/(\d+)\/edit$/.exec(m.url())?.[1]
    assert.ok(id)
    const url = `${baseUrl()}/proposals/${id}`
    await m.goto(url)
    const cosignerName = await memberName(COSIGNER)
    await step(
      m,
      'invite',
      async (d) => {
        await d.locator('[data-test=cosigner-picker] .el-select').click()
        await m.keyboard.type(cosignerName)
        await m.locator('.el-select-dropdown__item:visible', { hasText: cosignerName }).first().click()
        await d.locator('[data-test=cosigner-picker] .el-tag', { hasText: cosignerName }).waitFor()
      },
      '征集联名',
    )
    await screenshot(m, 'lifecycle-02-cosigning')

    // the co-signer confirms
    await co.goto(url)
    await step(co, 'cosign_accept', nothing, '征集联名')
    await co.locator('[data-test=proposal-signers]', { hasText: '已确认' }).waitFor()

    // the member submits it
    await m.reload()
    await step(m, 'submit', nothing, '已提交')

    // the clerk accepts it and assigns it to the unit
    await c.goto(url)
    await step(c, 'review', nothing, '已立案')
    await step(
      c,
      'assign',
      async (d) => {
        await d.locator('[data-test=units-lead]').click()
        await c.locator('.el-select-dropdown__item:visible', { hasText: UNIT_NAME }).first().click()
      },
      '已交办',
    )
    await screenshot(c, 'lifecycle-03-assigned')

    /** The unit replies with a class, the clerk approves the reply. */
    const replyApproved = async (/** @type {string} */ cls, /** @type {string} */ text) => {
      await u.reload()
      const fill = async (/** @type {import('playwright-core').Locator} */ d) => {
        await radio(d, 'reply_class', cls)
        await d.locator('[data-field=text] textarea').fill(text)
      }
      await step(u, 'reply', fill, '已答复')
      await c.reload()
      await step(c, 'review_reply', nothing, '答复已审核')
    }
    /** The member rates the handling work and the result. */
    const feedback = async (
      /** @type {string} */ work,
      /** @type {string} */ result,
      /** @type {string} */ state,
    ) => {
      await m.reload()
      const fill = async (/** @type {import('playwright-core').Locator} */ d) => {
        await radio(d, 'work', work)
        await radio(d, 'result', result)
      }
      await step(m, 'feedback', fill, state)
    }

    // the unit signs for it and replies; the clerk approves the reply
    await u.goto(url)
    await step(u, 'sign', nothing, '办理中')
    await replyApproved('B', '已将供暖改造列入明年计划。')

    // the member is not satisfied: back to the unit
    await feedback('基本满意', '不满意', '再办理')
    await screenshot(m, 'lifecycle-04-rehandling')

    // re-handling: a new reply, approved, and a final 满意 closes it
    await replyApproved('A', '经再次研究，今冬完成供暖改造。')
    await feedback('满意', '满意', '已办结')
    const timeline = await m.locator('[data-test=proposal-timeline]').innerText()
    for (const word of ['提交', '立案', '交办', '答复']) assert.ok(timeline.includes(word), word)
    assert.equal(await m.locator('[data-test=proposal-feedback] li').count(), 2, 'both ratings are kept')
    await screenshot(m, 'lifecycle-05-closed')

    // the statistics count it
    const after = await overview(c)
    await screenshot(c, 'lifecycle-06-stats-after')
    for (const metric of ['received', 'accepted', 'closed'])
      assert.equal(after[metric], (before[metric] ?? 0) + 1, metric)
    if ('rehandled' in after) assert.equal(after.rehandled, (before.rehandled ?? 0) + 1, 'rehandled')

    for (const x of Object.values(b)) assert.deepEqual(x.pageErrors, [])
  })
})
