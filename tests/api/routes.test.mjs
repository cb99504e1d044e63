// The route table from `zhixie routes`: every route declares a permission, the declaration is enforced,
// and docs/openapi.yaml describes exactly these routes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, REPO_ROOT } from './lib/server.mjs';
import { Client, assertError } from './lib/client.mjs';
import {
  routes, apiRoutes, fillPath, isUnsafe, PERMISSION_CODES, SPECIAL_PERMISSIONS, userWithout,
} from './lib/catalog.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The operations of an OpenAPI 3 YAML file, read with a small line parser (no YAML dependency):
 * Map "METHOD /path" → { query: Set of query parameter names (inline or $ref'd from components/parameters) }.
 */
export function openapiOperations(text) {
  const lines = text.split('\n').map((l) => l.replace(/\s+#.*$/, ''));
  const componentParams = new Map(); // component name → { name, in }
  let top = null;
  let sub = null;
  let current = null;
  for (const line of lines) {
    if (/^\S/.test(line)) { top = line.replace(/:.*/, ''); sub = null; continue; }
    if (top !== 'components') continue;
    const section = line.match(/^ {2}(\w+):\s*$/);
    if (section) { sub = section[1]; continue; }
    if (sub !== 'parameters') continue;
    const key = line.match(/^ {4}(\w+):\s*$/);
    if (key) { current = {}; componentParams.set(key[1], current); continue; }
    const name = line.match(/^\s+name:\s*(\w+)/);
    if (name && current) current.name = name[1];
    const where = line.match(/^\s+in:\s*(\w+)/);
    if (where && current) current.in = where[1];
  }

  const ops = new Map();
  let inPaths = false;
  let path = null;
  let op = null;
  let pendingName = null; // "- name: x" waiting for its "in:" on the next line
  for (const line of lines) {
    if (/^\S/.test(line)) { inPaths = /^paths:\s*$/.test(line); path = null; op = null; continue; }
    if (!inPaths) continue;
    const p = line.match(/^ {2}(['"]?)(\/[^'":]*)\1:\s*$/);
    if (p) { path = p[2]; op = null; continue; }
    const m = line.match(/^ {4}([a-z]+):\s*$/);
    if (m && path && METHODS.includes(m[1])) {
      op = { query: new Set() };
      ops.set(`${m[1].toUpperCase()} ${path}`, op);
      continue;
    }
    if (!op) continue;
    for (const q of line.matchAll(/name:\s*(\w+),\s*in:\s*query/g)) op.query.add(q[1]);
    if (pendingName && /^\s+in:\s*query\s*$/.test(line)) op.query.add(pendingName);
    pendingName = line.match(/^\s+- name:\s*(\w+)\s*$/)?.[1] ?? null;
    const ref = line.match(/\$ref:\s*['"]#\/components\/parameters\/(\w+)['"]/);
    if (ref && componentParams.get(ref[1])?.in === 'query') op.query.add(componentParams.get(ref[1]).name);
  }
  return ops;
}

const openapiText = () => readFileSync(join(REPO_ROOT, 'docs/openapi.yaml'), 'utf8');

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
  assert.deepEqual(pub, ['GET /api/v1/auth/committees', 'GET /healthz', 'GET /readyz', 'POST /api/v1/auth/login']
    .sort());
});

test('every route with a path parameter names the kind of object in `resource`', () => {
  for (const r of routes().filter((x) => x.path.includes('{'))) {
    assert.equal(typeof r.resource, 'string', `${r.method} ${r.path} needs a resource`);
    assert.match(r.resource, /^[a-z][a-z_]*$/, `${r.method} ${r.path}: resource ${r.resource}`);
  }
});

test('docs/openapi.yaml describes exactly the routes of the server', () => {
  const text = openapiText();
  assert.match(text, /^openapi: ['"]?3\.0\.\d+/m, 'an OpenAPI 3.0 document');
  const documented = new Set(openapiOperations(text).keys());
  const served = new Set(routes().map((r) => `${r.method} ${r.path}`));
  const undocumented = [...served].filter((x) => !documented.has(x));
  const phantom = [...documented].filter((x) => !served.has(x));
  assert.deepEqual(undocumented, [], 'routes missing from docs/openapi.yaml');
  assert.deepEqual(phantom, [], 'operations in docs/openapi.yaml that the server does not have');
});

test('the OpenAPI line parser reads paths, methods and query parameters (and ignores components)', () => {
  const sample = [
    'openapi: 3.0.3', 'paths:', '  /a:', '    get:', '      parameters:', '        - name: q', '          in: query',
    '        - { name: page, in: query, schema: { type: integer } }', "        - $ref: '#/components/parameters/Size'",
    "        - $ref: '#/components/parameters/Id'", '      responses: {}', "  '/b/{id}':", '    patch:',
    '      parameters: []', '    delete:', 'components:', '  parameters:', '    Size:', '      name: page_size',
    '      in: query', '    Id:', '      name: id', '      in: path', '  schemas:', '    post:', '',
  ].join('\n');
  const ops = openapiOperations(sample);
  assert.deepEqual([...ops.keys()], ['GET /a', 'PATCH /b/{id}', 'DELETE /b/{id}']);
  assert.deepEqual([...ops.get('GET /a').query].sort(), ['page', 'page_size', 'q']);
  assert.deepEqual([...ops.get('PATCH /b/{id}').query], []);
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

  test('no GET route answers 5xx (or dies) on odd values of its documented query parameters', async () => {
    const ops = openapiOperations(openapiText());
    const values = ['x', '-1', '0', '9223372036854775807', '99999999999999999999', '%25', '%E4%B8'];
    const targets = apiRoutes().filter((r) => r.method === 'GET' && !r.path.includes('{'))
      .flatMap((r) => [...(ops.get(`GET ${r.path}`)?.query ?? [])]
        .flatMap((param) => values.map((v) => `${r.path}?${param}=${v}`)));
    assert.ok(targets.some((t) => t.includes('page_size=')), 'the documented parameters were found');
    let c = await new Client(srv.url).login('qingjian', 'admin');
    const failures = [];
    for (const target of targets) {
      try {
        const { status } = await c.get(target);
        if (status >= 500) failures.push(`${target} → ${status}`);
      } catch (e) {
        failures.push(`${target} → the server died (${e.cause?.code ?? e.message})`);
        await srv.stop(); // restart it to try the rest
        await srv.start();
        c = await new Client(srv.url).login('qingjian', 'admin');
      }
    }
    assert.deepEqual(failures, []);
  });

  test('every unsafe non-public route checks the CSRF token', async () => {
    const c = await new Client(srv.url).login('qingjian', 'admin');
    for (const r of apiRoutes().filter((x) => x.permission !== 'public' && isUnsafe(x.method))) {
      assertError(await c.request(r.method, path(r), { json: {}, csrf: false }), 403, 'csrf_failed');
    }
    assert.equal((await c.get('/api/v1/me')).status, 200, 'still signed in (logout was refused too)');
  });
}
