import type {
  Assessment,
  AssessmentPreview,
  PreviewItem,
  ScoreInput,
  Sheet,
  SheetItem,
  SheetItemInput,
  SubjectKind,
} from '@/api/office/types'

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

// ---------------------------------------------------------------- the scoring sheet's form

/** The form of a sheet being created (an empty 100-point start) or edited (its items, ids kept). */
export interface SheetForm {
  name: string
  subject_kind: SubjectKind
  items: SheetItemInput[]
}

export function sheetForm(sheet: Sheet | null): SheetForm {
  if (!sheet)
    return {
      name: '',
      subject_kind: 'body',
      items: [{ name: '', max_points: 100, source: 'scored', rule: '' }],
    }
  return {
    name: sheet.name,
    subject_kind: sheet.subject_kind,
    items: (sheet.items ?? []).map(({ id, name, max_points, source, rule }) => ({
      id,
      name,
      max_points,
      source,
      rule,
    })),
  }
}

/** The maxima added up, to one decimal. */
export function sheetSum(items: readonly SheetItemInput[]): number {
  return Math.round(items.reduce((s, i) => s + (Number(i.max_points) || 0), 0) * 10) / 10
}

/** Problems by field (name, items): a name, named items with maxima in (0, 100], adding up to 100. */
export function checkSheet(form: SheetForm, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (!form.name.trim()) e.name = t('office.assessment.checkSheet.name')
  const problems: string[] = []
  form.items.forEach((i, k) => {
    if (!i.name.trim()) problems.push(t('office.assessment.checkSheet.itemName', { n: k + 1 }))
    if (!(i.max_points > 0 && i.max_points <= 100))
      problems.push(t('office.assessment.checkSheet.itemMax', { n: k + 1 }))
  })
  if (form.items.length === 0) problems.push(t('office.assessment.checkSheet.items'))
  else if (Math.abs(sheetSum(form.items) - 100) > 1e-6)
    problems.push(t('office.assessment.checkSheet.sum', { n: sheetSum(form.items) }))
  if (problems.length) e.items = problems.join('；')
  return e
}

/** The items as the server takes them: trimmed, ids only for existing ones. */
export function sheetItemsBody(form: SheetForm): SheetItemInput[] {
  return form.items.map((i) => ({
    ...(i.id !== undefined ? { id: i.id } : {}),
    name: i.name.trim(),
    max_points: i.max_points,
    source: i.source,
    rule: i.rule.trim(),
  }))
}

// ---------------------------------------------------------------- the preview of the computed parts

/** The preview's computed points on the score lines that have none yet (a new or unsaved assessment). */
export function withPreview(lines: readonly ScoreLine[], preview: AssessmentPreview | null): ScoreLine[] {
  if (!preview) return [...lines]
  return lines.map((l) => {
    if (!l.computed || l.points !== null) return l
    const p = preview.items.find((i) => i.item_id === l.item.id)
    return p?.points === undefined ? l : { ...l, points: p.points }
  })
}

/** What lies behind a computed item's points: "按时完成 3/4 项", "出勤 5/6 次", or nothing to count. */
export function previewBasis(item: PreviewItem | undefined, t: T): string {
  if (!item || item.total === undefined || item.source === 'scored') return ''
  if (item.total === 0) return t('office.assessment.preview.nothing')
  const key = item.source === 'attendance' ? 'attended' : 'counts'
  return t(`office.assessment.preview.${key}`, { done: item.done ?? 0, total: item.total })
}
