import { describe, expect, it } from 'vitest'
import { fenToWan, fenToYuan, yuanToFen } from '@/views/office/villages/data'

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
