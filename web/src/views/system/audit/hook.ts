import { computed, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { listAudit } from '@/api/audit'
import type { AuditActor, AuditSummary } from '@/api/audit/types'
import { usePagedList } from '@/composables/usePagedList'
import { roleLabel } from '@/config/permissions'
import { useAppStore } from '@/stores/app'
import { userAgentLabel } from '@/utils/user-agent'
import { emptyFilters, KNOWN_ACTIONS, KNOWN_OBJECT_TYPES } from './data'
import { formatSummary } from './summary'

/** vue-i18n reads dots as nesting, so a code like `auth.login` is looked up as `auth_login`. */
function labelKey(group: string, code: string): string {
  return `audit.${group}.${code.replace(/[.:]/g, '_')}`
}

export function useAuditTrail() {
  const { t, te } = useI18n()
  const app = useAppStore()
  const list = usePagedList(listAudit, { filters: emptyFilters, pageSize: 20 })

  /** The label when the locale files know the code, else the code as the server sent it. */
  const label = (group: string, code: string) =>
    code && te(labelKey(group, code)) ? t(labelKey(group, code)) : code

  const actionLabel = (code: string) => label('actions', code)
  const objectTypeLabel = (code: string) => label('objectTypes', code) || t('common.none')
  const actorLabel = (actor: AuditActor | null) =>
    actor
      ? actor.display_name
        ? `${actor.display_name} (${actor.username})`
        : actor.username
      : t('audit.system')

  const summaryText = (summary: AuditSummary) =>
    formatSummary(summary, {
      locale: app.locale,
      field: (key) => label('fields', key),
      value: (key, v) => {
        if (v === null) return t('common.none')
        if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no')
        if (key === 'roles' && typeof v === 'string') return roleLabel(v, app.locale)
        if (key === 'level' && te(`common.level.${String(v)}`)) return t(`common.level.${String(v)}`)
        if (key === 'user_agent' && typeof v === 'string') return userAgentLabel(v)
        return String(v)
      },
    })

  const actionOptions = computed(() =>
    KNOWN_ACTIONS.map((code) => ({ value: code, label: actionLabel(code) })),
  )
  const objectTypeOptions = computed(() =>
    KNOWN_OBJECT_TYPES.map((code) => ({ value: code, label: objectTypeLabel(code) })),
  )

  onMounted(list.load)

  return { ...list, actionLabel, objectTypeLabel, actorLabel, summaryText, actionOptions, objectTypeOptions }
}
