/** Mainland resident ID numbers (GB 11643-1999): 17 digits and a check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECKS = '10X98765432'

/** The check character for the first 17 digits. */
export function idCardCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECKS[sum % 11] ?? ''
}

/** Birth date (YYYY-MM-DD) of a well-formed number whose date exists. */
export function idCardBirthDate(value: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(value)
  if (!m) return null
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null
  return `${y}-${mo}-${d}`
}

/** True for an 18-character number with a real birth date and the right check character. */
export function isValidIdCard(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value) || !idCardBirthDate(value)) return false
  return idCardCheck(value.slice(0, 17)) === value[17]?.toUpperCase()
}

/** 男 or 女 from the 17th digit (odd = male). */
export function idCardGender(value: string): '男' | '女' | null {
  if (!/^\d{17}[\dXx]$/.test(value)) return null
  return Number(value[16]) % 2 === 1 ? '男' : '女'
}

/** A phone number as the server accepts it: a mobile (11 digits from 1) or a landline (7–20 digits and -). */
export function isPhoneNumber(value: string): boolean {
  return /^1\d{10}$/.test(value) || /^[\d-]{7,20}$/.test(value)
}
