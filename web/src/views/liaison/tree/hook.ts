import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { createLink, endLink, listLinks, listLogs, listUncontacted } from '@/api/liaison'
import type { ContactLog, LiaisonLevel, LiaisonLink } from '@/api/liaison/types'
import type { Id } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { quarterOf, recentQuarters, todayIso } from '../labels'
import { buildLiaisonTree, filterLinks, quarterStart, type LiaisonNode } from './data'

export interface AssignForm {
  level: LiaisonLevel
  from_member_id: Id | ''
  to_member_id: Id | ''
  contact_name: string
  contact_phone: string
  contact_address: string
  contact_note: string
}

const emptyAssign = (): AssignForm => ({
  level: 'standing_member',
  from_member_id: '',
  to_member_id: '',
  contact_name: '',
  contact_phone: '',
  contact_address: '',
  contact_note: '',
})

/** Links under each node (its own included) with no contact since `since`, by node key. */
export function uncontactedCounts(roots: readonly LiaisonNode[], since: string): Map<string, number> {
  const out = new Map<string, number>()
  const visit = (node: LiaisonNode): number => {
    let n = node.link && !(node.link.last_contact && node.link.last_contact >= since) ? 1 : 0
    for (const child of node.children) n += visit(child)
    out.set(node.key, n)
    return n
  }
  roots.forEach(visit)
  return out
}

export function useLiaisonTree() {
  const { t } = useI18n()
  const links = shallowRef<LiaisonLink[]>([])
  const loading = ref(false)
  const tab = ref<'tree' | 'uncontacted' | 'assign'>('tree')
  const filterText = ref('')

  const currentQuarter = quarterOf(todayIso())
  const since = quarterStart(currentQuarter)
  const tree = computed(() => buildLiaisonTree(links.value))
  const counts = computed(() => uncontactedCounts(tree.value, since))
  const stats = computed(() => {
    const by = (level: LiaisonLevel) => links.value.filter((l) => l.level === level).length
    return {
      chairStanding: by('chair_standing'),
      standingMember: by('standing_member'),
      memberPublic: by('member_public'),
      uncontacted: links.value.filter((l) => !(l.last_contact && l.last_contact >= since)).length,
    }
  })

  const selected = shallowRef<LiaisonNode | null>(null)
  const logs = shallowRef<ContactLog[]>([])
  const loadingLogs = ref(false)
  let logTicket = 0

  const quarters = recentQuarters(currentQuarter, 8)
  const quarter = ref(currentQuarter)
  const uncontactedAll = shallowRef<LiaisonLink[]>([])
  const uncontactedFilter = reactive<{ level: LiaisonLevel | ''; name: string }>({ level: '', name: '' })
  const uncontacted = computed(() => filterLinks(uncontactedAll.value, uncontactedFilter))
  const loadingUncontacted = ref(false)

  const logOpen = ref(false)
  const logLink = shallowRef<LiaisonLink | null>(null)

  const assign = reactive<AssignForm>(emptyAssign())
  const assigning = ref(false)
  const assignErrors = ref<Record<string, string>>({})
  const assignError = ref('')

  async function load(): Promise<void> {
    loading.value = true
    try {
      links.value = (await listLinks()).items
      // keep the selection on the same link after a reload
      const key = selected.value?.key
      selected.value = key ? (findNode(tree.value, key) ?? null) : null
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  function findNode(nodes: readonly LiaisonNode[], key: string): LiaisonNode | undefined {
    for (const n of nodes) {
      if (n.key === key) return n
      const found = findNode(n.children, key)
      if (found) return found
    }
    return undefined
  }

  async function loadLogs(link: LiaisonLink | null): Promise<void> {
    const ticket = ++logTicket
    logs.value = []
    if (!link) return
    loadingLogs.value = true
    try {
      const result = await listLogs(link.id)
      if (ticket === logTicket) logs.value = result.items
    } catch {
      // the client has shown the message
    } finally {
      if (ticket === logTicket) loadingLogs.value = false
    }
  }

  watch(selected, (node) => void loadLogs(node?.link ?? null))

  function select(node: LiaisonNode): void {
    selected.value = node
  }

  async function loadUncontacted(): Promise<void> {
    loadingUncontacted.value = true
    try {
      uncontactedAll.value = (await listUncontacted(quarter.value)).items
    } catch {
      // the client has shown the message
    } finally {
      loadingUncontacted.value = false
    }
  }

  watch(quarter, () => void loadUncontacted())
  watch(tab, (next) => {
    if (next === 'uncontacted') void loadUncontacted()
  })

  function openLog(link: LiaisonLink): void {
    logLink.value = link
    logOpen.value = true
  }

  async function onLogged(): Promise<void> {
    ElMessage({ type: 'success', message: t('liaison.log.saved') })
    await load()
    if (selected.value?.link) await loadLogs(selected.value.link)
    if (tab.value === 'uncontacted') await loadUncontacted()
  }

  async function end(link: LiaisonLink): Promise<void> {
    const to = link.level === 'member_public' ? link.contact_name : link.to_name
    try {
      await ElMessageBox.confirm(
        t('liaison.end.confirm', { from: link.from_name, to: to ?? '' }),
        t('liaison.end.title'),
        {
          type: 'warning',
          confirmButtonText: t('liaison.end.button'),
          cancelButtonText: t('common.actions.cancel'),
        },
      )
    } catch {
      return
    }
    try {
      await endLink(link.id)
      ElMessage({ type: 'success', message: t('liaison.end.done') })
      selected.value = null
      await load()
    } catch {
      // the client has shown the message
    }
  }

  async function submitAssign(): Promise<void> {
    if (assigning.value) return
    assignErrors.value = {}
    assignError.value = ''
    const a = assign
    const missing: Record<string, string> = {}
    if (a.from_member_id === '') missing.from_member_id = t('liaison.assign.fromRequired')
    if (a.level !== 'member_public' && a.to_member_id === '')
      missing.to_member_id = t('liaison.assign.toRequired')
    if (a.level === 'member_public' && !a.contact_name.trim())
      missing.contact_name = t('liaison.assign.nameRequired')
    if (Object.keys(missing).length) {
      assignErrors.value = missing
      return
    }
    assigning.value = true
    try {
      const link =
        a.level === 'member_public'
          ? await createLink({
              level: 'member_public',
              from_member_id: a.from_member_id as Id,
              contact_name: a.contact_name.trim(),
              contact_phone: a.contact_phone.trim(),
              contact_address: a.contact_address.trim(),
              contact_note: a.contact_note.trim(),
            })
          : await createLink({
              level: a.level,
              from_member_id: a.from_member_id as Id,
              to_member_id: a.to_member_id as Id,
            })
      ElMessage({ type: 'success', message: t('liaison.assign.done', { from: link.from_name }) })
      Object.assign(assign, { ...emptyAssign(), level: a.level })
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      if (fields.length) assignErrors.value = errorsByField(fields)
      else if (error.code === 'duplicate') assignErrors.value = { to_member_id: error.message }
      else assignError.value = error.message
    } finally {
      assigning.value = false
    }
  }

  onMounted(load)

  return {
    links,
    loading,
    tab,
    filterText,
    tree,
    counts,
    stats,
    currentQuarter,
    since,
    selected,
    logs,
    loadingLogs,
    select,
    quarters,
    quarter,
    uncontacted,
    uncontactedAll,
    uncontactedFilter,
    loadingUncontacted,
    logOpen,
    logLink,
    openLog,
    onLogged,
    end,
    assign,
    assigning,
    assignErrors,
    assignError,
    submitAssign,
    load,
  }
}
