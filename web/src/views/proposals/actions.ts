/**
 * The steps a user can take on a proposal, as data: the server lists the caller's `actions`; each action
 * becomes one or more commands (a button and a dialog), each with the fields the step needs and the request
 * that carries them. One dialog component renders every command (ActionDialog.vue).
 */
import type { FormItemRule } from 'element-plus'
import type { Id } from '@/api/members/types'
import * as api from '@/api/proposals'
import type {
  ContactForm,
  ConvertTarget,
  Proposal,
  ProposalAction,
  ProposalSettings,
  Rating,
  ReplyClass,
  ReviewOutcome,
  SupervisionNoteKind,
  UnitRole,
} from '@/api/proposals/types'
import { todayIso } from '@/views/liaison/labels'
import { CONTACT_FORMS, CONVERT_TARGETS, NOTE_KINDS, RATINGS } from './labels'

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'radio'
  | 'select'
  | 'date'
  | 'number'
  | 'switch'
  | 'tags'
  | 'members'
  | 'units'
  | 'proposals'

export type FieldValue = string | number | boolean | Id[] | string[] | UnitsValue | null
export type Values = Record<string, FieldValue>

export interface FieldOption {
  value: string | number | boolean
  /** an i18n key, or the text itself when `literal` */
  label: string
  literal?: boolean
}

/** What a step knows besides the form: the proposal, the committee's settings, and who acts. */
export interface ActionContext {
  proposal: Proposal
  settings: ProposalSettings | null
  /** staff (who review proposals) act on paper for members and units */
  staff: boolean
}

export interface ActionField {
  name: string
  kind: FieldKind
  /** i18n key */
  label: string
  required?: boolean | ((values: Values) => boolean)
  /** shown (and sent) only when this holds */
  when?: (values: Values, ctx: ActionContext) => boolean
  options?: (ctx: ActionContext) => FieldOption[]
  initial?: (ctx: ActionContext) => FieldValue
  /** text: the longest; number: the largest */
  max?: number | ((ctx: ActionContext) => number)
  min?: number
  /** i18n key of a hint under the field */
  hint?: string
}

export type ButtonType = 'primary' | 'success' | 'warning' | 'danger' | 'default'

export interface Command {
  /** unique among the commands */
  key: string
  action: ProposalAction
  /** i18n key of the button and the dialog's title */
  label: string
  type: ButtonType
  /** i18n key of a sentence at the top of the dialog */
  intro?: string
  fields: ActionField[]
  send: (values: Values, ctx: ActionContext) => Promise<Proposal>
}

/** The units of an assignment: one lead with co-handlers, or split units that each reply. */
export interface UnitsValue {
  mode: 'lead' | 'split'
  lead: Id | ''
  co: Id[]
  split: Id[]
}

// ---- reading the values ----

const text = (v: FieldValue | undefined): string => (typeof v === 'string' ? v.trim() : '')
const ids = (v: FieldValue | undefined): Id[] =>
  Array.isArray(v) ? (v as unknown[]).filter((x): x is Id => typeof x === 'number') : []
const strings = (v: FieldValue | undefined): string[] =>
  Array.isArray(v)
    ? (v as unknown[])
        .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
        .map((x) => x.trim())
    : []
const optionalId = (v: FieldValue | undefined): Id | undefined => (typeof v === 'number' ? v : undefined)
const note = (v: FieldValue | undefined): { note?: string } => (text(v) ? { note: text(v) } : {})

/** The `units` of POST /assign from the editor's value; [] when nothing is chosen. */
export function unitsBody(v: FieldValue | undefined): { unit_id: Id; role: UnitRole }[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return []
  const u = v as UnitsValue
  if (u.mode === 'split') return [...new Set(u.split)].map((unit_id) => ({ unit_id, role: 'split' }))
  if (u.lead === '') return []
  const co = [...new Set(u.co)].filter((x) => x !== u.lead)
  return [{ unit_id: u.lead, role: 'lead' }, ...co.map((unit_id) => ({ unit_id, role: 'co' as const }))]
}

