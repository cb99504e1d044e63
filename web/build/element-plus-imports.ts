/**
 * Rewrites `import { ElButton, ElFormItem } from 'element-plus'` in our sources into imports of the
 * components' own modules plus their stylesheets:
 *
 *   import { ElButton } from 'element-plus/es/components/button/index.mjs'
 *   import 'element-plus/es/components/button/style/css.mjs'      (the folder's style and its dependencies)
 *   import 'element-plus/theme-chalk/el-form-item.css'             (parts with a sheet of their own)
 *
 * Why: with `manualChunks` putting Element Plus in a chunk of its own, Rollup kept every component that
 * the package's barrel file reaches (the chunk was 909 kB); importing only the modules we use keeps the
 * chunk to what the pages need, and the CSS to the components on screen.
 *
 * The map from exported name to module is read from the package's own barrel file, so it follows the
 * installed version. An import naming anything the map does not know is left untouched (still correct,
 * just not slimmed).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

interface Source {
  /** module path relative to element-plus/es, e.g. components/button/index.mjs */
  module: string
  /** the name the module exports it under */
  imported: string
}

function readExportMap(esDir: string): Map<string, Source> {
  const barrel = readFileSync(join(esDir, 'index.mjs'), 'utf8')
  const byLocal = new Map<string, Source>()
  for (const m of barrel.matchAll(/^import \{([^}]*)\} from "\.\/([^"]+)";$/gm)) {
    const [, list = '', module = ''] = m
    for (const spec of list.split(',')) {
      const [imported, local = imported] = spec.trim().split(/\s+as\s+/)
      if (imported && local) byLocal.set(local, { module, imported })
    }
  }
  for (const m of barrel.matchAll(/^import (\w+) from "\.\/([^"]+)";$/gm)) {
    const [, local = '', module = ''] = m
    byLocal.set(local, { module, imported: 'default' })
  }
  const exported = new Map<string, Source>()
  const exportList = /^export \{([^}]*)\};$/m.exec(barrel)?.[1] ?? ''
  for (const spec of exportList.split(',')) {
    const [local, name = local] = spec.trim().split(/\s+as\s+/)
    const source = local ? byLocal.get(local) : undefined
    if (source && name) exported.set(name, source)
  }
  return exported
}

const IMPORT_RE = /import\s*\{([^}]*)\}\s*from\s*["']element-plus["'];?/g

export function elementPlusImports(): Plugin {
  const require = createRequire(import.meta.url)
  const esDir = join(dirname(require.resolve('element-plus/package.json')), 'es')
  const map = readExportMap(esDir)
  const themeDir = join(esDir, '..', 'theme-chalk')
  const folderStyle = (module: string): string | null => {
    const dir = /^components\/([^/]+)\//.exec(module)?.[1]
    if (!dir) return null
    const style = `components/${dir}/style/css.mjs`
    return existsSync(join(esDir, style)) ? `element-plus/es/${style}` : null
  }
  /** ElFormItem → element-plus/theme-chalk/el-form-item.css, when that file exists */
  const ownSheet = (name: string): string | null => {
    if (!/^El[A-Z]/.test(name)) return null
    const file = `${name.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? '' : '-') + c.toLowerCase())}.css`
    return existsSync(join(themeDir, file)) ? `element-plus/theme-chalk/${file}` : null
  }

  return {
    name: 'zhixie:element-plus-imports',
    enforce: 'post',
    // unit tests import the package as written, so that `vi.mock('element-plus')` works
    apply: (_config, env) => env.mode !== 'test',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\/src\/.*\.(vue|ts)(\?|$)/.test(id)) return null
      if (!code.includes('element-plus')) return null
      let changed = false
      const out = code.replace(IMPORT_RE, (whole, list: string) => {
        const specs = list
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && !s.startsWith('type '))
        const byModule = new Map<string, string[]>()
        const styles = new Set<string>()
        for (const spec of specs) {
          const [name = '', local = name] = spec.split(/\s+as\s+/)
          const source = map.get(name)
          if (!source) return whole
          const binding = source.imported === local ? local : `${source.imported} as ${local}`
          byModule.set(source.module, [...(byModule.get(source.module) ?? []), binding])
          for (const style of [folderStyle(source.module), ownSheet(name)]) if (style) styles.add(style)
        }
        changed = true
        const lines: string[] = []
        for (const [module, bindings] of byModule) {
          lines.push(`import { ${bindings.join(', ')} } from "element-plus/es/${module}";`)
        }
        for (const style of styles) lines.push(`import "${style}";`)
        return lines.join('\n')
      })
      return changed ? { code: out, map: null } : null
    },
  }
}
