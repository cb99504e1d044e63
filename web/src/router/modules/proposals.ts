import type { RouteRecordRaw } from 'vue-router'
import { Bell, DataAnalysis, Document, EditPen, Flag, Setting, Tickets } from '@element-plus/icons-vue'

/**
 * 提案: the list (staff see the committee's, a unit what is assigned to it, a member their own), the
 * to-do inbox, a new proposal, the statistics; the detail and the form are reached from the list.
 */
const children: RouteRecordRaw[] = [
  { path: '', name: 'proposals-home', redirect: { name: 'proposals' }, meta: { hideInMenu: true } },
  {
    path: 'list',
    name: 'proposals',
    component: () => import('@/views/proposals/list/index.vue'),
    meta: { title: 'menu.proposalList', icon: Tickets },
  },
  {
    path: 'todo',
    name: 'proposal-todo',
    component: () => import('@/views/proposals/todo/index.vue'),
    meta: { title: 'menu.proposalTodo', icon: Bell },
  },
  {
    path: 'new',
    name: 'proposal-new',
    component: () => import('@/views/proposals/edit/index.vue'),
    meta: { title: 'menu.proposalNew', icon: EditPen, permission: 'proposal:proposal:submit' },
  },
  {
    path: 'stats',
    name: 'proposal-stats',
    component: () => import('@/views/proposals/stats/index.vue'),
    meta: { title: 'menu.proposalStats', icon: DataAnalysis, permission: 'proposal:stats:read' },
  },
  {
    path: 'campaigns',
    name: 'proposal-campaigns',
    component: () => import('@/views/proposals/campaigns/index.vue'),
    meta: { title: 'menu.proposalCampaigns', icon: Flag, permission: 'proposal:proposal:read' },
  },
  {
    path: 'settings',
    name: 'proposal-settings',
    component: () => import('@/views/proposals/settings/index.vue'),
    meta: { title: 'menu.proposalSettings', icon: Setting, permission: 'proposal:settings:manage' },
  },
  {
    path: ':id(\\d+)',
    name: 'proposal-detail',
    component: () => import('@/views/proposals/detail/index.vue'),
    meta: { title: 'menu.proposalDetail', hideInMenu: true, activeMenu: '/proposals/list' },
  },
  {
    path: ':id(\\d+)/edit',
    name: 'proposal-edit',
    component: () => import('@/views/proposals/edit/index.vue'),
    meta: {
      title: 'menu.proposalEdit',
      permission: 'proposal:proposal:submit',
      hideInMenu: true,
      activeMenu: '/proposals/list',
    },
  },
]

const routes: RouteRecordRaw[] = [
  { path: 'proposals', meta: { title: 'menu.proposals', icon: Document }, children },
]

export default routes
