// Office records changed after entry: the quarterly assessment's scoring sheets edited in place (items, maxima,
// computed or scored), the preview of an assessment's computed parts — plan items done on time, supervised tasks
// done on time, attendance at meetings and Party life — worked out from the records before staff enter the scored
// parts, and recorded publicity articles edited and deleted with the year's reward totals following.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin
let ganbu; // qingjian office staff: reads only
before(async () => {
  srv = await startServer('office-edits');
  [office, ganbu] = await Promise.all([['qingjian', 'bangongshi'], ['qingjian', 'ganbu']]
    .map(([c, u]) => new Client(srv.url).login(c, u)));
});
after(async () => { await srv?.close(); });

const chinaDay = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const thisYear = Number(chinaDay().slice(0, 4));
const lastQuarter = () => {
  const d = new Date(Date.now() + 8 * 3600e3);
  const q = Math.floor(d.getUTCMonth() / 3);
  return q === 0 ? `${d.getUTCFullYear() - 1}Q4` : `${d.getUTCFullYear()}Q${q}`;
};
const round1 = (v) => Math.round(v * 10) / 10;
/** What a computed item must come to: its maximum × the share done, the maximum when there was nothing to do. */
const expected = (i) => (i.total === 0 ? i.max_points : round1((i.max_points * i.done) / i.total));
const put = (client, id, json) => client.request('PUT', `/api/v1/office/assessment/sheets/${id}`, { json });
const itemsOf = (sheet) => sheet.items.map(({ id, name, max_points, source, rule }) => ({ id, name, max_points, source, rule }));

test('sheets: renamed and re-weighted in place; a new computed item added, an unscored one removed; stale, scored and bad sums refused', async () => {
  const bodies = assertOk(await office.get('/api/v1/office/plans?kind=month')).items;
  const body = bodies[0].body_id;
  const sheet = assertOk(await office.post('/api/v1/office/assessment/sheets', { name: `编辑测试评分表${Date.now()}`,
    subject_kind: 'body', items: [{ name: '工作实绩', max_points: 50, rule: '每项差错扣2分' },
      { name: '计划按时完成', max_points: 30, source: 'plan_on_time' }, { name: '工作作风', max_points: 20 }] }), 201);
  assert.equal(sheet.version, 1);
  const [shiji, plan, zuofeng] = sheet.items;
  const quarter = `${thisYear + 2}Q1`;
  const a = assertOk(await office.post('/api/v1/office/assessments', { sheet_id: sheet.id, quarter, subject_id: body,
    scores: [{ item_id: shiji.id, points: 45 }, { item_id: zuofeng.id, points: 18 }] }), 201);

  const edited = assertOk(await put(office, sheet.id, { version: 1, name: `${sheet.name}（修订）`, items: [
    { ...itemsOf(sheet)[0], max_points: 40, rule: '每项差错扣1分' }, itemsOf(sheet)[1], itemsOf(sheet)[2],
    { name: '会议出勤', max_points: 10, source: 'attendance', rule: '按出勤率折算' }] }));
  assert.equal(edited.version, 2);
  assert.equal(edited.name, `${sheet.name}（修订）`);
  assert.deepEqual(edited.items.map((i) => [i.name, i.max_points, i.source]), [['工作实绩', 40, 'scored'],
    ['计划按时完成', 30, 'plan_on_time'], ['工作作风', 20, 'scored'], ['会议出勤', 10, 'attendance']]);
  assert.equal(edited.items[0].id, shiji.id, 'an item sent with its id is changed in place');
  assert.equal(edited.items[0].rule, '每项差错扣1分');
  const kept = assertOk(await office.get(`/api/v1/office/assessments/${a.id}`));
  assert.equal(kept.scores.find((s) => s.item_id === shiji.id).points, 45, 'its scores stay');

  assertError(await put(office, sheet.id, { version: 1, name: sheet.name, items: itemsOf(edited) }), 409, 'stale_version');
  const scored = assertError(await put(office, sheet.id, { version: 2, name: edited.name,
    items: [{ ...itemsOf(edited)[0], max_points: 60 }, itemsOf(edited)[1], itemsOf(edited)[3]] }), 409, 'sheet_item_scored');
  assert.match(scored.message, /工作作风/);
  const notHundred = assertError(await put(office, sheet.id, { version: 2, name: edited.name,
    items: itemsOf(edited).map((i) => ({ ...i, max_points: 10 })) }), 422, 'invalid_record');
  assert.equal(notHundred.details.errors[0].code, 'sheet_not_100');
  const foreign = assertError(await put(office, sheet.id, { version: 2, name: edited.name,
    items: [...itemsOf(edited).slice(0, 3), { ...itemsOf(edited)[3], id: 999999 }] }), 422, 'invalid_record');
  assert.equal(foreign.details.errors[0].code, 'field_unknown_ref');
  assert.deepEqual(assertOk(await office.get(`/api/v1/office/assessment/sheets/${sheet.id}`)), edited, 'nothing changed');

  const removed = assertOk(await put(office, sheet.id, { version: 2, name: edited.name,
    items: [{ ...itemsOf(edited)[0], max_points: 50 }, itemsOf(edited)[1], itemsOf(edited)[2]] }));
  assert.deepEqual(removed.items.map((i) => i.name), ['工作实绩', '计划按时完成', '工作作风'], 'the unscored item went');
  assertError(await put(ganbu, sheet.id, { version: 3, name: 'x', items: [] }), 403, 'forbidden');
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_score_sheet')).items;
  const entry = trail.find((t) => t.action === 'office_score_sheet.updated' && t.object_id === String(sheet.id));
  assert.deepEqual(entry.summary.after.items.map((i) => i.name), ['工作实绩', '计划按时完成', '工作作风'], 'audited');
});

