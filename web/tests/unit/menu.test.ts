import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import '@/router/types'
import { buildMenu } from '@/router/menu'
import { shellRoutes } from '@/router/modules'
import { hasAnyPermission } from '@/directives/perm'
import { permissionDeclaration } from '@/config/permissions'

const Dummy = { render: () => null }
const routes: RouteRecordRaw[] = [
  { path: '', component: Dummy, meta: { title: 'menu.home' } },
  { path: 'hidden', component: Dummy, meta: { title: 'menu.hidden', hideInMenu: true } },
  { path: 'untitled', component: Dummy },
  {
    path: 'system',
    meta: { title: 'menu.system' },
    children: [
      { path: 'audit', component: Dummy, meta: { title: 'menu.audit', permission: 'system:audit:read' } },
      { path: 'users', component: Dummy, meta: { title: 'menu.users', permission: 'system:user:read' } },
    ],
  },
  { path: '/abs', component: Dummy, meta: { title: 'menu.abs', permission: 'x:y:z' } },
]

const paths = (items: ReturnType<typeof buildMenu>): string[] =>
  items.flatMap((i) => [i.path, ...(i.children ? paths(i.children) : [])])

describe('sidebar menu filter', () => {
  it('shows items without a permission to everyone and hides untitled or hidden routes', () => {
    expect(paths(buildMenu(routes, () => false))).toEqual(['/'])
  })

  it('shows an item only when the user holds its permission, with absolute paths', () => {
    const has = (code: string) => code === 'system:audit:read'
    expect(paths(buildMenu(routes, has))).toEqual(['/', '/system', '/system/audit'])
  })

  it('keeps a group when any child is visible, and lists all permitted children', () => {
    const menu = buildMenu(routes, () => true)
    expect(paths(menu)).toEqual(['/', '/system', '/system/audit', '/system/users', '/abs'])
    expect(menu.find((i) => i.path === '/system')?.children).toHaveLength(2)
  })

  it('hides the audit trail from a member and shows it to an office administrator (real routes)', () => {
    const permsOf = (role: string) =>
      new Set(permissionDeclaration.roles.find((r) => r.code === role)?.permissions)
    const member = permsOf('member')
    const admin = permsOf('office_admin')
    expect(paths(buildMenu(shellRoutes, (c) => member.has(c)))).not.toContain('/system/audit')
    expect(paths(buildMenu(shellRoutes, (c) => admin.has(c)))).toContain('/system/audit')
  })

  it('every permission named by a route is declared in config/permissions.json', () => {
    const declared = new Set(permissionDeclaration.permissions.map((p) => p.code))
    const walk = (rs: RouteRecordRaw[]): string[] =>
      rs.flatMap((r) => [...(r.meta?.permission ? [r.meta.permission] : []), ...walk(r.children ?? [])])
    const used = walk(shellRoutes)
    expect(used.length).toBeGreaterThan(0)
    for (const code of used) expect(declared.has(code), code).toBe(true)
  })
})

describe('v-perm check', () => {
  const has = (code: string) => code === 'system:audit:read'
  it('allows a held permission and refuses a missing one', () => {
    expect(hasAnyPermission('system:audit:read', has)).toBe(true)
    expect(hasAnyPermission('system:user:manage', has)).toBe(false)
  })
  it('with a list, needs any one of them', () => {
    expect(hasAnyPermission(['system:user:manage', 'system:audit:read'], has)).toBe(true)
    expect(hasAnyPermission(['system:user:manage', 'system:role:read'], has)).toBe(false)
  })
})
