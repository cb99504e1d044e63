import type { RouteRecordRaw } from 'vue-router'
import { ChatLineSquare, EditPen, Tickets } from '@element-plus/icons-vue'
import { useAuthStore } from '@/stores/auth'

/** 社情民意: the member's own reports (on a phone) and the staff's desk. */
const children: RouteRecordRaw[] = [
  {
    path: 'mine',
    name: 'info-mine',
    component: () => import('@/views/info/mine/index.vue'),
    meta: { title: 'info.menu.mine', icon: EditPen, permission: 'info:item:submit' },
  },
  {
    path: 'desk',
    name: 'info-desk',
    component: () => import('@/views/info/desk/index.vue'),
    meta: { title: 'info.menu.desk', icon: Tickets, permission: 'info:item:read' },
  },
  {
    path: 'items/:id(\\d+)',
    name: 'info-item',
    component: () => import('@/views/info/detail/index.vue'),
    meta: {
      title: 'info.menu.item',
      permission: 'info:item:read',
      hideInMenu: true,
      activeMenu: '/info/desk',
    },
  },
]

/** /info opens the first page of the group the user may see. */
function firstAllowed(): string {
  const auth = useAuthStore()
  const page = children.find((r) => !r.meta?.hideInMenu && auth.hasPermission(r.meta?.permission))
  return page ? `/info/${page.path}` : '/403'
}

const routes: RouteRecordRaw[] = [
  {
    path: 'info',
    meta: { title: 'info.menu.group', icon: ChatLineSquare },
    children: [
      {
        path: '',
        name: 'info',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: firstAllowed,
      },
      ...children,
    ],
  },
]

export default routes
