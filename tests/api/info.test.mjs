// Social-conditions information (社情民意): members submit (length counted in characters, the committee's own
// limit), staff edit (the original kept), merge (every submitter keeps the credit), select and adopt by level
// with leaders' instructions, scored by the committee's table; duty records credit the members; members see
// only their own; Daye's 2021 信息专报 count comes out of the demo records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin
let member; // qingjian weiyuan
let leader; // qingjian lingdao: reads, does not manage
let unit; // qingjian chengban: no information rights
let daye; // daye office_admin
before(async () => {
  srv = await startServer('info');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
  member = await new Client(srv.url).login('qingjian', 'weiyuan');
  leader = await new Client(srv.url).login('qingjian', 'lingdao');
  unit = await new Client(srv.url).login('qingjian', 'chengban');
  daye = await new Client(srv.url).login('daye', 'bangongshi');
});
after(async () => { await srv?.close(); });

const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const put = (client, path, json) => client.request('PUT', path, { json });
const patch = (client, path, json) => client.patch(path, json);
let seq = 0;
const draft = (extra = {}) => ({ title: `关于改善村道照明的建议${++seq}`, text: '村道夜间无路灯，群众出行不便。建议分批安装太阳能路灯。', ...extra });
/** The duty records of a source, as "member_id:kind:points" strings. */
const duty = (sourceType, sourceId) => srv.db.sql(`SELECT member_id || ':' || kind || ':' || detail FROM duty_records
  WHERE source_type = '${sourceType}' AND source_id = ${sourceId} ORDER BY member_id`).split('\n').filter(Boolean);

async function someMembers(n) {
  return assertOk(await office.get(`/api/v1/members?page_size=${n}`)).items.map((m) => m.id);
}

test('Daye 2021: the product counts 17 信息专报, and the higher adoptions and instructions, from the records', async () => {
  const s = assertOk(await daye.get('/api/v1/info/stats?year=2021'));
  assert.equal(s.adopted.committee, 17, '全年编发《信息专报》17期');
  assert.ok(s.adopted.city > 0 && s.adopted.province > 0 && s.adopted.national === 1, JSON.stringify(s.adopted));
  assert.ok(s.instructions >= 1);
  assert.ok(s.submitted > 17 && s.by_state.merged >= 2, 'more were submitted than adopted; some were merged');
  const list = assertOk(await daye.get('/api/v1/info/items?year=2021&level=committee&page_size=100'));
  assert.equal(list.total, 17, 'the drill-down lists the same 17 items');
  assert.ok(list.items.every((i) => i.state === 'adopted' && i.levels.includes('committee') && i.score >= 5));
  const empty = assertOk(await daye.get('/api/v1/info/stats?year=2019'));
  assert.deepEqual([empty.submitted, empty.adopted.committee, empty.instructions], [0, 0, 0]);
});

test('a member submits; the item is theirs, credited as a duty record, and staff see it', async () => {
  const item = assertOk(await member.post('/api/v1/my/info-items', draft()), 201);
  assert.equal(item.state, 'submitted');
  assert.equal(item.submitters.length, 1);
  assert.equal(item.original_text, item.text);
  assert.equal(duty('info', item.id).length, 1);
  assert.match(duty('info', item.id)[0], /:info_submitted:/);
  assert.equal(assertOk(await office.get(`/api/v1/info/items/${item.id}`)).title, item.title);
  // another member's item is neither listed nor readable for them
  const other = (await someMembers(5)).find((id) => id !== item.submitters[0].member_id);
  const theirs = assertOk(await office.post('/api/v1/info/items', draft({ member_id: other })), 201);
  assert.equal(duty('info', theirs.id).length, 1, 'staff entering a paper report credit the member');
  const mine = assertOk(await member.get('/api/v1/my/info-items?page_size=200'));
  assert.ok(mine.items.some((i) => i.id === item.id));
  assert.ok(!mine.items.some((i) => i.id === theirs.id), 'only items the member submitted');
  assertError(await member.get(`/api/v1/my/info-items/${theirs.id}`), 404, 'not_found');
  assertError(await member.get('/api/v1/info/items'), 403, 'forbidden');
  assertError(await unit.post('/api/v1/my/info-items', draft()), 403, 'forbidden');
  assertError(await member.post('/api/v1/info/items', draft({ member_id: other })), 403, 'forbidden');
});

