import type { Component } from 'vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title and menu label */
    title?: string
    /** Element Plus icon shown in the menu */
    icon?: Component
    /** Permission code the signed-in user needs; none = any signed-in user */
    permission?: string
    /** Reachable without signing in */
    public?: boolean
    /** Not listed in the sidebar */
    hideInMenu?: boolean
    /** The menu item to highlight on a page not in the menu (a detail page → its list) */
    activeMenu?: string
  }
}

export {}
