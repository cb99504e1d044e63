import { computed, onMounted, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import {
  deleteArticle,
  exportPublicityTotals,
  getArticle,
  getPublicityTotals,
  getRewardRules,
  listArticles,
  setRewardRules,
} from '@/api/office'
import type { Article, ArticleRow, PublicityTotals, RewardRule } from '@/api/office/types'
import { usePagedList } from '@/composables/usePagedList'
import { useAppStore } from '@/stores/app'
import { saveBlob } from '@/utils/files'
import { columns, emptyFilters, phoneColumns, rewardAmounts, toArticleQuery } from './data'

/** The publicity page: articles, the year's totals, the reward table. */
export function usePublicityPage() {
  const { t } = useI18n()
  const app = useAppStore()
  const list = usePagedList((query) => listArticles(toArticleQuery(query)), { filters: emptyFilters })
  const tableColumns = computed(() => (app.isMobile ? phoneColumns : columns))
  const adding = ref(false)

  const year = ref(new Date().getFullYear())
  const totals = shallowRef<PublicityTotals | null>(null)
  const exporting = ref(false)
  async function loadTotals(): Promise<void> {
    try {
      totals.value = await getPublicityTotals(year.value)
    } catch {
      totals.value = null
    }
  }
  async function exportTotals(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportPublicityTotals(year.value)
      saveBlob(file.blob, file.filename)
    } catch {
      // the client has shown the message
    } finally {
      exporting.value = false
    }
  }

  const rules = ref<RewardRule[]>([])
  const savingRules = ref(false)
  async function loadRules(): Promise<void> {
    try {
      rules.value = (await getRewardRules()).items
    } catch {
      rules.value = []
    }
  }
  async function saveRules(): Promise<void> {
    savingRules.value = true
    try {
      rules.value = (await setRewardRules(rewardAmounts(rules.value))).items
      ElMessage({ type: 'success', message: t('office.publicity.rulesSaved') })
    } catch {
      // the client has shown the message
    } finally {
      savingRules.value = false
    }
  }

  async function onAdded(): Promise<void> {
    ElMessage({ type: 'success', message: t('office.publicity.added') })
    await Promise.all([list.search(), loadTotals()])
  }

  // ---- a recorded article changed or removed
  const editing = shallowRef<Article | null>(null)
  async function openEdit(row: ArticleRow): Promise<void> {
    try {
      editing.value = await getArticle(row.id)
    } catch {
      return
    }
    adding.value = true
  }
  function openAdd(): void {
    editing.value = null
    adding.value = true
  }
  async function onSaved(): Promise<void> {
    if (!editing.value) return onAdded()
    ElMessage({ type: 'success', message: t('office.publicity.updated') })
    await Promise.all([list.load(), loadTotals()])
  }
  async function remove(row: ArticleRow): Promise<void> {
    try {
      await ElMessageBox.confirm(
        t('office.publicity.deleteConfirm', { title: row.title, reward: row.reward }),
        t('office.publicity.delete'),
        { type: 'warning' },
      )
    } catch {
      return
    }
    try {
      await deleteArticle(row.id, row.version)
    } catch {
      return // the client has shown the message (409: someone changed it first)
    }
    ElMessage({ type: 'success', message: t('office.publicity.deleted') })
    await Promise.all([list.load(), loadTotals()])
  }

  watch(year, () => void loadTotals())
  onMounted(async () => {
    void loadRules()
    await list.load()
    // the totals open on the year of the latest article recorded
    const latest = list.rows.value[0]?.published_on
    if (latest) year.value = Number(latest.slice(0, 4))
    if (!latest || year.value === new Date().getFullYear()) void loadTotals()
  })

  return {
    ...list,
    tableColumns,
    adding,
    onAdded,
    editing,
    openEdit,
    openAdd,
    onSaved,
    remove,
    year,
    totals,
    exporting,
    exportTotals,
    rules,
    savingRules,
    saveRules,
  }
}
