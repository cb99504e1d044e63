import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import type { Rule, Sheet, CareTodoItem, Assessment } from '@/api/office/types'
import { lettersPrintUrl, rulesCompilationUrl } from '@/api/office'
import {
  CARE_KINDS,
  ITEM_STATUSES,
  isoWeekOf,
  MEDIA_LEVELS,
  periodLabel,
  PLAN_KINDS,
  quarterLabel,
  RULE_ACTIONS,
  RULE_CATEGORIES,
  RULE_STATUSES,
  SCORE_SOURCES,
  shiftMonth,
  TASK_STATES,
  transitionLabel,
} from '@/views/office/labels'
import { checkRuleForm, versionsNewestFirst, type RuleForm } from '@/views/office/rules/form'
import {
  checkStepForm,
  checkTaskForm,
  stepBody,
  stepType,
  taskBody,
  toTaskQuery,
} from '@/views/office/tasks/data'
import {
  checkPlanForm,
  doneShare,
  periodBounds,
  planBody,
  reportBody,
  reportFormOf,
} from '@/views/office/plans/data'
import {
  articleBody,
  checkArticle,
  emptyArticle,
  fillFromCleaned,
  rewardAmounts,
} from '@/views/office/publicity/data'
import { insertField, letterIdsOf, letterRequestOf, unknownFields } from '@/views/office/care/data'
import {
  checkScores,
  previousQuarter,
  runningTotal,
  scoreLines,
  scoresBody,
} from '@/views/office/assessment/data'

const t = (key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key

type Tree = { [key: string]: string | Tree }
function lookup(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree)
}

describe('office labels', () => {
  it('have a string in both languages for every code shown to users', () => {
    const keys = [
      ...[RULE_CATEGORIES, RULE_STATUSES, RULE_ACTIONS, TASK_STATES, PLAN_KINDS, ITEM_STATUSES, MEDIA_LEVELS]
        .flat()
        .map((c) => c.label),
      ...[CARE_KINDS, SCORE_SOURCES].flat().map((c) => c.label),
      ...[
        'start',
        'accept',
        'report_progress',
        'report_done',
        'approve',
        'return',
        'chase',
        'extend',
        'cancel',
      ].map(transitionLabel),
    ]
    for (const locale of ['zh-CN', 'en'] as const)
      for (const key of keys)
        expect(typeof lookup(messages[locale] as Tree, key), `${locale} ${key}`).toBe('string')
    expect(lookup(messages['zh-CN'] as Tree, 'office.rules.category.party')).toBe('党建')
  })

  it('moves months across years', () => {
    expect(shiftMonth('2026-01', -2)).toBe('2025-11')
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-05', 0)).toBe('2026-05')
  })

  it('names ISO weeks as the server does', () => {
    expect(isoWeekOf('2026-04-27')).toBe('2026-W18') // a Monday
    expect(isoWeekOf('2026-05-03')).toBe('2026-W18') // its Sunday
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53') // early January belongs to the year before
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01') // late December to the year after
  })

  it('writes periods and quarters for people', () => {
    expect(periodLabel('month', '2026-05', t)).toBe('office.plans.monthLabel {"year":"2026","month":5}')
    expect(periodLabel('week', '2026-W18', t)).toBe('office.plans.weekLabel {"year":"2026","week":18}')
    expect(quarterLabel('2026Q2', t)).toBe('office.assessment.quarterLabel.q2 {"year":"2026"}')
    expect(quarterLabel('bad', t)).toBe('bad')
  })

  it("builds the print pages' addresses", () => {
    expect(lettersPrintUrl([3, 7])).toBe('/api/v1/office/care/letters/print?ids=3%2C7')
    expect(rulesCompilationUrl(undefined, '党建')).toBe(
      `/api/v1/office/rules/compilation?category=${encodeURIComponent('党建')}`,
    )
  })
})

