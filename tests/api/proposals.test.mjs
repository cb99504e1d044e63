// Proposals (提案): a joint proposal from submission through co-signing, acceptance, assignment, the unit's reply,
// the member's 不满意, re-handling and a final 满意 — with the statistics following; who may see and do what;
// bad input; tenancy; merging; objections and extensions; settings; the demo year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { proposalKit, todayInChina } from './lib/proposals.mjs';

let srv;
let kit; // qingjian's demo people
before(async () => {
  srv = await startServer('proposals');
  kit = await proposalKit(srv);
});
after(async () => { await srv?.close(); });

const thisYear = () => Number(todayInChina().slice(0, 4));
const stats = async (client = kit.staff) => assertOk(await client.get(`/api/v1/proposals/stats?year=${thisYear()}`));
const count = (s, metric) => s.counts[metric];
const act = async (client, id, verb, body = {}) => assertOk(await client.post(`/api/v1/proposals/${id}/${verb}`, body));
const todo = async (client) => assertOk(await client.get('/api/v1/proposals/todo')).items;
let phoneSeq = 0;
/** Another member of qingjian with a sign-in of their own. */
async function newMember(name) {
  const m = assertOk(await kit.admin.post('/api/v1/members', { name, gender: '女',
    phone: `1391234${String(++phoneSeq).padStart(4, '0')}` }), 201);
  const acc = assertOk(await kit.admin.request('POST', `/api/v1/members/${m.id}/account`), 201);
  return new Client(srv.url).login('qingjian', acc.username, acc.initial_password);
}

