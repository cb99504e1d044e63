/** /meetings, /my/meetings, donations, deeds and Party life: one typed function per endpoint. */
import { buildUrl, http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type {
  AttendanceStats,
  Campaign,
  CampaignDetail,
  Counts,
  Deed,
  DonationInput,
  DutyRecord,
  Invitee,
  InviteRules,
  Meeting,
  MeetingFields,
  MeetingQuery,
  MeetingRow,
  MyMeeting,
  PartyLifeStatus,
  PartyRequirement,
  QrToken,
} from './types'

const q = (query: object) => ({ ...query }) as Query
const quiet = { notify: false }

// ---------------------------------------------------------------- staff

export function listMeetings(query: MeetingQuery): Promise<ListResult<MeetingRow>> {
  return http.get('/meetings', { query: q(query) })
}
export function getMeeting(id: number): Promise<Meeting> {
  return http.get(`/meetings/${id}`)
}
export function createMeeting(body: MeetingFields & { invite: InviteRules }): Promise<Meeting> {
  return http.post('/meetings', body, quiet)
}
export function updateMeeting(id: number, body: MeetingFields & { version: number }): Promise<Meeting> {
  return http.patch(`/meetings/${id}`, body, quiet)
}
export function inviteMore(id: number, invite: InviteRules): Promise<{ added: number }> {
  return http.post(`/meetings/${id}/invitees`, { invite }, quiet)
}
export function markAttendance(
  id: number,
  inviteeIds: number[],
  attendance: 'present' | 'absent' | 'pending' | 'leave',
  note = '',
): Promise<{ counts: Counts }> {
  return http.post(`/meetings/${id}/attendance`, { invitee_ids: inviteeIds, attendance, note })
}
export function decideLeave(id: number, inviteeId: number, approve: boolean, note = ''): Promise<Invitee> {
  return http.post(`/meetings/${id}/leave-decisions`, { invitee_id: inviteeId, approve, note })
}
export function closeMeeting(id: number): Promise<Meeting> {
  return http.post(`/meetings/${id}/close`, {})
}
/** Cancels the meeting (invitees are told; its duty records are retracted). */
export function cancelMeeting(id: number, version: number, reason: string): Promise<Meeting> {
  return http.post(`/meetings/${id}/cancel`, { version, reason })
}
/** Deletes a meeting entered by mistake (refused once somebody has signed in). */
export function deleteMeeting(id: number, version: number): Promise<void> {
  return http.delete(`/meetings/${id}`, { body: { version } })
}
export function getQr(id: number): Promise<QrToken> {
  return http.get(`/meetings/${id}/qr`)
}
export function addSpeech(
  id: number,
  body: { member_id: number | null; speaker: string; title: string; text: string },
): Promise<unknown> {
  return http.post(`/meetings/${id}/speeches`, body, quiet)
}
export function addMeetingAttachment(id: number, filename: string, contentBase64: string): Promise<unknown> {
  return http.post(`/meetings/${id}/attachments`, { filename, content_base64: contentBase64 })
}
export function meetingDutyRecords(id: number): Promise<ListResult<DutyRecord>> {
  return http.get(`/meetings/${id}/duty-records`)
}
/** The year's attendance, optionally of one kind of meeting and one sector's members. */
export interface StatsQuery {
  year: number
  kind?: string
  sector_id?: number
}
const statsQuery = (q: StatsQuery): Query => ({
  year: q.year,
  kind: q.kind || undefined,
  sector_id: q.sector_id,
})
export function attendanceStats(query: StatsQuery): Promise<AttendanceStats> {
  return http.get('/meetings/stats', { query: statsQuery(query) })
}
/** The per-member table as .xlsx, with the same filters. */
export function exportAttendanceStats(query: StatsQuery): Promise<Download> {
  return http.download('/meetings/stats/export', {
    query: statsQuery(query),
    fallbackName: `会议出勤统计${query.year}.xlsx`,
  })
}
export function attachmentUrl(id: number): string {
  return buildUrl(`/meeting-attachments/${id}`)
}

// ---------------------------------------------------------------- the member's own

export function myMeetings(upcoming = false): Promise<ListResult<MyMeeting>> {
  return http.get('/my/meetings', { query: upcoming ? { upcoming: '1' } : {} })
}
export function myMeeting(id: number): Promise<MyMeeting> {
  return http.get(`/my/meetings/${id}`)
}
export function requestLeave(id: number, reason: string): Promise<MyMeeting> {
  return http.post(`/my/meetings/${id}/leave`, { reason }, quiet)
}
export function signIn(token: string): Promise<MyMeeting> {
  return http.post('/my/meetings/sign-in', { token }, quiet)
}
export function calendarLink(): Promise<{ token: string; path: string }> {
  return http.get('/my/calendar')
}

// ---------------------------------------------------------------- donations and deeds

export function listCampaigns(): Promise<ListResult<Campaign>> {
  return http.get('/donation-campaigns')
}
export function getCampaign(id: number): Promise<CampaignDetail> {
  return http.get(`/donation-campaigns/${id}`)
}
export function createCampaign(body: {
  title: string
  description: string
  starts_on: string
}): Promise<CampaignDetail> {
  return http.post('/donation-campaigns', body, quiet)
}
export function addDonation(id: number, body: DonationInput): Promise<CampaignDetail> {
  return http.post(`/donation-campaigns/${id}/donations`, body, quiet)
}
export function listDeeds(status = ''): Promise<ListResult<Deed>> {
  return http.get('/deeds', { query: status ? { status } : {} })
}
export function createDeed(body: {
  member_id: number
  title: string
  description: string
  done_on: string
}): Promise<Deed> {
  return http.post('/deeds', body, quiet)
}
export function addDeedEvidence(id: number, filename: string, contentBase64: string): Promise<unknown> {
  return http.post(`/deeds/${id}/attachments`, { filename, content_base64: contentBase64 })
}
export function decideDeed(id: number, confirm: boolean): Promise<Deed> {
  return http.post(`/deeds/${id}/decision`, { confirm })
}

// ---------------------------------------------------------------- Party life

export function partyRequirements(): Promise<{ items: PartyRequirement[] }> {
  return http.get('/party-life/requirements')
}
export function partyLifeStatus(quarter?: string): Promise<PartyLifeStatus> {
  return http.get('/party-life/status', { query: quarter ? { quarter } : {} })
}
