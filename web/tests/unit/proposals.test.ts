import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import workflow from '@config/workflows/proposal.json'
import { configureClient, resetClient } from '@/api/client'
import type { Proposal, ProposalAction, ProposalSettings } from '@/api/proposals/types'
import { i18n } from '@/locales'
import { drillTo, replyClasses } from '@/views/proposals/stats/data'
import {
  buildRules,
  commandsFor,
  hasValue,
  initialValues,
  unitsBody,
  unitsValueOf,
  visibleFields,
  type ActionContext,
  type Command,
} from '@/views/proposals/actions'
import {
  bytesToBase64,
  fileToUpload,
  formatSize,
  mayDelete,
  uploadProblem,
} from '@/views/proposals/attachments'
import { replyClassLabel, STATES, transitionLabel, TRANSITIONS } from '@/views/proposals/labels'
import {
  drillQuery,
  emptyFilters,
  filtersFromQuery,
  queryFromFilters,
  toProposalQuery,
} from '@/views/proposals/list/data'
import { draftInput, emptyDraft, finalStep } from '@/views/proposals/edit/data'
import { groupTodo, isLate } from '@/views/proposals/todo/hook'
import { jsonResponse, mockFetch } from './helpers'

const t = (key: string) => i18n.global.t(key)

function proposal(over: Partial<Proposal> = {}): Proposal {
  return {
    id: 7,
    case_id: 7,
    number: null,
    title: '关于加强农村饮水安全保障的建议',
    content: '一、基本情况……',
    category: '农业农村',
    source: 'member',
    org_name: '',
    body_id: null,
    body_name: null,
    sector_id: null,
    sector_name: null,
    lead_member_id: 41,
    proposer: '丁芳',
    term_name: '第十届',
    kind: 'regular',
    year: 2026,
    session: 5,
    submitted_at: null,
    accepted_at: null,
    assigned_at: null,
    replied_at: null,
    closed_at: null,
    state: 'under_review',
    state_name_zh: '审查中',
    state_name_en: 'Under review',
    final: false,
    version: 4,
    due_at: null,
    entered_at: null,
    handling_due: null,
    overdue: false,
    reply_class: '',
    rehandled: 0,
    reject_ground: '',
    converted_to: '',
    review_note: '',
    is_key: false,
    key_leaders: [],
    signers: [],
    merged_into: null,
    merged: [],
    units: [],
    replies: [],
    contacts: [],
    chases: [],
    extensions: [],
    extension_pending: false,
    feedback: [],
    feedback_given: false,
    supervision_notes: [],
    campaigns: [],
    timeline: [],
    attachments: [],
    may_attach: false,
    actions: [],
    ...over,
  }
}

const settings: ProposalSettings = {
  plenary_start: '01-01',
  plenary_end: '01-31',
  sessions: [],
  objection_days: 10,
  handling_days: 90,
  max_handling_days: 180,
  reply_classes: 3,
  reply_class_names: [
    { code: 'A', name: '已解决或采纳' },
    { code: 'B', name: '正在解决或列入计划' },
    { code: 'C', name: '因条件限制留作参考' },
  ],
  categories: ['农业农村', '教育科技'],
  reject_grounds: ['涉及国家秘密', '内容空泛'],
  cosign_days: 7,
  rehandling_days: 30,
}

const ctxOf = (over: Partial<Proposal> = {}, staff = true): ActionContext => ({
  proposal: proposal(over),
  settings,
  staff,
})

const command = (key: string, actions: ProposalAction[]): Command => {
  const c = commandsFor(actions).find((x) => x.key === key)
  if (!c) throw new Error(`no command ${key}`)
  return c
}

