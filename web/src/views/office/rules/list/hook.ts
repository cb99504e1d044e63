import { computed, onMounted, shallowRef } from 'vue'
import { useRouter } from 'vue-router'
import { getRulesSummary, listRules, rulesCompilationUrl } from '@/api/office'
import type { Rule, RulesSummary } from '@/api/office/types'
import { usePagedList } from '@/composables/usePagedList'
import { useAppStore } from '@/stores/app'
import { openPrint } from '../../labels'
import { columns, emptyFilters, phoneColumns, toRuleQuery } from './data'

export function useRuleList() {
  const app = useAppStore()
  const router = useRouter()
  const list = usePagedList((query) => listRules(toRuleQuery(query)), { filters: emptyFilters })
  const summary = shallowRef<RulesSummary | null>(null)
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))

  async function loadSummary(): Promise<void> {
    try {
      summary.value = await getRulesSummary(new Date().getFullYear())
    } catch {
      summary.value = null
    }
  }

  /** The compilation of the rules in force today, of the chosen category or all. */
  function printCompilation(): void {
    openPrint(rulesCompilationUrl(undefined, list.filters.category || undefined))
  }

  function onEstablished(rule: Rule): void {
    void router.push({ name: 'office-rule-detail', params: { id: rule.id } })
  }

  onMounted(() => {
    void list.load()
    void loadSummary()
  })

  return { ...list, summary, tableColumns, printCompilation, onEstablished }
}
