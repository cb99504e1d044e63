import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getRule } from '@/api/office'
import type { Rule } from '@/api/office/types'
import { isApiError } from '@/api/client'
import { versionsNewestFirst, type RuleDialogMode } from '../form'

export function useRuleDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const rule = shallowRef<Rule | null>(null)
  const loading = ref(false)
  const notFound = ref(false)
  const id = computed(() => Number(route.params.id))
  const versions = computed(() => versionsNewestFirst(rule.value?.versions ?? []))
  const dialogMode = ref<RuleDialogMode>('revise')
  const dialogOpen = ref(false)

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      rule.value = await getRule(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        rule.value = null
        notFound.value = true
      } else if (isApiError(error) && !error.isSessionLost) {
        ElMessage({ type: 'error', message: error.message, showClose: true })
      }
    } finally {
      loading.value = false
    }
  }

  function openDialog(mode: RuleDialogMode): void {
    dialogMode.value = mode
    dialogOpen.value = true
  }

  function onSaved(saved: Rule): void {
    rule.value = saved
    ElMessage({ type: 'success', message: t(`office.rules.saved.${dialogMode.value}`) })
  }

  watch(id, () => void load(), { immediate: true })

  return { rule, loading, notFound, versions, dialogMode, dialogOpen, openDialog, onSaved }
}
