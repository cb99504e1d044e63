// Turning results into action (成果转化): reports run 呈报 → 签批 → 交办 → 督办 → 反馈 → 通报 → 考核 on the workflow
// engine; leaders sign, staff assign, units acknowledge and report back with outcomes; the rates and tallies
// come out of the records — Daye's 2021 gives the 100%, 100%, 100% and 78.8% of its report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin
let leader; // qingjian leader (lingdao)
let unit; // qingjian handling unit (chengban)
let otherUnit; // another qingjian unit's sign-in
let committeeStaff; // qingjian 专委会工作人员
let dayeLeader;
let unitId;
let otherUnitId;
before(async () => {
  srv = await startServer('conversion');
  const login = (c, u) => new Client(srv.url).login(c, u);
  office = await login('qingjian', 'bangongshi');
  leader = await login('qingjian', 'lingdao');
  unit = await login('qingjian', 'chengban');
  committeeStaff = await login('qingjian', 'zhuanwei');
  dayeLeader = await login('daye', 'lingdao');
  const cid = "(SELECT id FROM committees WHERE code = 'qingjian')";
  unitId = Number(srv.db.sql(`SELECT uu.unit_id FROM user_units uu JOIN users u ON u.id = uu.user_id
    WHERE u.username = 'chengban' AND u.committee_id = ${cid}`));
  const [other, otherUser] = srv.db.sql(`SELECT uu.unit_id || ' ' || u.username FROM user_units uu
    JOIN users u ON u.id = uu.user_id WHERE u.committee_id = ${cid} AND uu.unit_id <> ${unitId}
    ORDER BY uu.unit_id LIMIT 1`).split(' ');
  otherUnitId = Number(other);
  otherUnit = await login('qingjian', otherUser);
});
after(async () => { await srv?.close(); });

const RATES = ['instruction_rate', 'assignment_rate', 'acknowledgement_rate', 'completion_rate'];
const round3 = (x) => Math.round(x * 1000) / 1000;
let seq = 0;

/** A new qingjian report submitted by the office, in `year` (a past year keeps it apart from the demo's). */
async function submit(year = 2019, kind = 'advice') {
  return assertOk(await office.post('/api/v1/conversion/reports', {
    kind, title: `测试建言要报${++seq}：关于测试事项的建议`, body: '一、情况……二、建议……',
    submitted_on: `${year}-05-0${1 + (seq % 8)}`,
  }), 201);
}
const post = (client, id, action, body = {}) => client.post(`/api/v1/conversion/reports/${id}/${action}`, body);
/** A report signed by the leader and assigned to the demo unit (and `more` other assignees). */
async function assigned(year = 2019, more = {}) {
  const r = await submit(year);
  assertOk(await post(leader, r.id, 'instruct', { text: '请抓紧研究落实。' }));
  return assertOk(await post(office, r.id, 'assign', { unit_ids: [unitId], ...more }));
}

// ---------------------------------------------------------------- the demo's figures

test('Daye 2021: the product computes 批示率 100%, 交办率 100%, 承办率 100%, 办成率 78.8% and the tallies', async () => {
  const m = assertOk(await dayeLeader.get('/api/v1/conversion/metrics?year=2021'));
  for (const k of ['submitted', 'instructed', 'assigned', 'acknowledged', 'completed', ...RATES, 'outcomes']) {
    assert.ok(k in m, `metrics has ${k}`);
  }
  assert.deepEqual(Object.keys(m.outcomes).sort(), ['documents', 'incidents', 'matters', 'problems']);
  assert.equal(m.year, 2021);
  assert.deepEqual([m.submitted, m.instructed, m.assigned, m.acknowledged, m.completed], [99, 99, 99, 99, 78]);
  assert.deepEqual(RATES.map((r) => round3(m[r])), [1, 1, 1, 0.788]);
  assert.ok(RATES.every((r) => typeof m[r] === 'number' && m[r] <= 1), 'rates are fractions');
  assert.deepEqual(m.outcomes, { documents: 39, problems: 85, incidents: 11, matters: 113 });
  assert.deepEqual(m.explanations, {}, 'nothing to explain when every denominator is positive');
  const byType = Object.fromEntries(m.by_type.map((t) => [t.type, t]));
  assert.equal(byType.advice.submitted, 56, '56 建言要报');
  assert.equal(byType.information.submitted, 17, '17 信息专报');
  assert.equal(byType.advice.name_zh, '建言要报');
  assert.equal(m.by_type.reduce((s, t) => s + t.completed, 0), 78, 'the types add up to the whole');
  assert.equal(m.by_type.reduce((s, t) => s + t.outcomes.matters, 0), 113);
  for (const r of RATES) {
    assert.match(m.definitions[r].zh, /÷/, `${r} has its Chinese definition`);
    assert.ok(m.definitions[r].en.length > 10, `${r} has its English definition`);
  }
  assert.equal(m.definitions.completion_rate.name_zh, '办成率');
  assert.ok(m.years.includes(2021));
});

