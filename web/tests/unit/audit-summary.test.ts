import { describe, expect, it } from 'vitest'
import { formatSummary, type SummaryLabels } from '@/views/system/audit/summary'

const zh: SummaryLabels = {
  locale: 'zh-CN',
  field: (k) => ({ before: '修改前', after: '修改后', state: '状态', roles: '角色', user_agent: '浏览器' })[k] ?? k,
  value: (k, v) => (typeof v === 'boolean' ? (v ? '是' : '否') : k === 'roles' ? `角色:${String(v)}` : String(v)),
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

describe('user agent label', async () => {
  const { userAgentLabel } = await import('@/utils/user-agent')
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
      'Chrome 126 · Windows',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.56',
      'Edge 126 · Windows',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari 17 · iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.49',
      'WeChat 8 · Android',
    ],
    ['curl/7.88.1', 'curl 7.88.1'],
    ['something else', 'something else'],
    ['', ''],
  ])('%s → %s', (ua, label) => {
    expect(userAgentLabel(ua)).toBe(label)
  })
})
