/** Shapes of /office/* (机关建设): rules, supervised tasks, plans and notices, publicity, care, assessment. */
import type { IsoDate, IsoDateTime, PageQuery } from '../types'
import type { Id } from '../members/types'

// ---------------------------------------------------------------- rules library (制度汇编)

export type RuleCategory = '履职' | '内控' | '党建' | '其他'
export type RuleStatus = 'in_force' | 'abolished'
export type RuleAction = 'establish' | 'revise'

/** A row of GET /office/rules: the rule with its version in force. */
export interface RuleRow {
  id: Id
  title: string
  category: RuleCategory
  doc_number: string
  status: RuleStatus
  abolished_on: IsoDate | null
  sort: number
  version: number
  updated_at: IsoDateTime
  current_number: number
  last_action: RuleAction
  effective_from: IsoDate
  established_on: IsoDate
}

export interface RuleVersion {
  number: number
  action: RuleAction
  effective_from: IsoDate
  /** The day the next version (or the abolition) took over; null while in force */
  effective_to: IsoDate | null
  note: string
  body: string
  created_at: IsoDateTime
  created_by: string | null
}

export interface Rule {
  id: Id
  title: string
  category: RuleCategory
  doc_number: string
  status: RuleStatus
  abolished_on: IsoDate | null
  abolish_reason: string | null
  sort: number
  version: number
  created_at: IsoDateTime
  updated_at: IsoDateTime
  established_on: IsoDate | null
  current_number: number
  /** Oldest first */
  versions: RuleVersion[]
}

export interface RuleQuery extends Partial<PageQuery> {
  q?: string
  category?: RuleCategory | ''
  status?: RuleStatus | ''
}

export interface NewRule {
  title: string
  category: RuleCategory
  doc_number?: string
  body: string
  effective_from: IsoDate
  note?: string
  sort?: number
}

export interface RuleRevision {
  body: string
  effective_from: IsoDate
  note?: string
  version: number
}

export interface RuleAbolition {
  abolished_on: IsoDate
  reason?: string
  version: number
}

export interface RuleCounts {
  total: number
  in_force: number
  established: number
  revised: number
  abolished: number
}

export interface RulesSummary extends RuleCounts {
  year: number
  by_category: (RuleCounts & { category: RuleCategory })[]
}

// ---------------------------------------------------------------- supervised tasks (督查督办)

export type TaskState = 'assigned' | 'in_progress' | 'reported' | 'closed' | 'cancelled'
export type TaskTransition =
  | 'accept'
  | 'report_progress'
  | 'report_done'
  | 'approve'
  | 'return'
  | 'chase'
  | 'extend'
  | 'cancel'

export interface TaskRow {
  id: Id
  title: string
  source: string
  deadline: IsoDate
  progress: number
  completed_on: IsoDate | null
  body_id: Id | null
  body_name: string | null
  staff_id: Id | null
  staff_name: string | null
  assigned_by: string | null
  case_id: Id
  state: TaskState
  state_name_zh: string
  state_name_en: string
  final: boolean
  overdue: boolean
  days_overdue: number
  version: number
  created_at: IsoDateTime
}

export interface CaseTransition {
  code: TaskTransition
  name_zh: string
  name_en: string
  to: string
}

export interface CaseStep {
  /** "start" for the assignment itself */
  transition_code: TaskTransition | 'start'
  from_state: string | null
  to_state: string
  actor_user_id: Id | null
  /** the username, as the trace keeps it */
  actor_name: string
  /** the person's name to show (null for an account since removed) */
  actor_display_name?: string | null
  at: IsoDateTime
  note: string | null
}

export interface Task extends TaskRow {
  detail: string
  case: {
    id: Id
    state: TaskState
    version: number
    final: boolean
    available_transitions: CaseTransition[]
    /** Oldest first */
    history: CaseStep[]
  }
}

export interface TaskQuery extends Partial<PageQuery> {
  state?: TaskState | ''
  body_id?: Id | ''
  staff_id?: Id | ''
  overdue?: '1' | ''
  mine?: '1' | ''
}

export interface NewTask {
  title: string
  detail?: string
  source?: string
  deadline: IsoDate
  body_id?: Id
  staff_id?: Id
}

export interface TaskStep {
  transition: TaskTransition
  note?: string
  progress?: number
  deadline?: IsoDate
  version?: number
}

// ---------------------------------------------------------------- plans and notices (周安排 / 月计划 / 月通报)

export type PlanKind = 'week' | 'month'
export type ItemStatus = 'pending' | 'done' | 'cancelled'

