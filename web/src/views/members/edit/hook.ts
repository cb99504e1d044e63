import { computed, reactive, ref, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox, type FormInstance, type FormItemRule, type FormRules } from 'element-plus'
import { createMember, getMember, updateMember } from '@/api/members'
import { isApiError } from '@/api/client'
import { useOrgOptions } from '@/composables/useOrgOptions'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { idCardBirthDate, idCardGender, isPhoneNumber, isValidIdCard } from '@/utils/id-card'
import { emptyForm, FIELD_ALIASES, formFromMember, toInput, type MemberForm } from './data'

export function useMemberEdit() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const { options: org } = useOrgOptions()
  const formRef = useTemplateRef<FormInstance>('memberForm')

  const id = computed(() => (route.params.id ? Number(route.params.id) : null))
  const isNew = computed(() => id.value === null)
  const form = reactive<MemberForm>(emptyForm())
  const version = ref(0)
  const memberName = ref('')
  const loading = ref(false)
  const notFound = ref(false)
  const saving = ref(false)
  /** Messages from the server by form field */
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')

  const check =
    (test: (value: string) => string | null): FormItemRule['validator'] =>
    (_rule, value: string, callback) => {
      const message = test(String(value ?? '').trim())
      callback(message ? new Error(message) : undefined)
    }

  const rules = computed<FormRules<MemberForm>>(() => ({
    name: [{ required: true, whitespace: true, message: t('members.edit.nameRequired'), trigger: 'blur' }],
    gender: [{ required: true, message: t('members.edit.genderRequired'), trigger: 'change' }],
    id_card: [
      {
        validator: check((v) => (v && !isValidIdCard(v) ? t('members.edit.idCardInvalid') : null)),
        trigger: 'blur',
      },
    ],
    phone: [
      {
        validator: check((v) => (v && !isPhoneNumber(v) ? t('members.edit.phoneInvalid') : null)),
        trigger: 'blur',
      },
    ],
  }))

  // a server message about a field goes as soon as the field is edited
  watch(
    () => ({ ...form, bodies: form.bodies.map((b) => ({ ...b })) }),
    (next, prev) => {
      if (!prev) return
      const errors = { ...serverErrors.value }
      let changed = false
      for (const key of Object.keys(errors)) {
        const k = key as keyof MemberForm
        if (JSON.stringify(next[k]) !== JSON.stringify(prev[k])) {
          delete errors[key]
          changed = true
        }
      }
      if (changed) serverErrors.value = errors
    },
    { deep: true },
  )

  /** True while a loaded record is copied into the form, so the helpers below leave it as it is. */
  let applying = false
  function apply(next: MemberForm): void {
    applying = true
    try {
      Object.assign(form, next)
    } finally {
      applying = false
    }
  }

  // birth date and gender follow from a valid ID number when they are still empty
  watch(
    () => form.id_card,
    (value) => {
      if (applying) return
      const v = value.trim()
      if (!isValidIdCard(v)) return
      if (!form.birth_date) form.birth_date = idCardBirthDate(v) ?? ''
      if (!form.gender) form.gender = idCardGender(v) ?? ''
    },
    { flush: 'sync' },
  )

  // 主席, 副主席, 秘书长 and 常委 sit on the standing committee
  watch(
    () => form.cppcc_post,
    (post) => {
      if (!applying && post !== '委员') form.is_standing = true
    },
    { flush: 'sync' },
  )

  async function load(): Promise<void> {
    serverErrors.value = {}
    formError.value = ''
    if (id.value === null) {
      apply(emptyForm())
      version.value = 0
      memberName.value = ''
      return
    }
    loading.value = true
    notFound.value = false
    try {
      const m = await getMember(id.value, { notify: false })
      apply(formFromMember(m))
      version.value = m.version
      memberName.value = m.name
      formRef.value?.clearValidate()
    } catch (error) {
      if (isApiError(error) && error.status === 404) notFound.value = true
      else if (isApiError(error) && !error.isSessionLost)
        ElMessage({ type: 'error', message: error.message, showClose: true })
    } finally {
      loading.value = false
    }
  }

  function addBody(): void {
    form.bodies.push({ body_id: '', post: '委员' })
  }
  function removeBody(index: number): void {
    form.bodies.splice(index, 1)
  }

  async function submit(): Promise<void> {
    if (saving.value) return
    serverErrors.value = {}
    formError.value = ''
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    saving.value = true
    try {
      const body = toInput(form)
      const saved =
        id.value === null
          ? await createMember(body)
          : await updateMember(id.value, { ...body, version: version.value })
      ElMessage({ type: 'success', message: t(isNew.value ? 'members.edit.created' : 'members.edit.saved') })
      await router.replace({ name: 'org-member-detail', params: { id: saved.id } })
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return
      if (error.code === 'stale_version') {
        await ElMessageBox.alert(t('members.edit.staleText'), t('members.edit.staleTitle'), {
          type: 'warning',
          confirmButtonText: t('members.edit.reload'),
        }).catch(() => undefined)
        await load()
        return
      }
      const fields = fieldErrorsOf(error)
      if (fields.length) {
        serverErrors.value = errorsByField(fields, FIELD_ALIASES)
        formError.value = t('members.edit.fixErrors')
      } else {
        formError.value = error.message
      }
    } finally {
      saving.value = false
    }
  }

  function cancel(): void {
    if (id.value === null) void router.push({ name: 'org-members' })
    else void router.push({ name: 'org-member-detail', params: { id: id.value } })
  }

  watch(id, () => void load(), { immediate: true })

  return {
    form,
    rules,
    org,
    isNew,
    memberName,
    loading,
    notFound,
    saving,
    serverErrors,
    formError,
    addBody,
    removeBody,
    submit,
    cancel,
  }
}
