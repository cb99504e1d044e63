import { describe, expect, it } from 'vitest'
import { messages } from '@/locales'
import { attendanceTag, chinaInput, isPartyKind, MEETING_KINDS, PARTY_KINDS } from '@/views/meetings/labels'
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
