// What the tests know about the product: the permission declaration, the demo logins, the route table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runZhixieOk } from './server.mjs';

export const PERMISSIONS = JSON.parse(readFileSync(join(REPO_ROOT, 'config/permissions.json'), 'utf8'));
export const PERMISSION_CODES = new Set(PERMISSIONS.permissions.map((p) => p.code));
export const SPECIAL_PERMISSIONS = new Set(Object.keys(PERMISSIONS.special)); // public, authenticated
export const ROLE_PERMISSIONS = new Map(PERMISSIONS.roles.map((r) => [r.code, new Set(r.permissions)]));

export const COMMITTEES = {
  qingjian: '政协清涧县委员会',
  daye: '政协大冶市委员会',
};

/** Demo username → role code; every username exists in both demo committees. */
export const DEMO_USERS = {
  admin: 'platform_admin',
  bangongshi: 'office_admin',
  tianwei: 'proposal_staff',
  zhuanwei: 'committee_staff',
  lingdao: 'leader',
  weiyuan: 'member',
  chengban: 'unit',
  dangzheng: 'party_gov_leader',
  ganbu: 'office_staff',
};

/** A demo username whose role lacks `permission`, or undefined when every role holds it. */
export function userWithout(permission) {
  return Object.entries(DEMO_USERS).find(([, role]) => !ROLE_PERMISSIONS.get(role).has(permission))?.[0];
}

/** A demo username whose role holds `permission`. */
export function userWith(permission) {
  return Object.entries(DEMO_USERS).find(([, role]) => ROLE_PERMISSIONS.get(role).has(permission))?.[0];
}

let routesCache = null;
/** The server's route table from `zhixie routes`: [{method, path, permission, resource}]. */
export function routes() {
  if (!routesCache) {
    const out = runZhixieOk(['routes']).stdout;
    routesCache = JSON.parse(out);
  }
  return routesCache;
}

/** The API routes (those under /api/). */
export const apiRoutes = () => routes().filter((r) => r.path.startsWith('/api/'));

/** Replaces every {param} in a route path with `value`. */
export const fillPath = (path, value) => path.replace(/\{[^}]+\}/g, encodeURIComponent(String(value)));

export const isUnsafe = (method) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);
