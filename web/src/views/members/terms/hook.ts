import { computed, onMounted, reactive, ref, shallowRef, useTemplateRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, type FormInstance, type FormRules } from 'element-plus'
import { listMembers, listTerms, rollOverTerm } from '@/api/members'
import type { Id, MemberListItem, Term } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { nextTermForm, rollOverBody, type RollOverForm } from './data'

function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Who may continue: the serving members of the current term, matched by name or pinyin. */
export function matchesMember(
  m: Pick<MemberListItem, 'name' | 'name_initials' | 'name_pinyin'>,
  text: string,
): boolean {
  const q = text.trim().toLowerCase().replace(/\s+/g, '')
  if (!q) return true
  return (
    m.name.includes(q) || m.name_initials.startsWith(q) || m.name_pinyin.replace(/\s+/g, '').startsWith(q)
  )
}

export function useTerms() {
  const { t } = useI18n()
  const terms = shallowRef<Term[]>([])
  const loading = ref(false)

  const wizardOpen = ref(false)
  const step = ref(0)
  const formRef = useTemplateRef<FormInstance>('termForm')
  const form = reactive<RollOverForm>({ number: 1, name: '', start_date: '' })
  const candidates = shallowRef<MemberListItem[]>([])
  const loadingCandidates = ref(false)
  const selected = ref<Set<Id>>(new Set())
  const filterText = ref('')
  const submitting = ref(false)
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')

  const current = computed(() => terms.value.find((term) => term.is_current) ?? null)
  const shownCandidates = computed(() => candidates.value.filter((m) => matchesMember(m, filterText.value)))
  const continuingCount = computed(() => selected.value.size)
  const endingCount = computed(() => candidates.value.length - selected.value.size)

  const rules = computed<FormRules<RollOverForm>>(() => ({
    number: [{ required: true, message: t('members.terms.numberRequired'), trigger: 'blur' }],
    name: [{ required: true, whitespace: true, message: t('members.terms.nameRequired'), trigger: 'blur' }],
    start_date: [{ required: true, message: t('members.terms.startRequired'), trigger: 'change' }],
  }))

  async function load(): Promise<void> {
    loading.value = true
    try {
      terms.value = (await listTerms()).items
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  async function loadCandidates(): Promise<void> {
    loadingCandidates.value = true
    try {
      const rows: MemberListItem[] = []
      for (let page = 1; page <= 20; page++) {
        const result = await listMembers({ status: '在任', page, page_size: 200 })
        rows.push(...result.items)
        if (rows.length >= result.total || result.items.length === 0) break
      }
      candidates.value = rows
      // by default everyone serving continues; staff untick those who leave
      selected.value = new Set(rows.map((m) => m.id))
    } catch {
      candidates.value = []
      selected.value = new Set()
    } finally {
      loadingCandidates.value = false
    }
  }

  function openWizard(): void {
    Object.assign(form, nextTermForm(terms.value, today()))
    step.value = 0
    filterText.value = ''
    serverErrors.value = {}
    formError.value = ''
    wizardOpen.value = true
    void loadCandidates()
  }

  function toggle(id: Id, on: boolean): void {
    const next = new Set(selected.value)
    if (on) next.add(id)
    else next.delete(id)
    selected.value = next
  }
  /** Ticks or unticks everyone shown (the filter narrows it). */
  function setShown(on: boolean): void {
    const next = new Set(selected.value)
    for (const m of shownCandidates.value) {
      if (on) next.add(m.id)
      else next.delete(m.id)
    }
    selected.value = next
  }

  async function next(): Promise<void> {
    if (step.value === 0) {
      const valid = await formRef.value?.validate().catch(() => false)
      if (!valid) return
    }
    step.value = Math.min(step.value + 1, 2)
  }
  function back(): void {
    step.value = Math.max(step.value - 1, 0)
  }

  async function submit(): Promise<void> {
    if (submitting.value) return
    submitting.value = true
    serverErrors.value = {}
    formError.value = ''
    try {
      const result = await rollOverTerm(rollOverBody(form, selected.value))
      ElMessage({
        type: 'success',
        message: t('members.terms.done', {
          name: result.name,
          carried: result.carried_over,
          ended: result.ended,
        }),
      })
      wizardOpen.value = false
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      if (fields.length) {
        serverErrors.value = errorsByField(fields)
        step.value = 0 // the problems are in the first step's fields
      } else {
        formError.value = error.message
      }
    } finally {
      submitting.value = false
    }
  }

  onMounted(load)

  return {
    terms,
    loading,
    current,
    load,
    wizardOpen,
    step,
    form,
    rules,
    candidates,
    loadingCandidates,
    shownCandidates,
    selected,
    filterText,
    continuingCount,
    endingCount,
    submitting,
    serverErrors,
    formError,
    openWizard,
    toggle,
    setShown,
    next,
    back,
    submit,
  }
}
