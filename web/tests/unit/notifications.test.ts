import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { Notification } from '@/api/notifications/types'

const api = vi.hoisted(() => ({
  listNotifications: vi.fn(),
  readNotification: vi.fn(),
  readAllNotifications: vi.fn(),
}))
vi.mock('@/api/notifications', () => api)

import { POLL_MS, useNotificationsStore } from '@/stores/notifications'

const message = (id: number, read = false): Notification => ({
  id,
  kind: 'proposal_deadline',
  title: '提案办理期限还有7天',
  body: '《关于……的建议》的答复期限为2026-03-10',
  link: `/proposals/${id}`,
  created_at: '2026-03-03T01:00:00Z',
  read_at: read ? '2026-03-03T02:00:00Z' : null,
})

describe('the bell', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers()
    api.listNotifications.mockReset()
    api.readNotification.mockReset()
    api.readAllNotifications.mockReset()
  })
  afterEach(() => {
    useNotificationsStore().stop()
    vi.useRealTimers()
  })

  it('asks at once and then every minute, quietly', async () => {
    api.listNotifications.mockResolvedValue({ items: [message(1)], total: 1, unread: 1 })
    const store = useNotificationsStore()
    store.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.unread).toBe(1)
    expect(api.listNotifications).toHaveBeenCalledTimes(1)
    expect(api.listNotifications.mock.calls[0]?.[1]).toEqual({ notify: false })
    api.listNotifications.mockResolvedValue({ items: [message(2), message(1)], total: 2, unread: 2 })
    await vi.advanceTimersByTimeAsync(POLL_MS - 1)
    expect(api.listNotifications).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(api.listNotifications).toHaveBeenCalledTimes(2)
    expect(store.unread).toBe(2)
    expect(store.latest.map((m) => m.id)).toEqual([2, 1])
  })

  it('keeps the count when a poll fails', async () => {
    api.listNotifications.mockResolvedValueOnce({ items: [message(1)], total: 1, unread: 1 })
    const store = useNotificationsStore()
    await store.refresh()
    api.listNotifications.mockRejectedValueOnce(new Error('offline'))
    await store.refresh()
    expect(store.unread).toBe(1)
  })

  it('opening an unread message marks it read and gives its link; a read one is not marked again', async () => {
    api.listNotifications.mockResolvedValue({ items: [message(5), message(6, true)], total: 2, unread: 1 })
    api.readNotification.mockResolvedValue({ id: 5, read_at: '2026-03-03T03:00:00Z', unread: 0 })
    const store = useNotificationsStore()
    await store.refresh()
    expect(await store.open(store.latest[0]!)).toBe('/proposals/5')
    expect(api.readNotification).toHaveBeenCalledWith(5)
    expect(store.unread).toBe(0)
    expect(store.latest[0]?.read_at).toBe('2026-03-03T03:00:00Z')
    expect(await store.open(store.latest[1]!)).toBe('/proposals/6')
    expect(api.readNotification).toHaveBeenCalledTimes(1)
  })
})
