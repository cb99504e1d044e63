import { computed, reactive, ref, shallowRef, useTemplateRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox, type FormInstance, type FormRules } from 'element-plus'
import { createProposal, getProposal, inviteCosigners, proposerStep, updateProposal } from '@/api/proposals'
import type { Proposal } from '@/api/proposals/types'
import { isApiError } from '@/api/client'
import { loadOrgOptions, type IdOption } from '@/composables/useOrgOptions'
import { useProposalSettings } from '@/composables/useProposalSettings'
import { useAuthStore } from '@/stores/auth'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import {
  CONTENT_OUTLINE,
  DRAFT_FIELD_ALIASES,
  draftFrom,
  draftInput,
  emptyDraft,
  finalStep,
  type DraftForm,
} from './data'

export function useProposalEdit() {
  const { t } = useI18n()
  const route = useRoute()
  const router = useRouter()
  const auth = useAuthStore()
  const { settings } = useProposalSettings()
  const formRef = useTemplateRef<FormInstance>('draftForm')
  const form = reactive<DraftForm>(emptyDraft())
  const proposal = shallowRef<Proposal | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const saving = ref(false)
  const serverErrors = ref<Record<string, string>>({})
  const formError = ref('')
  const bodies = shallowRef<IdOption[]>([])
  const sectors = shallowRef<IdOption[]>([])

  const id = computed(() => (route.params.id ? Number(route.params.id) : null))
  const isNew = computed(() => id.value === null)
  /** Staff enter paper proposals for members (代录) */
  const staff = computed(() => auth.hasPermission('proposal:proposal:review'))
  /** The member picker searches the roll, which needs this permission */
  const canPickMembers = computed(() => auth.hasPermission('org:member:read'))
  const canInvite = computed(
    () => form.source === 'member' && (isNew.value || proposal.value?.state === 'draft'),
  )
  const step = computed(() => finalStep(proposal.value?.state ?? null, canInvite.value ? form.cosigners : []))
  const categories = computed(() => settings.value?.categories ?? [])
  /** Party and member always; special committees and sector groups when their lists can be read */
  const sources = computed(() =>
    (['member', 'party', 'special_committee', 'sector_group'] as const).filter(
      (s) =>
        (s !== 'special_committee' || bodies.value.length > 0) &&
        (s !== 'sector_group' || sectors.value.length > 0),
    ),
  )

  const rules = computed<FormRules<DraftForm>>(() => ({
    title: [
      { required: true, whitespace: true, message: t('proposals.edit.titleRequired'), trigger: 'blur' },
    ],
    org_name:
      form.source === 'party'
        ? [{ required: true, whitespace: true, message: t('proposals.edit.orgRequired'), trigger: 'blur' }]
        : [],
    body_id:
      form.source === 'special_committee'
        ? [{ required: true, message: t('proposals.edit.bodyRequired'), trigger: 'change' }]
        : [],
    sector_id:
      form.source === 'sector_group'
        ? [{ required: true, message: t('proposals.edit.sectorRequired'), trigger: 'change' }]
        : [],
    lead_member_id:
      staff.value && form.source === 'member' && isNew.value
        ? [{ required: true, message: t('proposals.edit.leadRequired'), trigger: 'change' }]
        : [],
  }))

  function insertOutline(): void {
    const outline = CONTENT_OUTLINE.map((k) => `${t(`proposals.edit.outline.${k}`)}\n`).join('\n')
    form.content = form.content.trim() ? `${form.content.trimEnd()}\n\n${outline}` : outline
  }

  async function loadOptions(): Promise<void> {
    if (!auth.hasPermission('org:structure:read')) return
    try {
      const o = await loadOrgOptions(String(auth.user?.committee.id ?? ''), true)
      bodies.value = o.bodies
      sectors.value = o.sectors
    } catch {
      // only the member and party sources are offered
    }
  }

  async function load(): Promise<void> {
    serverErrors.value = {}
    formError.value = ''
    if (id.value === null) {
      proposal.value = null
      Object.assign(form, emptyDraft())
      return
    }
    loading.value = true
    notFound.value = false
    try {
      const p = await getProposal(id.value, { notify: false })
      proposal.value = p
      Object.assign(form, draftFrom(p))
      formRef.value?.clearValidate()
    } catch (error) {
      if (isApiError(error) && error.status === 404) notFound.value = true
      else if (isApiError(error) && !error.isSessionLost)
        ElMessage({ type: 'error', message: error.message, showClose: true })
    } finally {
      loading.value = false
    }
  }

  /** Saves the form; the saved proposal, or null when it could not be saved (the form says why). */
  async function save(): Promise<Proposal | null> {
    serverErrors.value = {}
    formError.value = ''
    const valid = await formRef.value?.validate().catch(() => false)
    if (!valid) return null
    try {
      const body = draftInput(form, isNew.value)
      const saved =
        id.value === null
          ? await createProposal(body)
          : await updateProposal(id.value, { ...body, version: proposal.value?.version ?? 0 })
      proposal.value = saved
      return saved
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return null
      if (error.code === 'stale_version') {
        await ElMessageBox.alert(t('proposals.edit.staleText'), t('proposals.edit.staleTitle'), {
          type: 'warning',
          confirmButtonText: t('proposals.edit.reload'),
        }).catch(() => undefined)
        await load()
        return null
      }
      const fields = fieldErrorsOf(error)
      if (fields.length) {
        serverErrors.value = errorsByField(fields, DRAFT_FIELD_ALIASES)
        formError.value = t('proposals.edit.fixErrors')
      } else formError.value = error.message
      return null
    }
  }

  async function saveDraft(): Promise<void> {
    if (saving.value) return
    saving.value = true
    try {
      const saved = await save()
      if (!saved) return
      ElMessage({ type: 'success', message: t('proposals.edit.saved') })
      if (isNew.value) await router.replace({ name: 'proposal-edit', params: { id: saved.id } })
    } finally {
      saving.value = false
    }
  }

  /** Saves, then submits, invites the co-signers, or resubmits — and shows the proposal. */
  async function finish(): Promise<void> {
    if (saving.value) return
    const next = step.value
    // the server submits only a proposal with its text, and co-signing freezes the text
    if (!form.content.trim()) {
      serverErrors.value = { content: t('proposals.edit.contentRequired') }
      return
    }
    if (next !== 'invite') {
      try {
        await ElMessageBox.confirm(t(`proposals.edit.confirm.${next}`), t(`proposals.edit.final.${next}`), {
          type: 'info',
          confirmButtonText: t(`proposals.edit.final.${next}`),
          cancelButtonText: t('common.actions.cancel'),
        })
      } catch {
        return
      }
    }
    saving.value = true
    try {
      const saved = await save()
      if (!saved) return
      try {
        if (next === 'invite')
          await inviteCosigners(saved.id, { version: saved.version, member_ids: [...form.cosigners] })
        else await proposerStep(saved.id, next, { version: saved.version })
      } catch {
        // the client has shown why; the draft is saved, so continue from its page
        await router.replace({ name: 'proposal-edit', params: { id: saved.id } })
        return
      }
      ElMessage({ type: 'success', message: t(`proposals.edit.done.${next}`) })
      await router.push({ name: 'proposal-detail', params: { id: saved.id } })
    } finally {
      saving.value = false
    }
  }

  function cancel(): void {
    if (id.value === null) void router.push({ name: 'proposals' })
    else void router.push({ name: 'proposal-detail', params: { id: id.value } })
  }

  watch(id, () => void load(), { immediate: true })
  void loadOptions()

  return {
    form,
    rules,
    proposal,
    isNew,
    staff,
    canPickMembers,
    canInvite,
    step,
    categories,
    sources,
    bodies,
    sectors,
    loading,
    notFound,
    saving,
    serverErrors,
    formError,
    insertOutline,
    saveDraft,
    finish,
    cancel,
    load,
  }
}
