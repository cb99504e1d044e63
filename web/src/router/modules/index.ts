import type { RouteRecordRaw } from 'vue-router'
import homeRoutes from './home'
import accountRoutes from './account'
import orgRoutes from './org'
import officeRoutes from './office'
import dutyRoutes from './duty'
import meetingRoutes from './meetings'
import proposalRoutes from './proposals'
import infoRoutes from './info'
import consultationRoutes from './consultation'
import conversionRoutes from './conversion'
import systemRoutes from './system'
import notificationRoutes from './notifications'

/** Pages inside the shell (sidebar + header), in menu order; the sidebar is built from these. */
export const shellRoutes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...proposalRoutes,
  ...infoRoutes,
  ...consultationRoutes,
  ...conversionRoutes,
  ...orgRoutes,
  ...officeRoutes,
  ...dutyRoutes,
  ...meetingRoutes,
  ...accountRoutes,
  ...systemRoutes,
  ...notificationRoutes,
]