test('preview: the computed parts of last quarter\'s demo assessments come out of the records, before anything is scored', async () => {
  const [sheet] = assertOk(await office.get('/api/v1/office/assessment/sheets')).items.filter((s) => s.subject_kind === 'body');
  const quarter = lastQuarter();
  const assessed = assertOk(await office.get(`/api/v1/office/assessments?quarter=${quarter}&sheet_id=${sheet.id}`)).items;
  assert.ok(assessed.length >= 6);
  let counted = 0;
  for (const row of assessed) {
    const p = assertOk(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=${quarter}&subject_id=${row.subject_id}`));
    assert.equal(p.assessment_id, row.id, 'the preview says it is assessed already');
    const full = assertOk(await office.get(`/api/v1/office/assessments/${row.id}`));
    for (const item of p.items) {
      if (item.source === 'scored') { assert.equal(item.points, undefined); continue; }
      assert.equal(item.points, expected(item), `${item.name}: ${item.done}/${item.total}`);
      assert.equal(item.points, full.scores.find((s) => s.item_id === item.item_id).points, 'as the saved assessment');
      counted += item.total;
    }
    assert.equal(p.computed_total, round1(p.items.reduce((s, i) => s + (i.points ?? 0), 0)));
  }
  assert.ok(counted > 0, 'the demo planned and assigned work last quarter');
  const later = assertOk(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=${thisYear + 3}Q2&subject_id=${assessed[0].subject_id}`));
  assert.equal(later.assessment_id, null);
  assert.ok(later.items.filter((i) => i.source !== 'scored').every((i) => i.total === 0 && i.points === i.max_points),
    'nothing to do: full marks');
  assertError(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=2026Q5&subject_id=${assessed[0].subject_id}`), 400, 'invalid_field');
  assertError(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=${quarter}&subject_id=999999`), 422, 'invalid_record');
  assertError(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=${quarter}`), 400, 'missing_field');
});

test('attendance: a staff sheet\'s attendance item is the share of meetings and Party life attended', async () => {
  const sheet = assertOk(await office.post('/api/v1/office/assessment/sheets', { name: `出勤评分表${Date.now()}`,
    subject_kind: 'staff', items: [{ name: '会议和组织生活出勤', max_points: 20, source: 'attendance' },
      { name: '工作实绩', max_points: 80 }] }), 201);
  const staff = assertOk(await office.get('/api/v1/staff?page_size=100')).items;
  const quarters = [lastQuarter(), `${thisYear}Q${Math.floor(new Date(Date.now() + 8 * 3600e3).getUTCMonth() / 3) + 1}`];
  let invited = 0;
  for (const quarter of quarters)
    for (const s of staff) {
      const p = assertOk(await office.get(`/api/v1/office/assessments/preview?sheet_id=${sheet.id}&quarter=${quarter}&subject_id=${s.id}`));
      const item = p.items[0];
      assert.ok(item.done <= item.total);
      assert.equal(item.points, expected(item));
      invited += item.total;
    }
  assert.ok(invited > 0, 'the demo\'s Party life invited staff');
});

test('articles: an edit to another level takes that level\'s reward, a delete takes it out of the totals; stale refused', async () => {
  const staffId = assertOk(await office.get('/api/v1/office/articles?author_kind=staff&page_size=1')).items[0].author_id;
  const rules = Object.fromEntries(assertOk(await office.get('/api/v1/office/publicity/reward-rules')).items
    .map((r) => [r.level, r.amount]));
  const year = thisYear + 1; // a year of its own, so the totals move by this article only
  const totals = async () => assertOk(await office.get(`/api/v1/office/publicity/totals?year=${year}`));
  const before = await totals();
  const a = assertOk(await office.post('/api/v1/office/articles', { title: '政协委员助力乡村振兴', outlet: '榆林日报',
    level: 'county', published_on: `${year}-03-01`, author_id: staffId }), 201);
  assert.equal(a.reward, rules.county);
  assert.notEqual(rules.county, rules.provincial);
  const edited = assertOk(await office.patch(`/api/v1/office/articles/${a.id}`, { title: a.title, outlet: '陕西日报',
    level: 'provincial', published_on: a.published_on, author_id: staffId, version: a.version }));
  assert.deepEqual([edited.reward, edited.outlet, edited.version], [rules.provincial, '陕西日报', a.version + 1]);
  assert.equal((await totals()).reward, before.reward + rules.provincial, 'the totals follow the edit');
  const bad = assertError(await office.patch(`/api/v1/office/articles/${a.id}`, { title: '', outlet: '陕西日报',
    level: 'national', published_on: a.published_on, author_id: staffId, version: edited.version }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['level', 'title']);
  assertError(await office.request('DELETE', `/api/v1/office/articles/${a.id}`, { json: { version: a.version } }),
    409, 'stale_version');
  assertError(await ganbu.request('DELETE', `/api/v1/office/articles/${a.id}`, { json: { version: edited.version } }),
    403, 'forbidden');
  assert.equal(assertOk(await office.get(`/api/v1/office/articles/${a.id}`)).version, edited.version, 'still there');
  assert.equal((await office.request('DELETE', `/api/v1/office/articles/${a.id}`, { json: { version: edited.version } }))
    .status, 204);
  const after = await totals();
  assert.deepEqual([after.articles, after.reward], [before.articles, before.reward]);
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_article')).items
    .filter((x) => x.object_id === String(a.id)).map((x) => x.action);
  assert.deepEqual(trail.sort(), ['office_article.created', 'office_article.deleted', 'office_article.updated']);
});
