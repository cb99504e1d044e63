import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetClient, configureClient } from '@/api/client'
import { checkFile, TEMPLATE_HEADERS, templateBlob, useMemberImport } from '@/components/roster-import/import'
import { jsonResponse, mockFetch } from './helpers'

const okPreview = {
  total: 2,
  valid: 2,
  invalid: 0,
  committed: false,
  rows: [
    { row: 2, name: '欧阳明远', phone: '19971000001', errors: [] },
    { row: 3, name: '上官晓蕾', phone: '19972000001', errors: [] },
  ],
}
const badPreview = {
  ...okPreview,
  valid: 1,
  invalid: 1,
  rows: [
    okPreview.rows[0],
    {
      row: 3,
      name: '上官晓蕾',
      phone: '19972000001',
      errors: [
        {
          field: 'id_card',
          code: 'field_invalid_id_card',
          message: '身份证号不是有效的 18 位居民身份证号。',
        },
      ],
    },
  ],
}

const file = (name = '名册.csv', text = '姓名,性别\n张三,男\n') =>
  new File([text], name, { type: 'text/csv' })

describe('roster import dialog state', () => {
  beforeEach(() => {
    resetClient()
    configureClient({ getCsrfToken: () => 'tok' })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('previews a chosen file: raw bytes, file name and encoding, CSRF token', async () => {
    const { calls } = mockFetch(jsonResponse(200, okPreview))
    const state = useMemberImport()
    const f = file()
    await state.choose(f)
    expect(calls).toHaveLength(1)
    const call = calls[0]!
    expect(call.url).toBe(
      `/api/v1/members/import/preview?filename=${encodeURIComponent('名册.csv')}&encoding=auto`,
    )
    expect(call.init.method).toBe('POST')
    expect(call.init.body).toBe(f)
    expect(call.headers['Content-Type']).toBe('application/octet-stream')
    expect(call.headers['X-CSRF-Token']).toBe('tok')
    expect(state.preview.value?.valid).toBe(2)
    expect(state.canCommit.value).toBe(true)
  })

  it('refuses to import while a row is bad, and shows the bad rows first', async () => {
    mockFetch(jsonResponse(200, badPreview))
    const state = useMemberImport()
    await state.choose(file())
    expect(state.canCommit.value).toBe(false)
    expect(state.onlyProblems.value).toBe(true)
    expect(state.shownRows.value.map((r) => r.row)).toEqual([3])
    expect(state.shownRows.value[0]?.errors[0]?.message).toMatch(/身份证号/)
    state.onlyProblems.value = false
    expect(state.shownRows.value).toHaveLength(2)
    expect(await state.commit()).toBeNull() // nothing sent
  })

  it('previews again in the encoding the user picks', async () => {
    const { calls } = mockFetch(jsonResponse(200, badPreview), jsonResponse(200, okPreview))
    const state = useMemberImport()
    await state.choose(file())
    await state.setEncoding('gb18030')
    expect(calls[1]?.url).toContain('encoding=gb18030')
    expect(state.canCommit.value).toBe(true)
  })

  it('keeps only the answer to the latest preview', async () => {
    let release: (r: Response) => void = () => {}
    const slow = new Promise<Response>((resolve) => (release = resolve))
    const fetchMock = vi
      .fn()
      .mockImplementationOnce(() => slow)
      .mockImplementationOnce(async () => jsonResponse(200, okPreview))
    vi.stubGlobal('fetch', fetchMock)
    const state = useMemberImport()
    const first = state.choose(file('old.csv'))
    await state.choose(file('new.csv'))
    release(jsonResponse(200, badPreview))
    await first
    expect(state.file.value?.name).toBe('new.csv')
    expect(state.preview.value?.invalid).toBe(0)
    expect(state.previewing.value).toBe(false)
  })

  it('commits all rows and answers the result', async () => {
    const { calls } = mockFetch(
      jsonResponse(200, okPreview),
      jsonResponse(200, { ...okPreview, committed: true }),
    )
    const state = useMemberImport()
    await state.choose(file())
    const result = await state.commit()
    expect(calls[1]?.url).toMatch(/^\/api\/v1\/members\/import\?filename=/)
    expect(result?.committed).toBe(true)
  })

  it('a refused commit (import_has_errors) marks the rows the server names', async () => {
    mockFetch(
      jsonResponse(200, okPreview),
      jsonResponse(422, {
        error: {
          code: 'import_has_errors',
          message: '有 1 行存在问题，未导入任何数据。',
          details: {
            count: 1,
            rows: [
              {
                row: 2,
                name: '欧阳明远',
                phone: '19971000001',
                errors: [{ field: 'phone', code: 'field_duplicate', message: '手机号码已被其他委员使用。' }],
              },
            ],
          },
        },
      }),
    )
    const state = useMemberImport()
    await state.choose(file())
    expect(await state.commit()).toBeNull()
    expect(state.fileError.value).toMatch(/未导入/)
    expect(state.preview.value?.invalid).toBe(1)
    expect(state.shownRows.value.map((r) => r.row)).toEqual([2])
    expect(state.canCommit.value).toBe(false)
  })

  it('shows a whole-file problem (missing columns) and keeps nothing to import', async () => {
    mockFetch(
      jsonResponse(400, {
        error: { code: 'import_missing_columns', message: '缺少必需的列：性别', details: {} },
      }),
    )
    const state = useMemberImport()
    await state.choose(file())
    expect(state.fileError.value).toBe('缺少必需的列：性别')
    expect(state.preview.value).toBeNull()
    expect(state.canCommit.value).toBe(false)
  })

  it('checks type and size before sending anything', async () => {
    const { calls } = mockFetch()
    const state = useMemberImport()
    await state.choose(file('名册.xls'))
    expect(state.fileError.value).not.toBe('')
    expect(state.file.value).toBeNull()
    expect(calls).toHaveLength(0)
    expect(checkFile({ name: 'a.CSV', size: 10 })).toBeNull()
    expect(checkFile({ name: 'a.xlsx', size: 0 })).not.toBeNull()
    expect(checkFile({ name: 'a.xlsx', size: 21 * 1024 * 1024 })).not.toBeNull()
  })

  it('reset forgets the file and the preview', async () => {
    mockFetch(jsonResponse(200, okPreview))
    const state = useMemberImport()
    await state.choose(file())
    state.reset()
    expect(state.file.value).toBeNull()
    expect(state.preview.value).toBeNull()
    expect(state.encoding.value).toBe('auto')
  })
})

describe('roster template', () => {
  it('is a UTF-8 CSV with a BOM and the Chinese headers the server reads', async () => {
    // jsdom's Blob has no arrayBuffer(); FileReader reads it
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
      reader.onerror = () => reject(reader.error)
      reader.readAsArrayBuffer(templateBlob())
    })
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    expect(text).toBe(`${TEMPLATE_HEADERS.join(',')}\r\n`)
    expect(TEMPLATE_HEADERS).toContain('身份证号')
    expect(TEMPLATE_HEADERS.at(-1)).toBe('专委会')
  })
})
