import { onMounted, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getNotice, getSupervision, issueNotice, listNotices, listPlans, noticePrintUrl } from '@/api/office'
import type { Notice, NoticeRow, PlanKind, PlanRow, Supervision } from '@/api/office/types'
import type { Id } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import { todayIso } from '../../liaison/labels'
import { monthOf, openPrint } from '../labels'

/** The plans page: the month's plans, its supervision (月督办) and the notices (月通报). */
export function usePlansPage() {
  const { t } = useI18n()
  const month = ref(monthOf(todayIso()))
  const kind = ref<PlanKind | ''>('')
  const bodyId = ref<Id | ''>('')
  const bodies = shallowRef<BodySummary[]>([])
  const plans = shallowRef<PlanRow[]>([])
  const plansLoading = ref(false)
  const supervision = shallowRef<Supervision | null>(null)
  const supervisionLoading = ref(false)
  const notices = shallowRef<NoticeRow[]>([])
  const notice = shallowRef<Notice | null>(null)
  const noticeOpen = ref(false)
  const issuing = ref(false)

  async function loadPlans(): Promise<void> {
    plansLoading.value = true
    try {
      plans.value = (await listPlans({ month: month.value, kind: kind.value, body_id: bodyId.value })).items
    } catch {
      plans.value = []
    } finally {
      plansLoading.value = false
    }
  }

  async function loadSupervision(): Promise<void> {
    supervisionLoading.value = true
    try {
      supervision.value = await getSupervision(month.value)
    } catch {
      supervision.value = null
    } finally {
      supervisionLoading.value = false
    }
  }

  async function loadNotices(): Promise<void> {
    try {
      notices.value = (await listNotices()).items
    } catch {
      notices.value = []
    }
  }

  function reload(): void {
    void loadPlans()
    void loadSupervision()
  }

  async function openNotice(id: Id): Promise<void> {
    try {
      notice.value = await getNotice(id)
      noticeOpen.value = true
    } catch {
      // the client has shown the message
    }
  }

  /** Issues the month's notice from what the supervision shows now. */
  async function issue(): Promise<void> {
    issuing.value = true
    try {
      const issued = await issueNotice(month.value)
      ElMessage({ type: 'success', message: t('office.plans.noticeIssued') })
      await loadNotices()
      notice.value = issued
      noticeOpen.value = true
    } catch (error) {
      if (isApiError(error) && !error.isSessionLost)
        ElMessage({ type: 'error', message: error.message, showClose: true })
    } finally {
      issuing.value = false
    }
  }

  const monthNotice = (m: string) => notices.value.find((n) => n.month === m) ?? null
  const printNotice = (id: Id) => openPrint(noticePrintUrl(id))

  watch([month, kind, bodyId], () => void loadPlans())
  watch(month, () => void loadSupervision())

  onMounted(async () => {
    reload()
    void loadNotices()
    try {
      bodies.value = (await listBodies(false, { notify: false })).items
    } catch {
      // no body filter
    }
  })

  return {
    month,
    kind,
    bodyId,
    bodies,
    plans,
    plansLoading,
    supervision,
    supervisionLoading,
    notices,
    notice,
    noticeOpen,
    issuing,
    reload,
    loadPlans,
    openNotice,
    issue,
    monthNotice,
    printNotice,
  }
}
