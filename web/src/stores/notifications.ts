import { defineStore } from 'pinia'
import { ref } from 'vue'
import { listNotifications, readAllNotifications, readNotification } from '@/api/notifications'
import type { Notification } from '@/api/notifications/types'

/** How often the bell asks for the unread count (it also asks on every page change). */
export const POLL_MS = 60_000

/** The bell's state: the unread count and the latest messages, refreshed by polling. */
export const useNotificationsStore = defineStore('notifications', () => {
  const unread = ref(0)
  const latest = ref<Notification[]>([])
  let timer: ReturnType<typeof setInterval> | null = null

  /** Quietly: a failed poll (offline, signed out) leaves the bell as it was. */
  async function refresh(): Promise<void> {
    try {
      const page = await listNotifications({ page: 1, page_size: 8 }, { notify: false })
      unread.value = page.unread
      latest.value = page.items
    } catch {
      // keep what we had; the next poll tries again
    }
  }

  /** Marks one read; returns the link to follow ('' when none). */
  async function open(message: Notification): Promise<string> {
    if (!message.read_at) {
      try {
        const r = await readNotification(message.id)
        unread.value = r.unread
        const seen = latest.value.find((m) => m.id === message.id)
        if (seen) seen.read_at = r.read_at
      } catch {
        // the client has shown the message
      }
    }
    return message.link
  }

  async function readAll(): Promise<void> {
    try {
      await readAllNotifications()
      await refresh()
    } catch {
      // the client has shown the message
    }
  }

  function start(): void {
    stop()
    void refresh()
    timer = setInterval(() => void refresh(), POLL_MS)
  }
  function stop(): void {
    if (timer) clearInterval(timer)
    timer = null
  }

  return { unread, latest, refresh, open, readAll, start, stop }
})
