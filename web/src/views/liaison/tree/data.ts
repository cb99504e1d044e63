import type { LiaisonLink } from '@/api/liaison/types'
import type { CppccPost, Id } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'

export type NodeKind = 'chair' | 'standing' | 'member' | 'public'

/** A node of the liaison tree: a person, reached through the link from the node above (none for a root). */
export interface LiaisonNode {
  /** unique in the tree: the path of link ids from the root */
  key: string
  kind: NodeKind
  name: string
  memberId: Id | null
  /** the CPPCC post when the links tell it (a chair's) */
  post: CppccPost | null
  link: LiaisonLink | null
  children: LiaisonNode[]
}

function groupBy(links: readonly LiaisonLink[], level: LiaisonLink['level']): Map<Id, LiaisonLink[]> {
  const out = new Map<Id, LiaisonLink[]>()
  for (const link of links) {
    if (link.level !== level) continue
    const list = out.get(link.from_member_id)
    if (list) list.push(link)
    else out.set(link.from_member_id, [link])
  }
  return out
}

/**
 * The liaison tree from the flat list of links: each chair (the from-end of 主席→常委 links) with the
 * standing members they keep in touch with, each standing member with their members, each member with
 * their public contacts. Links whose from-end has no place above (a standing member no chair links to,
 * a member no standing member links to) start roots of their own, so no link is left out. Order follows
 * the server's (pinyin of the from-end).
 */
export function buildLiaisonTree(links: readonly LiaisonLink[]): LiaisonNode[] {
  const chairLinks = groupBy(links, 'chair_standing')
  const standingLinks = groupBy(links, 'standing_member')
  const publicLinks = groupBy(links, 'member_public')
  /** members whose own links are shown somewhere already */
  const placed = new Set<Id>()

  const publicNodes = (from: Id, parent: string): LiaisonNode[] =>
    (publicLinks.get(from) ?? []).map((link) => ({
      key: `${parent}/${link.id}`,
      kind: 'public',
      name: link.contact_name ?? '',
      memberId: null,
      post: null,
      link,
      children: [],
    }))

  const memberNode = (link: LiaisonLink, parent: string): LiaisonNode => {
    const key = `${parent}/${link.id}`
    const id = link.to_member_id
    if (id !== null) placed.add(id)
    return {
      key,
      kind: 'member',
      name: link.to_name ?? '',
      memberId: id,
      post: null,
      link,
      children: id === null ? [] : publicNodes(id, key),
    }
  }

  const standingNode = (link: LiaisonLink | null, id: Id, name: string, parent: string): LiaisonNode => {
    const key = link ? `${parent}/${link.id}` : `${parent}/m${id}`
    placed.add(id)
    return {
      key,
      kind: 'standing',
      name,
      memberId: id,
      post: link ? null : (standingLinks.get(id)?.[0]?.from_post ?? null),
      link,
      children: [...(standingLinks.get(id) ?? []).map((l) => memberNode(l, key)), ...publicNodes(id, key)],
    }
  }

  const roots: LiaisonNode[] = []
  for (const [chairId, own] of chairLinks) {
    const first = own[0]
    if (!first) continue
    const key = `c${chairId}`
    placed.add(chairId)
    roots.push({
      key,
      kind: 'chair',
      name: first.from_name,
      memberId: chairId,
      post: first.from_post,
      link: null,
      children: [
        ...own
          .filter((l) => l.to_member_id !== null)
          .map((l) => standingNode(l, l.to_member_id as Id, l.to_name ?? '', key)),
        ...(standingLinks.get(chairId) ?? []).map((l) => memberNode(l, key)),
        ...publicNodes(chairId, key),
      ],
    })
  }
  // standing members no chair links to
  for (const [from, own] of standingLinks) {
    if (placed.has(from) || !own[0]) continue
    roots.push(standingNode(null, from, own[0].from_name, 'r'))
  }
  // members whose public contacts have no place yet
  for (const [from, own] of publicLinks) {
    if (placed.has(from) || !own[0]) continue
    placed.add(from)
    const key = `r/p${from}`
    roots.push({
      key,
      kind: 'member',
      name: own[0].from_name,
      memberId: from,
      post: own[0].from_post,
      link: null,
      children: publicNodes(from, key),
    })
  }
  return roots
}

/** Every node, depth first. */
export function walk(nodes: readonly LiaisonNode[]): LiaisonNode[] {
  return nodes.flatMap((n) => [n, ...walk(n.children)])
}

/** Links under a node (its own included) that have no contact in the quarter. */
export function uncontactedBelow(node: LiaisonNode, quarterStart: string): number {
  return walk([node]).filter((n) => n.link && !(n.link.last_contact && n.link.last_contact >= quarterStart))
    .length
}

/** 2026Q4 → 2026-10-01 */
export function quarterStart(quarter: string): string {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter)
  if (!m) return ''
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`
}

export const uncontactedColumns: TableColumn<LiaisonLink>[] = [
  { key: 'level', label: 'liaison.columns.level', width: 130 },
  { key: 'from_name', label: 'liaison.columns.from', width: 120 },
  { key: 'to', label: 'liaison.columns.to', minWidth: 160 },
  { key: 'last_contact', label: 'liaison.columns.lastContact', width: 130 },
  { key: 'contacts', label: 'liaison.columns.contacts', width: 90, align: 'right' },
  { key: 'actions', label: 'liaison.columns.actions', width: 120, fixed: 'right' },
]

/** The uncontacted list narrowed by level and by a name at either end (contains). */
export function filterLinks(
  links: readonly LiaisonLink[],
  filter: { level: LiaisonLink['level'] | ''; name: string },
): LiaisonLink[] {
  const name = filter.name.trim()
  return links.filter(
    (l) =>
      (!filter.level || l.level === filter.level) &&
      (!name || [l.from_name, l.to_name, l.contact_name].some((n) => n?.includes(name))),
  )
}
