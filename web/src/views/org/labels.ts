import type {
  BodyEventKind,
  BodyKind,
  PartyOrgKind,
  PartyRole,
  PostKind,
  Structure,
  UnitKind,
} from '@/api/org/types'
import type { Choice } from '../members/labels'
import { chineseNumber } from '../members/terms/data'

export const BODY_KINDS: Choice<BodyKind>[] = [
  { value: 'office', label: 'org.bodyKind.office' },
  { value: 'special_committee', label: 'org.bodyKind.special_committee' },
  { value: 'centre', label: 'org.bodyKind.centre' },
  { value: 'other', label: 'org.bodyKind.other' },
]

export const POST_KINDS: Choice<PostKind>[] = [
  { value: 'leader', label: 'org.postKind.leader' },
  { value: 'staff', label: 'org.postKind.staff' },
]

export const EVENT_KINDS: Choice<BodyEventKind>[] = [
  { value: 'established', label: 'org.event.established' },
  { value: 'renamed', label: 'org.event.renamed' },
  { value: 'merged', label: 'org.event.merged' },
  { value: 'abolished', label: 'org.event.abolished' },
]

export const PARTY_KINDS: Choice<PartyOrgKind>[] = [
  { value: 'leading_group', label: 'org.partyKind.leading_group' },
  { value: 'organ_group', label: 'org.partyKind.organ_group' },
  { value: 'branch', label: 'org.partyKind.branch' },
  { value: 'cell', label: 'org.partyKind.cell' },
]

/** The level below each kind of Party organisation (政协党组 → 机关党组 → 党支部 → 党小组). */
export const PARTY_CHILD_KIND: Record<PartyOrgKind, PartyOrgKind | null> = {
  leading_group: 'organ_group',
  organ_group: 'branch',
  branch: 'cell',
  cell: null,
}

export const PARTY_ROLES: Choice<PartyRole>[] = [
  { value: '书记', label: 'org.partyRole.secretary' },
  { value: '副书记', label: 'org.partyRole.deputySecretary' },
  { value: '组长', label: 'org.partyRole.leader' },
  { value: '副组长', label: 'org.partyRole.deputyLeader' },
  { value: '委员', label: 'org.partyRole.committeeMember' },
  { value: '成员', label: 'org.partyRole.member' },
]

export const UNIT_KINDS: Choice<UnitKind>[] = [
  { value: 'department', label: 'org.unitKind.department' },
  { value: 'township', label: 'org.unitKind.township' },
  { value: 'other', label: 'org.unitKind.other' },
]

/** Titles suggested for authorised posts (any text is accepted). */
export const POST_TITLES = ['主任', '副主任', '秘书长', '副秘书长', '科长', '副科长', '科员', '办事员']

/**
 * The structure in words: the server's 一室五委 in Chinese, counted out in English
 * ("1 office, 5 special committees").
 */
export function structureText(
  s: Pick<Structure, 'offices' | 'special_committees' | 'centres'> & { label?: string },
  locale: string,
  t: (key: string, values: Record<string, unknown>) => string,
): string {
  if (locale !== 'en') {
    if (s.label) return s.label
    return [
      s.offices ? `${chineseNumber(s.offices)}室` : '',
      s.special_committees ? `${chineseNumber(s.special_committees)}委` : '',
      s.centres ? `${chineseNumber(s.centres)}中心` : '',
    ].join('')
  }
  const parts: string[] = []
  if (s.offices) parts.push(t('org.structure.offices', { n: s.offices }))
  if (s.special_committees) parts.push(t('org.structure.committees', { n: s.special_committees }))
  if (s.centres) parts.push(t('org.structure.centres', { n: s.centres }))
  return parts.join(', ')
}

/** Counts the active bodies by kind (when the server's label is not at hand). */
export function structureOf(bodies: readonly { kind: BodyKind; active: boolean }[]): Structure {
  const active = bodies.filter((b) => b.active)
  return {
    offices: active.filter((b) => b.kind === 'office').length,
    special_committees: active.filter((b) => b.kind === 'special_committee').length,
    centres: active.filter((b) => b.kind === 'centre').length,
    label: '',
  }
}
