import type { CppccPost, Gender, Id, MemberInput, MemberRecord, MemberStatus } from '@/api/members/types'

/** The form's model: pickers hold '' when nothing is chosen. */
export interface MemberForm {
  name: string
  gender: Gender | ''
  ethnicity: string
  birth_date: string
  id_card: string
  political_affiliation: string
  sector_id: Id | ''
  is_standing: boolean
  cppcc_post: CppccPost
  work_unit: string
  job_title: string
  phone: string
  address: string
  township_group_id: Id | ''
  studio_id: Id | ''
  status: MemberStatus
  status_date: string
  bodies: { body_id: Id | ''; post: string }[]
}

export const emptyForm = (): MemberForm => ({
  name: '',
  gender: '',
  ethnicity: '汉族',
  birth_date: '',
  id_card: '',
  political_affiliation: '',
  sector_id: '',
  is_standing: false,
  cppcc_post: '委员',
  work_unit: '',
  job_title: '',
  phone: '',
  address: '',
  township_group_id: '',
  studio_id: '',
  status: '在任',
  status_date: '',
  bodies: [],
})

export function formFromMember(m: MemberRecord): MemberForm {
  return {
    name: m.name,
    gender: m.gender,
    ethnicity: m.ethnicity || '汉族',
    birth_date: m.birth_date ?? '',
    id_card: m.id_card ?? '',
    political_affiliation: m.political_affiliation ?? '',
    sector_id: m.sector_id ?? '',
    is_standing: m.is_standing,
    cppcc_post: m.cppcc_post,
    work_unit: m.work_unit ?? '',
    job_title: m.job_title ?? '',
    phone: m.phone ?? '',
    address: m.address ?? '',
    township_group_id: m.township_group_id ?? '',
    studio_id: m.studio_id ?? '',
    status: m.status,
    status_date: m.status_date ?? '',
    bodies: m.bodies.map((b) => ({ body_id: b.body_id, post: b.post })),
  }
}

const idOrNull = (v: Id | ''): Id | null => (v === '' ? null : v)

/** The request body: text trimmed, empty pickers as null, special-committee rows without a body dropped. */
export function toInput(form: MemberForm): MemberInput {
  return {
    name: form.name.trim(),
    gender: form.gender,
    ethnicity: form.ethnicity.trim(),
    birth_date: form.birth_date,
    id_card: form.id_card.trim().toUpperCase(),
    political_affiliation: form.political_affiliation.trim(),
    sector_id: idOrNull(form.sector_id),
    is_standing: form.is_standing,
    cppcc_post: form.cppcc_post,
    work_unit: form.work_unit.trim(),
    job_title: form.job_title.trim(),
    phone: form.phone.trim(),
    address: form.address.trim(),
    township_group_id: idOrNull(form.township_group_id),
    studio_id: idOrNull(form.studio_id),
    status: form.status,
    status_date: form.status_date,
    bodies: form.bodies
      .filter((b): b is { body_id: Id; post: string } => b.body_id !== '')
      .map((b) => ({ body_id: b.body_id, post: b.post.trim() || '委员' })),
  }
}

/** Server field names → the form's. */
export const FIELD_ALIASES: Record<string, string> = {
  sector: 'sector_id',
  township_group: 'township_group_id',
  studio: 'studio_id',
}
