import { ElMessage } from 'element-plus'
import type { Router } from 'vue-router'
import { configureClient, type ApiError } from '@/api/client'
import { i18n } from '@/locales'
import { useAppStore } from '@/stores/app'
import { useAuthStore } from '@/stores/auth'

/**
 * Connects the request client to the app: the CSRF token and locale come from the stores, errors are
 * shown with ElMessage, and a lost session clears the auth store and goes to /login?redirect=<where we were>.
 */
export function installApiHooks(router: Router): void {
  const auth = useAuthStore()
  const app = useAppStore()
  let redirecting = false

  configureClient({
    getCsrfToken: () => auth.csrfToken,
    getLocale: () => app.locale,
    notify: (error: ApiError) => {
      ElMessage({ type: 'error', message: error.message, grouping: true, showClose: true })
    },
    onUnauthorized: (error: ApiError) => {
      const wasSignedIn = auth.isAuthenticated
      auth.clear()
      const current = router.currentRoute.value
      if (redirecting || current.name === 'login') return
      redirecting = true
      if (wasSignedIn) ElMessage({ type: 'warning', message: error.message, grouping: true })
      const redirect = current.fullPath && current.fullPath !== '/' ? current.fullPath : undefined
      void router.replace({ name: 'login', query: redirect ? { redirect } : {} }).finally(() => {
        redirecting = false
      })
    },
    networkErrorMessage: () => i18n.global.t('common.errors.network'),
    httpErrorMessage: (status: number) => i18n.global.t('common.errors.http', { status }),
  })
}
