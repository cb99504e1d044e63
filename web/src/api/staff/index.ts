import { http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id, ImportResult } from '../members/types'
import type { ImportOptions } from '../members'
import type { NewCareerEvent, StaffInput, StaffPerson, StaffQuery, StaffRecord } from './types'

const path = (id: Id) => `/staff/${encodeURIComponent(String(id))}`

/** GET /staff — one page, sorted by pinyin. */
export function listStaff(query: StaffQuery): Promise<ListResult<StaffRecord>> {
  return http.get('/staff', { query: { ...query } as Query })
}

/** GET /staff/{id} — the record, the body, the career events and Party memberships. */
export function getStaff(id: Id, options: { notify?: boolean } = {}): Promise<StaffPerson> {
  return http.get(path(id), options)
}

/** POST /staff — the form shows field errors itself. */
export function createStaff(body: StaffInput): Promise<StaffPerson> {
  return http.post('/staff', body, { notify: false })
}

/** PATCH /staff/{id} — 409 stale_version when someone else saved first. */
export function updateStaff(id: Id, body: Partial<StaffInput> & { version: number }): Promise<StaffPerson> {
  return http.patch(path(id), body, { notify: false })
}

/** POST /staff/{id}/events — a promotion sets the rank, a transfer out the status. */
export function addCareerEvent(id: Id, body: NewCareerEvent): Promise<StaffPerson> {
  return http.post(`${path(id)}/events`, body, { notify: false })
}

/** GET /staff/export — the filtered roster as .xlsx. */
export function exportStaff(query: StaffQuery): Promise<Download> {
  return http.download('/staff/export', { query: { ...query } as Query, fallbackName: '机关干部名册.xlsx' })
}

/** POST /staff/import/preview */
export function previewStaffImport(file: Blob, options: ImportOptions): Promise<ImportResult> {
  return http.upload('/staff/import/preview', file, { query: { ...options }, notify: false })
}

/** POST /staff/import — all or nothing. */
export function commitStaffImport(file: Blob, options: ImportOptions): Promise<ImportResult> {
  return http.upload('/staff/import', file, { query: { ...options }, notify: false })
}
