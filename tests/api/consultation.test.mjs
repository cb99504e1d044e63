// Consultation and democratic supervision: the five-step topic pipeline, each step taken only by the people it
// belongs to, ending in the annual plan (JSON and print); consultation activities by form with participants,
// speeches and reports; supervision items by mode with visits, letters and follow-ups; members credited with
// duty records; another committee's objects are 404; stale versions 409.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; let member; let unit; let leader; let party; let daye;
before(async () => {
  srv = await startServer('consultation');
  const as = (u, c = 'qingjian') => new Client(srv.url).login(c, u);
  [office, member, unit, leader, party, daye] = await Promise.all([
    as('bangongshi'), as('weiyuan'), as('chengban'), as('lingdao'), as('dangzheng'), as('bangongshi', 'daye')]);
});
after(async () => { await srv?.close(); });

const year = Number(new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 4));
const today = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const FORMS = ['plenary', 'standing', 'counterpart', 'sector', 'proposal', 'grassroots'];
const MODES = ['stationed', 'special', 'joint', 'follow_up'];
const dutyKinds = (sourceType, sourceId) => srv.db.sql(`SELECT kind FROM duty_records WHERE source_type = '${sourceType}'
  AND source_id = ${sourceId} ORDER BY member_id`).split('\n').filter(Boolean);
const step = (client, topic, transition, extra = {}) => client.post(`/api/v1/consultation/topics/${topic.id}/steps`,
  { transition, version: topic.version, ...extra });
let seq = 0;

async function refs() {
  const bodies = assertOk(await office.get('/api/v1/org/bodies')).items;
  const units = assertOk(await office.get('/api/v1/org/units?page_size=10')).items;
  const members = assertOk(await office.get('/api/v1/members?page_size=6')).items;
  return { body: bodies[bodies.length - 1].id, units: units.map((u) => u.id), members: members.map((m) => m.id) };
}

