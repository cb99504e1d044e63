/**
 * The one HTTP client of the web UI.
 *
 * - sends the session cookie (`credentials: 'include'`) and `Accept-Language` = the UI locale;
 * - attaches `X-CSRF-Token` on POST/PUT/PATCH/DELETE;
 * - unwraps the error envelope `{"error":{"code","message","details"}}` into an {@link ApiError};
 * - reports errors through hooks: `notify` shows the server's (already localised) message, and
 *   `onUnauthorized` runs when the session is gone (401).
 *
 * The hooks are installed once at start-up by `plugins/api-hooks.ts`, which connects them to the stores,
 * the router and Element Plus; this module itself depends on nothing but `fetch`.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export const API_BASE = '/api/v1'

const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * 401 answers with these codes judge the credentials the user just typed (sign-in, current password);
 * they do not mean that the session is gone.
 */
const CREDENTIAL_ERROR_CODES: ReadonlySet<string> = new Set(['invalid_credentials', 'wrong_password'])

export type ErrorDetails = Record<string, unknown>

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: ErrorDetails

  constructor(status: number, code: string, message: string, details: ErrorDetails = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }

  /** True when the server says the session is missing or expired. */
  get isSessionLost(): boolean {
    return this.status === 401 && !CREDENTIAL_ERROR_CODES.has(this.code)
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export interface ClientHooks {
  getCsrfToken(): string | null
  getLocale(): string
  /** Shows an error to the user. */
  notify(error: ApiError): void
  /** The session is gone: forget the user and send them to sign in. */
  onUnauthorized(error: ApiError): void
  /** Message for a request that never got an answer (network down, server stopped). */
  networkErrorMessage(): string
  /** Message for an answer without a readable error envelope (e.g. an HTML 502 from a proxy). */
  httpErrorMessage(status: number): string
}

const defaultHooks: ClientHooks = {
  getCsrfToken: () => null,
  getLocale: () => 'zh-CN',
  notify: () => {},
  onUnauthorized: () => {},
  networkErrorMessage: () => 'Network error',
  httpErrorMessage: (status) => `HTTP ${status}`,
}

let hooks: ClientHooks = { ...defaultHooks }

export function configureClient(overrides: Partial<ClientHooks>): void {
  hooks = { ...hooks, ...overrides }
}

/** Restores the default hooks (for tests). */
export function resetClient(): void {
  hooks = { ...defaultHooks }
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  query?: Query
  /** Sent as JSON */
  body?: unknown
  /** Sent as is, with `Content-Type: application/octet-stream` (file uploads) */
  raw?: Blob | ArrayBuffer
  signal?: AbortSignal
  /** Show the error message to the user (default true). Set false where the page shows it inline. */
  notify?: boolean
  /** Run the sign-out-and-redirect hook on a lost session (default true). */
  redirectOn401?: boolean
}

export function buildUrl(path: string, query?: Query): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const qs = params.toString()
  return qs ? `${url}?${qs}` : url
}

interface ErrorEnvelope {
  error: { code: string; message: string; details?: ErrorDetails }
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const err = (value as { error: unknown }).error
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { code?: unknown }).code === 'string' &&
    typeof (err as { message?: unknown }).message === 'string'
  )
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const payload = await readJson(response)
  if (isErrorEnvelope(payload)) {
    const { code, message, details } = payload.error
    const safeDetails = typeof details === 'object' && details !== null ? details : {}
    return new ApiError(response.status, code, message, safeDetails)
  }
  return new ApiError(response.status, `http_${response.status}`, hooks.httpErrorMessage(response.status))
}

export async function request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': hooks.getLocale(),
  }
  if (UNSAFE_METHODS.has(method)) {
    const token = hooks.getCsrfToken()
    if (token) headers['X-CSRF-Token'] = token
  }
  const init: RequestInit = { method, headers, credentials: 'include', signal: options.signal }
  if (options.raw !== undefined) {
    headers['Content-Type'] = 'application/octet-stream'
    init.body = options.raw
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    init.body = JSON.stringify(options.body)
  }
  const response = await send(path, init, options)
  if (response.status === 204) return undefined as T
  return (await readJson(response)) as T
}

/** A file the server sent: its bytes and the name it suggested. */
export interface Download {
  blob: Blob
  filename: string
}

/** The file name of `Content-Disposition` (the UTF-8 `filename*` when given), else `fallback`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      // a malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain?.[1]?.trim() || fallback
}

/** GET a file (e.g. an .xlsx export); errors are handled like any other request. */
export async function download(
  path: string,
  options: Omit<RequestOptions, 'body' | 'raw'> & { fallbackName?: string } = {},
): Promise<Download> {
  const headers: Record<string, string> = { Accept: '*/*', 'Accept-Language': hooks.getLocale() }
  const init: RequestInit = { method: 'GET', headers, credentials: 'include', signal: options.signal }
  const response = await send(path, init, options)
  const blob = await response.blob()
  return {
    blob,
    filename: filenameOf(response.headers.get('Content-Disposition'), options.fallbackName ?? 'download'),
  }
}

/** Sends the request; answers with an OK response or throws an {@link ApiError} (after the hooks ran). */
async function send(path: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), init)
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    const error = new ApiError(0, 'network_error', hooks.networkErrorMessage())
    if (options.notify !== false) hooks.notify(error)
    throw error
  }

  if (response.ok) return response

  const error = await toApiError(response)
  if (error.isSessionLost && options.redirectOn401 !== false) {
    hooks.onUnauthorized(error)
  } else if (options.notify !== false) {
    hooks.notify(error)
  }
  throw error
}

export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** POST the bytes of a file as the body. */
  upload: <T>(path: string, file: Blob | ArrayBuffer, options?: Omit<RequestOptions, 'body' | 'raw'>) =>
    request<T>('POST', path, { ...options, raw: file }),
  download,
}
