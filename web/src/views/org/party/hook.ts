import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import {
  addPartyMember,
  createPartyOrg,
  deletePartyOrg,
  getPartyOrg,
  getPartyTree,
  listBodies,
  removePartyMember,
} from '@/api/org'
import type {
  BodySummary,
  PartyMember,
  PartyOrg,
  PartyOrgKind,
  PartyOrgNode,
  PartyRole,
} from '@/api/org/types'
import type { Id } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { PARTY_CHILD_KIND, PARTY_ROLES } from '../labels'

/** Roles first (书记, 副书记, 组长…), then by name. */
export function sortMembers(members: readonly PartyMember[]): PartyMember[] {
  const rank = (role: string) => {
    const i = PARTY_ROLES.findIndex((r) => r.value === role)
    return i < 0 ? PARTY_ROLES.length : i
  }
  return [...members].sort((a, b) => rank(a.role) - rank(b.role) || a.name.localeCompare(b.name, 'zh-CN'))
}

/** Every node id (for expanding the whole tree). */
export function allIds(nodes: readonly PartyOrgNode[]): Id[] {
  return nodes.flatMap((n) => [n.id, ...allIds(n.children)])
}

export function useParty() {
  const { t } = useI18n()
  const tree = shallowRef<PartyOrgNode[]>([])
  const loading = ref(false)
  const selectedId = ref<Id | null>(null)
  const org = shallowRef<PartyOrg | null>(null)
  const loadingOrg = ref(false)
  const bodies = shallowRef<BodySummary[]>([])
  const members = computed(() => sortMembers(org.value?.members ?? []))
  const childKind = computed<PartyOrgKind | null>(() =>
    org.value ? PARTY_CHILD_KIND[org.value.kind] : 'leading_group',
  )

  async function load(): Promise<void> {
    loading.value = true
    try {
      tree.value = (await getPartyTree()).items
      if (selectedId.value === null && tree.value[0]) selectedId.value = tree.value[0].id
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  let ticket = 0
  async function loadOrg(): Promise<void> {
    const id = selectedId.value
    const mine = ++ticket
    if (id === null) {
      org.value = null
      return
    }
    loadingOrg.value = true
    try {
      const o = await getPartyOrg(id)
      if (mine === ticket) org.value = o
    } catch {
      if (mine === ticket) org.value = null
    } finally {
      if (mine === ticket) loadingOrg.value = false
    }
  }
  watch(selectedId, () => void loadOrg())

  // ---- add a person ----
  const memberOpen = ref(false)
  const memberForm = reactive({
    person_kind: 'staff' as 'staff' | 'member',
    person_id: '' as Id | '',
    role: '成员' as PartyRole,
  })
  const memberErrors = ref<Record<string, string>>({})
  const memberError = ref('')
  const saving = ref(false)

  function openMember(): void {
    Object.assign(memberForm, { person_kind: 'staff', person_id: '', role: '成员' })
    memberErrors.value = {}
    memberError.value = ''
    memberOpen.value = true
  }

  async function submitMember(): Promise<void> {
    const o = org.value
    if (!o || saving.value) return
    memberErrors.value = {}
    memberError.value = ''
    if (memberForm.person_id === '') {
      memberErrors.value = { person_id: t('org.party.personRequired') }
      return
    }
    saving.value = true
    try {
      org.value = await addPartyMember(o.id, {
        person_kind: memberForm.person_kind,
        person_id: memberForm.person_id,
        role: memberForm.role,
      })
      ElMessage({ type: 'success', message: t('org.party.memberAdded') })
      memberOpen.value = false
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      if (fields.length) memberErrors.value = errorsByField(fields)
      else memberError.value = error.message
    } finally {
      saving.value = false
    }
  }

  async function removeMember(m: PartyMember): Promise<void> {
    try {
      await ElMessageBox.confirm(
        t('org.party.removeConfirm', { name: m.name, org: org.value?.name ?? '' }),
        t('org.party.remove'),
        {
          type: 'warning',
          confirmButtonText: t('org.party.remove'),
          cancelButtonText: t('common.actions.cancel'),
        },
      )
    } catch {
      return
    }
    try {
      await removePartyMember(m.id)
      ElMessage({ type: 'success', message: t('org.party.removed') })
      await Promise.all([loadOrg(), load()])
    } catch {
      // the client has shown the message
    }
  }

  // ---- a sub-organisation ----
  const orgOpen = ref(false)
  const orgForm = reactive({ name: '', body_id: '' as Id | '' })
  const orgErrors = ref<Record<string, string>>({})
  const orgError = ref('')

  async function openOrg(): Promise<void> {
    Object.assign(orgForm, { name: '', body_id: '' })
    orgErrors.value = {}
    orgError.value = ''
    orgOpen.value = true
    if (!bodies.value.length) {
      try {
        bodies.value = (await listBodies()).items
      } catch {
        // the body picker stays empty
      }
    }
  }

  async function submitOrg(): Promise<void> {
    const kind = childKind.value
    if (!kind || saving.value) return
    orgErrors.value = {}
    orgError.value = ''
    if (!orgForm.name.trim()) {
      orgErrors.value = { name: t('org.party.nameRequired') }
      return
    }
    saving.value = true
    try {
      const created = await createPartyOrg({
        name: orgForm.name.trim(),
        kind,
        ...(org.value && kind !== 'leading_group' ? { parent_id: org.value.id } : {}),
        ...(orgForm.body_id !== '' ? { body_id: orgForm.body_id } : {}),
      })
      ElMessage({ type: 'success', message: t('org.party.created', { name: created.name }) })
      orgOpen.value = false
      await load()
      selectedId.value = created.id
    } catch (error) {
      if (!isApiError(error)) throw error
      const fields = fieldErrorsOf(error)
      if (fields.length) orgErrors.value = errorsByField(fields)
      else orgError.value = error.message
    } finally {
      saving.value = false
    }
  }

  async function removeOrg(): Promise<void> {
    const o = org.value
    if (!o) return
    try {
      await ElMessageBox.confirm(t('org.party.deleteConfirm', { name: o.name }), t('org.party.delete'), {
        type: 'warning',
        confirmButtonText: t('org.party.delete'),
        cancelButtonText: t('common.actions.cancel'),
      })
    } catch {
      return
    }
    try {
      await deletePartyOrg(o.id)
      ElMessage({ type: 'success', message: t('org.party.deleted') })
      selectedId.value = o.parent_id
      await load()
    } catch {
      // the client has shown the message (e.g. it still has sub-organisations)
    }
  }

  onMounted(load)

  return {
    tree,
    loading,
    selectedId,
    org,
    loadingOrg,
    members,
    childKind,
    bodies,
    load,
    memberOpen,
    memberForm,
    memberErrors,
    memberError,
    openMember,
    submitMember,
    removeMember,
    orgOpen,
    orgForm,
    orgErrors,
    orgError,
    openOrg,
    submitOrg,
    removeOrg,
    saving,
  }
}
