/** /office/villages (驻点村帮扶): villages, stationed cadres, funds in fen, projects with progress. */
import { http } from '../client'
import type { IsoDate } from '../types'

export type ProjectKind = 'industry' | 'infrastructure' | 'livelihood' | 'other'
export type ProjectStatus = 'planned' | 'in_progress' | 'completed' | 'suspended'

export interface VillageRow {
  id: number
  name: string
  township: string
  county: string
  /** all time, in fen (分) */
  funds_fen: number
  /** in the year asked for */
  year_funds_fen: number
  projects: number
  cadres_now: number
  version: number
}
export interface VillageList {
  items: VillageRow[]
  total: number
  year: number
  funds_fen: number
  year_funds_fen: number
}
export interface VillageCadre {
  id: number
  staff_id: number
  staff_name: string
  body_name: string | null
  role: string
  start_date: IsoDate
  /** '' while stationed */
  end_date: IsoDate | ''
  version: number
}
export interface VillageFund {
  id: number
  source: string
  amount_fen: number
  received_on: IsoDate
  note: string
  version: number
}
export interface ProgressEntry {
  id: number
  on_date: IsoDate
  percent: number
  note: string
}
export interface VillageProject {
  id: number
  village_id: number
  name: string
  kind: ProjectKind
  budget_fen: number
  started_on: IsoDate
  status: ProjectStatus
  note: string
  version: number
  percent: number
  progress: ProgressEntry[]
}
export interface Village {
  id: number
  name: string
  township: string
  county: string
  note: string
  version: number
  cadres: VillageCadre[]
  funds: VillageFund[]
  projects: VillageProject[]
  totals: {
    funds_fen: number
    fund_records: number
    budget_fen: number
    by_year: { year: number; funds_fen: number; records: number }[]
  }
}
export interface VillageFields {
  name: string
  township: string
  county: string
  note?: string
}
export interface CadreFields {
  staff_id: number
  role: string
  start_date: IsoDate
  end_date?: IsoDate
}
export interface FundFields {
  source: string
  amount_fen: number
  received_on: IsoDate
  note?: string
}
export interface ProjectFields {
  name: string
  kind: ProjectKind
  budget_fen: number
  started_on: IsoDate
  status?: ProjectStatus
  note?: string
}
export interface ProgressFields {
  on_date: IsoDate
  percent: number
  note?: string
}

const quiet = { notify: false }

export function listVillages(year: number): Promise<VillageList> {
  return http.get('/office/villages', { query: { year } })
}
export function getVillage(id: number, options: { notify?: boolean } = {}): Promise<Village> {
  return http.get(`/office/villages/${id}`, options)
}
export function createVillage(body: VillageFields): Promise<Village> {
  return http.post('/office/villages', body, quiet)
}
export function stationCadre(villageId: number, body: CadreFields): Promise<Village> {
  return http.post(`/office/villages/${villageId}/cadres`, body, quiet)
}
export function recordFund(villageId: number, body: FundFields): Promise<Village> {
  return http.post(`/office/villages/${villageId}/funds`, body, quiet)
}
/** Corrects a fund record; the village comes back with its new totals. */
export function updateFund(fundId: number, body: FundFields & { version: number }): Promise<Village> {
  return http.patch(`/office/village-funds/${fundId}`, body, quiet)
}
/** Changes a stay's role and dates; an end date ends it. */
export function updateCadre(
  cadreId: number,
  body: Omit<CadreFields, 'staff_id'> & { version: number },
): Promise<Village> {
  return http.patch(`/office/village-cadres/${cadreId}`, body, quiet)
}
export function updateProject(
  projectId: number,
  body: ProjectFields & { version: number },
): Promise<VillageProject> {
  return http.patch(`/office/village-projects/${projectId}`, body, quiet)
}
export function deleteFund(fundId: number): Promise<void> {
  return http.delete(`/office/village-funds/${fundId}`)
}
export function createProject(villageId: number, body: ProjectFields): Promise<VillageProject> {
  return http.post(`/office/villages/${villageId}/projects`, body, quiet)
}
export function recordProgress(projectId: number, body: ProgressFields): Promise<VillageProject> {
  return http.post(`/office/village-projects/${projectId}/progress`, body, quiet)
}
