import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import '@/router/types'
import { buildMenu } from '@/router/menu'
import { shellRoutes } from '@/router/modules'
import { dossierPrintUrl, evidenceUrl, scoreQuery } from '@/api/duty'
import type { GradeBand } from '@/api/duty/types'
import {
  addBand,
  editableRules,
  fiveOnesPercent,
  gradeTagType,
  missingText,
  sortBands,
  yearOptions,
} from '@/views/duty/data'

const KINDS = [
  'meeting_attended',
  'meeting_absent_leave',
  'meeting_absent',
  'proposal_filed',
  'proposal_accepted',
  'info_submitted',
  'info_adopted',
  'speech',
  'inspection',
  'research',
  'consultation',
  'supervision',
  'contact',
  'lecture',
  'donation',
  'deed',
  'other',
]
type Tree = { [k: string]: string | Tree }
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)))

describe('duty api helpers', () => {
  it('leaves empty filters out of a score query and sends short as 1', () => {
    expect(
      scoreQuery({ year: 2026, sector_id: '', body_id: 3, grade: '', short: true, q: '', page: 2 }),
    ).toEqual({
      year: 2026,
      body_id: 3,
      short: 1,
      page: 2,
    })
    expect(scoreQuery({ year: 2025, short: false })).toEqual({ year: 2025 })
  })

  it('builds the print and evidence URLs', () => {
    expect(dossierPrintUrl(12, 2026)).toBe('/api/v1/duty/members/12/dossier/print?year=2026')
    expect(dossierPrintUrl('mine', 2025)).toBe('/api/v1/my/duty/print?year=2025')
    expect(evidenceUrl(7)).toBe('/api/v1/duty/reports/7/evidence')
  })
})

describe('duty page helpers', () => {
  it('offers this year and the three before it', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023])
  })

  it('colours the best grade green and the lowest red', () => {
    const grades = ['优秀', '良好', '称职', '不称职']
    expect(gradeTagType('优秀', grades)).toBe('success')
    expect(gradeTagType('良好', grades)).toBe('primary')
    expect(gradeTagType('称职', grades)).toBe('warning')
    expect(gradeTagType('不称职', grades)).toBe('danger')
    expect(gradeTagType('未知', grades)).toBe('info')
  })

  it('measures five-ones progress and names what is missing', () => {
    expect(fiveOnesPercent({ five_ones_met: 3, five_ones_total: 5 })).toBe(60)
    expect(fiveOnesPercent({ five_ones_met: 0, five_ones_total: 0 })).toBe(100)
    expect(
      missingText({
        missing: [
          { code: 'speech', name: '一次建言发言' },
          { code: 'deed', name: '一件实事' },
        ],
      }),
    ).toBe('一次建言发言、一件实事')
  })

  it('adds a band below the lowest without leaving a gap', () => {
    const bands: GradeBand[] = [
      { grade: '不称职', min: 0, max: 60 },
      { grade: '优秀', min: 90, max: 100 },
      { grade: '称职', min: 60, max: 90 },
    ]
    expect(sortBands(bands).map((b) => b.grade)).toEqual(['优秀', '称职', '不称职'])
    const more = addBand(bands, '较差')
    expect(more).toEqual([
      { grade: '优秀', min: 90, max: 100 },
      { grade: '称职', min: 60, max: 90 },
      { grade: '不称职', min: 30, max: 60 },
      { grade: '较差', min: 0, max: 30 },
    ])
    for (let k = 1; k < more.length; k++) expect(more[k]!.max).toBe(more[k - 1]!.min)
    expect(addBand([], '优秀')).toEqual([{ grade: '优秀', min: 0, max: 100 }])
  })

  it('edits a copy of the rules, never the rules as loaded', () => {
    const rules = {
      full_score: 100,
      base_score: 0,
      absence_penalty: 5,
      joint_split: 'equal' as const,
      items: [{ kind: 'deed', points: 5, cap: 15 }],
      bands: [{ grade: '优秀', min: 0, max: 100 }],
      five_ones: [],
      measures: {
        reminder_grades: ['优秀'],
        reminder_five_ones_missing: 0,
        review_date: '10-01',
        resign_consecutive_plenary: 2,
        resign_plenary_in_year: 2,
        resign_absent_percent: 50,
        resign_min_meetings: 4,
      },
    }
    const copy = editableRules(rules)
    copy.items[0]!.cap = null
    expect(rules.items[0]!.cap).toBe(15)
  })
})

describe('duty texts and menu', () => {
  it('names every kind in both languages and has the same keys in both', () => {
    const zh = messages['zh-CN'].duty as Tree
    const en = messages.en.duty as Tree
    for (const k of KINDS) {
      expect((zh.kinds as Tree)[k]).toBeTruthy()
      expect((en.kinds as Tree)[k]).toBeTruthy()
    }
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })

  it('shows 我的履职 to a member and the rankings, approvals and rules to staff', () => {
    const paths = (has: (p: string) => boolean) =>
      buildMenu(shellRoutes, has).flatMap((i) => [i.path, ...(i.children ?? []).map((c) => c.path)])
    const member = paths((p) => p === 'duty:self:use')
    expect(member).toContain('/duty/mine')
    expect(member).not.toContain('/duty/scores')
    const staff = paths((p) =>
      ['duty:score:read', 'duty:report:approve', 'duty:record:read', 'duty:rules:manage'].includes(p),
    )
    expect(staff).toEqual(
      expect.arrayContaining(['/duty/scores', '/duty/five-ones', '/duty/reports', '/duty/rules']),
    )
    expect(staff).not.toContain('/duty/mine')
  })
})
