// Village assistance (驻点村帮扶): Daye's paired villages with more than ¥8 million raised and the yellow peach,
// lotus root, mixed citrus and road projects the report names; Qingjian's villages from its four secondments;
// recording funds in fen with exact totals per village and year; projects with dated progress; bad input refused
// with nothing changed; who may read and who may write.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin
let daye; // daye office_admin
let ganbu; // qingjian office staff: reads only
let member; // qingjian member: nothing
before(async () => {
  srv = await startServer('villages', { env: { ZHIXIE_JOBS_TICK_SECONDS: '0' } });
  [office, daye, ganbu, member] = await Promise.all([['qingjian', 'bangongshi'], ['daye', 'bangongshi'],
    ['qingjian', 'ganbu'], ['qingjian', 'weiyuan']].map(([c, u]) => new Client(srv.url).login(c, u)));
});
after(async () => { await srv?.close(); });

const sum = (xs, f) => xs.reduce((a, x) => a + f(x), 0);
const fieldsOf = (err) => err.details.errors.map((e) => e.field).sort();
let seq = 0;

test('Daye: the office raised more than ¥8 million for its villages, for peaches, lotus root, citrus and roads', async () => {
  const list = assertOk(await daye.get('/api/v1/office/villages?year=2021'));
  assert.equal(list.total, 2);
  assert.ok(list.funds_fen > 800_000_000, `帮助驻点村筹集资金800余万元: ${list.funds_fen / 100}`);
  assert.ok(list.funds_fen < 900_000_000);
  assert.equal(list.funds_fen, sum(list.items, (v) => v.funds_fen));
  let projects = [];
  for (const item of list.items) {
    const v = assertOk(await daye.get(`/api/v1/office/villages/${item.id}`));
    assert.equal(v.totals.funds_fen, item.funds_fen);
    assert.equal(v.totals.funds_fen, sum(v.funds, (f) => f.amount_fen), 'the total is the sum of the records');
    assert.equal(v.totals.funds_fen, sum(v.totals.by_year, (y) => y.funds_fen), 'and of the years');
    assert.equal(item.year_funds_fen, v.totals.by_year.find((y) => y.year === 2021)?.funds_fen ?? 0);
    assert.equal(v.county, '大冶市');
    assert.ok(v.cadres.length >= 1 && v.cadres.every((c) => c.staff_name && c.start_date));
    projects = projects.concat(v.projects);
  }
  for (const crop of ['黄桃', '莲藕', '杂柑', '公路']) {
    assert.ok(projects.some((p) => p.name.includes(crop)), crop);
  }
  const peaches = projects.find((p) => p.name.includes('黄桃'));
  assert.equal(peaches.status, 'completed');
  assert.equal(peaches.percent, 100);
  assert.deepEqual(peaches.progress.map((e) => e.percent), [30, 70, 100]);
});

test('Qingjian: a village for each of the four section-level cadres sent to village work, smaller funds', async () => {
  const list = assertOk(await office.get('/api/v1/office/villages'));
  assert.equal(list.total, 4, '先后选派4名科级干部驻村开展扶贫工作');
  const cadres = [];
  for (const item of list.items) {
    const v = assertOk(await office.get(`/api/v1/office/villages/${item.id}`));
    assert.equal(v.county, '清涧县');
    cadres.push(...v.cadres);
  }
  assert.equal(cadres.length, 4);
  assert.equal(new Set(cadres.map((c) => c.staff_id)).size, 4);
  assert.ok(cadres.every((c) => c.end_date > c.start_date), 'each stay has its dates from the staff record');
  assert.ok(list.funds_fen > 0 && list.funds_fen < 100_000_000);
  assert.ok(list.items.every((v) => v.county === '清涧县'), 'only its own villages');
});

