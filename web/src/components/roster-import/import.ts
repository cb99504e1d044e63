import { computed, ref, shallowRef } from 'vue'
import { commitImport, previewImport, type ImportOptions } from '@/api/members'
import type { ImportEncoding, ImportResult, ImportRow } from '@/api/members/types'
import { isApiError } from '@/api/client'
import { t } from '@/locales'
import { csvBlob, saveBlob } from '@/utils/files'

/** What a roster import talks to: the preview and the all-or-nothing commit, and its template. */
export interface RosterImportApi {
  preview(file: Blob, options: ImportOptions): Promise<ImportResult>
  commit(file: Blob, options: ImportOptions): Promise<ImportResult>
  /** the template's column headers, as the server reads them */
  templateHeaders: readonly string[]
  templateFilename: string
}

/** The members' roster template's columns, as the server reads them. */
export const TEMPLATE_HEADERS = [
  '姓名',
  '性别',
  '民族',
  '出生日期',
  '身份证号',
  '政治面貌',
  '界别',
  '是否常委',
  '政协职务',
  '工作单位',
  '职务职称',
  '手机号码',
  '通讯地址',
  '乡镇活动组',
  '委员工作室',
  '专委会',
] as const

export const TEMPLATE_FILENAME = '委员名册导入模板.csv'

export const memberImportApi: RosterImportApi = {
  preview: previewImport,
  commit: commitImport,
  templateHeaders: TEMPLATE_HEADERS,
  templateFilename: TEMPLATE_FILENAME,
}

/** The server takes at most 20 MB per upload. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export const ENCODINGS: { value: ImportEncoding; label: string }[] = [
  { value: 'auto', label: 'roster.encodingAuto' },
  { value: 'utf8', label: 'roster.encodingUtf8' },
  { value: 'gb18030', label: 'roster.encodingGbk' },
]

export function templateBlob(headers: readonly string[] = TEMPLATE_HEADERS): Blob {
  return csvBlob([[...headers]])
}

/** Why the file cannot be sent, or null when it can. */
export function checkFile(file: { name: string; size: number }): string | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return t('roster.wrongType')
  if (file.size === 0) return t('roster.emptyFile')
  if (file.size > MAX_IMPORT_BYTES) return t('roster.tooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })
  return null
}

/** Rows as the server sends them: a row without `errors` counts as good. */
function normaliseRows(rows: unknown): ImportRow[] {
  if (!Array.isArray(rows)) return []
  return rows.map((r: Partial<ImportRow> & { values?: Record<string, string> }) => ({
    row: Number(r.row) || 0,
    name: r.name ?? r.values?.name ?? '',
    phone: r.phone ?? r.values?.phone ?? '',
    errors: Array.isArray(r.errors) ? r.errors : [],
  }))
}

function normaliseResult(
  result: Partial<ImportResult> | undefined,
  before: ImportResult | null,
): ImportResult {
  const rows = result?.rows ? normaliseRows(result.rows) : (before?.rows ?? [])
  const invalid = rows.filter((r) => r.errors.length).length
  return {
    total: result?.total ?? rows.length,
    valid: result?.valid ?? rows.length - invalid,
    invalid: result?.invalid ?? invalid,
    rows,
    committed: Boolean(result?.committed),
  }
}

/**
 * The import dialog's state: the chosen file and encoding, the server's preview of every row, and the
 * all-or-nothing commit. Choosing a file or another encoding previews again; an answer that arrives after
 * a newer preview was asked for is dropped.
 */
export function useRosterImport(api: RosterImportApi) {
  const file = shallowRef<File | null>(null)
  const encoding = ref<ImportEncoding>('auto')
  const preview = shallowRef<ImportResult | null>(null)
  const previewing = ref(false)
  const committing = ref(false)
  /** A problem with the file as a whole (type, size, missing columns, unreadable) */
  const fileError = ref('')
  const onlyProblems = ref(false)
  let ticket = 0

  const problemRows = computed<ImportRow[]>(() => preview.value?.rows.filter((r) => r.errors.length) ?? [])
  const shownRows = computed<ImportRow[]>(() =>
    onlyProblems.value ? problemRows.value : (preview.value?.rows ?? []),
  )
  const canCommit = computed(
    () =>
      file.value !== null &&
      preview.value !== null &&
      preview.value.total > 0 &&
      preview.value.invalid === 0 &&
      !previewing.value &&
      !committing.value,
  )

  const options = () => ({ filename: file.value?.name ?? '', encoding: encoding.value })

  async function runPreview(): Promise<void> {
    const current = file.value
    if (!current) return
    const mine = ++ticket
    previewing.value = true
    fileError.value = ''
    try {
      const result = normaliseResult(await api.preview(current, options()), null)
      if (mine !== ticket) return
      preview.value = result
      onlyProblems.value = result.invalid > 0
    } catch (error) {
      if (mine !== ticket) return
      preview.value = null
      if (!isApiError(error)) throw error
      fileError.value = error.message
    } finally {
      if (mine === ticket) previewing.value = false
    }
  }

  /** A file was chosen: check it here, then let the server preview it. */
  function choose(next: File | null): Promise<void> {
    ticket++
    previewing.value = false
    preview.value = null
    fileError.value = ''
    file.value = next
    if (!next) return Promise.resolve()
    const problem = checkFile(next)
    if (problem) {
      fileError.value = problem
      file.value = null
      return Promise.resolve()
    }
    return runPreview()
  }

  function setEncoding(next: ImportEncoding): Promise<void> {
    encoding.value = next
    return runPreview()
  }

  /** Stores every row; on success answers the result, otherwise null (the reasons are on screen). */
  async function commit(): Promise<ImportResult | null> {
    const current = file.value
    if (!current || !canCommit.value) return null
    committing.value = true
    fileError.value = ''
    try {
      const answer = await api.commit(current, options())
      // a commit may answer only a count ({imported}); the rows are the preview's
      const result = { ...normaliseResult(answer, preview.value), committed: true }
      if (!answer?.rows && typeof (answer as { imported?: unknown })?.imported === 'number')
        result.total = (answer as unknown as { imported: number }).imported
      preview.value = result
      return result
    } catch (error) {
      if (!isApiError(error)) throw error
      const rows = (error.details as { rows?: unknown }).rows
      if (error.code === 'import_has_errors' && Array.isArray(rows) && preview.value) {
        // someone added a person with the same phone meanwhile: show the rows the server refused
        const bad = new Map(normaliseRows(rows).map((r) => [r.row, r]))
        const merged = preview.value.rows.map((r) => bad.get(r.row) ?? r)
        const invalid = merged.filter((r) => r.errors.length).length
        preview.value = { ...preview.value, rows: merged, invalid, valid: merged.length - invalid }
        onlyProblems.value = true
      }
      fileError.value = error.message
      return null
    } finally {
      committing.value = false
    }
  }

  function reset(): void {
    ticket++
    file.value = null
    preview.value = null
    previewing.value = false
    committing.value = false
    fileError.value = ''
    onlyProblems.value = false
    encoding.value = 'auto'
  }

  function downloadTemplate(): void {
    saveBlob(templateBlob(api.templateHeaders), api.templateFilename)
  }

  return {
    file,
    encoding,
    preview,
    previewing,
    committing,
    fileError,
    onlyProblems,
    problemRows,
    shownRows,
    canCommit,
    choose,
    setEncoding,
    runPreview,
    commit,
    reset,
    downloadTemplate,
  }
}

/** The members' roster import. */
export function useMemberImport() {
  return useRosterImport(memberImportApi)
}
