import type { RouteRecordRaw } from 'vue-router'
import { Bell } from '@element-plus/icons-vue'

/** The signed-in user's inbox (站内消息); reached from the bell in the header. */
const routes: RouteRecordRaw[] = [
  {
    path: 'notifications',
    name: 'notifications',
    component: () => import('@/views/notifications/index.vue'),
    meta: { title: 'notifications.title', icon: Bell, hideInMenu: true },
  },
]

export default routes
