import { onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { listSessions, revokeSession } from '@/api/account'
import type { SessionInfo } from '@/api/account/types'

export function useSessions() {
  const { t } = useI18n()
  const rows = ref<SessionInfo[]>([])
  const loading = ref(false)
  const revoking = ref<SessionInfo['id'] | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      rows.value = (await listSessions()).items
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  async function revoke(session: SessionInfo): Promise<void> {
    if (session.current) return
    try {
      await ElMessageBox.confirm(t('account.sessions.revokeConfirm'), t('account.sessions.revokeTitle'), {
        type: 'warning',
        confirmButtonText: t('account.sessions.revoke'),
        cancelButtonText: t('common.actions.cancel'),
      })
    } catch {
      return // cancelled
    }
    revoking.value = session.id
    try {
      await revokeSession(session.id)
      ElMessage({ type: 'success', message: t('account.sessions.revoked') })
      await load()
    } catch {
      // the client has shown the message
    } finally {
      revoking.value = null
    }
  }

  onMounted(load)

  return { rows, loading, revoking, load, revoke }
}
