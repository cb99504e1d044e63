import { describe, expect, it } from 'vitest'
import type { ProposalSettings } from '@/api/proposals/types'
import { i18n } from '@/locales'
import {
  checkSettings,
  cleanList,
  isMonthDay,
  settingsBody,
  settingsForm,
} from '@/views/proposals/settings/data'
import { campaignBody, campaignYears, checkCampaign, emptyCampaign } from '@/views/proposals/campaigns/data'

const t = (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {})

const settings = (): ProposalSettings => ({
  plenary_start: '01-01',
  plenary_end: '01-31',
  sessions: [{ session: 5, start: '2026-01-04', end: '2026-01-09' }],
  objection_days: 10,
  handling_days: 90,
  max_handling_days: 180,
  reply_classes: 3,
  reply_class_names: [{ code: 'A', name: '已解决或采纳' }],
  categories: ['经济发展', '其他'],
  reject_grounds: ['一案多事'],
  cosign_days: 7,
  rehandling_days: 30,
})

describe('proposal settings form', () => {
  it('sends only the editable fields, lists cleaned', () => {
    const f = settingsForm(settings())
    f.categories.push(' 教育科技 ', '', '其他')
    const body = settingsBody(f)
    expect(Object.keys(body)).not.toContain('cosign_days')
    expect(Object.keys(body)).not.toContain('reply_class_names')
    expect(body.categories).toEqual(['经济发展', '其他', '教育科技'])
    expect(body.sessions).toEqual([{ session: 5, start: '2026-01-04', end: '2026-01-09' }])
    expect(body.handling_days).toBe(90)
  })

  it('accepts the settings as read', () => {
    expect(checkSettings(settingsForm(settings()), t)).toEqual({})
  })

  it('checks month-days, the day limits, the longest deadline, the lists and the sessions', () => {
    const f = settingsForm(settings())
    f.plenary_end = '02-30'
    f.objection_days = 61
    f.handling_days = 200
    f.max_handling_days = 150
    f.reject_grounds = ['  ']
    f.sessions.push({ session: 6, start: '2027-01-09', end: '2027-01-04' })
    const e = checkSettings(f, t)
    expect(Object.keys(e).sort()).toEqual(
      ['max_handling_days', 'objection_days', 'plenary_end', 'reject_grounds', 'sessions'].sort(),
    )
    expect(e.objection_days).toContain('60')
    expect(e.max_handling_days).toBe('最长办理期限不能短于办理期限')
    f.handling_days = null
    expect(checkSettings(f, t).handling_days).toContain('365')
  })

  it('knows a month-day', () => {
    expect(isMonthDay('02-29')).toBe(true)
    expect(isMonthDay('13-01')).toBe(false)
    expect(isMonthDay('1-31')).toBe(false)
    expect(cleanList([' a', 'a', ''])).toEqual(['a'])
  })
})

describe('supervision campaign dialog', () => {
  it('needs a name, a date and at least one proposal', () => {
    const e = checkCampaign(emptyCampaign(), t)
    expect(Object.keys(e).sort()).toEqual(['held_on', 'name', 'proposal_ids'])
    expect(e.name).toBe('请填写活动名称')
  })

  it('builds the POST body', () => {
    const f = {
      ...emptyCampaign(),
      name: ' 重点提案集中督办 ',
      held_on: '2026-06-15',
      proposal_ids: [43, 45],
    }
    expect(checkCampaign(f, t)).toEqual({})
    expect(campaignBody(f)).toEqual({
      name: '重点提案集中督办',
      held_on: '2026-06-15',
      leaders: '',
      note: '',
      proposal_ids: [43, 45],
    })
    expect(campaignYears(new Date('2026-03-01'))).toEqual([2026, 2025, 2024, 2023, 2022, 2021])
  })
})
