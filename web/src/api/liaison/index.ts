import { http } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  ContactLog,
  LiaisonLevel,
  LiaisonLink,
  MyLinksResult,
  NewContactLog,
  NewMemberLink,
  NewPublicLink,
  PublicContact,
  UncontactedResult,
} from './types'

const linkPath = (id: Id) => `/liaison/links/${encodeURIComponent(String(id))}`

/** The server may send counts as strings. */
function normalise<T extends { contacts: number | string }>(link: T): T {
  return { ...link, contacts: Number(link.contacts) || 0 }
}
function normaliseList<R extends ListResult<LiaisonLink>>(result: R): R {
  return { ...result, items: result.items.map(normalise) }
}

/** GET /liaison/links?level=&member_id= */
export async function listLinks(
  query: { level?: LiaisonLevel | ''; member_id?: Id | '' } = {},
): Promise<ListResult<LiaisonLink>> {
  return normaliseList(await http.get<ListResult<LiaisonLink>>('/liaison/links', { query }))
}

/** POST /liaison/links — the form shows field errors itself. */
export async function createLink(body: NewMemberLink | NewPublicLink): Promise<LiaisonLink> {
  return normalise(await http.post<LiaisonLink>('/liaison/links', body, { notify: false }))
}

/** DELETE /liaison/links/{id} — ends the link (its log stays). */
export function endLink(id: Id): Promise<void> {
  return http.delete(linkPath(id))
}

/** GET /liaison/uncontacted?quarter=2026Q4 — links with no logged contact in the quarter. */
export async function listUncontacted(quarter: string): Promise<UncontactedResult> {
  return normaliseList(await http.get<UncontactedResult>('/liaison/uncontacted', { query: { quarter } }))
}

/** GET /liaison/links/{id}/logs — newest first. */
export function listLogs(id: Id): Promise<ListResult<ContactLog>> {
  return http.get(`${linkPath(id)}/logs`)
}

/** POST /liaison/links/{id}/logs (staff) */
export function addLog(id: Id, body: NewContactLog): Promise<ContactLog> {
  return http.post(`${linkPath(id)}/logs`, body, { notify: false })
}

/** GET /my/liaison — the signed-in member's own links. */
export async function listMyLinks(): Promise<MyLinksResult> {
  return normaliseList(await http.get<MyLinksResult>('/my/liaison', { notify: false }))
}

/** POST /my/liaison/{id}/logs — a member logs a contact they made. */
export function addMyLog(id: Id, body: NewContactLog): Promise<ContactLog> {
  return http.post(`/my/liaison/${encodeURIComponent(String(id))}/logs`, body, { notify: false })
}

/** POST /my/liaison/contacts — a public contact the member keeps. */
export async function addMyContact(body: PublicContact): Promise<LiaisonLink> {
  return normalise(await http.post<LiaisonLink>('/my/liaison/contacts', body, { notify: false }))
}
