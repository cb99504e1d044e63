import { computed, reactive, ref, shallowRef, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox, type FormInstance, type FormItemRule, type FormRules } from 'element-plus'
import { createStaff, getStaff, updateStaff } from '@/api/staff'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { idCardBirthDate, idCardGender, isPhoneNumber, isValidIdCard } from '@/utils/id-card'
import { emptyStaffForm, STAFF_FIELD_ALIASES, staffFormFrom, staffInput, type StaffForm } from './data'

export function useStaffEdit() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const formRef = useTemplateRef<FormInstance>('staffForm')
  const id = computed(() => (route.params.id ? Number(route.params.id) : null))
  const isNew = computed(() => id.value === null)
  const form = reactive<StaffForm>(emptyStaffForm())
  const version = ref(0)
  const personName = ref('')
  const bodies = shallowRef<BodySummary[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  const saving = ref(false)
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')

  const check =
    (test: (value: string) => string | null): FormItemRule['validator'] =>
    (_rule, value: string, callback) => {
      const message = test(String(value ?? '').trim())
      callback(message ? new Error(message) : undefined)
    }

  const rules = computed<FormRules<StaffForm>>(() => ({
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
    left_on: [
      {
        validator: check((v) =>
          v && form.joined_on && v < form.joined_on ? t('staff.edit.leftBeforeJoined') : null,
        ),
        trigger: 'change',
      },
    ],
  }))

  watch(
    () => form.id_card,
    (value) => {
      const v = value.trim()
      if (!isValidIdCard(v)) return
      if (!form.birth_date) form.birth_date = idCardBirthDate(v) ?? ''
      if (!form.gender) form.gender = idCardGender(v) ?? ''
    },
  )

  async function load(): Promise<void> {
    serverErrors.value = {}
    formError.value = ''
    if (!bodies.value.length) {
      listBodies(false, { notify: false })
        .then((r) => (bodies.value = r.items))
        .catch(() => undefined)
    }
    if (id.value === null) {
      Object.assign(form, emptyStaffForm())
      return
    }
    loading.value = true
    notFound.value = false
    try {
      const p = await getStaff(id.value, { notify: false })
      Object.assign(form, staffFormFrom(p))
      version.value = p.version
      personName.value = p.name
      formRef.value?.clearValidate()
    } catch (error) {
      if (isApiError(error) && error.status === 404) notFound.value = true
      else if (isApiError(error) && !error.isSessionLost)
        ElMessage({ type: 'error', message: error.message, showClose: true })
    } finally {
      loading.value = false
    }
  }

  async function submit(): Promise<void> {
    if (saving.value) return
    serverErrors.value = {}
    formError.value = ''
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    saving.value = true
    try {
      const body = staffInput(form)
      const saved =
        id.value === null
          ? await createStaff(body)
          : await updateStaff(id.value, { ...body, version: version.value })
      ElMessage({ type: 'success', message: t(isNew.value ? 'staff.edit.created' : 'members.edit.saved') })
      await router.replace({ name: 'org-staff-detail', params: { id: saved.id } })
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return
      if (error.code === 'stale_version') {
        await ElMessageBox.alert(t('staff.edit.staleText'), t('members.edit.staleTitle'), {
          type: 'warning',
          confirmButtonText: t('members.edit.reload'),
        }).catch(() => undefined)
        await load()
        return
      }
      const fields = fieldErrorsOf(error)
      if (fields.length) {
        serverErrors.value = errorsByField(fields, STAFF_FIELD_ALIASES)
        formError.value = t('members.edit.fixErrors')
      } else formError.value = error.message
    } finally {
      saving.value = false
    }
  }

  function cancel(): void {
    if (id.value === null) void router.push({ name: 'org-staff' })
    else void router.push({ name: 'org-staff-detail', params: { id: id.value } })
  }

  watch(id, () => void load(), { immediate: true })

  return {
    form,
    rules,
    bodies,
    isNew,
    personName,
    loading,
    notFound,
    saving,
    serverErrors,
    formError,
    submit,
    cancel,
  }
}
