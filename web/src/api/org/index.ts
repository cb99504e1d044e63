import { http } from '../client'
import type { ListResult } from '../types'
import type { Id } from '../members/types'
import type {
  Body,
  BodyEvent,
  BodyEventInput,
  BodySummary,
  ListEntryByPath,
  ListPath,
  NewBody,
  NewPartyOrg,
  PartyOrg,
  PartyOrgNode,
  PartyRole,
  Post,
  Staffing,
} from './types'

const id = (value: Id) => encodeURIComponent(String(value))

/** GET /org/bodies — active bodies in their order (then the closed ones when asked). */
export function listBodies(
  includeAbolished = false,
  options: { notify?: boolean } = {},
): Promise<ListResult<BodySummary>> {
  return http.get('/org/bodies', { query: { include_abolished: includeAbolished ? '1' : '' }, ...options })
}

/** GET /org/bodies/{id} */
export function getBody(bodyId: Id): Promise<Body> {
  return http.get(`/org/bodies/${id(bodyId)}`)
}

/** POST /org/bodies — records the 'established' event. */
export function createBody(body: NewBody): Promise<Body> {
  return http.post('/org/bodies', body, { notify: false })
}

/** POST /org/bodies/{id}/events — renamed, merged or abolished. */
export function recordBodyEvent(bodyId: Id, body: BodyEventInput): Promise<Body> {
  return http.post(`/org/bodies/${id(bodyId)}/events`, body, { notify: false })
}

/** PUT /org/bodies/{id}/posts — replaces the authorised posts (409 stale_version). */
export function setBodyPosts(bodyId: Id, version: number, posts: Post[]): Promise<Body> {
  return http.put(`/org/bodies/${id(bodyId)}/posts`, { version, posts }, { notify: false })
}

/** GET /org/staffing */
export function getStaffing(): Promise<Staffing> {
  return http.get('/org/staffing')
}

/** GET /org/history — oldest first, each event with the structure after it. */
export function getHistory(
  query: { body_id?: Id; from?: string; to?: string } = {},
): Promise<ListResult<BodyEvent>> {
  return http.get('/org/history', { query })
}

/** GET /org/{sectors|township-groups|studios|units} */
export function listEntries<P extends ListPath>(
  path: P,
  query: { q?: string; kind?: string; page?: number; page_size?: number } = {},
  options: { notify?: boolean } = {},
): Promise<ListResult<ListEntryByPath[P]>> {
  return http.get(`/org/${path}`, { query: { page_size: 200, ...query }, ...options })
}

/** POST /org/{list} — 409 duplicate when the name is taken. */
export function createEntry<P extends ListPath>(
  path: P,
  body: Record<string, unknown>,
): Promise<ListEntryByPath[P]> {
  return http.post(`/org/${path}`, body, { notify: false })
}

/** PATCH /org/{list}/{id} with the entry's version. */
export function updateEntry<P extends ListPath>(
  path: P,
  entryId: Id,
  body: Record<string, unknown> & { version: number },
): Promise<ListEntryByPath[P]> {
  return http.patch(`/org/${path}/${id(entryId)}`, body, { notify: false })
}

/** DELETE /org/{list}/{id} — 409 in_use while members refer to it. */
export function deleteEntry(path: ListPath, entryId: Id): Promise<void> {
  return http.delete(`/org/${path}/${id(entryId)}`)
}

/** GET /org/party-orgs — the tree. */
export function getPartyTree(): Promise<{ items: PartyOrgNode[]; total: number }> {
  return http.get('/org/party-orgs')
}

/** GET /org/party-orgs/{id} — with its members. */
export function getPartyOrg(orgId: Id): Promise<PartyOrg> {
  return http.get(`/org/party-orgs/${id(orgId)}`)
}

/** POST /org/party-orgs */
export function createPartyOrg(body: NewPartyOrg): Promise<PartyOrg> {
  return http.post('/org/party-orgs', body, { notify: false })
}

/** DELETE /org/party-orgs/{id} — 409 in_use while it has sub-organisations. */
export function deletePartyOrg(orgId: Id): Promise<void> {
  return http.delete(`/org/party-orgs/${id(orgId)}`)
}

/** POST /org/party-orgs/{id}/members */
export function addPartyMember(
  orgId: Id,
  body: { person_kind: 'staff' | 'member'; person_id: Id; role: PartyRole },
): Promise<PartyOrg> {
  return http.post(`/org/party-orgs/${id(orgId)}/members`, body, { notify: false })
}

/** DELETE /org/party-members/{id} — the membership's id. */
export function removePartyMember(membershipId: Id): Promise<void> {
  return http.delete(`/org/party-members/${id(membershipId)}`)
}
