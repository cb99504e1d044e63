import { onMounted, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { approveReport, listReports, rejectReport } from '@/api/duty'
import type { DutyReport } from '@/api/duty/types'
import { askReason } from '../ask-reason'

/** Staff decide the duties members reported themselves. */
export function useReportsPage() {
  const { t } = useI18n()
  const status = ref<'pending' | 'confirmed' | 'rejected'>('pending')
  const rows = shallowRef<DutyReport[]>([])
  const total = ref(0)
  const page = ref(1)
  const loading = ref(false)
  const busy = ref<number | string | null>(null)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const r = await listReports(status.value, page.value)
      rows.value = r.items
      total.value = r.total
    } catch {
      rows.value = []
    } finally {
      loading.value = false
    }
  }
  watch(status, () => {
    page.value = 1
    void load()
  })
  watch(page, load)
  onMounted(load)

  async function approve(r: DutyReport): Promise<void> {
    busy.value = r.id
    try {
      await approveReport(r.id, r.version)
      ElMessage.success(t('duty.reports.approved'))
      await load()
    } catch {
      // shown by the client
    } finally {
      busy.value = null
    }
  }
  async function reject(r: DutyReport): Promise<void> {
    const reason = await askReason({
      title: t('duty.reports.reason'),
      placeholder: t('duty.reports.reasonPlaceholder'),
      confirm: t('duty.reports.reject'),
      cancel: t('common.actions.cancel'),
    })
    if (reason === null) return
    busy.value = r.id
    try {
      await rejectReport(r.id, r.version, reason)
      ElMessage.success(t('duty.reports.rejectedDone'))
      await load()
    } catch {
      // shown by the client
    } finally {
      busy.value = null
    }
  }
  return { status, rows, total, page, loading, busy, approve, reject }
}
