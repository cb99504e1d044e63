import { createRouter, createWebHistory, type Router } from 'vue-router'
import './types'
import { routes } from './routes'
import { authGuard } from './guard'

export function setupRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
  router.beforeEach(authGuard)
  return router
}
