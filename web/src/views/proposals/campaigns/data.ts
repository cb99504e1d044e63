import type { CampaignInput, ProposalState } from '@/api/proposals/types'
import type { Id } from '@/api/members/types'

/** Proposals with a number (立案 and after) may be in a campaign; merged ones go with their main case. */
export const CAMPAIGN_STATES: readonly ProposalState[] = [
  'accepted',
  'assigned',
  'objection',
  'handling',
  'replied',
  'reply_reviewed',
  'rehandling',
  'closed',
]

export interface CampaignForm {
  name: string
  held_on: string
  leaders: string
  note: string
  proposal_ids: Id[]
}

export const CAMPAIGN_FIELDS = ['name', 'held_on', 'leaders', 'note', 'proposal_ids'] as const

export const emptyCampaign = (): CampaignForm => ({
  name: '',
  held_on: '',
  leaders: '',
  note: '',
  proposal_ids: [],
})

export function campaignBody(f: CampaignForm): CampaignInput {
  return {
    name: f.name.trim(),
    held_on: f.held_on,
    leaders: f.leaders.trim(),
    note: f.note.trim(),
    proposal_ids: [...f.proposal_ids],
  }
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/** The dialog's own checks: message by field, {} when all is well. */
export function checkCampaign(f: CampaignForm, t: Translate): Record<string, string> {
  const e: Record<string, string> = {}
  const required = (field: string) =>
    t('proposals.dialog.required', { field: t(`proposals.campaigns.fields.${field}`) })
  if (!f.name.trim()) e.name = required('name')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.held_on)) e.held_on = required('held_on')
  if (!f.proposal_ids.length) e.proposal_ids = t('proposals.campaigns.errors.noProposals')
  return e
}

/** The years the list offers: this one and the five before. */
export function campaignYears(now = new Date()): number[] {
  return Array.from({ length: 6 }, (_, i) => now.getFullYear() - i)
}
