import { computed, onMounted, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { exportMembers, listMembers, listTerms } from '@/api/members'
import type { ImportResult, MemberFilters, Term } from '@/api/members/types'
import { usePagedList } from '@/composables/usePagedList'
import { useOrgOptions } from '@/composables/useOrgOptions'
import { useAppStore } from '@/stores/app'
import { saveBlob } from '@/utils/files'
import { columns, emptyFilters, filtersFromQuery, queryFromFilters, toMemberQuery } from './data'

export function useMemberList() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const list = usePagedList((query) => listMembers(toMemberQuery(query)), { filters: emptyFilters })
  const { options: org, reload: reloadOptions } = useOrgOptions()
  const terms = shallowRef<Term[]>([])
  const exporting = ref(false)
  const importOpen = ref(false)
  const app = useAppStore()
  /** On a phone only the search box shows until the user asks for the other filters */
  const moreFilters = ref(false)
  const hiddenFilterCount = computed(
    () => Object.keys(toMemberQuery({ ...(list.filters as MemberFilters), q: '' })).length,
  )
  /** On a phone the name is the link to the person; the actions column would only crowd the table */
  const tableColumns = computed(() => (app.isMobile ? columns.filter((c) => c.key !== 'actions') : columns))

  /** Takes the list's state from the URL. */
  function applyRoute(): void {
    const state = filtersFromQuery(route.query)
    Object.assign(list.filters, state.filters)
    list.page.value = state.page
    list.pageSize.value = state.pageSize
  }

  const currentQuery = () =>
    queryFromFilters(list.filters as MemberFilters, list.page.value, list.pageSize.value)
  const sameQuery = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

  /** Writes the list's state into the URL (replace: paging is not a step back). */
  function syncRoute(): void {
    const query = currentQuery()
    if (!sameQuery(query, route.query)) void router.replace({ query })
  }

  const withSync =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      const done = fn(...args)
      syncRoute()
      await done
    }

  // the sidebar or a link opened the list with other filters while it was on screen
  watch(
    () => route.query,
    (query) => {
      if (route.name !== 'org-members' || sameQuery(currentQuery(), query)) return
      applyRoute()
      void list.load()
    },
  )

  const termOptions = computed(() =>
    terms.value.map((term) => ({
      value: term.id,
      label: term.is_current ? t('members.list.currentTerm', { name: term.name }) : term.name,
    })),
  )

  async function loadTerms(): Promise<void> {
    try {
      terms.value = (await listTerms()).items
    } catch {
      // the client has shown the message; the term filter stays empty
    }
  }

  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportMembers(toMemberQuery(list.filters as MemberFilters))
      saveBlob(file.blob, file.filename)
    } catch {
      // the client has shown the message
    } finally {
      exporting.value = false
    }
  }

  async function onImported(result: ImportResult): Promise<void> {
    ElMessage({ type: 'success', message: t('members.import.done', { n: result.total }) })
    await Promise.all([list.search(), reloadOptions()])
    syncRoute()
  }

  onMounted(() => {
    applyRoute()
    void list.load()
    void loadTerms()
  })

  return {
    ...list,
    search: withSync(list.search),
    reset: withSync(list.reset),
    setPage: withSync(list.setPage),
    setPageSize: withSync(list.setPageSize),
    org,
    termOptions,
    moreFilters,
    hiddenFilterCount,
    tableColumns,
    exporting,
    exportXlsx,
    importOpen,
    onImported,
  }
}
