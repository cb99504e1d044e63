import type { ListEntry, ListEntryByPath, ListPath } from '@/api/org/types'

export type FieldType = 'text' | 'int' | 'member' | 'date' | 'unitKind' | 'phone'

export interface FieldConfig {
  key: string
  /** i18n key */
  label: string
  type: FieldType
  required?: boolean
  max?: number
  /** for member fields: the entry's property holding the member's name */
  nameKey?: string
}

export interface ListConfig {
  path: ListPath
  /** i18n key of the tab */
  title: string
  fields: FieldConfig[]
  /** the member-list filter its member_count links to */
  memberFilter?: 'sector_id' | 'township_group_id'
}

export const LISTS: ListConfig[] = [
  {
    path: 'sectors',
    title: 'org.lists.sectors',
    memberFilter: 'sector_id',
    fields: [
      { key: 'name', label: 'org.lists.name', type: 'text', required: true, max: 50 },
      { key: 'sort', label: 'org.lists.sort', type: 'int' },
    ],
  },
  {
    path: 'township-groups',
    title: 'org.lists.townshipGroups',
    memberFilter: 'township_group_id',
    fields: [
      { key: 'name', label: 'org.lists.name', type: 'text', required: true, max: 50 },
      { key: 'township', label: 'org.lists.township', type: 'text', max: 50 },
      { key: 'convener_member_id', label: 'org.lists.convener', type: 'member', nameKey: 'convener_name' },
    ],
  },
  {
    path: 'studios',
    title: 'org.lists.studios',
    fields: [
      { key: 'name', label: 'org.lists.name', type: 'text', required: true, max: 50 },
      { key: 'location', label: 'org.lists.location', type: 'text', max: 200 },
      { key: 'lead_member_id', label: 'org.lists.lead', type: 'member', nameKey: 'lead_name' },
      { key: 'established_on', label: 'org.lists.establishedOn', type: 'date' },
    ],
  },
  {
    path: 'units',
    title: 'org.lists.units',
    fields: [
      { key: 'name', label: 'org.lists.name', type: 'text', required: true, max: 50 },
      { key: 'kind', label: 'org.lists.unitKind', type: 'unitKind' },
      { key: 'contact_person', label: 'org.lists.contactPerson', type: 'text', max: 50 },
      { key: 'phone', label: 'org.lists.phone', type: 'phone', max: 20 },
    ],
  },
]

export type FormValues = Record<string, string | number | null>

/** The form's values for a new entry or an existing one ('' for empty text, null for no member). */
export function formValues(config: ListConfig, entry?: ListEntry | null): FormValues {
  const out: FormValues = {}
  const source = (entry ?? {}) as Record<string, unknown>
  for (const f of config.fields) {
    const v = source[f.key]
    if (f.type === 'member') out[f.key] = typeof v === 'number' ? v : null
    else if (f.type === 'int') out[f.key] = typeof v === 'number' ? v : 0
    else if (f.type === 'unitKind') out[f.key] = typeof v === 'string' && v ? v : 'department'
    else out[f.key] = typeof v === 'string' ? v : ''
  }
  return out
}

/** The request body: text trimmed; for a change only what differs from the entry (and its version). */
export function entryBody(
  config: ListConfig,
  values: FormValues,
  entry?: ListEntry | null,
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  const before = entry ? formValues(config, entry) : null
  for (const f of config.fields) {
    let v = values[f.key] ?? null
    if (typeof v === 'string') v = v.trim()
    if (f.type === 'member' && v === '') v = null
    if (before && before[f.key] === v) continue
    body[f.key] = v
  }
  if (entry) body.version = entry.version
  return body
}

export type AnyEntry = ListEntryByPath[ListPath]
