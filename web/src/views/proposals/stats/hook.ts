import { ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { getProposalStats, getUnitEvaluation, setUnitScore } from '@/api/proposals'
import type { ProposalStats, UnitEvaluation, UnitScore } from '@/api/proposals/types'

export function useProposalStats() {
  const { t } = useI18n()
  const year = ref(new Date().getFullYear())
  const stats = shallowRef<ProposalStats | null>(null)
  const evaluation = shallowRef<UnitEvaluation | null>(null)
  const loading = ref(false)
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const [s, e] = await Promise.all([
        getProposalStats({ year: year.value }),
        getUnitEvaluation(year.value),
      ])
      stats.value = s
      evaluation.value = e
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  /** The evaluation meeting's score (0–20) for a unit. */
  async function setScore(unit: UnitScore): Promise<void> {
    let value: string
    try {
      const answer = await ElMessageBox.prompt(
        t('proposals.stats.scorePrompt', { name: unit.name }),
        t('proposals.stats.setScore'),
        {
          inputValue: unit.scores.manual === null ? '' : String(unit.scores.manual),
          inputPattern: /^(20(\.0+)?|1?\d(\.\d+)?)$/,
          inputErrorMessage: t('proposals.stats.scoreInvalid'),
          confirmButtonText: t('common.actions.confirm'),
          cancelButtonText: t('common.actions.cancel'),
        },
      )
      value = (answer as { value: string }).value
    } catch {
      return
    }
    try {
      evaluation.value = await setUnitScore({
        year: year.value,
        unit_id: unit.unit_id,
        manual_score: Number(value),
      })
      ElMessage({ type: 'success', message: t('proposals.stats.scoreSaved') })
    } catch {
      // the client has shown the message
    }
  }

  watch(year, () => void load(), { immediate: true })
  return { year, years, stats, evaluation, loading, load, setScore }
}
