import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getTask, taskNoticeUrl, takeTaskStep } from '@/api/office'
import type { CaseTransition, Task } from '@/api/office/types'
import { isApiError } from '@/api/client'
import { openPrint } from '../../labels'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { checkStepForm, stepBody, type StepForm } from '../data'

export function useTaskDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const task = shallowRef<Task | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const id = computed(() => Number(route.params.id))
  const actions = computed(() => task.value?.case.available_transitions ?? [])

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      task.value = await getTask(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        task.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  // ---- a step (签收, 报告进展, 催办, 验收…) in a dialog
  const step = shallowRef<CaseTransition | null>(null)
  const stepOpen = ref(false)
  const form = reactive<StepForm>({ note: '', progress: 0, deadline: '' })
  const submit = useFormSubmit({ fields: ['note', 'progress', 'deadline'] })

  function openStep(transition: CaseTransition): void {
    step.value = transition
    Object.assign(form, { note: '', progress: task.value?.progress ?? 0, deadline: '' })
    submit.clear()
    stepOpen.value = true
  }

  async function sendStep(): Promise<void> {
    const current = task.value
    const transition = step.value
    if (!current || !transition) return
    const ok = await submit.run(
      async () => {
        task.value = await takeTaskStep(current.id, stepBody(transition.code, form, current.case.version))
      },
      checkStepForm(transition.code, form, current.deadline, (k, v) => t(k, v ?? {})),
    )
    if (!ok) {
      // someone else moved the task on: show it as it is now
      if (submit.formError.value) void load()
      return
    }
    stepOpen.value = false
    ElMessage({
      type: 'success',
      message: t('office.tasks.stepDone', { step: t(`office.tasks.transition.${transition.code}`) }),
    })
  }

  function printNotice(): void {
    if (task.value) openPrint(taskNoticeUrl(task.value.id))
  }

  watch(id, () => void load(), { immediate: true })

  return { task, loading, notFound, actions, step, stepOpen, form, submit, openStep, sendStep, printNotice }
}
