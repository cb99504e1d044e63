import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { exportScores, listScores, recomputeScores } from '@/api/duty'
import type { ScoreList, ScoreQuery } from '@/api/duty/types'
import { useOrgOptions } from '@/composables/useOrgOptions'
import { saveBlob } from '@/utils/files'
import { yearOptions } from '../data'

/** Scores and rankings, or (short = true) the members short of their five ones. */
export function useScoresPage(shortOnly: boolean) {
  const { t } = useI18n()
  const { options } = useOrgOptions()
  const years = yearOptions(new Date().getFullYear())
  const filters = reactive({
    year: years[0] ?? new Date().getFullYear(),
    sector_id: '' as ScoreQuery['sector_id'],
    body_id: '' as ScoreQuery['body_id'],
    grade: '',
    short: shortOnly,
    q: '',
  })
  const page = ref(1)
  const pageSize = ref(20)
  const list = shallowRef<ScoreList | null>(null)
  const loading = ref(false)
  const query = computed<ScoreQuery>(() => ({ ...filters, page: page.value, page_size: pageSize.value }))

  async function load(): Promise<void> {
    loading.value = true
    try {
      list.value = await listScores(query.value)
    } catch {
      list.value = null
    } finally {
      loading.value = false
    }
  }
  watch(
    () => ({ ...filters }),
    () => {
      page.value = 1
      void load()
    },
  )
  watch([page, pageSize], () => void load())
  onMounted(load)

  const exporting = ref(false)
  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportScores(query.value)
      saveBlob(file.blob, file.filename)
    } catch {
      // the client has shown the message
    } finally {
      exporting.value = false
    }
  }
  const recomputing = ref(false)
  async function recompute(): Promise<void> {
    recomputing.value = true
    try {
      const r = await recomputeScores(filters.year)
      ElMessage.success(t('duty.scores.recomputed', { n: r.members_scored }))
      await load()
    } catch {
      // shown by the client
    } finally {
      recomputing.value = false
    }
  }
  return {
    years,
    filters,
    page,
    pageSize,
    list,
    loading,
    options,
    exportXlsx,
    exporting,
    recompute,
    recomputing,
  }
}
