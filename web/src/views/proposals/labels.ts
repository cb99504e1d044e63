/**
 * Codes the proposal API sends (states, kinds, roles, ratings…) and their labels in the UI language. Pages
 * send and filter by the code and show `t(label)`, so no user ever sees a raw code.
 */
import { useI18n } from 'vue-i18n'
import type {
  AttachmentRole,
  ContactForm,
  ConvertTarget,
  ExtensionStatus,
  ProposalKind,
  ProposalSource,
  ProposalState,
  Rating,
  SignerStatus,
  SupervisionNoteKind,
  TodoTask,
  UnitRole,
} from '@/api/proposals/types'
import { choiceLabel, type Choice } from '../members/labels'

const list = <V extends string>(prefix: string, values: readonly V[]): Choice<V>[] =>
  values.map((value) => ({ value, label: `proposals.${prefix}.${value}` }))

/** In workflow order. */
export const STATES = list<ProposalState>('state', [
  'draft',
  'cosigning',
  'submitted',
  'under_review',
  'accepted',
  'rejected',
  'converted',
  'returned',
  'merged',
  'assigned',
  'objection',
  'handling',
  'replied',
  'reply_reviewed',
  'rehandling',
  'closed',
])
export const KINDS = list<ProposalKind>('kind', ['plenary', 'regular'])
export const SOURCES = list<ProposalSource>('source', [
  'member',
  'party',
  'special_committee',
  'sector_group',
])
export const UNIT_ROLES = list<UnitRole>('unitRole', ['lead', 'co', 'split'])
export const CONVERT_TARGETS = list<ConvertTarget>('convertedTo', ['opinion', 'social_info'])
export const SIGNER_STATUSES = list<SignerStatus>('signerStatus', [
  'invited',
  'confirmed',
  'declined',
  'expired',
])
export const EXTENSION_STATUSES = list<ExtensionStatus>('extensionStatus', [
  'pending',
  'approved',
  'rejected',
])
export const ATTACHMENT_ROLES = list<AttachmentRole>('attachmentRole', ['proposer', 'unit', 'staff'])
export const NOTE_KINDS = list<SupervisionNoteKind>('noteKind', ['note', 'review'])
export const TODO_TASKS = list<TodoTask>('task', [
  'cosign',
  'revise',
  'feedback',
  'sign',
  'reply',
  'opinion',
  'review',
  'review_reply',
  'assign',
  'decide_extension',
  'chase',
])

/** Values stored in Chinese (the API's enum) with labels of their own for English. */
export const RATINGS: Choice<Rating>[] = [
  { value: '满意', label: 'proposals.rating.satisfied' },
  { value: '基本满意', label: 'proposals.rating.basic' },
  { value: '不满意', label: 'proposals.rating.unsatisfied' },
]
export const CONTACT_FORMS: Choice<ContactForm>[] = [
  { value: '面商', label: 'proposals.contactForm.faceToFace' },
  { value: '电话', label: 'proposals.contactForm.phone' },
  { value: '座谈', label: 'proposals.contactForm.meeting' },
  { value: '书面', label: 'proposals.contactForm.written' },
]

/** The transitions of the timeline; 'start' is the case being opened. */
export const TRANSITIONS = [
  'start',
  'invite_cosigners',
  'submit',
  'withdraw',
  'start_review',
  'accept',
  'reject',
  'convert',
  'return',
  'merge',
  'resubmit',
  'assign',
  'object',
  'reassign',
  'accept_assignment',
  'reply',
  'review_reply',
  'return_reply',
  'complete_feedback',
  'unsatisfied',
  'close',
] as const

type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

const STATE_TAG: Record<ProposalState, TagType> = {
  draft: 'info',
  cosigning: 'warning',
  submitted: 'primary',
  under_review: 'primary',
  accepted: 'success',
  rejected: 'danger',
  converted: 'info',
  returned: 'warning',
  merged: 'info',
  assigned: 'primary',
  objection: 'warning',
  handling: 'primary',
  replied: 'success',
  reply_reviewed: 'success',
  rehandling: 'danger',
  closed: 'info',
}

export function stateTagType(state: string | null | undefined): TagType {
  return STATE_TAG[state as ProposalState] ?? 'info'
}

const SIGNER_TAG: Record<SignerStatus, TagType> = {
  invited: 'warning',
  confirmed: 'success',
  declined: 'danger',
  expired: 'info',
}
export function signerTagType(status: string): TagType {
  return SIGNER_TAG[status as SignerStatus] ?? 'info'
}

/** The label of a transition code; an unknown one (a committee's own workflow) falls back to its target state. */
export function transitionLabel(
  code: string,
  toState: string | null | undefined,
  t: (key: string) => string,
): string {
  if ((TRANSITIONS as readonly string[]).includes(code)) return t(`proposals.transition.${code}`)
  return choiceLabel(STATES, toState, t) || code
}

/** 3 → "A/B/C", each class with its label. */
export function replyClassLabel(code: string | null | undefined, t: (key: string) => string): string {
  if (!code) return ''
  return /^[ABCD]$/.test(code) ? t(`proposals.replyClass.${code}`) : code
}

/** Label functions bound to the current language. */
export function useProposalLabels() {
  const { t } = useI18n()
  const tr = (key: string) => t(key)
  return {
    stateLabel: (v: string | null | undefined) => choiceLabel(STATES, v, tr),
    kindLabel: (v: string | null | undefined) => choiceLabel(KINDS, v, tr),
    sourceLabel: (v: string | null | undefined) => choiceLabel(SOURCES, v, tr),
    unitRoleLabel: (v: string | null | undefined) => choiceLabel(UNIT_ROLES, v, tr),
    ratingLabel: (v: string | null | undefined) => choiceLabel(RATINGS, v, tr),
    contactFormLabel: (v: string | null | undefined) => choiceLabel(CONTACT_FORMS, v, tr),
    convertedLabel: (v: string | null | undefined) => choiceLabel(CONVERT_TARGETS, v, tr),
    signerStatusLabel: (v: string | null | undefined) => choiceLabel(SIGNER_STATUSES, v, tr),
    extensionStatusLabel: (v: string | null | undefined) => choiceLabel(EXTENSION_STATUSES, v, tr),
    attachmentRoleLabel: (v: string | null | undefined) => choiceLabel(ATTACHMENT_ROLES, v, tr),
    noteKindLabel: (v: string | null | undefined) => choiceLabel(NOTE_KINDS, v, tr),
    taskLabel: (v: string | null | undefined) => choiceLabel(TODO_TASKS, v, tr),
    transitionLabel: (code: string, to?: string | null) => transitionLabel(code, to, tr),
    replyClassLabel: (v: string | null | undefined) => replyClassLabel(v, tr),
    stateTagType,
    signerTagType,
  }
}