export interface PlanRow {
  id: Id
  body_id: Id
  body_name: string
  kind: PlanKind
  /** 2026-05 or 2026-W18 */
  period: string
  title: string
  items: number
  done: number
  from: IsoDate
  to: IsoDate
}

export interface PlanItem {
  id: Id
  seq: number
  content: string
  owner_staff_id: Id | null
  owner_name: string | null
  due_date: IsoDate
  status: ItemStatus
  done_on: IsoDate | null
  result: string | null
  supervision: string | null
  version: number
  updated_at: IsoDateTime
}

export interface Plan {
  id: Id
  body_id: Id
  body_name: string
  kind: PlanKind
  period: string
  title: string
  created_at: IsoDateTime
  from: IsoDate
  to: IsoDate
  items: PlanItem[]
}

export interface PlanQuery {
  kind?: PlanKind | ''
  month?: string
  body_id?: Id | ''
}

export interface PlanItemFields {
  content: string
  due_date: IsoDate
  owner_staff_id?: Id
}

export interface NewPlan {
  body_id: Id
  kind: PlanKind
  period: string
  title?: string
  items?: PlanItemFields[]
}

export interface ItemReport {
  status?: ItemStatus
  done_on?: IsoDate
  result?: string
  supervision?: string
  version: number
}

export interface SupervisionCounts {
  total: number
  done: number
  on_time: number
  late: number
  open: number
  overdue: number
  /** per cent, one decimal */
  rate: number
}

export interface SupervisionItem extends Omit<PlanItem, 'updated_at'> {
  plan_id: Id
  kind: PlanKind
  period: string
  body_id: Id
  body_name: string
  on_time: boolean
  overdue: boolean
}

export interface Supervision {
  month: string
  from: IsoDate
  to: IsoDate
  totals: SupervisionCounts
  bodies: (SupervisionCounts & { body_id: Id; body_name: string; items: SupervisionItem[] })[]
}

export interface NoticeRow {
  id: Id
  month: string
  title: string
  created_at: IsoDateTime
  issued_by: string | null
}

export interface NoticeTask {
  id: Id
  title: string
  deadline: IsoDate
  completed_on: IsoDate | null
  progress: number
  body_name: string | null
  staff_name: string | null
  state_name: string
}

export interface Notice extends NoticeRow {
  content: {
    summary: string
    issued_on: IsoDate
    plans: Supervision
    tasks: { completed: NoticeTask[]; overdue: NoticeTask[] }
  }
}

// ---------------------------------------------------------------- publicity (新闻宣传)

export type MediaLevel = 'central' | 'provincial' | 'city' | 'county'
export type AuthorKind = 'staff' | 'member'

export interface ArticleRow {
  id: Id
  title: string
  outlet: string
  level: MediaLevel
  published_on: IsoDate
  link: string
  author_kind: AuthorKind
  author_id: Id
  author_name: string
  body_id: Id | null
  body_name: string | null
  /** yuan */
  reward: number
  version: number
}

export interface FlaggedLine {
  line: number
  text: string
  /** title, dateline, byline, … */
  reason: string
}

export interface Article extends ArticleRow {
  text: string
  flags: FlaggedLine[] | null
  created_at: IsoDateTime
  updated_at: IsoDateTime
}

export interface ArticleQuery extends Partial<PageQuery> {
  year?: number | ''
  level?: MediaLevel | ''
  author_kind?: AuthorKind | ''
  q?: string
}

export interface ArticleFields {
  title: string
  outlet: string
  level: MediaLevel | ''
  published_on: IsoDate | ''
  link?: string
  author_kind: AuthorKind
  author_id: Id
  text?: string
  pasted?: string
}

export interface CleanedText {
  text: string
  title: string
  published_on: string
  outlet: string
  authors: string[]
  flagged: FlaggedLine[]
  pinyin_removed: number
  marks_removed: number
  /** traditional characters were turned into simplified ones */
  converted: boolean
}

export interface RewardRule {
  level: MediaLevel
  amount: number
  updated_at: IsoDateTime | null
}

export interface PublicityGroup {
  articles: number
  reward: number
}

export interface PublicityTotals extends PublicityGroup {
  year: number
  by_level: (PublicityGroup & { level: MediaLevel })[]
  by_person: (PublicityGroup & {
    author_kind: AuthorKind
    author_id: Id
    author_name: string
    body_name: string | null
  })[]
  by_body: (PublicityGroup & { body_id: Id | null; body_name: string | null })[]
}

