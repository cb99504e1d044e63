import { onMounted, reactive, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { getMyDuty, reportDuty } from '@/api/duty'
import type { Dossier } from '@/api/duty/types'
import { isApiError } from '@/api/client'
import { useFormSubmit } from '@/composables/useFormSubmit'
import { fileToUpload, uploadProblem } from '../../proposals/attachments'
import { yearOptions } from '../data'

/** 我的履职: the member's own year on a phone, and the form to report another duty. */
export function useMyDuty() {
  const { t } = useI18n()
  const years = yearOptions(new Date().getFullYear()).slice(0, 2)
  const year = ref(years[0] ?? new Date().getFullYear())
  const dossier = shallowRef<Dossier | null>(null)
  const loading = ref(false)
  const notMember = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      dossier.value = await getMyDuty(year.value, { notify: false })
      notMember.value = false
    } catch (e) {
      dossier.value = null
      notMember.value = isApiError(e) && e.code === 'not_a_member'
    } finally {
      loading.value = false
    }
  }
  watch(year, load)
  onMounted(load)

  // ---- the self-report form
  const open = ref(false)
  const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10)
  const form = reactive({ kind: 'deed', occurred_on: today(), title: '', description: '' })
  const file = ref<File | null>(null)
  const submit = useFormSubmit({ fields: ['kind', 'occurred_on', 'title', 'description', 'evidence'] })

  function openForm(): void {
    submit.clear()
    Object.assign(form, { kind: 'deed', occurred_on: today(), title: '', description: '' })
    file.value = null
    open.value = true
  }
  function pick(f: File | null): void {
    file.value = f
  }
  async function send(): Promise<void> {
    const local: Record<string, string> = {}
    const problem = file.value ? uploadProblem(file.value) : 'missing'
    if (problem === 'missing') local.evidence = t('duty.mine.fileRequired')
    else if (problem === 'empty') local.evidence = t('duty.mine.fileEmpty')
    else if (problem === 'tooLarge') local.evidence = t('duty.mine.fileTooLarge')
    else if (problem === 'type') local.evidence = t('duty.mine.fileType')
    const chosen = file.value
    const ok = await submit.run(
      async () =>
        reportDuty({
          ...form,
          title: form.title.trim(),
          evidence: chosen ? await fileToUpload(chosen) : null,
        }),
      local,
    )
    if (!ok) return
    open.value = false
    ElMessage.success(t('duty.mine.submitted'))
    await load()
  }
  return { years, year, dossier, loading, notMember, open, form, file, submit, openForm, pick, send }
}
