import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { createAccount, getMember } from '@/api/members'
import type { AccountCreated, MemberDetail } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { copyText } from '@/utils/files'

/** 612722198001010011 → 6127**********0011 */
export function maskIdCard(value: string | null | undefined): string {
  if (!value) return ''
  if (value.length <= 8) return value.replace(/./g, '*')
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`
}

export function useMemberDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const member = shallowRef<MemberDetail | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const showIdCard = ref(false)
  const creatingAccount = ref(false)
  const account = shallowRef<AccountCreated | null>(null)

  const id = computed(() => Number(route.params.id))

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      member.value = await getMember(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        member.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        // the page says "not found" itself; other problems are shown as usual
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  async function openAccount(): Promise<void> {
    const m = member.value
    if (!m || m.account_username) return
    try {
      await ElMessageBox.confirm(
        t('members.account.confirm', { name: m.name, username: m.phone || t('members.account.memberCode') }),
        t('members.account.create'),
        {
          type: 'info',
          confirmButtonText: t('members.account.create'),
          cancelButtonText: t('common.actions.cancel'),
        },
      )
    } catch {
      return // cancelled
    }
    creatingAccount.value = true
    try {
      account.value = await createAccount(m.id)
      await load()
    } catch {
      // the client has shown the message
    } finally {
      creatingAccount.value = false
    }
  }

  async function copyPassword(): Promise<void> {
    const a = account.value
    if (!a) return
    const ok = await copyText(a.initial_password)
    ElMessage({
      type: ok ? 'success' : 'warning',
      message: t(ok ? 'members.account.copied' : 'members.account.copyFailed'),
    })
  }

  watch(
    id,
    () => {
      showIdCard.value = false
      void load()
    },
    { immediate: true },
  )

  return { member, loading, notFound, showIdCard, creatingAccount, account, load, openAccount, copyPassword }
}
