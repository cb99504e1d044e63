import { vi } from 'vitest'

export interface RecordedCall {
  url: string
  init: RequestInit
  headers: Record<string, string>
}

/** A JSON answer as fetch would give it. */
export function jsonResponse(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
  })
}

/** Replaces global fetch with a queue of answers and records every call. */
export function mockFetch(...answers: Array<Response | Error>) {
  const calls: RecordedCall[] = []
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: { ...(init.headers as Record<string, string>) } })
    const next = answers.shift()
    if (!next) throw new Error(`unexpected fetch ${String(input)}`)
    if (next instanceof Error) throw next
    return next
  })
  vi.stubGlobal('fetch', fn)
  return { calls, fn }
}
