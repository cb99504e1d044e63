import { computed, onMounted, ref, shallowRef } from 'vue'
import { getProposalTodo } from '@/api/proposals'
import type { TodoItem, TodoTask } from '@/api/proposals/types'
import { TODO_TASKS } from '../labels'

export interface TodoGroup {
  task: TodoTask
  items: TodoItem[]
}

/** The to-do items by task, in the order of the workflow; empty groups left out. */
export function groupTodo(items: readonly TodoItem[]): TodoGroup[] {
  return TODO_TASKS.map((c) => ({ task: c.value, items: items.filter((i) => i.task === c.value) })).filter(
    (g) => g.items.length > 0,
  )
}

/** Past its deadline (the deadline of the step that waits). */
export function isLate(item: Pick<TodoItem, 'due_at'>, now = new Date()): boolean {
  return Boolean(item.due_at) && new Date(item.due_at as string).getTime() < now.getTime()
}

export function useProposalTodo() {
  const items = shallowRef<TodoItem[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const groups = computed(() => groupTodo(items.value))

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = (await getProposalTodo()).items
      loaded.value = true
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  onMounted(() => void load())
  return { items, groups, loading, loaded, load }
}
