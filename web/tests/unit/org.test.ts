import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import '@/router/types'
import { ApiError, resetClient } from '@/api/client'
import { fieldErrorsOf } from '@/utils/field-errors'
import { buildMenu } from '@/router/menu'
import { shellRoutes } from '@/router/modules'
import { permissionDeclaration } from '@/config/permissions'
import { clearOrgOptions, loadOrgOptions, specialCommittees } from '@/composables/useOrgOptions'
import { structureOf, structureText } from '@/views/org/labels'
import { cleanPosts, postTotals } from '@/views/org/bodies/data'
import { fillRate, needsAttention } from '@/views/org/staffing/hook'
import { entryBody, formValues, LISTS } from '@/views/org/lists/data'
import { allIds, sortMembers } from '@/views/org/party/hook'
import { careerTimeline, checkEvent, eventBody } from '@/views/staff/detail/hook'
import { toStaffQuery, emptyFilters as emptyStaffFilters } from '@/views/staff/list/data'
import { staffInput, emptyStaffForm } from '@/views/staff/edit/data'
import type { BodySummary, PartyMember, PartyOrgNode, StaffingRow } from '@/api/org/types'
import type { CareerEvent } from '@/api/staff/types'
import { jsonResponse, mockFetch } from './helpers'

const tEcho = (key: string, values: Record<string, unknown> = {}) => `${key}:${JSON.stringify(values)}`

describe('structure of the working bodies', () => {
  const bodies = [
    { kind: 'office', active: true },
    ...Array.from({ length: 5 }, () => ({ kind: 'special_committee', active: true })),
    { kind: 'special_committee', active: false },
    { kind: 'centre', active: true },
  ] as BodySummary[]

  it('counts active bodies by kind and names them the Chinese way', () => {
    const s = structureOf(bodies)
    expect(s).toMatchObject({ offices: 1, special_committees: 5, centres: 1 })
    expect(structureText(s, 'zh-CN', tEcho)).toBe('一室五委一中心')
    expect(structureText({ ...s, label: '一室五委' }, 'zh-CN', tEcho)).toBe('一室五委')
  })

  it('counts them out in English instead of the Chinese label', () => {
    const text = structureText(
      { offices: 1, special_committees: 5, centres: 0, label: '一室五委' },
      'en',
      tEcho,
    )
    expect(text).toBe('org.structure.offices:{"n":1}, org.structure.committees:{"n":5}')
  })
})

describe('authorised posts', () => {
  it('drops untitled rows and makes counts whole and not negative', () => {
    expect(
      cleanPosts([
        { post_kind: 'leader', title: ' 主任 ', authorised: 1 },
        { post_kind: 'leader', title: '副主任', authorised: 2.7 },
        { post_kind: 'staff', title: '', authorised: 3 },
        { post_kind: 'staff', title: '科员', authorised: -1 },
      ]),
    ).toEqual([
      { post_kind: 'leader', title: '主任', authorised: 1 },
      { post_kind: 'leader', title: '副主任', authorised: 2 },
      { post_kind: 'staff', title: '科员', authorised: 0 },
    ])
  })

  it('totals leadership and staff posts (1正3副 + 1)', () => {
    expect(
      postTotals([
        { post_kind: 'leader', authorised: 1 },
        { post_kind: 'leader', authorised: 3 },
        { post_kind: 'staff', authorised: 1 },
      ]),
    ).toEqual({ leader: 4, staff: 1, all: 5 })
  })
})

describe('staffing view', () => {
  const row = (over: Partial<StaffingRow>): StaffingRow =>
    ({
      body_id: 1,
      name: '',
      authorised: 2,
      filled: 2,
      vacancies: 0,
      over: 0,
      one_person: false,
      posts: [],
      unmatched: [],
      ...over,
    }) as StaffingRow

  it('keeps the bodies that need attention: one person, vacancies or over-establishment', () => {
    const rows = [
      row({ body_id: 1 }),
      row({ body_id: 2, one_person: true }),
      row({ body_id: 3, vacancies: 1 }),
      row({ body_id: 4, over: 1 }),
    ]
    expect(needsAttention(rows).map((r) => r.body_id)).toEqual([2, 3, 4])
  })

  it('fill rate never passes 100 and is 0 without posts', () => {
    expect(fillRate({ authorised: 4, filled: 3 })).toBe(75)
    expect(fillRate({ authorised: 1, filled: 3 })).toBe(100)
    expect(fillRate({ authorised: 0, filled: 1 })).toBe(0)
  })
})

