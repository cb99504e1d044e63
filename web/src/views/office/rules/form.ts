import type { Rule, RuleVersion } from '@/api/office/types'

export type RuleDialogMode = 'establish' | 'revise' | 'abolish'

export interface RuleForm {
  title: string
  category: string
  doc_number: string
  body: string
  effective_from: string
  note: string
  abolished_on: string
  reason: string
}

type T = (key: string, values?: Record<string, unknown>) => string

/**
 * What the dialog checks before sending (the server checks again): the fields each step needs, a revision
 * in force after the version it replaces, an abolition not before the version in force began.
 */
export function checkRuleForm(
  mode: RuleDialogMode,
  f: RuleForm,
  rule: Rule | null,
  t: T,
): Record<string, string> {
  const e: Record<string, string> = {}
  const current = rule?.versions.at(-1)
  if (mode === 'establish' && !f.title.trim()) e.title = t('office.rules.check.title')
  if (mode !== 'abolish') {
    if (!f.body.trim()) e.body = t('office.rules.check.body')
    if (!f.effective_from) e.effective_from = t('office.rules.check.date')
    else if (mode === 'revise' && current && f.effective_from <= current.effective_from)
      e.effective_from = t('office.rules.check.afterPrevious', { date: current.effective_from })
    if (mode === 'revise' && current && f.body.trim() === current.body.trim())
      e.body = t('office.rules.check.unchanged')
  } else if (!f.abolished_on) e.abolished_on = t('office.rules.check.date')
  else if (current && f.abolished_on < current.effective_from)
    e.abolished_on = t('office.rules.check.notBefore', { date: current.effective_from })
  return e
}

/** Newest first, as the history shows them. */
export function versionsNewestFirst(versions: readonly RuleVersion[]): RuleVersion[] {
  return [...versions].sort((a, b) => b.number - a.number)
}
