import { computed, onMounted, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { addMyContact, listMyLinks } from '@/api/liaison'
import type { LiaisonLevel, LiaisonLink, PublicContact } from '@/api/liaison/types'
import { isApiError } from '@/api/client'
import { errorsByField, fieldErrorsOf } from '@/utils/field-errors'
import { quarterOf, todayIso } from '../labels'
import { quarterStart } from '../tree/data'

export interface LinkGroup {
  level: LiaisonLevel
  /** i18n key of the group's heading */
  title: string
  links: LiaisonLink[]
}

const GROUPS: { level: LiaisonLevel; title: string }[] = [
  { level: 'chair_standing', title: 'liaison.mine.groupStanding' },
  { level: 'standing_member', title: 'liaison.mine.groupMembers' },
  { level: 'member_public', title: 'liaison.mine.groupPublic' },
]

/** My links by level; links not contacted since `since` first, then by name. */
export function groupMyLinks(links: readonly LiaisonLink[], since: string): LinkGroup[] {
  const done = (l: LiaisonLink) => Boolean(l.last_contact && l.last_contact >= since)
  const name = (l: LiaisonLink) => (l.level === 'member_public' ? l.contact_name : l.to_name) ?? ''
  return GROUPS.map((g) => ({
    ...g,
    links: links
      .filter((l) => l.level === g.level)
      .sort((a, b) => Number(done(a)) - Number(done(b)) || name(a).localeCompare(name(b), 'zh-CN')),
  })).filter((g) => g.links.length > 0)
}

const emptyContact = (): PublicContact => ({
  contact_name: '',
  contact_phone: '',
  contact_address: '',
  contact_note: '',
})

export function useMyLiaison() {
  const { t } = useI18n()
  const links = shallowRef<LiaisonLink[]>([])
  const loading = ref(false)
  const notMember = ref(false)
  const quarter = quarterOf(todayIso())
  const since = quarterStart(quarter)
  const groups = computed(() => groupMyLinks(links.value, since))
  const contactedCount = computed(
    () => links.value.filter((l) => l.last_contact && l.last_contact >= since).length,
  )

  const logOpen = ref(false)
  const logLink = shallowRef<LiaisonLink | null>(null)

  const addOpen = ref(false)
  const contact = reactive<PublicContact>(emptyContact())
  const adding = ref(false)
  const addErrors = ref<Record<string, string>>({})
  const addError = ref('')

  async function load(): Promise<void> {
    loading.value = true
    try {
      links.value = (await listMyLinks()).items
      notMember.value = false
    } catch (error) {
      if (isApiError(error) && error.status === 404) notMember.value = true
    } finally {
      loading.value = false
    }
  }

  function openLog(link: LiaisonLink): void {
    logLink.value = link
    logOpen.value = true
  }

  async function onLogged(): Promise<void> {
    ElMessage({ type: 'success', message: t('liaison.log.saved') })
    await load()
  }

  function openAdd(): void {
    Object.assign(contact, emptyContact())
    addErrors.value = {}
    addError.value = ''
    addOpen.value = true
  }

  async function submitAdd(): Promise<void> {
    if (adding.value) return
    addErrors.value = {}
    addError.value = ''
    if (!contact.contact_name.trim()) {
      addErrors.value = { contact_name: t('liaison.assign.nameRequired') }
      return
    }
    adding.value = true
    try {
      await addMyContact({
        contact_name: contact.contact_name.trim(),
        contact_phone: contact.contact_phone.trim(),
        contact_address: contact.contact_address.trim(),
        contact_note: contact.contact_note.trim(),
      })
      ElMessage({ type: 'success', message: t('liaison.mine.added') })
      addOpen.value = false
      await load()
    } catch (error) {
      if (!isApiError(error)) throw error
      if (error.isSessionLost) return
      const fields = fieldErrorsOf(error)
      if (fields.length) addErrors.value = errorsByField(fields)
      else addError.value = error.message
    } finally {
      adding.value = false
    }
  }

  onMounted(load)

  return {
    links,
    loading,
    notMember,
    quarter,
    since,
    groups,
    contactedCount,
    logOpen,
    logLink,
    openLog,
    onLogged,
    addOpen,
    contact,
    adding,
    addErrors,
    addError,
    openAdd,
    submitAdd,
    load,
  }
}
