import { onMounted, reactive, ref } from 'vue'
import { listMembers } from '@/api/members'
import type { Id, MemberListItem } from '@/api/members/types'
import { listBodies, listEntries } from '@/api/org'
import type { BodySummary, ListEntry } from '@/api/org/types'
import { useAuthStore } from '@/stores/auth'

export interface IdOption {
  value: Id
  label: string
}

/** What the member form and the list filters offer to pick from. */
export interface OrgOptions {
  sectors: IdOption[]
  townshipGroups: IdOption[]
  studios: IdOption[]
  /** special committees (专委会) */
  bodies: IdOption[]
}

const emptyOptions = (): OrgOptions => ({ sectors: [], townshipGroups: [], studios: [], bodies: [] })

function collect(
  rows: readonly MemberListItem[],
  id: (row: MemberListItem) => Id | null,
  name: (row: MemberListItem) => string | null,
): IdOption[] {
  const byId = new Map<Id, string>()
  for (const row of rows) {
    const value = id(row)
    const label = name(row)
    if (value !== null && label) byId.set(value, label)
  }
  return [...byId]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
}

/**
 * Sectors and township groups as the members of the current term name them (id + name, each once,
 * sorted the Chinese way). Used while the organisation API is not there to list them.
 */
export function deriveOptions(
  rows: readonly MemberListItem[],
): Pick<OrgOptions, 'sectors' | 'townshipGroups'> {
  return {
    sectors: collect(
      rows,
      (r) => r.sector_id,
      (r) => r.sector_name,
    ),
    townshipGroups: collect(
      rows,
      (r) => r.township_group_id,
      (r) => r.township_group_name,
    ),
  }
}

/** Reads every member of the current term (pages of 200, at most `maxPages`). */
async function allMembers(maxPages = 10): Promise<MemberListItem[]> {
  const rows: MemberListItem[] = []
  for (let page = 1; page <= maxPages; page++) {
    const result = await listMembers({ page, page_size: 200 })
    rows.push(...result.items)
    if (rows.length >= result.total || result.items.length === 0) break
  }
  return rows
}

const byName = (entries: readonly ListEntry[]): IdOption[] =>
  entries.map((e) => ({ value: e.id, label: e.name }))

/** The special committees (专委会) among the working bodies, in their order. */
export function specialCommittees(bodies: readonly BodySummary[]): IdOption[] {
  return bodies
    .filter((b) => b.active && b.kind === 'special_committee')
    .map((b) => ({ value: b.id, label: b.name }))
}

/**
 * The organisation's own lists (GET /org/…) when the user may read them; otherwise (a 403, or a server
 * without them) sectors and township groups as the members name them.
 */
async function fetchOptions(canReadStructure: boolean): Promise<OrgOptions> {
  if (canReadStructure) {
    try {
      const quiet = { notify: false }
      const [sectors, groups, studios, bodies] = await Promise.all([
        listEntries('sectors', {}, quiet),
        listEntries('township-groups', {}, quiet),
        listEntries('studios', {}, quiet),
        listBodies(false, quiet),
      ])
      return {
        sectors: byName(sectors.items),
        townshipGroups: byName(groups.items),
        studios: byName(studios.items),
        bodies: specialCommittees(bodies.items),
      }
    } catch {
      // fall back below
    }
  }
  return { ...emptyOptions(), ...deriveOptions(await allMembers()) }
}

/** One request per committee and page load; a save that adds an option calls `reload`. */
const cache = new Map<string, Promise<OrgOptions>>()

export function loadOrgOptions(
  committee: string,
  canReadStructure: boolean,
  force = false,
): Promise<OrgOptions> {
  let pending = force ? undefined : cache.get(committee)
  if (!pending) {
    pending = fetchOptions(canReadStructure).catch((error: unknown) => {
      cache.delete(committee)
      throw error
    })
    cache.set(committee, pending)
  }
  return pending
}

/** Forgets what was loaded (tests; signing in to another committee reloads anyway). */
export function clearOrgOptions(): void {
  cache.clear()
}

export function useOrgOptions() {
  const auth = useAuthStore()
  const options = reactive<OrgOptions>(emptyOptions())
  const loading = ref(false)

  async function load(force = false): Promise<void> {
    loading.value = true
    try {
      const committee = String(auth.user?.committee.id ?? '')
      Object.assign(options, await loadOrgOptions(committee, auth.hasPermission('org:structure:read'), force))
    } catch {
      // the client has shown the message; the pickers stay empty
    } finally {
      loading.value = false
    }
  }

  onMounted(() => void load())
  return { options, loading, reload: () => load(true) }
}
