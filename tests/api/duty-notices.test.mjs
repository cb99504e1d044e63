// Notices to members (提醒谈话通知) and advice to resign (劝辞建议): the thresholds in the year's rules (validated in
// Chinese), the candidates the product computes from scores and plenary attendance (with the reasons in numbers),
// issuing in a batch (all or nothing, one notice of a kind per member-year → 409, the member told once), the talk and
// the withdrawal (stale → 409), the letters, the member seeing only their own, another committee's → 404, and who
// may do it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, BACKEND, sqlite, psql } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { proposalKit, todayInChina } from './lib/proposals.mjs';

let srv;
let kit; // qingjian's demo people (kit.office = bangongshi)
let daye;
before(async () => {
  srv = await startServer('duty-notices');
  kit = await proposalKit(srv);
  daye = await new Client(srv.url).login('daye', 'bangongshi');
});
after(async () => { await srv?.close(); });

const year = () => Number(todayInChina().slice(0, 4));
const sql = (q) => (BACKEND === 'sqlite' ? sqlite(srv.db.file, q) : psql(srv.db.url, q));
const candidates = async (client = kit.office, query = '') =>
  assertOk(await client.get(`/api/v1/duty/notices/candidates?year=${year()}${query}`));
const notices = async (query = '') => assertOk(await kit.office.get(`/api/v1/duty/notices?year=${year()}${query}`));
const issue = (kind, memberIds, client = kit.office) =>
  client.post('/api/v1/duty/notices', { year: year(), kind, member_ids: memberIds });
const find = (list, memberId, kind) => list.items.find((c) => c.member_id === memberId && c.kind === kind);
const rulesOf = async () => assertOk(await kit.office.get(`/api/v1/duty/rules?year=${year()}`));
const putRules = (version, rules) => kit.office.request('PUT', `/api/v1/duty/rules?year=${year()}`,
  { json: { version, rules } });
const notificationsOf = (memberId) => Number(sql(`SELECT COUNT(*) FROM notifications n JOIN members m ON
  m.user_id = n.user_id WHERE m.id = ${memberId} AND n.kind = 'duty_notice'`));

let n = 0;
/** A new qingjian member with an account: { member, self }. */
async function newMember(name) {
  const member = assertOk(await kit.office.post('/api/v1/members', { name, gender: '男',
    phone: `139${String(20000000 + ++n).slice(-8)}` }), 201);
  const account = assertOk(await kit.admin.request('POST', `/api/v1/members/${member.id}/account`), 201);
  const self = await new Client(srv.url).login('qingjian', account.username, account.initial_password);
  return { member, self };
}

/** A plenary session (全体会议) held on 1 January of this year, the members given invited, marked as given. */
async function plenary(title, hour, marks) {
  const day = `${year()}-01-01`;
  const m = assertOk(await kit.office.post('/api/v1/meetings', { kind: 'plenary', title, place: '人民会堂',
    starts_at: `${day}T${String(hour).padStart(2, '0')}:00`, ends_at: `${day}T${String(hour + 1).padStart(2, '0')}:00`,
    invite: { member_ids: Object.keys(marks).map(Number) } }), 201);
  for (const [member, attendance] of Object.entries(marks)) {
    const invitee = m.invitees.find((i) => i.member_id === Number(member)).id;
    assertOk(await kit.office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [invitee], attendance,
      ...(attendance === 'leave' ? { note: '外出开会，电话请假' } : {}) }));
  }
  assertOk(await kit.office.post(`/api/v1/meetings/${m.id}/close`, {}));
  return m;
}

