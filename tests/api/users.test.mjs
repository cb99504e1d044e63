// Administration: users (create, list, search, page, edit with optimistic versions), roles, committees,
// workflows, and who may do it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, DEMO_PASSWORD } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { PERMISSIONS, DEMO_USERS } from './lib/catalog.mjs';

let srv;
let admin; // qingjian platform_admin
before(async () => {
  srv = await startServer('users');
  admin = await new Client(srv.url).login('qingjian', 'admin');
});
after(async () => { await srv?.close(); });

const STRONG = 'Str0ng-Passw0rd!2026';

async function createUser(client, over = {}) {
  const u = { username: `u${Math.random().toString(36).slice(2, 10)}`, display_name: '张三', password: STRONG,
    roles: ['member'], ...over };
  return assertOk(await client.post('/api/v1/users', u), 201);
}

test('a member (weiyuan) gets 403 forbidden on the audit trail and on users', async () => {
  const m = await new Client(srv.url).login('qingjian', 'weiyuan');
  assertError(await m.get('/api/v1/audit'), 403, 'forbidden');
  assertError(await m.get('/api/v1/users'), 403, 'forbidden');
  assertError(await m.post('/api/v1/users', { username: 'sneaky', display_name: 'x', password: STRONG,
    roles: ['platform_admin'] }), 403, 'forbidden');
  assertError(await m.get('/api/v1/roles'), 403, 'forbidden');
  // ...while the office administrator may (control).
  const office = await new Client(srv.url).login('qingjian', 'bangongshi');
  assert.equal((await office.get('/api/v1/audit')).status, 200);
  assert.equal((await office.get('/api/v1/users')).status, 200);
  assert.deepEqual((await office.get('/api/v1/users?q=sneaky')).body.items, []);
});

test('POST /users creates a user who can sign in with the given password and roles', async () => {
  const u = await createUser(admin, { display_name: '李四', roles: ['proposal_staff', 'member'] });
  assert.equal(typeof u.id, 'number');
  assert.equal(u.display_name, '李四');
  assert.deepEqual([...u.roles].sort(), ['member', 'proposal_staff']);
  assert.equal(u.version, 1);
  assert.ok(!('password' in u) && !('password_hash' in u), 'no password in the response');
  const c = new Client(srv.url);
  const r = await c.tryLogin('qingjian', u.username, STRONG);
  assert.equal(r.status, 200, r.text);
  assert.ok(r.body.permissions.includes('system:case:read'), 'proposal_staff permissions apply');
  // Usernames are per committee: the same name can sign in only where it was created.
  assertError(await new Client(srv.url).tryLogin('daye', u.username, STRONG), 401, 'invalid_credentials');
});

test('POST /users validates: duplicate username 409, unknown role, bad username, missing fields, weak password',
  async () => {
    const u = await createUser(admin);
    for (const username of [u.username, 'admin']) {
      const dup = assertError(await admin.post('/api/v1/users', { username, display_name: 'dup', password: STRONG,
        roles: ['member'] }), 409, 'duplicate');
      assert.equal(dup.details?.field, 'username');
    }
    const role = assertError(await admin.post('/api/v1/users', { username: 'norole1', display_name: 'x',
      password: STRONG, roles: ['emperor'] }), 422, 'unknown_role');
    assert.equal(role.details?.role, 'emperor');
    for (const username of ['Has Space', '张三', '../etc', 'a;b']) {
      const bad = assertError(await admin.post('/api/v1/users', { username, display_name: 'x', password: STRONG,
        roles: [] }), 400, 'invalid_field');
      assert.equal(bad.details?.field, 'username');
    }
    const missing = assertError(await admin.post('/api/v1/users', { display_name: 'x', password: STRONG, roles: [] }),
      400, 'missing_field');
    assert.equal(missing.details?.field, 'username');
    assertError(await admin.post('/api/v1/users', { username: 'weakling', display_name: 'x', password: '123',
      roles: [] }), 422, 'weak_password');
    assert.deepEqual((await admin.get('/api/v1/users?q=norole1')).body.items, []);
    assert.deepEqual((await admin.get('/api/v1/users?q=weakling')).body.items, []);
  });

