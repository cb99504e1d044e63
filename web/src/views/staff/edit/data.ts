import type { Id } from '@/api/members/types'
import type { StaffInput, StaffRecord, StaffStatus } from '@/api/staff/types'

export interface StaffForm {
  name: string
  gender: '男' | '女' | ''
  birth_date: string
  id_card: string
  phone: string
  rank: string
  post: string
  body_id: Id | ''
  status: StaffStatus
  joined_on: string
  left_on: string
}

export const emptyStaffForm = (): StaffForm => ({
  name: '',
  gender: '',
  birth_date: '',
  id_card: '',
  phone: '',
  rank: '',
  post: '',
  body_id: '',
  status: '在职',
  joined_on: '',
  left_on: '',
})

export function staffFormFrom(r: StaffRecord): StaffForm {
  return {
    name: r.name,
    gender: r.gender,
    birth_date: r.birth_date ?? '',
    id_card: r.id_card ?? '',
    phone: r.phone ?? '',
    rank: r.rank ?? '',
    post: r.post ?? '',
    body_id: r.body_id ?? '',
    status: r.status,
    joined_on: r.joined_on ?? '',
    left_on: r.left_on ?? '',
  }
}

export function staffInput(f: StaffForm): StaffInput {
  return {
    name: f.name.trim(),
    gender: f.gender,
    birth_date: f.birth_date,
    id_card: f.id_card.trim().toUpperCase(),
    phone: f.phone.trim(),
    rank: f.rank.trim(),
    post: f.post.trim(),
    body_id: f.body_id === '' ? null : f.body_id,
    status: f.status,
    joined_on: f.joined_on,
    left_on: f.left_on,
  }
}

export const STAFF_FIELD_ALIASES: Record<string, string> = { body: 'body_id' }
