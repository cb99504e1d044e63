import { http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  AssignBody,
  CosignerCandidate,
  Attachment,
  AttachmentUpload,
  Campaign,
  CampaignInput,
  ContactBody,
  DraftInput,
  ExtensionBody,
  FeedbackBody,
  InviteBody,
  KeyBody,
  MergeBody,
  ObjectBody,
  Proposal,
  ProposalListItem,
  ProposalQuery,
  ProposalSettings,
  ProposalSettingsInput,
  ProposalStats,
  ReplyBody,
  ReplyReviewBody,
  ReviewBody,
  StepBody,
  SupervisionNoteBody,
  TodoItem,
  UnitEvaluation,
  UnitStepBody,
} from './types'

const path = (id: Id) => `/proposals/${encodeURIComponent(String(id))}`

/** GET /proposals — what the caller may see (staff: the committee's; members: their own; units: assigned). */
export function listProposals(query: ProposalQuery = {}): Promise<ListResult<ProposalListItem>> {
  return http.get('/proposals', { query: { ...query } as Query })
}

/** GET /proposals/cosigner-candidates — serving members the caller may invite to co-sign (at most 20). */
export function cosignerCandidates(q: string): Promise<ListResult<CosignerCandidate>> {
  return http.get('/proposals/cosigner-candidates', { query: { q } })
}

/** GET /proposals/export — the filtered list as .xlsx. */
export function exportProposals(query: ProposalQuery = {}): Promise<Download> {
  return http.download('/proposals/export', { query: { ...query } as Query, fallbackName: '提案列表.xlsx' })
}

/** GET /proposals/stats — the year's figures, each with its drill-down filter. */
export function getProposalStats(query: ProposalQuery = {}): Promise<ProposalStats> {
  return http.get('/proposals/stats', { query: { ...query } as Query })
}

/** GET /proposals/evaluation — the handling units' yearly evaluation, ranked. */
export function getUnitEvaluation(year?: number): Promise<UnitEvaluation> {
  return http.get('/proposals/evaluation', { query: { year } })
}

/** PUT /proposals/evaluation — the evaluation meeting's score (0–20) for a unit; the new ranking. */
export function setUnitScore(body: {
  year: number
  unit_id: Id
  manual_score: number
  note?: string
}): Promise<UnitEvaluation> {
  return http.put('/proposals/evaluation', body)
}

/** GET /proposals/todo — what waits for the caller. */
export function getProposalTodo(): Promise<ListResult<TodoItem>> {
  return http.get('/proposals/todo')
}

/** GET /proposals/settings — categories, grounds, reply classes, windows. */
export function getProposalSettings(): Promise<ProposalSettings> {
  return http.get('/proposals/settings')
}

/** PUT /proposals/settings — the saved settings; 422 `invalid_record` per field (the form shows it). */
export function updateProposalSettings(body: ProposalSettingsInput): Promise<ProposalSettings> {
  return http.put('/proposals/settings', body, { notify: false })
}

/** GET /proposals/campaigns — the year's concentrated supervision campaigns (this year by default). */
export function listCampaigns(year?: number): Promise<ListResult<Campaign>> {
  return http.get('/proposals/campaigns', { query: { year } })
}

/** POST /proposals/campaigns — the dialog shows field errors itself. */
export function createCampaign(body: CampaignInput): Promise<Pick<Campaign, 'id' | 'name' | 'held_on'>> {
  return http.post('/proposals/campaigns', body, { notify: false })
}

/** GET /proposals/{id} — the page shows "not found" itself. */
export function getProposal(id: Id, options: { notify?: boolean } = {}): Promise<Proposal> {
  return http.get(path(id), options)
}

/** POST /proposals — a new draft; the form shows field errors itself. */
export function createProposal(body: DraftInput): Promise<Proposal> {
  return http.post('/proposals', body, { notify: false })
}

/** PATCH /proposals/{id} — edits a draft or a returned proposal (409 `stale_version`). */
export function updateProposal(id: Id, body: DraftInput & { version: number }): Promise<Proposal> {
  return http.patch(path(id), body, { notify: false })
}

/** POST /proposals/{id}/invite — invites co-signers (draft → co-signing). */
export function inviteCosigners(id: Id, body: InviteBody): Promise<Proposal> {
  return http.post(`${path(id)}/invite`, body)
}

/** POST /proposals/{id}/cosign — an invited member confirms or declines. */
export function respondCosign(id: Id, body: { accept: boolean; version?: number }): Promise<Proposal> {
  return http.post(`${path(id)}/cosign`, body)
}

