import type { RouteRecordRaw } from 'vue-router'
import { Calendar, ChatDotRound, Collection, Guide, View } from '@element-plus/icons-vue'
import { useAuthStore } from '@/stores/auth'

/** 协商监督: the topic pipeline, the annual plan, consultation activities and democratic supervision. */
const children: RouteRecordRaw[] = [
  {
    path: 'topics',
    name: 'consultation-topics',
    component: () => import('@/views/consultation/topics/index.vue'),
    meta: { title: 'consultation.menu.topics', icon: Guide, permission: 'consultation:topic:read' },
  },
  {
    path: 'plan',
    name: 'consultation-plan',
    component: () => import('@/views/consultation/plan/index.vue'),
    meta: { title: 'consultation.menu.plan', icon: Calendar, permission: 'consultation:topic:read' },
  },
  {
    path: 'activities',
    name: 'consultation-activities',
    component: () => import('@/views/consultation/activities/index.vue'),
    meta: {
      title: 'consultation.menu.activities',
      icon: Collection,
      permission: 'consultation:activity:read',
    },
  },
  {
    path: 'supervision',
    name: 'consultation-supervision',
    component: () => import('@/views/consultation/supervision/index.vue'),
    meta: { title: 'consultation.menu.supervision', icon: View, permission: 'consultation:supervision:read' },
  },
]

/** /consultation opens the first page of the group the user may see. */
function firstAllowed(): string {
  const auth = useAuthStore()
  const page = children.find((r) => auth.hasPermission(r.meta?.permission))
  return page ? `/consultation/${page.path}` : '/403'
}

const routes: RouteRecordRaw[] = [
  {
    path: 'consultation',
    meta: { title: 'consultation.menu.group', icon: ChatDotRound },
    children: [
      {
        path: '',
        name: 'consultation',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: firstAllowed,
      },
      ...children,
    ],
  },
]

export default routes
