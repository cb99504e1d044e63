/** Meetings and activities, lectures, donations and deeds, Party life. */
import type { IsoDate, IsoDateTime } from '../types'

export type MeetingKind =
  | 'plenary'
  | 'standing'
  | 'chair'
  | 'special'
  | 'party_group'
  | 'three_one'
  | 'party_day'
  | 'integrity_talk'
  | 'inspection'
  | 'research'
  | 'lecture'
  | 'consultation'
  | 'other'
export type PartyKind = '' | 'branch_general' | 'branch_committee' | 'group' | 'party_class'
export type Attendance = 'pending' | 'present' | 'absent'
export type LeaveStatus = '' | 'pending' | 'approved' | 'refused'

export interface Lecturer {
  name: string
  title: string
  organisation: string
}

export interface InviteRules {
  all_members?: boolean
  standing?: boolean
  party_org?: boolean
  sector_ids?: number[]
  body_ids?: number[]
  member_ids?: number[]
  user_ids?: number[]
}

export interface Counts {
  invited: number
  present: number
  leave: number
  absent: number
  pending: number
}

export interface MeetingFields {
  kind: MeetingKind
  party_kind: PartyKind
  party_org_id: number | null
  body_id: number | null
  title: string
  agenda: string
  place: string
  /** China time "YYYY-MM-DDTHH:mm" going in; UTC ISO coming out */
  starts_at: string
  ends_at: string
  signin_opens_at?: string
  signin_closes_at?: string
  topic: string
  lecturers: Lecturer[]
  minutes: string
}

export interface MeetingRow extends MeetingFields {
  id: number
  kind_name: string
  starts_local: string
  ends_local: string
  status: 'scheduled' | 'closed'
  cancelled: boolean
  cancelled_at: IsoDateTime | null
  cancel_reason: string
  party_org_name: string | null
  body_name: string | null
  version: number
  counts: Counts
}

export interface Invitee {
  id: number
  member_id: number | null
  user_id: number | null
  name: string
  sector_name: string | null
  attendance: Attendance
  signed_in_at: IsoDateTime | null
  signed_in_by: '' | 'qr' | 'staff'
  leave_status: LeaveStatus
  leave_reason: string
  leave_note: string
}

export interface Speech {
  id: number
  member_id: number | null
  speaker: string
  title: string
  text: string
}

export interface Attachment {
  id: number
  filename: string
  size: number
  created_at: IsoDateTime
}

export interface Meeting extends MeetingRow {
  signin_opens_at: IsoDateTime
  signin_closes_at: IsoDateTime
  invitees: Invitee[]
  speeches: Speech[]
  attachments: Attachment[]
  invite_rules: InviteRules
}

export interface MyMeeting extends MeetingRow {
  my: {
    invitee_id: number
    attendance: Attendance
    leave_status: LeaveStatus
    leave_reason: string
    leave_note: string
    signed_in_at: IsoDateTime | null
  }
}

export interface MeetingQuery {
  kind?: string
  from?: IsoDate
  to?: IsoDate
  q?: string
  page?: number
  page_size?: number
}

export interface QrToken {
  token: string
  path: string
  expires_at: IsoDateTime
  title: string
  counts: Counts
}

export interface DutyRecord {
  member_id: number
  member_name: string
  kind: string
  title: string
  occurred_on: IsoDate
}

export interface StatRow {
  invited: number
  present: number
  leave: number
  absent: number
  rate: number
}
export interface AttendanceStats {
  year: number
  meetings: number
  by_kind: (StatRow & { kind: MeetingKind; kind_name: string; meetings: number })[]
  by_member: (StatRow & { member_id: number; name: string; sector_name: string })[]
}

export interface Campaign {
  id: number
  title: string
  description: string
  starts_on: IsoDate
  donations: number
  donors: number
  /** yuan as exact decimal text, e.g. "21800.50" */
  cash: string
  goods: string
  total: string
}
export interface Donation {
  id: number
  member_id: number
  member_name: string
  cash: string
  goods_value: string
  goods: string
  donated_on: IsoDate
}
export interface CampaignDetail extends Campaign {
  items: Donation[]
}
export interface DonationInput {
  member_id: number
  cash: string
  goods_value: string
  goods: string
  donated_on: IsoDate
}

export interface Deed {
  id: number
  member_id: number
  member_name: string
  title: string
  description: string
  done_on: IsoDate
  status: 'pending' | 'confirmed' | 'rejected'
  attachments: Attachment[]
}

export interface PartyRequirement {
  code: string
  name: string
  org_kind: 'branch' | 'cell'
  period: 'month' | 'quarter'
  times: number
}
export interface PartyOrgStatus {
  id: number
  name: string
  kind: string
  parent_name: string
  requirements: {
    code: string
    name: string
    period: string
    required: number
    held: number
    missing: string[]
  }[]
}
export interface PartyLifeStatus {
  quarter: string
  months: string[]
  orgs: PartyOrgStatus[]
  not_held: { party_org_id: number; party_org_name: string; code: string; name: string; missing: string[] }[]
}
