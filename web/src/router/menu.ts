import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'

export interface MenuItem {
  /** Absolute path; the menu index */
  path: string
  /** i18n key */
  title: string
  icon?: Component
  children?: MenuItem[]
}

function joinPath(parent: string, child: string): string {
  if (child.startsWith('/')) return child
  const base = parent.endsWith('/') ? parent : `${parent}/`
  return child ? `${base}${child}` : parent || '/'
}

/**
 * Builds the sidebar from route records. An item is shown only if the user holds its permission (items
 * without one are shown to every signed-in user); a group is shown only if some child is; routes without
 * a title or marked `hideInMenu` are skipped.
 */
export function buildMenu(
  routes: readonly RouteRecordRaw[],
  hasPermission: (code: string) => boolean,
  parentPath = '/',
): MenuItem[] {
  const items: MenuItem[] = []
  for (const route of routes) {
    const meta = route.meta
    if (!meta?.title || meta.hideInMenu) continue
    if (meta.permission && !hasPermission(meta.permission)) continue
    const path = joinPath(parentPath, route.path)
    if (route.children?.length) {
      const children = buildMenu(route.children, hasPermission, path)
      if (children.length === 0) continue
      items.push({ path, title: meta.title, icon: meta.icon, children })
    } else {
      items.push({ path, title: meta.title, icon: meta.icon })
    }
  }
  return items
}
