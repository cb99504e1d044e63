import { describe, expect, it } from 'vitest'
import { formatSummary, type SummaryLabels } from '@/views/system/audit/summary'

const zh: SummaryLabels = {
  locale: 'zh-CN',
  field: (k) =>
    ({ before: '修改前', after: '修改后', state: '状态', roles: '角色', user_agent: '浏览器' })[k] ?? k,
  value: (k, v) =>
    typeof v === 'boolean' ? (v ? '是' : '否') : k === 'roles' ? `角色:${String(v)}` : String(v),
}

describe('audit summary text', () => {
  it('passes plain text through and shows nothing for null', () => {
    expect(formatSummary('已导入 3 条', zh)).toBe('已导入 3 条')
    expect(formatSummary(null, zh)).toBe('')
  })

  it('labels fields and nests before/after', () => {
    expect(formatSummary({ before: { state: 'draft' }, after: { state: 'submitted' } }, zh)).toBe(
      '修改前：状态：draft；修改后：状态：submitted',
    )
  })

  it('lists arrays through the value labeller and skips empty values', () => {
    expect(formatSummary({ roles: ['member', 'unit'], note: '', user_agent: 'Chromium' }, zh)).toBe(
      '角色：角色:member、角色:unit；浏览器：Chromium',
    )
  })

  it('uses English punctuation in English', () => {
    expect(formatSummary({ disabled: false, count: 2 }, { ...zh, locale: 'en', field: (k) => k })).toBe(
      'disabled: 否; count: 2',
    )
  })
})
