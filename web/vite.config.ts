import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { elementPlusImports } from './build/element-plus-imports'

const configDir = fileURLToPath(new URL('../config', import.meta.url))

/** Element Plus and the packages it brings along share one long-lived chunk. */
const elementPlusPackages = new Set([
  'element-plus',
  ...Object.keys(
    (
      JSON.parse(
        readFileSync(new URL('./node_modules/element-plus/package.json', import.meta.url), 'utf8'),
      ) as { dependencies: Record<string, string> }
    ).dependencies,
  ),
])
const elementPlusScopes = ['@vueuse/', '@element-plus/', '@floating-ui/', '@popperjs/', '@ctrl/']
const vuePackages = new Set(['vue', 'vue-router', 'pinia', 'vue-i18n', 'vue-demi'])
const vueScopes = ['@vue/', '@intlify/']

function packageOf(id: string): string | undefined {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.slice(id.lastIndexOf('node_modules/')))
  return m?.[1]
}

/**
 * Vendor code in long-lived chunks, so an app change does not bust their cache. Other packages are left
 * to Rollup, which puts them next to the code that uses them.
 */
function vendorChunk(id: string): string | undefined {
  const pkg = packageOf(id)
  if (!pkg) return undefined
  if (elementPlusPackages.has(pkg) || elementPlusScopes.some((s) => pkg.startsWith(s))) return 'element-plus'
  if (vuePackages.has(pkg) || vueScopes.some((s) => pkg.startsWith(s))) return 'vue'
  return undefined
}

export default defineConfig({
  plugins: [vue(), elementPlusImports()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@config': configDir,
    },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    fs: { allow: ['.', configDir] },
    proxy: {
      // `npm run dev` talks to a server on :8080; ZHIXIE_API_URL points it elsewhere
      '/api': { target: process.env.ZHIXIE_API_URL ?? 'http://127.0.0.1:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    // Element Plus (table, date picker, select, form…) is ~480 kB minified, ~155 kB gzipped
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
        // a page's chunk is named after its folder (views/system/audit/index.vue → system-audit-<hash>.js)
        chunkFileNames: (chunk) => {
          const page = chunk.facadeModuleId && /\/src\/views\/(.+)\/index\.vue$/.exec(chunk.facadeModuleId)
          return `assets/${page?.[1] ? page[1].replace(/\//g, '-') : '[name]'}-[hash].js`
        },
      },
    },
  },
})
