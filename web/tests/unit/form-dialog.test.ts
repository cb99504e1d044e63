import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/locales'
import { useAppStore } from '@/stores/app'
import FormDialog from '@/components/form-dialog/FormDialog.vue'

type Props = Record<string, unknown>

/** Mounts the dialog open, with one input as its field; the dialog itself lands in document.body. */
async function mountDialog(props: Props = {}, slots: Record<string, () => unknown> = {}) {
  const open = ref(true)
  const submits = ref(0)
  const Host = defineComponent({
    setup() {
      return () =>
        h(
          FormDialog,
          {
            modelValue: open.value,
            'onUpdate:modelValue': (v: boolean) => (open.value = v),
            onSubmit: () => submits.value++,
            title: '标题',
            width: '640px',
            'data-test': 'the-dialog',
            ...props,
          },
          { default: () => h('input', { 'data-test': 'the-field' }), ...slots },
        )
    },
  })
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [i18n] } })
  await flushPromises()
  const dialog = document.querySelector<HTMLElement>('[data-test="the-dialog"]')
  return { wrapper, open, submits, dialog }
}

/** The footer's buttons: cancel, then submit when there is one. */
function buttons(dialog: HTMLElement | null): [HTMLButtonElement, HTMLButtonElement] {
  const found = [...(dialog?.querySelectorAll<HTMLButtonElement>('.el-dialog__footer button') ?? [])]
  return [found[0]!, found[1]!]
}

describe('FormDialog', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'zh-CN'
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the title, the fields in a form and cancel / submit; data-test goes to the dialog', async () => {
    const { wrapper, dialog } = await mountDialog({ submitTest: 'the-submit' })
    expect(dialog).not.toBeNull()
    expect(dialog!.querySelector('.el-dialog__title')?.textContent).toBe('标题')
    expect(dialog!.querySelector('form [data-test="the-field"]')).not.toBeNull()
    expect(dialog!.querySelector('.el-alert')).toBeNull()
    const [cancel, submit] = buttons(dialog)
    expect(cancel.textContent?.trim()).toBe(i18n.global.t('common.actions.cancel'))
    expect(submit.textContent?.trim()).toBe(i18n.global.t('common.actions.submit'))
    expect(submit.getAttribute('data-test')).toBe('the-submit')
    expect(dialog!.style.getPropertyValue('--el-dialog-width')).toBe('640px')
    wrapper.unmount()
  })

  it('takes 96% of a phone, or the width it is given', async () => {
    useAppStore().setMobile(true)
    const first = await mountDialog()
    expect(first.dialog!.style.getPropertyValue('--el-dialog-width')).toBe('96%')
    first.wrapper.unmount()
    document.body.innerHTML = ''
    const second = await mountDialog({ mobileWidth: '94%' })
    expect(second.dialog!.style.getPropertyValue('--el-dialog-width')).toBe('94%')
    second.wrapper.unmount()
  })

  it('shows the refusal above the form', async () => {
    const { wrapper, dialog } = await mountDialog({ formError: '已被他人修改' })
    const alert = dialog!.querySelector('.el-alert')
    expect(alert?.textContent).toContain('已被他人修改')
    expect(alert?.classList.contains('el-alert--error')).toBe(true)
    wrapper.unmount()
  })

  it('emits submit from the button and from Enter in the form; cancel closes', async () => {
    const { wrapper, open, submits, dialog } = await mountDialog()
    const [cancel, submit] = buttons(dialog)
    submit.click()
    dialog!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await flushPromises()
    expect(submits.value).toBe(2)
    cancel.click()
    await flushPromises()
    expect(open.value).toBe(false)
    wrapper.unmount()
  })

  it('shows saving, its own texts and type, and can leave the submit button out', async () => {
    const busy = await mountDialog({
      saving: true,
      submitText: '保存',
      cancelText: '关闭',
      submitType: 'danger',
    })
    const [cancel, submit] = buttons(busy.dialog)
    expect(cancel.textContent?.trim()).toBe('关闭')
    expect(submit.textContent?.trim()).toBe('保存')
    expect(submit.classList.contains('is-loading')).toBe(true)
    expect(submit.classList.contains('el-button--danger')).toBe(true)
    busy.wrapper.unmount()
    document.body.innerHTML = ''
    const readOnly = await mountDialog({ canSubmit: false, disabled: true })
    expect(readOnly.dialog!.querySelectorAll('.el-dialog__footer button')).toHaveLength(1)
    expect(readOnly.dialog!.querySelector('input')).not.toBeNull()
    readOnly.wrapper.unmount()
  })

  it('puts the before and after slots around the form', async () => {
    const { wrapper, dialog } = await mountDialog(
      { formError: '错' },
      { before: () => h('p', { class: 'before' }, '前'), after: () => h('p', { class: 'after' }, '后') },
    )
    const order = [...dialog!.querySelectorAll('.el-alert, .before, form, .after')].map((e) =>
      e.tagName === 'FORM' ? 'form' : e.classList.contains('el-alert') ? 'alert' : e.className,
    )
    expect(order).toEqual(['alert', 'before', 'form', 'after'])
    wrapper.unmount()
  })
})
