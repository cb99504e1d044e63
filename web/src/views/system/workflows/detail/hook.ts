import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { isApiError } from '@/api/client'
import { getWorkflow, saveWorkflow } from '@/api/workflows'
import type { WorkflowDefinition, WorkflowState, WorkflowTransition } from '@/api/workflows/types'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { checkDefinition, isChanged, readRefusal, workflowBody, type Problem, type Refusal } from '../data'

/** One workflow definition: read, edited in place (nothing is sent until Save), saved as a whole. */
export function useWorkflowEditor(id: Ref<number>) {
  const { t } = useI18n()
  const app = useAppStore()
  const auth = useAuthStore()
  const canManage = computed(() => auth.hasPermission('system:workflow:manage'))
  const saved = shallowRef<WorkflowDefinition | null>(null)
  const draft = ref<WorkflowDefinition | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const notFound = ref(false)
  /** The page's own checks that failed */
  const problems = ref<Problem[]>([])
  /** The server's refusal of the last save */
  const refusal = ref<Refusal | null>(null)
  const changed = computed(() => !!draft.value && !!saved.value && isChanged(draft.value, saved.value))
  /** Codes of states added since the definition was read (only those may be removed again) */
  const addedStates = computed(() => {
    const before = new Set(saved.value?.states.map((s) => s.code) ?? [])
    return new Set(draft.value?.states.filter((s) => !before.has(s.code)).map((s) => s.code) ?? [])
  })

  function adopt(def: WorkflowDefinition): void {
    saved.value = def
    draft.value = structuredClone(def)
    problems.value = []
    refusal.value = null
  }

  async function load(): Promise<void> {
    loading.value = true
    notFound.value = false
    try {
      adopt(await getWorkflow(id.value))
    } catch (e) {
      if (isApiError(e) && e.status === 404) notFound.value = true
    } finally {
      loading.value = false
    }
  }

  function discard(): void {
    if (saved.value) adopt(saved.value)
  }

  function putState(state: WorkflowState, index: number | null): void {
    if (!draft.value) return
    if (index === null) draft.value.states.push(state)
    else draft.value.states.splice(index, 1, state)
  }

  function removeState(index: number): void {
    const def = draft.value
    const code = def?.states[index]?.code
    if (!def || !code || !addedStates.value.has(code)) return
    def.states.splice(index, 1)
    def.transitions = def.transitions.filter((x) => x.from !== code && x.to !== code)
  }

  function putTransition(step: WorkflowTransition, index: number | null): void {
    if (!draft.value) return
    if (index === null) draft.value.transitions.push(step)
    else draft.value.transitions.splice(index, 1, step)
  }

  function removeTransition(index: number): void {
    draft.value?.transitions.splice(index, 1)
  }

  /** Sends the whole edited definition; on a refusal the edits stay for the user to correct. */
  async function save(): Promise<boolean> {
    const def = draft.value
    if (!def || saving.value) return false
    refusal.value = null
    problems.value = checkDefinition(def)
    if (problems.value.length) return false
    saving.value = true
    try {
      adopt(await saveWorkflow(workflowBody(def)))
      ElMessage({ type: 'success', message: t('workflows.saved') })
      return true
    } catch (e) {
      if (!isApiError(e)) throw e
      const reason = typeof e.details.reason === 'string' ? e.details.reason : ''
      if (e.code === 'invalid_workflow' && reason) refusal.value = readRefusal(reason, def, app.locale)
      else if (e.code === 'stale_version')
        refusal.value = { key: 'stale', params: {}, states: [], raw: e.message }
      else refusal.value = { key: null, params: {}, states: [], raw: e.message }
      return false
    } finally {
      saving.value = false
    }
  }

  watch(id, () => void load(), { immediate: true })
  return {
    canManage,
    saved,
    draft,
    loading,
    saving,
    notFound,
    problems,
    refusal,
    changed,
    addedStates,
    load,
    discard,
    save,
    putState,
    removeState,
    putTransition,
    removeTransition,
  }
}
