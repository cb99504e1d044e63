import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { addCareerEvent, getStaff } from '@/api/staff'
import type { CareerEvent, CareerEventKind, NewCareerEvent, StaffPerson } from '@/api/staff/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { todayIso } from '../../liaison/labels'
import { HAS_END, NEEDS_DETAIL } from '../labels'

/** Newest first. */
export function careerTimeline(events: readonly CareerEvent[]): CareerEvent[] {
  return [...events].sort((a, b) => b.on_date.localeCompare(a.on_date) || b.id - a.id)
}

export interface EventForm {
  kind: CareerEventKind
  on_date: string
  end_date: string
  detail: string
  to_rank: string
}

/** What the form checks before sending; keys are the form's fields. */
export function checkEvent(form: EventForm, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.on_date) errors.on_date = t('staff.eventForm.dateRequired')
  if (form.kind === 'promotion' && !form.to_rank.trim()) errors.to_rank = t('staff.eventForm.rankRequired')
  if (NEEDS_DETAIL.has(form.kind) && !form.detail.trim()) errors.detail = t('staff.eventForm.detailRequired')
  if (HAS_END.has(form.kind) && form.end_date && form.on_date && form.end_date < form.on_date)
    errors.end_date = t('staff.eventForm.endBeforeStart')
  return errors
}

/** The request: only the fields the kind uses. */
export function eventBody(form: EventForm): NewCareerEvent {
  const body: NewCareerEvent = { kind: form.kind, on_date: form.on_date }
  if (form.kind === 'promotion') body.to_rank = form.to_rank.trim()
  if (form.detail.trim()) body.detail = form.detail.trim()
  if (HAS_END.has(form.kind) && form.end_date) body.end_date = form.end_date
  return body
}

export function useStaffDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const person = shallowRef<StaffPerson | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const id = computed(() => Number(route.params.id))
  const timeline = computed(() => careerTimeline(person.value?.events ?? []))

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      person.value = await getStaff(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        person.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        // the page says "not found" itself; other problems are shown as usual
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  const eventOpen = ref(false)
  const form = reactive<EventForm>({
    kind: 'promotion',
    on_date: todayIso(),
    end_date: '',
    detail: '',
    to_rank: '',
  })
  const errors = ref<Record<string, string>>({})
  const formError = ref('')
  const saving = ref(false)

  function openEvent(kind: CareerEventKind = 'promotion'): void {
    Object.assign(form, { kind, on_date: todayIso(), end_date: '', detail: '', to_rank: '' })
    errors.value = {}
    formError.value = ''
    eventOpen.value = true
  }

  async function submitEvent(): Promise<void> {
    const p = person.value
    if (!p || saving.value) return
    formError.value = ''
    errors.value = checkEvent(form, (k) => t(k))
    if (Object.keys(errors.value).length) return
    saving.value = true
    try {
      person.value = await addCareerEvent(p.id, eventBody(form))
      ElMessage({ type: 'success', message: t('staff.eventForm.saved') })
      eventOpen.value = false
      // the answer may be the person without the lists: read them again
      if (!Array.isArray(person.value?.events)) await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      if (fields.length) errors.value = errorsByField(fields)
      else formError.value = error.message
    } finally {
      saving.value = false
    }
  }

  watch(id, () => void load(), { immediate: true })

  return {
    person,
    loading,
    notFound,
    timeline,
    eventOpen,
    form,
    errors,
    formError,
    saving,
    openEvent,
    submitEvent,
  }
}
