/** /conversion/* (成果转化): one typed function per endpoint. */
import { http, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  AssignmentInput,
  FeedbackInput,
  Figure,
  InstructionInput,
  MetricItems,
  Metrics,
  NewReport,
  Report,
  ReportKind,
  ReportQuery,
  ReportRow,
  StepInput,
} from './types'

type Options = { notify?: boolean }
const id = (value: Id) => encodeURIComponent(String(value))
const q = (query: object) => ({ ...query }) as Query

export function listReports(query: ReportQuery): Promise<ListResult<ReportRow>> {
  return http.get('/conversion/reports', { query: q(query) })
}
/** The items assigned to the caller's unit(s). */
export function listInbox(query: ReportQuery): Promise<ListResult<ReportRow>> {
  return http.get('/conversion/inbox', { query: q(query) })
}
export function getReport(reportId: Id, options: Options = {}): Promise<Report> {
  return http.get(`/conversion/reports/${id(reportId)}`, options)
}
export function submitReport(body: NewReport): Promise<Report> {
  return http.post('/conversion/reports', body, { notify: false })
}
export function instructReport(reportId: Id, body: InstructionInput): Promise<Report> {
  return http.post(`/conversion/reports/${id(reportId)}/instruct`, body, { notify: false })
}
export function assignReport(reportId: Id, body: AssignmentInput): Promise<Report> {
  return http.post(`/conversion/reports/${id(reportId)}/assign`, body, { notify: false })
}
export function acknowledgeReport(reportId: Id, assignmentId?: Id): Promise<Report> {
  return http.post(
    `/conversion/reports/${id(reportId)}/acknowledge`,
    { assignment_id: assignmentId },
    { notify: false },
  )
}
export function reportBack(reportId: Id, body: FeedbackInput): Promise<Report> {
  return http.post(`/conversion/reports/${id(reportId)}/feedback`, body, { notify: false })
}
export function takeReportStep(reportId: Id, body: StepInput): Promise<Report> {
  return http.post(`/conversion/reports/${id(reportId)}/steps`, body, { notify: false })
}

export function getMetrics(year: number, type: ReportKind | '' = ''): Promise<Metrics> {
  return http.get('/conversion/metrics', { query: { year, type: type || undefined } })
}
export function getMetricItems(
  year: number,
  figure: Figure,
  type: ReportKind | '' = '',
): Promise<MetricItems> {
  return http.get('/conversion/metrics/items', { query: { year, figure, type: type || undefined } })
}