describe('organisation lists', () => {
  const groups = LISTS.find((l) => l.path === 'township-groups')!
  const sectors = LISTS.find((l) => l.path === 'sectors')!

  it('a new entry starts empty; an existing one fills the form', () => {
    expect(formValues(groups)).toEqual({ name: '', township: '', convener_member_id: null })
    expect(
      formValues(groups, {
        id: 3,
        name: '宽州镇政协活动组',
        version: 2,
        township: '宽州镇',
        convener_member_id: 41,
      } as never),
    ).toEqual({ name: '宽州镇政协活动组', township: '宽州镇', convener_member_id: 41 })
  })

  it('creates with every field; changes send only what changed, with the version', () => {
    expect(entryBody(sectors, { name: ' 教育 ', sort: 10 })).toEqual({ name: '教育', sort: 10 })
    const entry = { id: 3, name: '宽州镇政协活动组', version: 2, township: '宽州镇', convener_member_id: 41 }
    expect(
      entryBody(
        groups,
        { name: '宽州镇政协活动组', township: '宽州镇', convener_member_id: null },
        entry as never,
      ),
    ).toEqual({
      convener_member_id: null,
      version: 2,
    })
  })
})

describe('Party organisation', () => {
  it('lists secretaries and leaders before members, then by name', () => {
    const m = (name: string, role: string) =>
      ({ id: name.length, person_kind: 'staff', person_id: 1, name, role }) as PartyMember
    expect(
      sortMembers([m('张三', '成员'), m('李四', '书记'), m('王五', '委员'), m('赵六', '副书记')]).map(
        (x) => x.role,
      ),
    ).toEqual(['书记', '副书记', '委员', '成员'])
  })

  it('collects every id of the tree', () => {
    const node = (id: number, children: PartyOrgNode[] = []) => ({ id, children }) as PartyOrgNode
    expect(allIds([node(1, [node(2, [node(3)]), node(4)])])).toEqual([1, 2, 3, 4])
  })
})

describe('staff careers', () => {
  const t = (key: string) => key

  it('newest event first', () => {
    const e = (id: number, on_date: string) => ({ id, on_date }) as CareerEvent
    expect(
      careerTimeline([e(1, '2020-01-01'), e(2, '2024-05-01'), e(3, '2024-05-01')]).map((x) => x.id),
    ).toEqual([3, 2, 1])
  })

  it('asks for what each kind needs', () => {
    const base = { on_date: '2026-11-22', end_date: '', detail: '', to_rank: '' }
    expect(checkEvent({ ...base, kind: 'promotion' }, t)).toEqual({ to_rank: 'staff.eventForm.rankRequired' })
    expect(checkEvent({ ...base, kind: 'secondment' }, t)).toEqual({
      detail: 'staff.eventForm.detailRequired',
    })
    expect(checkEvent({ ...base, kind: 'training', detail: '培训', end_date: '2026-11-01' }, t)).toEqual({
      end_date: 'staff.eventForm.endBeforeStart',
    })
    expect(checkEvent({ ...base, kind: 'transfer_in' }, t)).toEqual({})
  })

  it('sends only the fields the kind uses', () => {
    const base = { on_date: '2026-11-22', end_date: '2026-12-01', detail: ' ', to_rank: '正科' }
    expect(eventBody({ ...base, kind: 'promotion' })).toEqual({
      kind: 'promotion',
      on_date: '2026-11-22',
      to_rank: '正科',
    })
    expect(eventBody({ ...base, kind: 'secondment', detail: '驻村扶贫' })).toEqual({
      kind: 'secondment',
      on_date: '2026-11-22',
      end_date: '2026-12-01',
      detail: '驻村扶贫',
    })
  })

  it('staff filters and form map onto the request', () => {
    expect(toStaffQuery({ ...emptyStaffFilters(), q: ' zsf ', body_id: 2, rank: '正科', page: 1 })).toEqual({
      q: 'zsf',
      body_id: 2,
      rank: '正科',
      page: 1,
    })
    expect(staffInput({ ...emptyStaffForm(), name: ' 张三 ', id_card: '11010519491231002x' })).toMatchObject({
      name: '张三',
      id_card: '11010519491231002X',
      body_id: null,
      status: '在职',
    })
  })
})

