/** 社情民意: a member's own items (/my/info-items) and the staff's desk (/info/*). */
import { http, type Query } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  AdoptionInput,
  InfoDraft,
  InfoItem,
  InfoQuery,
  InfoRow,
  InfoSettings,
  InfoStats,
  InstructionInput,
  ScoreLevel,
} from './types'

const id = (value: Id) => encodeURIComponent(String(value))
const q = (query: object) => ({ ...query }) as Query

// ---------------------------------------------------------------- the member's own

export function listMyItems(query: { page?: number; page_size?: number } = {}): Promise<ListResult<InfoRow>> {
  return http.get('/my/info-items', { query: q(query) })
}
export function getMyItem(itemId: Id): Promise<InfoItem> {
  return http.get(`/my/info-items/${id(itemId)}`)
}
export function submitItem(body: InfoDraft): Promise<InfoItem> {
  return http.post('/my/info-items', body, { notify: false })
}
/** The committee's length limit, for the counter on the form. */
export function getLimits(): Promise<{ max_chars: number }> {
  return http.get('/info/limits')
}

// ---------------------------------------------------------------- staff

export function listItems(query: InfoQuery): Promise<ListResult<InfoRow>> {
  return http.get('/info/items', { query: q(query) })
}
export function getItem(itemId: Id): Promise<InfoItem> {
  return http.get(`/info/items/${id(itemId)}`)
}
/** A member's report received on paper, entered by staff. */
export function enterItem(body: InfoDraft & { member_id: Id }): Promise<InfoItem> {
  return http.post('/info/items', body, { notify: false })
}
export function editItem(itemId: Id, body: InfoDraft & { version: number }): Promise<InfoItem> {
  return http.patch(`/info/items/${id(itemId)}`, body, { notify: false })
}
export function mergeItems(body: { ids: Id[]; title?: string; text?: string }): Promise<InfoItem> {
  return http.post('/info/items/merge', body, { notify: false })
}
export function selectItem(itemId: Id, body: { analysis: string; version: number }): Promise<InfoItem> {
  return http.post(`/info/items/${id(itemId)}/select`, body, { notify: false })
}
export function adoptItem(itemId: Id, body: AdoptionInput): Promise<InfoItem> {
  return http.post(`/info/items/${id(itemId)}/adoptions`, body, { notify: false })
}
export function recordInstruction(itemId: Id, body: InstructionInput): Promise<InfoItem> {
  return http.post(`/info/items/${id(itemId)}/instructions`, body, { notify: false })
}
export function getStats(year: number): Promise<InfoStats> {
  return http.get('/info/stats', { query: { year } })
}
export function getSettings(): Promise<InfoSettings> {
  return http.get('/info/settings')
}
export function saveSettings(body: {
  max_chars: number
  scores: Partial<Record<ScoreLevel, number>>
  version: number
}): Promise<InfoSettings> {
  return http.put('/info/settings', body, { notify: false })
}
