import type { RouteRecordRaw } from 'vue-router'
import homeRoutes from './home'
import accountRoutes from './account'
import orgRoutes from './org'
import officeRoutes from './office'
import meetingRoutes from './meetings'
import proposalRoutes from './proposals'
import systemRoutes from './system'

/** Pages inside the shell (sidebar + header), in menu order; the sidebar is built from these. */
export const shellRoutes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...proposalRoutes,
  ...orgRoutes,
  ...officeRoutes,
  ...meetingRoutes,
  ...accountRoutes,
  ...systemRoutes,
]
