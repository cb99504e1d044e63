// Sign-in, the session cookie, /me, logout, and the roles and permissions of every demo login.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, parseLogins, DEMO_PASSWORD } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { COMMITTEES, DEMO_USERS, ROLE_PERMISSIONS } from './lib/catalog.mjs';

let srv;
before(async () => { srv = await startServer('auth'); });
after(async () => { await srv?.close(); });

test('seed-demo prints one login line per demo user of both committees', () => {
  const logins = parseLogins(srv.seedOutput);
  for (const committee of Object.keys(COMMITTEES)) {
    for (const username of Object.keys(DEMO_USERS)) {
      const l = logins.find((x) => x.committee === committee && x.username === username);
      assert.ok(l, `login line for ${committee}/${username} in:\n${srv.seedOutput}`);
      assert.equal(l.password, DEMO_PASSWORD);
    }
  }
});

test('seed-demo is idempotent: a second run adds no users', async () => {
  const c = await new Client(srv.url).login('qingjian', 'admin');
  const before_ = (await c.get('/api/v1/users?page_size=100')).body.total;
  const r = srv.run(['seed-demo']);
  assert.equal(r.status, 0, r.stderr);
  const after_ = (await c.get('/api/v1/users?page_size=100')).body.total;
  assert.equal(after_, before_);
});

test('login returns the user, committee, permissions and a CSRF token, and sets a safe cookie', async () => {
  const c = new Client(srv.url);
  const r = await c.tryLogin('qingjian', 'weiyuan');
  const body = assertOk(r);
  assert.equal(body.user.username, 'weiyuan');
  assert.equal(typeof body.user.id, 'number');
  assert.equal(typeof body.user.display_name, 'string');
  assert.deepEqual(body.user.roles, ['member']);
  assert.equal(body.user.must_change_password, false, 'demo users need not change their password');
  assert.equal(body.user.committee.code, 'qingjian');
  assert.equal(body.user.committee.name, COMMITTEES.qingjian);
  assert.equal(body.user.committee.level, 'county');
  assert.ok(Array.isArray(body.permissions));
  assert.equal(typeof body.csrf_token, 'string');
  assert.ok(body.csrf_token.length >= 16, 'the CSRF token is long enough to be unguessable');
  assert.ok(!('password_hash' in body.user), 'no password hash in the response');

  const setCookie = r.headers.getSetCookie().find((h) => h.startsWith('zx_session='));
  assert.ok(setCookie, 'Set-Cookie: zx_session');
  assert.match(setCookie, /;\s*HttpOnly/i);
  assert.match(setCookie, /;\s*SameSite=Lax/i);
  assert.match(setCookie, /;\s*Path=\//i);
  const token = setCookie.match(/^zx_session=([^;]*)/)[1];
  assert.ok(token.length >= 32, 'the session token is long enough to be unguessable');
  assert.ok(!token.includes(body.csrf_token), 'the CSRF token is not the session token');
});

test('every demo login has its one role and exactly that role\'s permissions', async () => {
  for (const committee of Object.keys(COMMITTEES)) {
    for (const [username, role] of Object.entries(DEMO_USERS)) {
      const c = await new Client(srv.url).login(committee, username);
      assert.deepEqual(c.me.user.roles, [role], `${committee}/${username}`);
      assert.equal(c.me.user.committee.code, committee);
      assert.deepEqual(new Set(c.me.permissions), ROLE_PERMISSIONS.get(role), `${committee}/${username} permissions`);
    }
  }
});

test('wrong password, unknown user and unknown committee all give the same 401', async () => {
  const tries = [
    { committee_code: 'qingjian', username: 'lingdao', password: 'not-the-password' },
    { committee_code: 'qingjian', username: 'nobody-here', password: DEMO_PASSWORD },
    { committee_code: 'no-such-committee', username: 'lingdao', password: DEMO_PASSWORD },
    { committee_code: 'daye', username: 'lingdao', password: 'Zhixie#2025' },
  ];
  for (const lang of [undefined, 'en']) {
    const messages = new Set();
    for (const t of tries) {
      const r = await new Client(srv.url, { lang }).post('/api/v1/auth/login', t);
      const err = assertError(r, 401, 'invalid_credentials');
      messages.add(JSON.stringify([err.message, err.details ?? null]));
      assert.equal(r.headers.getSetCookie().filter((h) => /^zx_session=[^;]+/.test(h)).length, 0, 'no session');
    }
    assert.equal(messages.size, 1, `one message for every failure (${lang ?? 'zh-CN'}): ${[...messages]}`);
  }
});

test('login validates its body', async () => {
  const c = new Client(srv.url);
  const missing = assertError(await c.post('/api/v1/auth/login', { committee_code: 'qingjian', username: 'admin' }),
    400, 'missing_field');
  assert.equal(missing.details?.field, 'password');
  const wrongType = assertError(await c.post('/api/v1/auth/login',
    { committee_code: 'qingjian', username: 42, password: DEMO_PASSWORD }), 400, 'invalid_field');
  assert.equal(wrongType.details?.field, 'username');
});

test('GET /me answers like login, and 401 without a session', async () => {
  const anon = new Client(srv.url);
  assertError(await anon.get('/api/v1/me'), 401, 'unauthenticated');

  const c = await new Client(srv.url).login('daye', 'bangongshi');
  const me = assertOk(await c.get('/api/v1/me'));
  assert.deepEqual(me.user, c.me.user);
  assert.deepEqual(new Set(me.permissions), new Set(c.me.permissions));
  assert.equal(me.csrf_token, c.csrf, 'the same CSRF token for the life of the session');
});

test('a forged or garbage session cookie is 401', async () => {
  const c = new Client(srv.url);
  for (const cookie of ['zx_session=', 'zx_session=forged', `zx_session=${'a'.repeat(64)}`, 'zx_session=%00%ff']) {
    c.cookie = cookie;
    assertError(await c.get('/api/v1/me'), 401, 'unauthenticated');
  }
});

test('logout ends the session: 204, then /me is 401 even with the old cookie', async () => {
  const c = await new Client(srv.url).login('qingjian', 'ganbu');
  const oldCookie = c.cookie;
  const r = await c.post('/api/v1/auth/logout');
  assert.equal(r.status, 204, r.text);
  assert.equal(r.text, '');
  const cleared = r.headers.getSetCookie().find((h) => h.startsWith('zx_session='));
  assert.ok(cleared, 'logout clears the cookie');
  assert.match(cleared, /^zx_session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  c.cookie = oldCookie;
  assertError(await c.get('/api/v1/me'), 401, 'unauthenticated');
});

test('GET /committee is the caller\'s own committee', async () => {
  for (const code of Object.keys(COMMITTEES)) {
    const c = await new Client(srv.url).login(code, 'weiyuan');
    const body = assertOk(await c.get('/api/v1/committee'));
    assert.equal(body.code, code);
    assert.equal(body.name, COMMITTEES[code]);
    assert.equal(body.id, c.me.user.committee.id);
    assert.ok(body.parent && typeof body.parent.name === 'string', 'the demo committees have a parent');
  }
});
