import { describe, expect, it } from 'vitest'
import { checkPassword, isStrongPassword } from '@/utils/password'

describe('password policy (≥ 8 characters, ≥ 3 of lower/upper/digit/symbol)', () => {
  it.each([
    ['Zhixie#2026', true], // all four kinds
    ['zhixie2026A', true], // lower + digit + upper
    ['zhixie#2026', true], // lower + symbol + digit
    ['ZHIXIE#ABC', false], // upper + symbol only
    ['zhixiezhixie', false], // lower only
    ['12345678', false], // digits only
  ])('%s → %s', (pw, ok) => {
    expect(isStrongPassword(pw)).toBe(ok)
  })

  it('rejects short passwords even with every kind of character', () => {
    const r = checkPassword('Ab1#xyz')
    expect(r).toMatchObject({ ok: false, length: 7, longEnough: false, classCount: 4 })
  })

  it('accepts exactly 8 characters', () => {
    expect(checkPassword('Ab1#xyzw')).toMatchObject({ ok: true, length: 8 })
  })

  it('rejects two kinds of characters however long', () => {
    expect(checkPassword('abcdefghijklmnop1234')).toMatchObject({ ok: false, classCount: 2 })
    expect(checkPassword('ABCDEFGH!!!!')).toMatchObject({ ok: false, classCount: 2 })
  })

  it('counts characters, not UTF-16 units, and counts Chinese as a symbol', () => {
    const r = checkPassword('政协abc123')
    expect(r.length).toBe(8)
    expect(r.classes).toEqual({ lower: true, upper: false, digit: true, symbol: true })
    expect(r.ok).toBe(true)
    expect(checkPassword('😀😀😀aA1').length).toBe(6)
  })

  it('counts a space as a symbol, as the server does', () => {
    expect(checkPassword('abcd efgh 12')).toMatchObject({ classCount: 3, ok: true })
  })

  it('rejects more than 256 bytes of UTF-8', () => {
    expect(checkPassword(`Aa1#${'x'.repeat(252)}`)).toMatchObject({ ok: true, notTooLong: true })
    expect(checkPassword(`Aa1#${'x'.repeat(253)}`)).toMatchObject({ ok: false, notTooLong: false })
    // 86 Chinese characters are 258 bytes
    expect(checkPassword(`Aa1${'政'.repeat(86)}`)).toMatchObject({ ok: false, notTooLong: false })
  })

  it('reports which kinds are present', () => {
    expect(checkPassword('').classes).toEqual({ lower: false, upper: false, digit: false, symbol: false })
    expect(checkPassword('aZ').classes).toEqual({ lower: true, upper: true, digit: false, symbol: false })
  })
})
