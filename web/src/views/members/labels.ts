/**
 * Values the server stores in Chinese (性别, 政协职务, 状态…) and their labels in the UI language. Pages
 * send and filter by the Chinese value and show `t(label)`, so the English UI shows no Chinese codes.
 */
import { useI18n } from 'vue-i18n'
import type {
  ContactChangeStatus,
  ContactField,
  CppccPost,
  Gender,
  LiaisonLevel,
  MemberStatus,
} from '@/api/members/types'

export interface Choice<V extends string> {
  value: V
  /** i18n key */
  label: string
}

export const GENDERS: Choice<Gender>[] = [
  { value: '男', label: 'members.gender.male' },
  { value: '女', label: 'members.gender.female' },
]

export const POSTS: Choice<CppccPost>[] = [
  { value: '主席', label: 'members.post.chair' },
  { value: '副主席', label: 'members.post.viceChair' },
  { value: '秘书长', label: 'members.post.secretaryGeneral' },
  { value: '常委', label: 'members.post.standing' },
  { value: '委员', label: 'members.post.member' },
]

export const STATUSES: Choice<MemberStatus>[] = [
  { value: '在任', label: 'members.status.serving' },
  { value: '辞去', label: 'members.status.resigned' },
  { value: '撤销', label: 'members.status.revoked' },
  { value: '届满', label: 'members.status.ended' },
]

/** Posts inside a special committee (专委会). */
export const BODY_POSTS: Choice<string>[] = [
  { value: '主任', label: 'members.bodyPost.director' },
  { value: '副主任', label: 'members.bodyPost.deputy' },
  { value: '委员', label: 'members.bodyPost.member' },
]

export const CONTACT_FIELDS: Choice<ContactField>[] = [
  { value: 'phone', label: 'members.fields.phone' },
  { value: 'address', label: 'members.fields.address' },
  { value: 'work_unit', label: 'members.fields.work_unit' },
  { value: 'job_title', label: 'members.fields.job_title' },
]

export const CHANGE_STATUSES: Choice<ContactChangeStatus>[] = [
  { value: 'pending', label: 'members.changeStatus.pending' },
  { value: 'approved', label: 'members.changeStatus.approved' },
  { value: 'rejected', label: 'members.changeStatus.rejected' },
]

export const LEVELS: Choice<LiaisonLevel>[] = [
  { value: 'chair_standing', label: 'liaison.level.chair_standing' },
  { value: 'standing_member', label: 'liaison.level.standing_member' },
  { value: 'member_public', label: 'liaison.level.member_public' },
]

/** Suggestions only: the field accepts any text (values are data, kept in Chinese). */
export const POLITICAL_AFFILIATIONS = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
]

export const ETHNICITIES = [
  '汉族',
  '回族',
  '满族',
  '蒙古族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '土家族',
]

type TagType = 'success' | 'info' | 'warning' | 'danger' | 'primary'

const STATUS_TAG: Record<MemberStatus, TagType> = {
  在任: 'success',
  辞去: 'info',
  撤销: 'danger',
  届满: 'warning',
}
const CHANGE_TAG: Record<ContactChangeStatus, TagType> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'info',
}

export function statusTagType(status: string): TagType {
  return STATUS_TAG[status as MemberStatus] ?? 'info'
}
export function changeTagType(status: string): TagType {
  return CHANGE_TAG[status as ContactChangeStatus] ?? 'info'
}

/** The label of a stored value; a value the list does not know is shown as it is. */
export function choiceLabel<V extends string>(
  choices: readonly Choice<V>[],
  value: string | null | undefined,
  t: (key: string) => string,
): string {
  if (!value) return ''
  const choice = choices.find((c) => c.value === value)
  return choice ? t(choice.label) : value
}

/** Label functions bound to the current language. */
export function useMemberLabels() {
  const { t } = useI18n()
  const tr = (key: string) => t(key)
  return {
    genderLabel: (v: string | null | undefined) => choiceLabel(GENDERS, v, tr),
    postLabel: (v: string | null | undefined) => choiceLabel(POSTS, v, tr),
    statusLabel: (v: string | null | undefined) => choiceLabel(STATUSES, v, tr),
    bodyPostLabel: (v: string | null | undefined) => choiceLabel(BODY_POSTS, v, tr),
    contactFieldLabel: (v: string | null | undefined) => choiceLabel(CONTACT_FIELDS, v, tr),
    changeStatusLabel: (v: string | null | undefined) => choiceLabel(CHANGE_STATUSES, v, tr),
    levelLabel: (v: string | null | undefined) => choiceLabel(LEVELS, v, tr),
    statusTagType,
    changeTagType,
  }
}
