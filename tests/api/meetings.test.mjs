// Meetings and activities: invitations, QR sign-in (once, invited, within the window, untampered), leave before
// the meeting with staff approval, attendance → duty records (written, replaced), donations summed exactly, the
// iCalendar feed, Party life's not-held list, and the demo's lecture series and epidemic donations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, BACKEND, sqlite, psql } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office admin
let dayeOffice;
let weiyuan; // the demo member
let other; // a second member with an account, made here
let otherMember;
let outsider; // office staff (ganbu): invited to none of the meetings made here
let weiyuanId;
before(async () => {
  srv = await startServer('meetings');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
  dayeOffice = await new Client(srv.url).login('daye', 'bangongshi');
  weiyuan = await new Client(srv.url).login('qingjian', 'weiyuan');
  outsider = await new Client(srv.url).login('qingjian', 'ganbu');
  otherMember = assertOk(await office.post('/api/v1/members', { name: '会议测试委员', gender: '女', phone: '13912345678' }), 201);
  const account = assertOk(await office.request('POST', `/api/v1/members/${otherMember.id}/account`), 201);
  const first = await new Client(srv.url).login('qingjian', account.username, account.initial_password);
  assertOk(await first.post('/api/v1/me/password', { current_password: account.initial_password, new_password: 'Meet1ng-Test#2026' }), 204);
  other = await new Client(srv.url).login('qingjian', account.username, 'Meet1ng-Test#2026');
  weiyuanId = assertOk(await weiyuan.get('/api/v1/my/member')).id;
});
after(async () => { await srv?.close(); });

/** China-time "YYYY-MM-DDTHH:MM" `minutes` from now. */
const inChina = (minutes) => new Date(Date.now() + (8 * 60 + minutes) * 60e3).toISOString().slice(0, 16);
const sql = (q) => (BACKEND === 'sqlite' ? sqlite(srv.db.file, q) : psql(srv.db.url, q));

let seq = 0;
async function meeting(fields = {}, invite = {}) {
  return assertOk(await office.post('/api/v1/meetings', {
    kind: 'standing', title: `测试会议${++seq}，议题；一`, place: '机关三楼会议室', agenda: '一、审议\n二、协商',
    starts_at: inChina(-10), ends_at: inChina(120), ...fields, invite,
  }), 201);
}
const inviteeOf = (m, memberId) => m.invitees.find((i) => i.member_id === memberId);
const dutyKinds = async (meetingId, memberId) => assertOk(await office.get(`/api/v1/meetings/${meetingId}/duty-records`))
  .items.filter((d) => d.member_id === memberId).map((d) => d.kind).sort();


