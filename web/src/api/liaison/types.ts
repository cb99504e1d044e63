import type { IsoDate, IsoDateTime, ListResult } from '../types'
import type { CppccPost, Id, LiaisonLevel } from '../members/types'

export type { LiaisonLevel }

/** 走访 电话 座谈 微信 来访 其他 — stored in Chinese, labelled in the UI language. */
export type ContactForm = '走访' | '电话' | '座谈' | '微信' | '来访' | '其他'

/** A link of the liaison tree: chair → standing member, standing member → member, member → public contact. */
export interface LiaisonLink {
  id: Id
  level: LiaisonLevel
  from_member_id: Id
  from_name: string
  from_post: CppccPost | null
  to_member_id: Id | null
  to_name: string | null
  to_contact_id: Id | null
  contact_name: string | null
  contact_phone: string | null
  /** date of the latest logged contact */
  last_contact: IsoDate | null
  /** logged contacts */
  contacts: number
  created_at?: IsoDateTime
}

export interface ContactLog {
  id: Id
  contact_date: IsoDate
  form: ContactForm
  people: string
  issues: string
  follow_up: string
  /** display name of who wrote it */
  written_by: string | null
  created_at: IsoDateTime
}

export interface NewContactLog {
  contact_date: IsoDate
  form: ContactForm | ''
  people: string
  issues: string
  follow_up: string
}

/** POST /liaison/links between two members. */
export interface NewMemberLink {
  level: 'chair_standing' | 'standing_member'
  from_member_id: Id
  to_member_id: Id
}

/** A public contact a member keeps. */
export interface PublicContact {
  contact_name: string
  contact_phone: string
  contact_address: string
  contact_note: string
}

/** POST /liaison/links for a public contact. */
export interface NewPublicLink extends PublicContact {
  level: 'member_public'
  from_member_id: Id
}

export interface UncontactedResult extends ListResult<LiaisonLink> {
  /** e.g. 2026Q4 */
  quarter: string
}

export interface MyLinksResult extends ListResult<LiaisonLink> {
  member_id: Id
}
