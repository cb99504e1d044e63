import { describe, expect, it } from 'vitest'
import type { Candidate } from '@/api/duty/notices'
import { batchesByKind, reasonTexts, statusTagType } from '@/views/duty/notices/data'
import zh from '@/locales/zh-CN/dutyNotices.json'

/** A translator over the Chinese messages, enough to see the numbers land in the sentences. */
const t = (key: string, values: Record<string, unknown> = {}) => {
  let node: unknown = { dutyNotices: zh }
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  return String(node).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]))
}

const candidate = (member_id: number, kind: Candidate['kind'], issued = false): Candidate => ({
  member_id,
  name: `委员${member_id}`,
  sector_id: 1,
  sector_name: '经济界',
  kind,
  reasons: {},
  notice: issued ? { id: 9, status: 'issued', issued_at: '2026-12-01T02:00:00Z' } : null,
})

describe('notices page helpers', () => {
  it("writes a reminder's reasons with the score, grade and the five ones missing", () => {
    const lines = reasonTexts(
      'reminder',
      {
        score: 42.5,
        grade: '不称职',
        missing: [
          { code: 'proposal', name: '一件提案' },
          { code: 'deed', name: '一件实事' },
        ],
      },
      t,
    )
    expect(lines).toEqual([
      '年度履职得分 42.5 分，等次为“不称职”',
      '“五个一”尚有 2 项未完成：一件提案、一件实事',
    ])
    expect(reasonTexts('reminder', { score: 50, grade: '不称职', missing: [] }, t)).toHaveLength(1)
  })

  it('writes advice to resign with the run, the share and each absence', () => {
    const lines = reasonTexts(
      'resign',
      {
        consecutive_plenary: 2,
        invited: 6,
        absent: 4,
        percent: 66,
        plenary_absences: 1,
        absences: [{ meeting_id: 3, title: '第四次会议', date: '2026-01-20', plenary: true }],
      },
      t,
    )
    expect(lines).toEqual([
      '连续 2 次无故缺席全体会议',
      '本年度应出席 6 次，无故缺席 4 次（66%），其中全体会议 1 次',
      '2026-01-20 第四次会议（无故缺席）',
    ])
    expect(
      reasonTexts(
        'resign',
        { consecutive_plenary: 0, invited: 5, absent: 3, percent: 60, plenary_absences: 0 },
        t,
      )[0],
    ).toMatch(/^本年度/)
  })

  it('batches the picked members per kind, leaving out those already issued', () => {
    expect(
      batchesByKind([
        candidate(1, 'reminder'),
        candidate(2, 'resign'),
        candidate(3, 'reminder', true),
        candidate(4, 'reminder'),
      ]),
    ).toEqual([
      ['reminder', [1, 4]],
      ['resign', [2]],
    ])
    expect(batchesByKind([candidate(3, 'reminder', true)])).toEqual([])
  })

  it('colours the statuses', () => {
    expect(statusTagType('issued')).toBe('warning')
    expect(statusTagType('talked')).toBe('success')
    expect(statusTagType('withdrawn')).toBe('info')
  })
})
