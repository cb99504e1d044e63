import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import proposalWorkflow from '@config/workflows/proposal.json'
import { configureClient, resetClient } from '@/api/client'
import type { WorkflowDefinition } from '@/api/workflows/types'
import { i18n } from '@/locales'
import {
  checkDefinition,
  freshStateCode,
  freshTransitionCode,
  isChanged,
  parseDeadline,
  readRefusal,
  stateName,
  stepKinds,
  workflowBody,
} from '@/views/system/workflows/data'
import { useWorkflowEditor } from '@/views/system/workflows/detail/hook'
import { jsonResponse, mockFetch } from './helpers'

/** The product's proposal workflow as the API gives it (id, version; every state's fields filled). */
function definition(): WorkflowDefinition {
  const d = structuredClone(proposalWorkflow) as unknown as WorkflowDefinition
  return {
    ...d,
    id: 5,
    version: 3,
    states: d.states.map((s) => ({
      initial: false,
      final: false,
      deadline_days: null,
      on_enter: [],
      ...s,
    })),
  }
}

describe('workflow definition helpers', () => {
  it('builds the PUT body from the edited tables: trimmed names, deadlines as numbers or null, the version', () => {
    const d = definition()
    const review = d.states.find((s) => s.code === 'under_review')!
    review.name_zh = ' 初审中 '
    review.deadline_days = '10' as unknown as number
    d.states.find((s) => s.code === 'cosigning')!.deadline_days = '' as unknown as number
    const body = workflowBody(d)
    expect(body.version).toBe(3)
    expect(body.id).toBe(5)
    const r = body.states.find((s) => s.code === 'under_review')!
    expect(r.name_zh).toBe('初审中')
    expect(r.deadline_days).toBe(10)
    expect(body.states.find((s) => s.code === 'cosigning')!.deadline_days).toBeNull()
    expect(body.states.find((s) => s.code === 'draft')!.initial).toBe(true)
    expect(body.transitions).toHaveLength(d.transitions.length)
    expect(Object.keys(body.transitions[0]!).sort()).toEqual([
      'code',
      'from',
      'name_en',
      'name_zh',
      'permission',
      'to',
    ])
  })

  it('tells an edited definition from the one read', () => {
    const saved = definition()
    const edited = structuredClone(saved)
    expect(isChanged(edited, saved)).toBe(false)
    edited.transitions[0]!.permission = 'proposal:proposal:review'
    expect(isChanged(edited, saved)).toBe(true)
  })

  it('reads deadlines: empty is no limit, a positive whole number is days, anything else is wrong', () => {
    expect(parseDeadline('')).toBeNull()
    expect(parseDeadline(null)).toBeNull()
    expect(parseDeadline(' 15 ')).toBe(15)
    expect(parseDeadline(0)).toBeUndefined()
    expect(parseDeadline('2.5')).toBeUndefined()
  })

  it('finds problems before sending: missing names, bad deadlines, a repeated step', () => {
    const d = definition()
    expect(checkDefinition(d)).toEqual([])
    d.states[1]!.name_en = ''
    d.states[2]!.deadline_days = -1
    d.transitions.push({ ...d.transitions[0]! })
    d.transitions.push({
      code: 'x',
      name_zh: '甲',
      name_en: 'A',
      from: 'nowhere',
      to: 'draft',
      permission: '',
    })
    const keys = checkDefinition(d).map((p) => `${p.key}:${p.params?.row}`)
    expect(keys).toEqual([
      'stateName:2',
      'deadline:3',
      `stepTwice:${d.transitions.length - 1}`,
      `stepStates:${d.transitions.length}`,
      `stepPermission:${d.transitions.length}`,
    ])
  })

  it('gives added states and steps codes of their own, and offers each kind of step once', () => {
    const d = definition()
    expect(freshStateCode(d)).toBe('custom_state_1')
    d.states.push({ code: 'custom_state_1', name_zh: '甲', name_en: 'A' })
    expect(freshStateCode(d)).toBe('custom_state_2')
    expect(freshTransitionCode(d)).toBe('custom_step_1')
    const kinds = stepKinds(d).map((k) => k.code)
    expect(new Set(kinds).size).toBe(kinds.length)
    expect(kinds.filter((k) => k === 'submit')).toHaveLength(1)
  })

  it("turns the server's reason into names the user knows, and marks the states it is about", () => {
    const d = definition()
    d.states.push({ code: 'limbo', name_zh: '搁置', name_en: 'Limbo' })
    const r = readRefusal('a case in state limbo could never be finished', d, 'zh-CN')
    expect(r.key).toBe('cannotFinish')
    expect(r.params).toEqual({ state: '搁置' })
    expect(r.states).toEqual(['limbo'])
    expect(i18n.global.t(`workflows.reason.${r.key}`, r.params)).toContain('“搁置”')
    const s = readRefusal(
      '「立案」(accept: under_review → accepted) is a step the system takes and cannot be removed or moved',
      d,
      'en',
    )
    expect(s.key).toBe('systemStep')
    expect(s.params).toEqual({ step: '立案', from: 'Under review', to: 'Accepted' })
    const other = readRefusal('something new', d, 'zh-CN')
    expect(other.key).toBeNull()
    expect(other.raw).toBe('something new')
    expect(stateName(d, 'unknown', 'zh-CN')).toBe('unknown')
  })

  it('has every reason and problem message in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const tree = i18n.global.getLocaleMessage(locale) as {
        workflows: Record<string, Record<string, string>>
      }
      for (const key of ['cannotFinish', 'unreachable', 'systemStep', 'stale'])
        expect(tree.workflows.reason![key]).toBeTruthy()
    }
  })
})