const rule: Rule = {
  id: 1,
  title: '机关值班制度',
  category: '内控',
  doc_number: '',
  status: 'in_force',
  abolished_on: null,
  abolish_reason: null,
  sort: 0,
  version: 2,
  created_at: '',
  updated_at: '',
  established_on: '2019-03-01',
  current_number: 2,
  versions: [
    {
      number: 1,
      action: 'establish',
      effective_from: '2019-03-01',
      effective_to: '2020-01-01',
      note: '',
      body: '旧',
      created_at: '',
      created_by: null,
    },
    {
      number: 2,
      action: 'revise',
      effective_from: '2020-01-01',
      effective_to: null,
      note: '',
      body: '新',
      created_at: '',
      created_by: null,
    },
  ],
}
const ruleForm = (over: Partial<RuleForm>): RuleForm => ({
  title: '',
  category: '内控',
  doc_number: '',
  body: '',
  effective_from: '',
  note: '',
  abolished_on: '',
  reason: '',
  ...over,
})

describe('rules', () => {
  it('asks for a title, a text and a date when a rule is established', () => {
    expect(Object.keys(checkRuleForm('establish', ruleForm({}), null, t)).sort()).toEqual([
      'body',
      'effective_from',
      'title',
    ])
    expect(
      checkRuleForm('establish', ruleForm({ title: 'x', body: 'y', effective_from: '2026-01-01' }), null, t),
    ).toEqual({})
  })

  it('refuses a revision dated on or before the version it replaces, or with the same text', () => {
    const early = checkRuleForm('revise', ruleForm({ body: '更新', effective_from: '2020-01-01' }), rule, t)
    expect(early.effective_from).toContain('2020-01-01')
    expect(
      checkRuleForm('revise', ruleForm({ body: '新', effective_from: '2021-01-01' }), rule, t).body,
    ).toBe('office.rules.check.unchanged')
    expect(
      checkRuleForm('revise', ruleForm({ body: '更新', effective_from: '2021-01-01' }), rule, t),
    ).toEqual({})
  })

  it('refuses an abolition before the version in force began', () => {
    expect(
      checkRuleForm('abolish', ruleForm({ abolished_on: '2019-12-31' }), rule, t).abolished_on,
    ).toContain('2020-01-01')
    expect(checkRuleForm('abolish', ruleForm({ abolished_on: '2020-01-01' }), rule, t)).toEqual({})
  })

  it('lists the history newest first', () => {
    expect(versionsNewestFirst(rule.versions).map((v) => v.number)).toEqual([2, 1])
  })
})

describe('supervised tasks', () => {
  const task = {
    title: ' 筹备会议 ',
    source: '',
    detail: '',
    deadline: '2026-12-10',
    body_id: '' as const,
    staff_id: 5,
  }
  it('needs a title, a deadline not in the past and a body or a person', () => {
    expect(checkTaskForm(task, '2026-12-02', t)).toEqual({})
    expect(Object.keys(checkTaskForm({ ...task, title: '', staff_id: '' }, '2026-12-02', t)).sort()).toEqual([
      'assignee',
      'title',
    ])
    expect(checkTaskForm({ ...task, deadline: '2026-12-01' }, '2026-12-02', t).deadline).toBe(
      'office.tasks.check.deadlinePast',
    )
    expect(taskBody(task)).toEqual({ title: '筹备会议', deadline: '2026-12-10', staff_id: 5 })
  })

  it('sends only the flags set', () => {
    expect(toTaskQuery({ state: '', body_id: '', overdue: true, mine: false, page: 2 })).toEqual({
      overdue: '1',
      page: 2,
    })
  })

  it('checks a step as the server would, and sends what the step uses', () => {
    const f = { note: '', progress: 40, deadline: '' }
    expect(checkStepForm('report_progress', f, '2026-12-10', t).note).toBe('office.tasks.check.note')
    expect(checkStepForm('accept', f, '2026-12-10', t)).toEqual({})
    expect(checkStepForm('extend', { ...f, deadline: '2026-12-10' }, '2026-12-10', t).deadline).toContain(
      '2026-12-10',
    )
    expect(stepBody('report_progress', { ...f, note: ' 初稿 ' }, 3)).toEqual({
      transition: 'report_progress',
      note: '初稿',
      progress: 40,
      version: 3,
    })
    expect(stepBody('accept', f, 1)).toEqual({ transition: 'accept', version: 1 })
    expect(stepType({ transition_code: 'chase' })).toBe('warning')
    expect(stepType({ transition_code: 'approve' })).toBe('success')
  })
})