describe('field errors named by details.field', () => {
  it('a 409 duplicate or a 400 invalid_field belongs under its field', () => {
    expect(fieldErrorsOf(new ApiError(409, 'duplicate', '名称已存在', { field: 'name' }))).toEqual([
      { field: 'name', code: 'duplicate', message: '名称已存在' },
    ])
    expect(fieldErrorsOf(new ApiError(500, 'internal', 'x', { field: 'name' }))).toEqual([])
  })
})

describe('picker options', () => {
  beforeEach(() => {
    resetClient()
    clearOrgOptions()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('special committees are the active bodies of that kind', () => {
    const b = (id: number, kind: string, active = true) =>
      ({ id, name: `b${id}`, kind, active }) as BodySummary
    expect(
      specialCommittees([b(1, 'office'), b(2, 'special_committee'), b(3, 'special_committee', false)]),
    ).toEqual([{ value: 2, label: 'b2' }])
  })

  it('come from the organisation lists when the user may read them', async () => {
    const { calls } = mockFetch(
      jsonResponse(200, { items: [{ id: 1, name: '教育', version: 1 }], total: 1 }),
      jsonResponse(200, { items: [{ id: 5, name: '宽州镇政协活动组', version: 1 }], total: 1 }),
      jsonResponse(200, { items: [], total: 0 }),
      jsonResponse(200, {
        items: [{ id: 9, name: '提案委员会', kind: 'special_committee', active: true }],
        total: 1,
      }),
    )
    const options = await loadOrgOptions('1', true)
    expect(calls.map((c) => c.url.split('?')[0])).toEqual([
      '/api/v1/org/sectors',
      '/api/v1/org/township-groups',
      '/api/v1/org/studios',
      '/api/v1/org/bodies',
    ])
    expect(options).toEqual({
      sectors: [{ value: 1, label: '教育' }],
      townshipGroups: [{ value: 5, label: '宽州镇政协活动组' }],
      studios: [],
      bodies: [{ value: 9, label: '提案委员会' }],
    })
  })

  it('fall back to what the member list names when the lists cannot be read', async () => {
    const notFound = () => jsonResponse(404, { error: { code: 'not_found', message: '不存在' } })
    const { calls } = mockFetch(
      notFound(),
      notFound(),
      notFound(),
      notFound(),
      jsonResponse(200, {
        items: [
          {
            id: 1,
            name: '张三',
            sector_id: 2,
            sector_name: '教育',
            township_group_id: null,
            township_group_name: null,
          },
        ],
        total: 1,
      }),
    )
    const options = await loadOrgOptions('1', true)
    expect(calls.at(-1)?.url).toBe('/api/v1/members?page=1&page_size=200')
    expect(options.sectors).toEqual([{ value: 2, label: '教育' }])
    expect(options.bodies).toEqual([])
  })
})

describe('organisation menu', () => {
  const paths = (items: ReturnType<typeof buildMenu>): string[] =>
    items.flatMap((i) => [i.path, ...(i.children ? paths(i.children) : [])])
  const menuOf = (role: string) => {
    const perms = new Set(permissionDeclaration.roles.find((r) => r.code === role)?.permissions)
    return paths(buildMenu(shellRoutes as RouteRecordRaw[], (c) => perms.has(c)))
  }

  it('a member sees only their own pages in the group', () => {
    const menu = menuOf('member').filter((p) => p.startsWith('/org'))
    expect(menu).toEqual(['/org', '/org/my-info', '/org/my-liaison'])
  })

  it('the office administrator sees the office pages but not a member’s own', () => {
    const menu = menuOf('office_admin')
    for (const p of [
      '/org/members',
      '/org/terms',
      '/org/contact-changes',
      '/org/liaison',
      '/org/bodies',
      '/org/staffing',
      '/org/lists',
      '/org/party',
      '/org/staff',
    ])
      expect(menu).toContain(p)
    expect(menu).not.toContain('/org/my-info')
    expect(menu.some((p) => /\/(new|edit)$|:id/.test(p))).toBe(false)
  })
})