test('a joint proposal goes from submission to a final 满意, and the statistics follow it', async () => {
  const { member, leader, staff, unit } = kit;
  const before0 = await stats();

  // the member drafts it and invites the leader (a vice-chair, also a member) to co-sign
  let p = assertOk(await member.post('/api/v1/proposals', {
    title: '关于加强农村饮水安全保障的建议', content: '一、基本情况……\n二、具体建议……', category: '农业农村' }), 201);
  assert.equal(p.state, 'draft');
  assert.ok(p.actions.includes('submit'));
  p = await act(member, p.id, 'invite', { member_ids: [kit.leaderMemberId], version: p.version });
  assert.equal(p.state, 'cosigning');
  assert.ok(p.due_at, 'the co-signing window has an end');
  assert.ok((await todo(leader)).some((t) => t.id === p.id && t.task === 'cosign'), 'the invitation waits for the leader');
  p = await act(leader, p.id, 'cosign', { accept: true });
  assert.equal(p.signers.find((s) => s.member_id === kit.leaderMemberId).status, 'confirmed');
  assertError(await leader.post(`/api/v1/proposals/${p.id}/cosign`, { accept: false }), 409, 'cosign_already_answered');
  p = await act(member, p.id, 'submit', { version: p.version });
  assert.equal(p.state, 'submitted');
  assert.ok(['plenary', 'regular'].includes(p.kind));
  assert.ok(p.session >= 1);
  assert.equal(count(await stats(), 'received'), count(before0, 'received') + 1);

  // review: accepted with its number
  p = await act(staff, p.id, 'review', { outcome: 'accept', version: p.version });
  assert.equal(p.state, 'accepted');
  assert.match(p.number, /^第十届.+次会议第\d{3}号$/);
  assert.equal(count(await stats(), 'accepted'), count(before0, 'accepted') + 1);

  // assignment to the demo unit, which signs, contacts the proposer and replies
  p = await act(staff, p.id, 'assign', { units: [{ unit_id: kit.unitId, role: 'lead' }], version: p.version });
  assert.equal(p.state, 'assigned');
  assert.ok(p.handling_due > p.timeline.at(-1).at, 'the reply is due later');
  assert.ok((await todo(unit)).some((t) => t.id === p.id && t.task === 'sign'), 'the unit has it in its to-do list');
  p = await act(unit, p.id, 'sign');
  assert.equal(p.state, 'handling');
  p = await act(unit, p.id, 'contacts', { form: '面商', contact_date: todayInChina(), note: '与提案人面商办理方案' });
  assert.equal(p.contacts.length, 1);
  p = await act(unit, p.id, 'reply', { reply_class: 'B', text: '已列入明年计划。', version: p.version });
  assert.equal(p.state, 'replied');
  p = await act(staff, p.id, 'reply-review', { approve: true, version: p.version });
  assert.equal(p.state, 'reply_reviewed');
  assert.ok((await todo(member)).some((t) => t.id === p.id && t.task === 'feedback'));

  // 不满意: re-handling (once)
  const mid = await stats();
  p = await act(member, p.id, 'feedback', { work: '基本满意', result: '不满意', comment: '措施不具体' });
  assert.equal(p.state, 'rehandling');
  let s = await stats();
  assert.equal(count(s, 'rehandled'), count(mid, 'rehandled') + 1);
  assert.equal(count(s, 'result_unsatisfied'), count(mid, 'result_unsatisfied') + 1);
  p = await act(unit, p.id, 'reply', { reply_class: 'A', text: '再次研究后已予采纳，今年实施。' });
  p = await act(staff, p.id, 'reply-review', { approve: true });
  assert.equal(p.reply_class, 'A');
  p = await act(member, p.id, 'feedback', { work: '满意', result: '满意', comment: '满意' });
  assert.equal(p.state, 'closed');
  assert.equal(p.feedback.length, 2);

  // the statistics: closed, class A, satisfied — and the unsatisfied result is history
  s = await stats();
  assert.equal(count(s, 'closed'), count(before0, 'closed') + 1);
  assert.equal(count(s, 'class_A'), count(before0, 'class_A') + 1);
  assert.equal(count(s, 'result_satisfied'), count(before0, 'result_satisfied') + 1);
  assert.equal(count(s, 'result_unsatisfied'), count(before0, 'result_unsatisfied'));
  assert.ok(s.rates.accepted > 0 && s.rates.accepted <= 100);
  // every figure drills down to exactly its cases
  const list = assertOk(await staff.get(`/api/v1/proposals?${new URLSearchParams({ ...s.filter, metric: 'closed', page_size: 200 })}`));
  assert.equal(list.total, count(s, 'closed'));
  assert.ok(list.items.some((x) => x.id === p.id));
  const byUnit = s.by_unit.find((u) => u.key === kit.unitId);
  assert.ok(byUnit && byUnit.counts.assigned >= 1);
  assert.equal(byUnit.filter.unit_id, kit.unitId);
  const unitList = assertOk(await staff.get(`/api/v1/proposals?${new URLSearchParams({ ...byUnit.filter, metric: 'assigned' })}`));
  assert.equal(unitList.total, byUnit.counts.assigned);

  // the timeline is the case history, and each transition is in the audit chain
  const codes = p.timeline.map((h) => h.transition_code);
  assert.deepEqual(codes, ['start', 'invite_cosigners', 'submit', 'start_review', 'accept', 'assign', 'accept_assignment',
    'reply', 'review_reply', 'unsatisfied', 'reply', 'review_reply', 'complete_feedback']);
  assert.ok(p.timeline.every((h) => h.actor_name && h.at));
  const staffMe = assertOk(await kit.staff.get('/api/v1/me')).user;
  const accepted = p.timeline.find((h) => h.transition_code === 'accept');
  assert.equal(accepted.actor_name, staffMe.username, 'the trace keeps the username');
  assert.equal(accepted.actor_display_name, staffMe.display_name, 'and the page shows the person');
  const office = kit.office;
  const trail = assertOk(await office.get(`/api/v1/audit?object_type=case&page_size=200`)).items;
  const transitions = trail.filter((a) => a.action === 'case.transition' && a.object_id === String(p.case_id));
  assert.equal(transitions.length, codes.length - 1);
});