describe('labels', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN'
  })

  it('has a Chinese and an English label for every state and transition of the workflow', () => {
    const states = workflow.states.map((s) => s.code)
    expect(STATES.map((s) => s.value).sort()).toEqual([...states].sort())
    for (const s of workflow.states) {
      expect(t(`proposals.state.${s.code}`)).toBe(s.name_zh)
    }
    for (const tr of workflow.transitions) {
      expect(TRANSITIONS as readonly string[]).toContain(tr.code)
    }
    i18n.global.locale.value = 'en'
    for (const s of workflow.states) {
      expect(t(`proposals.state.${s.code}`)).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('labels a timeline step by its transition, an unknown one by the state it led to', () => {
    expect(transitionLabel('accept', 'accepted', t)).toBe('立案')
    expect(transitionLabel('start', 'draft', t)).toBe('创建草稿')
    expect(transitionLabel('local_step', 'closed', t)).toBe('已办结')
    expect(transitionLabel('local_step', 'nowhere', t)).toBe('nowhere')
    i18n.global.locale.value = 'en'
    expect(transitionLabel('accept_assignment', 'handling', t)).toBe('Taken up')
  })

  it('names reply classes', () => {
    expect(replyClassLabel('A', t)).toBe('A类（已解决或采纳）')
    expect(replyClassLabel('', t)).toBe('')
    expect(replyClassLabel('X', t)).toBe('X')
  })
})

describe('actions → commands', () => {
  it('turns the server’s actions into buttons: edit is a link, co-signing two answers, supervision two dialogs', () => {
    const keys = commandsFor(['edit', 'submit', 'cosign', 'supervise', 'review_reply']).map((c) => c.key)
    expect(keys).toEqual([
      'submit',
      'cosign_accept',
      'cosign_decline',
      'key',
      'supervision_note',
      'review_reply',
    ])
  })

  it('every action code of the API has a command (or is the edit link)', () => {
    const all: ProposalAction[] = [
      'edit',
      'invite',
      'submit',
      'withdraw',
      'resubmit',
      'cosign',
      'review',
      'merge',
      'assign',
      'sign',
      'object',
      'contact',
      'extension',
      'opinion',
      'reply',
      'decide_extension',
      'chase',
      'review_reply',
      'feedback',
      'close',
      'supervise',
    ]
    const covered = new Set(commandsFor(all).map((c) => c.action))
    expect([...covered].sort()).toEqual(all.filter((a) => a !== 'edit').sort())
    for (const c of commandsFor(all)) {
      expect(t(c.label), c.key).not.toBe(c.label)
      for (const f of c.fields) expect(t(f.label), `${c.key}.${f.name}`).not.toBe(f.label)
    }
  })

  it('offers inviting co-signers wherever the server lists it (the picker asks the co-signer directory)', () => {
    const p = proposal({ state: 'draft', actions: ['edit', 'invite', 'submit'] })
    expect(commandsFor(p.actions).map((c) => c.key)).toEqual(['invite', 'submit'])
  })

  it('review: the fields follow the outcome, and a rejection needs a ground', () => {
    const review = command('review', ['review'])
    const ctx = ctxOf({ state: 'submitted' })
    const values = initialValues(review, ctx)
    expect(values).toMatchObject({ outcome: 'accept', category: '农业农村' })
    const outcomes = review.fields[0]!.options!(ctx).map((o) => o.value)
    expect(outcomes).toEqual(['start', 'accept', 'reject', 'convert', 'return'])
    expect(review.fields[0]!.options!(ctxOf({ state: 'under_review' })).map((o) => o.value)).not.toContain(
      'start',
    )

    expect(visibleFields(review, values, ctx).map((f) => f.name)).toEqual(['outcome', 'category', 'note'])
    values.outcome = 'reject'
    expect(visibleFields(review, values, ctx).map((f) => f.name)).toEqual(['outcome', 'ground', 'note'])
    const messages: string[] = []
    const rules = buildRules(review, values, ctx, (key, field) => `${key}:${field}`)
    rules.ground![0]!.validator!({}, '', (e?: string | Error) => messages.push(e ? String(e) : 'ok'), {}, {})
    expect(messages).toEqual(['Error: required:proposals.fields.rejectGround'])
    expect(rules.note).toBeUndefined()
    values.outcome = 'return'
    expect(Object.keys(buildRules(review, values, ctx, (k) => k))).toContain('note')
  })

  it('review sends only what the outcome needs, with the version the page saw', async () => {
    const { calls } = mockFetch(jsonResponse(200, proposal({ state: 'rejected' })))
    const review = command('review', ['review'])
    const ctx = ctxOf()
    await review.send({ outcome: 'reject', category: '农业农村', ground: '内容空泛', note: '  不具体 ' }, ctx)
    expect(calls[0]!.url).toBe('/api/v1/proposals/7/review')
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      version: 4,
      outcome: 'reject',
      ground: '内容空泛',
      note: '不具体',
    })
  })

  it('reply offers the committee’s classes; feedback sends both ratings', async () => {
    const reply = command('reply', ['reply'])
    expect(reply.fields[0]!.options!(ctxOf()).map((o) => o.label)).toEqual([
      'A 已解决或采纳',
      'B 正在解决或列入计划',
      'C 因条件限制留作参考',
    ])
    const { calls } = mockFetch(jsonResponse(200, proposal()))
    await command('feedback', ['feedback']).send({ work: '满意', result: '基本满意', comment: '' }, ctxOf())
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ version: 4, work: '满意', result: '基本满意' })
  })

  it('staff pick the unit they act for; a unit user is not asked', () => {
    const units = [
      {
        unit_id: 3,
        name: '县水利局',
        role: 'lead' as const,
        active: true,
        assigned_at: null,
        signed_at: null,
        objection: null,
        objected_at: null,
        ended_at: null,
      },
    ]
    const sign = command('sign', ['sign'])
    expect(visibleFields(sign, {}, ctxOf({ units }, true)).map((f) => f.name)).toEqual(['unit_id'])
    expect(visibleFields(sign, {}, ctxOf({ units }, false))).toEqual([])
  })

  it('the extension’s days must be within the longest handling time', () => {
    const ext = command('extension', ['extension'])
    const ctx = ctxOf()
    const values = initialValues(ext, ctx)
    expect(values.days).toBe(30)
    values.days = 181
    const rules = buildRules(ext, values, ctx, (key) => key)
    const results: string[] = []
    for (const r of rules.days!)
      r.validator!({}, 181, (e?: string | Error) => results.push(e ? String(e) : 'ok'), {}, {})
    expect(results).toEqual(['ok', 'Error: range'])
  })
})