test('metrics per type: 信息专报 alone', async () => {
  const m = assertOk(await dayeLeader.get('/api/v1/conversion/metrics?year=2021&type=information'));
  assert.equal(m.type, 'information');
  assert.equal(m.submitted, 17);
  assert.deepEqual(m.by_type.map((t) => t.type), ['information']);
  assertError(await dayeLeader.get('/api/v1/conversion/metrics?year=2021&type=poem'), 400, 'invalid_field');
});

test('each figure drills down to the reports behind it', async () => {
  const items = async (figure) =>
    assertOk(await dayeLeader.get(`/api/v1/conversion/metrics/items?year=2021&figure=${figure}`));
  const completed = await items('completed');
  assert.equal(completed.total, 78);
  assert.ok(completed.items.every((r) => r.state === 'assessed'), 'completed items were notified and assessed');
  const documents = await items('documents');
  assert.equal(documents.items.reduce((s, r) => s + r.outcomes.documents, 0), 39);
  assert.ok(documents.items.every((r) => r.outcomes.documents > 0));
  assert.equal((await items('submitted')).total, 99);
  const r = assertOk(await dayeLeader.get(`/api/v1/conversion/reports/${completed.items[0].id}`));
  assert.equal(r.instructions.length, 1);
  assert.ok(r.assignments.every((a) => a.completed === true && a.acknowledged_at));
  assert.deepEqual(r.case.history.map((h) => h.transition_code).slice(0, 3), ['start', 'instruct', 'assign']);
  assertError(await dayeLeader.get('/api/v1/conversion/metrics/items?year=2021&figure=everything'), 400,
    'invalid_field');
});

test('a year with no reports: zeros with an explanation for each rate, never a division error', async () => {
  const m = assertOk(await dayeLeader.get('/api/v1/conversion/metrics?year=1990'));
  assert.deepEqual([m.submitted, m.instructed, m.assigned, m.acknowledged, m.completed], [0, 0, 0, 0, 0]);
  assert.deepEqual(RATES.map((r) => m[r]), [0, 0, 0, 0]);
  for (const r of RATES) assert.match(m.explanations[r].zh, /记为 0/);
  assert.deepEqual(m.outcomes, { documents: 0, problems: 0, incidents: 0, matters: 0 });
  assertError(await dayeLeader.get('/api/v1/conversion/metrics?year=abc'), 400, 'invalid_field');
});

// ---------------------------------------------------------------- the chain

