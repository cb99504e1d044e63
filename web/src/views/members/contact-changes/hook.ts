import { onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { decideContactChange, listContactChanges } from '@/api/members'
import type { ContactChangeRequest, ContactChangeStatus, Id } from '@/api/members/types'

export function useContactChanges() {
  const { t } = useI18n()
  const status = ref<ContactChangeStatus>('pending')
  const rows = shallowRef<ContactChangeRequest[]>([])
  const loading = ref(false)
  const deciding = ref<Id | null>(null)
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const result = await listContactChanges(status.value)
      if (ticket === latest) rows.value = result.items
    } catch {
      // the client has shown the message
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function setStatus(next: ContactChangeStatus): Promise<void> {
    status.value = next
    return load()
  }

  async function approve(request: ContactChangeRequest): Promise<void> {
    try {
      await ElMessageBox.confirm(
        t('members.changes.approveConfirm', { name: request.member_name }),
        t('members.changes.approve'),
        {
          type: 'info',
          confirmButtonText: t('members.changes.approve'),
          cancelButtonText: t('common.actions.cancel'),
        },
      )
    } catch {
      return
    }
    await decide(request, 'approve', '')
  }

  async function reject(request: ContactChangeRequest): Promise<void> {
    let note = ''
    try {
      const answer = await ElMessageBox.prompt(
        t('members.changes.rejectPrompt', { name: request.member_name }),
        t('members.changes.reject'),
        {
          confirmButtonText: t('members.changes.reject'),
          cancelButtonText: t('common.actions.cancel'),
          inputPlaceholder: t('members.changes.notePlaceholder'),
          inputValidator: (v: string) => (v ?? '').length <= 500 || t('members.changes.noteTooLong'),
          confirmButtonClass: 'el-button--danger',
        },
      )
      note = (answer as { value: string }).value?.trim() ?? ''
    } catch {
      return
    }
    await decide(request, 'reject', note)
  }

  async function decide(request: ContactChangeRequest, decision: 'approve' | 'reject', note: string) {
    deciding.value = request.id
    try {
      await decideContactChange(request.id, decision, note)
      ElMessage({
        type: 'success',
        message: t(decision === 'approve' ? 'members.changes.approved' : 'members.changes.rejected'),
      })
    } catch {
      // the client has shown the message (e.g. someone decided it first); the reload shows the truth
    } finally {
      deciding.value = null
    }
    await load()
  }

  onMounted(load)

  return { status, rows, loading, deciding, load, setStatus, approve, reject }
}
