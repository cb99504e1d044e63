import type { RouteRecordRaw } from 'vue-router'
import { Document, Setting } from '@element-plus/icons-vue'

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
    ],
  },
]

export default routes