describe('plans', () => {
  it('bounds months and ISO weeks', () => {
    expect(periodBounds('month', '2026-02')).toEqual(['2026-02-01', '2026-02-28'])
    expect(periodBounds('month', '2024-02')).toEqual(['2024-02-01', '2024-02-29'])
    expect(periodBounds('week', '2026-W18')).toEqual(['2026-04-27', '2026-05-03'])
    expect(periodBounds('week', '2026-18')).toBeNull()
  })

  it('checks the items against the period and leaves blank rows out', () => {
    const form = {
      body_id: 8,
      kind: 'month' as const,
      month: '2026-05',
      weekDay: '',
      title: '',
      items: [
        { content: '起草方案', due_date: '2026-05-20', owner_staff_id: 3 },
        { content: '', due_date: '', owner_staff_id: '' as const },
        { content: '报送材料', due_date: '2026-06-02', owner_staff_id: '' as const },
      ],
    }
    expect(Object.keys(checkPlanForm(form, '2026-05', t))).toEqual(['items.2.due_date'])
    form.items[2]!.due_date = '2026-05-31'
    expect(checkPlanForm(form, '2026-05', t)).toEqual({})
    expect(planBody(form, '2026-05')).toEqual({
      body_id: 8,
      kind: 'month',
      period: '2026-05',
      items: [
        { content: '起草方案', due_date: '2026-05-20', owner_staff_id: 3 },
        { content: '报送材料', due_date: '2026-05-31' },
      ],
    })
  })

  it('reports an item: done today by default, a remark only from managers', () => {
    const f = reportFormOf(
      { status: 'pending', done_on: null, result: null, supervision: null },
      '2026-12-02',
    )
    expect(f).toEqual({ status: 'done', done_on: '2026-12-02', result: '', supervision: '' })
    expect(reportBody({ ...f, supervision: '按时' }, 4, false)).toEqual({
      status: 'done',
      done_on: '2026-12-02',
      result: '',
      version: 4,
    })
    expect(reportBody({ ...f, status: 'pending', supervision: '抓紧' }, 4, true)).toEqual({
      status: 'pending',
      result: '',
      supervision: '抓紧',
      version: 4,
    })
    expect(doneShare(2, 5)).toBe(40)
    expect(doneShare(0, 0)).toBe(0)
  })
})

describe('publicity', () => {
  const cleaned = {
    text: '正文',
    title: '清涧政协召开协商会',
    published_on: '2020-11-27',
    outlet: '清涧县融媒体中心',
    authors: ['李治亮'],
    flagged: [],
    pinyin_removed: 3,
    marks_removed: 0,
    converted: true,
  }

  it('fills only the fields left empty from the cleaned paste', () => {
    const f = { ...emptyArticle(), outlet: '榆林日报' }
    fillFromCleaned(f, cleaned)
    expect(f).toMatchObject({
      title: '清涧政协召开协商会',
      outlet: '榆林日报',
      published_on: '2020-11-27',
      text: '正文',
    })
  })

  it('sends the paste when its cleaned text is kept, the text when it was edited', () => {
    const f = {
      ...emptyArticle(),
      title: 'a',
      outlet: 'b',
      level: 'county' as const,
      published_on: '2020-11-27',
      author_id: 9,
      pasted: '原文',
      text: '正文',
    }
    expect(articleBody(f, '正文')).toMatchObject({ pasted: '原文' })
    expect(articleBody(f, '正文')).not.toHaveProperty('text')
    expect(articleBody({ ...f, text: '改过的正文' }, '正文')).toMatchObject({ text: '改过的正文' })
    expect(articleBody({ ...f, text: '改过的正文' }, '正文')).not.toHaveProperty('pasted')
  })

  it('checks the facts and the link', () => {
    expect(Object.keys(checkArticle(emptyArticle(), t)).sort()).toEqual([
      'author_id',
      'level',
      'outlet',
      'published_on',
      'title',
    ])
    expect(checkArticle({ ...emptyArticle(), link: 'www.example.com' }, t).link).toBe(
      'office.publicity.check.link',
    )
  })

  it('sends whole, non-negative yuan', () => {
    expect(
      rewardAmounts([
        { level: 'central', amount: 500.4, updated_at: null },
        { level: 'county', amount: -5, updated_at: null },
      ]),
    ).toEqual({ central: 500, county: 0 })
  })
})

