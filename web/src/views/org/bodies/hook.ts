import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { createBody, getBody, getHistory, listBodies, recordBodyEvent, setBodyPosts } from '@/api/org'
import type { Body, BodyEvent, BodyEventInput, BodyKind, BodySummary } from '@/api/org/types'
import type { Id } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { todayIso } from '../../liaison/labels'
import { structureOf } from '../labels'
import { cleanPosts, defaultPosts, type PostRow } from './data'

export function useBodies() {
  const { t } = useI18n()
  const bodies = shallowRef<BodySummary[]>([])
  const includeClosed = ref(false)
  const loading = ref(false)
  const tab = ref<'bodies' | 'history'>('bodies')
  const selectedId = ref<Id | null>(null)
  const detail = shallowRef<Body | null>(null)
  const loadingDetail = ref(false)
  const history = shallowRef<BodyEvent[]>([])
  const loadingHistory = ref(false)

  const structure = computed(() => structureOf(bodies.value))
  const activeBodies = computed(() => bodies.value.filter((b) => b.active))

  async function load(): Promise<void> {
    loading.value = true
    try {
      bodies.value = (await listBodies(includeClosed.value)).items
      if (selectedId.value === null && bodies.value[0]) selectedId.value = bodies.value[0].id
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  let detailTicket = 0
  async function loadDetail(): Promise<void> {
    const id = selectedId.value
    const ticket = ++detailTicket
    if (id === null) {
      detail.value = null
      return
    }
    loadingDetail.value = true
    try {
      const body = await getBody(id)
      if (ticket === detailTicket) detail.value = body
    } catch {
      if (ticket === detailTicket) detail.value = null
    } finally {
      if (ticket === detailTicket) loadingDetail.value = false
    }
  }

  async function loadHistory(): Promise<void> {
    loadingHistory.value = true
    try {
      history.value = (await getHistory()).items
    } catch {
      // the client has shown the message
    } finally {
      loadingHistory.value = false
    }
  }

  watch(selectedId, () => void loadDetail())
  watch(includeClosed, () => void load())
  watch(tab, (next) => {
    if (next === 'history') void loadHistory()
  })

  async function afterChange(body: Body): Promise<void> {
    detail.value = body
    selectedId.value = body.id
    await load()
    if (tab.value === 'history') await loadHistory()
  }

  // ---- a new body ----
  const createOpen = ref(false)
  const createForm = reactive({
    name: '',
    kind: 'special_committee' as BodyKind,
    established_on: todayIso(),
    posts: defaultPosts(),
    note: '',
  })
  const createErrors = ref<Record<string, string>>({})
  const createError = ref('')
  const saving = ref(false)

  function openCreate(): void {
    Object.assign(createForm, {
      name: '',
      kind: 'special_committee',
      established_on: todayIso(),
      posts: defaultPosts(),
      note: '',
    })
    createErrors.value = {}
    createError.value = ''
    createOpen.value = true
  }

  function showErrors(error: unknown, errors: typeof createErrors, message: typeof createError): void {
    if (!isApiError(error)) throw error
    const fields = fieldErrorsOf(error)
    if (fields.length) errors.value = errorsByField(fields)
    else message.value = error.message
  }

  async function submitCreate(): Promise<void> {
    if (saving.value) return
    createErrors.value = {}
    createError.value = ''
    if (!createForm.name.trim()) {
      createErrors.value = { name: t('org.bodies.nameRequired') }
      return
    }
    saving.value = true
    try {
      const body = await createBody({
        name: createForm.name.trim(),
        kind: createForm.kind,
        established_on: createForm.established_on,
        posts: cleanPosts(createForm.posts),
        note: createForm.note.trim(),
      })
      ElMessage({ type: 'success', message: t('org.bodies.created', { name: body.name }) })
      createOpen.value = false
      await afterChange(body)
    } catch (error) {
      showErrors(error, createErrors, createError)
    } finally {
      saving.value = false
    }
  }

  // ---- rename, merge, abolish ----
  const eventOpen = ref(false)
  const eventForm = reactive<Required<Omit<BodyEventInput, 'into_body_id'>> & { into_body_id: Id | '' }>({
    event: 'renamed',
    on_date: todayIso(),
    new_name: '',
    into_body_id: '',
    note: '',
  })
  const eventErrors = ref<Record<string, string>>({})
  const eventError = ref('')

  function openEvent(kind: BodyEventInput['event']): void {
    Object.assign(eventForm, {
      event: kind,
      on_date: todayIso(),
      new_name: kind === 'renamed' ? (detail.value?.name ?? '') : '',
      into_body_id: '',
      note: '',
    })
    eventErrors.value = {}
    eventError.value = ''
    eventOpen.value = true
  }

  async function submitEvent(): Promise<void> {
    const body = detail.value
    if (!body || saving.value) return
    eventErrors.value = {}
    eventError.value = ''
    if (eventForm.event === 'renamed' && !eventForm.new_name.trim()) {
      eventErrors.value = { new_name: t('org.bodies.nameRequired') }
      return
    }
    if (eventForm.event === 'merged' && eventForm.into_body_id === '') {
      eventErrors.value = { into_body_id: t('org.bodies.intoRequired') }
      return
    }
    saving.value = true
    try {
      const input: BodyEventInput = {
        event: eventForm.event,
        on_date: eventForm.on_date,
        note: eventForm.note.trim(),
      }
      if (eventForm.event === 'renamed') input.new_name = eventForm.new_name.trim()
      if (eventForm.event === 'merged') input.into_body_id = eventForm.into_body_id as Id
      const after = await recordBodyEvent(body.id, input)
      ElMessage({ type: 'success', message: t('org.bodies.eventDone') })
      eventOpen.value = false
      await afterChange(after)
    } catch (error) {
      showErrors(error, eventErrors, eventError)
    } finally {
      saving.value = false
    }
  }

  // ---- authorised posts ----
  const postsOpen = ref(false)
  const postRows = ref<PostRow[]>([])
  const postsError = ref('')

  function openPosts(): void {
    postRows.value = (detail.value?.posts ?? []).map((p) => ({ ...p }))
    postsError.value = ''
    postsOpen.value = true
  }

  async function submitPosts(): Promise<void> {
    const body = detail.value
    if (!body || saving.value) return
    postsError.value = ''
    saving.value = true
    try {
      const after = await setBodyPosts(body.id, body.version, cleanPosts(postRows.value))
      ElMessage({ type: 'success', message: t('org.bodies.postsSaved') })
      postsOpen.value = false
      await afterChange(after)
    } catch (error) {
      if (!isApiError(error)) throw error
      postsError.value = error.code === 'stale_version' ? t('org.bodies.stale') : error.message
      if (error.code === 'stale_version') await loadDetail()
    } finally {
      saving.value = false
    }
  }

  onMounted(load)

  return {
    bodies,
    activeBodies,
    includeClosed,
    loading,
    tab,
    selectedId,
    detail,
    loadingDetail,
    history,
    loadingHistory,
    structure,
    load,
    createOpen,
    createForm,
    createErrors,
    createError,
    openCreate,
    submitCreate,
    eventOpen,
    eventForm,
    eventErrors,
    eventError,
    openEvent,
    submitEvent,
    postsOpen,
    postRows,
    postsError,
    openPosts,
    submitPosts,
    saving,
  }
}