test('staff add a fund record: the totals change by exactly that many fen', async () => {
  const v = assertOk(await office.post('/api/v1/office/villages', { name: `测试村${++seq}`, township: '折家坪镇',
    county: '清涧县' }), 201);
  assert.equal(v.totals.funds_fen, 0);
  let after = assertOk(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '县财政衔接资金',
    amount_fen: 123456789, received_on: '2025-06-30' }), 201);
  after = assertOk(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '委员捐赠',
    amount_fen: 1, received_on: '2026-01-02', note: '一分钱也要记' }), 201);
  assert.equal(after.totals.funds_fen, 123456790, 'no float rounding');
  assert.deepEqual(after.totals.by_year, [{ year: 2025, funds_fen: 123456789, records: 1 },
    { year: 2026, funds_fen: 1, records: 1 }]);
  const list = assertOk(await office.get('/api/v1/office/villages?year=2025'));
  assert.equal(list.items.find((x) => x.id === v.id).year_funds_fen, 123456789);

  // bad input: a clear Chinese error per field, nothing stored
  const bad = assertError(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '',
    amount_fen: 0, received_on: '2025-02-30' }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(bad), ['amount_fen', 'received_on', 'source']);
  assert.ok(bad.details.errors.some((e) => e.message.includes('金额')), JSON.stringify(bad.details.errors));
  assertError(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '捐赠', amount_fen: 12.5,
    received_on: '2025-03-01' }), 400, 'invalid_field');
  assertError(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '捐赠', amount_fen: -100,
    received_on: '2025-03-01' }), 422, 'invalid_record');
  assert.equal(assertOk(await office.get(`/api/v1/office/villages/${v.id}`)).totals.funds_fen, 123456790);

  // a record entered by mistake is removed, and the total follows
  const mistake = after.funds.find((f) => f.amount_fen === 1);
  assert.equal((await office.delete(`/api/v1/office/village-funds/${mistake.id}`)).status, 204);
  assert.equal(assertOk(await office.get(`/api/v1/office/villages/${v.id}`)).totals.funds_fen, 123456789);
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_village')).items;
  assert.ok(trail.some((a) => a.action === 'office_village.fund_recorded' && a.object_id === String(v.id)));
  assert.ok(trail.some((a) => a.action === 'office_village.fund_deleted' && a.object_id === String(v.id)));
});

