/** /office/* (机关建设): one typed function per endpoint. Print pages are HTML the browser opens itself. */
import { buildUrl, http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  AnnualEvaluation,
  AnnualResult,
  AnnualResultInput,
  Article,
  ArticleFields,
  ArticleQuery,
  ArticleRow,
  Assessment,
  AssessmentPreview,
  AssessmentRow,
  CareTodo,
  CleanedText,
  ItemReport,
  Letter,
  LetterRequest,
  LetterRow,
  LetterTemplate,
  NewAssessment,
  NewSheet,
  NewCareEvent,
  NewPlan,
  NewRule,
  NewTask,
  Notice,
  NoticeRow,
  Plan,
  PlanItem,
  PlanItemFields,
  PlanQuery,
  PlanRow,
  PublicityTotals,
  RewardRule,
  Rule,
  RuleAbolition,
  RuleQuery,
  RuleRevision,
  RuleRow,
  RulesSummary,
  ScoreInput,
  Sheet,
  SheetEdit,
  Supervision,
  Task,
  TaskQuery,
  TaskRow,
  TaskStep,
  CareKind,
} from './types'

type Options = { notify?: boolean }
const id = (value: Id) => encodeURIComponent(String(value))
const q = (query: object) => ({ ...query }) as Query

// ---------------------------------------------------------------- rules

export function listRules(query: RuleQuery): Promise<ListResult<RuleRow>> {
  return http.get('/office/rules', { query: q(query) })
}
export function getRule(ruleId: Id, options: Options = {}): Promise<Rule> {
  return http.get(`/office/rules/${id(ruleId)}`, options)
}
export function establishRule(body: NewRule): Promise<Rule> {
  return http.post('/office/rules', body, { notify: false })
}
export function reviseRule(ruleId: Id, body: RuleRevision): Promise<Rule> {
  return http.post(`/office/rules/${id(ruleId)}/revisions`, body, { notify: false })
}
export function abolishRule(ruleId: Id, body: RuleAbolition): Promise<Rule> {
  return http.post(`/office/rules/${id(ruleId)}/abolish`, body, { notify: false })
}
export function getRulesSummary(year: number): Promise<RulesSummary> {
  return http.get('/office/rules/summary', { query: { year } })
}
/** The printable compilation (汇编) of the rules in force on a day. */
export function rulesCompilationUrl(asOf?: string, category?: string): string {
  return buildUrl('/office/rules/compilation', { as_of: asOf, category })
}

// ---------------------------------------------------------------- supervised tasks

export function listTasks(query: TaskQuery): Promise<ListResult<TaskRow>> {
  return http.get('/office/tasks', { query: q(query) })
}
export function getTask(taskId: Id, options: Options = {}): Promise<Task> {
  return http.get(`/office/tasks/${id(taskId)}`, options)
}
export function createTask(body: NewTask): Promise<Task> {
  return http.post('/office/tasks', body, { notify: false })
}
export function takeTaskStep(taskId: Id, body: TaskStep): Promise<Task> {
  return http.post(`/office/tasks/${id(taskId)}/steps`, body, { notify: false })
}
/** The printable supervision notice (督办通知单). */
export function taskNoticeUrl(taskId: Id): string {
  return buildUrl(`/office/tasks/${id(taskId)}/notice`)
}

// ---------------------------------------------------------------- plans and notices

export function listPlans(query: PlanQuery): Promise<ListResult<PlanRow>> {
  return http.get('/office/plans', { query: q(query) })
}
export function getPlan(planId: Id): Promise<Plan> {
  return http.get(`/office/plans/${id(planId)}`)
}
export function createPlan(body: NewPlan): Promise<Plan> {
  return http.post('/office/plans', body, { notify: false })
}
export function addPlanItem(planId: Id, body: PlanItemFields): Promise<Plan> {
  return http.post(`/office/plans/${id(planId)}/items`, body, { notify: false })
}
export function reportPlanItem(itemId: Id, body: ItemReport): Promise<PlanItem> {
  return http.patch(`/office/plan-items/${id(itemId)}`, body, { notify: false })
}
export function getSupervision(month: string): Promise<Supervision> {
  return http.get('/office/plans/supervision', { query: { month } })
}
export function listNotices(year?: number): Promise<ListResult<NoticeRow>> {
  return http.get('/office/notices', { query: { year } })
}
export function getNotice(noticeId: Id): Promise<Notice> {
  return http.get(`/office/notices/${id(noticeId)}`)
}
export function issueNotice(month: string): Promise<Notice> {
  return http.post('/office/notices', { month }, { notify: false })
}
export function noticePrintUrl(noticeId: Id): string {
  return buildUrl(`/office/notices/${id(noticeId)}/print`)
}

// ---------------------------------------------------------------- publicity

