import type { Id } from '@/api/members/types'
import type { DraftInput, Proposal, ProposalSource } from '@/api/proposals/types'

export interface DraftForm {
  title: string
  category: string
  source: ProposalSource
  org_name: string
  body_id: Id | ''
  sector_id: Id | ''
  /** staff entering a member's paper proposal (代录); '' = the signed-in member */
  lead_member_id: Id | ''
  content: string
  /** members to invite to co-sign once the draft is saved */
  cosigners: Id[]
}

export const emptyDraft = (): DraftForm => ({
  title: '',
  category: '',
  source: 'member',
  org_name: '',
  body_id: '',
  sector_id: '',
  lead_member_id: '',
  content: '',
  cosigners: [],
})

/** The outline a proposal's text usually follows: 情况, 分析, 建议. */
export const CONTENT_OUTLINE = ['basic', 'analysis', 'suggestions'] as const

export function draftFrom(p: Proposal): DraftForm {
  return {
    title: p.title,
    category: p.category ?? '',
    source: p.source,
    org_name: p.org_name ?? '',
    body_id: p.body_id ?? '',
    sector_id: p.sector_id ?? '',
    lead_member_id: p.lead_member_id ?? '',
    content: p.content ?? '',
    cosigners: [],
  }
}

/** The body of POST /proposals or PATCH: the text trimmed, only the fields of its source. */
export function draftInput(f: DraftForm, isNew: boolean): DraftInput {
  const out: DraftInput = { title: f.title.trim(), content: f.content.trim(), category: f.category }
  if (isNew) out.source = f.source
  if (f.source === 'party') out.org_name = f.org_name.trim()
  if (isNew && f.source === 'special_committee' && f.body_id !== '') out.body_id = f.body_id
  if (isNew && f.source === 'sector_group' && f.sector_id !== '') out.sector_id = f.sector_id
  if (isNew && f.lead_member_id !== '') out.lead_member_id = f.lead_member_id
  return out
}

/** The server names some fields differently from the form. */
export const DRAFT_FIELD_ALIASES: Record<string, string> = {
  body: 'body_id',
  sector: 'sector_id',
  lead_member: 'lead_member_id',
}

/** What the form's main button does after saving. */
export type FinalStep = 'submit' | 'invite' | 'resubmit'
export function finalStep(state: Proposal['state'] | null, cosigners: readonly Id[]): FinalStep {
  if (state === 'returned') return 'resubmit'
  return cosigners.length ? 'invite' : 'submit'
}
