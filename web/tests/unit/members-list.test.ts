import { describe, expect, it } from 'vitest'
import { buildUrl } from '@/api/client'
import { emptyFilters, filtersFromQuery, queryFromFilters, toMemberQuery } from '@/views/members/list/data'
import { deriveOptions } from '@/composables/useOrgOptions'
import type { MemberListItem } from '@/api/members/types'

describe('member list filters → request', () => {
  it('sends nothing for empty filters but the page', () => {
    expect(toMemberQuery({ ...emptyFilters(), page: 1, page_size: 20 })).toEqual({ page: 1, page_size: 20 })
  })

  it('trims the search text and sends every set filter with the server’s names', () => {
    const query = toMemberQuery({
      q: '  zsf ',
      term_id: 3,
      sector_id: 7,
      body_id: 2,
      township_group_id: 9,
      status: '在任',
      standing: '1',
      page: 2,
      page_size: 50,
    })
    expect(query).toEqual({
      q: 'zsf',
      term_id: 3,
      sector_id: 7,
      body_id: 2,
      township_group_id: 9,
      status: '在任',
      standing: '1',
      page: 2,
      page_size: 50,
    })
    expect(buildUrl('/members', { ...query })).toBe(
      '/api/v1/members?q=zsf&term_id=3&sector_id=7&body_id=2&township_group_id=9&status=%E5%9C%A8%E4%BB%BB&standing=1&page=2&page_size=50',
    )
  })

  it('drops a search of only spaces', () => {
    expect(toMemberQuery({ ...emptyFilters(), q: '   ' })).toEqual({})
  })
})

describe('member list state ↔ URL', () => {
  it('reads filters and paging from the URL, ignoring what is not valid', () => {
    const state = filtersFromQuery({
      q: 'zhang',
      sector_id: '12',
      body_id: 'abc',
      township_group_id: '-1',
      status: '辞去',
      standing: '1',
      page: '3',
      page_size: '50',
    })
    expect(state.filters).toEqual({
      ...emptyFilters(),
      q: 'zhang',
      sector_id: 12,
      status: '辞去',
      standing: '1',
    })
    expect(state.page).toBe(3)
    expect(state.pageSize).toBe(50)
  })

  it('falls back to page 1 and the default size, and refuses unknown statuses', () => {
    const state = filtersFromQuery({ page: '0', page_size: '7', status: 'deleted', standing: 'yes' })
    expect(state).toEqual({ filters: emptyFilters(), page: 1, pageSize: 20 })
  })

  it('writes only what differs from the defaults, and reads back the same state', () => {
    const filters = { ...emptyFilters(), q: 'sgxl', sector_id: 4 }
    const query = queryFromFilters(filters, 2, 100)
    expect(query).toEqual({ q: 'sgxl', sector_id: '4', page: '2', page_size: '100' })
    const back = filtersFromQuery(query as Record<string, string>)
    expect(back).toEqual({ filters, page: 2, pageSize: 100 })
    expect(queryFromFilters(emptyFilters(), 1, 20)).toEqual({})
  })
})

describe('picker options from the member list', () => {
  const row = (over: Partial<MemberListItem>): MemberListItem =>
    ({
      id: 1,
      name: '张三',
      sector_id: null,
      sector_name: null,
      township_group_id: null,
      township_group_name: null,
      ...over,
    }) as MemberListItem

  it('lists each sector and township group once, sorted the Chinese way, skipping members without', () => {
    const options = deriveOptions([
      row({ sector_id: 2, sector_name: '教育' }),
      row({ sector_id: 1, sector_name: '中共', township_group_id: 5, township_group_name: '宽州镇活动组' }),
      row({ sector_id: 2, sector_name: '教育', township_group_id: 6, township_group_name: '石咀驿镇活动组' }),
      row({}),
    ])
    expect(options.sectors).toEqual([
      { value: 2, label: '教育' },
      { value: 1, label: '中共' },
    ])
    expect(options.townshipGroups.map((o) => o.value)).toEqual([5, 6])
  })
})
