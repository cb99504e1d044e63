/** Shapes shared by every endpoint. */

/** A page of a list: `{"items":[…],"total":N}`. */
export interface ListResult<T> {
  items: T[]
  total: number
}

/** `page` is 1-based. */
export interface PageQuery {
  page: number
  page_size: number
}

/** ISO 8601 date-time with offset, as the server sends it. */
export type IsoDateTime = string

/** One problem with one field, as a 422 `invalid_record` (in `details.errors`) or an import row reports it. */
export interface FieldError {
  field: string
  code: string
  /** Already in the user's language */
  message: string
}

/** YYYY-MM-DD */
export type IsoDate = string
