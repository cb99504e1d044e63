import type { CareerEventKind, StaffStatus } from '@/api/staff/types'
import type { Choice } from '../members/labels'

export const STAFF_STATUSES: Choice<StaffStatus>[] = [
  { value: '在职', label: 'staff.status.active' },
  { value: '退休', label: 'staff.status.retired' },
  { value: '调离', label: 'staff.status.left' },
]

export const EVENT_KINDS: Choice<CareerEventKind>[] = [
  { value: 'promotion', label: 'staff.event.promotion' },
  { value: 'transfer_in', label: 'staff.event.transfer_in' },
  { value: 'transfer_out', label: 'staff.event.transfer_out' },
  { value: 'recommended', label: 'staff.event.recommended' },
  { value: 'secondment', label: 'staff.event.secondment' },
  { value: 'training', label: 'staff.event.training' },
]

/** Suggestions (any text is accepted): ranks and posts as the office names them. */
export const RANKS = [
  '正处',
  '副处',
  '正科',
  '副科',
  '一级主任科员',
  '二级主任科员',
  '三级主任科员',
  '四级主任科员',
  '一级科员',
  '二级科员',
  '试用期',
]
export const STAFF_POSTS = ['主任', '副主任', '秘书长', '副秘书长', '科长', '副科长', '科员', '办事员']

/** Event kinds that need a detail (where to, what for) and that take an end date. */
export const NEEDS_DETAIL: ReadonlySet<CareerEventKind> = new Set(['recommended', 'secondment', 'training'])
export const HAS_END: ReadonlySet<CareerEventKind> = new Set(['secondment', 'training'])

export function staffStatusTag(status: string): 'success' | 'info' | 'warning' {
  return status === '在职' ? 'success' : status === '退休' ? 'info' : 'warning'
}