test('villages: duplicates, stale versions and cadres from the staff records', async () => {
  const name = `测试村${++seq}`;
  const v = assertOk(await office.post('/api/v1/office/villages', { name, township: '下廿里铺镇', county: '清涧县' }),
    201);
  assert.deepEqual(fieldsOf(assertError(await office.post('/api/v1/office/villages', { name, township: '下廿里铺镇',
    county: '清涧县' }), 422, 'invalid_record')), ['name']);
  assert.deepEqual(fieldsOf(assertError(await office.post('/api/v1/office/villages', {}), 422, 'invalid_record')),
    ['county', 'name', 'township']);
  const renamed = assertOk(await office.patch(`/api/v1/office/villages/${v.id}`, { name: `${name}（新）`,
    township: '下廿里铺镇', county: '清涧县', version: v.version }));
  assert.equal(renamed.version, v.version + 1);
  assertError(await office.patch(`/api/v1/office/villages/${v.id}`, { name, township: '下廿里铺镇', county: '清涧县',
    version: v.version }), 409, 'stale_version');

  const staffId = Number(srv.db.sql(`SELECT s.id FROM staff s JOIN users u ON u.id = s.user_id WHERE u.username =
    'ganbu' AND u.committee_id = (SELECT id FROM committees WHERE code = 'qingjian')`));
  const dayeStaff = Number(srv.db.sql(`SELECT MIN(id) FROM staff WHERE committee_id = (SELECT id FROM committees
    WHERE code = 'daye')`));
  const wrong = assertError(await office.post(`/api/v1/office/villages/${v.id}/cadres`, { staff_id: dayeStaff,
    role: '', start_date: '2025-05-01', end_date: '2025-04-01' }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(wrong), ['end_date', 'role', 'staff_id'], 'another committee\'s staff is unknown here');
  const withCadre = assertOk(await office.post(`/api/v1/office/villages/${v.id}/cadres`, { staff_id: staffId,
    role: '驻村工作队员', start_date: '2025-05-01' }), 201);
  assert.equal(withCadre.cadres.length, 1);
  assert.equal(withCadre.cadres[0].end_date, '');
  const listed = assertOk(await office.get('/api/v1/office/villages')).items.find((x) => x.id === v.id);
  assert.equal(listed.cadres_now, 1, 'stationed now');
});

test('projects: dated progress, 100% completes, out-of-order dates and bad percentages refused', async () => {
  const v = assertOk(await office.post('/api/v1/office/villages', { name: `测试村${++seq}`, township: '石咀驿镇',
    county: '清涧县' }), 201);
  const bad = assertError(await office.post(`/api/v1/office/villages/${v.id}/projects`, { name: '', kind: 'fruit',
    started_on: '', budget_fen: -1 }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(bad), ['budget_fen', 'kind', 'name', 'started_on']);
  let p = assertOk(await office.post(`/api/v1/office/villages/${v.id}/projects`, { name: '山地苹果园', kind: 'industry',
    budget_fen: 50_000_000, started_on: '2025-03-01' }), 201);
  assert.equal(p.status, 'planned');
  p = assertOk(await office.post(`/api/v1/office/village-projects/${p.id}/progress`, { on_date: '2025-06-01',
    percent: 40, note: '完成栽植' }), 201);
  assert.equal(p.status, 'in_progress');
  assert.equal(p.percent, 40);
  const early = assertError(await office.post(`/api/v1/office/village-projects/${p.id}/progress`, {
    on_date: '2025-05-01', percent: 50 }), 422, 'invalid_record');
  assert.match(early.details.errors[0].message, /2025-06-01/);
  assertError(await office.post(`/api/v1/office/village-projects/${p.id}/progress`, { on_date: '2025-02-01',
    percent: 50 }), 422, 'invalid_record');
  assertError(await office.post(`/api/v1/office/village-projects/${p.id}/progress`, { on_date: '2025-07-01',
    percent: 120 }), 422, 'invalid_record');
  p = assertOk(await office.post(`/api/v1/office/village-projects/${p.id}/progress`, { on_date: '2025-10-01',
    percent: 100 }), 201);
  assert.equal(p.status, 'completed');
  assert.deepEqual(p.progress.map((e) => e.percent), [40, 100]);
  assertError(await office.patch(`/api/v1/office/village-projects/${p.id}`, { name: '山地苹果园', kind: 'industry',
    started_on: '2025-03-01', status: 'suspended', version: p.version - 1 }), 409, 'stale_version');
  const changed = assertOk(await office.patch(`/api/v1/office/village-projects/${p.id}`, { name: '山地苹果示范园',
    kind: 'industry', budget_fen: 60_000_000, started_on: '2025-03-01', status: 'completed', version: p.version }));
  assert.equal(changed.budget_fen, 60_000_000);
  assert.equal(assertOk(await office.get(`/api/v1/office/villages/${v.id}`)).totals.budget_fen, 60_000_000);
});

test('a fund record is corrected after entry: the totals follow, a stale version or bad amount changes nothing', async () => {
  const v = assertOk(await office.post('/api/v1/office/villages', { name: `测试村${++seq}`, township: '折家坪镇',
    county: '清涧县' }), 201);
  const withFund = assertOk(await office.post(`/api/v1/office/villages/${v.id}/funds`, { source: '县财政衔接资金',
    amount_fen: 50_000_00, received_on: '2025-03-01' }), 201);
  const [f] = withFund.funds;
  assert.equal(f.version, 1);
  const fixed = assertOk(await office.patch(`/api/v1/office/village-funds/${f.id}`, { source: '县财政衔接资金（第一批）',
    amount_fen: 80_000_00, received_on: '2024-12-20', note: '按拨款文件更正', version: 1 }));
  assert.deepEqual([fixed.totals.funds_fen, fixed.funds[0].version, fixed.funds[0].note], [80_000_00, 2, '按拨款文件更正']);
  assert.deepEqual(fixed.totals.by_year.map((y) => [y.year, y.funds_fen]), [[2024, 80_000_00]], 'moved to its year');
  assertError(await office.patch(`/api/v1/office/village-funds/${f.id}`, { source: '改', amount_fen: 1,
    received_on: '2025-01-01', version: 1 }), 409, 'stale_version');
  const bad = assertError(await office.patch(`/api/v1/office/village-funds/${f.id}`, { source: '', amount_fen: 0,
    received_on: '2025-13-01', version: 2 }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(bad), ['amount_fen', 'received_on', 'source']);
  assert.deepEqual(assertOk(await office.get(`/api/v1/office/villages/${v.id}`)).funds, fixed.funds, 'nothing changed');
  assertError(await ganbu.patch(`/api/v1/office/village-funds/${f.id}`, { source: '改', amount_fen: 1,
    received_on: '2025-01-01', version: 2 }), 403, 'forbidden');
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_village')).items;
  const entry = trail.find((a) => a.action === 'office_village.fund_updated' && a.object_id === String(v.id));
  assert.deepEqual([entry.summary.before.amount_fen, entry.summary.after.amount_fen], [50_000_00, 80_000_00]);
});

test('a stationed cadre\'s stay ends with an end date: the cadre then shows as former, no longer stationed now', async () => {
  const v = assertOk(await office.post('/api/v1/office/villages', { name: `测试村${++seq}`, township: '宽州镇',
    county: '清涧县' }), 201);
  const staffId = Number(srv.db.sql(`SELECT s.id FROM staff s JOIN users u ON u.id = s.user_id WHERE u.username =
    'ganbu' AND u.committee_id = (SELECT id FROM committees WHERE code = 'qingjian')`));
  const stationed = assertOk(await office.post(`/api/v1/office/villages/${v.id}/cadres`, { staff_id: staffId,
    role: '第一书记', start_date: '2024-03-01' }), 201);
  const [c] = stationed.cadres;
  const cadresNow = async () => assertOk(await office.get('/api/v1/office/villages')).items.find((x) => x.id === v.id)
    .cadres_now;
  assert.equal(await cadresNow(), 1);
  const early = assertError(await office.patch(`/api/v1/office/village-cadres/${c.id}`, { role: '第一书记',
    start_date: '2024-03-01', end_date: '2024-02-01', version: c.version }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(early), ['end_date']);
  const ended = assertOk(await office.patch(`/api/v1/office/village-cadres/${c.id}`, { role: '第一书记',
    start_date: '2024-03-01', end_date: '2025-02-28', version: c.version }));
  assert.deepEqual([ended.cadres[0].end_date, ended.cadres[0].version], ['2025-02-28', c.version + 1]);
  assert.equal(await cadresNow(), 0, 'former: not stationed now');
  assertError(await office.patch(`/api/v1/office/village-cadres/${c.id}`, { role: '队员', start_date: '2024-03-01',
    version: c.version }), 409, 'stale_version');
  assertError(await ganbu.patch(`/api/v1/office/village-cadres/${c.id}`, { role: '队员', start_date: '2024-03-01',
    version: ended.cadres[0].version }), 403, 'forbidden');
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_village')).items;
  const entry = trail.find((a) => a.action === 'office_village.cadre_updated' && a.object_id === String(v.id));
  assert.deepEqual([entry.summary.before.end_date, entry.summary.after.end_date], ['', '2025-02-28']);
});

test('who may: office staff read, members do not; only office administrators write', async () => {
  const [v] = assertOk(await office.get('/api/v1/office/villages')).items;
  assertOk(await ganbu.get(`/api/v1/office/villages/${v.id}`));
  assertError(await ganbu.post(`/api/v1/office/villages/${v.id}/funds`, { source: '捐赠', amount_fen: 100,
    received_on: '2025-01-01' }), 403, 'forbidden');
  assertError(await member.get('/api/v1/office/villages'), 403, 'forbidden');
  assertError(await daye.get(`/api/v1/office/villages/${v.id}`), 404, 'not_found');
});
