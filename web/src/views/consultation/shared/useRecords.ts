import { computed, ref, shallowRef } from 'vue'
import type { EntryKind } from '@/api/consultation/types'
import type { Id } from '@/api/members/types'
import type { ListResult, PageQuery } from '@/api/types'
import { usePagedList } from '@/composables/usePagedList'
import { useAuthStore } from '@/stores/auth'
import { todayIso } from '../../liaison/labels'

export interface RecordFilters<Kind extends string> {
  year: number
  kind: Kind | ''
}

/**
 * What the activities and supervision pages share: the list by year and form (or mode), the record open in
 * the drawer, the kind of entry being added, and whether the user may change them.
 */
export function useRecords<Row, Detail extends { id: Id }, Kind extends string>(options: {
  list: (query: PageQuery & RecordFilters<Kind>) => Promise<ListResult<Row>>
  get: (id: Id) => Promise<Detail>
  permission: string
}) {
  const auth = useAuthStore()
  const thisYear = Number(todayIso().slice(0, 4))
  const list = usePagedList(options.list, {
    filters: (): RecordFilters<Kind> => ({ year: thisYear, kind: '' }),
  })
  const manage = computed(() => auth.hasPermission(options.permission))
  const open = shallowRef<Detail | null>(null)
  const adding = ref<EntryKind | null>(null)
  const creating = ref(false)

  async function show(row: { id: Id }): Promise<void> {
    open.value = await options.get(row.id)
  }
  /** After an entry was added: the drawer and the list's counts again. */
  async function reopen(): Promise<void> {
    if (open.value) await show(open.value)
    await list.load()
  }
  /** A new record was saved: close the form, open it, refresh the list. */
  async function created(saved: Detail): Promise<void> {
    creating.value = false
    open.value = saved
    await list.load()
  }

  return { ...list, thisYear, manage, open, adding, creating, show, reopen, created }
}
