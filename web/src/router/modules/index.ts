import type { RouteRecordRaw } from 'vue-router'
import homeRoutes from './home'
import accountRoutes from './account'
import orgRoutes from './org'
import officeRoutes from './office'
import proposalRoutes from './proposals'
import conversionRoutes from './conversion'
import systemRoutes from './system'

/** Pages inside the shell (sidebar + header), in menu order; the sidebar is built from these. */
export const shellRoutes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...proposalRoutes,
  ...conversionRoutes,
  ...orgRoutes,
  ...officeRoutes,
  ...accountRoutes,
  ...systemRoutes,
]
