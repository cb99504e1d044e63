import { computed, onMounted, ref, shallowRef } from 'vue'
import { getStats, listItems } from '@/api/info'
import type { AdoptionLevel, InfoQuery, InfoRow, InfoState, InfoStats } from '@/api/info/types'
import type { Id } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'
import { usePagedList } from '@/composables/usePagedList'
import { useAppStore } from '@/stores/app'
import { mergeable } from '../data'

export interface DeskFilters {
  year: number
  state: InfoState | ''
  level: AdoptionLevel | ''
  member_id: Id | ''
}

const thisYear = Number(new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 4))

export const columns: TableColumn<InfoRow>[] = [
  { key: 'pick', label: 'info.desk.pick', width: 56, align: 'center' },
  { key: 'title', label: 'info.fields.title', minWidth: 260 },
  { key: 'first_submitter', label: 'info.fields.submitters', width: 140 },
  { key: 'submitted_on', label: 'info.fields.submitted_on', width: 120 },
  { key: 'state', label: 'info.fields.state', width: 180 },
  { key: 'score', label: 'info.fields.score', width: 80, align: 'center' },
]
export const phoneColumns = columns.filter((c) => ['pick', 'title'].includes(c.key))

/** The staff's desk: a year's figures, the filtered list, and the items picked for merging. */
export function useInfoDesk() {
  const app = useAppStore()
  const list = usePagedList(
    (query) => {
      const out: Record<string, unknown> = { page: query.page, page_size: query.page_size }
      for (const k of ['year', 'state', 'level', 'member_id'] as const)
        if (query[k] !== '' && query[k] !== null) out[k] = query[k]
      return listItems(out as InfoQuery)
    },
    { filters: (): DeskFilters => ({ year: thisYear, state: '', level: '', member_id: '' }) },
  )
  const stats = shallowRef<InfoStats | null>(null)
  const picked = ref<InfoRow[]>([])
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))
  const canMerge = computed(() => mergeable(picked.value))

  async function loadStats(): Promise<void> {
    try {
      stats.value = await getStats(list.filters.year || thisYear)
    } catch {
      stats.value = null
    }
  }
  function toggle(row: InfoRow, on: boolean): void {
    picked.value = on ? [...picked.value, row] : picked.value.filter((r) => r.id !== row.id)
  }
  const isPicked = (row: InfoRow) => picked.value.some((r) => r.id === row.id)
  async function refresh(): Promise<void> {
    picked.value = []
    await Promise.all([list.load(), loadStats()])
  }
  function search(): Promise<void> {
    void loadStats()
    return list.search()
  }
  /** The figures card drills down: the year's items adopted at a level. */
  function byLevel(level: AdoptionLevel): Promise<void> {
    Object.assign(list.filters, { state: '', level, member_id: '' })
    return list.search()
  }

  onMounted(() => void refresh())
  return {
    ...list,
    search,
    stats,
    picked,
    tableColumns,
    canMerge,
    toggle,
    isPicked,
    refresh,
    byLevel,
    thisYear,
  }
}
