import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/client'
import { listStaff } from '@/api/staff'
import type { StaffRecord } from '@/api/staff/types'
import {
  createProject,
  deleteFund,
  getVillage,
  recordFund,
  recordProgress,
  stationCadre,
  updateCadre,
  updateFund,
  updateProject,
  type ProjectKind,
  type ProjectStatus,
  type Village,
  type VillageCadre,
  type VillageFund,
  type VillageProject,
} from '@/api/office/villages'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { fenToInput, yuanToFen } from '../data'

type Dialog = 'fund' | 'project' | 'progress' | 'cadre' | ''

/** The village page: its figures and records, and the dialogs that add to them. */
export function useVillageDetail() {
  const { t } = useI18n()
  const route = useRoute()
  const id = computed(() => Number(route.params.id))
  const village = shallowRef<Village | null>(null)
  const loading = ref(false)
  const notFound = ref(false)

  async function load(): Promise<void> {
    if (!Number.isFinite(id.value)) return
    loading.value = true
    notFound.value = false
    try {
      village.value = await getVillage(id.value, { notify: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) notFound.value = true
      else if (isApiError(error) && !error.isSessionLost)
        ElMessage({ type: 'error', message: error.message, showClose: true })
    } finally {
      loading.value = false
    }
  }
  watch(id, () => void load(), { immediate: true })

  const dialog = ref<Dialog>('')
  const open = computed({
    get: () => dialog.value !== '',
    set: (v: boolean) => {
      if (!v) dialog.value = ''
    },
  })
  const submit = useFormSubmit({
    fields: [
      'source',
      'amount',
      'received_on',
      'note',
      'name',
      'kind',
      'budget',
      'started_on',
      'on_date',
      'percent',
      'staff_id',
      'role',
      'start_date',
      'end_date',
    ],
    aliases: { amount_fen: 'amount', budget_fen: 'budget' },
  })
  const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10)

  const fund = reactive({ source: '', amount: '', received_on: '', note: '' })
  const project = reactive({
    name: '',
    kind: 'industry' as ProjectKind,
    status: 'planned' as ProjectStatus,
    budget: '',
    started_on: '',
    note: '',
  })
  // the record a dialog edits (null: it adds a new one)
  const fundOf = shallowRef<VillageFund | null>(null)
  const projectOf = shallowRef<VillageProject | null>(null)
  const cadreOf = shallowRef<VillageCadre | null>(null)
  const progress = reactive({ on_date: '', percent: 0, note: '' })
  const progressOf = shallowRef<VillageProject | null>(null)
  const cadre = reactive({ staff_id: '' as number | '', role: '', start_date: '', end_date: '' })
  const staff = shallowRef<StaffRecord[]>([])

  /**
   * Opens a dialog: to add a record, or to edit `target` (a fund, a project, a stay); `ending` a stay fills in
   * today as its end.
   */
  function openDialog(
    kind: Exclude<Dialog, ''>,
    target?: VillageFund | VillageProject | VillageCadre,
    ending = false,
  ): void {
    submit.clear()
    fundOf.value = kind === 'fund' ? ((target as VillageFund | undefined) ?? null) : null
    projectOf.value = kind === 'project' ? ((target as VillageProject | undefined) ?? null) : null
    cadreOf.value = kind === 'cadre' ? ((target as VillageCadre | undefined) ?? null) : null
    if (kind === 'fund') {
      const f = fundOf.value
      Object.assign(fund, {
        source: f?.source ?? '',
        amount: f ? fenToInput(f.amount_fen) : '',
        received_on: f?.received_on ?? today(),
        note: f?.note ?? '',
      })
    }
    if (kind === 'project') {
      const p = projectOf.value
      Object.assign(project, {
        name: p?.name ?? '',
        kind: p?.kind ?? 'industry',
        status: p?.status ?? 'planned',
        budget: p ? fenToInput(p.budget_fen) : '',
        started_on: p?.started_on ?? today(),
        note: p?.note ?? '',
      })
    }
    if (kind === 'progress') {
      const p = target as VillageProject | undefined
      progressOf.value = p ?? null
      Object.assign(progress, { on_date: today(), percent: p?.percent ?? 0, note: '' })
    }
    if (kind === 'cadre') {
      const c = cadreOf.value
      Object.assign(cadre, {
        staff_id: c?.staff_id ?? '',
        role: c?.role ?? '',
        start_date: c?.start_date ?? today(),
        end_date: ending ? today() : (c?.end_date ?? ''),
      })
      if (!staff.value.length)
        void listStaff({ status: '在职', page: 1, page_size: 200 }).then((r) => (staff.value = r.items))
    }
    dialog.value = kind
  }

  const required = (value: string | number) => (String(value).trim() ? '' : t('villages.check.required'))
  function compact(e: Record<string, string>): Record<string, string> {
    return Object.fromEntries(Object.entries(e).filter(([, v]) => v))
  }

  async function save(): Promise<void> {
    const v = village.value
    if (!v) return
    const kind = dialog.value
    let ok = false
    if (kind === 'fund') {
      const fen = yuanToFen(fund.amount)
      const local = compact({
        source: required(fund.source),
        amount: fen === null || fen <= 0 ? t('villages.check.amount') : '',
        received_on: required(fund.received_on),
      })
      const body = {
        source: fund.source.trim(),
        amount_fen: fen ?? 0,
        received_on: fund.received_on,
        note: fund.note.trim(),
      }
      const editing = fundOf.value
      ok = await submit.run(async () => {
        village.value = editing
          ? await updateFund(editing.id, { ...body, version: editing.version })
          : await recordFund(v.id, body)
      }, local)
    } else if (kind === 'project') {
      const fen = project.budget.trim() ? yuanToFen(project.budget) : 0
      const local = compact({
        name: required(project.name),
        budget: fen === null ? t('villages.check.amount') : '',
        started_on: required(project.started_on),
      })
      const body = {
        name: project.name.trim(),
        kind: project.kind,
        budget_fen: fen ?? 0,
        started_on: project.started_on,
        note: project.note.trim(),
      }
      const editing = projectOf.value
      ok = await submit.run(async () => {
        if (editing)
          await updateProject(editing.id, { ...body, status: project.status, version: editing.version })
        else await createProject(v.id, body)
      }, local)
    } else if (kind === 'progress' && progressOf.value) {
      const target = progressOf.value
      ok = await submit.run(
        async () => {
          await recordProgress(target.id, {
            on_date: progress.on_date,
            percent: progress.percent,
            note: progress.note,
          })
        },
        compact({ on_date: required(progress.on_date) }),
      )
    } else if (kind === 'cadre') {
      const local = compact({
        staff_id: required(cadre.staff_id),
        role: required(cadre.role),
        start_date: required(cadre.start_date),
      })
      const stay = {
        role: cadre.role.trim(),
        start_date: cadre.start_date,
        ...(cadre.end_date ? { end_date: cadre.end_date } : {}),
      }
      const editing = cadreOf.value
      ok = await submit.run(async () => {
        village.value = editing
          ? await updateCadre(editing.id, { ...stay, version: editing.version })
          : await stationCadre(v.id, { staff_id: Number(cadre.staff_id), ...stay })
      }, local)
    }
    if (!ok) return
    dialog.value = ''
    ElMessage({ type: 'success', message: t('villages.saved') })
    if (kind === 'project' || kind === 'progress') await load()
  }

  async function removeFund(f: VillageFund): Promise<void> {
    try {
      await ElMessageBox.confirm(
        t('villages.deleteFundConfirm', { source: f.source }),
        t('villages.deleteFund'),
        {
          type: 'warning',
        },
      )
    } catch {
      return
    }
    try {
      await deleteFund(f.id)
      await load()
    } catch {
      // the client has shown the message
    }
  }

  return {
    village,
    loading,
    notFound,
    dialog,
    open,
    submit,
    fund,
    project,
    progress,
    progressOf,
    fundOf,
    projectOf,
    cadreOf,
    cadre,
    staff,
    openDialog,
    save,
    removeFund,
  }
}
