import { computed, onMounted, reactive, ref, shallowRef, useTemplateRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, type FormInstance, type FormItemRule, type FormRules } from 'element-plus'
import { getMyMember, requestContactChange } from '@/api/members'
import type { ContactFields, MyMember } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { isPhoneNumber } from '@/utils/id-card'
import { changedFields, contactDiff } from '../contact-changes/data'
import { CONTACT_FIELDS } from '../labels'

/** The form starts from the record with a waiting request laid over it, so a new request keeps those changes. */
export function initialContactForm(record: MyMember): ContactFields {
  const pending = record.pending_contact_change?.changes ?? {}
  const out = {} as ContactFields
  for (const { value: field } of CONTACT_FIELDS) out[field] = (pending[field] ?? record[field] ?? '').trim()
  return out
}

export function useMyInfo() {
  const { t } = useI18n()
  const record = shallowRef<MyMember | null>(null)
  const loading = ref(false)
  /** The signed-in user is not a member of the current term */
  const notMember = ref(false)
  const loadError = ref('')
  const formRef = useTemplateRef<FormInstance>('contactForm')
  const form = reactive<ContactFields>({ phone: '', address: '', work_unit: '', job_title: '' })
  const saving = ref(false)
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')

  const pending = computed(() => record.value?.pending_contact_change ?? null)
  const pendingDiff = computed(() =>
    record.value && pending.value ? contactDiff(pending.value.changes, record.value) : [],
  )
  const changes = computed(() => (record.value ? changedFields(form, record.value) : {}))
  const hasChanges = computed(() => Object.keys(changes.value).length > 0)
  /** The form asks for exactly what is already waiting: nothing new to send */
  const sameAsPending = computed(
    () =>
      pending.value !== null &&
      JSON.stringify(Object.entries(changes.value).sort()) ===
        JSON.stringify(Object.entries(pending.value.changes).sort()),
  )

  const rules = computed<FormRules<ContactFields>>(() => ({
    phone: [
      { required: true, whitespace: true, message: t('members.mine.phoneRequired'), trigger: 'blur' },
      {
        validator: ((_rule, value: string, callback) => {
          const v = (value ?? '').trim()
          callback(v && !isPhoneNumber(v) ? new Error(t('members.edit.phoneInvalid')) : undefined)
        }) as FormItemRule['validator'],
        trigger: 'blur',
      },
    ],
  }))

  for (const { value: field } of CONTACT_FIELDS) {
    watch(
      () => form[field],
      () => {
        if (serverErrors.value[field]) serverErrors.value = { ...serverErrors.value, [field]: '' }
      },
    )
  }

  async function load(): Promise<void> {
    loading.value = true
    loadError.value = ''
    try {
      const me = await getMyMember()
      record.value = me
      notMember.value = false
      Object.assign(form, initialContactForm(me))
      formRef.value?.clearValidate()
    } catch (error) {
      record.value = null
      if (isApiError(error) && error.status === 404) notMember.value = true
      else if (isApiError(error)) loadError.value = error.message
      else throw error
    } finally {
      loading.value = false
    }
  }

  function resetForm(): void {
    if (record.value) Object.assign(form, initialContactForm(record.value))
    serverErrors.value = {}
    formError.value = ''
    formRef.value?.clearValidate()
  }

  async function submit(): Promise<void> {
    if (saving.value || !hasChanges.value || sameAsPending.value) return
    serverErrors.value = {}
    formError.value = ''
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    saving.value = true
    try {
      await requestContactChange(changes.value)
      ElMessage({ type: 'success', message: t('members.mine.sent') })
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return
      const fields = fieldErrorsOf(error)
      if (fields.length) serverErrors.value = errorsByField(fields)
      else formError.value = error.message
    } finally {
      saving.value = false
    }
  }

  onMounted(load)

  return {
    record,
    loading,
    notMember,
    loadError,
    form,
    rules,
    saving,
    serverErrors,
    formError,
    pending,
    pendingDiff,
    changes,
    hasChanges,
    sameAsPending,
    load,
    resetForm,
    submit,
  }
}
