import type {
  Article,
  ArticleFields,
  ArticleQuery,
  ArticleRow,
  AuthorKind,
  CleanedText,
  MediaLevel,
  RewardRule,
} from '@/api/office/types'
import type { Id } from '@/api/members/types'
import type { TableColumn } from '@/components/data-table/types'

export interface ArticleFilters {
  year: number | ''
  level: MediaLevel | ''
  author_kind: AuthorKind | ''
  q: string
}

export const emptyFilters = (): ArticleFilters => ({ year: '', level: '', author_kind: '', q: '' })

export function toArticleQuery(f: ArticleFilters & { page?: number; page_size?: number }): ArticleQuery {
  const out: ArticleQuery = {}
  if (f.year !== '') out.year = f.year
  if (f.level) out.level = f.level
  if (f.author_kind) out.author_kind = f.author_kind
  if (f.q.trim()) out.q = f.q.trim()
  if (f.page) out.page = f.page
  if (f.page_size) out.page_size = f.page_size
  return out
}

export const columns: TableColumn<ArticleRow>[] = [
  { key: 'title', label: 'office.publicity.fields.title', minWidth: 240 },
  { key: 'outlet', label: 'office.publicity.fields.outlet', width: 150, ellipsis: true },
  { key: 'level', label: 'office.publicity.fields.level', width: 90, align: 'center' },
  { key: 'published_on', label: 'office.publicity.fields.published_on', width: 115 },
  { key: 'author_name', label: 'office.publicity.fields.author', width: 140 },
  { key: 'reward', label: 'office.publicity.fields.reward', width: 100, align: 'right' },
]
/** On a phone: the title (outlet, date, author and reward under it) and the level. */
export const phoneColumns = columns.filter((c) => ['title', 'level'].includes(c.key))

/** ¥1,200 */
export function yuan(amount: number, locale: string): string {
  return `¥${amount.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN')}`
}

export interface ArticleForm {
  title: string
  outlet: string
  level: MediaLevel | ''
  published_on: string
  link: string
  author_kind: AuthorKind
  author_id: Id | ''
  /** What was pasted from the web page */
  pasted: string
  /** The text to keep: the cleaned paste, or typed */
  text: string
}

export const emptyArticle = (): ArticleForm => ({
  title: '',
  outlet: '',
  level: '',
  published_on: '',
  link: '',
  author_kind: 'staff',
  author_id: '',
  pasted: '',
  text: '',
})

/** The form of a recorded article being edited: its fields and stored text (nothing pasted). */
export const articleForm = (a: Article): ArticleForm => ({
  title: a.title,
  outlet: a.outlet,
  level: a.level,
  published_on: a.published_on,
  link: a.link ?? '',
  author_kind: a.author_kind,
  author_id: a.author_id,
  pasted: '',
  text: a.text ?? '',
})

export const actionsColumn: TableColumn<ArticleRow> = {
  key: 'actions',
  label: 'office.publicity.actions',
  width: 90,
  align: 'center',
}

/** Fills the fields still empty from what the cleaning found on the page. */
export function fillFromCleaned(f: ArticleForm, c: CleanedText): void {
  f.text = c.text
  if (!f.title.trim() && c.title) f.title = c.title
  if (!f.outlet.trim() && c.outlet) f.outlet = c.outlet
  if (!f.published_on && /^\d{4}-\d{2}-\d{2}$/.test(c.published_on)) f.published_on = c.published_on
}

type T = (key: string) => string

export function checkArticle(f: ArticleForm, t: T): Record<string, string> {
  const e: Record<string, string> = {}
  if (!f.title.trim()) e.title = t('office.publicity.check.title')
  if (!f.outlet.trim()) e.outlet = t('office.publicity.check.outlet')
  if (!f.level) e.level = t('office.publicity.check.level')
  if (!f.published_on) e.published_on = t('office.publicity.check.date')
  if (f.author_id === '') e.author_id = t('office.publicity.check.author')
  if (f.link.trim() && !/^https?:\/\//.test(f.link.trim())) e.link = t('office.publicity.check.link')
  return e
}

/**
 * The request. When the text is the paste as the server cleaned it, the paste is sent (so the server keeps
 * the flagged lines); text edited after cleaning, or typed, is sent as it is.
 */
export function articleBody(f: ArticleForm, cleanedText: string | null): ArticleFields {
  const body: ArticleFields = {
    title: f.title.trim(),
    outlet: f.outlet.trim(),
    level: f.level,
    published_on: f.published_on,
    author_kind: f.author_kind,
    author_id: f.author_id as Id,
  }
  if (f.link.trim()) body.link = f.link.trim()
  if (f.pasted.trim() && cleanedText !== null && f.text === cleanedText) body.pasted = f.pasted
  else if (f.text.trim()) body.text = f.text
  return body
}

/** The amounts the reward table sends: level → whole yuan. */
export function rewardAmounts(rules: readonly RewardRule[]): Record<string, number> {
  return Object.fromEntries(rules.map((r) => [r.level, Math.max(0, Math.round(r.amount))]))
}