test('length limit: counted in characters, set per committee; too long is 422 in Chinese and saves nothing', async () => {
  const s = assertOk(await office.get('/api/v1/info/settings'));
  assert.equal(s.max_chars, 1500, 'the default is 1,500 characters');
  assert.deepEqual(Object.fromEntries(s.scores.map((x) => [x.level, x.points])),
    { committee: 5, city: 8, province: 12, national: 20, instruction: 10 });
  assertOk(await member.post('/api/v1/my/info-items', draft({ text: '字'.repeat(1500) })), 201);
  const before = assertOk(await member.get('/api/v1/my/info-items')).total;
  const err = assertError(await member.post('/api/v1/my/info-items', draft({ text: '字'.repeat(1501) })), 422,
    'invalid_record');
  assert.match(err.message, /正文过长（最多 1500 字）/);
  assert.equal(assertOk(await member.get('/api/v1/my/info-items')).total, before, 'nothing saved');

  const set = assertOk(await put(office, '/api/v1/info/settings', { max_chars: 200, version: s.version }));
  assert.equal(set.max_chars, 200);
  assertError(await put(office, '/api/v1/info/settings', { max_chars: 300, version: s.version }), 409, 'stale_version');
  assertError(await put(leader, '/api/v1/info/settings', { max_chars: 300, version: set.version }), 403, 'forbidden');
  const out = assertError(await put(office, '/api/v1/info/settings', { max_chars: 5, version: set.version }), 422,
    'invalid_record');
  assert.match(out.message, /字数上限/);
  // 200 Chinese characters are 600 bytes: within the limit
  assertOk(await member.post('/api/v1/my/info-items', draft({ text: '村'.repeat(200) })), 201);
  assertError(await member.post('/api/v1/my/info-items', draft({ text: '村'.repeat(201) })), 422, 'invalid_record');
  assertOk(await put(office, '/api/v1/info/settings', { max_chars: 1500, version: set.version }));
});

test('staff edit keeps the original; a stale version is 409; another committee gets 404', async () => {
  const item = assertOk(await member.post('/api/v1/my/info-items', draft()), 201);
  const edited = assertOk(await patch(office, `/api/v1/info/items/${item.id}`,
    { title: '关于村道照明的建议', text: '编辑后的正文。', version: item.version }));
  assert.equal(edited.text, '编辑后的正文。');
  assert.equal(edited.original_text, item.text, 'the member\'s original is kept');
  assert.equal(edited.original_title, item.title);
  assert.equal(edited.edited, true);
  assertError(await patch(office, `/api/v1/info/items/${item.id}`, { title: '再改', text: '再改', version: item.version }),
    409, 'stale_version');
  assertError(await patch(leader, `/api/v1/info/items/${item.id}`, { title: '再改', text: '再改', version: edited.version }),
    403, 'forbidden');
  assertError(await daye.get(`/api/v1/info/items/${item.id}`), 404, 'not_found');
  assertError(await patch(daye, `/api/v1/info/items/${item.id}`, { title: '越权', text: '越权', version: edited.version }),
    404, 'not_found');
  assertError(await daye.post(`/api/v1/info/items/${item.id}/adoptions`, { level: 'committee', adopted_on: today() }),
    404, 'not_found');
  assert.equal(assertOk(await office.get(`/api/v1/info/items/${item.id}`)).title, '关于村道照明的建议');
});

