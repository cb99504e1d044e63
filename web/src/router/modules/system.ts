import type { RouteRecordRaw } from 'vue-router'
import { Document, Setting, Share } from '@element-plus/icons-vue'

const routes: RouteRecordRaw[] = [
  {
    path: 'system',
    redirect: '/system/audit',
    meta: { title: 'menu.system', icon: Setting },
    children: [
      {
        path: 'audit',
        name: 'system-audit',
        component: () => import('@/views/system/audit/index.vue'),
        meta: { title: 'menu.audit', icon: Document, permission: 'system:audit:read' },
      },
      {
        path: 'workflows',
        name: 'system-workflows',
        component: () => import('@/views/system/workflows/index.vue'),
        meta: { title: 'menu.workflows', icon: Share, permission: 'system:workflow:read' },
      },
      {
        path: 'workflows/:id(\\d+)',
        name: 'system-workflow',
        component: () => import('@/views/system/workflows/detail/index.vue'),
        meta: {
          title: 'menu.workflowDetail',
          permission: 'system:workflow:read',
          hideInMenu: true,
          activeMenu: '/system/workflows',
        },
      },
    ],
  },
]

export default routes
