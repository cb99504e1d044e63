// What the meetings browser tests share: China-time inputs.

/** China-time "YYYY-MM-DDTHH:MM" `minutes` from now. */
export const chinaTime = (/** @type {number} */ minutes) =>
  new Date(Date.now() + (8 * 60 + minutes) * 60e3).toISOString().slice(0, 16)