describe('workflow editor', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'zh-CN'
    configureClient({ notify: () => {} })
  })
  afterEach(() => resetClient())

  function mountEditor() {
    let editor!: ReturnType<typeof useWorkflowEditor>
    const Host = defineComponent({
      setup() {
        editor = useWorkflowEditor(ref(5))
        return () => h('div')
      },
    })
    mount(Host, { global: { plugins: [i18n] } })
    return () => editor
  }

  it('keeps the edits when the server refuses them, and shows why', async () => {
    const d = definition()
    const refused = jsonResponse(422, {
      error: {
        code: 'invalid_workflow',
        message: '流程定义有误：a case in state custom_state_1 could never be finished',
        details: { reason: 'a case in state custom_state_1 could never be finished' },
      },
    })
    const { calls } = mockFetch(jsonResponse(200, d), refused)
    const editor = mountEditor()
    await flushPromises()
    const e = editor()
    e.putState({ code: 'custom_state_1', name_zh: '搁置', name_en: 'Shelved', deadline_days: null }, null)
    e.putTransition(
      {
        code: 'custom_step_1',
        name_zh: '搁置',
        name_en: 'Shelve',
        from: 'under_review',
        to: 'custom_state_1',
        permission: 'proposal:proposal:review',
      },
      null,
    )
    await nextTick()
    expect(e.changed.value).toBe(true)
    expect(e.addedStates.value.has('custom_state_1')).toBe(true)
    expect(await e.save()).toBe(false)
    const sent = JSON.parse(String(calls[1]!.init.body)) as WorkflowDefinition
    expect(calls[1]!.init.method).toBe('PUT')
    expect(sent.version).toBe(3)
    expect(sent.states.at(-1)!.code).toBe('custom_state_1')
    expect(e.refusal.value?.key).toBe('cannotFinish')
    expect(e.refusal.value?.params.state).toBe('搁置')
    expect(e.draft.value!.states.at(-1)!.name_zh).toBe('搁置')
    expect(e.changed.value).toBe(true)
    // removing the added state takes its steps with it
    e.removeState(e.draft.value!.states.length - 1)
    expect(e.draft.value!.transitions.some((t) => t.to === 'custom_state_1')).toBe(false)
    expect(e.changed.value).toBe(false)
  })

  it('adopts the saved definition and its new version', async () => {
    const d = definition()
    const saved = { ...structuredClone(d), version: 4 }
    saved.states[3]!.name_zh = '初审中'
    mockFetch(jsonResponse(200, d), jsonResponse(200, saved))
    const editor = mountEditor()
    await flushPromises()
    const e = editor()
    e.putState({ ...e.draft.value!.states[3]!, name_zh: '初审中' }, 3)
    expect(await e.save()).toBe(true)
    expect(e.draft.value!.version).toBe(4)
    expect(e.changed.value).toBe(false)
    expect(e.refusal.value).toBeNull()
  })

  it('says so when someone else saved first', async () => {
    mockFetch(
      jsonResponse(200, definition()),
      jsonResponse(409, {
        error: { code: 'stale_version', message: '已被修改', details: { current_version: 4 } },
      }),
    )
    const editor = mountEditor()
    await flushPromises()
    const e = editor()
    e.draft.value!.states[0]!.name_zh = '拟稿'
    expect(await e.save()).toBe(false)
    expect(e.refusal.value?.key).toBe('stale')
    expect(e.draft.value!.states[0]!.name_zh).toBe('拟稿')
  })
})
