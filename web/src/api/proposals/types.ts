import type { IsoDate, IsoDateTime, PageQuery } from '../types'
import type { CppccPost, Id } from '../members/types'

/** The states of the proposal workflow (config/workflows/proposal.json). */
export type ProposalState =
  | 'draft'
  | 'cosigning'
  | 'submitted'
  | 'under_review'
  | 'accepted'
  | 'rejected'
  | 'converted'
  | 'returned'
  | 'merged'
  | 'assigned'
  | 'objection'
  | 'handling'
  | 'replied'
  | 'reply_reviewed'
  | 'rehandling'
  | 'closed'

/** 大会提案 (in the plenary window) or 平时提案 (between sessions). */
export type ProposalKind = 'plenary' | 'regular'
export type ProposalSource = 'member' | 'party' | 'special_committee' | 'sector_group'
/** 主办 / 会办 / 分办 */
export type UnitRole = 'lead' | 'co' | 'split'
export type ReplyClass = 'A' | 'B' | 'C' | 'D'
/** Stored in Chinese; the UI shows them through labels. */
export type Rating = '满意' | '基本满意' | '不满意'
export type ContactForm = '面商' | '电话' | '座谈' | '书面'
export type ConvertTarget = 'opinion' | 'social_info'
export type SignerStatus = 'invited' | 'confirmed' | 'declined' | 'expired'
export type ExtensionStatus = 'pending' | 'approved' | 'rejected'
export type AttachmentRole = 'proposer' | 'unit' | 'staff'
export type SupervisionNoteKind = 'note' | 'review'

/** What the caller can do now, as the server says in `actions`. */
export type ProposalAction =
  | 'edit'
  | 'invite'
  | 'submit'
  | 'withdraw'
  | 'resubmit'
  | 'cosign'
  | 'review'
  | 'merge'
  | 'assign'
  | 'sign'
  | 'object'
  | 'contact'
  | 'extension'
  | 'opinion'
  | 'reply'
  | 'decide_extension'
  | 'chase'
  | 'review_reply'
  | 'feedback'
  | 'close'
  | 'supervise'

export interface ProposalUnitRef {
  unit_id: Id
  name: string
  role: UnitRole
}

/** A row of GET /proposals (newest first). */
export interface ProposalListItem {
  id: Id
  number: string | null
  title: string
  category: string
  kind: ProposalKind | '' | null
  source: ProposalSource
  year: number
  session: number | null
  submitted_at: IsoDateTime | null
  proposer: string
  cosigners: number
  state: ProposalState
  state_name_zh: string
  state_name_en: string
  version: number
  due_at: IsoDateTime | null
  handling_due: IsoDateTime | null
  overdue: boolean
  reply_class: ReplyClass | '' | null
  is_key: boolean
  merged_into_id: Id | null
  units: ProposalUnitRef[]
}

/** The filters of the list, the export and the statistics; every one optional. */
export interface ProposalQuery extends Partial<PageQuery> {
  year?: number
  session?: number
  state?: ProposalState
  category?: string
  kind?: ProposalKind
  source?: ProposalSource
  unit_id?: Id
  sector_id?: Id
  member_id?: Id
  /** words in the title or number */
  q?: string
  /** a figure of the statistics (received, accepted, on_time, class_A …) */
  metric?: string
  overdue?: '1'
  key?: '1'
}

export interface Signer {
  member_id: Id
  name: string
  role: 'lead' | 'cosigner'
  status: SignerStatus
  invited_at: IsoDateTime | null
  responded_at: IsoDateTime | null
}

export interface ProposalUnit extends ProposalUnitRef {
  /** SQLite may send 0/1 */
  active: boolean
  assigned_at: IsoDateTime | null
  signed_at: IsoDateTime | null
  objection: string | null
  objected_at: IsoDateTime | null
  ended_at: IsoDateTime | null
}

export interface Reply {
  id: Id
  unit_id: Id
  unit_name: string
  kind: 'reply' | 'opinion'
  round: number
  reply_class: ReplyClass | '' | null
  reviewed_class: ReplyClass | '' | null
  text: string
  returned: boolean | number
  written_at: IsoDateTime
}

export interface ContactRecord {
  id: Id
  unit_id: Id
  unit_name: string
  form: ContactForm
  contact_date: IsoDate
  note: string
}