test('GET /users pages with page/page_size and counts total; q searches', async () => {
  const all = assertOk(await admin.get('/api/v1/users?page_size=100'));
  assert.equal(all.total, all.items.length, 'everything fits in one page of 100');
  assert.ok(all.total >= Object.keys(DEMO_USERS).length);
  const p1 = assertOk(await admin.get('/api/v1/users?page=1&page_size=2'));
  const p2 = assertOk(await admin.get('/api/v1/users?page=2&page_size=2'));
  assert.equal(p1.items.length, 2);
  assert.equal(p2.items.length, 2);
  assert.equal(p1.total, all.total);
  assert.equal(p2.total, all.total);
  const ids = new Set([...p1.items, ...p2.items].map((u) => u.id));
  assert.equal(ids.size, 4, 'pages do not overlap');
  const beyond = assertOk(await admin.get(`/api/v1/users?page=${all.total + 1}&page_size=1`));
  assert.deepEqual(beyond.items, []);
  assert.equal(beyond.total, all.total);

  const q = assertOk(await admin.get('/api/v1/users?q=weiyuan'));
  assert.ok(q.items.some((u) => u.username === 'weiyuan'));
  assert.ok(q.items.every((u) => `${u.username} ${u.display_name}`.includes('weiyuan')),
    `q filters: ${q.items.map((u) => u.username)}`);
  assert.ok(q.total < all.total, 'q narrows the list');

  for (const bad of ['page=0', 'page=-1', 'page_size=0', 'page_size=100000', 'page=abc']) {
    const r = await admin.get(`/api/v1/users?${bad}`);
    assert.ok(r.status === 400 || (r.status === 200 && r.body.items.length <= 500), `${bad}: ${r.status}`);
    if (r.status === 400) assert.equal(r.body.error.code, 'invalid_field');
  }
});

test('users of one committee never appear in another committee\'s list', async () => {
  const dayeAdmin = await new Client(srv.url).login('daye', 'admin');
  const u = await createUser(dayeAdmin, { username: 'only_in_daye' });
  assert.deepEqual(assertOk(await admin.get('/api/v1/users?q=only_in_daye')).items, []);
  assert.equal(assertOk(await dayeAdmin.get('/api/v1/users?q=only_in_daye')).items[0]?.id, u.id);
  const qjIds = new Set(assertOk(await admin.get('/api/v1/users?page_size=100')).items.map((x) => x.id));
  const dyIds = assertOk(await dayeAdmin.get('/api/v1/users?page_size=100')).items.map((x) => x.id);
  assert.ok(dyIds.every((id) => !qjIds.has(id)), 'disjoint user lists');
});

test('PATCH /users/{id} edits with the version; a stale version is 409 stale_version', async () => {
  const u = await createUser(admin, { display_name: '王五' });
  const v1 = u.version;
  const edited = assertOk(await admin.patch(`/api/v1/users/${u.id}`, { display_name: '王五(改)', version: v1 }));
  assert.equal(edited.display_name, '王五(改)');
  assert.equal(edited.version, v1 + 1);
  assertError(await admin.patch(`/api/v1/users/${u.id}`, { display_name: '覆盖', version: v1 }), 409,
    'stale_version');
  const [listed] = assertOk(await admin.get(`/api/v1/users?q=${u.username}`)).items;
  assert.equal(listed.display_name, '王五(改)', 'the stale write changed nothing');
  assertError(await admin.patch(`/api/v1/users/${u.id}`, { display_name: 'no version' }), 400, 'missing_field');
});

test('PATCH /users/{id}: roles and disabled take effect at the next request', async () => {
  const u = await createUser(admin, { roles: ['member'] });
  const c = await new Client(srv.url).login('qingjian', u.username, STRONG);
  assertError(await c.get('/api/v1/users'), 403, 'forbidden');
  const r1 = assertOk(await admin.patch(`/api/v1/users/${u.id}`, { roles: ['office_admin'], version: u.version }));
  assert.deepEqual(r1.roles, ['office_admin']);
  assert.equal((await c.get('/api/v1/users')).status, 200, 'the new role applies to the live session');
  assertOk(await admin.patch(`/api/v1/users/${u.id}`, { disabled: true, version: r1.version }));
  assertError(await c.get('/api/v1/me'), 401, 'unauthenticated');
  assertError(await new Client(srv.url).tryLogin('qingjian', u.username, STRONG), 403, 'account_disabled');
  assertError(await new Client(srv.url).tryLogin('qingjian', u.username, 'Wrong-Passw0rd!'), 401,
    'invalid_credentials');
});

test('concurrent PATCHes with the same version: exactly one wins, the rest get 409', async () => {
  const u = await createUser(admin, { display_name: '并发' });
  const n = 8;
  const results = await Promise.all(Array.from({ length: n }, (_, i) =>
    admin.patch(`/api/v1/users/${u.id}`, { display_name: `并发-${i}`, version: u.version })));
  const ok = results.filter((r) => r.status === 200);
  const stale = results.filter((r) => r.status === 409 && r.body.error.code === 'stale_version');
  assert.equal(ok.length, 1, results.map((r) => `${r.status} ${r.text.slice(0, 120)}`).join('\n'));
  assert.equal(stale.length, n - 1);
  const [listed] = assertOk(await admin.get(`/api/v1/users?q=${u.username}`)).items;
  assert.equal(listed.display_name, ok[0].body.display_name);
  assert.equal(listed.version, u.version + 1);
});

