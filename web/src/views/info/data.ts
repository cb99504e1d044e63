/** 社情民意: the codes and their labels, the character counter and the checks the forms make before sending. */
import type { AdoptionLevel, InfoDraft, InfoState, LeaderLevel, ScoreLevel } from '@/api/info/types'
import type { Choice } from '../members/labels'

type T = (key: string, values?: Record<string, unknown>) => string
type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

export const INFO_STATES: Choice<InfoState>[] = [
  { value: 'submitted', label: 'info.state.submitted' },
  { value: 'selected', label: 'info.state.selected' },
  { value: 'adopted', label: 'info.state.adopted' },
  { value: 'merged', label: 'info.state.merged' },
]
export const ADOPTION_LEVELS: Choice<AdoptionLevel>[] = [
  { value: 'committee', label: 'info.level.committee' },
  { value: 'city', label: 'info.level.city' },
  { value: 'province', label: 'info.level.province' },
  { value: 'national', label: 'info.level.national' },
]
export const SCORE_LEVELS: Choice<ScoreLevel>[] = [
  ...ADOPTION_LEVELS,
  { value: 'instruction', label: 'info.level.instruction' },
]
export const LEADER_LEVELS: Choice<LeaderLevel>[] = [
  { value: 'local', label: 'info.leaderLevel.local' },
  { value: 'city', label: 'info.leaderLevel.city' },
  { value: 'province', label: 'info.leaderLevel.province' },
  { value: 'national', label: 'info.leaderLevel.national' },
]

export function stateTag(state: InfoState): TagType {
  return state === 'adopted'
    ? 'success'
    : state === 'selected'
      ? 'warning'
      : state === 'merged'
        ? 'info'
        : 'primary'
}

/** Characters as the server counts them: Unicode code points (一个汉字 is one, an emoji is one). */
export function countChars(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** The counter under the text box: "1,234 / 1,500", and whether it is over. */
export function counter(
  text: string,
  max: number,
): { count: number; max: number; over: boolean; left: number } {
  const count = countChars(text)
  return { count, max, over: count > max, left: max - count }
}

/** One issue per report: a title, and a text within the committee's limit. */
export function checkDraft(d: InfoDraft, max: number, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.title.trim()) e.title = t('info.check.title')
  else if (countChars(d.title.trim()) > 100) e.title = t('info.check.titleLong')
  if (!d.text.trim()) e.text = t('info.check.text')
  else if (countChars(d.text) > max) e.text = t('info.check.textLong', { max, n: countChars(d.text) })
  return e
}

/** Staff may merge two or more open items (neither adopted nor already merged). */
export function mergeable(rows: { id: number | string; state: InfoState }[]): boolean {
  return rows.length >= 2 && rows.every((r) => r.state === 'submitted' || r.state === 'selected')
}

/** The levels an item has not been adopted at yet (each level adopts once). */
export function openLevels(adopted: AdoptionLevel[]): Choice<AdoptionLevel>[] {
  return ADOPTION_LEVELS.filter((l) => !adopted.includes(l.value))
}
