import { computed, onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import {
  getAnnualEvaluation,
  listAnnualResults,
  listAssessments,
  listSheets,
  setAnnualResult,
} from '@/api/office'
import type { AnnualEvaluation, AnnualResult, AssessmentRow, Sheet } from '@/api/office/types'
import type { Id } from '@/api/members/types'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import { quarterOf, recentQuarters, todayIso } from '../../liaison/labels'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { previousQuarter } from './data'

/** The assessment page: a quarter's scores and ranking, the year's evaluation, the office's own results. */
export function useAssessmentPage() {
  const { t } = useI18n()
  const quarters = recentQuarters(quarterOf(todayIso()), 8)
  const quarter = ref(quarters[0] ?? '')
  const sheets = shallowRef<Sheet[]>([])
  const sheetId = ref<Id | ''>('')
  const sheet = computed(() => sheets.value.find((s) => s.id === sheetId.value) ?? null)
  const bodies = shallowRef<BodySummary[]>([])
  const rows = shallowRef<AssessmentRow[]>([])
  const loading = ref(false)

  async function loadQuarter(): Promise<void> {
    if (sheetId.value === '') return
    loading.value = true
    try {
      rows.value = (await listAssessments(quarter.value, sheetId.value)).items
    } catch {
      rows.value = []
    } finally {
      loading.value = false
    }
  }

  // ---- the year
  const year = ref(new Date().getFullYear())
  const annual = shallowRef<AnnualEvaluation | null>(null)
  async function loadAnnual(): Promise<void> {
    if (sheetId.value === '') return
    try {
      annual.value = await getAnnualEvaluation(year.value, sheetId.value)
    } catch {
      annual.value = null
    }
  }

  // ---- the office's own annual results among the city's units
  const results = shallowRef<AnnualResult[]>([])
  const resultForm = reactive({
    year: new Date().getFullYear() - 1,
    rank: 1,
    units: 0,
    grade: '',
    commendations: '',
  })
  const resultSubmit = useFormSubmit({ fields: ['year', 'rank', 'units', 'grade', 'commendations'] })
  async function loadResults(): Promise<void> {
    try {
      results.value = (await listAnnualResults()).items
    } catch {
      results.value = []
    }
  }
  async function saveResult(): Promise<void> {
    const existing = results.value.find((r) => r.year === resultForm.year)
    const ok = await resultSubmit.run(() =>
      setAnnualResult({
        year: resultForm.year,
        rank: resultForm.rank,
        ...(resultForm.units > 0 ? { units: resultForm.units } : {}),
        grade: resultForm.grade.trim(),
        commendations: resultForm.commendations.trim(),
        ...(existing ? { version: existing.version } : {}),
      }),
    )
    if (ok) {
      ElMessage({ type: 'success', message: t('office.assessment.resultSaved') })
      await loadResults()
    }
  }
  function editResult(r: AnnualResult): void {
    Object.assign(resultForm, {
      year: r.year,
      rank: r.rank,
      units: r.units ?? 0,
      grade: r.grade,
      commendations: r.commendations,
    })
  }

  watch([quarter, sheetId], () => void loadQuarter())
  watch([year, sheetId], () => void loadAnnual())

  /** The sheets again (after one was created or edited), with `select` chosen. */
  async function reloadSheets(select: Sheet): Promise<void> {
    try {
      sheets.value = (await listSheets()).items
    } catch {
      sheets.value = sheets.value.map((s) => (s.id === select.id ? select : s))
    }
    if (sheetId.value === select.id) {
      void loadQuarter()
      void loadAnnual()
    } else sheetId.value = select.id
  }

  onMounted(async () => {
    void loadResults()
    try {
      bodies.value = (await listBodies(false, { notify: false })).items
    } catch {
      // staff sheets still work
    }
    try {
      sheets.value = (await listSheets()).items
    } catch {
      sheets.value = []
    }
    const first = sheets.value[0]
    if (!first) return
    // open on the latest quarter that has been assessed
    const current = quarter.value
    const latest = await listAssessments(current, first.id).catch(() => null)
    if (latest && latest.total === 0) quarter.value = previousQuarter(current)
    sheetId.value = first.id
  })

  return {
    quarters,
    quarter,
    sheets,
    sheetId,
    sheet,
    reloadSheets,
    bodies,
    rows,
    loading,
    loadQuarter,
    year,
    annual,
    results,
    resultForm,
    resultSubmit,
    saveResult,
    editResult,
  }
}
