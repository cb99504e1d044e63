/** /consultation/*: the topic pipeline and annual plan, consultation activities, democratic supervision. */
import { buildUrl, http, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  Activity,
  ActivityInput,
  ActivityRow,
  Entry,
  EntryInput,
  Form,
  ListQuery,
  Mode,
  Plan,
  Supervision,
  SupervisionInput,
  SupervisionRow,
  Topic,
  TopicRow,
  TopicState,
  TopicStepInput,
} from './types'

const id = (value: Id) => encodeURIComponent(String(value))
const q = (query: object) => ({ ...query }) as Query

// ---------------------------------------------------------------- topics and the plan

export function listTopics(year: number, state?: TopicState): Promise<ListResult<TopicRow>> {
  return http.get('/consultation/topics', { query: { year, state } })
}
export function getTopic(topicId: Id): Promise<Topic> {
  return http.get(`/consultation/topics/${id(topicId)}`)
}
export function proposeTopic(body: { title: string; description?: string; year?: number }): Promise<Topic> {
  return http.post('/consultation/topics', body, { notify: false })
}
export function takeTopicStep(topicId: Id, body: TopicStepInput): Promise<Topic> {
  return http.post(`/consultation/topics/${id(topicId)}/steps`, body, { notify: false })
}
export function getPlan(year: number): Promise<Plan> {
  return http.get('/consultation/plan', { query: { year } })
}
export function planPrintUrl(year: number): string {
  return buildUrl('/consultation/plan/print', { year })
}

// ---------------------------------------------------------------- activities

export function listActivities(query: ListQuery & { form?: Form }): Promise<ListResult<ActivityRow>> {
  return http.get('/consultation/activities', { query: q(query) })
}
export function getActivity(activityId: Id): Promise<Activity> {
  return http.get(`/consultation/activities/${id(activityId)}`)
}
export function createActivity(body: ActivityInput): Promise<Activity> {
  return http.post('/consultation/activities', body, { notify: false })
}
export function updateActivity(activityId: Id, body: ActivityInput & { version: number }): Promise<Activity> {
  return http.patch(`/consultation/activities/${id(activityId)}`, body, { notify: false })
}
export function addActivityEntry(activityId: Id, body: EntryInput): Promise<Record<string, Entry[]>> {
  return http.post(`/consultation/activities/${id(activityId)}/entries`, body, { notify: false })
}

// ---------------------------------------------------------------- supervision

export function listSupervision(query: ListQuery & { mode?: Mode }): Promise<ListResult<SupervisionRow>> {
  return http.get('/consultation/supervision', { query: q(query) })
}
export function getSupervision(itemId: Id): Promise<Supervision> {
  return http.get(`/consultation/supervision/${id(itemId)}`)
}
export function createSupervision(body: SupervisionInput): Promise<Supervision> {
  return http.post('/consultation/supervision', body, { notify: false })
}
export function updateSupervision(
  itemId: Id,
  body: SupervisionInput & { version: number },
): Promise<Supervision> {
  return http.patch(`/consultation/supervision/${id(itemId)}`, body, { notify: false })
}
export function addSupervisionEntry(itemId: Id, body: EntryInput): Promise<Record<string, Entry[]>> {
  return http.post(`/consultation/supervision/${id(itemId)}/entries`, body, { notify: false })
}