// ---------------------------------------------------------------- care letters (七封信)

export type CareKind =
  | 'birthday'
  | 'moving_house'
  | 'child_wedding'
  | 'childbirth'
  | 'child_enlistment'
  | 'child_college'
  | 'illness'
  | 'death'
export type CareEventKind = Exclude<CareKind, 'birthday'>

export interface CareTodoItem {
  type: 'birthday' | 'event'
  kind: CareKind
  kind_name: string
  staff_id: Id
  name: string
  body_name: string | null
  staff_status: string
  date: IsoDate
  age: number | null
  event_id: Id | null
  detail: string
  letter_id: Id | null
  letter_written_at: IsoDateTime | null
  /** An earlier month's event still waiting for its letter */
  overdue: boolean
}

export interface CareTodo {
  month: string
  items: CareTodoItem[]
  total: number
  waiting: number
}

export interface LetterTemplate {
  id: Id | null
  kind: CareKind
  kind_name: string
  title: string
  body: string
  version: number | null
  updated_at: IsoDateTime | null
  builtin: boolean
  condolence: boolean
}

export interface NewCareEvent {
  staff_id: Id
  kind: CareEventKind
  event_date: IsoDate
  detail?: string
}

export interface LetterRow {
  id: Id
  staff_id: Id
  staff_name: string
  kind: CareKind
  kind_name: string
  event_date: IsoDate
  title: string
  created_at: IsoDateTime
}

export interface Letter extends LetterRow {
  body: string
  written_by: string | null
}

export interface LetterRequest {
  event_id?: Id
  staff_id?: Id
  year?: number
}

// ---------------------------------------------------------------- assessment (季考核 / 年考评)

export type SubjectKind = 'body' | 'staff'
export type ScoreSource = 'scored' | 'plan_on_time' | 'tasks_on_time' | 'attendance'

export interface SheetItem {
  id: Id
  name: string
  max_points: number
  source: ScoreSource
  rule: string
  sort: number
}

export interface Sheet {
  id: Id
  name: string
  subject_kind: SubjectKind
  version: number
  created_at: IsoDateTime
  items?: SheetItem[]
}

/** An item as sent when a sheet is created or edited: with its id when it is an existing one. */
export interface SheetItemInput {
  id?: Id
  name: string
  max_points: number
  source: ScoreSource
  rule: string
}

export interface NewSheet {
  name: string
  subject_kind: SubjectKind
  items: SheetItemInput[]
}

export interface SheetEdit {
  version: number
  name: string
  items: SheetItemInput[]
}

/** A computed item's points with the counts behind them (done on time or attended / all); scored ones bare. */
export interface PreviewItem {
  item_id: Id
  name: string
  max_points: number
  source: ScoreSource
  rule: string
  points?: number
  done?: number
  total?: number
}

export interface AssessmentPreview {
  sheet_id: Id
  quarter: string
  subject_id: Id
  computed_total: number
  assessment_id: Id | null
  items: PreviewItem[]
}

export interface AssessmentRow {
  id: Id
  sheet_id: Id
  sheet_name: string
  quarter: string
  subject_kind: SubjectKind
  subject_id: Id
  subject_name: string
  total: number
  version: number
  rank: number
}

export interface AssessmentScore {
  item_id: Id
  name: string
  max_points: number
  source: ScoreSource
  rule: string
  points: number | null
  evidence: string | null
}

export interface Assessment extends Omit<AssessmentRow, 'rank'> {
  created_at: IsoDateTime
  updated_at: IsoDateTime
  scores: AssessmentScore[]
}

export interface ScoreInput {
  item_id: Id
  points: number
  evidence?: string
}

export interface NewAssessment {
  sheet_id: Id
  quarter: string
  subject_id: Id
  scores: ScoreInput[]
}

export type QuarterKey = 'Q1' | 'Q2' | 'Q3' | 'Q4'

export interface AnnualRow {
  subject_id: Id
  subject_name: string
  quarters: Record<QuarterKey, number | null>
  assessed_quarters: number
  average: number
  rank: number
}

export interface AnnualEvaluation {
  year: number
  sheet: Sheet
  items: AnnualRow[]
  total: number
}

export interface AnnualResult {
  id: Id
  year: number
  rank: number
  units: number | null
  grade: string
  commendations: string
  version: number
  updated_at: IsoDateTime
}

export interface AnnualResultInput {
  year: number
  rank: number
  units?: number
  grade?: string
  commendations?: string
  version?: number
}
