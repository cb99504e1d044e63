import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis, Finished, Promotion, Tickets } from '@element-plus/icons-vue'
import { useAuthStore } from '@/stores/auth'

/**
 * 成果转化: the reports (staff and leaders), the items assigned to a unit, the rates; a report's page is reached
 * from the lists (a unit sees only its own items there).
 */
const children: RouteRecordRaw[] = [
  {
    path: 'reports',
    name: 'conversion-reports',
    component: () => import('@/views/conversion/list/index.vue'),
    meta: { title: 'conversion.menu.reports', icon: Tickets, permission: 'conversion:report:read' },
  },
  {
    path: 'inbox',
    name: 'conversion-inbox',
    component: () => import('@/views/conversion/list/index.vue'),
    props: { inbox: true },
    meta: { title: 'conversion.menu.inbox', icon: Finished, permission: 'conversion:report:handle' },
  },
  {
    path: 'rates',
    name: 'conversion-rates',
    component: () => import('@/views/conversion/rates/index.vue'),
    meta: { title: 'conversion.menu.rates', icon: DataAnalysis, permission: 'conversion:metrics:read' },
  },
  {
    path: 'reports/:id(\\d+)',
    name: 'conversion-report',
    component: () => import('@/views/conversion/detail/index.vue'),
    meta: { title: 'conversion.menu.reportDetail', hideInMenu: true, activeMenu: '/conversion/reports' },
  },
]

/** /conversion opens the first page of the group the user may see. */
function firstAllowed(): string {
  const auth = useAuthStore()
  const page = children.find((r) => !r.meta?.permission || auth.hasPermission(r.meta.permission))
  return page ? `/conversion/${page.path}` : '/403'
}

const routes: RouteRecordRaw[] = [
  {
    path: 'conversion',
    meta: { title: 'conversion.menu.group', icon: Promotion },
    children: [
      {
        path: '',
        name: 'conversion',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: firstAllowed,
      },
      ...children,
    ],
  },
]

export default routes
