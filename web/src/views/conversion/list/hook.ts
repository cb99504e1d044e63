import { computed, onMounted, reactive, ref, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { listInbox, listReports, submitReport } from '@/api/conversion'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import { usePagedList } from '@/composables/usePagedList'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { checkReportForm, columns, emptyFilters, phoneColumns, toReportQuery, type ReportForm } from '../data'

/** The report list (staff, leaders) or, with `inbox`, the items assigned to the caller's unit. */
export function useReportList(inbox: boolean) {
  const { t } = useI18n()
  const app = useAppStore()
  const auth = useAuthStore()
  const router = useRouter()
  const fetch = inbox ? listInbox : listReports
  const list = usePagedList((query) => fetch(toReportQuery(query)), { filters: () => emptyFilters() })
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: 8 }, (_, k) => thisYear - k)

  // ---- a new report (呈报)
  const canSubmit = computed(() => !inbox && auth.hasPermission('conversion:report:submit'))
  const bodies = shallowRef<BodySummary[]>([])
  const creating = ref(false)
  const form = reactive<ReportForm>({ kind: '', title: '', body: '', submitted_on: '', body_id: null })
  const submit = useFormSubmit({ fields: ['kind', 'title', 'body', 'submitted_on', 'body_id'] })

  async function openNew(): Promise<void> {
    Object.assign(form, { kind: '', title: '', body: '', submitted_on: '', body_id: null })
    submit.clear()
    creating.value = true
    if (!bodies.value.length)
      try {
        bodies.value = (await listBodies(false, { notify: false })).items
      } catch {
        // the submitting body stays optional
      }
  }

  async function sendNew(): Promise<void> {
    let id = 0
    const ok = await submit.run(
      async () => {
        id = (await submitReport({ ...form })).id as number
      },
      checkReportForm(form, (k) => t(k)),
    )
    if (!ok) return
    creating.value = false
    void router.push({ name: 'conversion-report', params: { id } })
  }

  onMounted(() => void list.load())

  return { ...list, tableColumns, years, canSubmit, bodies, creating, form, submit, openNew, sendNew }
}
