import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, filenameOf, http, resetClient } from '@/api/client'
import { listTerms } from '@/api/members'
import { listLinks } from '@/api/liaison'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { idCardBirthDate, idCardCheck, idCardGender, isPhoneNumber, isValidIdCard } from '@/utils/id-card'
import { csvCell } from '@/utils/files'
import { maskIdCard } from '@/views/members/detail/hook'
import { emptyForm, FIELD_ALIASES, formFromMember, toInput } from '@/views/members/edit/data'
import { chineseNumber, nextTermForm, rollOverBody, termName } from '@/views/members/terms/data'
import { matchesMember } from '@/views/members/terms/hook'
import type { MemberRecord, Term } from '@/api/members/types'
import { jsonResponse, mockFetch } from './helpers'

describe('ID card numbers (GB 11643)', () => {
  it('computes the check character and accepts only a right one', () => {
    expect(idCardCheck('11010519491231002')).toBe('X')
    expect(isValidIdCard('11010519491231002X')).toBe(true)
    expect(isValidIdCard('11010519491231002x')).toBe(true)
    expect(isValidIdCard('110105194912310021')).toBe(false)
    expect(isValidIdCard('11010519491331002X')).toBe(false) // month 13
    expect(isValidIdCard('1101051949123100')).toBe(false)
  })

  it('reads the birth date and gender', () => {
    expect(idCardBirthDate('11010519491231002X')).toBe('1949-12-31')
    expect(idCardBirthDate('110105194902300021')).toBeNull() // 30 February
    expect(idCardGender('11010519491231002X')).toBe('女')
    expect(idCardGender('110105194912310010')).toBe('男')
  })

  it('masks all but the first and last four characters', () => {
    expect(maskIdCard('11010519491231002X')).toBe('1101**********002X')
    expect(maskIdCard(null)).toBe('')
  })

  it('accepts mobiles and landlines as the server does', () => {
    expect(isPhoneNumber('19973532327')).toBe(true)
    expect(isPhoneNumber('0912-5212345')).toBe(true)
    expect(isPhoneNumber('abc')).toBe(false)
    expect(isPhoneNumber('123')).toBe(false)
  })
})

describe('field errors of a 422', () => {
  const error = new ApiError(422, 'invalid_record', '信息有误', {
    errors: [
      { field: 'sector', code: 'field_unknown_ref', message: '界别“教育”不存在。' },
      { field: 'phone', code: 'field_invalid_phone', message: '手机号码不是有效的电话号码。' },
      { field: 'phone', code: 'field_duplicate', message: '手机号码已被使用。' },
      { nonsense: true },
    ],
  })

  it('keeps well-formed entries and maps server names onto the form’s', () => {
    const fields = fieldErrorsOf(error)
    expect(fields).toHaveLength(3)
    expect(errorsByField(fields, FIELD_ALIASES)).toEqual({
      sector_id: '界别“教育”不存在。',
      phone: '手机号码不是有效的电话号码。 手机号码已被使用。',
    })
  })

  it('is empty for other errors', () => {
    expect(fieldErrorsOf(new Error('x'))).toEqual([])
    expect(fieldErrorsOf(new ApiError(409, 'stale_version', '…'))).toEqual([])
  })
})

describe('member form', () => {
  it('sends empty pickers as null, trims text, upper-cases the ID check character and drops empty committee rows', () => {
    const form = {
      ...emptyForm(),
      name: ' 上官晓蕾 ',
      gender: '女' as const,
      id_card: '11010519491231002x',
      sector_id: 3,
      bodies: [
        { body_id: 5, post: '副主任' },
        { body_id: '' as const, post: '委员' },
        { body_id: 6, post: ' ' },
      ],
    }
    const input = toInput(form)
    expect(input).toMatchObject({
      name: '上官晓蕾',
      id_card: '11010519491231002X',
      sector_id: 3,
      township_group_id: null,
      studio_id: null,
      bodies: [
        { body_id: 5, post: '副主任' },
        { body_id: 6, post: '委员' },
      ],
    })
  })

  it('fills the form from a record (nulls become empty)', () => {
    const record = {
      name: '余春梅',
      gender: '女',
      ethnicity: '',
      birth_date: '1975-02-23',
      id_card: null,
      political_affiliation: '群众',
      sector_id: null,
      is_standing: true,
      cppcc_post: '常委',
      work_unit: '清涧县中心小学',
      job_title: '董事长',
      phone: null,
      address: '',
      township_group_id: 4,
      studio_id: null,
      status: '在任',
      status_date: '',
      bodies: [{ body_id: 2, name: '提案委员会', post: '副主任' }],
    } as unknown as MemberRecord
    const form = formFromMember(record)
    expect(form).toMatchObject({
      ethnicity: '汉族',
      id_card: '',
      sector_id: '',
      phone: '',
      township_group_id: 4,
    })
    expect(form.bodies).toEqual([{ body_id: 2, post: '副主任' }])
    expect(toInput(form).sector_id).toBeNull()
  })
})

