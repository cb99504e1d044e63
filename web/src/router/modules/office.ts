import type { RouteRecordRaw } from 'vue-router'
import {
  Calendar,
  Checked,
  Document,
  Files,
  Histogram,
  Message,
  Management,
  Sunny,
} from '@element-plus/icons-vue'
import { useAuthStore } from '@/stores/auth'

/** 机关建设: rules, supervised tasks, plans and notices, publicity, care letters, assessment. */
const children: RouteRecordRaw[] = [
  {
    path: 'rules',
    name: 'office-rules',
    component: () => import('@/views/office/rules/list/index.vue'),
    meta: { title: 'office.menu.rules', icon: Files, permission: 'office:rule:read' },
  },
  {
    path: 'rules/:id(\\d+)',
    name: 'office-rule-detail',
    component: () => import('@/views/office/rules/detail/index.vue'),
    meta: {
      title: 'office.menu.ruleDetail',
      permission: 'office:rule:read',
      hideInMenu: true,
      activeMenu: '/office/rules',
    },
  },
  {
    path: 'tasks',
    name: 'office-tasks',
    component: () => import('@/views/office/tasks/list/index.vue'),
    meta: { title: 'office.menu.tasks', icon: Checked, permission: 'office:task:read' },
  },
  {
    path: 'tasks/:id(\\d+)',
    name: 'office-task-detail',
    component: () => import('@/views/office/tasks/detail/index.vue'),
    meta: {
      title: 'office.menu.taskDetail',
      permission: 'office:task:read',
      hideInMenu: true,
      activeMenu: '/office/tasks',
    },
  },
  {
    path: 'plans',
    name: 'office-plans',
    component: () => import('@/views/office/plans/index.vue'),
    meta: { title: 'office.menu.plans', icon: Calendar, permission: 'office:plan:read' },
  },
  {
    path: 'publicity',
    name: 'office-publicity',
    component: () => import('@/views/office/publicity/index.vue'),
    meta: { title: 'office.menu.publicity', icon: Document, permission: 'office:publicity:read' },
  },
  {
    path: 'care',
    name: 'office-care',
    component: () => import('@/views/office/care/index.vue'),
    meta: { title: 'office.menu.care', icon: Message, permission: 'office:care:read' },
  },
  {
    path: 'assessment',
    name: 'office-assessment',
    component: () => import('@/views/office/assessment/index.vue'),
    meta: { title: 'office.menu.assessment', icon: Histogram, permission: 'office:assessment:read' },
  },
  {
    path: 'villages',
    name: 'office-villages',
    component: () => import('@/views/office/villages/list/index.vue'),
    meta: { title: 'villages.menu', icon: Sunny, permission: 'office:village:read' },
  },
  {
    path: 'villages/:id(\\d+)',
    name: 'office-village-detail',
    component: () => import('@/views/office/villages/detail/index.vue'),
    meta: {
      title: 'villages.menuDetail',
      permission: 'office:village:read',
      hideInMenu: true,
      activeMenu: '/office/villages',
    },
  },
]

/** /office opens the first page of the group the user may see. */
function firstAllowed(): string {
  const auth = useAuthStore()
  const page = children.find(
    (r) => !r.meta?.hideInMenu && (!r.meta?.permission || auth.hasPermission(r.meta.permission)),
  )
  return page ? `/office/${page.path}` : '/403'
}

const routes: RouteRecordRaw[] = [
  {
    path: 'office',
    meta: { title: 'office.menu.group', icon: Management },
    children: [
      {
        path: '',
        name: 'office',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: firstAllowed,
      },
      ...children,
    ],
  },
]

export default routes