test('the demo: candidates computed from its scores and plenary attendance, and notices issued from them', async () => {
  for (const client of [kit.office, daye]) {
    const c = await candidates(client);
    assert.equal(c.measures.reminder_grades[0], '不称职');
    assert.ok(c.counts.reminder > 0 && c.counts.resign > 0, JSON.stringify(c.counts));
    assert.equal(c.items.length, c.counts.reminder + c.counts.resign);
    // every 不称职 member of the ranking is due a reminder, with the score the ranking shows
    const low = assertOk(await client.get(`/api/v1/duty/scores?year=${year()}&grade=${encodeURIComponent('不称职')}&page_size=500`));
    assert.ok(low.total > 0);
    for (const s of low.items) {
      const due = find(c, s.member_id, 'reminder');
      assert.ok(due, `${s.name} (不称职) is due a reminder`);
      assert.equal(due.reasons.score, s.total);
      assert.equal(due.reasons.grade_due, true);
    }
    // advice to resign: two plenary sessions in a row missed without leave, last year's and this year's
    for (const due of c.items.filter((x) => x.kind === 'resign')) {
      assert.ok(due.reasons.consecutive_plenary >= 2, JSON.stringify(due.reasons));
      const plenaries = due.reasons.absences.filter((a) => a.plenary);
      assert.ok(plenaries.some((a) => a.date.startsWith(String(year() - 1))), 'last year\'s session is listed');
      assert.ok(plenaries.some((a) => a.date.startsWith(String(year()))), 'this year\'s session is listed');
      assert.match(due.lines[0], /连续 \d+ 次无故缺席政协全体会议/);
      assert.ok(due.notice && due.notice.status === 'issued', 'the demo issued each of them advice');
    }
    const issued = assertOk(await client.get(`/api/v1/duty/notices?year=${year()}`));
    assert.equal(issued.counts.talked, 1, 'one talk recorded');
    assert.ok(issued.items.every((x) => x.lines.length > 0 && x.member_name && x.status_name));
  }
});

test('thresholds in the rules: bad ones refused in Chinese and nothing changed', async () => {
  const before = await rulesOf();
  assert.deepEqual(Object.keys(before.rules.measures).sort(), ['reminder_five_ones_missing', 'reminder_grades',
    'resign_absent_percent', 'resign_consecutive_plenary', 'resign_min_meetings', 'resign_plenary_in_year',
    'review_date']);
  const bad = structuredClone(before.rules);
  Object.assign(bad.measures, { reminder_grades: ['优异'], review_date: '02-30', resign_absent_percent: 150,
    reminder_five_ones_missing: 9 });
  const e = assertError(await putRules(before.version, bad), 422, 'invalid_record');
  const messages = e.details.errors.map((x) => x.message).join('\n');
  assert.match(messages, /提醒谈话的等次/);
  assert.match(messages, /“五个一”检查日“02-30”不是有效日期/);
  assert.match(messages, /劝辞：年内无故缺席会议比例（%）应在 0 到 99 之间/);
  assert.match(messages, /提醒谈话的“五个一”缺项数应在 0 到 5 之间/);
  assert.equal((await rulesOf()).version, before.version, 'nothing saved');
});

