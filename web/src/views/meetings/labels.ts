import type { Meeting, MeetingFields, MeetingKind, MeetingRow, PartyKind } from '@/api/meetings/types'

/** The kinds of meeting the forms offer, in the order people think of them. */
export const MEETING_KINDS: MeetingKind[] = [
  'plenary',
  'standing',
  'chair',
  'special',
  'party_group',
  'inspection',
  'research',
  'consultation',
  'lecture',
  'three_one',
  'party_day',
  'integrity_talk',
  'other',
]
export const PARTY_KINDS: Exclude<PartyKind, ''>[] = [
  'branch_general',
  'branch_committee',
  'group',
  'party_class',
]
export const isPartyKind = (k: string) => k === 'three_one' || k === 'party_day' || k === 'integrity_talk'

/** Element Plus tag colours per attendance state. */
export function attendanceTag(
  attendance: string,
  leave: string,
): { type: 'success' | 'warning' | 'danger' | 'info'; key: string } {
  if (attendance === 'present') return { type: 'success', key: 'present' }
  if (leave === 'approved') return { type: 'warning', key: 'leave' }
  if (attendance === 'absent') return { type: 'danger', key: 'absent' }
  return { type: 'info', key: 'pending' }
}

/** What a meeting's status tag says: cancelled before closed before scheduled. */
export function meetingState(m: Pick<MeetingRow, 'status' | 'cancelled'>): {
  key: 'cancelled' | 'closed' | 'scheduled'
  type: 'danger' | 'info' | 'success'
} {
  if (m.cancelled) return { key: 'cancelled', type: 'danger' }
  if (m.status === 'closed') return { key: 'closed', type: 'info' }
  return { key: 'scheduled', type: 'success' }
}

/**
 * What staff may do with a meeting now (the server refuses the rest): nothing changes on a cancelled
 * meeting; a closed one can still be edited (minutes) but not cancelled; a meeting can be deleted only while
 * nobody has signed in and no speech is recorded.
 */
export function meetingActions(m: Pick<Meeting, 'status' | 'cancelled' | 'counts' | 'speeches'>): {
  edit: boolean
  attendance: boolean
  close: boolean
  cancel: boolean
  remove: boolean
} {
  const live = !m.cancelled
  const open = live && m.status !== 'closed'
  return {
    edit: live,
    attendance: live,
    close: open,
    cancel: open,
    remove: m.counts.present === 0 && m.speeches.length === 0,
  }
}

/** "2026-12-10T09:00" China time from an ISO UTC time (what the time pickers edit). */
export function chinaInput(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600e3).toISOString().slice(0, 16)
}

/** The file as base64 (for uploads). */
export function fileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

/** A meeting as its form edits it (times in China time). */
export function fieldsOf(m: Meeting): MeetingFields {
  return {
    kind: m.kind,
    party_kind: m.party_kind,
    party_org_id: m.party_org_id,
    body_id: m.body_id,
    title: m.title,
    agenda: m.agenda,
    place: m.place,
    starts_at: chinaInput(m.starts_at),
    ends_at: chinaInput(m.ends_at),
    signin_opens_at: chinaInput(m.signin_opens_at),
    signin_closes_at: chinaInput(m.signin_closes_at),
    topic: m.topic,
    lecturers: m.lecturers.map((l) => ({ ...l })),
    minutes: m.minutes,
  }
}