/** The editor's value from the units now handling the proposal (a re-assignment starts from them). */
export function unitsValueOf(p: Pick<Proposal, 'units'>): UnitsValue {
  const active = p.units.filter((u) => Boolean(u.active))
  const split = active.filter((u) => u.role === 'split').map((u) => u.unit_id)
  if (split.length) return { mode: 'split', lead: '', co: [], split }
  return {
    mode: 'lead',
    lead: active.find((u) => u.role === 'lead')?.unit_id ?? '',
    co: active.filter((u) => u.role === 'co').map((u) => u.unit_id),
    split: [],
  }
}

// ---- shared fields ----

const noteField = (
  required: ActionField['required'] = false,
  label = 'proposals.fields.note',
): ActionField => ({
  name: 'note',
  kind: 'textarea',
  label,
  required,
  max: 5000,
})

/** Staff acting on paper for one of the units now handling it (a unit user acts for their own). */
const unitField: ActionField = {
  name: 'unit_id',
  kind: 'select',
  label: 'proposals.fields.actingUnit',
  hint: 'proposals.dialog.actingUnitHint',
  when: (_v, ctx) => ctx.staff && ctx.proposal.units.some((u) => Boolean(u.active)),
  options: (ctx) =>
    ctx.proposal.units
      .filter((u) => Boolean(u.active))
      .map((u) => ({ value: u.unit_id, label: u.name, literal: true })),
}

const choices = (list: readonly { value: string; label: string }[]) => (): FieldOption[] =>
  list.map((c) => ({ value: c.value, label: c.label }))

const yesNo = (yes: string, no: string) => (): FieldOption[] => [
  { value: true, label: yes },
  { value: false, label: no },
]

const replyClassOptions = (ctx: ActionContext): FieldOption[] =>
  (ctx.settings?.reply_class_names ?? ['A', 'B', 'C'].map((code) => ({ code, name: '' }))).map((c) => ({
    value: c.code,
    label: c.name ? `${c.code} ${c.name}` : c.code,
    literal: true,
  }))

const categoryOptions = (ctx: ActionContext): FieldOption[] =>
  (ctx.settings?.categories ?? []).map((c) => ({ value: c, label: c, literal: true }))

const version = (ctx: ActionContext) => ({ version: ctx.proposal.version })
const unitOf = (v: Values) => {
  const unit = optionalId(v.unit_id)
  return unit === undefined ? {} : { unit_id: unit }
}

// ---- the commands ----

const proposerStep = (step: api.ProposerStep, label: string, type: ButtonType, intro: string): Command => ({
  key: step,
  action: step,
  label,
  type,
  intro,
  fields: [noteField()],
  send: (v, ctx) => api.proposerStep(ctx.proposal.id, step, { ...version(ctx), ...note(v.note) }),
})

const cosign = (accept: boolean): Command => ({
  key: accept ? 'cosign_accept' : 'cosign_decline',
  action: 'cosign',
  label: accept ? 'proposals.action.cosignAccept' : 'proposals.action.cosignDecline',
  type: accept ? 'success' : 'danger',
  intro: accept ? 'proposals.dialog.cosignAcceptIntro' : 'proposals.dialog.cosignDeclineIntro',
  fields: [],
  send: (_v, ctx) => api.respondCosign(ctx.proposal.id, { accept, ...version(ctx) }),
})

const REVIEW_OUTCOMES: ReviewOutcome[] = ['accept', 'reject', 'convert', 'return']

