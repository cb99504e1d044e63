import type { RouteRecordRaw } from 'vue-router'
import { Calendar, Collection, DataAnalysis, Flag, Present, Reading, Tickets } from '@element-plus/icons-vue'

/** 会议活动: meetings and activities, the member's own meetings, lectures, attendance, donations and deeds. */
const meetingRoutes: RouteRecordRaw[] = [
  {
    path: 'meetings',
    meta: { title: 'meetings.menu.group', icon: Calendar },
    children: [
      {
        path: '',
        name: 'meetings',
        component: () => import('@/views/meetings/list/index.vue'),
        meta: { title: 'meetings.menu.list', icon: Tickets, permission: 'meetings:meeting:read' },
      },
      {
        path: ':id(\\d+)',
        name: 'meeting-detail',
        component: () => import('@/views/meetings/detail/index.vue'),
        meta: {
          title: 'meetings.menu.detail',
          permission: 'meetings:meeting:read',
          hideInMenu: true,
          activeMenu: '/meetings',
        },
      },
      {
        path: 'my',
        name: 'my-meetings',
        component: () => import('@/views/meetings/my/index.vue'),
        meta: { title: 'meetings.menu.my', icon: Collection, permission: 'meetings:self:use' },
      },
      {
        path: 'my/:id(\\d+)',
        name: 'my-meeting',
        component: () => import('@/views/meetings/my/index.vue'),
        meta: {
          title: 'meetings.menu.my',
          permission: 'meetings:self:use',
          hideInMenu: true,
          activeMenu: '/meetings/my',
        },
      },
      {
        path: 'lectures',
        name: 'meeting-lectures',
        component: () => import('@/views/meetings/lectures/index.vue'),
        meta: { title: 'meetings.menu.lectures', icon: Reading, permission: 'meetings:meeting:read' },
      },
      {
        path: 'stats',
        name: 'meeting-stats',
        component: () => import('@/views/meetings/stats/index.vue'),
        meta: { title: 'meetings.menu.stats', icon: DataAnalysis, permission: 'meetings:meeting:read' },
      },
      {
        path: 'donations',
        name: 'meeting-donations',
        component: () => import('@/views/meetings/donations/index.vue'),
        meta: { title: 'meetings.menu.donations', icon: Present, permission: 'meetings:donation:read' },
      },
    ],
  },
  {
    path: 'party',
    meta: { title: 'meetings.menu.party', icon: Flag },
    children: [
      {
        path: '',
        name: 'party-life',
        component: () => import('@/views/meetings/party/index.vue'),
        meta: { title: 'meetings.menu.partyLife', icon: Flag, permission: 'party:life:read' },
      },
    ],
  },
]

/** Full-screen pages outside the shell: the venue's QR code and the phone's sign-in page (the QR target). */
export const meetingScreens: RouteRecordRaw[] = [
  {
    path: '/meetings/:id(\\d+)/qr',
    name: 'meeting-qr',
    component: () => import('@/views/meetings/qr/index.vue'),
    meta: { title: 'meetings.menu.qr', permission: 'meetings:meeting:manage' },
  },
  {
    path: '/m/sign-in',
    name: 'meeting-sign-in',
    component: () => import('@/views/meetings/sign-in/index.vue'),
    meta: { title: 'meetings.menu.signIn', permission: 'meetings:self:use' },
  },
]

export default meetingRoutes
