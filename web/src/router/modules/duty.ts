import type { RouteRecordRaw } from 'vue-router'
import { Bell, Checked, DataLine, Medal, Setting, Tickets, WarningFilled } from '@element-plus/icons-vue'
import { firstAllowedPage } from '../first-allowed'

/** 委员履职: rankings, members short of their five ones, self-reported duties, the rules, dossiers, my duties. */
const children: RouteRecordRaw[] = [
  {
    path: 'mine',
    name: 'duty-mine',
    component: () => import('@/views/duty/mine/index.vue'),
    meta: { title: 'duty.menu.mine', icon: Medal, permission: 'duty:self:use' },
  },
  {
    path: 'scores',
    name: 'duty-scores',
    component: () => import('@/views/duty/scores/index.vue'),
    meta: { title: 'duty.menu.scores', icon: DataLine, permission: 'duty:score:read' },
  },
  {
    path: 'five-ones',
    name: 'duty-five-ones',
    component: () => import('@/views/duty/scores/index.vue'),
    meta: { title: 'duty.menu.fiveOnes', icon: WarningFilled, permission: 'duty:score:read' },
  },
  {
    path: 'reports',
    name: 'duty-reports',
    component: () => import('@/views/duty/reports/index.vue'),
    meta: { title: 'duty.menu.reports', icon: Checked, permission: 'duty:report:approve' },
  },
  {
    path: 'notices',
    name: 'duty-notices',
    component: () => import('@/views/duty/notices/index.vue'),
    meta: { title: 'dutyNotices.menu', icon: Bell, permission: 'duty:notice:manage' },
  },
  {
    path: 'rules',
    name: 'duty-rules',
    component: () => import('@/views/duty/rules/index.vue'),
    meta: { title: 'duty.menu.rules', icon: Setting, permission: 'duty:score:read' },
  },
  {
    path: 'members/:id(\\d+)',
    name: 'duty-dossier',
    component: () => import('@/views/duty/dossier/index.vue'),
    meta: {
      title: 'duty.menu.dossier',
      icon: Tickets,
      permission: 'duty:record:read',
      hideInMenu: true,
      activeMenu: '/duty/scores',
    },
  },
]

const routes: RouteRecordRaw[] = [
  {
    path: 'duty',
    meta: { title: 'duty.menu.group', icon: Medal },
    children: [
      {
        path: '',
        name: 'duty',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: () => firstAllowedPage('/duty', children), // the first page the user may see
      },
      ...children,
    ],
  },
]

export default routes