const COMMANDS: Record<Exclude<ProposalAction, 'edit' | 'cosign' | 'supervise'>, Command> = {
  submit: proposerStep('submit', 'proposals.action.submit', 'primary', 'proposals.dialog.submitIntro'),
  withdraw: proposerStep(
    'withdraw',
    'proposals.action.withdraw',
    'warning',
    'proposals.dialog.withdrawIntro',
  ),
  resubmit: proposerStep('resubmit', 'proposals.action.resubmit', 'primary', 'proposals.dialog.submitIntro'),
  invite: {
    key: 'invite',
    action: 'invite',
    label: 'proposals.action.invite',
    type: 'default',
    intro: 'proposals.dialog.inviteIntro',
    fields: [
      { name: 'member_ids', kind: 'members', label: 'proposals.fields.cosigners', required: true },
      {
        name: 'signed',
        kind: 'switch',
        label: 'proposals.fields.signedOnPaper',
        when: (_v, ctx) => ctx.staff,
        initial: () => false,
      },
    ],
    send: (v, ctx) =>
      api.inviteCosigners(ctx.proposal.id, {
        ...version(ctx),
        member_ids: ids(v.member_ids),
        ...(v.signed === true ? { signed: true } : {}),
      }),
  },
  review: {
    key: 'review',
    action: 'review',
    label: 'proposals.action.review',
    type: 'primary',
    fields: [
      {
        name: 'outcome',
        kind: 'radio',
        label: 'proposals.fields.outcome',
        required: true,
        options: (ctx) =>
          (ctx.proposal.state === 'submitted'
            ? (['start', ...REVIEW_OUTCOMES] as const)
            : REVIEW_OUTCOMES
          ).map((o) => ({ value: o, label: `proposals.outcome.${o}` })),
        initial: () => 'accept',
      },
      {
        name: 'category',
        kind: 'select',
        label: 'proposals.fields.category',
        required: true,
        when: (v) => v.outcome === 'accept',
        options: categoryOptions,
        initial: (ctx) => ctx.proposal.category || '',
      },
      {
        name: 'ground',
        kind: 'select',
        label: 'proposals.fields.rejectGround',
        required: true,
        when: (v) => v.outcome === 'reject',
        options: (ctx) =>
          (ctx.settings?.reject_grounds ?? []).map((g) => ({ value: g, label: g, literal: true })),
      },
      {
        name: 'converted_to',
        kind: 'radio',
        label: 'proposals.fields.convertedTo',
        required: true,
        when: (v) => v.outcome === 'convert',
        options: choices(CONVERT_TARGETS),
      },
      {
        ...noteField((v) => v.outcome === 'return', 'proposals.fields.reviewNote'),
        when: (v) => v.outcome !== 'start',
      },
    ],
    send: (v, ctx) => {
      const outcome = v.outcome as ReviewOutcome
      return api.reviewProposal(ctx.proposal.id, {
        ...version(ctx),
        outcome,
        ...(outcome === 'accept' && text(v.category) ? { category: text(v.category) } : {}),
        ...(outcome === 'reject' ? { ground: text(v.ground) } : {}),
        ...(outcome === 'convert' ? { converted_to: v.converted_to as ConvertTarget } : {}),
        ...(outcome === 'start' ? {} : note(v.note)),
      })
    },
  },
  merge: {
    key: 'merge',
    action: 'merge',
    label: 'proposals.action.merge',
    type: 'default',
    intro: 'proposals.dialog.mergeIntro',
    fields: [
      { name: 'proposal_ids', kind: 'proposals', label: 'proposals.fields.mergeWith', required: true },
      noteField(),
    ],
    send: (v, ctx) =>
      api.mergeProposals(ctx.proposal.id, {
        ...version(ctx),
        proposal_ids: ids(v.proposal_ids),
        ...note(v.note),
      }),
  },
  assign: {
    key: 'assign',
    action: 'assign',
    label: 'proposals.action.assign',
    type: 'primary',
    intro: 'proposals.dialog.assignIntro',
    fields: [
      {
        name: 'units',
        kind: 'units',
        label: 'proposals.fields.units',
        required: true,
        initial: (ctx) => unitsValueOf(ctx.proposal),
      },
      noteField(),
    ],
    send: (v, ctx) =>
      api.assignProposal(ctx.proposal.id, { ...version(ctx), units: unitsBody(v.units), ...note(v.note) }),
  },
  sign: {
    key: 'sign',
    action: 'sign',
    label: 'proposals.action.sign',
    type: 'primary',
    intro: 'proposals.dialog.signIntro',
    fields: [unitField],
    send: (v, ctx) => api.signAssignment(ctx.proposal.id, { ...version(ctx), ...unitOf(v) }),
  },
  object: {
    key: 'object',
    action: 'object',
    label: 'proposals.action.object',
    type: 'warning',
    intro: 'proposals.dialog.objectIntro',
    fields: [
      { name: 'reason', kind: 'textarea', label: 'proposals.fields.objectReason', required: true, max: 2000 },
      unitField,
    ],
    send: (v, ctx) =>
      api.objectAssignment(ctx.proposal.id, { ...version(ctx), reason: text(v.reason), ...unitOf(v) }),
  },
  contact: {
    key: 'contact',
    action: 'contact',
    label: 'proposals.action.contact',
    type: 'default',
    fields: [
      {
        name: 'form',
        kind: 'radio',
        label: 'proposals.fields.contactForm',
        required: true,
        options: choices(CONTACT_FORMS),
      },
      {
        name: 'contact_date',
        kind: 'date',
        label: 'proposals.fields.contactDate',
        required: true,
        initial: () => todayIso(),
      },
      { ...noteField(true, 'proposals.fields.contactNote'), max: 5000 },
      unitField,
    ],
    send: (v, ctx) =>
      api.addContact(ctx.proposal.id, {
        ...version(ctx),
        form: v.form as ContactForm,
        contact_date: text(v.contact_date),
        note: text(v.note),
        ...unitOf(v),
      }),
  },
  extension: {
    key: 'extension',
    action: 'extension',
    label: 'proposals.action.extension',
    type: 'default',
    intro: 'proposals.dialog.extensionIntro',
    fields: [
      {
        name: 'days',
        kind: 'number',
        label: 'proposals.fields.extensionDays',
        required: true,
        min: 1,
        max: (ctx) => ctx.settings?.max_handling_days ?? 180,
        initial: () => 30,
      },
      {
        name: 'reason',
        kind: 'textarea',
        label: 'proposals.fields.extensionReason',
        required: true,
        max: 2000,
      },
      unitField,
    ],
    send: (v, ctx) =>
      api.requestExtension(ctx.proposal.id, {
        ...version(ctx),
        days: Number(v.days),
        reason: text(v.reason),
        ...unitOf(v),
      }),
  },
  opinion: {
    key: 'opinion',
    action: 'opinion',
    label: 'proposals.action.opinion',
    type: 'primary',
    intro: 'proposals.dialog.opinionIntro',
    fields: [
      { name: 'text', kind: 'textarea', label: 'proposals.fields.opinionText', required: true, max: 20000 },
      unitField,
    ],
    send: (v, ctx) => api.giveOpinion(ctx.proposal.id, { ...version(ctx), text: text(v.text), ...unitOf(v) }),
  },
  reply: {
    key: 'reply',
    action: 'reply',
    label: 'proposals.action.reply',
    type: 'primary',
    intro: 'proposals.dialog.replyIntro',
    fields: [
      {
        name: 'reply_class',
        kind: 'radio',
        label: 'proposals.fields.replyClass',
        required: true,
        options: replyClassOptions,
      },
      { name: 'text', kind: 'textarea', label: 'proposals.fields.replyText', required: true, max: 20000 },
      unitField,
    ],
    send: (v, ctx) =>
      api.replyProposal(ctx.proposal.id, {
        ...version(ctx),
        reply_class: v.reply_class as ReplyClass,
        text: text(v.text),
        ...unitOf(v),
      }),
  },
  decide_extension: {
    key: 'decide_extension',
    action: 'decide_extension',
    label: 'proposals.action.decideExtension',
    type: 'warning',
    intro: 'proposals.dialog.decideExtensionIntro',
    fields: [
      {
        name: 'approve',
        kind: 'radio',
        label: 'proposals.fields.decision',
        required: true,
        options: yesNo('proposals.decision.approve', 'proposals.decision.refuse'),
        initial: () => true,
      },
      noteField(),
    ],
    send: (v, ctx) =>
      api.decideExtension(ctx.proposal.id, { ...version(ctx), approve: v.approve === true, ...note(v.note) }),
  },
  chase: {
    key: 'chase',
    action: 'chase',
    label: 'proposals.action.chase',
    type: 'warning',
    fields: [
      noteField(true, 'proposals.fields.chaseNote'),
      {
        ...unitField,
        label: 'proposals.fields.chaseUnit',
        hint: 'proposals.dialog.chaseUnitHint',
        when: undefined,
      },
    ],
    send: (v, ctx) =>
      api.chaseProposal(ctx.proposal.id, { ...version(ctx), note: text(v.note), ...unitOf(v) }),
  },
  review_reply: {
    key: 'review_reply',
    action: 'review_reply',
    label: 'proposals.action.reviewReply',
    type: 'primary',
    fields: [
      {
        name: 'approve',
        kind: 'radio',
        label: 'proposals.fields.decision',
        required: true,
        options: yesNo('proposals.decision.acceptReply', 'proposals.decision.returnReply'),
        initial: () => true,
      },
      {
        name: 'reply_class',
        kind: 'select',
        label: 'proposals.fields.correctClass',
        hint: 'proposals.dialog.correctClassHint',
        when: (v) => v.approve === true,
        options: replyClassOptions,
      },
      noteField((v) => v.approve === false),
    ],
    send: (v, ctx) =>
      api.reviewReply(ctx.proposal.id, {
        ...version(ctx),
        approve: v.approve === true,
        ...(v.approve === true && text(v.reply_class) ? { reply_class: v.reply_class as ReplyClass } : {}),
        ...note(v.note),
      }),
  },
  feedback: {
    key: 'feedback',
    action: 'feedback',
    label: 'proposals.action.feedback',
    type: 'primary',
    intro: 'proposals.dialog.feedbackIntro',
    fields: [
      {
        name: 'work',
        kind: 'radio',
        label: 'proposals.fields.workRating',
        required: true,
        options: choices(RATINGS),
      },
      {
        name: 'result',
        kind: 'radio',
        label: 'proposals.fields.resultRating',
        required: true,
        options: choices(RATINGS),
      },
      { name: 'comment', kind: 'textarea', label: 'proposals.fields.comment', max: 5000 },
    ],
    send: (v, ctx) =>
      api.giveFeedback(ctx.proposal.id, {
        ...version(ctx),
        work: v.work as Rating,
        result: v.result as Rating,
        ...(text(v.comment) ? { comment: text(v.comment) } : {}),
      }),
  },
  close: {
    key: 'close',
    action: 'close',
    label: 'proposals.action.close',
    type: 'success',
    intro: 'proposals.dialog.closeIntro',
    fields: [noteField()],
    send: (v, ctx) => api.closeProposal(ctx.proposal.id, { ...version(ctx), ...note(v.note) }),
  },
}

