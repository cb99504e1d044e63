/**
 * The password rule, the same as the server's (`server/src/auth/password.cpp`): at least 8 characters
 * (code points) and at most 256 bytes of UTF-8, with at least three of the four kinds lower-case letter,
 * upper-case letter, digit, symbol. Letters and digits are ASCII; every other character (punctuation,
 * space, Chinese characters…) counts as a symbol.
 */
export const PASSWORD_MIN_LENGTH = 8
export const PASSWORD_MAX_BYTES = 256
export const PASSWORD_MIN_CLASSES = 3

export type CharClass = 'lower' | 'upper' | 'digit' | 'symbol'
export const CHAR_CLASSES: readonly CharClass[] = ['lower', 'upper', 'digit', 'symbol']

export interface PasswordCheck {
  ok: boolean
  /** Length in characters (code points, so a Chinese character or emoji counts once). */
  length: number
  longEnough: boolean
  /** Not over the server's limit of 256 bytes */
  notTooLong: boolean
  classes: Record<CharClass, boolean>
  classCount: number
}

function classify(ch: string): CharClass {
  if (ch >= 'a' && ch <= 'z') return 'lower'
  if (ch >= 'A' && ch <= 'Z') return 'upper'
  if (ch >= '0' && ch <= '9') return 'digit'
  return 'symbol'
}

export function checkPassword(password: string): PasswordCheck {
  const chars = Array.from(password)
  const classes: Record<CharClass, boolean> = { lower: false, upper: false, digit: false, symbol: false }
  for (const ch of chars) classes[classify(ch)] = true
  const classCount = CHAR_CLASSES.filter((c) => classes[c]).length
  const longEnough = chars.length >= PASSWORD_MIN_LENGTH
  const notTooLong = new TextEncoder().encode(password).length <= PASSWORD_MAX_BYTES
  return {
    ok: longEnough && notTooLong && classCount >= PASSWORD_MIN_CLASSES,
    length: chars.length,
    longEnough,
    notTooLong,
    classes,
    classCount,
  }
}

export function isStrongPassword(password: string): boolean {
  return checkPassword(password).ok
}
