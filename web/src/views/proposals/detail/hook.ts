import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getProposal } from '@/api/proposals'
import type { Proposal } from '@/api/proposals/types'
import { isApiError } from '@/api/client'
import { useProposalSettings } from '@/composables/useProposalSettings'
import { useAuthStore } from '@/stores/auth'
import { commandsFor, type ActionContext, type Command } from '../actions'

export function useProposalDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const auth = useAuthStore()
  const { settings } = useProposalSettings()
  const proposal = shallowRef<Proposal | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const dialogOpen = ref(false)
  const active = shallowRef<Command | null>(null)

  const id = computed(() => Number(route.params.id))
  const staff = computed(() => auth.hasPermission('proposal:proposal:review'))
  const commands = computed(() => (proposal.value ? commandsFor(proposal.value.actions) : []))
  const context = computed<ActionContext | null>(() =>
    proposal.value ? { proposal: proposal.value, settings: settings.value, staff: staff.value } : null,
  )
  const canEdit = computed(() => proposal.value?.actions.includes('edit') ?? false)

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      proposal.value = await getProposal(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        proposal.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  function run(command: Command): void {
    active.value = command
    dialogOpen.value = true
  }

  function done(next: Proposal): void {
    proposal.value = next
    ElMessage({
      type: 'success',
      message: t('proposals.detail.done', { action: t(active.value?.label ?? '') }),
    })
  }

  watch(id, () => void load(), { immediate: true })

  return {
    proposal,
    loading,
    notFound,
    commands,
    context,
    canEdit,
    dialogOpen,
    active,
    run,
    done,
    load,
    staff,
  }
}
