// The audit trail (痕迹): what it records, who may read it, and that `zhixie audit verify` detects tampering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let admin;
before(async () => {
  srv = await startServer('audit');
  admin = await new Client(srv.url).login('qingjian', 'admin');
});
after(async () => { await srv?.close(); });

async function auditItems(client, query = '') {
  return assertOk(await client.get(`/api/v1/audit?page_size=100${query}`)).items;
}

test('a sign-in is recorded with the actor and the ip', async () => {
  const c = await new Client(srv.url).login('qingjian', 'lingdao');
  const items = await auditItems(admin, '&action=auth.login');
  const entry = items.find((e) => e.action === 'auth.login' && e.actor?.id === c.me.user.id);
  assert.ok(entry, `a login entry for lingdao in ${JSON.stringify(items.slice(0, 3))}`);
  assert.equal(entry.ip, '127.0.0.1');
  assert.equal(entry.actor.username, 'lingdao');
  assert.equal(entry.actor.display_name, c.me.user.display_name);
  assert.match(entry.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, 'ISO 8601 with offset');
  assert.ok(items.every((e) => e.action.startsWith('auth.login')), 'the action filter (a prefix) filters');
});

test('a failed sign-in is recorded too, without the password', async () => {
  await new Client(srv.url).tryLogin('qingjian', 'weiyuan', 'Secret-Typo-123');
  const items = await auditItems(admin);
  const entry = items.find((e) => e.action === 'auth.login_failed');
  assert.ok(entry, `a failed-login entry among ${[...new Set(items.map((e) => e.action))]}`);
  assert.ok(!JSON.stringify(items).includes('Secret-Typo-123'), 'the typed password is never stored');
});

test('creating a user is recorded with actor, ip, object type and id', async () => {
  const r = await admin.post('/api/v1/users', { username: 'audited', display_name: '被记录',
    password: 'Str0ng-Passw0rd!2026', roles: ['member'] });
  const u = assertOk(r, 201);
  const items = await auditItems(admin, '&object_type=user');
  const entry = items.find((e) => e.action === 'user.created' && String(e.object_id) === String(u.id));
  assert.ok(entry, `user.created for ${u.id} in ${JSON.stringify(items.slice(0, 3))}`);
  assert.equal(entry.actor?.id, admin.me.user.id);
  assert.equal(entry.ip, '127.0.0.1');
  assert.equal(entry.object_type, 'user');
  assert.ok(!JSON.stringify(entry).includes('Str0ng-Passw0rd'), 'no password in the trail');
  assert.ok(items.every((e) => e.object_type === 'user'), 'the object_type filter filters');
});

test('the audit list is newest first, paged, and filtered by actor', async () => {
  const page = assertOk(await admin.get('/api/v1/audit?page=1&page_size=3'));
  assert.equal(page.items.length, 3);
  assert.ok(page.total >= 3);
  const ids = page.items.map((e) => e.id);
  assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
  const byActor = await auditItems(admin, '&actor=admin');
  assert.ok(byActor.length > 0 && byActor.every((e) => e.actor?.id === admin.me.user.id));
});

test('a committee sees only its own audit trail', async () => {
  const dayeAdmin = await new Client(srv.url).login('daye', 'admin');
  const dayeItems = await auditItems(dayeAdmin);
  assert.ok(dayeItems.length > 0);
  assert.ok(dayeItems.every((e) => e.actor?.id !== admin.me.user.id), 'no qingjian actors in daye\'s trail');
  const qjIds = new Set((await auditItems(admin)).map((e) => e.id));
  assert.ok(dayeItems.every((e) => !qjIds.has(e.id)));
});

test('the audit list filters by day (China time); odd dates are 400 or empty, never a crash', async () => {
  const all = assertOk(await admin.get('/api/v1/audit?page_size=1')).total;
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  const todays = assertOk(await admin.get(`/api/v1/audit?page_size=1&from=${today}&to=${today}`));
  const untilToday = assertOk(await admin.get(`/api/v1/audit?page_size=1&to=${today}`));
  assert.equal(untilToday.total, all, 'nothing happened after today');
  // the demo year of proposals was recorded on the days it happened, so today holds only part of the trail
  assert.ok(todays.total > 0 && todays.total <= all, 'today is part of it');
  const earlier = assertOk(await admin.get(`/api/v1/audit?page_size=1&from=2000-01-01&to=${today}`));
  assert.equal(earlier.total, all);
  assert.deepEqual(await auditItems(admin, '&to=2000-01-01'), []);
  assert.deepEqual(await auditItems(admin, '&from=2100-01-01'), []);
  assertError(await admin.get('/api/v1/audit?from=yesterday'), 400, 'invalid_field');
  for (const day of ['2999-01-01', '9999-12-31', '0001-01-01', '2026-02-30']) {
    const r = await admin.get(`/api/v1/audit?from=${day}`);
    assert.ok(r.status === 200 || (r.status === 400 && r.body.error.code === 'invalid_field'), `${day}: ${r.status}`);
  }
});

// The last tests run `zhixie audit verify` on the database with the server stopped (it stays stopped).
test('audit verify passes on an intact trail and fails, naming the row, when a row was altered', async () => {
  await srv.stop();
  const ok = srv.run(['audit', 'verify']);
  assert.equal(ok.status, 0, `intact trail verifies:\n${ok.stdout}\n${ok.stderr}`);

  const victim = srv.db.sql("SELECT id FROM audit_log WHERE action = 'user.created' ORDER BY id LIMIT 1");
  assert.match(victim, /^\d+$/, 'found the user.created row');
  srv.db.sql(`UPDATE audit_log SET summary = summary || ' ' WHERE id = ${victim}`);
  const bad = srv.run(['audit', 'verify']);
  assert.notEqual(bad.status, 0, `a tampered trail fails:\n${bad.stdout}\n${bad.stderr}`);
  assert.match(bad.stdout + bad.stderr, new RegExp(`\\b${victim}\\b`), 'the output names the altered row');

  srv.db.sql(`UPDATE audit_log SET summary = substr(summary, 1, length(summary) - 1) WHERE id = ${victim}`);
  const restored = srv.run(['audit', 'verify']);
  assert.equal(restored.status, 0, `undoing the change verifies again:\n${restored.stdout}\n${restored.stderr}`);
});

test('audit verify detects a deleted row', async () => {
  await srv.stop();
  const victim = srv.db.sql("SELECT id FROM audit_log WHERE action = 'auth.login' ORDER BY id LIMIT 1");
  assert.match(victim, /^\d+$/);
  srv.db.sql(`DELETE FROM audit_log WHERE id = ${victim}`);
  const bad = srv.run(['audit', 'verify']);
  assert.notEqual(bad.status, 0, `a trail with a gap fails:\n${bad.stdout}\n${bad.stderr}`);
});
