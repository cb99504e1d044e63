import { isApiError } from '@/api/client'
import type { FieldError } from '@/api/types'

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.field === 'string' && typeof v.message === 'string'
}

/**
 * The per-field problems of an answer: a 422 `invalid_record` lists them in `details.errors`; a 400
 * `invalid_field` or a 409 `duplicate` names one field in `details.field` (its message is the error's).
 * [] for anything else.
 */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isApiError(error)) return []
  const errors = error.details.errors
  if (Array.isArray(errors)) return errors.filter(isFieldError)
  const field = error.details.field
  if (typeof field === 'string' && field && error.status >= 400 && error.status < 500)
    return [{ field, code: error.code, message: error.message }]
  return []
}

/**
 * Messages by form field, several for one field joined. `aliases` maps the server's field names to the
 * form's where they differ (the server says `sector`, the form edits `sector_id`).
 */
export function errorsByField(
  errors: readonly FieldError[],
  aliases: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) {
    const field = aliases[e.field] ?? e.field
    out[field] = out[field] ? `${out[field]} ${e.message}` : e.message
  }
  return out
}
