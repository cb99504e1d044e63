import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import {
  attendanceTag,
  chinaInput,
  isPartyKind,
  meetingActions,
  meetingState,
  MEETING_KINDS,
  PARTY_KINDS,
} from '@/views/meetings/labels'
import { meetingScreens } from '@/router/modules/meetings'

type Tree = { [key: string]: string | Tree }
const at = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree)

describe('meetings labels', () => {
  it('shows attendance the way the staff count it', () => {
    expect(attendanceTag('present', 'approved')).toEqual({ type: 'success', key: 'present' })
    expect(attendanceTag('pending', 'approved')).toEqual({ type: 'warning', key: 'leave' })
    expect(attendanceTag('absent', 'approved')).toEqual({ type: 'warning', key: 'leave' })
    expect(attendanceTag('absent', 'refused')).toEqual({ type: 'danger', key: 'absent' })
    expect(attendanceTag('pending', 'pending')).toEqual({ type: 'info', key: 'pending' })
  })

  it('shows a cancelled meeting as cancelled, whatever its status', () => {
    expect(meetingState({ status: 'scheduled', cancelled: true })).toEqual({
      key: 'cancelled',
      type: 'danger',
    })
    expect(meetingState({ status: 'closed', cancelled: false })).toEqual({ key: 'closed', type: 'info' })
    expect(meetingState({ status: 'scheduled', cancelled: false })).toEqual({
      key: 'scheduled',
      type: 'success',
    })
  })

  it('offers only the actions the server allows', () => {
    const counts = { invited: 3, present: 0, leave: 1, absent: 0, pending: 2 }
    const open = { status: 'scheduled' as const, cancelled: false, counts, speeches: [] }
    expect(meetingActions(open)).toEqual({
      edit: true,
      attendance: true,
      close: true,
      cancel: true,
      remove: true,
    })
    // somebody signed in: cancel still, delete no more
    const begun = { ...open, counts: { ...counts, present: 1 } }
    expect(meetingActions(begun)).toMatchObject({ cancel: true, remove: false })
    // a speech recorded: no delete either
    const spoken = { ...open, speeches: [{ id: 1, member_id: null, speaker: '某', title: '发言', text: '' }] }
    expect(meetingActions(spoken).remove).toBe(false)
    // closed: minutes can still be edited, but it cannot be cancelled or closed again
    expect(meetingActions({ ...begun, status: 'closed' })).toEqual({
      edit: true,
      attendance: true,
      close: false,
      cancel: false,
      remove: false,
    })
    // cancelled: nothing changes any more, though an unattended one can still be deleted
    expect(meetingActions({ ...open, cancelled: true })).toEqual({
      edit: false,
      attendance: false,
      close: false,
      cancel: false,
      remove: true,
    })
  })

  it('edits times in China time whatever the browser zone', () => {
    expect(chinaInput('2026-12-10T01:00:00Z')).toBe('2026-12-10T09:00')
    expect(chinaInput('2026-12-31T17:30:00Z')).toBe('2027-01-01T01:30')
  })

  it('knows the Party kinds', () => {
    expect(MEETING_KINDS.filter(isPartyKind)).toEqual(['three_one', 'party_day', 'integrity_talk'])
    expect(PARTY_KINDS).toHaveLength(4)
  })

  it('names every kind, party kind and attendance state in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const tree = messages[locale] as Tree
      for (const k of MEETING_KINDS)
        expect(at(tree, `meetings.kinds.${k}`), `${locale} ${k}`).toBeTypeOf('string')
      for (const k of PARTY_KINDS) expect(at(tree, `meetings.partyKinds.${k}`)).toBeTypeOf('string')
      for (const k of ['pending', 'present', 'absent', 'leave'])
        expect(at(tree, `meetings.attendance.${k}`)).toBeTypeOf('string')
    }
    expect(at(messages['zh-CN'] as Tree, 'meetings.kinds.lecture')).toBe('讲坛')
  })

  it('keeps the QR sign-in page outside the shell, for signed-in members only', () => {
    const signIn = meetingScreens.find((r) => r.path === '/m/sign-in')
    expect(signIn?.meta?.permission).toBe('meetings:self:use')
    expect(signIn?.meta?.public).toBeUndefined()
  })
})
