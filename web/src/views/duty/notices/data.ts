/** Pure helpers of the notices page (提醒谈话与劝辞): the reasons in words, the status tags, the batch by kind. */
import type { Candidate, NoticeKind, NoticeReasons, NoticeStatus } from '@/api/duty/notices'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The reasons of a candidate or notice as sentences in the user's language, numbers included. */
export function reasonTexts(kind: NoticeKind, r: NoticeReasons, t: Translate): string[] {
  if (kind === 'reminder') {
    const out = [t('dutyNotices.reason.score', { score: r.score ?? 0, grade: r.grade ?? '' })]
    const missing = r.missing ?? []
    if (missing.length)
      out.push(
        t('dutyNotices.reason.missing', { n: missing.length, names: missing.map((m) => m.name).join('、') }),
      )
    return out
  }
  const out: string[] = []
  if (r.consecutive_plenary) out.push(t('dutyNotices.reason.consecutive', { n: r.consecutive_plenary }))
  out.push(
    t('dutyNotices.reason.share', {
      invited: r.invited ?? 0,
      absent: r.absent ?? 0,
      percent: r.percent ?? 0,
      plenary: r.plenary_absences ?? 0,
    }),
  )
  for (const a of r.absences ?? [])
    out.push(t('dutyNotices.reason.absence', { date: a.date, title: a.title }))
  return out
}

/** The Element Plus tag type of a notice's status. */
export function statusTagType(status: NoticeStatus): 'warning' | 'success' | 'info' {
  return status === 'issued' ? 'warning' : status === 'talked' ? 'success' : 'info'
}

/** The member ids of the picked candidates per kind, for one issue request each; issued ones left out. */
export function batchesByKind(picked: readonly Candidate[]): [NoticeKind, number[]][] {
  const out = new Map<NoticeKind, number[]>()
  for (const c of picked) {
    if (c.notice) continue
    out.set(c.kind, [...(out.get(c.kind) ?? []), c.member_id])
  }
  return [...out.entries()]
}
