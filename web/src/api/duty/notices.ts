/** /duty/notices and /my/duty/notices: reminder notices (提醒谈话通知) and advice to resign (劝辞建议). */
import { buildUrl, http } from '../client'
import type { IsoDate, IsoDateTime } from '../types'
import type { Id } from '../members/types'

export type NoticeKind = 'reminder' | 'resign'
export type NoticeStatus = 'issued' | 'talked' | 'withdrawn'

/** The thresholds in the year's rules (rules.measures); 0 turns a criterion off. */
export interface Measures {
  reminder_grades: string[]
  reminder_five_ones_missing: number
  /** MM-DD */
  review_date: string
  resign_consecutive_plenary: number
  resign_plenary_in_year: number
  resign_absent_percent: number
  resign_min_meetings: number
}

export interface Absence {
  meeting_id: number
  title: string
  date: IsoDate
  plenary: boolean
}
/** Why a member is due a notice, in numbers (reminder or resign fields). */
export interface NoticeReasons {
  score?: number
  grade?: string
  grade_due?: boolean
  missing?: { code: string; name: string }[]
  five_ones_due?: boolean
  review_date?: IsoDate
  consecutive_plenary?: number
  plenary_absences?: number
  invited?: number
  absent?: number
  percent?: number
  criteria?: string[]
  absences?: Absence[]
}

export interface Candidate {
  member_id: number
  name: string
  sector_id: number | null
  sector_name: string
  kind: NoticeKind
  reasons: NoticeReasons
  notice: { id: number; status: NoticeStatus; issued_at: IsoDateTime } | null
}
export interface CandidateList {
  year: number
  items: Candidate[]
  total: number
  counts: Record<NoticeKind, number>
  measures: Measures
}

export interface Notice {
  id: number
  year: number
  member_id: number
  member_name: string
  sector_name: string
  kind: NoticeKind
  reasons: NoticeReasons
  status: NoticeStatus
  issued_by_name: string
  issued_at: IsoDateTime
  talked_on: IsoDate
  talked_by: string
  talk_note: string
  member_response: string
  withdrawn_reason: string
  withdrawn_at: IsoDateTime
  version: number
}
export interface NoticeList {
  year: number
  items: Notice[]
  total: number
  counts: Record<NoticeStatus, number>
}
export interface Talk {
  talked_on: IsoDate
  talked_by: string
  note: string
  response: string
}

const id = (value: Id) => encodeURIComponent(String(value))

export function listCandidates(
  year: number,
  kind: NoticeKind | '',
  sectorId: Id | '',
): Promise<CandidateList> {
  return http.get('/duty/notices/candidates', { query: { year, kind, sector_id: sectorId } })
}
export function listNotices(
  year: number,
  kind: NoticeKind | '',
  status: NoticeStatus | '',
): Promise<NoticeList> {
  return http.get('/duty/notices', { query: { year, kind, status } })
}
export function issueNotices(
  year: number,
  kind: NoticeKind,
  memberIds: number[],
): Promise<{ items: Notice[]; notified: number }> {
  return http.post('/duty/notices', { year, kind, member_ids: memberIds })
}
export function recordTalk(noticeId: Id, version: number, talk: Talk): Promise<Notice> {
  return http.post(`/duty/notices/${id(noticeId)}/talk`, { ...talk, version })
}
export function withdrawNotice(noticeId: Id, version: number, reason: string): Promise<Notice> {
  return http.post(`/duty/notices/${id(noticeId)}/withdraw`, { version, reason })
}
export function noticePrintUrl(noticeId: Id, own = false): string {
  return buildUrl(own ? `/my/duty/notices/${id(noticeId)}/print` : `/duty/notices/${id(noticeId)}/print`)
}
export function myNotices(): Promise<{ items: Notice[] }> {
  return http.get('/my/duty/notices')
}
