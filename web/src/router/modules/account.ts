import type { RouteRecordRaw } from 'vue-router'
import { Key, Monitor, User } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: 'account',
    redirect: '/account/sessions',
    meta: { title: 'menu.account', icon: User },
    children: [
      {
        path: 'sessions',
        name: 'account-sessions',
        component: () => import('@/views/account/sessions/index.vue'),
        meta: { title: 'menu.sessions', icon: Monitor },
      },
      {
        path: 'password',
        name: 'account-password',
        component: () => import('@/views/account/password/index.vue'),
        meta: { title: 'menu.password', icon: Key },
      },
    ],
  },
]

export default routes
