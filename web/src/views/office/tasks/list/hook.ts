import { computed, onMounted, ref, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { listTasks } from '@/api/office'
import type { Task } from '@/api/office/types'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import { usePagedList } from '@/composables/usePagedList'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'
import { columns, emptyFilters, phoneColumns, toTaskQuery } from '../data'

export function useTaskList() {
  const app = useAppStore()
  const auth = useAuthStore()
  const router = useRouter()
  // staff who report but do not assign start on their own tasks
  const startMine = !auth.hasPermission('office:task:assign')
  const list = usePagedList((query) => listTasks(toTaskQuery(query)), {
    filters: () => ({ ...emptyFilters(), mine: startMine }),
  })
  const bodies = shallowRef<BodySummary[]>([])
  const overdueCount = ref<number | null>(null)
  const assigning = ref(false)
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))

  async function loadSide(): Promise<void> {
    try {
      overdueCount.value = (await listTasks({ overdue: '1', page_size: 1 })).total
    } catch {
      overdueCount.value = null
    }
    try {
      bodies.value = (await listBodies(false, { notify: false })).items
    } catch {
      // no body filter
    }
  }

  function showOverdue(): void {
    Object.assign(list.filters, { ...emptyFilters(), overdue: true })
    void list.search()
  }

  function onAssigned(task: Task): void {
    void router.push({ name: 'office-task-detail', params: { id: task.id } })
  }

  onMounted(() => {
    void list.load()
    void loadSide()
  })

  return { ...list, bodies, overdueCount, assigning, tableColumns, showOverdue, onAssigned }
}
