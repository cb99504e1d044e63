import type { IsoDateTime } from '../types'

/** One workflow definition in the committee's list. */
export interface WorkflowSummary {
  id: number
  code: string
  name_zh: string
  name_en: string
  version: number
  updated_at: IsoDateTime
}

export interface WorkflowState {
  code: string
  name_zh: string
  name_en: string
  initial?: boolean
  final?: boolean
  /** Days a case may stay in this state; null: no limit */
  deadline_days?: number | null
  /** Actions the system runs on entering (e.g. `set_number`) */
  on_enter?: string[]
}

export interface WorkflowTransition {
  code: string
  name_zh: string
  name_en: string
  from: string
  to: string
  /** The permission whoever fires the step needs */
  permission: string
}

/** GET /workflows/{id}; PUT takes the same shape with the `version` it was read at. */
export interface WorkflowDefinition {
  id: number
  code: string
  name_zh: string
  name_en: string
  version: number
  updated_at?: IsoDateTime
  states: WorkflowState[]
  transitions: WorkflowTransition[]
}
