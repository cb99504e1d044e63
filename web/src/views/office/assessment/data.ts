import type { Assessment, ScoreInput, Sheet, SheetItem } from '@/api/office/types'

/** One line of the scoring form: a scored item takes points and evidence; a computed one shows its result. */
export interface ScoreLine {
  item: SheetItem
  computed: boolean
  /** null: not scored yet (or, for a computed item, not worked out until saved) */
  points: number | null
  evidence: string
}

export function scoreLines(sheet: Sheet, assessment: Assessment | null): ScoreLine[] {
  return (sheet.items ?? []).map((item) => {
    const given = assessment?.scores.find((s) => s.item_id === item.id)
    return {
      item,
      computed: item.source !== 'scored',
      points: given?.points ?? null,
      evidence: given?.evidence ?? '',
    }
  })
}

type T = (key: string, values?: Record<string, unknown>) => string

/** Problems by item id: a scored item needs points between 0 and its maximum. */
export function checkScores(lines: readonly ScoreLine[], t: T): Record<string, string> {
  const e: Record<string, string> = {}
  for (const l of lines) {
    if (l.computed) continue
    if (l.points === null || Number.isNaN(l.points))
      e[`item${l.item.id}`] = t('office.assessment.check.points')
    else if (l.points < 0 || l.points > l.item.max_points)
      e[`item${l.item.id}`] = t('office.assessment.check.range', { max: l.item.max_points })
  }
  return e
}

/** The scores the server takes: the scored items only (it works out the others from the records). */
export function scoresBody(lines: readonly ScoreLine[]): ScoreInput[] {
  return lines
    .filter((l) => !l.computed)
    .map((l) => ({
      item_id: l.item.id,
      points: l.points ?? 0,
      ...(l.evidence.trim() ? { evidence: l.evidence.trim() } : {}),
    }))
}

/** The total so far (one decimal), and whether it still lacks computed parts. */
export function runningTotal(lines: readonly ScoreLine[]): { total: number; partial: boolean } {
  let sum = 0
  let partial = false
  for (const l of lines) {
    if (l.points === null) partial = true
    else sum += l.points
  }
  return { total: Math.round(sum * 10) / 10, partial }
}

/** "2026Q4" of today, and the quarter before a quarter. */
export function previousQuarter(quarter: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter)
  if (!m) return quarter
  const q = Number(m[2])
  return q === 1 ? `${Number(m[1]) - 1}Q4` : `${m[1]}Q${q - 1}`
}
