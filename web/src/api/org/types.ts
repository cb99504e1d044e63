import type { IsoDate, IsoDateTime } from '../types'
import type { Id } from '../members/types'

export type BodyKind = 'office' | 'special_committee' | 'centre' | 'other'
export type PostKind = 'leader' | 'staff'

/** An authorised post (编制) of a working body: 领导职数 (leader) or staff. */
export interface Post {
  id?: Id
  post_kind: PostKind
  title: string
  authorised: number
}

/** GET /org/bodies: a working body (工作机构). */
export interface BodySummary {
  id: Id
  name: string
  kind: BodyKind
  established_on: IsoDate
  abolished_on: IsoDate | null
  active: boolean
  sort: number
  version: number
  /** authorised posts in all */
  authorised: number
  /** staff in post */
  staff_count: number
}

export type BodyEventKind = 'established' | 'renamed' | 'merged' | 'abolished'

/** How many bodies of each kind, e.g. 一室五委. */
export interface Structure {
  offices: number
  special_committees: number
  centres: number
  label: string
}

export interface BodyEvent {
  id: Id
  body_id: Id
  body_name?: string
  body_kind?: BodyKind
  event: BodyEventKind
  on_date: IsoDate
  old_name?: string
  new_name?: string
  related_body_id?: Id | null
  related_body_name?: string | null
  note?: string
  /** history only: the structure in force after the event */
  structure_after?: Structure
}

/** GET /org/bodies/{id}: with posts, the staff in it and its events. */
export interface Body extends BodySummary {
  posts: Post[]
  staff: { id: Id; name: string; post: string; rank: string }[]
  events: BodyEvent[]
  created_at?: IsoDateTime
  updated_at?: IsoDateTime
}

export interface NewBody {
  name: string
  kind: BodyKind
  established_on?: IsoDate
  sort?: number
  posts: Post[]
  note?: string
}

export interface BodyEventInput {
  event: 'renamed' | 'merged' | 'abolished'
  on_date: IsoDate
  new_name?: string
  into_body_id?: Id
  note?: string
}

export interface PersonRef {
  id: Id
  name: string
  post: string
}

export interface StaffingPost {
  post_kind: PostKind
  title: string
  authorised: number
  filled: number
  vacancies: number
  over: number
  people: PersonRef[]
}

export interface StaffingRow {
  body_id: Id
  name: string
  kind: BodyKind
  authorised: number
  filled: number
  vacancies: number
  /** 超编 */
  over: number
  /** 一人委 */
  one_person: boolean
  posts: StaffingPost[]
  /** people in post whom no authorised post fits */
  unmatched: PersonRef[]
}

/** GET /org/staffing */
export interface Staffing {
  items: StaffingRow[]
  total: number
  totals: {
    bodies: number
    authorised: number
    filled: number
    vacancies: number
    over: number
    one_person_bodies: number
    staff_without_body: number
  }
  structure: Structure
}

/** The entries of the simple lists share these. */
export interface ListEntry {
  id: Id
  name: string
  version: number
}

export interface Sector extends ListEntry {
  sort?: number
  member_count?: number
}

export interface TownshipGroup extends ListEntry {
  township?: string
  convener_member_id?: Id | null
  convener_name?: string | null
  member_count?: number
}

export interface Studio extends ListEntry {
  location?: string
  lead_member_id?: Id | null
  lead_name?: string | null
  established_on?: IsoDate
  member_count?: number
}

export type UnitKind = 'department' | 'township' | 'other'

export interface Unit extends ListEntry {
  kind?: UnitKind
  contact_person?: string
  phone?: string
  user_count?: number
}

export type ListPath = 'sectors' | 'township-groups' | 'studios' | 'units'

export interface ListEntryByPath {
  sectors: Sector
  'township-groups': TownshipGroup
  studios: Studio
  units: Unit
}

export type PartyOrgKind = 'leading_group' | 'organ_group' | 'branch' | 'cell'
export type PartyRole = '书记' | '副书记' | '组长' | '副组长' | '委员' | '成员'

export interface PartyOrgNode {
  id: Id
  parent_id: Id | null
  name: string
  kind: PartyOrgKind
  body_id: Id | null
  body_name: string | null
  sort: number
  version: number
  member_count: number
  children: PartyOrgNode[]
}

export interface PartyMember {
  /** the membership (for removing it) */
  id: Id
  person_kind: 'staff' | 'member'
  person_id: Id
  name: string
  role: PartyRole | string
}

export interface PartyOrg extends PartyOrgNode {
  members: PartyMember[]
}

export interface NewPartyOrg {
  name: string
  kind: PartyOrgKind
  parent_id?: Id
  body_id?: Id
  sort?: number
}
