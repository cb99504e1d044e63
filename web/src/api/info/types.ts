import type { IsoDate, IsoDateTime } from '../types'
import type { Id } from '../members/types'

export type InfoState = 'submitted' | 'selected' | 'adopted' | 'merged'
/** committee = the committee's own 信息专报 */
export type AdoptionLevel = 'committee' | 'city' | 'province' | 'national'
export type ScoreLevel = AdoptionLevel | 'instruction'
export type LeaderLevel = 'local' | 'city' | 'province' | 'national'

export interface InfoRow {
  id: Id
  year: number
  title: string
  state: InfoState
  submitted_on: IsoDate
  merged_into: Id | null
  version: number
  submitter_count: number
  first_submitter: string | null
  score: number
  instruction_count: number
  levels: AdoptionLevel[]
}

export interface Adoption {
  id: Id
  level: AdoptionLevel
  outlet: string
  adopted_on: IsoDate
  points: number
  note: string
}

export interface Instruction {
  id: Id
  leader: string
  level: LeaderLevel
  text: string
  instructed_on: IsoDate
  points: number
}

export interface InfoItem {
  id: Id
  year: number
  title: string
  text: string
  original_title: string
  original_text: string
  edited: boolean
  length: number
  state: InfoState
  analysis: string
  merged_into: Id | null
  submitted_on: IsoDate
  edited_at: IsoDateTime | null
  edited_by: string | null
  version: number
  submitters: { member_id: Id; name: string; original_item_id: Id }[]
  adoptions: Adoption[]
  instructions: Instruction[]
  merged_from: { id: Id; title: string }[]
  score: number
}

export interface InfoQuery {
  year?: number
  state?: InfoState
  member_id?: Id
  level?: AdoptionLevel
  page?: number
  page_size?: number
}

export interface InfoDraft {
  title: string
  text: string
}

export interface InfoSettings {
  max_chars: number
  version: number
  scores: { level: ScoreLevel; points: number }[]
}

export interface InfoStats {
  year: number
  submitted: number
  by_state: Partial<Record<InfoState, number>>
  adopted: Record<AdoptionLevel, number>
  adopted_items: number
  instructions: number
  members: number
}

export interface AdoptionInput {
  level: AdoptionLevel
  adopted_on: IsoDate
  outlet?: string
  note?: string
  version?: number
}

export interface InstructionInput {
  leader: string
  leader_level: LeaderLevel
  text: string
  instructed_on: IsoDate
  version?: number
}
