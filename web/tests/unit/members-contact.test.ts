import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { changedFields, contactDiff } from '@/views/members/contact-changes/data'
import { initialContactForm } from '@/views/members/mine/hook'
import { decideContactChange, requestContactChange } from '@/api/members'
import { resetClient } from '@/api/client'
import type { MyMember } from '@/api/members/types'
import { jsonResponse, mockFetch } from './helpers'

const current = {
  phone: '17100316767',
  address: '清涧县中心小学',
  work_unit: '清涧县中心小学',
  job_title: '董事长',
}

describe('contact-change diff', () => {
  it('lists the requested fields in a fixed order, old beside new', () => {
    const rows = contactDiff({ job_title: '校长', phone: '19973532327' }, current)
    expect(rows).toEqual([
      {
        field: 'phone',
        label: 'members.fields.phone',
        before: '17100316767',
        after: '19973532327',
        changed: true,
      },
      {
        field: 'job_title',
        label: 'members.fields.job_title',
        before: '董事长',
        after: '校长',
        changed: true,
      },
    ])
  })

  it('marks a field asked for with the value it already has, and treats null as empty', () => {
    const rows = contactDiff({ address: '清涧县中心小学', phone: '' }, { ...current, phone: null })
    expect(rows.map((r) => [r.field, r.before, r.after, r.changed])).toEqual([
      ['phone', '', '', false],
      ['address', '清涧县中心小学', '清涧县中心小学', false],
    ])
  })

  it('the member’s form sends only what differs from the record, trimmed', () => {
    expect(
      changedFields({ ...current, phone: ' 19973532327 ', address: '清涧县中心小学 ' }, current),
    ).toEqual({
      phone: '19973532327',
    })
    expect(changedFields(current, current)).toEqual({})
    expect(changedFields({ ...current, job_title: '' }, current)).toEqual({ job_title: '' })
  })

  it('the member’s form starts from the record with a waiting request laid over it', () => {
    const record = {
      ...current,
      pending_contact_change: {
        id: 5,
        changes: { phone: '19973532327' },
        requested_at: '2026-11-22T04:29:24Z',
      },
    } as unknown as MyMember
    expect(initialContactForm(record)).toEqual({ ...current, phone: '19973532327' })
    expect(initialContactForm({ ...record, pending_contact_change: null })).toEqual(current)
  })
})

describe('contact-change requests', () => {
  beforeEach(() => resetClient())
  afterEach(() => vi.unstubAllGlobals())

  it('a member sends the changed fields; the form shows errors itself', async () => {
    const { calls } = mockFetch(
      jsonResponse(201, { id: 9, status: 'pending', changes: { phone: '19973532327' } }),
    )
    const created = await requestContactChange({ phone: '19973532327' })
    expect(calls[0]?.url).toBe('/api/v1/my/member/contact-change')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ phone: '19973532327' })
    expect(created.status).toBe('pending')
  })

  it('staff approve or reject with a note', async () => {
    const { calls } = mockFetch(jsonResponse(200, { id: 9, status: 'rejected' }))
    await decideContactChange(9, 'reject', '号码不完整')
    expect(calls[0]?.url).toBe('/api/v1/members/contact-changes/9/reject')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ note: '号码不完整' })
  })
})
