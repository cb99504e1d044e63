import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { useFormSubmit } from '@/composables/useFormSubmit'

const invalid = (errors: { field: string; message: string }[]) =>
  new ApiError(422, 'invalid_record', '请检查填写的内容', {
    errors: errors.map((e) => ({ ...e, code: 'x' })),
  })

describe('office form submit', () => {
  it("stops at the form's own problems without sending", async () => {
    const { run, errors, saving } = useFormSubmit()
    let sent = false
    expect(await run(async () => void (sent = true), { title: '请填写' })).toBe(false)
    expect(sent).toBe(false)
    expect(errors.value).toEqual({ title: '请填写' })
    expect(saving.value).toBe(false)
  })

  it("puts the server's field messages by field, and the others above the form", async () => {
    const { run, errors, formError } = useFormSubmit({ fields: ['effective_from'] })
    const ok = await run(() =>
      Promise.reject(
        invalid([
          { field: 'effective_from', message: '须晚于2019-03-01' },
          { field: 'version', message: '已被他人修改' },
        ]),
      ),
    )
    expect(ok).toBe(false)
    expect(errors.value.effective_from).toBe('须晚于2019-03-01')
    expect(formError.value).toBe('已被他人修改')
  })

  it('shows a refusal without fields (409 stale version) as one message', async () => {
    const { run, errors, formError } = useFormSubmit()
    await run(() => Promise.reject(new ApiError(409, 'stale_version', '记录已被修改，请刷新后重试')))
    expect(errors.value).toEqual({})
    expect(formError.value).toBe('记录已被修改，请刷新后重试')
  })

  it('clears old messages when it goes through', async () => {
    const { run, errors, formError } = useFormSubmit()
    await run(() => Promise.reject(new ApiError(409, 'stale_version', 'x')))
    expect(await run(() => Promise.resolve())).toBe(true)
    expect(errors.value).toEqual({})
    expect(formError.value).toBe('')
  })

  it('lets other errors through', async () => {
    const { run } = useFormSubmit()
    await expect(run(() => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug')
  })
})