test('a member who scores nothing and misses two plenary sessions in a row: reminder and advice to resign, end to end', async () => {
  const a = await newMember('通知测试甲');
  const b = await newMember('通知测试乙');
  const other = await newMember('通知测试丙');
  // A misses both sessions without leave; B asked for leave from the first; C came to both
  const first = await plenary('通知测试第一次全体会议', 8, { [a.member.id]: 'absent', [b.member.id]: 'leave', [other.member.id]: 'present' });
  const second = await plenary('通知测试第二次全体会议', 14, { [a.member.id]: 'absent', [b.member.id]: 'absent', [other.member.id]: 'present' });
  assertOk(await kit.office.post(`/api/v1/duty/scores/recompute?year=${year()}`, {}));

  let c = await candidates();
  const remindA = find(c, a.member.id, 'reminder');
  assert.ok(remindA, 'A is due a reminder');
  assert.equal(remindA.reasons.grade, '不称职');
  assert.equal(remindA.reasons.missing.length, 5, 'none of the five ones done');
  assert.match(remindA.lines.join('\n'), /等次为“不称职”/);
  const resignA = find(c, a.member.id, 'resign');
  assert.ok(resignA, 'A is due advice to resign');
  assert.equal(resignA.reasons.consecutive_plenary, 2);
  assert.deepEqual(resignA.reasons.criteria.sort(), ['consecutive_plenary', 'plenary_in_year']);
  assert.deepEqual(resignA.reasons.absences.map((x) => [x.meeting_id, x.title, x.date]),
    [[first.id, first.title, `${year()}-01-01`], [second.id, second.title, `${year()}-01-01`]]);
  assert.equal(find(c, b.member.id, 'resign'), undefined, 'B was on leave once: one absence, not two in a row');
  assert.ok(find(c, b.member.id, 'reminder'));
  assert.equal(resignA.notice, null);
  // the sector filter and the kind filter
  assert.ok((await candidates(kit.office, '&kind=resign')).items.every((x) => x.kind === 'resign'));
  const sector = c.items.find((x) => x.sector_id)?.sector_id;
  assert.ok((await candidates(kit.office, `&sector_id=${sector}`)).items.every((x) => x.sector_id === sector));

  // a batch of reminders: both told once
  const issued = assertOk(await issue('reminder', [a.member.id, b.member.id]), 201);
  assert.equal(issued.items.length, 2);
  assert.equal(issued.notified, 2);
  const noticeA = issued.items.find((x) => x.member_id === a.member.id);
  assert.equal(noticeA.status_name, '已发出');
  assert.equal(noticeA.reasons.score, remindA.reasons.score, 'the reasons as they stood');
  assert.equal(notificationsOf(a.member.id), 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit_log WHERE action = 'duty.notice_issued' AND object_id = '${noticeA.id}'`)), 1);
  // the same kind twice for the same member-year: 409, nobody told twice, nothing written (all or none)
  assert.ok(find(c, other.member.id, 'reminder'), 'C came to both, but scores little: due a reminder');
  assertError(await issue('reminder', [other.member.id, a.member.id]), 409, 'duty_notice_exists');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM duty_notices WHERE member_id = ${other.member.id}`)), 0, 'all or none');
  assert.equal(notificationsOf(other.member.id), 0);
  const again = assertError(await issue('reminder', [a.member.id]), 409, 'duty_notice_exists');
  assert.match(again.message, /通知测试甲本年度已有提醒谈话通知/);
  assert.equal(notificationsOf(a.member.id), 1);
  assert.equal((await notices('&kind=reminder')).items.filter((x) => x.member_id === a.member.id).length, 1);
  // not due: refused, nothing written
  const notDue = assertError(await issue('resign', [b.member.id, a.member.id]), 422, 'invalid_record');
  assert.match(notDue.details.errors[0].message, /通知测试乙目前不在劝辞建议名单中/);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM duty_notices WHERE member_id = ${a.member.id} AND kind = 'resign'`)), 0);
  assertError(await issue('warning', [a.member.id]), 422, 'invalid_record');
  assertError(await issue('resign', []), 422, 'invalid_record');
  const resign = assertOk(await issue('resign', [a.member.id]), 201).items[0];
  assert.equal(notificationsOf(a.member.id), 2);
  c = await candidates();
  assert.equal(find(c, a.member.id, 'resign').notice.id, resign.id, 'the list shows it was issued');

  // the member sees their own notices and letters, never another's
  const mine = assertOk(await a.self.get('/api/v1/my/duty/notices')).items;
  assert.deepEqual(mine.map((x) => x.kind).sort(), ['reminder', 'resign']);
  const noticeB = issued.items.find((x) => x.member_id === b.member.id);
  assert.deepEqual(assertOk(await b.self.get('/api/v1/my/duty/notices')).items.map((x) => x.id), [noticeB.id]);
  assertError(await a.self.get(`/api/v1/my/duty/notices/${noticeB.id}/print`), 404, 'not_found');
  const letter = await a.self.get(`/api/v1/my/duty/notices/${noticeA.id}/print`);
  assert.equal(letter.status, 200);
  assert.match(letter.text, /提醒谈话通知书/);
  assert.match(letter.text, /通知测试甲委员：/);
  assert.match(letter.text, /等次为“不称职”/);
  assert.match(letter.text, /政协办公室|办公室<\/p>/);
  const advice = await kit.office.get(`/api/v1/duty/notices/${resign.id}/print`);
  assert.match(advice.text, /劝辞建议书/);
  assert.match(advice.text, /连续 2 次无故缺席政协全体会议/);
  assert.match(advice.text, /通知测试第二次全体会议/);

  // the talk: bad input refused in Chinese, a stale version 409, then recorded
  const tomorrow = new Date(Date.now() + 32 * 3600e3).toISOString().slice(0, 10);
  const talk = { talked_on: todayInChina(), talked_by: '王主席', note: '通报履职情况，提出要求。', response: '接受提醒，今后按时参会。' };
  const bad = assertError(await kit.office.post(`/api/v1/duty/notices/${noticeA.id}/talk`,
    { ...talk, talked_on: tomorrow, note: '', version: noticeA.version }), 422, 'invalid_record');
  assert.match(bad.details.errors.map((x) => x.message).join('\n'), /谈话日期不能晚于今天[\s\S]*谈话情况不能为空/);
  assertError(await kit.office.post(`/api/v1/duty/notices/${noticeA.id}/talk`, { ...talk, version: noticeA.version + 1 }),
    409, 'stale_version');
  const talked = assertOk(await kit.office.post(`/api/v1/duty/notices/${noticeA.id}/talk`, { ...talk, version: noticeA.version }));
  assert.equal(talked.status, 'talked');
  assert.equal(talked.status_name, '已谈话');
  assert.equal(talked.talked_by, '王主席');
  assert.equal(talked.version, noticeA.version + 1);
  assert.match((await a.self.get(`/api/v1/my/duty/notices/${noticeA.id}/print`)).text, /谈话记录[\s\S]*接受提醒，今后按时参会。/);

  // withdrawn: a reason needed, a stale version 409; then nothing more, and a new one may be issued
  assertError(await kit.office.post(`/api/v1/duty/notices/${noticeB.id}/withdraw`, { reason: '', version: noticeB.version }),
    422, 'invalid_record');
  assertError(await kit.office.post(`/api/v1/duty/notices/${noticeB.id}/withdraw`, { reason: '误发', version: noticeB.version - 1 }),
    409, 'stale_version');
  const withdrawn = assertOk(await kit.office.post(`/api/v1/duty/notices/${noticeB.id}/withdraw`,
    { reason: '该委员已补报履职，误发', version: noticeB.version }));
  assert.equal(withdrawn.status_name, '已撤回');
  assert.equal(sql(`SELECT COUNT(*) FROM notifications n JOIN members m ON m.user_id = n.user_id
    WHERE m.id = ${b.member.id} AND n.kind = 'duty_notice_withdrawn' AND n.body LIKE '%误发%'`), '1', 'the member is told');
  assertError(await kit.office.post(`/api/v1/duty/notices/${noticeB.id}/talk`, { ...talk, version: withdrawn.version }),
    409, 'duty_notice_withdrawn');
  assertError(await kit.office.post(`/api/v1/duty/notices/${noticeB.id}/withdraw`, { reason: '再撤', version: withdrawn.version }),
    409, 'duty_notice_withdrawn');
  assert.equal(find(await candidates(), b.member.id, 'reminder').notice, null, 'withdrawn: due again');
  assert.equal((await notices('&status=withdrawn')).items.some((x) => x.id === noticeB.id), true);
  const reissued = assertOk(await issue('reminder', [b.member.id]), 201);
  assert.equal(reissued.notified, 1, 'a new notice is a new message');

  // who may: members and units are refused; another committee gets 404 and changes nothing
  assertError(await a.self.get(`/api/v1/duty/notices/candidates?year=${year()}`), 403, 'forbidden');
  assertError(await issue('reminder', [a.member.id], kit.unit), 403, 'forbidden');
  assertError(await kit.member.get(`/api/v1/duty/notices?year=${year()}`), 403, 'forbidden');
  assertError(await daye.get(`/api/v1/duty/notices/${noticeA.id}/print`), 404, 'not_found');
  assertError(await daye.post(`/api/v1/duty/notices/${noticeA.id}/withdraw`, { reason: '越权', version: talked.version }),
    404, 'not_found');
  assertError(await issue('reminder', [b.member.id], daye), 404, 'not_found');
  assert.ok(!assertOk(await daye.get(`/api/v1/duty/notices?year=${year()}`)).items.some((x) => x.id === noticeA.id));
  assert.equal((await notices()).items.find((x) => x.id === noticeA.id).status, 'talked');
});

test('thresholds change who is due: no grade and no five-ones criterion, no reminders', async () => {
  const before = await rulesOf();
  const rules = structuredClone(before.rules);
  rules.measures.reminder_grades = [];
  rules.measures.reminder_five_ones_missing = 0;
  const saved = assertOk(await putRules(before.version, rules));
  assert.equal((await candidates()).counts.reminder, 0);
  rules.measures.reminder_five_ones_missing = 5;
  rules.measures.review_date = '01-01';
  const saved2 = assertOk(await putRules(saved.version, rules));
  const c = await candidates();
  assert.ok(c.counts.reminder > 0);
  assert.ok(c.items.filter((x) => x.kind === 'reminder').every((x) => x.reasons.missing.length === 5 && x.reasons.five_ones_due));
  assertOk(await putRules(saved2.version, before.rules));
});
