import type { IsoDate, IsoDateTime } from '../types'
import type { Id } from '../members/types'
import type { CaseStep } from '../office/types'

export type TopicState = 'proposed' | 'recommended' | 'picked' | 'selected' | 'decided' | 'set_aside'
export type TopicTransition = 'recommend' | 'pick' | 'select' | 'decide' | 'set_aside'
export type Form = 'plenary' | 'standing' | 'counterpart' | 'sector' | 'proposal' | 'grassroots'
export type Mode = 'stationed' | 'special' | 'joint' | 'follow_up'

export interface TopicRow {
  id: Id
  year: number
  title: string
  description: string
  member_id: Id | null
  member_name: string | null
  unit_id: Id | null
  unit_name: string | null
  form: Form | null
  form_name: string | null
  planned_month: string | null
  lead_body_id: Id | null
  lead_body_name: string | null
  case_id: Id
  state: TopicState
  state_name_zh: string
  state_name_en: string
  version: number
  created_at: IsoDateTime
}

export interface TopicCaseStep extends Omit<CaseStep, 'transition_code'> {
  transition_code: TopicTransition | 'start'
}

export interface Topic extends TopicRow {
  case: {
    version: number
    available_transitions: { code: TopicTransition; name_zh: string; name_en: string; to: string }[]
    history: TopicCaseStep[]
  }
}

export interface PlanEntry extends TopicRow {
  activities: { id: Id; title: string; form: Form; held_on: IsoDate }[]
}

export interface Plan {
  year: number
  committee_name: string
  items: PlanEntry[]
  total: number
}

export interface TopicStepInput {
  transition: TopicTransition
  version: number
  note?: string
  form?: Form
  planned_month?: string
  lead_body_id?: Id
}

export interface People {
  members: { member_id: Id; name: string }[]
  departments: { unit_id: Id; name: string }[]
  leaders: { name: string; title: string }[]
}

export type EntryKind = 'speech' | 'report' | 'visit' | 'letter' | 'follow_up'

export interface Entry {
  id: Id
  kind: EntryKind
  entry_date: IsoDate
  title: string
  category: string
  member_id: Id | null
  person: string
  place: string
  text: string
  created_at: IsoDateTime
}

export interface EntryInput {
  kind: EntryKind
  entry_date?: IsoDate
  title?: string
  category?: string
  member_id?: Id
  person?: string
  place?: string
  text?: string
}

export interface PeopleInput {
  member_ids: Id[]
  unit_ids: Id[]
  leaders?: { name: string; title: string }[]
}

export interface ActivityRow {
  id: Id
  form: Form
  form_name: string
  title: string
  topic_id: Id | null
  held_on: IsoDate
  place: string
  version: number
  member_count: number
  speech_count: number
  report_count: number
}

export interface Activity extends Omit<ActivityRow, 'member_count' | 'speech_count' | 'report_count'> {
  topic_title: string | null
  summary: string
  people: People
  entries: { speech: Entry[]; report: Entry[] }
}

export interface ActivityInput extends PeopleInput {
  form: Form
  title: string
  held_on: IsoDate
  place?: string
  summary?: string
  topic_id?: Id
  version?: number
}

export interface SupervisionRow {
  id: Id
  mode: Mode
  mode_name: string
  subject: string
  started_on: IsoDate
  version: number
  member_count: number
  department_count: number
  visit_count: number
  letter_count: number
  follow_up_count: number
}

export interface Supervision {
  id: Id
  mode: Mode
  mode_name: string
  subject: string
  description: string
  findings: string
  started_on: IsoDate
  version: number
  people: People
  entries: { visit: Entry[]; letter: Entry[]; follow_up: Entry[] }
}

export interface SupervisionInput extends PeopleInput {
  mode: Mode
  subject: string
  started_on: IsoDate
  description?: string
  findings?: string
  version?: number
}

export interface ListQuery {
  year?: number
  page?: number
  page_size?: number
}
