/** Shapes of /duty/* and /my/duty (委员履职): rules, scores and rankings, dossiers, self-reported duties. */
import type { IsoDate, IsoDateTime, PageQuery } from '../types'
import type { Id } from '../members/types'
import type { Attachment, AttachmentUpload } from '../proposals/types'
import type { Measures } from './notices'

export type JointSplit = 'equal' | 'lead_full' | 'all_full'
export type RecordStatus = 'confirmed' | 'pending' | 'rejected'

export interface RuleItem {
  kind: string
  points: number
  /** at most this many points a year from the kind; null = no cap */
  cap: number | null
}
export interface GradeBand {
  grade: string
  /** from min (inclusive) to max (exclusive; the top band includes the full score) */
  min: number
  max: number
}
export interface FiveOne {
  code: string
  name: string
  kinds: string[]
  min: number
}
export interface Rules {
  full_score: number
  base_score: number
  absence_penalty: number
  joint_split: JointSplit
  items: RuleItem[]
  bands: GradeBand[]
  five_ones: FiveOne[]
  /** when a member is due a reminder notice or advice to resign */
  measures: Measures
}
export interface DutyKind {
  kind: string
  name_zh: string
  name_en: string
  /** a member may report it themselves */
  self_report: boolean
}
/** GET /duty/rules */
export interface RulesDoc {
  year: number
  /** 0: the year is still on the default table */
  version: number
  custom: boolean
  updated_at: IsoDateTime
  rules: Rules
  kinds: DutyKind[]
  joint_splits: JointSplit[]
  members_scored?: number
}

export interface ScoreQuery extends Partial<PageQuery> {
  year: number
  sector_id?: Id | ''
  body_id?: Id | ''
  grade?: string
  /** below this grade's lower bound */
  below?: string
  /** only members short of their five ones */
  short?: boolean
  q?: string
}
export interface KindPoints {
  count: number
  points: number
  capped: boolean
}
export interface ScoreRow {
  member_id: Id
  name: string
  is_standing: boolean
  cppcc_post: string
  sector_id: Id | null
  sector_name: string | null
  bodies: string[]
  total: number
  grade: string
  ranking: number
  /** within the sector or body filtered on */
  group_ranking: number
  five_ones_met: number
  five_ones_total: number
  missing: { code: string; name: string }[]
  points: Record<string, KindPoints>
  computed_at: IsoDateTime
}
export interface ScoreList {
  items: ScoreRow[]
  total: number
  year: number
  computed_at: IsoDateTime
  summary: {
    members: number
    grades: { grade: string; count: number }[]
    five_ones_complete: number
    average: number
  }
  five_ones: { code: string; name: string }[]
  grades: string[]
}

export interface DossierKind {
  kind: string
  name: string
  count: number
  points: number
  capped: boolean
  each: number
  cap: number | null
}
export interface FiveOneProgress {
  code: string
  name: string
  count: number
  min: number
  met: boolean
}
export interface DutyRecord {
  id: Id
  occurred_on: IsoDate
  kind: string
  kind_name: string
  source_type: string
  source_id: Id
  title: string
  share: number
  status: RecordStatus
  status_name: string
}
export interface DutyReport {
  id: Id
  member_id?: Id
  member_name?: string
  sector_name?: string | null
  kind: string
  kind_name: string
  occurred_on: IsoDate
  title: string
  description: string
  status: RecordStatus
  status_name: string
  reason: string
  reviewed_at: IsoDateTime | null
  reviewed_by?: string | null
  version: number
  created_at: IsoDateTime
  evidence?: Attachment[]
}
export interface Dossier {
  member: {
    id: Id
    name: string
    gender: string
    cppcc_post: string
    is_standing: boolean
    work_unit: string
    job_title: string
    sector_id: Id | null
    sector_name: string | null
    term_name: string
    bodies: { name: string; post: string }[]
  }
  year: number
  /** the year's grades, best first */
  grades: string[]
  /** the kinds a member may report themselves */
  report_kinds: string[]
  full_score: number
  base_score: number
  score: { total: number; grade: string }
  ranks: { ranking: number | null; of: number; sector_ranking: number | null; sector_of: number }
  kinds: DossierKind[]
  five_ones: FiveOneProgress[]
  five_ones_met: number
  five_ones_total: number
  records: DutyRecord[]
  reports: DutyReport[]
  rules_version: number
  computed_at: IsoDateTime
}

export interface NewReport {
  kind: string
  occurred_on: IsoDate
  title: string
  description: string
  evidence: AttachmentUpload | null
}
