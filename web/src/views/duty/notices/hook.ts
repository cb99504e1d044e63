import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import {
  issueNotices,
  listCandidates,
  listNotices,
  recordTalk,
  withdrawNotice,
  type Candidate,
  type CandidateList,
  type Notice,
  type NoticeKind,
  type NoticeList,
  type NoticeStatus,
} from '@/api/duty/notices'
import type { Id } from '@/api/members/types'
import { useOrgOptions } from '@/composables/useOrgOptions'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { askReason } from '../ask-reason'
import { yearOptions } from '../data'
import { batchesByKind } from './data'

const PAGE = 20
const todayInChina = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10)

/** Staff: the members due a notice, issuing in a batch, and the notices issued (talk, withdraw, print). */
export function useNoticesPage() {
  const { t } = useI18n()
  const { options } = useOrgOptions()
  const years = yearOptions(new Date().getFullYear())
  const year = ref(years[0] ?? new Date().getFullYear())
  const tab = ref<'candidates' | 'issued'>('candidates')
  const filters = reactive({
    kind: '' as NoticeKind | '',
    sector_id: '' as Id | '',
    status: '' as NoticeStatus | '',
  })
  const candidates = shallowRef<CandidateList | null>(null)
  const notices = shallowRef<NoticeList | null>(null)
  const picked = shallowRef<Candidate[]>([])
  const page = ref(1)
  const pageRows = computed(() =>
    (candidates.value?.items ?? []).slice((page.value - 1) * PAGE, page.value * PAGE),
  )
  const loading = ref(false)
  const busy = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      if (tab.value === 'candidates') {
        candidates.value = await listCandidates(year.value, filters.kind, filters.sector_id)
      } else {
        notices.value = await listNotices(year.value, filters.kind, filters.status)
      }
    } catch {
      // shown by the client
    } finally {
      loading.value = false
    }
  }
  watch([year, tab, () => ({ ...filters })], () => {
    page.value = 1
    void load()
  })
  onMounted(load)

  const issuable = computed(() => batchesByKind(picked.value).reduce((n, [, ids]) => n + ids.length, 0))
  async function issue(): Promise<void> {
    const batches = batchesByKind(picked.value)
    if (!batches.length) return
    try {
      await ElMessageBox.confirm(
        t('dutyNotices.issueConfirm', { n: issuable.value }),
        t('dutyNotices.title'),
        {
          confirmButtonText: t('common.actions.confirm'),
          cancelButtonText: t('common.actions.cancel'),
          type: 'warning',
        },
      )
    } catch {
      return // cancelled
    }
    busy.value = true
    let issued = 0
    try {
      for (const [kind, ids] of batches) issued += (await issueNotices(year.value, kind, ids)).items.length
    } catch {
      // shown by the client
    } finally {
      busy.value = false
      if (issued) ElMessage.success(t('dutyNotices.issuedDone', { n: issued }))
      picked.value = []
      await load()
    }
  }

  // ---- the talk ----
  const talking = shallowRef<Notice | null>(null)
  const talk = reactive({ talked_on: todayInChina(), talked_by: '', note: '', response: '' })
  const talkErrors = useFormSubmit({ fields: ['talked_on', 'talked_by', 'note', 'response'] })
  function openTalk(n: Notice): void {
    talking.value = n
    Object.assign(talk, {
      talked_on: n.talked_on || todayInChina(),
      talked_by: n.talked_by,
      note: n.talk_note,
      response: n.member_response,
    })
    talkErrors.clear()
  }
  async function saveTalk(): Promise<void> {
    const n = talking.value
    if (!n) return
    const ok = await talkErrors.run(() => recordTalk(n.id, n.version, { ...talk }))
    if (!ok) return
    ElMessage.success(t('dutyNotices.talkSaved'))
    talking.value = null
    await load()
  }

  async function withdraw(n: Notice): Promise<void> {
    const reason = await askReason({
      title: t('dutyNotices.withdrawReason'),
      placeholder: t('dutyNotices.withdrawPlaceholder'),
      confirm: t('dutyNotices.withdraw'),
      cancel: t('common.actions.cancel'),
    })
    if (reason === null) return
    try {
      await withdrawNotice(n.id, n.version, reason)
      ElMessage.success(t('dutyNotices.withdrawn'))
      await load()
    } catch {
      // shown by the client
    }
  }

  return {
    options,
    years,
    year,
    tab,
    filters,
    candidates,
    notices,
    picked,
    page,
    pageRows,
    pageSize: PAGE,
    loading,
    busy,
    issuable,
    issue,
    talking,
    talk,
    talkErrors,
    openTalk,
    saveTalk,
    withdraw,
  }
}