test('invitations resolve people when made, and members see only the meetings they are invited to', async () => {
  const m = await meeting({}, { member_ids: [weiyuanId, otherMember.id], standing: true });
  const standing = m.invitees.filter((i) => i.member_id !== otherMember.id && i.member_id !== weiyuanId);
  assert.ok(standing.length > 5, 'the standing committee is invited');
  assert.ok(inviteeOf(m, weiyuanId) && inviteeOf(m, otherMember.id));
  assert.equal(m.counts.invited, m.invitees.length);
  assert.equal(m.counts.pending, m.invitees.length);
  // inviting again adds nobody twice
  assert.equal(assertOk(await office.post(`/api/v1/meetings/${m.id}/invitees`, { invite: { member_ids: [weiyuanId] } })).added, 0);
  // the invitation reached the member's inbox
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE kind = 'meeting_invited' AND link = '/meetings/my/${m.id}' AND user_id = ${weiyuan.me.user.id}`), '1');
  // a meeting entered after it ended (补录) invites nobody's inbox
  const past = await meeting({ starts_at: inChina(-300), ends_at: inChina(-200) }, { member_ids: [weiyuanId] });
  assert.ok(inviteeOf(past, weiyuanId));
  assert.equal(sql(`SELECT COUNT(*) FROM notifications WHERE link = '/meetings/my/${past.id}'`), '0');
  const mine = assertOk(await weiyuan.get('/api/v1/my/meetings'));
  assert.ok(mine.items.some((x) => x.id === m.id && x.my.attendance === 'pending'));
  assertError(await outsider.get(`/api/v1/my/meetings/${m.id}`), 404, 'not_found');
  assertError(await weiyuan.get(`/api/v1/meetings/${m.id}`), 403, 'forbidden');
  assertError(await dayeOffice.get(`/api/v1/meetings/${m.id}`), 404, 'not_found');
  // bad input: every problem at once, nothing saved
  const before = assertOk(await office.get('/api/v1/meetings?page_size=1')).total;
  const bad = assertError(await office.post('/api/v1/meetings', { kind: '茶话会', title: '', starts_at: '明天', ends_at: inChina(-100) }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['kind', 'starts_at', 'title']);
  assert.match(bad.message, /会议类型|会议名称/);
  assert.equal(assertOk(await office.get('/api/v1/meetings?page_size=1')).total, before);
});

test('QR sign-in: invited and within the window, once; tampered or foreign codes refused, nothing changed', async () => {
  const m = await meeting({ kind: 'inspection', title: '视察城区供暖' }, { member_ids: [weiyuanId, otherMember.id] });
  const qr = assertOk(await office.get(`/api/v1/meetings/${m.id}/qr`));
  assert.match(qr.path, /^\/m\/sign-in\?t=/);
  const signed = assertOk(await other.post('/api/v1/my/meetings/sign-in', { token: qr.token }));
  assert.equal(signed.my.attendance, 'present');
  const twice = assertError(await other.post('/api/v1/my/meetings/sign-in', { token: qr.token }), 409, 'already_signed_in');
  assert.match(twice.message, /已签到/);
  assert.deepEqual(await dutyKinds(m.id, otherMember.id), ['inspection', 'meeting_attended']);

  const notInvited = assertError(await outsider.post('/api/v1/my/meetings/sign-in', { token: qr.token }), 403, 'meeting_not_invited');
  assert.match(notInvited.message, /不在/);
  const tampered = qr.token.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
  assertError(await weiyuan.post('/api/v1/my/meetings/sign-in', { token: tampered }), 422, 'qr_invalid');
  const [id, , mac] = qr.token.split('.');
  assertError(await weiyuan.post('/api/v1/my/meetings/sign-in', { token: `${id}.9999999999.${mac}` }), 422, 'qr_invalid');
  // another committee's member cannot use this committee's code
  const dayeQr = assertOk(await dayeOffice.get('/api/v1/meetings?page_size=1')).items[0];
  assertError(await weiyuan.post('/api/v1/my/meetings/sign-in', { token: `${dayeQr.id}.9999999999.${mac}` }), 422, 'qr_invalid');
  const after = assertOk(await office.get(`/api/v1/meetings/${m.id}`));
  assert.equal(inviteeOf(after, weiyuanId).attendance, 'pending');
  assert.equal(after.counts.present, 1);

  // outside the window: not yet open, or already closed
  const later = await meeting({ starts_at: inChina(24 * 60), ends_at: inChina(24 * 60 + 60) }, { member_ids: [weiyuanId] });
  const early = assertError(await weiyuan.post('/api/v1/my/meetings/sign-in',
    { token: assertOk(await office.get(`/api/v1/meetings/${later.id}/qr`)).token }), 422, 'signin_not_open');
  assert.match(early.message, /签到尚未开始/);
  const past = await meeting({ starts_at: inChina(-300), ends_at: inChina(-200) }, { member_ids: [weiyuanId] });
  assertError(await weiyuan.post('/api/v1/my/meetings/sign-in',
    { token: assertOk(await office.get(`/api/v1/meetings/${past.id}/qr`)).token }), 422, 'signin_closed');
  assert.equal(inviteeOf(assertOk(await office.get(`/api/v1/meetings/${past.id}`)), weiyuanId).attendance, 'pending');
});

test('leave: asked before the meeting, approved by staff; too late once it began', async () => {
  const m = await meeting({ starts_at: inChina(3 * 24 * 60), ends_at: inChina(3 * 24 * 60 + 120) }, { member_ids: [weiyuanId] });
  assertError(await weiyuan.post(`/api/v1/my/meetings/${m.id}/leave`, { reason: '' }), 422, 'invalid_record');
  const asked = assertOk(await weiyuan.post(`/api/v1/my/meetings/${m.id}/leave`, { reason: '外出学习' }));
  assert.equal(asked.my.leave_status, 'pending');
  assertError(await weiyuan.post(`/api/v1/my/meetings/${m.id}/leave`, { reason: '再次' }), 409, 'leave_already_requested');
  assert.deepEqual(await dutyKinds(m.id, weiyuanId), [], 'no record while the request waits');
  const inv = inviteeOf(assertOk(await office.get(`/api/v1/meetings/${m.id}`)), weiyuanId);
  const decided = assertOk(await office.post(`/api/v1/meetings/${m.id}/leave-decisions`, { invitee_id: inv.id, approve: true, note: '同意' }));
  assert.equal(decided.leave_status, 'approved');
  assert.equal(decided.counts.leave, 1);
  assert.deepEqual(await dutyKinds(m.id, weiyuanId), ['meeting_absent_leave']);
  assertError(await office.post(`/api/v1/meetings/${m.id}/leave-decisions`, { invitee_id: inv.id, approve: false }), 409, 'leave_not_pending');
  assert.equal(assertOk(await weiyuan.get(`/api/v1/my/meetings/${m.id}`)).my.leave_status, 'approved');

  const begun = await meeting({}, { member_ids: [weiyuanId] });
  const late = assertError(await weiyuan.post(`/api/v1/my/meetings/${begun.id}/leave`, { reason: '临时有事' }), 422, 'leave_too_late');
  assert.match(late.message, /不能再请假/);
  assert.equal(inviteeOf(assertOk(await office.get(`/api/v1/meetings/${begun.id}`)), weiyuanId).leave_status, '');
});

test('attendance marked by staff writes duty records, replaced when it changes; closing marks the rest absent', async () => {
  const m = await meeting({ kind: 'lecture', title: '讲坛测试', topic: '协商民主', lecturers: [{ name: '某教授', title: '教授', organisation: '某大学' }] },
    { member_ids: [weiyuanId, otherMember.id] });
  assert.equal(m.lecturers[0].name, '某教授');
  const w = inviteeOf(m, weiyuanId);
  const o = inviteeOf(m, otherMember.id);
  assertOk(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [w.id], attendance: 'absent' }));
  assert.deepEqual(await dutyKinds(m.id, weiyuanId), ['meeting_absent']);
  const marked = assertOk(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [w.id], attendance: 'present' }));
  assert.equal(marked.counts.present, 1);
  assert.deepEqual(await dutyKinds(m.id, weiyuanId), ['lecture', 'meeting_attended'], 'the absence was replaced');
  assertError(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [w.id], attendance: 'late' }), 422, 'invalid_record');
  assertError(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [999999], attendance: 'present' }), 404, 'not_found');
  assert.deepEqual(await dutyKinds(m.id, otherMember.id), []);
  const closed = assertOk(await office.post(`/api/v1/meetings/${m.id}/close`));
  assert.equal(closed.status, 'closed');
  assert.deepEqual([closed.counts.present, closed.counts.absent, closed.counts.leave], [1, 1, 0]);
  assert.deepEqual(await dutyKinds(m.id, otherMember.id), ['meeting_absent']);
  assertError(await office.post(`/api/v1/meetings/${m.id}/close`), 409, 'meeting_closed');
  // a speech is a duty record of its own
  assertOk(await office.post(`/api/v1/meetings/${m.id}/speeches`, { member_id: otherMember.id, title: '关于协商民主的体会', text: '……' }), 201);
  assert.deepEqual(await dutyKinds(m.id, otherMember.id), ['meeting_absent', 'speech']);
  // the year's statistics count it
  const stats = assertOk(await office.get('/api/v1/meetings/stats'));
  assert.ok(stats.by_kind.some((k) => k.kind === 'lecture' && k.present >= 1));
  assert.ok(stats.by_member.some((x) => x.member_id === otherMember.id && x.absent >= 1));
});

test('donations are summed exactly in fen and become duty records; bad amounts change nothing', async () => {
  const c = assertOk(await office.post('/api/v1/donation-campaigns', { title: '测试捐赠', starts_on: '2026-02-01' }), 201);
  assertOk(await office.post(`/api/v1/donation-campaigns/${c.id}/donations`, { member_id: weiyuanId, cash: '0.1', donated_on: '2026-02-02' }), 201);
  const two = assertOk(await office.post(`/api/v1/donation-campaigns/${c.id}/donations`,
    { member_id: otherMember.id, cash: '0.2', goods_value: '1000.05', goods: '口罩', donated_on: '2026-02-03' }), 201);
  assert.equal(two.cash, '0.30', '0.1 + 0.2 is 0.30 exactly');
  assert.equal(two.goods, '1000.05');
  assert.equal(two.total, '1000.35');
  const bad = assertError(await office.post(`/api/v1/donation-campaigns/${c.id}/donations`,
    { member_id: weiyuanId, cash: '12.345', goods_value: '-1', donated_on: '2026-02-30' }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['cash', 'donated_on', 'goods_value']);
  assert.equal(assertOk(await office.get(`/api/v1/donation-campaigns/${c.id}`)).items.length, 2);
  assert.equal(sql(`SELECT COUNT(*) FROM duty_records WHERE kind = 'donation' AND member_id IN (${weiyuanId}, ${otherMember.id}) AND source_id IN (SELECT id FROM donations WHERE campaign_id = ${c.id})`), '2');
  assertError(await dayeOffice.get(`/api/v1/donation-campaigns/${c.id}`), 404, 'not_found');
});

test('a deed counts once staff confirm it with evidence', async () => {
  const d = assertOk(await office.post('/api/v1/deeds', { member_id: otherMember.id, title: '修缮村道', done_on: '2026-03-01' }), 201);
  assertError(await office.post(`/api/v1/deeds/${d.id}/decision`, { confirm: true }), 422, 'deed_without_evidence');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAACklEQVR4nGMAAQAABQABDQottAAAAABJRU5ErkJggg==', 'base64');
  assertOk(await office.post(`/api/v1/deeds/${d.id}/attachments`, { filename: '照片.png', content_base64: png.toString('base64') }), 201);
  const ok = assertOk(await office.post(`/api/v1/deeds/${d.id}/decision`, { confirm: true }));
  assert.equal(ok.status, 'confirmed');
  assert.equal(sql(`SELECT COUNT(*) FROM duty_records WHERE kind = 'deed' AND source_id = ${d.id}`), '1');
});

test('the iCalendar feed: a secret per-user address, RFC 5545 text escaped and folded', async () => {
  const title = `冬季安全生产，专题协商；第${++seq}次会议 ${'很长的标题'.repeat(8)}`;
  await meeting({ title, place: '县政府三楼, 第一会议室', starts_at: inChina(60 * 24 * 2), ends_at: inChina(60 * 24 * 2 + 90) }, { member_ids: [weiyuanId] });
  const link = assertOk(await weiyuan.get('/api/v1/my/calendar'));
  assert.equal(assertOk(await weiyuan.get('/api/v1/my/calendar')).token, link.token, 'the address stays the same');
  const res = await fetch(srv.url + link.path);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/calendar/);
  const text = await res.text();
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  const unfolded = text.replace(/\r\n /g, '');
  assert.ok(unfolded.includes(`SUMMARY:${title.replace(/,/g, '\\,').replace(/;/g, '\\;')}\r\n`));
  assert.ok(unfolded.includes('LOCATION:县政府三楼\\, 第一会议室'));
  assert.ok(unfolded.includes('DESCRIPTION:一、审议\\n二、协商'));
  assert.match(unfolded, /DTSTART:\d{8}T\d{6}Z/);
  assert.equal((await fetch(`${srv.url}/api/v1/calendar.ics?token=nope`)).status, 404);
  const leaderFeed = await fetch(srv.url + assertOk(await outsider.get('/api/v1/my/calendar')).path);
  assert.ok(!(await leaderFeed.text()).includes(title.slice(0, 8)), 'another user\'s feed does not list it');
});

test('Party life: the requirements table and what each branch has not held this quarter', async () => {
  const req = assertOk(await office.get('/api/v1/party-life/requirements')).items;
  assert.deepEqual(req.map((r) => `${r.code}:${r.period}`),
    ['branch_committee:month', 'group:month', 'branch_general:quarter', 'party_class:quarter', 'party_day:month', 'integrity_talk:quarter']);
  const s = assertOk(await office.get('/api/v1/party-life/status'));
  const branch = s.orgs.find((o) => o.kind === 'branch');
  const byCode = Object.fromEntries(branch.requirements.map((r) => [r.code, r]));
  assert.equal(byCode.party_class.held, 0, 'the demo branch has not had its Party class this quarter');
  assert.ok(s.not_held.some((n) => n.party_org_id === branch.id && n.code === 'party_class'));
  assert.ok(s.not_held.some((n) => n.party_org_id === branch.id && n.code === 'party_day'), 'nor this month\'s Party day');
  assert.equal(byCode.branch_committee.missing.length, 0, 'its committee met every month');
  // holding the Party class takes it off the list
  const cls = assertOk(await office.post('/api/v1/meetings', { kind: 'three_one', party_kind: 'party_class', party_org_id: branch.id,
    title: '专题党课（补）', starts_at: inChina(-60), ends_at: inChina(-10) }), 201);
  assert.ok(cls.invitees.length > 0, 'the organisation\'s members are invited');
  const again = assertOk(await office.get('/api/v1/party-life/status'));
  assert.ok(!again.not_held.some((n) => n.party_org_id === branch.id && n.code === 'party_class'));
  assertError(await office.get('/api/v1/party-life/status?quarter=2026Q5'), 400, 'invalid_field');
  assertError(await weiyuan.get('/api/v1/party-life/status'), 403, 'forbidden');
  // a Party meeting needs its organisation
  const bad = assertError(await office.post('/api/v1/meetings', { kind: 'party_day', title: '主题党日', starts_at: inChina(60), ends_at: inChina(120) }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field), ['party_org_id']);
});

test('demo: Qingjian\'s lecture series has eight guest professors, and its epidemic donations are summed by the product', async () => {
  const lectures = assertOk(await office.get('/api/v1/meetings?kind=lecture&page_size=100')).items
    .filter((l) => l.title.startsWith('清涧政协讲坛'));
  assert.equal(lectures.length, 8);
  assert.equal(new Set(lectures.map((l) => l.lecturers[0].name)).size, 8);
  assert.ok(lectures.every((l) => l.lecturers[0].title.includes('教授') || l.lecturers[0].title.includes('研究员')));
  assert.ok(lectures.every((l) => l.counts.present > 0 && l.status === 'closed'));
  const campaign = assertOk(await office.get('/api/v1/donation-campaigns')).items.find((c) => c.title.includes('抗击疫情'));
  assert.ok(Number(campaign.cash) > 20000, `cash ${campaign.cash}`);
  assert.equal(campaign.goods, '150000.00');
  // a year of meetings with attendance and leave
  const stats = assertOk(await office.get('/api/v1/meetings/stats'));
  assert.ok(stats.meetings > 30);
  const plenaryish = stats.by_kind.find((k) => k.kind === 'standing');
  assert.ok(plenaryish.present > 0 && plenaryish.leave > 0);
  const dayeStats = assertOk(await dayeOffice.get('/api/v1/meetings/stats'));
  assert.ok(dayeStats.meetings > 30);
});
