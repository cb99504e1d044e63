/** /duty/* and /my/duty (委员履职): one typed function per endpoint. Print pages are HTML the browser opens. */
import { buildUrl, http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type { Dossier, DutyReport, NewReport, Rules, RulesDoc, ScoreList, ScoreQuery } from './types'

const id = (value: Id) => encodeURIComponent(String(value))

/** The query string of a score list: empty filters left out, `short` as 1. */
export function scoreQuery(query: ScoreQuery): Query {
  const out: Query = {}
  for (const [key, value] of Object.entries(query)) {
    if (value === '' || value === undefined || value === null || value === false) continue
    out[key] = value === true ? 1 : (value as string | number)
  }
  return out
}

// ---------------------------------------------------------------- rules

export function getRules(year: number): Promise<RulesDoc> {
  return http.get('/duty/rules', { query: { year } })
}
export function saveRules(year: number, version: number, rules: Rules): Promise<RulesDoc> {
  return http.put('/duty/rules', { version, rules }, { query: { year } })
}

// ---------------------------------------------------------------- scores

export function listScores(query: ScoreQuery): Promise<ScoreList> {
  return http.get('/duty/scores', { query: scoreQuery(query) })
}
export function exportScores(query: ScoreQuery): Promise<Download> {
  return http.download('/duty/scores/export', {
    query: scoreQuery({ ...query, page: undefined, page_size: undefined }),
    fallbackName: `${query.year}年度委员履职得分.xlsx`,
  })
}
export function recomputeScores(year: number): Promise<{ year: number; members_scored: number }> {
  return http.post('/duty/scores/recompute', {}, { query: { year } })
}

// ---------------------------------------------------------------- dossiers

export function getDossier(memberId: Id, year: number): Promise<Dossier> {
  return http.get(`/duty/members/${id(memberId)}/dossier`, { query: { year } })
}
export function dossierPrintUrl(memberId: Id | 'mine', year: number): string {
  return memberId === 'mine'
    ? buildUrl('/my/duty/print', { year })
    : buildUrl(`/duty/members/${id(memberId)}/dossier/print`, { year })
}
export function exportDossier(memberId: Id | 'mine', year: number): Promise<Download> {
  const path = memberId === 'mine' ? '/my/duty/export' : `/duty/members/${id(memberId)}/dossier/export`
  return http.download(path, { query: { year }, fallbackName: `履职档案${year}.xlsx` })
}
export function getMyDuty(year: number, options: { notify?: boolean } = {}): Promise<Dossier> {
  return http.get('/my/duty', { query: { year }, ...options })
}

// ---------------------------------------------------------------- self-reported duties

export function reportDuty(report: NewReport): Promise<DutyReport> {
  return http.post('/my/duty/reports', report)
}
export function listReports(status: string, page = 1, page_size = 20): Promise<ListResult<DutyReport>> {
  return http.get('/duty/reports', { query: { status, page, page_size } })
}
export function approveReport(reportId: Id, version: number): Promise<DutyReport> {
  return http.post(`/duty/reports/${id(reportId)}/approve`, { version })
}
export function rejectReport(reportId: Id, version: number, reason: string): Promise<DutyReport> {
  return http.post(`/duty/reports/${id(reportId)}/reject`, { version, reason })
}
export function evidenceUrl(reportId: Id): string {
  return buildUrl(`/duty/reports/${id(reportId)}/evidence`)
}
