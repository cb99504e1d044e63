import { computed, onMounted, reactive, ref, useTemplateRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import type { FormInstance, FormRules } from 'element-plus'
import { listCommittees } from '@/api/auth'
import type { CommitteeOption, LoginRequest } from '@/api/auth/types'
import { isApiError } from '@/api/client'
import { useAuthStore } from '@/stores/auth'
import { safeRedirect } from '@/utils/redirect'

const LAST_COMMITTEE_KEY = 'zhixie.committee'

function rememberedCommittee(): string {
  try {
    return localStorage.getItem(LAST_COMMITTEE_KEY) ?? ''
  } catch {
    return ''
  }
}

function rememberCommittee(code: string): void {
  try {
    localStorage.setItem(LAST_COMMITTEE_KEY, code)
  } catch {
    // not remembered; harmless
  }
}

/** The server's message is already in the user's language (a locked account's says when to retry). */
function describeLoginError(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  return isApiError(error) ? error.message : t('common.errors.network')
}

export function useLogin() {
  const { t } = useI18n()
  const auth = useAuthStore()
  const route = useRoute()
  const router = useRouter()

  const formRef = useTemplateRef<FormInstance>('loginForm')
  const form = reactive<LoginRequest>({ committee_code: '', username: '', password: '' })
  const submitting = ref(false)
  const errorMessage = ref('')

  const committees = ref<CommitteeOption[]>([])
  const committeesLoading = ref(false)
  const committeesFailed = ref(false)

  const rules = computed<FormRules<LoginRequest>>(() => ({
    committee_code: [{ required: true, message: t('auth.login.committeeRequired'), trigger: 'change' }],
    username: [
      { required: true, whitespace: true, message: t('auth.login.usernameRequired'), trigger: 'blur' },
    ],
    password: [{ required: true, message: t('auth.login.passwordRequired'), trigger: 'blur' }],
  }))

  async function loadCommittees(): Promise<void> {
    committeesLoading.value = true
    committeesFailed.value = false
    try {
      const { items } = await listCommittees()
      committees.value = items
      const remembered = rememberedCommittee()
      if (!form.committee_code) {
        if (items.some((c) => c.code === remembered)) form.committee_code = remembered
        else if (items.length === 1 && items[0]) form.committee_code = items[0].code
      }
    } catch {
      committeesFailed.value = true
    } finally {
      committeesLoading.value = false
    }
  }

  async function submit(): Promise<void> {
    if (submitting.value) return
    errorMessage.value = ''
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return
    submitting.value = true
    try {
      await auth.login({ ...form, username: form.username.trim() })
      rememberCommittee(form.committee_code)
      // the router guard sends a user who must change the password to that page first
      await router.replace(safeRedirect(route.query.redirect))
    } catch (error) {
      errorMessage.value = describeLoginError(error, t)
      form.password = ''
    } finally {
      submitting.value = false
    }
  }

  onMounted(loadCommittees)

  return {
    form,
    rules,
    submitting,
    errorMessage,
    committees,
    committeesLoading,
    committeesFailed,
    loadCommittees,
    submit,
  }
}