test('visibility: members see theirs, units what is assigned to them, staff everything; the rest is 404', async () => {
  const { member, staff, unit, otherUnit } = kit;
  const p = await kit.drive('assigned');
  const stranger = await newMember('旁观委员');
  assertError(await stranger.get(`/api/v1/proposals/${p.id}`), 404, 'not_found');
  assertError(await stranger.post(`/api/v1/proposals/${p.id}/feedback`, { work: '满意', result: '满意' }), 404, 'not_found');
  assert.ok(!assertOk(await stranger.get('/api/v1/proposals?page_size=200')).items.some((x) => x.id === p.id));
  assert.equal(assertOk(await member.get(`/api/v1/proposals/${p.id}`)).id, p.id);
  assert.ok(assertOk(await member.get('/api/v1/proposals?page_size=200')).items.every((x) => x.proposer));
  assert.equal(assertOk(await unit.get(`/api/v1/proposals/${p.id}`)).state, 'assigned');
  assertError(await otherUnit.get(`/api/v1/proposals/${p.id}`), 404, 'not_found');
  assertError(await otherUnit.post(`/api/v1/proposals/${p.id}/sign`, {}), 404, 'not_found');
  assert.equal(assertOk(await staff.get(`/api/v1/proposals/${p.id}`)).id, p.id);
  // a draft is its author's until submitted
  const draft = await kit.drive('draft');
  assertError(await staff.get(`/api/v1/proposals/${draft.id}`), 404, 'not_found');
  // permissions
  assertError(await member.get('/api/v1/proposals/stats'), 403, 'forbidden');
  assertError(await unit.get('/api/v1/proposals/export'), 403, 'forbidden');
  assertError(await member.post(`/api/v1/proposals/${p.id}/review`, { outcome: 'accept' }), 403, 'forbidden');
  assertError(await unit.post(`/api/v1/proposals/${p.id}/assign`, { units: [] }), 403, 'forbidden');
});

test('bad input: a step not allowed now is 409 with what is allowed; a stale version and a lost race are 409', async () => {
  const { staff, member } = kit;
  const draft = await kit.drive('draft');
  const notNow = assertError(await member.post(`/api/v1/proposals/${draft.id}/resubmit`, {}), 409, 'transition_not_allowed');
  assert.deepEqual(notNow.details.allowed.sort(), ['invite_cosigners', 'submit']);
  const submitted = await kit.drive('submitted');
  const stale = assertError(await staff.post(`/api/v1/proposals/${submitted.id}/review`,
    { outcome: 'accept', version: submitted.version - 1 }), 409, 'stale_version');
  assert.equal(stale.details.current_version, submitted.version);
  const bad = assertError(await staff.post(`/api/v1/proposals/${submitted.id}/review`, { outcome: 'reject', ground: '不喜欢' }),
    422, 'invalid_record');
  assert.equal(bad.details.errors[0].field, 'ground');
  assertError(await staff.post(`/api/v1/proposals/${submitted.id}/review`, { outcome: 'maybe' }), 400, 'invalid_field');
  const noTitle = assertError(await member.post('/api/v1/proposals', { title: '' }), 422, 'invalid_record');
  assert.equal(noTitle.details.errors[0].field, 'title');
  // two people accept at once: exactly one wins
  const staff2 = await new Client(srv.url).login('qingjian', 'admin');
  const race = await Promise.all([staff, staff2].map((c) => c.post(`/api/v1/proposals/${submitted.id}/review`,
    { outcome: 'accept', version: submitted.version })));
  assert.deepEqual(race.map((r) => r.status).sort(), [200, 409]);
  const after1 = assertOk(await staff.get(`/api/v1/proposals/${submitted.id}`));
  assert.equal(after1.timeline.filter((h) => h.transition_code === 'accept').length, 1);
  // a rejection needs a ground of the committee's list
  const another = await kit.drive('submitted');
  const grounds = assertOk(await staff.get('/api/v1/proposals/settings')).reject_grounds;
  const rejected = await act(staff, another.id, 'review', { outcome: 'reject', ground: grounds[0], note: '不符合立案条件' });
  assert.equal(rejected.state, 'rejected');
  assert.equal(rejected.reject_ground, grounds[0]);
  assert.equal(rejected.number, null);
});

