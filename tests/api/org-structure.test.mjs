// Organisation (组织架构): working bodies with posts and dated history, the staffing view on the demo data,
// sectors, township groups, studios, handling units, terms and the Party tree — who may read and change them,
// optimistic versions, and that another committee's ids are 404.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let admin; // qingjian platform_admin
let dayeAdmin;
before(async () => {
  srv = await startServer('org');
  admin = await new Client(srv.url).login('qingjian', 'admin');
  dayeAdmin = await new Client(srv.url).login('daye', 'admin');
});
after(async () => { await srv?.close(); });

let n = 0;
const uniq = (prefix) => `${prefix}${++n}`;

async function createBody(client, over = {}) {
  return assertOk(await client.post('/api/v1/org/bodies', {
    name: uniq('测试委员会'), kind: 'special_committee', established_on: '2024-01-01',
    posts: [{ post_kind: 'leader', title: '主任', authorised: 1 }, { post_kind: 'staff', title: '科员', authorised: 2 }],
    ...over,
  }), 201);
}

async function createStaff(client, over = {}) {
  return assertOk(await client.post('/api/v1/staff', { name: '测试干部', gender: '男', ...over }), 201);
}

// ---- the demo data, computed by the API ----

test('Qingjian: 一室五委 with 12 authorised posts in all, one-person bodies flagged', async () => {
  const s = assertOk(await admin.get('/api/v1/org/staffing'));
  assert.equal(s.totals.authorised, 12, 'the seed report says 12 authorised posts');
  assert.equal(s.totals.authorised, s.items.reduce((a, b) => a + b.authorised, 0));
  assert.equal(s.structure.label, '一室五委');
  assert.equal(s.structure.offices, 1);
  assert.equal(s.structure.special_committees, 5);
  const names = s.items.map((b) => b.name);
  for (const name of ['办公室', '提案委员会', '学习和文史委员会', '环境资源委员会']) assert.ok(names.includes(name), name);
  for (const b of s.items) {
    assert.equal(b.vacancies, b.posts.reduce((a, p) => a + p.vacancies, 0), b.name);
    assert.equal(b.one_person, b.filled === 1, `${b.name}: one-person flag`);
    assert.ok(b.filled <= b.authorised + b.over);
  }
  assert.equal(s.totals.one_person_bodies, s.items.filter((b) => b.one_person).length);
  assert.ok(s.totals.one_person_bodies >= 1, 'Qingjian has 一人委');
  assert.ok(s.totals.vacancies >= 1);
  const office = s.items.find((b) => b.name === '办公室');
  const director = office.posts.find((p) => p.title === '主任');
  assert.equal(director.filled, 1);
  assert.equal(director.people.length, 1);
});

test('Daye: 农业农村委员会 and 信息中心, each special committee with 1 director and 3 deputies', async () => {
  const s = assertOk(await dayeAdmin.get('/api/v1/org/staffing'));
  const names = s.items.map((b) => b.name);
  assert.ok(names.includes('农业农村委员会'));
  assert.ok(names.includes('信息中心'));
  assert.equal(s.structure.centres, 1);
  for (const b of s.items.filter((x) => x.kind === 'special_committee')) {
    const post = (t) => b.posts.find((p) => p.title === t)?.authorised;
    assert.equal(post('主任'), 1, b.name);
    assert.equal(post('副主任'), 3, b.name);
  }
});

