import type { IsoDate, IsoDateTime, PageQuery } from '../types'
import type { Id } from '../members/types'

/** 视察, 调研, 协商, 监督 reports, 建言要报, 信息专报 */
export type ReportKind = 'inspection' | 'research' | 'consultation' | 'supervision' | 'advice' | 'information'
/** 已呈报 → 已签批 → 已交办 → 承办中 → 已反馈 → 已通报 → 已考核 */
export type ReportState =
  | 'submitted'
  | 'instructed'
  | 'assigned'
  | 'handling'
  | 'reported'
  | 'notified'
  | 'assessed'
export type ReportTransition =
  | 'instruct'
  | 'assign'
  | 'supervise'
  | 'acknowledge'
  | 'report_back'
  | 'feedback_complete'
  | 'notify'
  | 'assess'

export interface ReportRow {
  id: Id
  kind: ReportKind
  kind_name_zh: string
  kind_name_en: string
  title: string
  year: number
  submitted_on: IsoDate
  body_id: Id | null
  body_name: string | null
  state: ReportState
  state_name_zh: string
  state_name_en: string
  version: number
  instructions: number
  assignments: number
}

export interface Instruction {
  id: Id
  leader_user_id: Id | null
  leader_name: string
  text: string
  signed_on: IsoDate
  created_at: IsoDateTime
}

export interface Outcomes {
  documents: number
  problems: number
  incidents: number
  matters: number
}

export interface ReportAssignment extends Outcomes {
  id: Id
  target: 'unit' | 'vice_mayor'
  unit_id: Id | null
  unit_name: string | null
  /** the vice-mayor in charge, for target vice_mayor */
  leader_name: string
  deadline: IsoDate | null
  assigned_at: IsoDateTime
  acknowledged_at: IsoDateTime | null
  reported_at: IsoDateTime | null
  /** null until reported back */
  completed: boolean | null
  feedback: string
  outcome_text: string
  /** the caller may acknowledge / report back for this assignee */
  mine: boolean
}

export interface CaseTransition {
  code: ReportTransition
  name_zh: string
  name_en: string
  to: string
}

export interface CaseStep {
  transition_code: ReportTransition | 'start'
  from_state: string | null
  to_state: string
  actor_user_id: Id | null
  actor_name: string
  actor_display_name?: string | null
  at: IsoDateTime
  note: string | null
}

export interface Report {
  id: Id
  kind: ReportKind
  kind_name_zh: string
  kind_name_en: string
  title: string
  year: number
  body: string
  body_id: Id | null
  body_name: string | null
  submitted_on: IsoDate
  source_kind: string
  source_id: Id | null
  created_by_name: string | null
  state: ReportState
  state_name_zh: string
  state_name_en: string
  version: number
  instructions: Instruction[]
  assignments: ReportAssignment[]
  case: {
    id: Id
    version: number
    final: boolean
    available_transitions: CaseTransition[]
    /** Oldest first */
    history: CaseStep[]
  }
}

export interface ReportQuery extends Partial<PageQuery> {
  year?: number | ''
  type?: ReportKind | ''
  state?: ReportState | ''
  q?: string
}

export interface NewReport {
  kind: ReportKind | ''
  title: string
  body: string
  submitted_on: IsoDate | ''
  body_id?: Id | null
}

export interface InstructionInput {
  text: string
  signed_on?: IsoDate | ''
  version?: number
}

export interface AssignmentInput {
  unit_ids: Id[]
  vice_mayor: string
  deadline: IsoDate | ''
  note: string
  version?: number
}

export interface FeedbackInput extends Outcomes {
  assignment_id?: Id
  completed?: boolean
  feedback: string
  outcome_text: string
}

export interface StepInput {
  transition: 'supervise' | 'notify' | 'assess'
  note: string
  version?: number
}

// ---------------------------------------------------------------- rates

export type CountFigure = 'submitted' | 'instructed' | 'assigned' | 'acknowledged' | 'completed'
export type RateCode = 'instruction_rate' | 'assignment_rate' | 'acknowledgement_rate' | 'completion_rate'
export type OutcomeFigure = keyof Outcomes
export type Figure = CountFigure | OutcomeFigure

export interface Explanation {
  zh: string
  en: string
}

export interface Figures extends Record<CountFigure, number>, Record<RateCode, number> {
  outcomes: Outcomes
  /** for each rate that is 0 because its denominator is 0 */
  explanations: Partial<Record<RateCode, Explanation>>
}

export interface RateDefinition {
  name_zh: string
  name_en: string
  zh: string
  en: string
  numerator: CountFigure
  denominator: CountFigure
}

export interface TypeFigures extends Figures {
  type: ReportKind
  name_zh: string
  name_en: string
}

export interface Metrics extends Figures {
  year: number
  type: ReportKind | null
  by_type: TypeFigures[]
  definitions: Record<RateCode, RateDefinition>
  /** years that have reports, latest first */
  years: number[]
}

/** A report behind a figure, with what it achieved. */
export interface MetricItem extends Omit<ReportRow, 'body_id' | 'version' | 'instructions' | 'assignments'> {
  outcomes: Outcomes
}

export interface MetricItems {
  year: number
  type: ReportKind | null
  figure: Figure
  items: MetricItem[]
  total: number
}
