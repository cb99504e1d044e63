import { ElMessageBox } from 'element-plus'

/**
 * Asks for a reason (rejecting a report, withdrawing a notice): the text, trimmed and not empty, or null when
 * the user cancelled. `placeholder` is shown as the prompt and again when the box is left empty.
 */
export async function askReason(texts: {
  title: string
  placeholder: string
  confirm: string
  cancel: string
}): Promise<string | null> {
  try {
    const answer = await ElMessageBox.prompt(texts.placeholder, texts.title, {
      confirmButtonText: texts.confirm,
      cancelButtonText: texts.cancel,
      inputValidator: (v: string) => v.trim().length > 0,
      inputErrorMessage: texts.placeholder,
    })
    return answer.value.trim()
  } catch {
    return null // cancelled
  }
}