test('the whole chain: 呈报 → 签批 → 交办 → 督办 → 承办 → 反馈 → 通报 → 考核, and the year\'s rates follow', async () => {
  const year = 2018;
  const before = assertOk(await office.get(`/api/v1/conversion/metrics?year=${year}`));
  assert.equal(before.submitted, 0);

  let r = await submit(year);
  assert.equal(r.state, 'submitted');
  assert.equal(r.year, year);
  assert.deepEqual(r.case.available_transitions.map((t) => t.code), [], 'the office cannot sign');

  const seen = assertOk(await leader.get(`/api/v1/conversion/reports/${r.id}`));
  assert.ok(seen.case.available_transitions.some((t) => t.code === 'instruct'), 'the leader may sign');
  r = assertOk(await post(leader, r.id, 'instruct', { text: '所提建议很好，请县政府研究落实。', signed_on: `${year}-05-20`,
    version: seen.version }));
  assert.equal(r.state, 'instructed');
  assert.equal(r.instructions[0].text, '所提建议很好，请县政府研究落实。');
  assert.equal(r.instructions[0].signed_on, `${year}-05-20`);
  const me = assertOk(await leader.get('/api/v1/me'));
  assert.equal(r.instructions[0].leader_name, me.display_name ?? me.user.display_name, 'signed by the leader signed in');

  r = assertOk(await post(office, r.id, 'assign', { unit_ids: [unitId], vice_mayor: '分管副县长', note: '请按时反馈' }));
  assert.equal(r.state, 'assigned');
  assert.deepEqual(r.assignments.map((a) => a.target), ['unit', 'vice_mayor']);
  const viceMayor = r.assignments.find((a) => a.target === 'vice_mayor');

  r = assertOk(await post(committeeStaff, r.id, 'steps', { transition: 'supervise', note: '请加快办理进度' }));
  assert.equal(r.state, 'assigned', '督办 keeps the state');

  // the unit sees it in its inbox and acts for itself only
  const inbox = assertOk(await unit.get('/api/v1/conversion/inbox?page_size=200')).items;
  assert.ok(inbox.some((x) => x.id === r.id));
  const mine = assertOk(await unit.get(`/api/v1/conversion/reports/${r.id}`));
  assert.deepEqual(mine.assignments.map((a) => a.mine), [true, false]);
  r = assertOk(await post(unit, r.id, 'acknowledge'));
  assert.equal(r.state, 'handling');
  r = assertOk(await post(unit, r.id, 'feedback', { completed: true, feedback: '已全部落实。', documents: 2,
    problems: 3, incidents: 1, matters: 4, outcome_text: '出台文件2件' }));
  assert.equal(r.state, 'handling', 'the vice-mayor has not reported back yet');
  // the office records the vice-mayor's on paper
  r = assertOk(await post(office, r.id, 'acknowledge', { assignment_id: viceMayor.id }));
  r = assertOk(await post(office, r.id, 'feedback', { assignment_id: viceMayor.id, completed: true,
    feedback: '已协调解决。', problems: 1 }));
  assert.equal(r.state, 'reported');
  r = assertOk(await post(office, r.id, 'steps', { transition: 'notify', note: '在全县通报办理结果' }));
  assert.equal(r.state, 'notified');
  r = assertOk(await post(office, r.id, 'steps', { transition: 'assess', note: '纳入年度考核' }));
  assert.equal(r.state, 'assessed');
  assert.equal(r.case.final, true);
  const codes = r.case.history.map((h) => h.transition_code);
  assert.deepEqual(codes, ['start', 'instruct', 'assign', 'supervise', 'acknowledge', 'report_back', 'acknowledge',
    'feedback_complete', 'notify', 'assess']);

  const m = assertOk(await office.get(`/api/v1/conversion/metrics?year=${year}`));
  assert.deepEqual([m.submitted, m.instructed, m.assigned, m.acknowledged, m.completed], [1, 1, 1, 1, 1]);
  assert.deepEqual(RATES.map((x) => m[x]), [1, 1, 1, 1]);
  assert.deepEqual(m.outcomes, { documents: 2, problems: 4, incidents: 1, matters: 4 });

  // a second report, signed but not yet assigned, halves the assignment rate
  const s = await submit(year);
  assertOk(await post(leader, s.id, 'instruct', { text: '阅。' }));
  const m2 = assertOk(await office.get(`/api/v1/conversion/metrics?year=${year}`));
  assert.equal(m2.assignment_rate, 0.5);
  assert.equal(m2.completion_rate, 1);
});

test('one unit reporting not done leaves the report not completed', async () => {
  const year = 2017;
  const r = await assigned(year, { unit_ids: [unitId, otherUnitId] });
  assertOk(await post(unit, r.id, 'acknowledge'));
  assertOk(await post(otherUnit, r.id, 'acknowledge'));
  assertOk(await post(unit, r.id, 'feedback', { completed: true, feedback: '已办结。', matters: 1 }));
  const done = assertOk(await post(otherUnit, r.id, 'feedback', { completed: false, feedback: '条件不具备，暂未办成。' }));
  assert.equal(done.state, 'reported');
  const m = assertOk(await office.get(`/api/v1/conversion/metrics?year=${year}`));
  assert.equal(m.acknowledgement_rate, 1);
  assert.equal(m.completion_rate, 0);
  assert.equal(m.outcomes.matters, 1);
});

// ---------------------------------------------------------------- bad input

test('signing without the leader role is 403, and nothing changes', async () => {
  const r = await submit();
  for (const who of [office, committeeStaff, unit]) {
    assertError(await post(who, r.id, 'instruct', { text: '同意。' }), 403, 'forbidden');
  }
  const after = assertOk(await office.get(`/api/v1/conversion/reports/${r.id}`));
  assert.equal(after.state, 'submitted');
  assert.deepEqual(after.instructions, []);
});

test('reporting back on an item not assigned to your unit is 404; so is reading it', async () => {
  const r = await assigned();
  assertError(await post(otherUnit, r.id, 'acknowledge'), 404, 'not_found');
  assertError(await post(otherUnit, r.id, 'feedback', { completed: true, feedback: '已办结。' }), 404, 'not_found');
  assertError(await otherUnit.get(`/api/v1/conversion/reports/${r.id}`), 404, 'not_found');
  assert.ok(!assertOk(await otherUnit.get('/api/v1/conversion/inbox?page_size=200')).items.some((x) => x.id === r.id));
  // naming the other unit's assignment does not help the demo unit either
  const s = await assigned(2019, { unit_ids: [otherUnitId] });
  assertError(await post(unit, s.id, 'acknowledge', { assignment_id: s.assignments[0].id }), 404, 'not_found');
});