test('concurrent creates of the same username: exactly one 201, the rest 409', async () => {
  const body = { username: 'racer', display_name: '抢注', password: STRONG, roles: ['member'] };
  const results = await Promise.all(Array.from({ length: 6 }, () => admin.post('/api/v1/users', body)));
  const statuses = results.map((r) => r.status).sort();
  assert.deepEqual(statuses, [201, 409, 409, 409, 409, 409], results.map((r) => r.text.slice(0, 120)).join('\n'));
  const codes = results.filter((r) => r.status === 409).map((r) => r.body.error.code);
  assert.deepEqual(codes, codes.map(() => 'duplicate'), 'a lost race reads like any duplicate');
  assert.equal(assertOk(await admin.get('/api/v1/users?q=racer')).total, 1);
});

test('GET /roles lists the declared roles with their permissions', async () => {
  const r = assertOk(await admin.get('/api/v1/roles'));
  const byCode = new Map(r.items.map((x) => [x.code, x]));
  for (const role of PERMISSIONS.roles) {
    assert.ok(byCode.has(role.code), `role ${role.code}`);
    assert.deepEqual(new Set(byCode.get(role.code).permissions), new Set(role.permissions), role.code);
  }
});

test('GET /committees: the platform admin sees the own subtree; others are forbidden', async () => {
  const r = assertOk(await admin.get('/api/v1/committees'));
  const codes = r.items.map((c) => c.code);
  assert.ok(codes.includes('qingjian'));
  assert.ok(!codes.includes('daye'), 'daye is not under qingjian');
  assertError(await (await new Client(srv.url).login('qingjian', 'bangongshi')).get('/api/v1/committees'),
    403, 'forbidden');
});

test('GET /workflows and /workflows/{id}: the committee\'s workflow definitions with states and transitions', async () => {
  const list = assertOk(await admin.get('/api/v1/workflows'));
  assert.ok(list.items.length > 0, 'the demo has workflow definitions');
  const one = assertOk(await admin.get(`/api/v1/workflows/${list.items[0].id}`));
  assert.equal(one.id, list.items[0].id);
  assert.ok(Array.isArray(one.states) && one.states.length > 0, 'states');
  assert.ok(Array.isArray(one.transitions), 'transitions');
  const codes = new Set(PERMISSIONS.permissions.map((p) => p.code));
  for (const t of one.transitions) assert.ok(codes.has(t.permission), `transition permission ${t.permission}`);
  assertError(await admin.get('/api/v1/workflows/987654321'), 404, 'not_found');
  const unit = await new Client(srv.url).login('qingjian', 'chengban');
  assertError(await unit.get('/api/v1/workflows'), 403, 'forbidden');
});

test('an empty password never signs in', async () => {
  assertError(await new Client(srv.url).tryLogin('qingjian', 'admin', ''), 400, 'missing_field');
  assertError(await new Client(srv.url).tryLogin('qingjian', 'admin', ' '), 400, 'missing_field');
  assert.equal((await new Client(srv.url).tryLogin('qingjian', 'admin', DEMO_PASSWORD)).status, 200);
});

test('a handling unit\'s account is linked to its unit on creation and relinked by PATCH; foreign units are refused', async () => {
  const units = assertOk(await admin.get('/api/v1/org/units')).items;
  assert.ok(units.length >= 2, 'the demo has handling units');
  const [u1, u2] = units;
  const body = { username: `dept${Date.now() % 100000}`, display_name: '县测试局', password: STRONG, roles: ['unit'],
    unit_ids: [u1.id] };
  const created = assertOk(await admin.post('/api/v1/users', body), 201);
  assert.deepEqual(created.units, [{ id: u1.id, name: u1.name }]);
  const moved = assertOk(await admin.patch(`/api/v1/users/${created.id}`, { version: created.version, unit_ids: [u2.id] }));
  assert.deepEqual(moved.units.map((u) => u.id), [u2.id]);
  const dayeUnit = assertOk(await (await new Client(srv.url).login('daye', 'admin')).get('/api/v1/org/units')).items[0];
  assertError(await admin.patch(`/api/v1/users/${created.id}`, { version: moved.version, unit_ids: [dayeUnit.id] }),
    422, 'unknown_unit');
  assertError(await admin.post('/api/v1/users', { ...body, username: `${body.username}x`, unit_ids: ['一'] }),
    400, 'invalid_field');
  const after = assertOk(await admin.get(`/api/v1/users?q=${body.username}`)).items.find((u) => u.id === created.id);
  assert.deepEqual(after.units.map((u) => u.id), [u2.id], 'the refused change changed nothing');
});
