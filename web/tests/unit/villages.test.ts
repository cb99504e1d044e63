import { describe, expect, it } from 'vitest'
import { fenToInput, fenToWan, fenToYuan, stayState, yuanToFen } from '@/views/office/villages/data'

describe('village money', () => {
  it('reads yuan as typed into whole fen without float rounding', () => {
    expect(yuanToFen('1234.56')).toBe(123456)
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen('0.29')).toBe(29) // 0.29 * 100 is 28.999… in floating point
    expect(yuanToFen('¥8,000,000')).toBe(800000000)
    expect(yuanToFen(' 19.90 ')).toBe(1990)
    expect(yuanToFen('1.234')).toBeNull()
    expect(yuanToFen('-5')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
    expect(yuanToFen('')).toBeNull()
  })
  it('writes fen as yuan', () => {
    expect(fenToYuan(826040050, 'zh-CN')).toBe('¥8,260,400.50')
    expect(fenToYuan(100, 'en')).toBe('¥1')
    expect(fenToYuan(5, 'zh-CN')).toBe('¥0.05')
    expect(fenToWan(826040050, 'zh-CN')).toBe('826.04万元')
    expect(fenToWan(826040050, 'en')).toBe('¥8.26 million')
  })
})

describe('editing records', () => {
  it('gives fen back as a clerk types yuan, and reads it again unchanged', () => {
    for (const [fen, text] of [
      [800000000, '8000000'],
      [12345, '123.45'],
      [1205, '12.05'],
      [1, '0.01'],
    ] as const) {
      expect(fenToInput(fen)).toBe(text)
      expect(yuanToFen(fenToInput(fen))).toBe(fen)
    }
  })

  it('tells a stay going on from one over (the cadre is then former) and one not yet begun', () => {
    const today = '2026-06-15'
    expect(stayState({ start_date: '2025-01-01', end_date: '' }, today)).toBe('current')
    expect(stayState({ start_date: '2025-01-01', end_date: '2026-06-15' }, today)).toBe('current')
    expect(stayState({ start_date: '2025-01-01', end_date: '2026-06-14' }, today)).toBe('former')
    expect(stayState({ start_date: '2026-07-01', end_date: '' }, today)).toBe('upcoming')
  })
})
