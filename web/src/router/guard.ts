import type { NavigationGuardWithThis, RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { safeRedirect } from '@/utils/redirect'

function loginWithRedirect(to: RouteLocationNormalized): RouteLocationRaw {
  return to.fullPath === '/' ? { name: 'login' } : { name: 'login', query: { redirect: to.fullPath } }
}

/** The permission needed by the page and every route around it. */
function requiredPermissions(to: RouteLocationNormalized): string[] {
  return to.matched.map((record) => record.meta.permission).filter((p): p is string => Boolean(p))
}

/**
 * Decides where a navigation may go:
 * - public pages are open (signed-in users on the sign-in page go on to where they wanted);
 * - everything else needs a session, else → /login?redirect=…;
 * - a user who must change the password sees nothing but the change-password page;
 * - pages whose permission the user lacks show 403 (the server enforces it anyway).
 */
export const authGuard: NavigationGuardWithThis<undefined> = async (to) => {
  const auth = useAuthStore()
  try {
    await auth.ensureLoaded()
  } catch {
    // the server could not be asked (network, 5xx): treat as signed out; the sign-in page says why
  }

  if (to.meta.public) {
    if (to.name === 'login' && auth.isAuthenticated) return safeRedirect(to.query.redirect)
    return true
  }
  if (!auth.isAuthenticated) return loginWithRedirect(to)

  if (auth.mustChangePassword && to.name !== 'account-password') {
    const redirect = to.fullPath === '/' ? undefined : to.fullPath
    return { name: 'account-password', query: redirect ? { redirect } : {} }
  }

  if (!requiredPermissions(to).every((p) => auth.hasPermission(p))) {
    return { name: 'forbidden' }
  }
  return true
}
