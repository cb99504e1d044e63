import { computed, reactive, ref, shallowRef } from 'vue'
import type { ListResult, PageQuery } from '@/api/types'
import type { Pagination } from '@/components/data-table/types'

export interface PagedListOptions<Filters extends object> {
  /** Fresh, empty filters (used at start and by reset) */
  filters: () => Filters
  pageSize?: number
}

/**
 * State of a filtered, paged list: filters, page, page size, rows, total and loading. An answer that
 * arrives after a newer request was sent is dropped, so fast clicking never shows a stale page.
 */
export function usePagedList<Row, Filters extends object>(
  fetchPage: (query: PageQuery & Filters) => Promise<ListResult<Row>>,
  options: PagedListOptions<Filters>,
) {
  const filters = reactive(options.filters()) as Filters
  const rows = shallowRef<Row[]>([])
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(options.pageSize ?? 20)
  const loading = ref(false)
  let latest = 0

  const pagination = computed<Pagination>(() => ({
    page: page.value,
    pageSize: pageSize.value,
    total: total.value,
  }))

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const query = { ...(filters as object), page: page.value, page_size: pageSize.value } as PageQuery &
        Filters
      const result = await fetchPage(query)
      if (ticket !== latest) return
      rows.value = result.items
      total.value = result.total
    } catch {
      // the request client has shown the message; keep what was on screen
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, options.filters())
    return search()
  }

  function setPage(next: number): Promise<void> {
    page.value = next
    return load()
  }

  function setPageSize(next: number): Promise<void> {
    pageSize.value = next
    page.value = 1
    return load()
  }

  return {
    filters,
    rows,
    total,
    page,
    pageSize,
    loading,
    pagination,
    load,
    search,
    reset,
    setPage,
    setPageSize,
  }
}
