import type { RouteRecordRaw } from 'vue-router'
import Layout from '@/layout/index.vue'
import { shellRoutes } from './modules'
import { meetingScreens } from './modules/meetings'

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/index.vue'),
    meta: { title: 'auth.login.title', public: true },
  },
  ...meetingScreens,
  {
    path: '/',
    component: Layout,
    children: [
      ...shellRoutes,
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/error/index.vue'),
        props: { status: 403 },
        meta: { title: 'menu.forbidden', hideInMenu: true },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/error/index.vue'),
        props: { status: 404 },
        meta: { title: 'menu.notFound', hideInMenu: true },
      },
    ],
  },
]
