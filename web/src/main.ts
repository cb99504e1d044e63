import { createApp } from 'vue'
import 'element-plus/theme-chalk/base.css'
import './styles/index.css'
import App from './App.vue'
import { i18n } from './locales'
import { pinia } from './stores'
import { setupRouter } from './router'
import { installApiHooks } from './plugins/api-hooks'
import { vPerm } from './directives/perm'

const app = createApp(App)
app.use(pinia)
app.use(i18n)
const router = setupRouter()
installApiHooks(router)
app.use(router)
app.directive('perm', vPerm)

void router.isReady().then(() => app.mount('#app'))
