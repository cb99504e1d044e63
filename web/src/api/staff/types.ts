import type { FieldError, IsoDate, IsoDateTime, PageQuery } from '../types'
import type { Id } from '../members/types'

export type StaffStatus = '在职' | '退休' | '调离'
export type CareerEventKind =
  | 'promotion'
  | 'transfer_in'
  | 'transfer_out'
  | 'recommended'
  | 'secondment'
  | 'training'

/** A row of GET /staff (sorted by pinyin). */
export interface StaffRecord {
  id: Id
  name: string
  name_pinyin: string
  name_initials: string
  gender: '男' | '女' | ''
  birth_date: IsoDate | ''
  id_card: string | null
  phone: string | null
  /** 正科, 副科, 一级科员… */
  rank: string
  /** 主任, 副主任, 科员… */
  post: string
  body_id: Id | null
  body_name: string | null
  status: StaffStatus
  joined_on: IsoDate | ''
  left_on: IsoDate | ''
  user_id: Id | null
  version: number
  created_at?: IsoDateTime
  updated_at?: IsoDateTime
}

export interface CareerEvent {
  id: Id
  kind: CareerEventKind
  on_date: IsoDate
  end_date: IsoDate | ''
  detail: string
  to_rank: string
  created_at?: IsoDateTime
}

/** GET /staff/{id}: the record, the body, the career and Party memberships. */
export interface StaffPerson extends StaffRecord {
  body: { id: Id; name: string } | null
  events: CareerEvent[]
  party: { id: Id; party_org_id: Id; party_org_name: string; party_org_kind: string; role: string }[]
}

export interface StaffFilters {
  q: string
  body_id: Id | ''
  status: StaffStatus | ''
  rank: string
}

export type StaffQuery = Partial<StaffFilters> & Partial<PageQuery>

export interface StaffInput {
  name: string
  gender: '男' | '女' | ''
  birth_date: string
  id_card: string
  phone: string
  rank: string
  post: string
  body_id: Id | null
  status: StaffStatus
  joined_on: string
  left_on: string
}

export interface NewCareerEvent {
  kind: CareerEventKind
  on_date: IsoDate
  end_date?: IsoDate
  detail?: string
  to_rank?: string
}

/** A row of the staff import preview. */
export interface StaffImportRow {
  row: number
  name?: string
  phone?: string
  values?: Record<string, string>
  ok?: boolean
  errors: FieldError[]
}
