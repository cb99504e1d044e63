import type { Post, PostKind } from '@/api/org/types'

export interface PostRow {
  post_kind: PostKind
  title: string
  authorised: number
}

/** Rows as the server takes them: titles trimmed, rows without a title dropped, counts whole and ≥ 0. */
export function cleanPosts(rows: readonly PostRow[]): Post[] {
  return rows
    .map((r) => ({
      post_kind: r.post_kind,
      title: r.title.trim(),
      authorised: Math.max(0, Math.floor(Number(r.authorised) || 0)),
    }))
    .filter((r) => r.title !== '')
}

/** Authorised posts by kind and in all. */
export function postTotals(posts: readonly Pick<Post, 'post_kind' | 'authorised'>[]): {
  leader: number
  staff: number
  all: number
} {
  const sum = (kind: PostKind) =>
    posts.filter((p) => p.post_kind === kind).reduce((n, p) => n + p.authorised, 0)
  const leader = sum('leader')
  const staff = sum('staff')
  return { leader, staff, all: leader + staff }
}

/** The usual posts of a new special committee: 1 director and 3 deputies (1正3副), 1 staff. */
export function defaultPosts(): PostRow[] {
  return [
    { post_kind: 'leader', title: '主任', authorised: 1 },
    { post_kind: 'leader', title: '副主任', authorised: 3 },
    { post_kind: 'staff', title: '科员', authorised: 1 },
  ]
}
