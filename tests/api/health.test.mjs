// Liveness, readiness, the error envelope for unknown routes, security headers, localized messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, BACKEND } from './lib/server.mjs';
import { Client, assertError } from './lib/client.mjs';

let srv;
before(async () => { srv = await startServer('health'); });
after(async () => { await srv?.close(); });

test('GET /healthz answers {"status":"ok"}', async () => {
  const r = await new Client(srv.url).get('/healthz');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { status: 'ok' });
});

test('GET /readyz names the database backend', async () => {
  const r = await new Client(srv.url).get('/readyz');
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.status, 'ok');
  assert.equal(r.body.database, BACKEND === 'postgres' ? 'postgresql' : 'sqlite');
});

test('an unknown API route gives 404 in the JSON error envelope', async () => {
  const c = new Client(srv.url);
  for (const path of ['/api/v1/no-such-thing', '/api/v1/users/1/nothing/here', '/api/v2/me']) {
    const err = assertError(await c.get(path), 404, 'not_found');
    assert.ok(!('stack' in err), 'no internals leak into the error');
  }
});

test('a known path with an unsupported method gives 405 method_not_allowed', async () => {
  const c = new Client(srv.url);
  assertError(await c.request('DELETE', '/api/v1/auth/committees'), 405, 'method_not_allowed');
  assertError(await c.request('PUT', '/healthz'), 405, 'method_not_allowed');
});

test('every response carries the security headers', async () => {
  const c = new Client(srv.url);
  const responses = [
    await c.get('/healthz'),
    await c.get('/api/v1/auth/committees'),
    await c.get('/api/v1/me'), // 401
    await c.get('/api/v1/nothing'), // 404
    await c.post('/api/v1/auth/login', { committee_code: 'qingjian', username: 'nobody', password: 'x' }), // 401
  ];
  for (const r of responses) {
    const where = `${r.status} ${r.text.slice(0, 80)}`;
    assert.ok(r.headers.get('content-security-policy'), `Content-Security-Policy on ${where}`);
    assert.match(r.headers.get('content-security-policy'), /default-src/, `a real CSP on ${where}`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', where);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', where);
  }
});

test('error messages follow Accept-Language: zh-CN by default, English on request', async () => {
  const zh = await new Client(srv.url).get('/api/v1/me');
  const en = await new Client(srv.url, { lang: 'en-US,en;q=0.9' }).get('/api/v1/me');
  const zhExplicit = await new Client(srv.url, { lang: 'zh-CN,zh;q=0.9' }).get('/api/v1/me');
  assertError(zh, 401, 'unauthenticated');
  assertError(en, 401, 'unauthenticated');
  assert.match(zh.body.error.message, /[\u4e00-\u9fff]/, `default message is Chinese: ${zh.body.error.message}`);
  assert.doesNotMatch(en.body.error.message, /[\u4e00-\u9fff]/, `English message: ${en.body.error.message}`);
  assert.equal(zhExplicit.body.error.message, zh.body.error.message);
});

test('GET /api/v1/auth/committees is public and lists both demo committees', async () => {
  const r = await new Client(srv.url).get('/api/v1/auth/committees');
  assert.equal(r.status, 200, r.text);
  const byCode = new Map(r.body.items.map((c) => [c.code, c]));
  assert.equal(byCode.get('qingjian')?.name, '政协清涧县委员会');
  assert.equal(byCode.get('daye')?.name, '政协大冶市委员会');
  for (const c of r.body.items) assert.ok(['national', 'province', 'city', 'county'].includes(c.level), c.level);
});