test('tenancy: another committee gets 404 for a proposal and never lists it', async () => {
  const p = await kit.drive('accepted');
  const daye = await new Client(srv.url).login('daye', 'tianwei');
  assertError(await daye.get(`/api/v1/proposals/${p.id}`), 404, 'not_found');
  assertError(await daye.post(`/api/v1/proposals/${p.id}/assign`, { units: [{ unit_id: kit.unitId }] }), 404, 'not_found');
  const list = assertOk(await daye.get('/api/v1/proposals?page_size=200'));
  assert.ok(list.items.every((x) => x.id !== p.id));
  const qjStats = await stats();
  const dyStats = await stats(daye);
  assert.notDeepEqual(qjStats.counts.received, dyStats.counts.received);
});

test('merging: each proposer keeps their own view of the reply and gives their own feedback', async () => {
  const { staff, member, unit } = kit;
  const colleague = await newMember('并案委员');
  const main = await kit.drive('submitted', { title: '关于规划建设城区公共停车场的建议' });
  let other = assertOk(await colleague.post('/api/v1/proposals', { title: '关于解决城区停车难的建议', content: '……',
    category: '城乡建设' }), 201);
  other = await act(colleague, other.id, 'submit');
  let m = await act(staff, main.id, 'merge', { proposal_ids: [other.id], note: '同题并案' });
  assert.equal(m.merged.length, 1);
  m = await act(staff, main.id, 'review', { outcome: 'accept' });
  m = await act(staff, main.id, 'assign', { units: [{ unit_id: kit.unitId, role: 'lead' }] });
  await act(unit, main.id, 'sign');
  await act(unit, main.id, 'reply', { reply_class: 'A', text: '已规划新建停车场两处。' });
  await act(staff, main.id, 'reply-review', { approve: true });
  const theirs = assertOk(await colleague.get(`/api/v1/proposals/${other.id}`));
  assert.equal(theirs.state, 'merged');
  assert.equal(theirs.merged_into.id, main.id);
  assert.equal(theirs.replies[0].text, '已规划新建停车场两处。');
  assert.ok(theirs.actions.includes('feedback'));
  const mine = await act(member, main.id, 'feedback', { work: '满意', result: '满意' });
  assert.equal(mine.state, 'reply_reviewed', 'waits for the other proposer');
  const done = await act(colleague, other.id, 'feedback', { work: '基本满意', result: '满意' });
  assert.equal(done.merged_into.state, 'closed');
  assert.deepEqual(done.feedback.map((f) => f.work), ['基本满意'], 'a proposer sees their own feedback');
  assertError(await colleague.get(`/api/v1/proposals/${main.id}`), 404, 'not_found');
  assert.equal(assertOk(await staff.get(`/api/v1/proposals/${main.id}`)).feedback.length, 2);
});

test('objection, reassignment, extensions within the limit, chases and the overdue list', async () => {
  const { staff, unit, otherUnit } = kit;
  let p = await kit.drive('objection');
  assert.equal(p.state, 'objection');
  assert.ok((await todo(staff)).some((t) => t.id === p.id && t.task === 'assign'));
  p = await act(staff, p.id, 'assign', { units: [{ unit_id: kit.otherUnitId, role: 'lead' }], note: '调整承办单位' });
  assert.equal(p.state, 'assigned');
  assertError(await unit.get(`/api/v1/proposals/${p.id}`), 404, 'not_found');
  p = await act(otherUnit, p.id, 'sign');
  const tooLong = assertError(await otherUnit.post(`/api/v1/proposals/${p.id}/extension`, { days: 150, reason: '项目较大' }),
    422, 'invalid_record');
  assert.equal(tooLong.details.errors[0].code, 'extension_too_long');
  p = await act(otherUnit, p.id, 'extension', { days: 30, reason: '需报上级审批' });
  assert.equal(p.extensions[0].status, 'pending');
  assertError(await otherUnit.post(`/api/v1/proposals/${p.id}/extension`, { days: 10, reason: '再延' }), 409, 'extension_pending');
  const due = p.handling_due;
  p = await act(staff, p.id, 'extension/decision', { approve: true });
  assert.ok(p.handling_due > due, 'the deadline moved');
  p = await act(staff, p.id, 'chase', { note: '请抓紧办理' });
  assert.equal(p.chases.length, 1);
  // the demo year has cases past their deadline
  const overdue = assertOk(await staff.get('/api/v1/proposals?overdue=1&page_size=100'));
  assert.ok(overdue.total > 0 && overdue.items.every((x) => x.overdue));
});

