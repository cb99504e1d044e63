import { computed, onMounted, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getRules, saveRules } from '@/api/duty'
import type { Rules, RulesDoc } from '@/api/duty/types'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { addBand, editableRules, sortBands, yearOptions } from '../data'

/** The rules editor: one year's table, saved as a whole (the server checks it and recomputes the scores). */
export function useRulesPage() {
  const { t } = useI18n()
  const years = yearOptions(new Date().getFullYear())
  const year = ref(years[0] ?? new Date().getFullYear())
  const doc = shallowRef<RulesDoc | null>(null)
  const rules = ref<Rules | null>(null)
  const loading = ref(false)
  const submit = useFormSubmit()

  async function load(): Promise<void> {
    loading.value = true
    submit.clear()
    try {
      doc.value = await getRules(year.value)
      rules.value = editableRules(doc.value.rules)
    } catch {
      doc.value = null
      rules.value = null
    } finally {
      loading.value = false
    }
  }
  watch(year, load)
  onMounted(load)

  /** Every problem the server found, one line each (fields of a table have no single input to sit under). */
  const problems = computed(() => Object.values(submit.errors.value))
  const selfKinds = computed(() => doc.value?.kinds ?? [])

  async function save(): Promise<void> {
    if (!doc.value || !rules.value) return
    const r = rules.value
    const sent: Rules = { ...r, bands: sortBands(r.bands) }
    let saved: RulesDoc | null = null
    const ok = await submit.run(async () => {
      saved = await saveRules(year.value, doc.value?.version ?? 0, sent)
    })
    if (ok && saved) {
      const s: RulesDoc = saved
      doc.value = s
      rules.value = editableRules(s.rules)
      ElMessage.success(t('duty.rules.saved', { n: s.members_scored ?? 0 }))
    }
  }
  function newBand(): void {
    if (rules.value) rules.value.bands = addBand(rules.value.bands, t('duty.rules.gradeName'))
  }
  function removeBand(index: number): void {
    rules.value?.bands.splice(index, 1)
  }
  function newFiveOne(): void {
    rules.value?.five_ones.push({ code: '', name: '', kinds: [], min: 1 })
  }
  function removeFiveOne(index: number): void {
    rules.value?.five_ones.splice(index, 1)
  }
  return {
    years,
    year,
    doc,
    rules,
    loading,
    saving: submit.saving,
    formError: submit.formError,
    problems,
    selfKinds,
    save,
    newBand,
    removeBand,
    newFiveOne,
    removeFiveOne,
  }
}
