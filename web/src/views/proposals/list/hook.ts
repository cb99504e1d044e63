import { computed, onMounted, ref } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { exportProposals, listProposals } from '@/api/proposals'
import { usePagedList } from '@/composables/usePagedList'
import { useProposalSettings } from '@/composables/useProposalSettings'
import { useRouteSyncedList } from '@/composables/useRouteSyncedList'
import { useAppStore } from '@/stores/app'
import { saveBlob } from '@/utils/files'
import {
  columns,
  DRILL_KEYS,
  emptyFilters,
  filtersFromQuery,
  phoneColumns,
  queryFromFilters,
  toProposalQuery,
  type ProposalFilters,
} from './data'

export function useProposalList() {
  const { t, te } = useI18n()
  const route = useRoute()
  const app = useAppStore()
  const { settings } = useProposalSettings()
  const list = usePagedList(
    (query) => listProposals({ ...toProposalQuery(query), page: query.page, page_size: query.page_size }),
    {
      filters: emptyFilters,
    },
  )
  const filters = list.filters as ProposalFilters
  const scope = ref('')
  const exporting = ref(false)
  const moreFilters = ref(false)

  const synced = useRouteSyncedList(
    'proposals',
    list,
    (query) => {
      const state = filtersFromQuery(query)
      Object.assign(list.filters, state.filters)
      list.page.value = state.page
      list.pageSize.value = state.pageSize
      scope.value = typeof query.scope === 'string' ? query.scope.slice(0, 100) : ''
    },
    () => queryFromFilters(filters, list.page.value, list.pageSize.value, scope.value),
  )

  const hiddenFilterCount = computed(
    () =>
      Object.keys(
        toProposalQuery({ ...filters, q: '', ...Object.fromEntries(DRILL_KEYS.map((k) => [k, ''])) }),
      ).length,
  )
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))
  const categoryOptions = computed(() => settings.value?.categories ?? [])
  const thisYear = new Date().getFullYear()
  const yearOptions = Array.from({ length: 6 }, (_, i) => thisYear - i)

  /** The statistics figure the list was opened from, in words; '' when none. */
  const drill = computed(() => {
    if (!DRILL_KEYS.some((k) => filters[k] !== '')) return ''
    const parts: string[] = []
    if (filters.metric)
      parts.push(
        te(`proposals.metric.${filters.metric}`) ? t(`proposals.metric.${filters.metric}`) : filters.metric,
      )
    if (filters.session !== '') parts.push(t('proposals.list.sessionN', { n: filters.session }))
    if (filters.source) parts.push(t(`proposals.source.${filters.source}`))
    if (scope.value) parts.push(scope.value)
    return parts.join(' · ')
  })

  function clearDrill(): Promise<void> {
    for (const k of DRILL_KEYS) (filters as unknown as Record<string, unknown>)[k] = ''
    scope.value = ''
    return search()
  }

  const search = synced.withSync(list.search)
  const reset = synced.withSync(() => {
    scope.value = ''
    return list.reset()
  })

  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportProposals(toProposalQuery(filters))
      saveBlob(file.blob, file.filename)
    } catch {
      // the client has shown the message
    } finally {
      exporting.value = false
    }
  }

  onMounted(() => {
    synced.apply()
    void list.load()
  })

  return {
    ...list,
    filters,
    search,
    reset,
    setPage: synced.withSync(list.setPage),
    setPageSize: synced.withSync(list.setPageSize),
    route,
    moreFilters,
    hiddenFilterCount,
    tableColumns,
    categoryOptions,
    yearOptions,
    drill,
    clearDrill,
    exporting,
    exportXlsx,
  }
}
