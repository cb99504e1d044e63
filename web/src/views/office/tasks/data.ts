import type {
  CaseStep,
  NewTask,
  TaskQuery,
  TaskRow,
  TaskState,
  TaskStep,
  TaskTransition,
} from '@/api/office/types'
import type { Id } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'

export interface TaskFilters {
  state: TaskState | ''
  body_id: Id | ''
  overdue: boolean
  mine: boolean
}

export const emptyFilters = (): TaskFilters => ({ state: '', body_id: '', overdue: false, mine: false })

export function toTaskQuery(f: TaskFilters & { page?: number; page_size?: number }): TaskQuery {
  const out: TaskQuery = {}
  if (f.state) out.state = f.state
  if (f.body_id !== '') out.body_id = f.body_id
  if (f.overdue) out.overdue = '1'
  if (f.mine) out.mine = '1'
  if (f.page) out.page = f.page
  if (f.page_size) out.page_size = f.page_size
  return out
}

export const columns: TableColumn<TaskRow>[] = [
  { key: 'title', label: 'office.tasks.fields.title', minWidth: 220 },
  { key: 'assignee', label: 'office.tasks.fields.assignee', minWidth: 150 },
  { key: 'deadline', label: 'office.tasks.fields.deadline', width: 130 },
  { key: 'progress', label: 'office.tasks.fields.progress', width: 130 },
  { key: 'state', label: 'office.tasks.fields.state', width: 116, align: 'center' },
  { key: 'assigned_by', label: 'office.tasks.fields.assigned_by', width: 100 },
]
/** On a phone: the task (with its state and assignee under it) and the deadline. */
export const phoneColumns = columns.filter((c) => ['title', 'deadline'].includes(c.key))

/** The body and/or the person responsible, as one line. */
export function assigneeOf(task: Pick<TaskRow, 'body_name' | 'staff_name'>): string {
  return [task.body_name, task.staff_name].filter(Boolean).join(' · ')
}

// ---------------------------------------------------------------- forms

export interface TaskForm {
  title: string
  source: string
  detail: string
  deadline: string
  body_id: Id | ''
  staff_id: Id | ''
}

type T = (key: string, values?: Record<string, unknown>) => string

export function checkTaskForm(f: TaskForm, today: string, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (!f.title.trim()) e.title = t('office.tasks.check.title')
  if (!f.deadline) e.deadline = t('office.tasks.check.deadline')
  else if (f.deadline < today) e.deadline = t('office.tasks.check.deadlinePast')
  if (f.body_id === '' && f.staff_id === '') e.assignee = t('office.tasks.check.assignee')
  return e
}

export function taskBody(f: TaskForm): NewTask {
  const body: NewTask = { title: f.title.trim(), deadline: f.deadline }
  if (f.source.trim()) body.source = f.source.trim()
  if (f.detail.trim()) body.detail = f.detail.trim()
  if (f.body_id !== '') body.body_id = f.body_id
  if (f.staff_id !== '') body.staff_id = f.staff_id
  return body
}

/** Steps that must say something, as the server requires. */
export const NOTE_REQUIRED: ReadonlySet<TaskTransition> = new Set([
  'report_progress',
  'chase',
  'return',
  'cancel',
])

export interface StepForm {
  note: string
  progress: number
  deadline: string
}

export function checkStepForm(
  transition: TaskTransition,
  f: StepForm,
  currentDeadline: string,
  t: T,
): Record<string, string> {
  const e: Record<string, string> = {}
  if (NOTE_REQUIRED.has(transition) && !f.note.trim()) e.note = t('office.tasks.check.note')
  if (transition === 'extend') {
    if (!f.deadline) e.deadline = t('office.tasks.check.deadline')
    else if (f.deadline <= currentDeadline)
      e.deadline = t('office.tasks.check.laterDeadline', { date: currentDeadline })
  }
  return e
}

export function stepBody(transition: TaskTransition, f: StepForm, version: number): TaskStep {
  const body: TaskStep = { transition, version }
  if (f.note.trim()) body.note = f.note.trim()
  if (transition === 'report_progress') body.progress = f.progress
  if (transition === 'extend') body.deadline = f.deadline
  return body
}

/** The colour of a step in the timeline. */
export function stepType(
  step: Pick<CaseStep, 'transition_code'>,
): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  switch (step.transition_code) {
    case 'start':
      return 'primary'
    case 'approve':
    case 'report_done':
      return 'success'
    case 'chase':
    case 'extend':
      return 'warning'
    case 'return':
    case 'cancel':
      return 'danger'
    default:
      return 'info'
  }
}