export type ProposerStep = 'submit' | 'withdraw' | 'resubmit'

/** POST /proposals/{id}/submit|withdraw|resubmit */
export function proposerStep(id: Id, step: ProposerStep, body: StepBody = {}): Promise<Proposal> {
  return http.post(`${path(id)}/${step}`, body)
}

/** POST /proposals/{id}/review — start, accept, reject, convert or return. */
export function reviewProposal(id: Id, body: ReviewBody): Promise<Proposal> {
  return http.post(`${path(id)}/review`, body)
}

/** POST /proposals/{id}/merge — merges the others into this one. */
export function mergeProposals(id: Id, body: MergeBody): Promise<Proposal> {
  return http.post(`${path(id)}/merge`, body)
}

/** POST /proposals/{id}/assign — to a lead unit with co-handlers, or to split units. */
export function assignProposal(id: Id, body: AssignBody): Promise<Proposal> {
  return http.post(`${path(id)}/assign`, body)
}

/** POST /proposals/{id}/sign — a unit takes up its assignment. */
export function signAssignment(id: Id, body: UnitStepBody = {}): Promise<Proposal> {
  return http.post(`${path(id)}/sign`, body)
}

/** POST /proposals/{id}/object — a unit asks for re-assignment within the window. */
export function objectAssignment(id: Id, body: ObjectBody): Promise<Proposal> {
  return http.post(`${path(id)}/object`, body)
}

/** POST /proposals/{id}/contacts — a contact with the proposer. */
export function addContact(id: Id, body: ContactBody): Promise<Proposal> {
  return http.post(`${path(id)}/contacts`, body)
}

/** POST /proposals/{id}/extension — asks for more time. */
export function requestExtension(id: Id, body: ExtensionBody): Promise<Proposal> {
  return http.post(`${path(id)}/extension`, body)
}

/** POST /proposals/{id}/extension/decision */
export function decideExtension(id: Id, body: StepBody & { approve: boolean }): Promise<Proposal> {
  return http.post(`${path(id)}/extension/decision`, body)
}

/** POST /proposals/{id}/chase — 催办. */
export function chaseProposal(id: Id, body: UnitStepBody): Promise<Proposal> {
  return http.post(`${path(id)}/chase`, body)
}

/** POST /proposals/{id}/opinion — a co-handling unit's opinion to the lead unit. */
export function giveOpinion(id: Id, body: ReplyBody): Promise<Proposal> {
  return http.post(`${path(id)}/opinion`, body)
}

/** POST /proposals/{id}/reply — a lead or split unit's reply with its class. */
export function replyProposal(id: Id, body: ReplyBody): Promise<Proposal> {
  return http.post(`${path(id)}/reply`, body)
}

/** POST /proposals/{id}/reply-review — accept the reply (class may be corrected) or return it. */
export function reviewReply(id: Id, body: ReplyReviewBody): Promise<Proposal> {
  return http.post(`${path(id)}/reply-review`, body)
}

/** POST /proposals/{id}/feedback — the proposer's rating of the work and the result. */
export function giveFeedback(id: Id, body: FeedbackBody): Promise<Proposal> {
  return http.post(`${path(id)}/feedback`, body)
}

/** POST /proposals/{id}/close — 办结. */
export function closeProposal(id: Id, body: StepBody = {}): Promise<Proposal> {
  return http.post(`${path(id)}/close`, body)
}

/** POST /proposals/{id}/key — marks (or unmarks) a key proposal with its leading leaders. */
export function markKeyProposal(id: Id, body: KeyBody): Promise<Proposal> {
  return http.post(`${path(id)}/key`, body)
}

/** POST /proposals/{id}/supervision-notes — a supervision note or a 回头看 review. */
export function addSupervisionNote(id: Id, body: SupervisionNoteBody): Promise<Proposal> {
  return http.post(`${path(id)}/supervision-notes`, body)
}

/** POST /proposals/{id}/attachments — the file as base64 in JSON. */
export function uploadAttachment(id: Id, body: AttachmentUpload): Promise<Attachment> {
  return http.post(`${path(id)}/attachments`, body)
}

const attachmentPath = (id: Id) => `/proposal-attachments/${encodeURIComponent(String(id))}`

/** GET /proposal-attachments/{id} — the file itself. */
export function downloadAttachment(id: Id, fallbackName: string): Promise<Download> {
  return http.download(attachmentPath(id), { fallbackName })
}

/** DELETE /proposal-attachments/{id} */
export function deleteAttachment(id: Id): Promise<void> {
  return http.delete(attachmentPath(id))
}
