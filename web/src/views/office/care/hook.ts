import { onMounted, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import {
  deleteCareEvent,
  getCareTodo,
  getLetter,
  lettersPrintUrl,
  listLetters,
  listTemplates,
  writeLetter,
  writeMonthLetters,
} from '@/api/office'
import type { CareTodo, CareTodoItem, Letter, LetterRow, LetterTemplate } from '@/api/office/types'
import type { Id } from '@/api/members/types'
import { todayIso } from '../../liaison/labels'
import { monthOf, openPrint } from '../labels'
import { letterIdsOf, letterRequestOf } from './data'

/** The care page: the month's to-do list, the letters written, the templates. */
export function useCarePage() {
  const { t } = useI18n()
  const month = ref(monthOf(todayIso()))
  const todo = shallowRef<CareTodo | null>(null)
  const todoLoading = ref(false)
  const chosen = shallowRef<CareTodoItem[]>([])
  const writing = ref(false)

  async function loadTodo(): Promise<void> {
    todoLoading.value = true
    try {
      todo.value = await getCareTodo(month.value)
    } catch {
      todo.value = null
    } finally {
      todoLoading.value = false
    }
  }

  async function write(item: CareTodoItem): Promise<void> {
    writing.value = true
    try {
      const letter = await writeLetter(letterRequestOf(item))
      ElMessage({ type: 'success', message: t('office.care.written', { name: letter.staff_name }) })
      await Promise.all([loadTodo(), loadLetters()])
    } catch {
      // the client has shown the message
    } finally {
      writing.value = false
    }
  }

  /** Writes every letter the month still waits for, then opens them for printing. */
  async function writeAll(): Promise<void> {
    writing.value = true
    try {
      const result = await writeMonthLetters(month.value)
      ElMessage({ type: 'success', message: t('office.care.writtenMany', { n: result.total }) })
      await Promise.all([loadTodo(), loadLetters()])
      if (result.total) openPrint(lettersPrintUrl(result.written.map((l) => l.id)))
    } catch {
      // the client has shown the message
    } finally {
      writing.value = false
    }
  }

  async function withdraw(item: CareTodoItem): Promise<void> {
    if (item.event_id === null) return
    try {
      await ElMessageBox.confirm(
        t('office.care.withdrawConfirm', { name: item.name }),
        t('office.care.withdraw'),
        {
          type: 'warning',
        },
      )
    } catch {
      return
    }
    try {
      await deleteCareEvent(item.event_id)
      await loadTodo()
    } catch {
      // the client has shown the message
    }
  }

  const printLetters = (ids: readonly Id[]) => ids.length && openPrint(lettersPrintUrl(ids))
  const printChosen = () => printLetters(letterIdsOf(chosen.value))

  // ---- the log of letters
  const year = ref(new Date().getFullYear())
  const letters = shallowRef<LetterRow[]>([])
  const lettersLoading = ref(false)
  const letter = shallowRef<Letter | null>(null)
  const letterOpen = ref(false)
  async function loadLetters(): Promise<void> {
    lettersLoading.value = true
    try {
      letters.value = (await listLetters({ year: year.value })).items
    } catch {
      letters.value = []
    } finally {
      lettersLoading.value = false
    }
  }
  async function showLetter(id: Id): Promise<void> {
    try {
      letter.value = await getLetter(id)
      letterOpen.value = true
    } catch {
      // the client has shown the message
    }
  }

  // ---- templates
  const templates = shallowRef<LetterTemplate[]>([])
  async function loadTemplates(): Promise<void> {
    try {
      templates.value = (await listTemplates()).items
    } catch {
      templates.value = []
    }
  }

  watch(month, () => void loadTodo())
  watch(year, () => void loadLetters())
  onMounted(() => {
    void loadTodo()
    void loadLetters()
    void loadTemplates()
  })

  return {
    month,
    todo,
    todoLoading,
    chosen,
    writing,
    loadTodo,
    write,
    writeAll,
    withdraw,
    printLetters,
    printChosen,
    year,
    letters,
    lettersLoading,
    letter,
    letterOpen,
    showLetter,
    templates,
    loadTemplates,
  }
}