describe('assigning units', () => {
  it('one lead with co-handlers, or split units — duplicates and the lead among co-handlers dropped', () => {
    expect(unitsBody({ mode: 'lead', lead: 3, co: [4, 3, 4], split: [9] })).toEqual([
      { unit_id: 3, role: 'lead' },
      { unit_id: 4, role: 'co' },
    ])
    expect(unitsBody({ mode: 'split', lead: 3, co: [4], split: [5, 6, 5] })).toEqual([
      { unit_id: 5, role: 'split' },
      { unit_id: 6, role: 'split' },
    ])
    expect(unitsBody({ mode: 'lead', lead: '', co: [4], split: [] })).toEqual([])
    expect(
      hasValue({ name: 'units', kind: 'units', label: '' }, { mode: 'split', lead: '', co: [], split: [] }),
    ).toBe(false)
  })

  it('a re-assignment starts from the units now handling it', () => {
    const unit = (unit_id: number, role: 'lead' | 'co' | 'split', active: boolean) => ({
      unit_id,
      name: `单位${unit_id}`,
      role,
      active,
      assigned_at: null,
      signed_at: null,
      objection: null,
      objected_at: null,
      ended_at: null,
    })
    expect(
      unitsValueOf({ units: [unit(1, 'lead', false), unit(2, 'lead', true), unit(3, 'co', true)] }),
    ).toEqual({
      mode: 'lead',
      lead: 2,
      co: [3],
      split: [],
    })
    expect(unitsValueOf({ units: [unit(5, 'split', true), unit(6, 'split', true)] }).mode).toBe('split')
  })
})

describe('attachments', () => {
  it('encodes bytes as standard base64, also past the chunk size', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256)
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
    expect(bytesToBase64(new Uint8Array())).toBe('')
  })

  it('builds the upload body from a file', async () => {
    const file = Object.assign(new Blob(['%PDF-1.4\n']), { name: '调研报告.pdf' })
    expect(await fileToUpload(file)).toEqual({
      filename: '调研报告.pdf',
      content_base64: Buffer.from('%PDF-1.4\n').toString('base64'),
    })
  })

  it('refuses empty, too large and unknown files before sending them', () => {
    expect(uploadProblem({ name: 'a.pdf', size: 0 })).toBe('empty')
    expect(uploadProblem({ name: 'a.pdf', size: 21 * 1024 * 1024 })).toBe('tooLarge')
    expect(uploadProblem({ name: 'setup.exe', size: 10 })).toBe('type')
    expect(uploadProblem({ name: '照片.JPG', size: 10 })).toBe('')
    expect(formatSize(1536)).toBe('1.5 KB')
  })

  it('lets the uploader or staff delete while attaching is open', () => {
    const file = { uploaded_by: 15 }
    expect(mayDelete(file, { userId: 15, staff: false, mayAttach: true })).toBe(true)
    expect(mayDelete(file, { userId: '15', staff: false, mayAttach: true })).toBe(true)
    expect(mayDelete(file, { userId: 16, staff: false, mayAttach: true })).toBe(false)
    expect(mayDelete(file, { userId: 16, staff: true, mayAttach: true })).toBe(true)
    expect(mayDelete(file, { userId: 15, staff: true, mayAttach: false })).toBe(false)
  })
})