test('completing twice is 409; so is acknowledging twice or reporting before acknowledging', async () => {
  const r = await assigned();
  const early = assertError(await post(unit, r.id, 'feedback', { completed: true, feedback: '已办结。' }), 409,
    'not_acknowledged');
  assert.match(early.message, /先签收/);
  assertOk(await post(unit, r.id, 'acknowledge'));
  assertError(await post(unit, r.id, 'acknowledge'), 409, 'already_acknowledged');
  assertOk(await post(unit, r.id, 'feedback', { completed: true, feedback: '已办结。', documents: 1 }));
  const twice = assertError(await post(unit, r.id, 'feedback', { completed: true, feedback: '再次办结。', documents: 5 }),
    409, 'already_reported');
  assert.match(twice.message, /不能重复/);
  const now = assertOk(await office.get(`/api/v1/conversion/reports/${r.id}`));
  assert.equal(now.assignments[0].documents, 1, 'the first report back stands');
});

test('steps out of order are 409 with what is allowed; a stale version is 409', async () => {
  const r = await submit();
  const e = assertError(await post(office, r.id, 'assign', { unit_ids: [unitId] }), 409, 'transition_not_allowed');
  assert.equal(e.details.state, '已呈报');
  assertError(await post(office, r.id, 'steps', { transition: 'notify', note: '通报' }), 409, 'transition_not_allowed');
  const signed = assertOk(await post(leader, r.id, 'instruct', { text: '请研究。', version: r.version }));
  assertError(await post(leader, r.id, 'instruct', { text: '再批。', version: r.version }), 409, 'stale_version');
  assert.equal(assertOk(await office.get(`/api/v1/conversion/reports/${r.id}`)).instructions.length,
    signed.instructions.length);
});

test('invalid input is 422 with Chinese messages per field and saves nothing', async () => {
  const total = assertOk(await office.get('/api/v1/conversion/reports?year=2016')).total;
  const e = assertError(await office.post('/api/v1/conversion/reports', { kind: 'poem', title: '',
    submitted_on: '2016-13-01' }), 422, 'invalid_record');
  assert.deepEqual(e.details.errors.map((x) => x.field).sort(), ['kind', 'submitted_on', 'title']);
  assert.ok(e.details.errors.every((x) => /[\u4e00-\u9fff]/.test(x.message)));
  assert.equal(assertOk(await office.get('/api/v1/conversion/reports?year=2016')).total, total);

  const r = await submit();
  assertError(await post(leader, r.id, 'instruct', { text: '' }), 422, 'invalid_record');
  const noTarget = assertError(await post(office, r.id, 'assign', {}), 422, 'invalid_record');
  assert.ok(noTarget.details.errors.length > 0);
  assertOk(await post(leader, r.id, 'instruct', { text: '同意。' }));
  const unknown = assertError(await post(office, r.id, 'assign', { unit_ids: [999999] }), 422, 'invalid_record');
  assert.equal(unknown.details.errors[0].field, 'unit_ids');
  const s = await assigned();
  assertOk(await post(unit, s.id, 'acknowledge'));
  const bad = assertError(await post(unit, s.id, 'feedback', { feedback: '', documents: -1 }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((x) => x.field).sort(), ['completed', 'documents', 'feedback']);
});

test('lists filter by year, type and state; members see nothing of it', async () => {
  const r = await submit(2015, 'inspection');
  const list = assertOk(await office.get('/api/v1/conversion/reports?year=2015&type=inspection&state=submitted'));
  assert.ok(list.items.some((x) => x.id === r.id));
  assert.ok(list.items.every((x) => x.kind === 'inspection' && x.year === 2015 && x.state === 'submitted'));
  assert.equal(list.items[0].kind_name_zh, '视察报告');
  const member = await new Client(srv.url).login('qingjian', 'weiyuan');
  assertError(await member.get('/api/v1/conversion/reports'), 403, 'forbidden');
  assertError(await member.get(`/api/v1/conversion/reports/${r.id}`), 404, 'not_found');
  assertError(await member.get('/api/v1/conversion/metrics?year=2021'), 403, 'forbidden');
});

test('Qingjian has a year of its own, and this year\'s reports wait for their next steps', async () => {
  const m = assertOk(await leader.get('/api/v1/conversion/metrics?year=2022'));
  assert.ok(m.submitted >= 20 && m.submitted < 99);
  assert.equal(m.instruction_rate, 1);
  assert.ok(m.completion_rate > 0 && m.completion_rate < 1);
  const thisYear = new Date(Date.now() + 8 * 3600e3).getUTCFullYear();
  const waiting = assertOk(await leader.get(`/api/v1/conversion/reports?year=${thisYear}&state=submitted`));
  assert.ok(waiting.total >= 2, 'reports wait for the leader to sign');
  const inbox = assertOk(await unit.get('/api/v1/conversion/inbox')).items;
  assert.ok(inbox.length >= 1, 'the demo unit has an item to handle');
});
