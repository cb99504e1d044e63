// Workflow definitions end to end: the office administrator opens the proposal workflow, renames a state,
// saves, reloads and sees the new name; then adds a state with no way out and is told why the server
// refuses it, with the edits kept; on a phone the page fits the screen.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { baseUrl, openBrowser, pageWidth, screenshot, signIn } from './support.mjs'

const OFFICE = { committee: '政协清涧县委员会', username: 'bangongshi', password: 'Zhixie#2026' }

/** Names no demo state has, different on every run (reruns on the same database work). */
const stamp = String(Date.now()).slice(-5)
const RENAMED = `初审中${stamp}`
const LIMBO = `搁置${stamp}`

/**
 * Chooses an option of the Element Plus select marked `data-test`.
 * @param {import('playwright-core').Page} page
 * @param {string} test
 * @param {string} option
 */
async function choose(page, test, option) {
  await page.locator(`[data-test=${test}]`).click()
  await page.keyboard.type(option)
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()
}

/**
 * Opens the edit dialog of the state named `name` and gives it a new Chinese name.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} to
 */
async function renameState(page, name, to) {
  const row = page
    .locator('[data-test=workflow-states] .el-table__body tr')
    .filter({ has: page.locator('[data-test=workflow-state-name]').getByText(name, { exact: true }) })
  await row.locator('[data-test=workflow-edit-state]').click()
  const dialog = page.locator('[data-test=workflow-item-dialog]')
  await dialog.locator('[data-test=workflow-item-name-zh]').fill(to)
  await dialog.locator('[data-test=workflow-item-confirm]').click()
  await dialog.waitFor({ state: 'hidden' })
}

describe('workflows: rename a state, refuse a dead end', () => {
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let desk
  /** @type {Awaited<ReturnType<typeof openBrowser>>} */
  let phone
  before(async () => {
    desk = await openBrowser({ width: 1366, height: 860 })
    phone = await openBrowser({ width: 375, height: 812 }, { isMobile: true, hasTouch: true })
  })
  after(async () => {
    await desk?.close()
    await phone?.close()
  })

  test('the office administrator renames a state and sees it after a reload; a dead end is refused', async () => {
    const p = desk.page
    await signIn(p, OFFICE)
    await p.waitForURL(`${baseUrl()}/`)
    await p.locator('[data-test=side-menu]').getByText('流程配置').click()
    await p.waitForURL(/\/system\/workflows$/)
    await screenshot(p, 'workflows-01-list')
    await p.locator('[data-test=workflow-list]').getByRole('link', { name: '提案办理流程' }).click()
    await p.waitForURL(/\/system\/workflows\/\d+$/)
    await p.locator('[data-test=workflow-title]', { hasText: '提案办理流程' }).waitFor()
    const states = p.locator('[data-test=workflow-states]')
    /** @param {string} name */
    const state = (name) => states.locator('[data-test=workflow-state-name]').getByText(name, { exact: true })
    await state('审查中').waitFor()
    // who may take a step is shown by the permission's name
    await p.locator('[data-test=workflow-transitions]').getByText('审查立案').first().waitFor()

    // rename 审查中 and save
    await renameState(p, '审查中', RENAMED)
    await p.locator('[data-test=workflow-unsaved]').waitFor()
    await p.locator('[data-test=workflow-save]').click()
    await p.locator('.el-message--success', { hasText: '流程已保存' }).waitFor()
    await p.reload()
    await state(RENAMED).waitFor()
    assert.equal(await state('审查中').count(), 0, 'the old name is gone')
    await screenshot(p, 'workflows-02-renamed')

    // a state that a step leads into but none leads out of
    await p.locator('[data-test=workflow-add-state]').click()
    const dialog = p.locator('[data-test=workflow-item-dialog]')
    await dialog.locator('[data-test=workflow-item-name-zh]').fill(LIMBO)
    await dialog.locator('[data-test=workflow-item-name-en]').fill('Shelved')
    await dialog.locator('[data-test=workflow-item-deadline] input').fill('15')
    await dialog.locator('[data-test=workflow-item-confirm]').click()
    await dialog.waitFor({ state: 'hidden' })
    await p.locator('[data-test=workflow-add-transition]').click()
    await dialog.locator('[data-test=workflow-item-name-zh]').fill('暂缓办理')
    await dialog.locator('[data-test=workflow-item-name-en]').fill('Shelve')
    await choose(p, 'workflow-step-from', RENAMED)
    await choose(p, 'workflow-step-to', LIMBO)
    await choose(p, 'workflow-step-permission', '审查立案')
    await dialog.locator('[data-test=workflow-item-confirm]').click()
    await dialog.waitFor({ state: 'hidden' })
    await state(LIMBO).waitFor()
    await p.locator('[data-test=workflow-save]').click()
    const refusal = p.locator('[data-test=workflow-refusal]')
    await refusal.waitFor()
    assert.match(await refusal.innerText(), new RegExp(`“${LIMBO}”的事项无法继续办理到终点`))
    assert.ok(
      await states.locator('tr.workflow__row--marked', { hasText: LIMBO }).isVisible(),
      'the state is marked',
    )
    assert.equal(await state(LIMBO).count(), 1, 'the edits are kept')
    await screenshot(p, 'workflows-03-refused')

    // discard, and give the state its name back so other tests see the demo names
    await p.locator('[data-test=workflow-discard]').click()
    assert.equal(await state(LIMBO).count(), 0)
    await renameState(p, RENAMED, '审查中')
    await p.locator('[data-test=workflow-save]').click()
    await p.locator('.el-message--success', { hasText: '流程已保存' }).last().waitFor()
    await state('审查中').waitFor()

    // the phone
    const m = phone.page
    await signIn(m, OFFICE)
    await m.waitForURL(`${baseUrl()}/`)
    await m.goto(p.url())
    await m.locator('[data-test=workflow-state-name]').getByText('审查中', { exact: true }).waitFor()
    await m.waitForTimeout(300)
    await screenshot(m, 'phone-workflows-01-detail')
    assert.ok((await pageWidth(m)) <= 375, 'the workflow page fits the phone')

    assert.deepEqual(desk.pageErrors, [], 'no uncaught errors on the desktop')
    assert.deepEqual(phone.pageErrors, [], 'no uncaught errors on the phone')
  })
})
