import type { WorkflowDefinition, WorkflowState, WorkflowTransition } from '@/api/workflows/types'
import type { AppLocale } from '@/locales'

/** A state's or a step's name in the UI language (the other language when that one is empty). */
export function nameIn(item: { name_zh: string; name_en: string }, locale: AppLocale): string {
  return (locale === 'en' ? item.name_en || item.name_zh : item.name_zh || item.name_en) || ''
}

/** The state of `code` in the definition, by its name; an unknown code as is. */
export function stateName(def: WorkflowDefinition, code: string, locale: AppLocale): string {
  const s = def.states.find((x) => x.code === code)
  return s ? nameIn(s, locale) : code
}

/** A code no state of the definition has yet, for a state the user adds (they never see it). */
export function freshStateCode(def: WorkflowDefinition): string {
  const taken = new Set(def.states.map((s) => s.code))
  let n = 1
  while (taken.has(`custom_state_${n}`)) n++
  return `custom_state_${n}`
}

/** A code no step of the definition has yet, for a new kind of step. */
export function freshTransitionCode(def: WorkflowDefinition): string {
  const taken = new Set(def.transitions.map((t) => t.code))
  let n = 1
  while (taken.has(`custom_step_${n}`)) n++
  return `custom_step_${n}`
}

/** The kinds of step the definition has (one per code, named by its first step), for reusing one. */
export function stepKinds(def: WorkflowDefinition): WorkflowTransition[] {
  const seen = new Map<string, WorkflowTransition>()
  for (const t of def.transitions) if (!seen.has(t.code)) seen.set(t.code, t)
  return [...seen.values()]
}

/** States a step may start from: every state but the final ones. */
export function startStates(def: WorkflowDefinition): WorkflowState[] {
  return def.states.filter((s) => !s.final)
}

/** The steps leaving a state and those entering it. */
export function stepsOf(def: WorkflowDefinition, code: string) {
  return {
    out: def.transitions.filter((t) => t.from === code),
    in: def.transitions.filter((t) => t.to === code),
  }
}

/** A deadline as the user typed it: a positive whole number of days, or nothing (no limit). */
export function parseDeadline(value: unknown): number | null | undefined {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(String(value).trim())
  return Number.isInteger(n) && n >= 1 && n <= 3650 ? n : undefined
}

export type Problem = { key: string; params?: Record<string, string | number> }

/** Checks of the edited definition the page can make itself (the server checks the rest). */
export function checkDefinition(def: WorkflowDefinition): Problem[] {
  const problems: Problem[] = []
  def.states.forEach((s, i) => {
    const row = i + 1
    if (!s.name_zh.trim() || !s.name_en.trim()) problems.push({ key: 'stateName', params: { row } })
    if (parseDeadline(s.deadline_days) === undefined) problems.push({ key: 'deadline', params: { row } })
  })
  const codes = new Set(def.states.map((s) => s.code))
  const seen = new Set<string>()
  def.transitions.forEach((t, i) => {
    const row = i + 1
    if (!t.name_zh.trim() || !t.name_en.trim()) problems.push({ key: 'stepName', params: { row } })
    if (!codes.has(t.from) || !codes.has(t.to)) problems.push({ key: 'stepStates', params: { row } })
    if (!t.permission) problems.push({ key: 'stepPermission', params: { row } })
    const key = `${t.code}\u0000${t.from}`
    if (seen.has(key)) problems.push({ key: 'stepTwice', params: { row } })
    seen.add(key)
  })
  return problems
}

/** The PUT body from the edited tables: names trimmed, deadlines as numbers or null, the version read. */
export function workflowBody(def: WorkflowDefinition): WorkflowDefinition {
  return {
    id: def.id,
    code: def.code,
    name_zh: def.name_zh,
    name_en: def.name_en,
    version: def.version,
    states: def.states.map((s) => ({
      code: s.code,
      name_zh: s.name_zh.trim(),
      name_en: s.name_en.trim(),
      initial: Boolean(s.initial),
      final: Boolean(s.final),
      deadline_days: parseDeadline(s.deadline_days) ?? null,
      on_enter: [...(s.on_enter ?? [])],
    })),
    transitions: def.transitions.map((t) => ({
      code: t.code,
      name_zh: t.name_zh.trim(),
      name_en: t.name_en.trim(),
      from: t.from,
      to: t.to,
      permission: t.permission,
    })),
  }
}

/** True when the edited definition differs from the one read. */
export function isChanged(edited: WorkflowDefinition, saved: WorkflowDefinition): boolean {
  return JSON.stringify(workflowBody(edited)) !== JSON.stringify(workflowBody(saved))
}

/** The server's refusal (`details.reason`) as an i18n key with names, and the states it is about. */
export interface Refusal {
  key: string | null
  params: Record<string, string>
  states: string[]
  /** The reason as the server gave it (shown when no key fits) */
  raw: string
}

const REASONS: { re: RegExp; key: string; params: (m: RegExpExecArray) => Record<string, string> }[] = [
  {
    re: /^a case in state (\S+) could never be finished$/,
    key: 'cannotFinish',
    params: (m) => ({ state: m[1]! }),
  },
  {
    re: /^state (\S+) cannot be reached from the start$/,
    key: 'unreachable',
    params: (m) => ({ state: m[1]! }),
  },
  {
    re: /^「(.*)」\((\S+): (\S+) → (\S+)\) is a step the system takes/,
    key: 'systemStep',
    params: (m) => ({ step: m[1]!, from: m[3]!, to: m[4]! }),
  },
  {
    re: /^cases are in state (\S+), which would be removed$/,
    key: 'stateInUse',
    params: (m) => ({ state: m[1]! }),
  },
  {
    re: /^transition (\S+) needs undeclared permission (\S+)$/,
    key: 'unknownPermission',
    params: (m) => ({ step: m[1]!, permission: m[2]! }),
  },
  {
    re: /^transition (\S+) from (\S+) is listed twice$/,
    key: 'stepTwice',
    params: (m) => ({ step: m[1]!, from: m[2]! }),
  },
  {
    re: /^transition (\S+) leaves final state (\S+)$/,
    key: 'leavesFinal',
    params: (m) => ({ step: m[1]!, from: m[2]! }),
  },
  { re: /^state (\S+) is listed twice$/, key: 'stateTwice', params: (m) => ({ state: m[1]! }) },
  {
    re: /^deadline_days of (\S+) must be a positive whole number$/,
    key: 'badDeadline',
    params: (m) => ({ state: m[1]! }),
  },
  { re: /^there must be exactly one initial state$/, key: 'oneInitial', params: () => ({}) },
]

const STATE_PARAMS = new Set(['state', 'from', 'to'])

/**
 * Reads the server's reason against the edited definition: state and step codes become their names, so
 * the user is told 「搁置」 rather than `limbo`; the states named are the ones to mark in the table.
 */
export function readRefusal(reason: string, def: WorkflowDefinition, locale: AppLocale): Refusal {
  for (const r of REASONS) {
    const m = r.re.exec(reason)
    if (!m) continue
    const codes = r.params(m)
    const params: Record<string, string> = {}
    const states: string[] = []
    for (const [k, v] of Object.entries(codes)) {
      if (STATE_PARAMS.has(k)) {
        params[k] = stateName(def, v, locale)
        states.push(v)
      } else if (k === 'step' && r.key !== 'systemStep') {
        const step = def.transitions.find((t) => t.code === v)
        params[k] = step ? nameIn(step, locale) : v
      } else params[k] = v
    }
    return { key: r.key, params, states, raw: reason }
  }
  return { key: null, params: {}, states: [], raw: reason }
}