test('merge: every submitter keeps the credit; adoption scores each by the table; instructions add the bonus', async () => {
  const [a, b] = await someMembers(2);
  const one = assertOk(await office.post('/api/v1/info/items', draft({ member_id: a })), 201);
  const two = assertOk(await office.post('/api/v1/info/items', draft({ member_id: b })), 201);
  assertError(await office.post('/api/v1/info/items/merge', { ids: [one.id] }), 422, 'invalid_record');
  const merged = assertOk(await office.post('/api/v1/info/items/merge',
    { ids: [one.id, two.id], title: '关于村道照明的综合建议' }));
  assert.equal(merged.id, one.id);
  assert.deepEqual(merged.submitters.map((s) => s.member_id).sort(), [a, b].sort());
  assert.deepEqual(merged.merged_from.map((m) => m.id), [two.id]);
  assert.equal(assertOk(await office.get(`/api/v1/info/items/${two.id}`)).state, 'merged');
  assert.equal(duty('info', two.id).length, 1, 'the second member keeps the submission record');
  assertError(await patch(office, `/api/v1/info/items/${two.id}`, { title: 'x', text: 'x', version: 2 }), 409, 'info_item_merged');

  // an instruction needs an adoption first
  assertError(await office.post(`/api/v1/info/items/${one.id}/instructions`,
    { leader: '县委书记', leader_level: 'local', text: '请研究落实', instructed_on: today() }), 409, 'info_item_not_adopted');
  // the committee changes its table: the city now scores 9
  const s = assertOk(await office.get('/api/v1/info/settings'));
  assertOk(await put(office, '/api/v1/info/settings', { max_chars: s.max_chars, scores: { city: 9 }, version: s.version }));
  const c = assertOk(await office.post(`/api/v1/info/items/${one.id}/adoptions`,
    { level: 'committee', outlet: '信息专报第1期', adopted_on: today() }), 201);
  assert.equal(c.state, 'adopted');
  const city = assertOk(await office.post(`/api/v1/info/items/${one.id}/adoptions`,
    { level: 'city', adopted_on: today() }), 201);
  assertError(await office.post(`/api/v1/info/items/${one.id}/adoptions`, { level: 'city', adopted_on: today() }),
    409, 'info_already_adopted');
  const future = assertError(await office.post(`/api/v1/info/items/${one.id}/adoptions`,
    { level: 'province', adopted_on: '2999-01-01' }), 422, 'invalid_record');
  assert.match(future.message, /采用日期/);
  const done = assertOk(await office.post(`/api/v1/info/items/${one.id}/instructions`,
    { leader: '县委书记', leader_level: 'local', text: '请研究落实', instructed_on: today() }), 201);
  assert.equal(done.score, 5 + 9 + 10);
  assert.equal(done.instructions[0].leader, '县委书记');
  // both members are credited with each adoption and the instruction, with the level and points
  for (const adoption of city.adoptions) {
    const rows = duty('info_adoption', adoption.id);
    assert.equal(rows.length, 2, 'both submitters credited');
    for (const r of rows) assert.match(r, new RegExp(`:info_adopted:.*"level":"${adoption.level}".*"points":${adoption.points}`));
  }
  assert.equal(duty('info_instruction', done.instructions[0].id).length, 2);
  // the member's list filters
  const byLevel = assertOk(await office.get(`/api/v1/info/items?level=city&member_id=${b}&page_size=200`));
  assert.equal(byLevel.items.find((i) => i.id === one.id)?.score, 24, JSON.stringify(byLevel.items.slice(0, 3)));
  assertOk(await put(office, '/api/v1/info/settings', { max_chars: s.max_chars, scores: { city: 8 }, version: s.version + 1 }));
});

test('selection (选题分析) needs an analysis; the leader may read but not select', async () => {
  const item = assertOk(await member.post('/api/v1/my/info-items', draft()), 201);
  const err = assertError(await office.post(`/api/v1/info/items/${item.id}/select`, { analysis: '', version: item.version }),
    422, 'invalid_record');
  assert.match(err.message, /选题分析不能为空/);
  assertError(await leader.post(`/api/v1/info/items/${item.id}/select`, { analysis: '有价值', version: item.version }),
    403, 'forbidden');
  const sel = assertOk(await office.post(`/api/v1/info/items/${item.id}/select`, { analysis: '具有普遍性', version: item.version }));
  assert.equal(sel.state, 'selected');
  assert.equal(assertOk(await leader.get(`/api/v1/info/items?state=selected&page_size=200`)).items.some((i) => i.id === item.id), true);
  const mine = assertOk(await member.get(`/api/v1/my/info-items/${item.id}`));
  assert.equal(mine.state, 'selected', 'the member sees how their item fares');
});
