import { computed, onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getMetricItems, getMetrics } from '@/api/conversion'
import type { Figure, MetricItems, Metrics, ReportKind } from '@/api/conversion/types'
import { useAppStore } from '@/stores/app'
import { drillOf, rateCards, typeRows, yearChoices } from '../data'

/** The rates page: a year (and type) of figures, and the reports behind a clicked figure. */
export function useRates() {
  const { t } = useI18n()
  const app = useAppStore()
  const thisYear = new Date().getFullYear()
  const year = ref(thisYear)
  const type = ref<ReportKind | ''>('')
  const metrics = shallowRef<Metrics | null>(null)
  const loading = ref(false)

  const cards = computed(() => (metrics.value ? rateCards(metrics.value, metrics.value, app.locale) : []))
  const rows = computed(() =>
    metrics.value ? typeRows(metrics.value, app.locale, t('conversion.rates.total')) : [],
  )
  const years = computed(() => yearChoices(metrics.value, thisYear, year.value))

  async function load(): Promise<void> {
    loading.value = true
    try {
      metrics.value = await getMetrics(year.value, type.value)
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  // ---- drill-down
  const drill = shallowRef<MetricItems | null>(null)
  const drillOpen = ref(false)
  const drillLoading = ref(false)
  async function openDrill(figure: Figure, rowType: ReportKind | 'all' | '' = type.value): Promise<void> {
    const d = drillOf(year.value, figure, rowType)
    drillOpen.value = true
    drillLoading.value = true
    drill.value = null
    try {
      drill.value = await getMetricItems(d.year, d.figure, d.type)
    } catch {
      drillOpen.value = false
    } finally {
      drillLoading.value = false
    }
  }

  onMounted(async () => {
    await load()
    // open on the latest year that has reports when this year has none
    const latest = metrics.value?.years[0]
    if (metrics.value && metrics.value.submitted === 0 && latest && latest !== year.value) {
      year.value = latest
      await load()
    }
  })

  return { year, type, metrics, loading, cards, rows, years, load, drill, drillOpen, drillLoading, openDrill }
}