test('history: Qingjian went from 一室三委 to 一室五委 in 2021; a rename is dated with old and new names', async () => {
  const h = assertOk(await admin.get('/api/v1/org/history')).items;
  const added = h.filter((e) => e.event === 'established' && e.on_date.startsWith('2021'));
  assert.deepEqual(added.map((e) => e.body_name).sort(), ['学习和文史委员会', '环境资源委员会'].sort());
  const before2021 = h.filter((e) => e.on_date < '2021-01-01').at(-1);
  assert.equal(before2021.structure_after.label, '一室三委');
  assert.equal(added.at(-1).structure_after.label, '一室五委');
  const renamed = h.find((e) => e.event === 'renamed');
  assert.ok(renamed.old_name && renamed.new_name && renamed.old_name !== renamed.new_name);
  const dates = h.map((e) => e.on_date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  const only2021 = assertOk(await admin.get('/api/v1/org/history?from=2021-01-01&to=2021-12-31')).items;
  assert.equal(only2021.length, added.length);
  assertError(await admin.get('/api/v1/org/history?from=yesterday'), 400, 'invalid_field');
});

// ---- working bodies ----

test('bodies: create with posts, read with posts, people and events; duplicate names refused', async () => {
  const b = await createBody(admin);
  assert.equal(b.authorised, 3);
  assert.equal(b.posts.length, 2);
  assert.equal(b.active, true);
  assert.deepEqual(b.events.map((e) => [e.event, e.on_date]), [['established', '2024-01-01']]);
  const got = assertOk(await admin.get(`/api/v1/org/bodies/${b.id}`));
  assert.equal(got.name, b.name);
  const list = assertOk(await admin.get('/api/v1/org/bodies')).items;
  assert.ok(list.some((x) => x.id === b.id && x.authorised === 3 && x.staff_count === 0));
  assertError(await admin.post('/api/v1/org/bodies', { name: b.name }), 409, 'duplicate');
  assertError(await admin.post('/api/v1/org/bodies', { name: uniq('x'), kind: 'ministry' }), 400, 'invalid_field');
  assertError(await admin.post('/api/v1/org/bodies', { name: uniq('x'), established_on: '2024-13-01' }), 400,
    'invalid_field');
  assertError(await admin.post('/api/v1/org/bodies', { kind: 'office' }), 400, 'missing_field');
  const badPosts = assertError(await admin.post('/api/v1/org/bodies', { name: uniq('x'),
    posts: [{ post_kind: 'boss', title: '主任', authorised: 1 }] }), 400, 'invalid_field');
  assert.equal(badPosts.details.field, 'post_kind');
});

test('bodies: a rename records a dated event; a stale version is 409', async () => {
  const b = await createBody(admin);
  const newName = uniq('改名委员会');
  const r = assertOk(await admin.patch(`/api/v1/org/bodies/${b.id}`, { version: b.version, name: newName,
    on_date: '2024/6/1', sort: 7 }));
  assert.equal(r.name, newName);
  assert.equal(r.sort, 7);
  assert.ok(r.version > b.version);
  const ev = r.events.find((e) => e.event === 'renamed');
  assert.deepEqual([ev.old_name, ev.new_name, ev.on_date], [b.name, newName, '2024-06-01']);
  const stale = assertError(await admin.patch(`/api/v1/org/bodies/${b.id}`, { version: b.version, sort: 1 }), 409,
    'stale_version');
  assert.equal(stale.details.current_version, r.version);
  const early = assertError(await admin.post(`/api/v1/org/bodies/${b.id}/events`, { event: 'renamed',
    new_name: '新名', on_date: '2023-01-01' }), 400, 'invalid_field');
  assert.equal(early.details.field, 'on_date', 'not before the body was set up');
});

test('bodies: posts are replaced with PUT; a merge moves people and posts and closes the body', async () => {
  const from = await createBody(admin);
  const into = await createBody(admin);
  const withPosts = assertOk(await admin.request('PUT', `/api/v1/org/bodies/${from.id}/posts`, { json: {
    version: from.version, posts: [{ post_kind: 'leader', title: '主任', authorised: 1 },
      { post_kind: 'leader', title: '副主任', authorised: 3 }] } }));
  assert.equal(withPosts.authorised, 4);
  assertError(await admin.request('PUT', `/api/v1/org/bodies/${from.id}/posts`, { json: { version: from.version,
    posts: [] } }), 409, 'stale_version');
  const person = await createStaff(admin, { post: '副主任', body_id: from.id });
  // a body with people cannot simply be abolished
  const busy = assertError(await admin.post(`/api/v1/org/bodies/${from.id}/events`, { event: 'abolished' }), 409,
    'body_has_staff');
  assert.equal(busy.details.count, 1);
  const merged = assertOk(await admin.post(`/api/v1/org/bodies/${from.id}/events`, { event: 'merged',
    into_body_id: into.id, on_date: '2025-01-01', note: '机构改革' }));
  assert.equal(merged.active, false);
  assert.equal(merged.abolished_on, '2025-01-01');
  assert.equal(merged.staff.length, 0);
  const target = assertOk(await admin.get(`/api/v1/org/bodies/${into.id}`));
  assert.deepEqual(target.staff.map((s) => s.id), [person.id]);
  assert.equal(target.authorised, 3 + 4, 'the posts were added to the other body');
  assert.ok(target.events.some((e) => e.event === 'merged' && e.body_id === from.id));
  assert.equal(assertOk(await admin.get(`/api/v1/staff/${person.id}`)).body_id, into.id);
  // a closed body takes no more changes and leaves the default list
  assertError(await admin.patch(`/api/v1/org/bodies/${from.id}`, { version: merged.version, name: uniq('复活') }),
    409, 'body_abolished');
  assertError(await admin.post(`/api/v1/org/bodies/${from.id}/events`, { event: 'abolished' }), 409,
    'body_abolished');
  assert.ok(!assertOk(await admin.get('/api/v1/org/bodies')).items.some((x) => x.id === from.id));
  assert.ok(assertOk(await admin.get('/api/v1/org/bodies?include_abolished=1')).items.some((x) => x.id === from.id));
  assertError(await admin.post(`/api/v1/org/bodies/${into.id}/events`, { event: 'merged', into_body_id: into.id }),
    400, 'invalid_field');
});

test('bodies: an empty body is abolished with a dated event and leaves the staffing view', async () => {
  const b = await createBody(admin);
  const r = assertOk(await admin.post(`/api/v1/org/bodies/${b.id}/events`, { event: 'abolished',
    on_date: '2025-03-01' }));
  assert.equal(r.abolished_on, '2025-03-01');
  const s = assertOk(await admin.get('/api/v1/org/staffing'));
  assert.ok(!s.items.some((x) => x.body_id === b.id));
  const h = assertOk(await admin.get(`/api/v1/org/history?body_id=${b.id}`)).items;
  assert.deepEqual(h.map((e) => e.event), ['established', 'abolished']);
  assertError(await admin.post(`/api/v1/org/bodies/${b.id}/events`, { event: 'exploded' }), 400, 'invalid_field');
});

test('a new body appears in the staffing view with its vacancies and the one-person flag', async () => {
  const b = await createBody(admin);
  const before = assertOk(await admin.get('/api/v1/org/staffing'));
  const row = before.items.find((x) => x.body_id === b.id);
  assert.deepEqual([row.authorised, row.filled, row.vacancies, row.one_person], [3, 0, 3, false]);
  await createStaff(admin, { post: '主任', body_id: b.id });
  const after = assertOk(await admin.get('/api/v1/org/staffing'));
  const row2 = after.items.find((x) => x.body_id === b.id);
  assert.deepEqual([row2.filled, row2.vacancies, row2.one_person], [1, 2, true]);
  assert.equal(after.totals.authorised, before.totals.authorised);
});

// ---- lists: sectors, township groups, studios, units ----

test('sectors: the demo sectors in order; create, edit with version, delete', async () => {
  const demo = assertOk(await admin.get('/api/v1/org/sectors')).items;
  assert.equal(demo[0].name, '中共');
  assert.ok(demo.some((s) => s.name === '无党派人士'));
  const sorts = demo.map((s) => s.sort);
  assert.deepEqual(sorts, [...sorts].sort((a, b) => a - b));
  const s = assertOk(await admin.post('/api/v1/org/sectors', { name: uniq('新界别'), sort: 999 }), 201);
  assert.deepEqual([s.sort, s.version, s.member_count], [999, 1, 0]);
  assertError(await admin.post('/api/v1/org/sectors', { name: s.name }), 409, 'duplicate');
  assertError(await admin.post('/api/v1/org/sectors', { name: '中共' }), 409, 'duplicate');
  assertError(await admin.post('/api/v1/org/sectors', { sort: 1 }), 400, 'missing_field');
  const s2 = assertOk(await admin.patch(`/api/v1/org/sectors/${s.id}`, { version: s.version, sort: 5 }));
  assert.deepEqual([s2.sort, s2.version, s2.name], [5, 2, s.name]);
  assertError(await admin.patch(`/api/v1/org/sectors/${s.id}`, { version: s.version, sort: 6 }), 409,
    'stale_version');
  assert.equal((await admin.delete(`/api/v1/org/sectors/${s.id}`)).status, 204);
  assertError(await admin.get(`/api/v1/org/sectors/${s.id}`), 404, 'not_found');
  // a sector the members belong to stays
  assert.ok(demo[0].member_count > 0);
  assertError(await admin.delete(`/api/v1/org/sectors/${demo[0].id}`), 409, 'in_use');
});

test('township groups show their convener by name; a convener must be a member of the committee', async () => {
  const groups = assertOk(await admin.get('/api/v1/org/township-groups')).items;
  assert.equal(groups.length, 9, 'Qingjian has nine townships');
  assert.ok(groups.some((g) => g.township === '宽州镇'));
  assert.ok(groups.every((g) => g.member_count > 0), 'the demo members are spread over the townships');
  const dy = assertOk(await dayeAdmin.get('/api/v1/org/township-groups')).items;
  assert.ok(dy.some((g) => g.township === '金湖街道'));
  const [member] = assertOk(await admin.get('/api/v1/members?page_size=1')).items;
  const g = groups[0];
  const set = assertOk(await admin.patch(`/api/v1/org/township-groups/${g.id}`, { version: g.version,
    convener_member_id: member.id }));
  assert.equal(set.convener_name, member.name);
  const cleared = assertOk(await admin.patch(`/api/v1/org/township-groups/${g.id}`, { version: set.version,
    convener_member_id: null }));
  assert.equal(cleared.convener_member_id, null);
  const [dyMember] = assertOk(await dayeAdmin.get('/api/v1/members?page_size=1')).items;
  for (const bad of [987654, dyMember.id]) {
    const e = assertError(await admin.patch(`/api/v1/org/township-groups/${g.id}`, { version: cleared.version,
      convener_member_id: bad }), 400, 'invalid_field');
    assert.equal(e.details.field, 'convener_member_id');
  }
  const inUse = assertError(await admin.delete(`/api/v1/org/township-groups/${g.id}`), 409, 'in_use');
  assert.equal(inUse.details.count, g.member_count);
});

test('studios: dates are normalised; bad dates refused', async () => {
  const s = assertOk(await admin.post('/api/v1/org/studios', { name: uniq('委员工作室'), location: '宽州镇',
    established_on: '2023/5/4' }), 201);
  assert.equal(s.established_on, '2023-05-04');
  assertError(await admin.post('/api/v1/org/studios', { name: uniq('委员工作室'), established_on: '去年' }), 400,
    'invalid_field');
  assert.ok(assertOk(await admin.get('/api/v1/org/studios')).items.length >= 4);
});

test('units: departments and townships; the demo unit user is linked to one; a linked unit cannot be deleted',
  async () => {
    const all = assertOk(await admin.get('/api/v1/org/units')).items;
    assert.ok(all.some((u) => u.name === '县教育局' && u.user_count === 1));
    const townships = assertOk(await admin.get('/api/v1/org/units?kind=township')).items;
    assert.ok(townships.length === 9 && townships.every((u) => u.kind === 'township'));
    assert.ok(assertOk(await dayeAdmin.get('/api/v1/org/units')).items.some((u) => u.name === '市住房和城乡建设局'));
    const linked = all.find((u) => u.user_count > 0);
    const inUse = assertError(await admin.delete(`/api/v1/org/units/${linked.id}`), 409, 'in_use');
    assert.equal(inUse.details.count, 1);
    const u = assertOk(await admin.post('/api/v1/org/units', { name: uniq('县测试局'), contact_person: '张科长',
      phone: '0912-5321234' }), 201);
    assert.equal(u.kind, 'department');
    assertError(await admin.post('/api/v1/org/units', { name: uniq('x'), kind: 'army' }), 400, 'invalid_field');
    assertError(await admin.post('/api/v1/org/units', { name: uniq('x'), phone: '12345' }), 400, 'invalid_field');
    assertError(await admin.get('/api/v1/org/units?kind=army'), 400, 'invalid_field');
    const q = assertOk(await admin.get(`/api/v1/org/units?q=${encodeURIComponent('测试局')}`)).items;
    assert.ok(q.some((x) => x.id === u.id));
    assert.equal((await admin.delete(`/api/v1/org/units/${u.id}`)).status, 204);
  });

// ---- the Party organisation ----

test('Party tree: 党组 → 机关党组 → 办公室党支部 → 专委会党小组 with members and roles', async () => {
  const tree = assertOk(await admin.get('/api/v1/org/party-orgs'));
  assert.equal(tree.items.length, 1);
  const kinds = [];
  for (let node = tree.items[0]; node; node = node.children[0]) kinds.push(node.kind);
  assert.deepEqual(kinds, ['leading_group', 'organ_group', 'branch', 'cell']);
  const branch = tree.items[0].children[0].children[0];
  assert.equal(branch.body_name, '办公室');
  const detail = assertOk(await admin.get(`/api/v1/org/party-orgs/${branch.id}`));
  assert.equal(detail.members[0].role, '书记', 'the secretary comes first');
  assert.ok(detail.members.every((m) => m.person_kind === 'staff' && m.name));
});

test('Party organisations: levels are checked; members are added and removed; non-empty ones stay', async () => {
  const root = assertOk(await admin.get('/api/v1/org/party-orgs')).items[0];
  assertError(await admin.post('/api/v1/org/party-orgs', { name: '第二党组', kind: 'leading_group' }), 409,
    'duplicate');
  const noParent = assertError(await admin.post('/api/v1/org/party-orgs', { name: '孤立支部', kind: 'branch' }),
    400, 'missing_field');
  assert.equal(noParent.details.field, 'parent_id');
  const cell = assertOk(await admin.post('/api/v1/org/party-orgs', { name: uniq('党小组'), kind: 'cell',
    parent_id: root.id }), 201);
  assertError(await admin.post('/api/v1/org/party-orgs', { name: uniq('支部'), kind: 'branch', parent_id: cell.id }),
    400, 'invalid_field');
  const person = await createStaff(admin);
  const joined = assertOk(await admin.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'staff',
    person_id: person.id, role: '组长' }));
  assert.deepEqual(joined.members.map((m) => [m.name, m.role]), [['测试干部', '组长']]);
  assertError(await admin.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'staff',
    person_id: person.id, role: '成员' }), 409, 'duplicate');
  assertError(await admin.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'staff',
    person_id: 999999 }), 400, 'invalid_field');
  assertError(await admin.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'staff',
    person_id: person.id, role: '皇帝' }), 400, 'invalid_field');
  assert.equal(assertOk(await admin.get(`/api/v1/staff/${person.id}`)).party[0].role, '组长');
  // committee members (委员) can be in a Party organisation too
  const [member] = assertOk(await admin.get('/api/v1/members?page_size=1')).items;
  const both = assertOk(await admin.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'member',
    person_id: member.id }));
  assert.deepEqual(both.members.map((m) => [m.person_kind, m.name, m.role]),
    [['staff', '测试干部', '组长'], ['member', member.name, '成员']]);
  const renamed = assertOk(await admin.patch(`/api/v1/org/party-orgs/${cell.id}`, { version: cell.version,
    name: uniq('改名党小组') }));
  assertError(await admin.patch(`/api/v1/org/party-orgs/${cell.id}`, { version: cell.version, sort: 2 }), 409,
    'stale_version');
  for (const m of both.members) assert.equal((await admin.delete(`/api/v1/org/party-members/${m.id}`)).status, 204);
  assertError(await admin.delete(`/api/v1/org/party-members/${joined.members[0].id}`), 404, 'not_found');
  const inUse = assertError(await admin.delete(`/api/v1/org/party-orgs/${root.id}`), 409, 'in_use');
  assert.ok(inUse.details.count >= 1);
  assert.equal((await admin.delete(`/api/v1/org/party-orgs/${renamed.id}`)).status, 204);
});