describe('care letters', () => {
  const item = (over: Partial<CareTodoItem>): CareTodoItem => ({
    type: 'birthday',
    kind: 'birthday',
    kind_name: '生日',
    staff_id: 4,
    name: '李治亮',
    body_name: '办公室',
    staff_status: '在职',
    date: '2026-12-05',
    age: 54,
    event_id: null,
    detail: '',
    letter_id: null,
    letter_written_at: null,
    overdue: false,
    ...over,
  })

  it('writes a birthday letter for the staff member and year, an event letter for the event', () => {
    expect(letterRequestOf(item({}))).toEqual({ staff_id: 4, year: 2026 })
    expect(letterRequestOf(item({ type: 'event', kind: 'illness', event_id: 3 }))).toEqual({ event_id: 3 })
    expect(letterIdsOf([item({ letter_id: 8 }), item({}), item({ letter_id: 2 })])).toEqual([8, 2])
  })

  it('inserts a field at the cursor and finds misspelt ones', () => {
    expect(insertField('同志：', 'name', 0)).toEqual({ text: '{name}同志：', cursor: 6 })
    expect(insertField('祝贺', 'date', null)).toEqual({ text: '祝贺{date}', cursor: 8 })
    expect(unknownFields('{name}于{dat}，{nmae}', ['name', 'date'])).toEqual(['dat', 'nmae'])
  })
})

describe('assessment', () => {
  const sheet: Sheet = {
    id: 1,
    name: '机关部门季度考核评分表',
    subject_kind: 'body',
    version: 1,
    created_at: '',
    items: [
      { id: 1, name: '月计划事项按时完成', max_points: 30, source: 'plan_on_time', rule: '', sort: 1 },
      { id: 3, name: '履职服务', max_points: 20, source: 'scored', rule: '', sort: 3 },
    ],
  }

  it('scores the scored items only; the computed ones come back from the server', () => {
    const lines = scoreLines(sheet, null)
    expect(lines.map((l) => l.computed)).toEqual([true, false])
    expect(checkScores(lines, t)).toEqual({ item3: 'office.assessment.check.points' })
    lines[1]!.points = 25
    expect(checkScores(lines, t).item3).toContain('20')
    lines[1]!.points = 18.5
    lines[1]!.evidence = ' 差错一次 '
    expect(checkScores(lines, t)).toEqual({})
    expect(scoresBody(lines)).toEqual([{ item_id: 3, points: 18.5, evidence: '差错一次' }])
    expect(runningTotal(lines)).toEqual({ total: 18.5, partial: true })
  })

  it('shows the computed points of a saved assessment', () => {
    const saved = {
      scores: [
        { item_id: 1, points: 27.3, evidence: '' },
        { item_id: 3, points: 18, evidence: null },
      ],
    } as unknown as Assessment
    const lines = scoreLines(sheet, saved)
    expect(lines.map((l) => l.points)).toEqual([27.3, 18])
    expect(runningTotal(lines)).toEqual({ total: 45.3, partial: false })
  })

  it('steps back a quarter', () => {
    expect(previousQuarter('2026Q1')).toBe('2025Q4')
    expect(previousQuarter('2026Q3')).toBe('2026Q2')
  })
})
