import type { ContactChanges, ContactField } from '@/api/members/types'
import { CONTACT_FIELDS } from '../labels'

export interface DiffRow {
  field: ContactField
  /** i18n key of the field's label */
  label: string
  before: string
  after: string
  /** false when the request asks for the value the record already has */
  changed: boolean
}

/**
 * What a contact-change request would change, field by field in a fixed order (phone, address, work
 * unit, job title), old value beside the new. Only fields the request names are listed.
 */
export function contactDiff(
  changes: ContactChanges,
  current: Partial<Record<ContactField, string | null | undefined>>,
): DiffRow[] {
  const rows: DiffRow[] = []
  for (const { value: field, label } of CONTACT_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(changes, field)) continue
    const after = (changes[field] ?? '').trim()
    const before = (current[field] ?? '').trim()
    rows.push({ field, label, before, after, changed: before !== after })
  }
  return rows
}

/** Only the fields whose value differs from the record, trimmed (what the member's form sends). */
export function changedFields(
  form: Record<ContactField, string>,
  current: Partial<Record<ContactField, string | null | undefined>>,
): ContactChanges {
  const out: ContactChanges = {}
  for (const { value: field } of CONTACT_FIELDS) {
    const next = (form[field] ?? '').trim()
    if (next !== (current[field] ?? '').trim()) out[field] = next
  }
  return out
}
