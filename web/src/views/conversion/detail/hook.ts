import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  acknowledgeReport,
  assignReport,
  getReport,
  instructReport,
  reportBack,
  takeReportStep,
} from '@/api/conversion'
import type { Report, ReportAssignment, ReportTransition, StepInput } from '@/api/conversion/types'
import { listEntries } from '@/api/org'
import type { Unit } from '@/api/org/types'
import { isApiError } from '@/api/client'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { checkFeedbackForm, emptyFeedback, transitionLabel, type FeedbackForm } from '../data'

type Dialog = 'instruct' | 'assign' | 'step' | 'feedback' | null
/** The case's steps that open a dialog from the action bar; 承办 and 反馈 are taken per assignee. */
const BAR_STEPS: ReportTransition[] = ['instruct', 'assign', 'supervise', 'notify', 'assess']

export function useReportDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const report = shallowRef<Report | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const id = computed(() => Number(route.params.id))
  const allowed = computed(() => new Set(report.value?.case.available_transitions.map((a) => a.code) ?? []))
  const barActions = computed(() => BAR_STEPS.filter((s) => allowed.value.has(s)))
  const mayAcknowledge = (a: ReportAssignment) =>
    a.mine && !a.acknowledged_at && allowed.value.has('acknowledge')
  const mayReport = (a: ReportAssignment) =>
    a.mine && Boolean(a.acknowledged_at) && !a.reported_at && allowed.value.has('report_back')

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      report.value = await getReport(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        report.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  const dialog = ref<Dialog>(null)
  const open = computed({
    get: () => dialog.value !== null,
    set: (v: boolean) => {
      if (!v) dialog.value = null
    },
  })
  const step = ref<StepInput['transition']>('supervise')
  const instructForm = reactive({ text: '', signed_on: '' })
  const assignForm = reactive({ unit_ids: [] as number[], vice_mayor: '', deadline: '', note: '' })
  const stepForm = reactive({ note: '' })
  const feedbackForm = reactive<FeedbackForm>(emptyFeedback())
  const feedbackFor = shallowRef<ReportAssignment | null>(null)
  const units = shallowRef<Unit[]>([])
  const submit = useFormSubmit()

  async function openAction(code: ReportTransition): Promise<void> {
    submit.clear()
    if (code === 'instruct') {
      Object.assign(instructForm, { text: '', signed_on: '' })
      dialog.value = 'instruct'
    } else if (code === 'assign') {
      Object.assign(assignForm, { unit_ids: [], vice_mayor: '', deadline: '', note: '' })
      dialog.value = 'assign'
      if (!units.value.length) units.value = (await listEntries('units', {}, { notify: false })).items
    } else {
      step.value = code as StepInput['transition']
      stepForm.note = ''
      dialog.value = 'step'
    }
  }

  function openFeedback(a: ReportAssignment): void {
    submit.clear()
    Object.assign(feedbackForm, emptyFeedback(Number(a.id)))
    feedbackFor.value = a
    dialog.value = 'feedback'
  }

  async function done(code: string, send: () => Promise<Report>, local: Record<string, string> = {}) {
    const ok = await submit.run(async () => {
      report.value = await send()
    }, local)
    if (!ok) {
      if (!submit.formError.value) return
      // no dialog (承办 is one click): say why here
      if (!dialog.value) ElMessage({ type: 'error', message: submit.formError.value, showClose: true })
      void load() // someone else may have moved the report on: show it as it is now
      return
    }
    dialog.value = null
    ElMessage({
      type: 'success',
      message: t('conversion.detail.stepDone', { step: t(transitionLabel(code)) }),
    })
  }

  function send(): Promise<void> {
    const r = report.value
    if (!r) return Promise.resolve()
    const version = r.version
    switch (dialog.value) {
      case 'instruct':
        return done('instruct', () => instructReport(r.id, { ...instructForm, version }), {
          ...(instructForm.text.trim() ? {} : { text: t('conversion.errors.text') }),
        })
      case 'assign':
        return done('assign', () => assignReport(r.id, { ...assignForm, version }), {
          ...(assignForm.unit_ids.length || assignForm.vice_mayor.trim()
            ? {}
            : { assignees: t('conversion.errors.assignees') }),
        })
      case 'step':
        return done(step.value, () =>
          takeReportStep(r.id, { transition: step.value, note: stepForm.note, version }),
        )
      case 'feedback':
        return done(
          'report_back',
          () => reportBack(r.id, { ...feedbackForm, assignment_id: feedbackForm.assignment_id ?? undefined }),
          checkFeedbackForm(feedbackForm, (k) => t(k)),
        )
      default:
        return Promise.resolve()
    }
  }

  function acknowledge(a: ReportAssignment): Promise<void> {
    const r = report.value
    if (!r) return Promise.resolve()
    return done('acknowledge', () => acknowledgeReport(r.id, a.id))
  }

  watch(id, () => void load(), { immediate: true })

  return {
    report,
    loading,
    notFound,
    barActions,
    mayAcknowledge,
    mayReport,
    dialog,
    open,
    step,
    instructForm,
    assignForm,
    stepForm,
    feedbackForm,
    feedbackFor,
    units,
    submit,
    openAction,
    openFeedback,
    acknowledge,
    send,
  }
}