test('a topic moves through the five steps, each only by its own people, into the annual plan', async () => {
  const { body } = await refs();
  let t = assertOk(await member.post('/api/v1/consultation/topics',
    { title: `关于发展乡村旅游的协商课题${++seq}`, description: '委员征题', year }), 201);
  assert.equal(t.state, 'proposed');
  assert.ok(t.member_id, 'the proposing member is recorded');
  assert.deepEqual(t.case.available_transitions.map((x) => x.code), [], 'a member has no further step');
  // each step refused to those it does not belong to
  for (const who of [member, leader, office, party]) assertError(await step(who, t, 'recommend'), 403, 'forbidden');
  t = assertOk(await step(unit, t, 'recommend', { note: '本部门推荐' }));
  assert.equal(t.state, 'recommended');
  for (const who of [member, unit, office, party]) assertError(await step(who, t, 'pick'), 403, 'forbidden');
  assertError(await step(leader, t, 'select'), 409, 'transition_not_allowed'); // not yet, and not theirs (below)
  const stale = t;
  t = assertOk(await step(leader, t, 'pick'));
  assert.equal(t.state, 'picked');
  assertError(await step(office, stale, 'select', { form: 'sector', planned_month: `${year}-05`, lead_body_id: body }),
    409, 'stale_version');
  for (const who of [member, unit, leader, party]) assertError(await step(who, t, 'select'), 403, 'forbidden');
  const bad = assertError(await step(office, t, 'select', { form: 'tea_party', planned_month: `${year + 3}-05` }), 422,
    'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['form', 'lead_body_id', 'planned_month']);
  assert.match(bad.message, /协商形式/);
  t = assertOk(await step(office, t, 'select', { form: 'sector', planned_month: `${year}-05`, lead_body_id: body }));
  assert.equal(t.state, 'selected');
  assert.equal(t.form_name, '界别协商');
  for (const who of [member, unit, leader, office]) assertError(await step(who, t, 'decide'), 403, 'forbidden');
  t = assertOk(await step(party, t, 'decide', { note: '同意' }));
  assert.equal(t.state, 'decided');
  assert.deepEqual(t.case.history.map((h) => h.to_state ?? h.to).filter(Boolean).slice(-4),
    ['recommended', 'picked', 'selected', 'decided']);
  assertError(await step(party, t, 'decide'), 409, 'transition_not_allowed');

  const plan = assertOk(await member.get(`/api/v1/consultation/plan?year=${year}`));
  const entry = plan.items.find((x) => x.id === t.id);
  assert.equal(entry.planned_month, `${year}-05`);
  assert.ok(plan.items.every((x) => x.state === 'decided'));
  const print = await office.get(`/api/v1/consultation/plan/print?year=${year}`);
  assert.equal(print.status, 200);
  assert.match(print.headers.get('content-type'), /text\/html/);
  assert.ok(print.text.includes(`${year}年度协商计划`) && print.text.includes(t.title) && print.text.includes('5月'));
  assertError(await daye.get(`/api/v1/consultation/topics/${t.id}`), 404, 'not_found');
  assertError(await daye.post(`/api/v1/consultation/topics/${t.id}/steps`, { transition: 'set_aside' }), 404, 'not_found');
});

test('a department\'s own topic is recommended at once; staff may set a topic aside; bad input is refused', async () => {
  const t = assertOk(await unit.post('/api/v1/consultation/topics', { title: `部门荐题${++seq}` }), 201);
  assert.equal(t.state, 'recommended');
  assert.ok(t.unit_name, 'the recommending department is recorded');
  const aside = assertOk(await step(office, t, 'set_aside', { note: '已列入常规工作' }));
  assert.equal(aside.state, 'set_aside');
  const err = assertError(await member.post('/api/v1/consultation/topics', { title: '', year: year + 5 }), 422,
    'invalid_record');
  assert.match(err.message, /题目不能为空/);
  assertError(await leader.post('/api/v1/consultation/topics', { title: '领导不征题' }), 403, 'forbidden');
});

test('demo: both committees have this year\'s plan, a topic board in every step, activities of each form and supervision of each mode', async () => {
  for (const c of [office, daye]) {
    const plan = assertOk(await c.get(`/api/v1/consultation/plan?year=${year}`));
    assert.ok(plan.total >= 6, 'six topics decided');
    const states = new Set(assertOk(await c.get(`/api/v1/consultation/topics?year=${year}`)).items.map((x) => x.state));
    for (const s of ['proposed', 'picked', 'decided', 'set_aside']) assert.ok(states.has(s), `a topic ${s}`);
    const acts = assertOk(await c.get(`/api/v1/consultation/activities?year=${year}&page_size=100`)).items;
    for (const f of FORMS) assert.ok(acts.some((a) => a.form === f && a.speech_count >= 3 && a.report_count >= 1), f);
    const sup = assertOk(await c.get(`/api/v1/consultation/supervision?year=${year}&page_size=100`)).items;
    for (const m of MODES) assert.ok(sup.some((s) => s.mode === m && s.member_count >= 4), m);
  }
});

test('activities: participants, speeches and reports; members credited; stale 409; 404 across committees', async () => {
  const { units, members } = await refs();
  const bad = assertError(await office.post('/api/v1/consultation/activities', { form: 'banquet', title: '', held_on: '2026-13-01' }),
    422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['form', 'held_on', 'title']);
  assertError(await member.post('/api/v1/consultation/activities', { form: 'sector', title: 'x', held_on: today() }), 403, 'forbidden');
  const a = assertOk(await office.post('/api/v1/consultation/activities', {
    form: 'counterpart', title: '对口协商：农村饮水安全', held_on: today(), place: '水利局会议室',
    member_ids: members.slice(0, 3), unit_ids: units.slice(0, 1), leaders: [{ name: '张副县长', title: '副县长' }],
  }), 201);
  assert.equal(a.form_name, '对口协商');
  assert.equal(a.people.members.length, 3);
  assert.equal(a.people.departments.length, 1);
  assert.deepEqual(a.people.leaders, [{ name: '张副县长', title: '副县长' }]);
  assert.deepEqual(dutyKinds('consultation_activity', a.id), ['consultation', 'consultation', 'consultation']);

  const entries = assertOk(await office.post(`/api/v1/consultation/activities/${a.id}/entries`,
    { kind: 'speech', member_id: members[0], title: '保障饮水安全', text: '建议加快管网改造。' }), 201);
  assert.equal(entries.speech[0].person, a.people.members.find((m) => m.member_id === members[0]).name);
  assert.deepEqual(dutyKinds('consultation_entry', entries.speech[0].id), ['speech']);
  assertOk(await office.post(`/api/v1/consultation/activities/${a.id}/entries`,
    { kind: 'report', category: '建言要报', title: '关于农村饮水安全的建言要报', text: '建议……' }), 201);
  assertError(await office.post(`/api/v1/consultation/activities/${a.id}/entries`, { kind: 'visit', place: 'x' }), 422,
    'invalid_record');
  const noSpeaker = assertError(await office.post(`/api/v1/consultation/activities/${a.id}/entries`,
    { kind: 'speech', text: '发言' }), 422, 'invalid_record');
  assert.match(noSpeaker.message, /发言人/);

  const full = assertOk(await office.get(`/api/v1/consultation/activities/${a.id}`));
  assert.equal(full.entries.report[0].category, '建言要报');
  // dropping a member from the participants takes their record away
  const upd = assertOk(await office.patch(`/api/v1/consultation/activities/${a.id}`, {
    form: 'counterpart', title: full.title, held_on: full.held_on, member_ids: members.slice(0, 2), version: full.version,
  }));
  assert.equal(upd.people.members.length, 2);
  assert.equal(dutyKinds('consultation_activity', a.id).length, 2);
  assertError(await office.patch(`/api/v1/consultation/activities/${a.id}`,
    { form: 'counterpart', title: 'x', held_on: today(), version: full.version }), 409, 'stale_version');
  assertError(await daye.get(`/api/v1/consultation/activities/${a.id}`), 404, 'not_found');
  assertError(await daye.post(`/api/v1/consultation/activities/${a.id}/entries`, { kind: 'speech', person: 'x', text: 'x' }),
    404, 'not_found');
  const dayeMember = assertOk(await daye.get('/api/v1/members?page_size=1')).items[0].id;
  const foreign = assertError(await office.patch(`/api/v1/consultation/activities/${a.id}`,
    { form: 'counterpart', title: 'x', held_on: today(), member_ids: [dayeMember], version: upd.version }), 422, 'invalid_record');
  assert.equal(foreign.details.errors[0].field, 'member_ids', 'another committee\'s member cannot take part');
});

test('supervision: team, departments, visits, letters and follow-ups; team credited; leader reads only', async () => {
  const { units, members } = await refs();
  const s = assertOk(await office.post('/api/v1/consultation/supervision', {
    mode: 'special', subject: '农村饮水安全专项监督', started_on: today(), findings: '部分管网老化',
    member_ids: members.slice(0, 2), unit_ids: units.slice(0, 2),
  }), 201);
  assert.equal(s.mode_name, '专项监督');
  assert.deepEqual(dutyKinds('supervision_item', s.id), ['supervision', 'supervision']);
  assertOk(await office.post(`/api/v1/consultation/supervision/${s.id}/entries`,
    { kind: 'visit', place: '城关镇', text: '实地查看' }), 201);
  const letters = assertOk(await office.post(`/api/v1/consultation/supervision/${s.id}/entries`,
    { kind: 'letter', person: '县水利局', text: '民主监督建议书', entry_date: today() }), 201);
  assert.equal(letters.letter[0].person, '县水利局');
  assertOk(await office.post(`/api/v1/consultation/supervision/${s.id}/entries`, { kind: 'follow_up', text: '已整改' }), 201);
  const noAddressee = assertError(await office.post(`/api/v1/consultation/supervision/${s.id}/entries`,
    { kind: 'letter', text: '建议书' }), 422, 'invalid_record');
  assert.match(noAddressee.message, /收件单位/);
  assertError(await office.post(`/api/v1/consultation/supervision/${s.id}/entries`, { kind: 'speech', person: 'x', text: 'x' }),
    422, 'invalid_record');
  const got = assertOk(await leader.get(`/api/v1/consultation/supervision/${s.id}`));
  assert.deepEqual([got.entries.visit.length, got.entries.letter.length, got.entries.follow_up.length], [1, 1, 1]);
  assertError(await leader.post(`/api/v1/consultation/supervision/${s.id}/entries`, { kind: 'follow_up', text: 'x' }),
    403, 'forbidden');
  assertError(await office.patch(`/api/v1/consultation/supervision/${s.id}`,
    { mode: 'special', subject: 'x', started_on: today(), version: s.version }), 409, 'stale_version');
  const list = assertOk(await office.get(`/api/v1/consultation/supervision?mode=special&year=${year}`)).items;
  assert.ok(list.some((x) => x.id === s.id && x.letter_count === 1 && x.department_count === 2));
  assertError(await daye.patch(`/api/v1/consultation/supervision/${s.id}`,
    { mode: 'special', subject: 'x', started_on: today(), version: got.version }), 404, 'not_found');
});
