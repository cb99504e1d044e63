import type { FieldError, IsoDate, IsoDateTime, PageQuery } from '../types'

/** The server stores these values in Chinese; the UI shows them through `members.*` labels. */
export type Gender = '男' | '女'
export type CppccPost = '主席' | '副主席' | '秘书长' | '常委' | '委员'
export type MemberStatus = '在任' | '辞去' | '撤销' | '届满'
export type Id = number

/** A row of GET /members (sorted by pinyin). */
export interface MemberListItem {
  id: Id
  name: string
  name_pinyin: string
  name_initials: string
  gender: Gender | ''
  birth_date: IsoDate
  political_affiliation: string
  sector_id: Id | null
  sector_name: string | null
  is_standing: boolean
  cppcc_post: CppccPost
  work_unit: string
  job_title: string
  phone: string | null
  township_group_id: Id | null
  township_group_name: string | null
  status: MemberStatus
  has_account: boolean
  version: number
}

/** Filters of the member list; '' = not filtered. */
export interface MemberFilters {
  /** name, pinyin initials (zsf), full pinyin, phone or work unit */
  q: string
  term_id: Id | ''
  sector_id: Id | ''
  body_id: Id | ''
  township_group_id: Id | ''
  status: MemberStatus | ''
  /** '1' = standing-committee members only */
  standing: '' | '1'
}

export type MemberQuery = Partial<MemberFilters> & Partial<PageQuery>

/** A special committee (专委会) the member sits on, with the post in it. */
export interface MemberBody {
  body_id: Id
  name: string
  post: string
}

export type LiaisonLevel = 'chair_standing' | 'standing_member' | 'member_public'

/** A liaison link of the member (from them or to them), as the member page lists it. */
export interface MemberLink {
  id: Id
  level: LiaisonLevel
  from_member_id: Id
  from_name: string
  to_member_id: Id | null
  to_name: string | null
  to_contact_id: Id | null
  contact_name: string | null
  last_contact: IsoDate | null
}

/** The four contact fields a member may change themselves (staff approve). */
export interface ContactFields {
  phone: string
  address: string
  work_unit: string
  job_title: string
}
export type ContactField = keyof ContactFields
export type ContactChanges = Partial<ContactFields>

export type ContactChangeStatus = 'pending' | 'approved' | 'rejected'

/** A contact-change request as the member page lists it. */
export interface MemberContactChange {
  id: Id
  changes: ContactChanges
  status: ContactChangeStatus
  requested_at: IsoDateTime
  decided_at: IsoDateTime | null
  note: string | null
}

/** The same person in each term (届). */
export interface MemberTermEntry {
  id: Id
  term_id: Id
  term_name: string
  status: MemberStatus
}

/** The member record (GET /members/{id} without the lists, and GET /my/member). */
export interface MemberRecord {
  id: Id
  person_uid: string
  term_id: Id
  term_name: string
  name: string
  name_pinyin: string
  name_initials: string
  gender: Gender | ''
  ethnicity: string
  birth_date: IsoDate
  /** absent in GET /my/member */
  id_card?: string | null
  political_affiliation: string
  sector_id: Id | null
  sector_name: string | null
  is_standing: boolean
  cppcc_post: CppccPost
  work_unit: string
  job_title: string
  phone: string | null
  address: string
  township_group_id: Id | null
  township_group_name: string | null
  studio_id: Id | null
  studio_name: string | null
  status: MemberStatus
  status_date: IsoDate
  user_id: Id | null
  account_username: string | null
  bodies: MemberBody[]
  version: number
  created_at: IsoDateTime
  updated_at: IsoDateTime
}

/** GET /members/{id}: everything about the person in one place. */
export interface MemberDetail extends MemberRecord {
  liaison: MemberLink[]
  contact_changes: MemberContactChange[]
  terms: MemberTermEntry[]
}

/** GET /my/member */
export interface MyMember extends MemberRecord {
  pending_contact_change: { id: Id; changes: ContactChanges; requested_at: IsoDateTime } | null
}

/** POST /members and PATCH /members/{id} (with `version`). */
export interface MemberInput {
  name: string
  gender: Gender | ''
  ethnicity: string
  birth_date: IsoDate
  id_card: string
  political_affiliation: string
  sector_id: Id | null
  is_standing: boolean
  cppcc_post: CppccPost
  work_unit: string
  job_title: string
  phone: string
  address: string
  township_group_id: Id | null
  studio_id: Id | null
  status: MemberStatus
  status_date: IsoDate
  bodies: { body_id: Id; post: string }[]
}

/** POST /members/{id}/account: the initial password is shown once. */
export interface AccountCreated {
  username: string
  initial_password: string
  must_change_password: boolean
}

export type ImportEncoding = 'auto' | 'utf8' | 'gb18030'

export interface ImportRow {
  /** row number in the spreadsheet (the header is row 1) */
  row: number
  name: string
  phone: string
  errors: FieldError[]
}

/** The answer of the import preview and commit. */
export interface ImportResult {
  total: number
  valid: number
  invalid: number
  rows: ImportRow[]
  committed: boolean
}

export interface Term {
  id: Id
  number: number
  name: string
  start_date: IsoDate
  end_date: IsoDate | ''
  is_current: boolean
  /** members serving (在任) in the term */
  serving: number
}

export interface NewTerm {
  number: number
  name: string
  start_date: IsoDate
  /** ids of current-term members who continue */
  continuing: Id[]
}

export interface TermRolledOver {
  id: Id
  name: string
  carried_over: number
  ended: number
}

/** A request in GET /members/contact-changes, with the member's current values. */
export interface ContactChangeRequest {
  id: Id
  member_id: Id
  member_name: string
  changes: ContactChanges
  current: { [K in ContactField]: string | null }
  status: ContactChangeStatus
  requested_at: IsoDateTime
  decided_at: IsoDateTime | null
  note: string | null
}

export interface ContactChangeCreated {
  id: Id
  status: ContactChangeStatus
  changes: ContactChanges
}