// ---- who may, and tenancy ----

test('a member (weiyuan) gets 403 on the organisation; office staff may read but not change it', async () => {
  const m = await new Client(srv.url).login('qingjian', 'weiyuan');
  for (const path of ['/api/v1/org/bodies', '/api/v1/org/staffing', '/api/v1/org/history', '/api/v1/org/sectors',
    '/api/v1/org/party-orgs', '/api/v1/org/units']) {
    assertError(await m.get(path), 403, 'forbidden');
  }
  assertError(await m.post('/api/v1/org/sectors', { name: '偷偷加的' }), 403, 'forbidden');
  const ganbu = await new Client(srv.url).login('qingjian', 'ganbu');
  assert.equal((await ganbu.get('/api/v1/org/staffing')).status, 200);
  assertError(await ganbu.post('/api/v1/org/bodies', { name: uniq('x') }), 403, 'forbidden');
  assertError(await ganbu.post('/api/v1/org/sectors', { name: uniq('x') }), 403, 'forbidden');
  assert.ok(!assertOk(await admin.get('/api/v1/org/sectors')).items.some((s) => s.name === '偷偷加的'));
});

test("another committee's bodies, lists and Party organisations are 404 and absent from its lists", async () => {
  const b = await createBody(admin);
  const sector = assertOk(await admin.post('/api/v1/org/sectors', { name: uniq('本会界别') }), 201);
  const org = assertOk(await admin.get('/api/v1/org/party-orgs')).items[0];
  assertError(await dayeAdmin.get(`/api/v1/org/bodies/${b.id}`), 404, 'not_found');
  assertError(await dayeAdmin.patch(`/api/v1/org/bodies/${b.id}`, { version: b.version, name: '被改' }), 404,
    'not_found');
  assertError(await dayeAdmin.get(`/api/v1/org/sectors/${sector.id}`), 404, 'not_found');
  assertError(await dayeAdmin.delete(`/api/v1/org/sectors/${sector.id}`), 404, 'not_found');
  assertError(await dayeAdmin.get(`/api/v1/org/party-orgs/${org.id}`), 404, 'not_found');
  // ids of the other committee are not accepted as references either
  const dyBody = assertOk(await dayeAdmin.get('/api/v1/org/bodies')).items[0];
  assertError(await admin.post('/api/v1/staff', { name: '越界', gender: '女', body_id: dyBody.id }), 400,
    'invalid_field');
  assertError(await admin.post(`/api/v1/org/bodies/${b.id}/events`, { event: 'merged', into_body_id: dyBody.id }),
    400, 'invalid_field');
  assert.ok(!assertOk(await dayeAdmin.get('/api/v1/org/bodies')).items.some((x) => x.id === b.id));
  assert.ok(!assertOk(await dayeAdmin.get('/api/v1/org/sectors')).items.some((x) => x.id === sector.id));
  assert.equal(assertOk(await admin.get(`/api/v1/org/bodies/${b.id}`)).name, b.name);
});

test('every change is in the audit trail with before and after', async () => {
  const b = await createBody(admin);
  await admin.patch(`/api/v1/org/bodies/${b.id}`, { version: b.version, sort: 42 });
  const items = assertOk(await admin.get('/api/v1/audit?object_type=body&page_size=100')).items
    .filter((e) => e.object_id === String(b.id));
  const actions = items.map((e) => e.action);
  assert.ok(actions.includes('body.created') && actions.includes('body.updated'), actions.join());
  const upd = items.find((e) => e.action === 'body.updated');
  assert.equal(upd.summary.after.sort, 42);
  assert.equal(upd.summary.before.sort, 0);
});
