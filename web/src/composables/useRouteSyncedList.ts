import { watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'

interface SyncedList {
  page: { value: number }
  pageSize: { value: number }
  load: () => Promise<void>
}

const sameQuery = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())

/**
 * Keeps a paged list and its page's URL in step: `apply` reads the state from the URL, every wrapped step
 * writes it back (replace: paging is not a step back), and a link that opens the same page with other
 * filters reloads the list.
 */
export function useRouteSyncedList(
  routeName: string,
  list: SyncedList,
  read: (query: LocationQuery) => void,
  write: () => LocationQueryRaw,
) {
  const route = useRoute()
  const router = useRouter()

  function apply(): void {
    read(route.query)
  }

  function sync(): void {
    const query = write()
    if (!sameQuery(query, route.query)) void router.replace({ query })
  }

  const withSync =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      const done = fn(...args)
      sync()
      await done
    }

  watch(
    () => route.query,
    (query) => {
      if (route.name !== routeName || sameQuery(write(), query)) return
      apply()
      void list.load()
    },
  )

  return { apply, sync, withSync }
}
