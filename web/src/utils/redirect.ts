/**
 * The in-app path to go to after signing in. Only same-origin absolute paths are accepted, so a crafted
 * `?redirect=//evil.example` or `https://…` cannot send the user elsewhere.
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const candidate = Array.isArray(value) ? value[0] : value
  if (typeof candidate !== 'string') return fallback
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback
  if (candidate.startsWith('/login')) return fallback
  return candidate
}
