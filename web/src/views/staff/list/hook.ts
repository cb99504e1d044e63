import { computed, onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { commitStaffImport, exportStaff, listStaff, previewStaffImport } from '@/api/staff'
import type { StaffFilters } from '@/api/staff/types'
import { listBodies } from '@/api/org'
import type { BodySummary } from '@/api/org/types'
import type { ImportResult } from '@/api/members/types'
import type { RosterImportApi } from '@/components/roster-import/import'
import { usePagedList } from '@/composables/usePagedList'
import { useAppStore } from '@/stores/app'
import { saveBlob } from '@/utils/files'
import { columns, emptyFilters, STAFF_TEMPLATE_HEADERS, toStaffQuery } from './data'

export const staffImportApi: RosterImportApi = {
  preview: previewStaffImport,
  commit: commitStaffImport,
  templateHeaders: STAFF_TEMPLATE_HEADERS,
  templateFilename: '机关干部名册导入模板.csv',
}

export function useStaffList() {
  const { t } = useI18n()
  const app = useAppStore()
  const list = usePagedList((query) => listStaff(toStaffQuery(query)), { filters: emptyFilters })
  const bodies = shallowRef<BodySummary[]>([])
  const exporting = ref(false)
  const importOpen = ref(false)
  const tableColumns = computed(() => (app.isMobile ? columns.filter((c) => c.key !== 'joined_on') : columns))

  async function loadBodies(): Promise<void> {
    try {
      bodies.value = (await listBodies(false, { notify: false })).items
    } catch {
      // without org:structure:read the body filter stays empty
    }
  }

  async function exportXlsx(): Promise<void> {
    exporting.value = true
    try {
      const file = await exportStaff(toStaffQuery(list.filters as StaffFilters))
      saveBlob(file.blob, file.filename)
    } catch {
      // the client has shown the message
    } finally {
      exporting.value = false
    }
  }

  async function onImported(result: ImportResult): Promise<void> {
    ElMessage({ type: 'success', message: t('staff.import.done', { n: result.total }) })
    await list.search()
  }

  onMounted(() => {
    void list.load()
    void loadBodies()
  })

  return { ...list, bodies, exporting, exportXlsx, importOpen, onImported, tableColumns }
}
