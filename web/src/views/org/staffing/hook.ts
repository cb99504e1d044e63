import { computed, onMounted, ref, shallowRef } from 'vue'
import { getStaffing } from '@/api/org'
import type { Staffing, StaffingRow } from '@/api/org/types'

/** Bodies that need attention first: 一人委, then vacancies, then over-establishment; else in order. */
export function needsAttention(rows: readonly StaffingRow[]): StaffingRow[] {
  return rows.filter((r) => r.one_person || r.vacancies > 0 || r.over > 0)
}

/** Per cent of authorised posts filled (0 when none are authorised). */
export function fillRate(row: Pick<StaffingRow, 'authorised' | 'filled'>): number {
  if (row.authorised <= 0) return 0
  return Math.min(100, Math.round((Math.min(row.filled, row.authorised) / row.authorised) * 100))
}

export function useStaffing() {
  const data = shallowRef<Staffing | null>(null)
  const loading = ref(false)
  const onlyProblems = ref(false)
  const rows = computed(() =>
    data.value ? (onlyProblems.value ? needsAttention(data.value.items) : data.value.items) : [],
  )

  async function load(): Promise<void> {
    loading.value = true
    try {
      data.value = await getStaffing()
    } catch {
      // the client has shown the message
    } finally {
      loading.value = false
    }
  }

  onMounted(load)
  return { data, rows, loading, onlyProblems, load }
}
