import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { createEntry, deleteEntry, listEntries, updateEntry } from '@/api/org'
import type { ListPath } from '@/api/org/types'
import { isApiError } from '@/api/client'
import { clearOrgOptions } from '@/composables/useOrgOptions'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { entryBody, formValues, LISTS, type AnyEntry, type FormValues, type ListConfig } from './data'

export function useOrgLists() {
  const { t } = useI18n()
  const tab = ref<ListPath>('sectors')
  const config = computed<ListConfig>(() => LISTS.find((l) => l.path === tab.value) ?? LISTS[0]!)
  const rows = shallowRef<AnyEntry[]>([])
  const q = ref('')
  const kind = ref('')
  const loading = ref(false)
  let ticket = 0

  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    try {
      const query: { q?: string; kind?: string } = { q: q.value.trim() }
      if (tab.value === 'units' && kind.value) query.kind = kind.value
      const result = await listEntries(tab.value, query)
      if (mine === ticket) rows.value = result.items
    } catch {
      if (mine === ticket) rows.value = []
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  watch(tab, () => {
    q.value = ''
    kind.value = ''
    void load()
  })

  const dialogOpen = ref(false)
  const editing = shallowRef<AnyEntry | null>(null)
  const values = reactive<FormValues>({})
  const errors = ref<Record<string, string>>({})
  const formError = ref('')
  const saving = ref(false)

  function open(entry: AnyEntry | null): void {
    editing.value = entry
    for (const key of Object.keys(values)) delete values[key]
    Object.assign(values, formValues(config.value, entry))
    errors.value = {}
    formError.value = ''
    dialogOpen.value = true
  }

  async function submit(): Promise<void> {
    if (saving.value) return
    errors.value = {}
    formError.value = ''
    const missing = config.value.fields.filter((f) => f.required && !String(values[f.key] ?? '').trim())
    if (missing.length) {
      errors.value = Object.fromEntries(
        missing.map((f) => [f.key, t('org.lists.required', { field: t(f.label) })]),
      )
      return
    }
    saving.value = true
    try {
      const entry = editing.value
      const body = entryBody(config.value, values, entry)
      if (entry) await updateEntry(tab.value, entry.id, body as Record<string, unknown> & { version: number })
      else await createEntry(tab.value, body)
      ElMessage({ type: 'success', message: t('org.lists.saved') })
      dialogOpen.value = false
      clearOrgOptions() // the member form offers the new name
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.code === 'stale_version') {
        formError.value = t('org.lists.stale')
        await load()
        return
      }
      const fields = fieldErrorsOf(error)
      if (fields.length) errors.value = errorsByField(fields)
      else formError.value = error.message
    } finally {
      saving.value = false
    }
  }

  async function remove(entry: AnyEntry): Promise<void> {
    try {
      await ElMessageBox.confirm(t('org.lists.deleteConfirm', { name: entry.name }), t('org.lists.delete'), {
        type: 'warning',
        confirmButtonText: t('org.lists.delete'),
        cancelButtonText: t('common.actions.cancel'),
      })
    } catch {
      return
    }
    try {
      await deleteEntry(tab.value, entry.id)
      ElMessage({ type: 'success', message: t('org.lists.deleted') })
      clearOrgOptions()
      await load()
    } catch {
      // the client has shown the message (e.g. still in use)
    }
  }

  onMounted(load)

  return {
    tab,
    config,
    rows,
    q,
    kind,
    loading,
    load,
    dialogOpen,
    editing,
    values,
    errors,
    formError,
    saving,
    open,
    submit,
    remove,
  }
}
