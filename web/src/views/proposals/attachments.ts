import type { Attachment, AttachmentUpload } from '@/api/proposals/types'

/** What the server accepts (it reads the type from the bytes and checks it against the name). */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx'
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

/** Standard base64 of the bytes, in chunks so large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary)
}

/** The bytes of a file (FileReader where Blob.arrayBuffer is missing, as in older browsers). */
function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b))
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsArrayBuffer(file)
  })
}

/** The JSON body of an upload: the file's name and its bytes as base64. */
export async function fileToUpload(file: Blob & { name: string }): Promise<AttachmentUpload> {
  return { filename: file.name, content_base64: bytesToBase64(await readBytes(file)) }
}

/** Why a file cannot be sent at all ('' when it can); the server checks the rest. */
export function uploadProblem(file: { name: string; size: number }): '' | 'empty' | 'tooLarge' | 'type' {
  if (file.size === 0) return 'empty'
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge'
  const ext = /\.[^.]+$/.exec(file.name.toLowerCase())?.[0] ?? ''
  return ATTACHMENT_ACCEPT.split(',').includes(ext) ? '' : 'type'
}

/** 1536 → "1.5 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * May the caller remove this file? As the server decides: its uploader while they still may attach, or
 * staff (those who review proposals) whenever they may attach.
 */
export function mayDelete(
  file: Pick<Attachment, 'uploaded_by'>,
  who: { userId: number | string | null | undefined; staff: boolean; mayAttach: boolean },
): boolean {
  if (!who.mayAttach) return false
  if (who.staff) return true
  return who.userId !== null && who.userId !== undefined && String(file.uploaded_by) === String(who.userId)
}