export function listArticles(query: ArticleQuery): Promise<ListResult<ArticleRow>> {
  return http.get('/office/articles', { query: q(query) })
}
export function getArticle(articleId: Id): Promise<Article> {
  return http.get(`/office/articles/${id(articleId)}`)
}
export function createArticle(body: ArticleFields): Promise<Article> {
  return http.post('/office/articles', body, { notify: false })
}
/** Changes a recorded article (409 when someone changed it first); the reward follows a change of level. */
export function updateArticle(articleId: Id, version: number, body: ArticleFields): Promise<Article> {
  return http.patch(`/office/articles/${id(articleId)}`, { ...body, version }, { notify: false })
}
export function deleteArticle(articleId: Id, version: number): Promise<void> {
  return http.delete(`/office/articles/${id(articleId)}`, { body: { version } })
}
export function cleanPasted(pasted: string): Promise<CleanedText> {
  return http.post('/office/articles/clean', { pasted })
}
export function getRewardRules(): Promise<ListResult<RewardRule>> {
  return http.get('/office/publicity/reward-rules')
}
export function setRewardRules(amounts: Record<string, number>): Promise<ListResult<RewardRule>> {
  return http.put('/office/publicity/reward-rules', { amounts })
}
export function getPublicityTotals(year: number): Promise<PublicityTotals> {
  return http.get('/office/publicity/totals', { query: { year } })
}
export function exportPublicityTotals(year: number): Promise<Download> {
  return http.download('/office/publicity/totals/export', {
    query: { year },
    fallbackName: `${year}年宣传稿件统计.xlsx`,
  })
}

// ---------------------------------------------------------------- care letters

export function getCareTodo(month: string): Promise<CareTodo> {
  return http.get('/office/care/todo', { query: { month } })
}
export function listTemplates(): Promise<ListResult<LetterTemplate> & { placeholders: string[] }> {
  return http.get('/office/care/templates')
}
export function saveTemplate(body: {
  kind: CareKind
  title: string
  body: string
  version?: number
}): Promise<LetterTemplate> {
  return http.put('/office/care/templates', body, { notify: false })
}
export function registerCareEvent(body: NewCareEvent): Promise<unknown> {
  return http.post('/office/care/events', body, { notify: false })
}
export function deleteCareEvent(eventId: Id): Promise<void> {
  return http.delete(`/office/care/events/${id(eventId)}`)
}
export function listLetters(query: { year?: number; staff_id?: Id }): Promise<ListResult<LetterRow>> {
  return http.get('/office/care/letters', { query: q(query) })
}
export function getLetter(letterId: Id): Promise<Letter> {
  return http.get(`/office/care/letters/${id(letterId)}`)
}
export function writeLetter(body: LetterRequest): Promise<Letter> {
  return http.post('/office/care/letters', body)
}
export function writeMonthLetters(
  month: string,
): Promise<{ month: string; written: Letter[]; total: number }> {
  return http.post('/office/care/letters/month', { month })
}
/** One or many letters on one print page, a letter a sheet. */
export function lettersPrintUrl(ids: readonly Id[]): string {
  return buildUrl('/office/care/letters/print', { ids: ids.join(',') })
}

// ---------------------------------------------------------------- assessment

export function listSheets(): Promise<ListResult<Sheet>> {
  return http.get('/office/assessment/sheets')
}
export function getSheet(sheetId: Id): Promise<Sheet> {
  return http.get(`/office/assessment/sheets/${id(sheetId)}`)
}
export function createSheet(body: NewSheet): Promise<Sheet> {
  return http.post('/office/assessment/sheets', body, { notify: false })
}
export function updateSheet(sheetId: Id, body: SheetEdit): Promise<Sheet> {
  return http.put(`/office/assessment/sheets/${id(sheetId)}`, body, { notify: false })
}
/** The computed parts of an assessment worked out from the records, before it is scored or saved. */
export function previewAssessment(sheetId: Id, quarter: string, subjectId: Id): Promise<AssessmentPreview> {
  return http.get('/office/assessments/preview', {
    query: { sheet_id: sheetId, quarter, subject_id: subjectId },
  })
}
export function listAssessments(quarter: string, sheetId?: Id): Promise<ListResult<AssessmentRow>> {
  return http.get('/office/assessments', { query: { quarter, sheet_id: sheetId } })
}
export function getAssessment(assessmentId: Id): Promise<Assessment> {
  return http.get(`/office/assessments/${id(assessmentId)}`)
}
export function createAssessment(body: NewAssessment): Promise<Assessment> {
  return http.post('/office/assessments', body, { notify: false })
}
export function rescoreAssessment(
  assessmentId: Id,
  version: number,
  scores: ScoreInput[],
): Promise<Assessment> {
  return http.patch(`/office/assessments/${id(assessmentId)}`, { version, scores }, { notify: false })
}
export function getAnnualEvaluation(year: number, sheetId: Id): Promise<AnnualEvaluation> {
  return http.get('/office/assessment/annual', { query: { year, sheet_id: sheetId } })
}
export function listAnnualResults(): Promise<ListResult<AnnualResult>> {
  return http.get('/office/assessment/results')
}
export function setAnnualResult(body: AnnualResultInput): Promise<AnnualResult> {
  return http.put('/office/assessment/results', body, { notify: false })
}