describe('list filters', () => {
  it('round-trips through the URL and sends the server’s names', () => {
    const f = {
      ...emptyFilters(),
      q: ' 饮水 ',
      state: 'handling' as const,
      kind: 'plenary' as const,
      year: 2026 as const,
    }
    const query = queryFromFilters(f, 2, 50)
    expect(query).toEqual({
      q: '饮水',
      state: 'handling',
      kind: 'plenary',
      year: '2026',
      page: '2',
      page_size: '50',
    })
    const back = filtersFromQuery(query as Record<string, string>)
    expect(back.page).toBe(2)
    expect(back.pageSize).toBe(50)
    expect(toProposalQuery(back.filters)).toEqual({
      q: '饮水',
      state: 'handling',
      kind: 'plenary',
      year: 2026,
    })
  })

  it('ignores unknown codes and bad numbers in the URL', () => {
    const { filters } = filtersFromQuery({
      state: 'nonsense',
      kind: 'x',
      year: '-1',
      metric: 'a b',
      overdue: 'true',
    })
    expect(toProposalQuery(filters)).toEqual({ overdue: '1' })
  })

  it('a statistics figure drills down to the list with its filter (and the name of its group)', () => {
    expect(drillQuery({ year: 2026, unit_id: 34, metric: 'on_time' }, '县卫生健康局')).toEqual({
      year: '2026',
      unit_id: '34',
      metric: 'on_time',
      scope: '县卫生健康局',
    })
    expect(drillQuery({ year: 2026, category: '农业农村' }, 'ignored')).toEqual({
      year: '2026',
      category: '农业农村',
    })
  })
})

describe('the draft form', () => {
  it('sends only the fields of the source, trimmed', () => {
    const f = {
      ...emptyDraft(),
      title: ' 关于…的建议 ',
      content: ' 正文 ',
      category: '农业农村',
      body_id: 3 as const,
    }
    expect(draftInput(f, true)).toEqual({
      title: '关于…的建议',
      content: '正文',
      category: '农业农村',
      source: 'member',
    })
    expect(draftInput({ ...f, source: 'party', org_name: ' 民盟 ' }, true)).toMatchObject({
      source: 'party',
      org_name: '民盟',
    })
    expect(draftInput({ ...f, source: 'special_committee' }, true)).toMatchObject({ body_id: 3 })
    expect(draftInput(f, false)).toEqual({ title: '关于…的建议', content: '正文', category: '农业农村' })
  })

  it('the main button submits, invites the co-signers, or resubmits a returned proposal', () => {
    expect(finalStep(null, [])).toBe('submit')
    expect(finalStep('draft', [5])).toBe('invite')
    expect(finalStep('returned', [5])).toBe('resubmit')
  })
})

describe('to-do', () => {
  it('groups by task in workflow order and marks what is late', () => {
    const item = (task: 'review' | 'cosign' | 'chase', id: number, due_at: string | null = null) => ({
      task,
      id,
      number: null,
      title: `提案${id}`,
      state: 'submitted' as const,
      due_at,
    })
    const groups = groupTodo([item('review', 1), item('cosign', 2), item('review', 3)])
    expect(groups.map((g) => [g.task, g.items.map((i) => i.id)])).toEqual([
      ['cosign', [2]],
      ['review', [1, 3]],
    ])
    const now = new Date('2026-12-02T00:00:00Z')
    expect(isLate(item('chase', 4, '2026-12-01T00:00:00Z'), now)).toBe(true)
    expect(isLate(item('chase', 5, '2026-12-03T00:00:00Z'), now)).toBe(false)
    expect(isLate(item('chase', 6), now)).toBe(false)
  })
})

describe('settings are asked once per committee', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => resetClient())

  it('shares one request between pages', async () => {
    const { useProposalSettings, resetProposalSettings } = await import('@/composables/useProposalSettings')
    resetProposalSettings()
    configureClient({})
    const { calls } = mockFetch(jsonResponse(200, settings))
    const a = useProposalSettings()
    const b = useProposalSettings()
    await a.ready
    await b.ready
    expect(calls).toHaveLength(1)
    expect(a.settings.value?.categories).toEqual(['农业农村', '教育科技'])
  })
})

describe('statistics drill-down', () => {
  const figures = (filter: Record<string, string | number> | null, counts: Record<string, number>) => ({
    counts,
    rates: {},
    filter,
  })
  it('a count lists its cases: the figures’ filter with the metric, scoped to the group', () => {
    const f = figures({ year: 2026, unit_id: 7 }, { assigned: 3, closed: 0 })
    expect(drillTo(f, 'assigned', '县教育局')).toEqual({
      year: '2026',
      unit_id: '7',
      metric: 'assigned',
      scope: '县教育局',
    })
  })
  it('no link for a zero count or a group the list cannot ask for', () => {
    expect(drillTo(figures({ year: 2026 }, { closed: 0 }), 'closed')).toBeUndefined()
    expect(drillTo(figures(null, { received: 4 }), 'received')).toBeUndefined()
  })
  it('reply class D shows only where the committee uses four classes', () => {
    expect(replyClasses(figures({}, { class_D: 0 }))).toEqual(['A', 'B', 'C'])
    expect(replyClasses(figures({}, { class_D: 2 }))).toEqual(['A', 'B', 'C', 'D'])
  })
})
