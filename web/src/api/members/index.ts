import { http, type Download, type Query } from '../client'
import type { ListResult } from '../types'
import type {
  AccountCreated,
  ContactChangeCreated,
  ContactChangeRequest,
  ContactChanges,
  ContactChangeStatus,
  Id,
  ImportEncoding,
  ImportResult,
  MemberDetail,
  MemberInput,
  MemberListItem,
  MemberQuery,
  MemberRecord,
  MyMember,
  NewTerm,
  Term,
  TermRolledOver,
} from './types'

const path = (id: Id) => `/members/${encodeURIComponent(String(id))}`

/** GET /members — one page, sorted by pinyin; empty filters are left out. */
export function listMembers(query: MemberQuery): Promise<ListResult<MemberListItem>> {
  return http.get('/members', { query: { ...query } as Query })
}

/** GET /members/{id} — the person's page. */
export function getMember(id: Id, options: { notify?: boolean } = {}): Promise<MemberDetail> {
  return http.get(path(id), options)
}

/** POST /members — the form shows field errors itself. */
export function createMember(body: MemberInput): Promise<MemberRecord> {
  return http.post('/members', body, { notify: false })
}

/** PATCH /members/{id} — 409 `stale_version` when someone else saved first. */
export function updateMember(id: Id, body: MemberInput & { version: number }): Promise<MemberRecord> {
  return http.patch(path(id), body, { notify: false })
}

/** POST /members/{id}/account — a sign-in account (role 委员) with a one-time password. */
export function createAccount(id: Id): Promise<AccountCreated> {
  return http.post(`${path(id)}/account`)
}

/** GET /members/export — the filtered list as .xlsx. */
export function exportMembers(query: MemberQuery): Promise<Download> {
  return http.download('/members/export', { query: { ...query } as Query, fallbackName: '委员名册.xlsx' })
}

export interface ImportOptions {
  filename: string
  encoding: ImportEncoding
}

/** POST /members/import/preview — every row with its problems; nothing is stored. */
export function previewImport(file: Blob, options: ImportOptions): Promise<ImportResult> {
  return http.upload('/members/import/preview', file, { query: { ...options }, notify: false })
}

/** POST /members/import — all rows or none (422 `import_has_errors`). */
export function commitImport(file: Blob, options: ImportOptions): Promise<ImportResult> {
  return http.upload('/members/import', file, { query: { ...options }, notify: false })
}

/** GET /members/terms — newest first. */
export async function listTerms(): Promise<ListResult<Term>> {
  const result = await http.get<ListResult<Term>>('/members/terms')
  // the server may send the count as a string
  return { ...result, items: result.items.map((t) => ({ ...t, serving: Number(t.serving) || 0 })) }
}

/** POST /members/terms — opens a new term; the continuing members are carried over. */
export function rollOverTerm(body: NewTerm): Promise<TermRolledOver> {
  return http.post('/members/terms', body, { notify: false })
}

/** GET /members/contact-changes?status= */
export function listContactChanges(status: ContactChangeStatus): Promise<ListResult<ContactChangeRequest>> {
  return http.get('/members/contact-changes', { query: { status } })
}

/** POST /members/contact-changes/{id}/approve|reject */
export function decideContactChange(
  id: Id,
  decision: 'approve' | 'reject',
  note = '',
): Promise<{ id: Id; status: ContactChangeStatus }> {
  return http.post(`/members/contact-changes/${encodeURIComponent(String(id))}/${decision}`, { note })
}

/** GET /my/member — the signed-in member's own record. */
export function getMyMember(): Promise<MyMember> {
  return http.get('/my/member', { notify: false })
}

/** POST /my/member/contact-change — staff approve it before it takes effect. */
export function requestContactChange(changes: ContactChanges): Promise<ContactChangeCreated> {
  return http.post('/my/member/contact-change', changes, { notify: false })
}
