// The route table from `zhixie routes`: every route declares a permission, the declaration is enforced,
// and docs/openapi.yaml describes exactly these routes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, REPO_ROOT } from './lib/server.mjs';
import { Client, assertError } from './lib/client.mjs';
import {
  routes, apiRoutes, fillPath, isUnsafe, PERMISSION_CODES, SPECIAL_PERMISSIONS, userWithout, userWith,
} from './lib/catalog.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The (METHOD, path) pairs of an OpenAPI 3 YAML file, read with a small line parser (no YAML dependency). */
export function openapiOperations(text) {
  const ops = [];
  let inPaths = false;
  let path = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '');
    if (/^\S/.test(line)) { // a top-level key
      inPaths = /^paths:\s*$/.test(line);
      path = null;
      continue;
    }
    if (!inPaths) continue;
    const p = line.match(/^ {2}(['"]?)(\/[^'":]*)\1:\s*$/);
    if (p) { path = p[2]; continue; }
    const m = line.match(/^ {4}([a-z]+):\s*$/);
    if (m && path && METHODS.includes(m[1])) ops.push(`${m[1].toUpperCase()} ${path}`);
  }
  return ops;
}

test('`zhixie routes` prints a JSON array of {method, path, permission, resource}', () => {
  const table = routes();
  assert.ok(Array.isArray(table) && table.length > 0);
  const seen = new Set();
  for (const r of table) {
    assert.match(r.method, /^(GET|POST|PUT|PATCH|DELETE)$/, JSON.stringify(r));
    assert.match(r.path, /^\//, JSON.stringify(r));
    const key = `${r.method} ${r.path}`;
    assert.ok(!seen.has(key), `duplicate route ${key}`);
    seen.add(key);
  }
  for (const must of ['GET /healthz', 'GET /readyz', 'POST /api/v1/auth/login', 'GET /api/v1/me']) {
    assert.ok(seen.has(must), `${must} is in the table`);
  }
});

test('every route declares a permission: public, authenticated, or a code from config/permissions.json', () => {
  for (const r of routes()) {
    assert.equal(typeof r.permission, 'string', JSON.stringify(r));
    assert.ok(r.permission.length > 0, `${r.method} ${r.path} has an empty permission`);
    assert.ok(SPECIAL_PERMISSIONS.has(r.permission) || PERMISSION_CODES.has(r.permission),
      `${r.method} ${r.path}: unknown permission ${r.permission}`);
  }
});

test('public routes are only the ones meant to be public', () => {
  const pub = routes().filter((r) => r.permission === 'public').map((r) => `${r.method} ${r.path}`).sort();
  assert.deepEqual(pub, ['GET /api/v1/auth/committees', 'GET /api/v1/calendar.ics', 'GET /healthz', 'GET /readyz', 'POST /api/v1/auth/login']
    .sort());
});

test('every route with a path parameter names the kind of object in `resource`', () => {
  for (const r of routes().filter((x) => x.path.includes('{'))) {
    assert.equal(typeof r.resource, 'string', `${r.method} ${r.path} needs a resource`);
    assert.match(r.resource, /^[a-z][a-z_]*$/, `${r.method} ${r.path}: resource ${r.resource}`);
  }
});

test('docs/openapi.yaml describes exactly the routes of the server', () => {
  const text = readFileSync(join(REPO_ROOT, 'docs/openapi.yaml'), 'utf8');
  assert.match(text, /^openapi: ['"]?3\.0\.\d+/m, 'an OpenAPI 3.0 document');
  const documented = new Set(openapiOperations(text));
  const served = new Set(routes().map((r) => `${r.method} ${r.path}`));
  const undocumented = [...served].filter((x) => !documented.has(x));
  const phantom = [...documented].filter((x) => !served.has(x));
  assert.deepEqual(undocumented, [], 'routes missing from docs/openapi.yaml');
  assert.deepEqual(phantom, [], 'operations in docs/openapi.yaml that the server does not have');
});

test('the OpenAPI line parser reads paths and methods (and ignores components)', () => {
  const sample = [
    'openapi: 3.0.3', 'paths:', '  /a:', '    get:', '      responses: {}', "  '/b/{id}':", '    patch:',
    '      parameters: []', '    delete:', 'components:', '  schemas:', '    post:', '',
  ].join('\n');
  assert.deepEqual(openapiOperations(sample), ['GET /a', 'PATCH /b/{id}', 'DELETE /b/{id}']);
});

// ---- the declarations are enforced ----
describeEnforcement();

function describeEnforcement() {
  let srv;
  before(async () => { srv = await startServer('routes'); });
  after(async () => { await srv?.close(); });

  // A syntactically valid id that exists in neither committee: permission checks come before lookups.
  const path = (r) => fillPath(r.path, 1);

  test('every non-public route is 401 unauthenticated without a session', async () => {
    const anon = new Client(srv.url);
    for (const r of apiRoutes().filter((x) => x.permission !== 'public')) {
      const res = await anon.request(r.method, path(r), isUnsafe(r.method) ? { json: {} } : {});
      assertError(res, 401, 'unauthenticated');
    }
  });

  test('every public route answers without a session (not 401/403)', async () => {
    const anon = new Client(srv.url);
    for (const r of routes().filter((x) => x.permission === 'public')) {
      const res = await anon.request(r.method, path(r), isUnsafe(r.method) ? { json: {} } : {});
      assert.ok(![401, 403].includes(res.status), `${r.method} ${r.path}: ${res.status} ${res.text}`);
      assert.ok(res.status < 500, `${r.method} ${r.path}: ${res.status} ${res.text}`);
    }
  });

  test('every route guarded by a permission is 403 forbidden for a user without it', async () => {
    const clients = new Map();
    for (const r of apiRoutes().filter((x) => PERMISSION_CODES.has(x.permission))) {
      const username = userWithout(r.permission);
      if (!username) continue; // every role holds it
      if (!clients.has(username)) clients.set(username, await new Client(srv.url).login('qingjian', username));
      const res = await clients.get(username).request(r.method, path(r), isUnsafe(r.method) ? { json: {} } : {});
      assertError(res, 403, 'forbidden');
    }
  });

  test('every unsafe non-public route checks the CSRF token', async () => {
    const c = await new Client(srv.url).login('qingjian', 'admin');
    for (const r of apiRoutes().filter((x) => x.permission !== 'public' && isUnsafe(x.method))) {
      assertError(await c.request(r.method, path(r), { json: {}, csrf: false }), 403, 'csrf_failed');
    }
    assert.equal((await c.get('/api/v1/me')).status, 200, 'still signed in (logout was refused too)');
  });
}

// ---- odd query values never break a list ----
describeOddQueries();

function describeOddQueries() {
  let srv;
  before(async () => { srv = await startServer('routes-odd'); });
  after(async () => { await srv?.close(); });

  const ODD = {
    q: "%_'; DROP TABLE users;--", page: '0', page_size: 'abc', term_id: 'x', body_id: '-1', sector_id: '9e99',
    status: '<script>', year: '20x6', quarter: '9', from: '2026-13-45', to: 'yesterday', id: '1 OR 1=1',
  };

  test('every GET route answers odd query values with a clear 4xx or a normal answer, never 5xx', async () => {
    const clients = new Map();
    const qs = new URLSearchParams(ODD).toString();
    for (const r of apiRoutes().filter((x) => x.method === 'GET' && PERMISSION_CODES.has(x.permission))) {
      const username = userWith(r.permission);
      if (!clients.has(username)) clients.set(username, await new Client(srv.url).login('qingjian', username));
      const res = await clients.get(username).get(`${fillPath(r.path, 1)}?${qs}`);
      assert.ok(res.status < 500, `${r.path}?${qs}: ${res.status} ${res.text.slice(0, 200)}`);
      if (res.status >= 400) assert.ok(res.body?.error?.message, `${r.path}: a 4xx carries a message`);
    }
  });

  test('a NUL in the query string is refused as invalid text', async () => {
    const admin = await new Client(srv.url).login('qingjian', 'admin');
    assertError(await admin.get('/api/v1/users?q=a%00b'), 400, 'invalid_utf8');
  });

  test('% and _ in a search box are literal characters, not wildcards', async () => {
    const admin = await new Client(srv.url).login('qingjian', 'admin');
    const all = (await admin.get('/api/v1/users')).body.total;
    assert.ok(all > 3, 'the demo has users');
    for (const q of ['%', '_', '%%', 'a_m', '!']) {
      const r = await admin.get(`/api/v1/users?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.total, 0, `q=${q} matches no demo user`);
    }
    assert.ok((await admin.get('/api/v1/users?q=adm')).body.total >= 1, 'a plain search still finds');
    const members = await admin.get(`/api/v1/members?q=${encodeURIComponent('%')}`);
    assert.equal(members.status, 200, members.text);
    assert.equal(members.body.total, 0, 'q=% matches no member');
    const staff = await admin.get(`/api/v1/staff?q=${encodeURIComponent('_')}`);
    assert.equal(staff.status, 200, staff.text);
    assert.equal(staff.body.total, 0, 'q=_ matches no staff member');
  });
}
