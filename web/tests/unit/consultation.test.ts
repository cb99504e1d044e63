import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import type { PlanEntry } from '@/api/consultation/types'
import {
  ADOPTION_LEVELS,
  INFO_STATES,
  LEADER_LEVELS,
  SCORE_LEVELS,
  checkDraft,
  countChars,
  counter,
  mergeable,
  openLevels,
} from '@/views/info/data'
import {
  ENTRY_FIELDS,
  FORMS,
  MODES,
  STEPS,
  actionsFor,
  board,
  calendar,
  checkEntry,
  checkSelect,
  entryBody,
  type EntryForm,
} from '@/views/consultation/data'

type Tree = { [key: string]: string | Tree }
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree)
const t = (key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key

describe('社情民意 form', () => {
  it('counts characters as the server does: code points, not bytes or UTF-16 units', () => {
    expect(countChars('社情民意')).toBe(4)
    expect(countChars('a😀b')).toBe(3)
    expect(countChars('')).toBe(0)
    expect(new TextEncoder().encode('社情民意').length).toBe(12)
  })

  it('shows the live counter and says when the text is over the limit', () => {
    expect(counter('字'.repeat(1500), 1500)).toEqual({ count: 1500, max: 1500, over: false, left: 0 })
    expect(counter('字'.repeat(1501), 1500)).toMatchObject({ over: true, left: -1 })
  })

  it('checks a draft before sending: a title, and a text within the committee limit', () => {
    expect(checkDraft({ title: ' ', text: '' }, 1500, t)).toEqual({
      title: 'info.check.title',
      text: 'info.check.text',
    })
    expect(checkDraft({ title: '标题', text: '字'.repeat(201) }, 200, t).text).toBe(
      'info.check.textLong {"max":200,"n":201}',
    )
    expect(checkDraft({ title: '标题', text: '字'.repeat(200) }, 200, t)).toEqual({})
  })

  it('merges only two or more open items, and adopts once per level', () => {
    expect(mergeable([{ id: 1, state: 'submitted' }])).toBe(false)
    expect(
      mergeable([
        { id: 1, state: 'submitted' },
        { id: 2, state: 'selected' },
      ]),
    ).toBe(true)
    expect(
      mergeable([
        { id: 1, state: 'submitted' },
        { id: 2, state: 'adopted' },
      ]),
    ).toBe(false)
    expect(openLevels(['committee', 'city']).map((l) => l.value)).toEqual(['province', 'national'])
  })
})

describe('topic pipeline', () => {
  const holder =
    (...codes: string[]) =>
    (p: string) =>
      codes.includes(p)

  it('gives each role only its own step: members none, departments recommend, leaders pick, staff select, the Party committee decides', () => {
    expect(actionsFor('proposed', holder('consultation:topic:propose'))).toEqual([])
    expect(actionsFor('proposed', holder('consultation:topic:recommend'))).toEqual(['recommend'])
    expect(actionsFor('recommended', holder('consultation:topic:recommend'))).toEqual([])
    expect(actionsFor('recommended', holder('consultation:topic:pick'))).toEqual(['pick'])
    expect(actionsFor('picked', holder('consultation:topic:select'))).toEqual(['select', 'set_aside'])
    expect(actionsFor('selected', holder('consultation:topic:decide'))).toEqual(['decide'])
    expect(actionsFor('selected', holder('consultation:topic:select'))).toEqual(['set_aside'])
    expect(actionsFor('decided', holder('consultation:topic:decide', 'consultation:topic:select'))).toEqual(
      [],
    )
  })

  it('puts topics on the board by step, in order', () => {
    const cols = board([
      { id: 1, state: 'picked' },
      { id: 2, state: 'proposed' },
      { id: 3, state: 'picked' },
    ] as { id: number; state: 'picked' | 'proposed' }[])
    expect(Object.keys(cols)).toEqual(STEPS.map((s) => s.state))
    expect(cols.picked.map((r) => r.id)).toEqual([1, 3])
    expect(cols.decided).toEqual([])
  })

  it('needs a form, a month of the plan year and a lead body to select', () => {
    expect(
      Object.keys(checkSelect({ form: '', planned_month: '2027-05', lead_body_id: '' }, 2026, t)).sort(),
    ).toEqual(['form', 'lead_body_id', 'planned_month'])
    expect(
      checkSelect({ form: 'sector', planned_month: '2026-13', lead_body_id: 3 }, 2026, t),
    ).toHaveProperty('planned_month')
    expect(checkSelect({ form: 'sector', planned_month: '2026-05', lead_body_id: 3 }, 2026, t)).toEqual({})
  })

  it('lays the plan out as twelve months', () => {
    const items = [
      { id: 1, planned_month: '2026-03' },
      { id: 2, planned_month: '2026-03' },
      { id: 3, planned_month: '2026-11' },
    ]
    const months = calendar(2026, items as PlanEntry[])
    expect(months).toHaveLength(12)
    expect(months[2]?.items.map((i) => i.id)).toEqual([1, 2])
    expect(months[10]?.month).toBe('2026-11')
    expect(months.filter((m) => m.items.length).map((m) => m.n)).toEqual([3, 11])
  })
})

describe('activity and supervision entries', () => {
  const form = (over: Partial<EntryForm> = {}): EntryForm => ({
    entry_date: '2026-05-01',
    title: '',
    category: '',
    member_id: '',
    person: '',
    place: '',
    text: '',
    ...over,
  })

  it('asks each kind for what the server requires', () => {
    expect(Object.keys(checkEntry('speech', form(), t)).sort()).toEqual(['person', 'text'])
    expect(checkEntry('speech', form({ member_id: 7, text: '发言' }), t)).toEqual({})
    expect(Object.keys(checkEntry('report', form({ text: 'x' }), t)).sort()).toEqual(['category', 'title'])
    expect(Object.keys(checkEntry('letter', form(), t)).sort()).toEqual(['person', 'text'])
    expect(Object.keys(checkEntry('visit', form(), t))).toEqual(['place'])
    expect(Object.keys(checkEntry('follow_up', form(), t))).toEqual(['text'])
  })

  it('sends a member speaker by id and only the fields of the kind', () => {
    expect(
      entryBody('speech', form({ member_id: 7, person: '不发送', text: ' 发言 ', place: '不发送' })),
    ).toEqual({
      kind: 'speech',
      entry_date: '2026-05-01',
      member_id: 7,
      text: '发言',
    })
    expect(entryBody('letter', form({ person: '县水利局', text: '建议书' }))).toEqual({
      kind: 'letter',
      entry_date: '2026-05-01',
      person: '县水利局',
      text: '建议书',
    })
    expect(Object.keys(ENTRY_FIELDS).sort()).toEqual(['follow_up', 'letter', 'report', 'speech', 'visit'])
  })
})

describe('labels', () => {
  it('have a string in both languages for every code shown', () => {
    const keys = [
      ...[INFO_STATES, ADOPTION_LEVELS, SCORE_LEVELS, LEADER_LEVELS, FORMS, MODES].flat().map((c) => c.label),
      ...STEPS.map((s) => s.label),
      ...['recommend', 'pick', 'select', 'decide', 'set_aside'].map((x) => `consultation.transition.${x}`),
      ...Object.keys(ENTRY_FIELDS).flatMap((k) =>
        ['kind', 'add', 'date', 'text'].map((p) => `consultation.entry.${p}.${k}`),
      ),
      ...ADOPTION_LEVELS.map((l) => `info.stats.${l.value}`),
    ]
    for (const locale of ['zh-CN', 'en'] as const)
      for (const key of keys)
        expect(typeof lookup(messages[locale] as Tree, key), `${locale} ${key}`).toBe('string')
    expect(lookup(messages['zh-CN'] as Tree, 'consultation.step.decided')).toBe('党委定题')
  })
})
