import { describe, expect, it } from 'vitest'
import type { Figures, Metrics, RateCode } from '@/api/conversion/types'
import {
  checkFeedbackForm,
  drillOf,
  emptyFeedback,
  percent,
  rateCards,
  typeRows,
  yearChoices,
} from '@/views/conversion/data'

const DEFINITIONS: Metrics['definitions'] = {
  instruction_rate: {
    name_zh: '批示率',
    name_en: 'Instruction rate',
    zh: '获得领导批示的成果数 ÷ 呈报的成果数',
    en: "Reports with a leader's instruction ÷ reports submitted",
    numerator: 'instructed',
    denominator: 'submitted',
  },
  assignment_rate: {
    name_zh: '交办率',
    name_en: 'Assignment rate',
    zh: '已交办 ÷ 获得批示',
    en: 'Assigned ÷ instructed',
    numerator: 'assigned',
    denominator: 'instructed',
  },
  acknowledgement_rate: {
    name_zh: '承办率',
    name_en: 'Acknowledgement rate',
    zh: '已承办 ÷ 已交办',
    en: 'Acknowledged ÷ assigned',
    numerator: 'acknowledged',
    denominator: 'assigned',
  },
  completion_rate: {
    name_zh: '办成率',
    name_en: 'Completion rate',
    zh: '已办成 ÷ 已交办',
    en: 'Completed ÷ assigned',
    numerator: 'completed',
    denominator: 'assigned',
  },
}

function figures(counts: [number, number, number, number, number], explain: RateCode[] = []): Figures {
  const [submitted, instructed, assigned, acknowledged, completed] = counts
  const div = (a: number, b: number) => (b ? a / b : 0)
  return {
    submitted,
    instructed,
    assigned,
    acknowledged,
    completed,
    instruction_rate: div(instructed, submitted),
    assignment_rate: div(assigned, instructed),
    acknowledgement_rate: div(acknowledged, assigned),
    completion_rate: div(completed, assigned),
    outcomes: { documents: 39, problems: 85, incidents: 11, matters: 113 },
    explanations: Object.fromEntries(
      explain.map((r) => [r, { zh: '本年度没有交办的成果，记为 0。', en: 'Nothing assigned; shown as 0.' }]),
    ),
  }
}

function metrics(): Metrics {
  const whole = figures([99, 99, 99, 99, 78])
  return {
    ...whole,
    year: 2021,
    type: null,
    definitions: DEFINITIONS,
    years: [2026, 2021],
    by_type: [
      { ...figures([56, 56, 56, 56, 45]), type: 'advice', name_zh: '建言要报', name_en: 'Advice brief' },
      { ...figures([0, 0, 0, 0, 0]), type: 'research', name_zh: '调研报告', name_en: 'Research report' },
      {
        ...figures([43, 43, 43, 43, 33]),
        type: 'information',
        name_zh: '信息专报',
        name_en: 'Information bulletin',
      },
    ],
  }
}

describe('conversion rates page logic', () => {
  it('shows fractions as percentages with one decimal', () => {
    expect(percent(78 / 99)).toBe('78.8%')
    expect(percent(1)).toBe('100%')
    expect(percent(0)).toBe('0%')
    expect(percent(0.5)).toBe('50%')
    expect(percent(Number.NaN)).toBe('0%')
  })

  it('gives each rate its value, ratio and definition in the UI language', () => {
    const m = metrics()
    const zh = rateCards(m, m, 'zh-CN')
    expect(zh.map((c) => c.name)).toEqual(['批示率', '交办率', '承办率', '办成率'])
    expect(zh.map((c) => c.text)).toEqual(['100%', '100%', '100%', '78.8%'])
    expect(zh[3]!.ratio).toBe('78 / 99')
    expect(zh[3]!.numerator).toBe('completed')
    expect(zh[3]!.definition).toContain('÷')
    expect(zh.every((c) => c.explanation === '')).toBe(true)
    expect(rateCards(m, m, 'en')[0]!.definition).toMatch(/instruction/)
  })

  it('explains a rate that is 0 because nothing could be divided', () => {
    const empty = figures(
      [0, 0, 0, 0, 0],
      ['instruction_rate', 'assignment_rate', 'acknowledgement_rate', 'completion_rate'],
    )
    const cards = rateCards(metrics(), empty, 'zh-CN')
    expect(cards.map((c) => c.text)).toEqual(['0%', '0%', '0%', '0%'])
    expect(cards.every((c) => c.explanation.includes('记为 0'))).toBe(true)
    expect(rateCards(metrics(), empty, 'en')[0]!.explanation).toMatch(/shown as 0/)
  })

  it('lists the types that have reports, then the total', () => {
    const rows = typeRows(metrics(), 'zh-CN', '合计')
    expect(rows.map((r) => r.name)).toEqual(['建言要报', '信息专报', '合计'])
    expect(rows[2]!.type).toBe('all')
    expect(rows[2]!.counts.completed).toBe(78)
    expect(rows[0]!.rates.completion_rate).toBe('80.4%')
    expect(rows[2]!.outcomes.matters).toBe(113)
  })

  it('drills into a figure of one type, or of all types from the total row', () => {
    expect(drillOf(2021, 'completed', 'advice')).toEqual({ year: 2021, figure: 'completed', type: 'advice' })
    expect(drillOf(2021, 'documents', 'all')).toEqual({ year: 2021, figure: 'documents', type: '' })
  })

  it('offers this year, the shown year and the years with reports, latest first', () => {
    expect(yearChoices(metrics(), 2026, 2019)).toEqual([2026, 2021, 2019])
    expect(yearChoices(null, 2026, 2026)).toEqual([2026])
  })

  it('checks the report-back form before sending', () => {
    const t = (k: string) => k
    expect(Object.keys(checkFeedbackForm(emptyFeedback(3), t)).sort()).toEqual(['completed', 'feedback'])
    expect(checkFeedbackForm({ ...emptyFeedback(3), completed: false, feedback: '暂未办成' }, t)).toEqual({})
  })
})