export interface Chase {
  id: Id
  unit_id: Id | null
  unit_name: string | null
  note: string
  chased_at: IsoDateTime
}

export interface Extension {
  id: Id
  unit_id: Id
  unit_name: string
  days: number
  reason: string
  status: ExtensionStatus
  requested_at: IsoDateTime
  decided_at: IsoDateTime | null
  note: string | null
  new_due: IsoDateTime | null
}

export interface Feedback {
  id: Id
  proposal_id: Id
  round: number
  work: Rating
  result: Rating
  comment: string
  on_paper: boolean | number
  created_at: IsoDateTime
}

export interface SupervisionNote {
  id: Id
  kind: SupervisionNoteKind
  text: string
  author_name: string
  written_on: IsoDate
}

export interface CampaignRef {
  id: Id
  name: string
  held_on: IsoDate
}

/** One transition of the case: who, when, from, to and a note. */
export interface TimelineEntry {
  transition_code: string
  from_state: ProposalState | null
  to_state: ProposalState
  actor_user_id: Id | null
  /** the username at the time (the trace) */
  actor_name: string
  /** the person's name to show; null for the system */
  actor_display_name: string | null
  at: IsoDateTime
  note: string | null
}

export interface Attachment {
  id: Id
  filename: string
  content_type: string
  size: number
  role: AttachmentRole
  uploaded_by: Id | null
  uploaded_by_name: string
  created_at: IsoDateTime
}

export interface MergedInto {
  id: Id
  number: string | null
  title: string
  state: ProposalState
  state_name_zh: string
  state_name_en: string
  timeline: TimelineEntry[]
}

export interface MergedProposal {
  id: Id
  number: string | null
  title: string
  proposer: string
}

/** GET /proposals/{id}: the proposal as the caller may see it. */
export interface Proposal {
  id: Id
  case_id: Id
  number: string | null
  title: string
  content: string
  category: string
  source: ProposalSource
  org_name: string
  body_id: Id | null
  body_name: string | null
  sector_id: Id | null
  sector_name: string | null
  lead_member_id: Id | null
  proposer: string
  term_name: string
  kind: ProposalKind | '' | null
  year: number
  session: number | null
  submitted_at: IsoDateTime | null
  accepted_at: IsoDateTime | null
  assigned_at: IsoDateTime | null
  replied_at: IsoDateTime | null
  closed_at: IsoDateTime | null
  state: ProposalState
  state_name_zh: string
  state_name_en: string
  final: boolean
  version: number
  due_at: IsoDateTime | null
  entered_at: IsoDateTime | null
  handling_due: IsoDateTime | null
  overdue: boolean
  reply_class: ReplyClass | '' | null
  rehandled: number
  reject_ground: string | null
  converted_to: ConvertTarget | '' | null
  review_note: string | null
  is_key: boolean
  key_leaders: string[]
  signers: Signer[]
  merged_into: MergedInto | null
  merged: MergedProposal[]
  units: ProposalUnit[]
  replies: Reply[]
  contacts: ContactRecord[]
  chases: Chase[]
  extensions: Extension[]
  extension_pending: boolean
  feedback: Feedback[]
  feedback_given: boolean
  supervision_notes: SupervisionNote[]
  campaigns: CampaignRef[]
  timeline: TimelineEntry[]
  attachments: Attachment[]
  may_attach: boolean
  actions: ProposalAction[]
}

/** POST /proposals and PATCH /proposals/{id}. */
export interface DraftInput {
  title: string
  content: string
  category: string
  source?: ProposalSource
  org_name?: string
  body_id?: Id
  sector_id?: Id
  /** staff entering a member's proposal (代录) */
  lead_member_id?: Id
}

/** Every step carries the case version the caller saw (stale → 409) and may carry a note. */
export interface StepBody {
  version?: number
  note?: string
}
/** Steps a unit takes: staff acting for a unit on paper name it. */
export interface UnitStepBody extends StepBody {
  unit_id?: Id
}