test('settings: defaults, validation per field, and the change in the audit trail', async () => {
  const { office, member } = kit;
  const s = assertOk(await member.get('/api/v1/proposals/settings'));
  assert.equal(s.handling_days, 90);
  assert.equal(s.max_handling_days, 180);
  assert.ok(s.categories.length > 5 && s.reject_grounds.length > 5);
  assert.equal(s.reply_class_names.length, 3);
  assert.equal(s.cosign_days, 7);
  const bad = assertError(await office.request('PUT', '/api/v1/proposals/settings',
    { json: { handling_days: 0, reply_classes: 5, plenary_start: '13-40' } }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['handling_days', 'plenary_start', 'reply_classes']);
  const changed = assertOk(await office.request('PUT', '/api/v1/proposals/settings', { json: { reply_classes: 4 } }));
  assert.equal(changed.reply_class_names.length, 4);
  assert.equal(changed.handling_days, 90, 'fields left out stay');
  assertOk(await office.request('PUT', '/api/v1/proposals/settings', { json: { reply_classes: 3 } }));
  assertError(await member.request('PUT', '/api/v1/proposals/settings', { json: {} }), 403, 'forbidden');
  const trail = assertOk(await office.get('/api/v1/audit?action=proposal.settings_updated')).items;
  assert.ok(trail.length >= 2);
});

test('the demo year: both committees have a spread of proposals, key proposals led by leaders, and figures', async () => {
  for (const committee of ['qingjian', 'daye']) {
    const staff = await new Client(srv.url).login(committee, 'tianwei');
    const all = assertOk(await staff.get('/api/v1/proposals?page_size=200'));
    assert.ok(all.total >= 35, `${committee}: ${all.total} proposals`);
    const states = new Set(all.items.map((x) => x.state));
    for (const st of ['closed', 'handling', 'merged', 'rejected', 'converted', 'reply_reviewed', 'submitted']) {
      assert.ok(states.has(st), `${committee} has a proposal in ${st}`);
    }
    assert.ok(new Set(all.items.map((x) => x.category)).size >= 8, 'many categories');
    const key = assertOk(await staff.get('/api/v1/proposals?key=1&page_size=50'));
    assert.equal(key.total, 5, `${committee}: key proposals`);
    const one = assertOk(await staff.get(`/api/v1/proposals/${key.items[0].id}`));
    assert.ok(one.key_leaders.length > 0 && one.supervision_notes.length > 0);
    const s = assertOk(await staff.get(`/api/v1/proposals/stats?year=${one.year}`));
    assert.ok(s.rates.accepted > 50 && s.rates.on_time > 50, JSON.stringify(s.rates));
    assert.ok(s.by_unit.length >= 8 && s.by_category.length >= 8);
    assert.ok(s.rates.work_satisfaction > 80);
    assert.ok(s.members.filed > 10 && s.rates.members_filed > 5);
    const evaluation = assertOk(await staff.get(`/api/v1/proposals/evaluation?year=${one.year}`));
    assert.ok(evaluation.items.length >= 8);
    assert.equal(evaluation.items[0].rank, 1);
    assert.ok(evaluation.items[0].scores.total >= evaluation.items.at(-1).scores.total);
    const campaigns = assertOk(await staff.get(`/api/v1/proposals/campaigns?year=${one.year}`));
    assert.equal(campaigns.total, 1);
  }
  const leader = await new Client(srv.url).login('daye', 'dangzheng');
  const keys = assertOk(await leader.get('/api/v1/proposals?key=1&page_size=50')).items;
  const led = await Promise.all(keys.map(async (k) => assertOk(await leader.get(`/api/v1/proposals/${k.id}`)).key_leaders));
  assert.equal(led.filter((l) => l.includes('市委书记')).length, 3);
  assert.equal(led.filter((l) => l.includes('市长')).length, 2);
});

test('export gives an .xlsx of the filtered list', async () => {
  const res = await kit.staff.get('/api/v1/proposals/export?metric=accepted');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /spreadsheetml/);
  assert.ok(res.text.startsWith('PK'));
});

