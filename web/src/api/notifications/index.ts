/** /notifications: the signed-in user's own inbox. */
import { http, type Query } from '../client'
import type { NotificationPage, NotificationQuery } from './types'

export function listNotifications(query: NotificationQuery = {}, options: { notify?: boolean } = {}) {
  return http.get<NotificationPage>('/notifications', { query: { ...query } as Query, ...options })
}
export function readNotification(id: number) {
  return http.post<{ id: number; read_at: string; unread: number }>(`/notifications/${id}/read`)
}
export function readAllNotifications() {
  return http.post<{ marked: number; unread: number }>('/notifications/read-all')
}
