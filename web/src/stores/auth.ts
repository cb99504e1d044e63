import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import type { CurrentUser, LoginRequest, SessionPayload } from '@/api/auth/types'
import { isApiError } from '@/api/client'

/** Who is signed in, what they may do, and the CSRF token for unsafe requests. */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<CurrentUser | null>(null)
  const permissions = ref<string[]>([])
  const csrfToken = ref<string | null>(null)
  /** True once we know whether there is a session (GET /me answered). */
  const loaded = ref(false)

  const isAuthenticated = computed(() => user.value !== null)
  const mustChangePassword = computed(() => user.value?.must_change_password === true)
  const permissionSet = computed(() => new Set(permissions.value))

  function hasPermission(code: string | undefined): boolean {
    return !code || permissionSet.value.has(code)
  }

  function setSession(payload: SessionPayload): void {
    user.value = payload.user
    permissions.value = payload.permissions
    csrfToken.value = payload.csrf_token
    loaded.value = true
  }

  function clear(): void {
    user.value = null
    permissions.value = []
    csrfToken.value = null
    loaded.value = true
  }

  let pending: Promise<void> | null = null

  /** Asks the server who we are; a 401 means "not signed in". Other failures are re-thrown. */
  async function refresh(): Promise<void> {
    try {
      setSession(await authApi.fetchMe())
    } catch (error) {
      clear()
      if (!(isApiError(error) && error.status === 401)) throw error
    }
  }

  /** Loads the session once; concurrent callers share the same request. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve()
    pending ??= refresh().finally(() => {
      pending = null
    })
    return pending
  }

  async function login(body: LoginRequest): Promise<SessionPayload> {
    const payload = await authApi.login(body)
    setSession(payload)
    return payload
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } catch {
      // even if the server cannot be reached, the user is signed out here
    } finally {
      clear()
    }
  }

  return {
    user,
    permissions,
    csrfToken,
    loaded,
    isAuthenticated,
    mustChangePassword,
    hasPermission,
    setSession,
    clear,
    refresh,
    ensureLoaded,
    login,
    logout,
  }
})
