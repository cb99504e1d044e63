import type { AppLocale } from '@/locales'

/** One column of a DataTable; pages declare theirs in `data.ts`. */
export interface TableColumn<Row> {
  /** Row property shown by default, and the name of the `cell-<key>` slot that can replace it */
  key: string
  /** i18n key of the header */
  label: string
  width?: number
  minWidth?: number
  fixed?: 'left' | 'right'
  align?: 'left' | 'center' | 'right'
  /** Long text is cut with an ellipsis and shown whole on hover */
  ellipsis?: boolean
  /** Text of the cell; default: the property's value */
  format?: (row: Row, locale: AppLocale) => string
}

export interface Pagination {
  page: number
  pageSize: number
  total: number
}

export const PAGE_SIZES = [20, 50, 100] as const