const SUPERVISE: Command[] = [
  {
    key: 'key',
    action: 'supervise',
    label: 'proposals.action.markKey',
    type: 'default',
    intro: 'proposals.dialog.keyIntro',
    fields: [
      { name: 'key', kind: 'switch', label: 'proposals.fields.isKey', initial: () => true },
      {
        name: 'leaders',
        kind: 'tags',
        label: 'proposals.fields.keyLeaders',
        hint: 'proposals.dialog.leadersHint',
        when: (v) => v.key === true,
        initial: (ctx) => [...ctx.proposal.key_leaders],
      },
      noteField(),
    ],
    send: (v, ctx) =>
      api.markKeyProposal(ctx.proposal.id, {
        key: v.key === true,
        leaders: v.key === true ? strings(v.leaders) : [],
        ...note(v.note),
      }),
  },
  {
    key: 'supervision_note',
    action: 'supervise',
    label: 'proposals.action.supervisionNote',
    type: 'default',
    fields: [
      {
        name: 'kind',
        kind: 'radio',
        label: 'proposals.fields.noteKind',
        required: true,
        options: choices(NOTE_KINDS),
        initial: () => 'note',
      },
      {
        name: 'text',
        kind: 'textarea',
        label: 'proposals.fields.supervisionText',
        required: true,
        max: 5000,
      },
    ],
    send: (v, ctx) =>
      api.addSupervisionNote(ctx.proposal.id, { kind: v.kind as SupervisionNoteKind, text: text(v.text) }),
  },
]

