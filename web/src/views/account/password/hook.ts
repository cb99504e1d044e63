import { computed, reactive, ref, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, type FormInstance, type FormItemRule, type FormRules } from 'element-plus'
import { changePassword } from '@/api/account'
import { isApiError } from '@/api/client'
import { useAuthStore } from '@/stores/auth'
import { checkPassword } from '@/utils/password'
import { safeRedirect } from '@/utils/redirect'

export interface PasswordForm {
  current: string
  next: string
  repeat: string
}

type Field = keyof PasswordForm

/** Which field a server error belongs to. */
const FIELD_OF_ERROR: Record<string, Field> = {
  wrong_password: 'current',
  weak_password: 'next',
}

export function useChangePassword() {
  const { t } = useI18n()
  const auth = useAuthStore()
  const route = useRoute()
  const router = useRouter()

  const formRef = useTemplateRef<FormInstance>('passwordForm')
  const form = reactive<PasswordForm>({ current: '', next: '', repeat: '' })
  const submitting = ref(false)
  /** Errors from the server, shown under the field they concern (or above the form). */
  const serverErrors = reactive<Record<Field, string>>({ current: '', next: '', repeat: '' })
  const formError = ref('')
  const forced = computed(() => auth.mustChangePassword)
  const check = computed(() => checkPassword(form.next))

  const validator =
    (test: (value: string) => string | null): FormItemRule['validator'] =>
    (_rule, value: string, callback) => {
      const message = test(value ?? '')
      callback(message ? new Error(message) : undefined)
    }

  const rules = computed<FormRules<PasswordForm>>(() => ({
    current: [{ required: true, message: t('account.password.currentRequired'), trigger: 'blur' }],
    next: [
      { required: true, message: t('account.password.newRequired'), trigger: 'blur' },
      {
        validator: validator((value) => {
          const result = checkPassword(value)
          if (!result.notTooLong) return t('account.password.tooLong')
          if (!result.ok) return t('account.password.weak')
          if (value === form.current) return t('account.password.sameAsCurrent')
          return null
        }),
        trigger: 'blur',
      },
    ],
    repeat: [
      { required: true, message: t('account.password.repeatRequired'), trigger: 'blur' },
      {
        validator: validator((value) => (value === form.next ? null : t('account.password.mismatch'))),
        trigger: 'blur',
      },
    ],
  }))

  // a server message about a field goes away as soon as the user edits that field
  for (const field of ['current', 'next', 'repeat'] as const) {
    watch(
      () => form[field],
      () => {
        serverErrors[field] = ''
      },
    )
  }

  function clearServerErrors(): void {
    serverErrors.current = ''
    serverErrors.next = ''
    serverErrors.repeat = ''
    formError.value = ''
  }

  async function submit(): Promise<void> {
    if (submitting.value) return
    clearServerErrors()
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    submitting.value = true
    try {
      await changePassword({ current_password: form.current, new_password: form.next })
      ElMessage({ type: 'success', message: t('account.password.success') })
      formRef.value?.resetFields()
      // the server clears must_change_password; take the fresh state from it
      await auth.refresh()
      if (!auth.isAuthenticated) {
        await router.replace({ name: 'login' })
        return
      }
      await router.replace(safeRedirect(route.query.redirect))
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return // the client has already sent the user to sign in
      const field = FIELD_OF_ERROR[error.code]
      if (field) serverErrors[field] = error.message
      else formError.value = error.message
    } finally {
      submitting.value = false
    }
  }

  return {
    form,
    rules,
    submitting,
    serverErrors,
    formError,
    forced,
    check,
    submit,
  }
}
