import { describe, expect, it } from 'vitest'
import type { Article, AssessmentPreview, Sheet } from '@/api/office/types'
import { articleBody, articleForm, checkArticle } from '@/views/office/publicity/data'
import {
  checkSheet,
  previewBasis,
  scoreLines,
  sheetForm,
  sheetItemsBody,
  sheetSum,
  withPreview,
} from '@/views/office/assessment/data'

const t = (k: string, v?: Record<string, unknown>) => (v ? `${k}:${JSON.stringify(v)}` : k)
const sheet: Sheet = {
  id: 7,
  name: '机关部门季度考核评分表',
  subject_kind: 'body',
  version: 3,
  created_at: '2026-01-01T00:00:00Z',
  items: [
    { id: 1, name: '月计划事项按时完成', max_points: 30, source: 'plan_on_time', rule: '', sort: 1 },
    { id: 2, name: '会议出勤', max_points: 10, source: 'attendance', rule: '', sort: 2 },
    { id: 3, name: '履职服务', max_points: 60, source: 'scored', rule: '差错扣2分', sort: 3 },
  ],
}

describe('the scoring sheet form', () => {
  it('starts a new sheet with one 100-point item and edits an existing one with its ids', () => {
    const fresh = sheetForm(null)
    expect(fresh.items).toHaveLength(1)
    expect(sheetSum(fresh.items)).toBe(100)
    const edit = sheetForm(sheet)
    expect(edit.items.map((i) => i.id)).toEqual([1, 2, 3])
    expect(edit.items[0]).not.toHaveProperty('sort')
  })

  it('adds the maxima to one decimal and asks for 100 exactly', () => {
    const f = sheetForm(sheet)
    f.items[2]!.max_points = 59.9
    expect(sheetSum(f.items)).toBe(99.9)
    expect(checkSheet(f, t).items).toBe('office.assessment.checkSheet.sum:{"n":99.9}')
    f.items[2]!.max_points = 60
    expect(checkSheet(f, t)).toEqual({})
  })

  it('names every problem: no name, an unnamed item, a maximum out of range, no items', () => {
    const f = sheetForm(sheet)
    f.name = '  '
    f.items[0]!.name = ''
    f.items[1]!.max_points = 0
    const e = checkSheet(f, t)
    expect(e.name).toBe('office.assessment.checkSheet.name')
    expect(e.items).toContain('office.assessment.checkSheet.itemName:{"n":1}')
    expect(e.items).toContain('office.assessment.checkSheet.itemMax:{"n":2}')
    expect(checkSheet({ ...f, name: 'x', items: [] }, t).items).toBe('office.assessment.checkSheet.items')
  })

  it('sends ids only for existing items, trimmed', () => {
    const f = sheetForm(sheet)
    f.items.push({ name: ' 新项目 ', max_points: 5, source: 'scored', rule: ' 扣1分 ' })
    const body = sheetItemsBody(f)
    expect(body[0]).toHaveProperty('id', 1)
    expect(body[3]).toEqual({ name: '新项目', max_points: 5, source: 'scored', rule: '扣1分' })
  })
})

describe('the preview of the computed parts', () => {
  const preview: AssessmentPreview = {
    sheet_id: 7,
    quarter: '2026Q3',
    subject_id: 4,
    computed_total: 32.5,
    assessment_id: null,
    items: [
      {
        item_id: 1,
        name: '',
        max_points: 30,
        source: 'plan_on_time',
        rule: '',
        points: 22.5,
        done: 3,
        total: 4,
      },
      { item_id: 2, name: '', max_points: 10, source: 'attendance', rule: '', points: 10, done: 0, total: 0 },
      { item_id: 3, name: '', max_points: 60, source: 'scored', rule: '' },
    ],
  }

  it('fills the computed lines that have no points yet, never the scored ones', () => {
    const lines = withPreview(scoreLines(sheet, null), preview)
    expect(lines.map((l) => l.points)).toEqual([22.5, 10, null])
    expect(withPreview(scoreLines(sheet, null), null).map((l) => l.points)).toEqual([null, null, null])
  })

  it('says what lies behind the points', () => {
    expect(previewBasis(preview.items[0], t)).toBe('office.assessment.preview.counts:{"done":3,"total":4}')
    expect(previewBasis(preview.items[1], t)).toBe('office.assessment.preview.nothing')
    expect(previewBasis({ ...preview.items[1]!, total: 6, done: 5 }, t)).toBe(
      'office.assessment.preview.attended:{"done":5,"total":6}',
    )
    expect(previewBasis(preview.items[2], t)).toBe('')
  })
})

describe('a recorded article edited', () => {
  const article: Article = {
    id: 9,
    title: '政协委员助力乡村振兴',
    outlet: '榆林日报',
    level: 'city',
    published_on: '2024-03-01',
    link: '',
    author_kind: 'member',
    author_id: 12,
    author_name: '张三',
    body_id: null,
    body_name: null,
    reward: 100,
    version: 2,
    text: '全文',
    flags: null,
    created_at: '',
    updated_at: '',
  }

  it('fills the form from the record, nothing pasted, and sends it back unchanged', () => {
    const f = articleForm(article)
    expect(f).toMatchObject({ title: article.title, level: 'city', author_kind: 'member', author_id: 12 })
    expect(f.pasted).toBe('')
    expect(checkArticle(f, (k) => k)).toEqual({})
    expect(articleBody(f, null)).toEqual({
      title: article.title,
      outlet: '榆林日报',
      level: 'city',
      published_on: '2024-03-01',
      author_kind: 'member',
      author_id: 12,
      text: '全文',
    })
  })
})