/** The commands for the server's `actions`, in its order ('edit' is a link to the form, not a dialog). */
export function commandsFor(actions: readonly ProposalAction[]): Command[] {
  return actions.flatMap((a): Command[] => {
    if (a === 'edit') return []
    if (a === 'cosign') return [cosign(true), cosign(false)]
    if (a === 'supervise') return SUPERVISE
    return COMMANDS[a] ? [COMMANDS[a]] : []
  })
}

// ---- the form ----

function emptyValue(kind: FieldKind): FieldValue {
  switch (kind) {
    case 'members':
    case 'proposals':
    case 'tags':
      return []
    case 'switch':
      return false
    case 'number':
      return null
    case 'units':
      return { mode: 'lead', lead: '', co: [], split: [] }
    default:
      return ''
  }
}

/** The dialog's starting values. */
export function initialValues(command: Command, ctx: ActionContext): Values {
  const out: Values = {}
  for (const f of command.fields) out[f.name] = f.initial ? f.initial(ctx) : emptyValue(f.kind)
  return out
}

/** The fields shown for the current values. */
export function visibleFields(command: Command, values: Values, ctx: ActionContext): ActionField[] {
  return command.fields.filter((f) => !f.when || f.when(values, ctx))
}

export function isRequired(field: ActionField, values: Values): boolean {
  return typeof field.required === 'function' ? field.required(values) : field.required === true
}

