/** Pure helpers of the duty pages (委员履职): years, grades, five-ones progress, rules editing. */
import type { Dossier, GradeBand, Rules, ScoreRow } from '@/api/duty/types'

/** This year and the three before it, newest first. */
export function yearOptions(current: number): number[] {
  return [current, current - 1, current - 2, current - 3]
}

/** The Element Plus tag type of a grade: the best band green, the lowest red, the others in between. */
export function gradeTagType(
  grade: string,
  grades: readonly string[],
): 'success' | 'primary' | 'warning' | 'danger' | 'info' {
  const i = grades.indexOf(grade)
  if (i < 0) return 'info'
  if (i === 0) return 'success'
  if (i === grades.length - 1) return 'danger'
  return i === grades.length - 2 ? 'warning' : 'primary'
}

/** Per cent of the five ones met, 0…100. */
export function fiveOnesPercent(d: Pick<Dossier, 'five_ones_met' | 'five_ones_total'>): number {
  return d.five_ones_total ? Math.round((d.five_ones_met / d.five_ones_total) * 100) : 100
}

/** The names of the requirements a row lacks, joined the Chinese way. */
export function missingText(row: Pick<ScoreRow, 'missing'>): string {
  return row.missing.map((m) => m.name).join('、')
}

/** Bands highest first, as the server keeps them. */
export function sortBands(bands: readonly GradeBand[]): GradeBand[] {
  return [...bands].sort((a, b) => b.min - a.min)
}

/**
 * A band added below the lowest: it takes the lowest band's range from 0 up to its lower bound, so the table
 * stays without gaps (the user then moves the bounds).
 */
export function addBand(bands: readonly GradeBand[], grade: string): GradeBand[] {
  const sorted = sortBands(bands)
  const lowest = sorted[sorted.length - 1]
  if (!lowest) return [{ grade, min: 0, max: 100 }]
  const split = Math.round(lowest.max / 2)
  return [...sorted.slice(0, -1), { ...lowest, min: split }, { grade, min: 0, max: split }]
}

/** A deep copy of the rules the editor can change freely. */
export function editableRules(rules: Rules): Rules {
  return JSON.parse(JSON.stringify(rules)) as Rules
}
