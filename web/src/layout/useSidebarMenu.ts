import { computed, type ComputedRef } from 'vue'
import { shellRoutes } from '@/router/modules'
import { buildMenu, type MenuItem } from '@/router/menu'
import { useAuthStore } from '@/stores/auth'

/** The sidebar for the signed-in user; empty while they must change their password. */
export function useSidebarMenu(): ComputedRef<MenuItem[]> {
  const auth = useAuthStore()
  return computed(() => {
    if (!auth.isAuthenticated || auth.mustChangePassword) return []
    return buildMenu(shellRoutes, (code) => auth.hasPermission(code))
  })
}