/** Is the value there? Text must have more than spaces, lists an item, units a valid combination. */
export function hasValue(field: ActionField, value: FieldValue | undefined): boolean {
  if (field.kind === 'units') return unitsBody(value).length > 0
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'string') return value.trim() !== ''
  return value !== null && value !== undefined
}

/** Element Plus rules for the shown fields: the required ones, and the number range. */
export function buildRules(
  command: Command,
  values: Values,
  ctx: ActionContext,
  message: (key: string, field: string, extra?: Record<string, unknown>) => string,
): Record<string, FormItemRule[]> {
  const rules: Record<string, FormItemRule[]> = {}
  for (const f of visibleFields(command, values, ctx)) {
    const list: FormItemRule[] = []
    if (isRequired(f, values)) {
      list.push({
        validator: (_r, _v, callback) =>
          hasValue(f, values[f.name]) ? callback() : callback(new Error(message('required', f.label))),
        trigger: f.kind === 'textarea' || f.kind === 'text' ? 'blur' : 'change',
      })
    }
    if (f.kind === 'number') {
      const max = typeof f.max === 'function' ? f.max(ctx) : f.max
      list.push({
        validator: (_r, _v, callback) => {
          const n = values[f.name]
          if (n === null || n === undefined || n === '') return callback()
          const bad =
            typeof n !== 'number' ||
            !Number.isInteger(n) ||
            n < (f.min ?? 0) ||
            (max !== undefined && n > max)
          callback(bad ? new Error(message('range', f.label, { min: f.min ?? 0, max })) : undefined)
        },
        trigger: 'change',
      })
    }
    if (list.length) rules[f.name] = list
  }
  return rules
}

export function maxOf(field: ActionField, ctx: ActionContext): number | undefined {
  return typeof field.max === 'function' ? field.max(ctx) : field.max
}