test('a handling unit that proposals were assigned to cannot be deleted (409 in_use); an unused one can', async () => {
  const unit = assertOk(await kit.admin.post('/api/v1/org/units', { name: `县测试局${Date.now() % 100000}`, kind: 'department' }), 201);
  const spare = assertOk(await kit.admin.post('/api/v1/org/units', { name: `县备用局${Date.now() % 100000}`, kind: 'department' }), 201);
  const p = await kit.drive('accepted');
  await act(kit.staff, p.id, 'assign', { units: [{ unit_id: unit.id, role: 'lead' }] });
  const e = assertError(await kit.admin.delete(`/api/v1/org/units/${unit.id}`), 409, 'in_use');
  assert.equal(e.details.count, 1);
  assert.equal((await kit.admin.get(`/api/v1/org/units/${unit.id}`)).status, 200, 'still there');
  assert.equal((await kit.admin.delete(`/api/v1/org/units/${spare.id}`)).status, 204);
});

test('a member finds co-signers by name or initials without reading the roster; only names, never phones', async () => {
  assertError(await kit.member.get('/api/v1/members?q=a'), 403, 'forbidden'); // the roster is not theirs
  const leader = assertOk(await kit.leader.get('/api/v1/me')).user;
  const all = assertOk(await kit.member.get('/api/v1/proposals/cosigner-candidates')).items;
  assert.ok(all.length > 0 && all.length <= 20);
  assert.ok(!all.some((c) => c.id === kit.memberId), 'the caller is left out');
  for (const c of all) assert.deepEqual(Object.keys(c).sort(), ['cppcc_post', 'id', 'is_standing', 'name', 'sector_name']);
  const leaderRecord = assertOk(await kit.admin.get(`/api/v1/members/${kit.leaderMemberId}`));
  const byName = assertOk(await kit.member.get(`/api/v1/proposals/cosigner-candidates?q=${encodeURIComponent(leaderRecord.name)}`)).items;
  assert.ok(byName.some((c) => c.id === kit.leaderMemberId), `${leader.display_name} found by name`);
  const byInitials = assertOk(await kit.member.get(`/api/v1/proposals/cosigner-candidates?q=${leaderRecord.name_initials}`)).items;
  assert.ok(byInitials.some((c) => c.id === kit.leaderMemberId), 'found by pinyin initials');
  assert.deepEqual(assertOk(await kit.member.get('/api/v1/proposals/cosigner-candidates?q=%25_%27')).items, []);
  assertError(await kit.unit.get('/api/v1/proposals/cosigner-candidates'), 403, 'forbidden');
});

test('the yearly compilation prints every numbered proposal with its proposers and replies, escaped, and only the committee\'s own', async () => {
  const title = `关于<script>alert(1)</script>汇编测试${Date.now() % 100000}的建议`;
  const p = await kit.drive('reply_reviewed', { title });
  const year = p.year ?? thisYear();
  const page = await kit.staff.get(`/api/v1/proposals/compilation?year=${year}`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.match(page.text, new RegExp(`${year}年提案汇编`));
  assert.ok(!page.text.includes('<script>alert(1)</script>'), 'typed text is escaped');
  assert.ok(page.text.includes('&lt;script&gt;alert(1)&lt;/script&gt;汇编测试'));
  assert.ok(page.text.includes(p.number), 'listed under its number');
  assert.ok(page.text.includes('答复：已采纳并落实。'), 'with the unit\'s reply');
  const draft = await kit.drive('draft', { title: `未立案汇编草稿${Date.now() % 100000}` });
  assert.ok(!page.text.includes(draft.title) && !(await kit.staff.get(`/api/v1/proposals/compilation?year=${year}`)).text.includes(draft.title),
    'an unnumbered draft is not in it');
  const daye = await new Client(srv.url).login('daye', 'tianwei');
  assert.ok(!(await daye.get(`/api/v1/proposals/compilation?year=${year}`)).text.includes('汇编测试'), 'another committee never sees it');
  assertError(await kit.member.get(`/api/v1/proposals/compilation?year=${year}`), 403, 'forbidden');
  assertError(await kit.staff.get('/api/v1/proposals/compilation?year=abc'), 400, 'invalid_field');
});
