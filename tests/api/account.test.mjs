// The signed-in user's own account: change password, list and revoke sessions.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, DEMO_PASSWORD } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
before(async () => { srv = await startServer('account'); });
after(async () => { await srv?.close(); });

const NEW_PASSWORD = 'Qingjian-Lvzhi-2026!';

test('change password: weak → 422 weak_password, wrong current → 422 wrong_password, nothing changes', async () => {
  const c = await new Client(srv.url).login('qingjian', 'tianwei');
  for (const weak of ['123456', 'short', 'password', 'aaaaaaaaaaaa', 'zhixie2026']) {
    assertError(await c.post('/api/v1/me/password', { current_password: DEMO_PASSWORD, new_password: weak }),
      422, 'weak_password');
  }
  assertError(await c.post('/api/v1/me/password', { current_password: 'not-mine', new_password: NEW_PASSWORD }),
    422, 'wrong_password');
  // Still the old password.
  assert.equal((await new Client(srv.url).tryLogin('qingjian', 'tianwei', DEMO_PASSWORD)).status, 200);
});

test('change password: ok → 204; the old password no longer works, the new one does', async () => {
  const c = await new Client(srv.url).login('qingjian', 'tianwei');
  const r = await c.post('/api/v1/me/password', { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD });
  assert.equal(r.status, 204, r.text);
  assertError(await new Client(srv.url).tryLogin('qingjian', 'tianwei', DEMO_PASSWORD), 401, 'invalid_credentials');
  const again = await new Client(srv.url).tryLogin('qingjian', 'tianwei', NEW_PASSWORD);
  assert.equal(again.status, 200, again.text);
  assert.equal(again.body.user.must_change_password, false);
  // The same username in the other committee is a different account and keeps its password.
  assert.equal((await new Client(srv.url).tryLogin('daye', 'tianwei', DEMO_PASSWORD)).status, 200);
});

test('change password needs the CSRF token and a session', async () => {
  const c = await new Client(srv.url).login('daye', 'ganbu');
  assertError(await c.post('/api/v1/me/password', { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD },
    { csrf: false }), 403, 'csrf_failed');
  assertError(await new Client(srv.url).post('/api/v1/me/password',
    { current_password: DEMO_PASSWORD, new_password: NEW_PASSWORD }), 401, 'unauthenticated');
  assert.equal((await new Client(srv.url).tryLogin('daye', 'ganbu', DEMO_PASSWORD)).status, 200, 'unchanged');
});

test('sessions: list shows each sign-in with ip, user agent and which one is current', async () => {
  const a = await new Client(srv.url, { userAgent: 'zhixie-test-A' }).login('qingjian', 'lingdao');
  const b = await new Client(srv.url, { userAgent: 'zhixie-test-B' }).login('qingjian', 'lingdao');
  const list = assertOk(await a.get('/api/v1/me/sessions'));
  assert.ok(Array.isArray(list.items));
  const mine = list.items.filter((s) => ['zhixie-test-A', 'zhixie-test-B'].includes(s.user_agent));
  assert.equal(mine.length, 2, JSON.stringify(list.items));
  const current = list.items.filter((s) => s.current);
  assert.equal(current.length, 1, 'exactly one current session');
  assert.equal(current[0].user_agent, 'zhixie-test-A');
  for (const s of mine) {
    assert.equal(s.ip, '127.0.0.1');
    assert.ok(!Number.isNaN(Date.parse(s.created_at)), `created_at is a time: ${s.created_at}`);
    assert.match(s.created_at, /(Z|[+-]\d\d:\d\d)$/, 'ISO 8601 with an offset');
    assert.ok(!Number.isNaN(Date.parse(s.last_seen_at)));
    assert.ok(!('token' in s) && !('token_hash' in s) && !('csrf_token' in s), 'no secrets in the list');
  }
  // b's view marks b as current.
  const fromB = assertOk(await b.get('/api/v1/me/sessions'));
  assert.equal(fromB.items.find((s) => s.current)?.user_agent, 'zhixie-test-B');
});

test('sessions: revoking another session makes it 401; the current one keeps working', async () => {
  const a = await new Client(srv.url, { userAgent: 'revoker' }).login('daye', 'lingdao');
  const b = await new Client(srv.url, { userAgent: 'revoked' }).login('daye', 'lingdao');
  assert.equal((await b.get('/api/v1/me')).status, 200);
  const target = assertOk(await a.get('/api/v1/me/sessions')).items.find((s) => s.user_agent === 'revoked');
  assert.ok(target, 'b is listed');
  const r = await a.delete(`/api/v1/me/sessions/${target.id}`);
  assert.equal(r.status, 204, r.text);
  assertError(await b.get('/api/v1/me'), 401, 'unauthenticated');
  assert.equal((await a.get('/api/v1/me')).status, 200);
  const left = assertOk(await a.get('/api/v1/me/sessions')).items;
  assert.ok(!left.some((s) => s.id === target.id), 'a revoked session is no longer listed');
  // Revoking it again, or an id that never existed, is 404.
  assertError(await a.delete(`/api/v1/me/sessions/${target.id}`), 404, 'not_found');
  assertError(await a.delete('/api/v1/me/sessions/987654321'), 404, 'not_found');
});

test('sessions: a user cannot see or revoke another user\'s session in the same committee', async () => {
  const victim = await new Client(srv.url, { userAgent: 'victim' }).login('qingjian', 'dangzheng');
  const victimSession = assertOk(await victim.get('/api/v1/me/sessions')).items.find((s) => s.current);
  const other = await new Client(srv.url).login('qingjian', 'chengban');
  const seen = assertOk(await other.get('/api/v1/me/sessions')).items;
  assert.ok(!seen.some((s) => s.id === victimSession.id), 'another user\'s session is not listed');
  assertError(await other.delete(`/api/v1/me/sessions/${victimSession.id}`), 404, 'not_found');
  assert.equal((await victim.get('/api/v1/me')).status, 200, 'the victim is still signed in');
});

test('sessions: a non-numeric session id is 404 (or 400), never a server error', async () => {
  const c = await new Client(srv.url).login('qingjian', 'zhuanwei');
  for (const id of ['abc', '-1', '1.5', '99999999999999999999999', "1' OR '1'='1"]) {
    const r = await c.delete(`/api/v1/me/sessions/${encodeURIComponent(id)}`);
    assert.ok([400, 404].includes(r.status), `${id}: ${r.status} ${r.text}`);
    assert.ok(r.body?.error?.code, 'an error envelope');
  }
  assert.equal((await c.get('/api/v1/me')).status, 200);
});