export type ReviewOutcome = 'start' | 'accept' | 'reject' | 'convert' | 'return'
export interface ReviewBody extends StepBody {
  outcome: ReviewOutcome
  category?: string
  ground?: string
  converted_to?: ConvertTarget
}
export interface InviteBody extends StepBody {
  member_ids: Id[]
  signed?: boolean
}
export interface MergeBody extends StepBody {
  proposal_ids: Id[]
}
export interface AssignBody extends StepBody {
  units: { unit_id: Id; role: UnitRole }[]
}
export interface ObjectBody extends UnitStepBody {
  reason: string
}
export interface ContactBody extends UnitStepBody {
  form: ContactForm
  contact_date: IsoDate
}
export interface ExtensionBody extends UnitStepBody {
  days: number
  reason: string
}
export interface ReplyBody extends UnitStepBody {
  text: string
  reply_class?: ReplyClass
}
export interface ReplyReviewBody extends StepBody {
  approve: boolean
  reply_class?: ReplyClass
}
export interface FeedbackBody {
  version?: number
  work: Rating
  result: Rating
  comment?: string
}
export interface KeyBody {
  key: boolean
  leaders: string[]
  note?: string
}
export interface SupervisionNoteBody {
  kind: SupervisionNoteKind
  text: string
}
export interface AttachmentUpload {
  filename: string
  /** standard base64 of the file */
  content_base64: string
}

export interface ReplyClassName {
  code: ReplyClass
  name: string
}

/** GET /proposals/settings */
export interface ProposalSettings {
  plenary_start: string
  plenary_end: string
  sessions: { session: number; start: IsoDate; end: IsoDate }[]
  objection_days: number
  handling_days: number
  max_handling_days: number
  reply_classes: number
  reply_class_names: ReplyClassName[]
  categories: string[]
  reject_grounds: string[]
  cosign_days: number | null
  rehandling_days: number | null
}

/** PUT /proposals/settings — any of the editable fields (the derived ones are the workflow's). */
export type ProposalSettingsInput = Partial<
  Pick<
    ProposalSettings,
    | 'plenary_start'
    | 'plenary_end'
    | 'sessions'
    | 'objection_days'
    | 'handling_days'
    | 'max_handling_days'
    | 'reply_classes'
    | 'categories'
    | 'reject_grounds'
  >
>

/** 集中督办: leaders visit the units handling a set of (numbered) proposals. */
export interface Campaign {
  id: Id
  year: number
  name: string
  held_on: IsoDate
  leaders: string
  note: string
  proposals: { id: Id; number: string | null; title: string }[]
}

/** POST /proposals/campaigns */
export interface CampaignInput {
  name: string
  held_on: IsoDate
  leaders?: string
  note?: string
  proposal_ids: Id[]
}

export type TodoTask =
  | 'cosign'
  | 'revise'
  | 'feedback'
  | 'sign'
  | 'reply'
  | 'opinion'
  | 'review'
  | 'review_reply'
  | 'assign'
  | 'decide_extension'
  | 'chase'

export interface TodoItem {
  task: TodoTask
  id: Id
  number: string | null
  title: string
  state: ProposalState
  due_at: IsoDateTime | null
}

/** A figure of the statistics with the list filter that lists exactly its cases (null: cannot be listed). */
/** Counts by metric, rates in percent, and the list filter the counts drill down to (with `metric` added; null when the list cannot ask for the group). */
export interface StatFigures {
  counts: Record<string, number>
  rates: Record<string, number>
  filter: Record<string, string | number> | null
}

export interface StatGroup extends StatFigures {
  key: string | number | null
  name: string | number | null
}

/** GET /proposals/stats */
export interface ProposalStats extends StatFigures {
  year: number
  members: { filed: number; serving: number }
  by_category: StatGroup[]
  by_session: StatGroup[]
  by_unit: StatGroup[]
  by_sector: StatGroup[]
  by_member: StatGroup[]
}

export interface UnitScore {
  unit_id: Id
  name: string
  rank: number
  assigned: number
  on_time: number
  contacted: number
  scores: {
    timeliness: number
    contact: number
    quality: number
    satisfaction: number
    manual: number | null
    total: number
  }
}

/** GET /proposals/evaluation */
export interface UnitEvaluation {
  year: number
  items: UnitScore[]
  total: number
}

/** GET /proposals/cosigner-candidates — a member a proposer may invite (only what choosing needs). */
export interface CosignerCandidate {
  id: Id
  name: string
  sector_name: string | null
  is_standing: boolean
  cppcc_post: CppccPost
}
