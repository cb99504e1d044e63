import type { RouteRecordRaw } from 'vue-router'
import {
  Briefcase,
  Calendar,
  ChatDotRound,
  Collection,
  Connection,
  DataLine,
  Flag,
  OfficeBuilding,
  Postcard,
  School,
  Stamp,
  UserFilled,
} from '@element-plus/icons-vue'
import { useAuthStore } from '@/stores/auth'

/** 组织与人员: members, terms, approvals, the liaison tree, and a member's own pages. */
const children: RouteRecordRaw[] = [
  {
    path: 'members',
    name: 'org-members',
    component: () => import('@/views/members/list/index.vue'),
    meta: { title: 'menu.members', icon: UserFilled, permission: 'org:member:read' },
  },
  {
    path: 'members/new',
    name: 'org-member-new',
    component: () => import('@/views/members/edit/index.vue'),
    meta: {
      title: 'menu.memberNew',
      permission: 'org:member:manage',
      hideInMenu: true,
      activeMenu: '/org/members',
    },
  },
  {
    path: 'members/:id(\\d+)',
    name: 'org-member-detail',
    component: () => import('@/views/members/detail/index.vue'),
    meta: {
      title: 'menu.memberDetail',
      permission: 'org:member:read',
      hideInMenu: true,
      activeMenu: '/org/members',
    },
  },
  {
    path: 'members/:id(\\d+)/edit',
    name: 'org-member-edit',
    component: () => import('@/views/members/edit/index.vue'),
    meta: {
      title: 'menu.memberEdit',
      permission: 'org:member:manage',
      hideInMenu: true,
      activeMenu: '/org/members',
    },
  },
  {
    path: 'terms',
    name: 'org-terms',
    component: () => import('@/views/members/terms/index.vue'),
    meta: { title: 'menu.terms', icon: Calendar, permission: 'org:member:read' },
  },
  {
    path: 'contact-changes',
    name: 'org-contact-changes',
    component: () => import('@/views/members/contact-changes/index.vue'),
    meta: { title: 'menu.contactChanges', icon: Stamp, permission: 'org:member:approve' },
  },
  {
    path: 'liaison',
    name: 'org-liaison',
    component: () => import('@/views/liaison/tree/index.vue'),
    meta: { title: 'menu.liaison', icon: Connection, permission: 'org:liaison:read' },
  },
  {
    path: 'bodies',
    name: 'org-bodies',
    component: () => import('@/views/org/bodies/index.vue'),
    meta: { title: 'menu.bodies', icon: School, permission: 'org:structure:read' },
  },
  {
    path: 'staffing',
    name: 'org-staffing',
    component: () => import('@/views/org/staffing/index.vue'),
    meta: { title: 'menu.staffing', icon: DataLine, permission: 'org:structure:read' },
  },
  {
    path: 'lists',
    name: 'org-lists',
    component: () => import('@/views/org/lists/index.vue'),
    meta: { title: 'menu.lists', icon: Collection, permission: 'org:structure:read' },
  },
  {
    path: 'party',
    name: 'org-party',
    component: () => import('@/views/org/party/index.vue'),
    meta: { title: 'menu.party', icon: Flag, permission: 'org:structure:read' },
  },
  {
    path: 'staff',
    name: 'org-staff',
    component: () => import('@/views/staff/list/index.vue'),
    meta: { title: 'menu.staff', icon: Briefcase, permission: 'org:staff:read' },
  },
  {
    path: 'staff/new',
    name: 'org-staff-new',
    component: () => import('@/views/staff/edit/index.vue'),
    meta: {
      title: 'menu.staffNew',
      permission: 'org:staff:manage',
      hideInMenu: true,
      activeMenu: '/org/staff',
    },
  },
  {
    path: 'staff/:id(\\d+)',
    name: 'org-staff-detail',
    component: () => import('@/views/staff/detail/index.vue'),
    meta: {
      title: 'menu.staffDetail',
      permission: 'org:staff:read',
      hideInMenu: true,
      activeMenu: '/org/staff',
    },
  },
  {
    path: 'staff/:id(\\d+)/edit',
    name: 'org-staff-edit',
    component: () => import('@/views/staff/edit/index.vue'),
    meta: {
      title: 'menu.staffEdit',
      permission: 'org:staff:manage',
      hideInMenu: true,
      activeMenu: '/org/staff',
    },
  },
  {
    path: 'my-info',
    name: 'org-my-info',
    component: () => import('@/views/members/mine/index.vue'),
    meta: { title: 'menu.myInfo', icon: Postcard, permission: 'org:self:use' },
  },
  {
    path: 'my-liaison',
    name: 'org-my-liaison',
    component: () => import('@/views/liaison/mine/index.vue'),
    meta: { title: 'menu.myLiaison', icon: ChatDotRound, permission: 'org:self:use' },
  },
]

/** /org opens the first page of the group the user may see (after the guard has loaded the session). */
function firstAllowed(): string {
  const auth = useAuthStore()
  const page = children.find(
    (r) => !r.meta?.hideInMenu && (!r.meta?.permission || auth.hasPermission(r.meta.permission)),
  )
  return page ? `/org/${page.path}` : '/403'
}

const routes: RouteRecordRaw[] = [
  {
    path: 'org',
    meta: { title: 'menu.org', icon: OfficeBuilding },
    children: [
      {
        path: '',
        name: 'org',
        component: { render: () => null },
        meta: { hideInMenu: true },
        beforeEnter: firstAllowed,
      },
      ...children,
    ],
  },
]

export default routes