describe('term roll-over', () => {
  it('names terms in Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ])
    expect(termName(11)).toBe('第十一届')
    expect(chineseNumber(100)).toBe('100')
  })

  it('proposes the term after the latest one', () => {
    const terms = [{ number: 10 }, { number: 9 }] as Term[]
    expect(nextTermForm(terms, '2026-12-28')).toEqual({
      number: 11,
      name: '第十一届',
      start_date: '2026-12-28',
    })
    expect(nextTermForm([], '2026-12-28').number).toBe(1)
  })

  it('sends the continuing members in a stable order', () => {
    const body = rollOverBody(
      { number: 11, name: ' 第十一届 ', start_date: '2026-12-28' },
      new Set([9, 3, 5]),
    )
    expect(body).toEqual({ number: 11, name: '第十一届', start_date: '2026-12-28', continuing: [3, 5, 9] })
  })

  it('finds people by name, initials or pinyin', () => {
    const m = { name: '上官晓蕾', name_initials: 'sgxl', name_pinyin: 'shang guan xiao lei' }
    expect(matchesMember(m, '晓蕾')).toBe(true)
    expect(matchesMember(m, 'SGX')).toBe(true)
    expect(matchesMember(m, 'shangguan')).toBe(true)
    expect(matchesMember(m, 'zsf')).toBe(false)
    expect(matchesMember(m, ' ')).toBe(true)
  })
})

describe('client: files and counts', () => {
  beforeEach(() => resetClient())
  afterEach(() => vi.unstubAllGlobals())

  it('reads the UTF-8 file name of a download', () => {
    expect(
      filenameOf(
        `attachment; filename="export.xlsx"; filename*=UTF-8''%E5%A7%94%E5%91%98%E5%90%8D%E5%86%8C.xlsx`,
        'x',
      ),
    ).toBe('委员名册.xlsx')
    expect(filenameOf('attachment; filename="a.xlsx"', 'x')).toBe('a.xlsx')
    expect(filenameOf(null, 'fallback.xlsx')).toBe('fallback.xlsx')
  })

  it('downloads a file with the current filters', async () => {
    const { calls } = mockFetch(
      new Response('PK', {
        status: 200,
        headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E5%90%8D%E5%86%8C.xlsx` },
      }),
    )
    const file = await http.download('/members/export', { query: { q: 'zsf', status: '在任' } })
    expect(calls[0]?.url).toBe('/api/v1/members/export?q=zsf&status=%E5%9C%A8%E4%BB%BB')
    expect(file.filename).toBe('名册.xlsx')
    expect(await file.blob.text()).toBe('PK')
  })

  it('turns counts the server sends as strings into numbers', async () => {
    mockFetch(
      jsonResponse(200, { items: [{ id: 1, serving: '200', is_current: true }], total: 1 }),
      jsonResponse(200, { items: [{ id: 7, level: 'member_public', contacts: '3' }], total: 1 }),
    )
    expect((await listTerms()).items[0]?.serving).toBe(200)
    expect((await listLinks()).items[0]?.contacts).toBe(3)
  })

  it('quotes CSV cells that need it', () => {
    expect(csvCell('提案委员会:副主任;经济委员会')).toBe('提案委员会:副主任;经济委员会')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
  })
})
