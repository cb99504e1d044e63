import { ref } from 'vue'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'

/**
 * The state of a dialog's form that the server checks: per-field messages from a 422, any other refusal
 * (409 stale version, 403…) as one message above the form, and "saving" while the request runs. With
 * `fields` (the form's own), a problem with any other field is shown above the form too.
 */
export function useFormSubmit(
  options: { aliases?: Readonly<Record<string, string>>; fields?: readonly string[] } = {},
) {
  const errors = ref<Record<string, string>>({})
  const formError = ref('')
  const saving = ref(false)

  function clear(): void {
    errors.value = {}
    formError.value = ''
  }

  /**
   * Runs `send` unless a check of the form's own fails (`local` gives its messages); true when it went
   * through.
   */
  async function run(send: () => Promise<unknown>, local: Record<string, string> = {}): Promise<boolean> {
    if (saving.value) return false
    clear()
    if (Object.keys(local).length) {
      errors.value = local
      return false
    }
    saving.value = true
    try {
      await send()
      return true
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      const byField = errorsByField(fields, options.aliases)
      const known = options.fields
      const elsewhere = known ? Object.keys(byField).filter((f) => !known.includes(f)) : []
      errors.value = byField
      if (!fields.length) formError.value = error.message
      else if (elsewhere.length) formError.value = elsewhere.map((f) => byField[f]).join(' ')
      return false
    } finally {
      saving.value = false
    }
  }

  return { errors, formError, saving, clear, run }
}
