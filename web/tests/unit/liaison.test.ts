import { describe, expect, it } from 'vitest'
import type { LiaisonLink } from '@/api/liaison/types'
import { buildLiaisonTree, filterLinks, quarterStart, walk } from '@/views/liaison/tree/data'
import { uncontactedCounts } from '@/views/liaison/tree/hook'
import { groupMyLinks } from '@/views/liaison/mine/hook'
import { quarterOf, recentQuarters, todayIso } from '@/views/liaison/labels'

let nextId = 1
function link(
  over: Partial<LiaisonLink> & Pick<LiaisonLink, 'level' | 'from_member_id' | 'from_name'>,
): LiaisonLink {
  return {
    id: nextId++,
    from_post: null,
    to_member_id: null,
    to_name: null,
    to_contact_id: null,
    contact_name: null,
    contact_phone: null,
    last_contact: null,
    contacts: 0,
    ...over,
  }
}

// 黄娜 (chair) → 胡俊峰, 余春梅 (standing); 余春梅 → 吕建国 (member) → 孙卫东 (public); 余春梅 → 汪涛 (public)
const chair1 = link({
  level: 'chair_standing',
  from_member_id: 1,
  from_name: '黄娜',
  from_post: '主席',
  to_member_id: 2,
  to_name: '胡俊峰',
})
const chair2 = link({
  level: 'chair_standing',
  from_member_id: 1,
  from_name: '黄娜',
  from_post: '主席',
  to_member_id: 3,
  to_name: '余春梅',
  last_contact: '2026-10-09',
  contacts: 2,
})
const standing = link({
  level: 'standing_member',
  from_member_id: 3,
  from_name: '余春梅',
  from_post: '常委',
  to_member_id: 4,
  to_name: '吕建国',
  last_contact: '2026-08-27',
  contacts: 1,
})
const memberPublic = link({
  level: 'member_public',
  from_member_id: 4,
  from_name: '吕建国',
  from_post: '委员',
  to_contact_id: 10,
  contact_name: '孙卫东',
  contact_phone: '13517631055',
})
const standingPublic = link({
  level: 'member_public',
  from_member_id: 3,
  from_name: '余春梅',
  from_post: '常委',
  to_contact_id: 11,
  contact_name: '汪涛',
})

describe('liaison tree builder', () => {
  it('nests chair → standing members → members → public contacts', () => {
    const roots = buildLiaisonTree([chair1, chair2, standing, memberPublic, standingPublic])
    expect(roots).toHaveLength(1)
    const chair = roots[0]!
    expect(chair).toMatchObject({ kind: 'chair', name: '黄娜', memberId: 1, post: '主席', link: null })
    expect(chair.children.map((n) => [n.kind, n.name])).toEqual([
      ['standing', '胡俊峰'],
      ['standing', '余春梅'],
    ])
    const yu = chair.children[1]!
    expect(yu.link).toBe(chair2)
    expect(yu.children.map((n) => [n.kind, n.name])).toEqual([
      ['member', '吕建国'],
      ['public', '汪涛'],
    ])
    const lv = yu.children[0]!
    expect(lv.link).toBe(standing)
    expect(lv.children).toHaveLength(1)
    expect(lv.children[0]).toMatchObject({
      kind: 'public',
      name: '孙卫东',
      memberId: null,
      link: memberPublic,
    })
  })

  it('leaves no link out: links without a place above become roots of their own', () => {
    const orphanStanding = link({
      level: 'standing_member',
      from_member_id: 20,
      from_name: '石磊',
      from_post: '常委',
      to_member_id: 21,
      to_name: '田玲',
    })
    const orphanPublic = link({
      level: 'member_public',
      from_member_id: 30,
      from_name: '折静',
      from_post: '委员',
      contact_name: '王大爷',
    })
    const links = [chair1, orphanStanding, orphanPublic]
    const roots = buildLiaisonTree(links)
    expect(roots.map((n) => [n.kind, n.name, n.link])).toEqual([
      ['chair', '黄娜', null],
      ['standing', '石磊', null],
      ['member', '折静', null],
    ])
    const linked = walk(roots).flatMap((n) => (n.link ? [n.link.id] : []))
    expect(linked.sort()).toEqual(links.map((l) => l.id).sort())
  })

  it('gives every node a key unique in the tree, even when a member appears twice', () => {
    const twice = link({
      level: 'standing_member',
      from_member_id: 2,
      from_name: '胡俊峰',
      to_member_id: 4,
      to_name: '吕建国',
    })
    const roots = buildLiaisonTree([chair1, chair2, standing, twice, memberPublic])
    const nodes = walk(roots)
    const keys = nodes.map((n) => n.key)
    expect(new Set(keys).size).toBe(keys.length)
    // 吕建国 under both standing members, with their public contact each time
    expect(nodes.filter((n) => n.name === '吕建国')).toHaveLength(2)
    expect(nodes.filter((n) => n.name === '孙卫东')).toHaveLength(2)
  })

  it('is empty for no links', () => {
    expect(buildLiaisonTree([])).toEqual([])
  })

  it('counts links under each node not contacted since the quarter began', () => {
    const roots = buildLiaisonTree([chair1, chair2, standing, memberPublic, standingPublic])
    const counts = uncontactedCounts(roots, quarterStart('2026Q4'))
    const byName = (name: string) => counts.get(walk(roots).find((n) => n.name === name)!.key)
    // chair2 was contacted on 2026-10-09; the other four links were not this quarter
    expect(byName('黄娜')).toBe(4)
    expect(byName('余春梅')).toBe(3)
    expect(byName('吕建国')).toBe(2)
    expect(byName('孙卫东')).toBe(1)
  })
})

describe('quarters', () => {
  it('names the quarter of a date and its first day', () => {
    expect(quarterOf('2026-11-22')).toBe('2026Q4')
    expect(quarterOf('2026-01-01')).toBe('2026Q1')
    expect(quarterOf('2026-06-30')).toBe('2026Q2')
    expect(quarterStart('2026Q3')).toBe('2026-07-01')
    expect(quarterStart('bad')).toBe('')
  })

  it('lists recent quarters across the year boundary', () => {
    expect(recentQuarters('2026Q2', 4)).toEqual(['2026Q2', '2026Q1', '2025Q4', '2025Q3'])
  })

  it('today in the browser’s time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('my liaison groups', () => {
  it('groups by level, not-yet-contacted first', () => {
    const contacted = link({ ...standing, id: 90, to_name: '张建国', last_contact: '2026-10-02' })
    const groups = groupMyLinks([contacted, standing, standingPublic], '2026-10-01')
    expect(groups.map((g) => g.level)).toEqual(['standing_member', 'member_public'])
    expect(groups[0]!.links.map((l) => l.to_name)).toEqual(['吕建国', '张建国'])
  })
})

describe('uncontacted list filter', () => {
  it('narrows by level and by a name at either end', () => {
    const links = [chair1, standing, memberPublic, standingPublic]
    expect(filterLinks(links, { level: '', name: '' })).toHaveLength(4)
    expect(filterLinks(links, { level: 'member_public', name: '' })).toEqual([memberPublic, standingPublic])
    expect(filterLinks(links, { level: '', name: '吕建国' })).toEqual([standing, memberPublic])
    expect(filterLinks(links, { level: 'member_public', name: '汪' })).toEqual([standingPublic])
  })
})
