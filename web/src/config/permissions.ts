/**
 * Labels for permissions and roles, read from the one declaration shared with the server
 * (`/config/permissions.json`, imported through the `@config` alias).
 */
import declaration from '@config/permissions.json'
import type { AppLocale } from '@/locales'

export interface LabelledCode {
  code: string
  zh: string
  en: string
}

export interface RoleDeclaration extends LabelledCode {
  permissions: string[]
}

export interface PermissionDeclaration {
  permissions: LabelledCode[]
  roles: RoleDeclaration[]
}

export const permissionDeclaration: PermissionDeclaration = declaration

const permissionsByCode = new Map(declaration.permissions.map((p) => [p.code, p]))
const rolesByCode = new Map(declaration.roles.map((r) => [r.code, r]))

function labelIn(entry: LabelledCode | undefined, locale: AppLocale): string | undefined {
  if (!entry) return undefined
  return locale === 'en' ? entry.en : entry.zh
}

/** The permission's name in the UI language; an unknown code is shown as is. */
export function permissionLabel(code: string, locale: AppLocale): string {
  return labelIn(permissionsByCode.get(code), locale) ?? code
}

/** The role's name in the UI language; an unknown code is shown as is. */
export function roleLabel(code: string, locale: AppLocale): string {
  return labelIn(rolesByCode.get(code), locale) ?? code
}

export function isKnownPermission(code: string): boolean {
  return permissionsByCode.has(code)
}
