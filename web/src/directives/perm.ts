import type { Directive, DirectiveBinding } from 'vue'
import { useAuthStore } from '@/stores/auth'

/** A permission code, or a list of codes of which the user needs any one. */
export type PermValue = string | readonly string[]

export function hasAnyPermission(value: PermValue, has: (code: string) => boolean): boolean {
  const codes = typeof value === 'string' ? [value] : value
  return codes.length === 0 || codes.some((code) => has(code))
}

function apply(el: HTMLElement, binding: DirectiveBinding<PermValue>): void {
  const auth = useAuthStore()
  const allowed = hasAnyPermission(binding.value, (code) => auth.hasPermission(code))
  // Hidden, not removed, so the element comes back when the permissions change (e.g. after sign-in).
  el.style.display = allowed ? '' : 'none'
  if (allowed) el.removeAttribute('aria-hidden')
  else el.setAttribute('aria-hidden', 'true')
}

/**
 * `v-perm="'system:audit:read'"` hides the element unless the signed-in user holds the permission.
 * Only a convenience: the server checks every request anyway.
 */
export const vPerm: Directive<HTMLElement, PermValue> = {
  mounted: apply,
  updated: apply,
}
