import { shallowRef, type ShallowRef } from 'vue'
import { getProposalSettings } from '@/api/proposals'
import type { ProposalSettings } from '@/api/proposals/types'
import { useAuthStore } from '@/stores/auth'

const cached = shallowRef<ProposalSettings | null>(null)
let pending: Promise<ProposalSettings | null> | null = null
/** The committee the cached settings belong to */
let cachedFor = ''

/**
 * The committee's proposal settings (categories, grounds for rejection, reply classes), asked once per
 * visit and shared by every page; null until they arrive (or when they cannot be read).
 */
export function useProposalSettings(): {
  settings: ShallowRef<ProposalSettings | null>
  ready: Promise<ProposalSettings | null>
} {
  const committee = String(useAuthStore().user?.committee.id ?? '')
  if (committee !== cachedFor) {
    cached.value = null
    pending = null
    cachedFor = committee
  }
  if (!cached.value && !pending) {
    pending = getProposalSettings()
      .then((s) => (cached.value = s))
      .catch(() => null)
      .finally(() => (pending = null))
  }
  return { settings: cached, ready: pending ?? Promise.resolve(cached.value) }
}

/** Forgets the cached settings (tests, sign-out into another committee). */
export function resetProposalSettings(): void {
  cached.value = null
  pending = null
  cachedFor = ''
}
