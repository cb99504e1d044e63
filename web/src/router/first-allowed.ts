import type { RouteRecordRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'

/** The path of the first page of a menu group the signed-in user may see (`/403` when none). */
export function firstAllowedPage(base: string, children: readonly RouteRecordRaw[]): string {
  const auth = useAuthStore()
  const page = children.find(
    (r) => !r.meta?.hideInMenu && (!r.meta?.permission || auth.hasPermission(r.meta.permission)),
  )
  return page ? `${base}/${page.path}` : '/403'
}
