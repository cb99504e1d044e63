// A meeting's life after it is announced: staff change its time, place or agenda (optimistic version, 409 when
// stale); cancel it with a reason (invitees told in the app, its duty records retracted, no sign-in, leave,
// attendance or edits afterwards); or delete one entered by mistake while nobody has signed in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian's office admin
let weiyuan; // the demo member
let weiyuanId;
before(async () => {
  srv = await startServer('meetings-cancel');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
  weiyuan = await new Client(srv.url).login('qingjian', 'weiyuan');
  weiyuanId = assertOk(await weiyuan.get('/api/v1/my/member')).id;
});
after(async () => { await srv?.close(); });

/** China-time "YYYY-MM-DDTHH:MM" `minutes` from now. */
const inChina = (minutes) => new Date(Date.now() + (8 * 60 + minutes) * 60e3).toISOString().slice(0, 16);
const DAY = 24 * 60;
let seq = 0;
/** A standing-committee meeting `startsIn` minutes from now, weiyuan and the standing committee invited. */
async function meeting(startsIn) {
  return assertOk(await office.post('/api/v1/meetings', {
    kind: 'standing', title: `取消测试会议${++seq}`, place: '机关三楼会议室', agenda: '一、审议',
    starts_at: inChina(startsIn), ends_at: inChina(startsIn + 120), invite: { member_ids: [weiyuanId], standing: true },
  }), 201);
}
const get = async (id) => assertOk(await office.get(`/api/v1/meetings/${id}`));
const records = async (id) => assertOk(await office.get(`/api/v1/meetings/${id}/duty-records`)).items;
const trail = async (id) => assertOk(await office.get('/api/v1/audit?object_type=meeting&page_size=200')).items
  .filter((a) => a.object_id === String(id)).map((a) => a.action);
const cancel = (id, body) => office.post(`/api/v1/meetings/${id}/cancel`, body);

test('staff change a meeting\'s time, place and agenda; a stale version is 409 and changes nothing', async () => {
  const m = await meeting(3 * DAY);
  const changed = assertOk(await office.request('PATCH', `/api/v1/meetings/${m.id}`, { json: {
    kind: 'standing', title: m.title, place: '县政协二楼会议室', agenda: '一、审议\n二、协商', version: m.version,
    starts_at: inChina(4 * DAY), ends_at: inChina(4 * DAY + 90),
  } }));
  assert.equal(changed.version, m.version + 1);
  assert.equal(changed.place, '县政协二楼会议室');
  assert.equal(changed.agenda, '一、审议\n二、协商');
  assert.equal(changed.starts_local.slice(0, 10), inChina(4 * DAY).slice(0, 10));
  assertError(await office.request('PATCH', `/api/v1/meetings/${m.id}`, { json: {
    kind: 'standing', title: m.title, place: '别处', starts_at: inChina(DAY), ends_at: inChina(DAY + 60), version: m.version,
  } }), 409, 'stale_version');
  const now = await get(m.id);
  assert.equal(now.place, '县政协二楼会议室');
  assert.equal(now.version, changed.version);
});

test('cancel: a reason is required; the invitees are told; duty records are retracted; nothing changes afterwards', async () => {
  // under way: one standing member signed in by staff, weiyuan holds the venue's QR code
  const m = await meeting(-10);
  const present = m.invitees.find((i) => i.member_id !== weiyuanId);
  assertOk(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [present.id], attendance: 'present' }));
  assert.deepEqual((await records(m.id)).map((r) => r.kind), ['meeting_attended']);
  const { token } = assertOk(await office.get(`/api/v1/meetings/${m.id}/qr`));
  const version = (await get(m.id)).version;
  const year = m.starts_local.slice(0, 4);
  const stats = async () => assertOk(await office.get(`/api/v1/meetings/stats?year=${year}`));
  const invitedOf = (s) => s.by_member.find((x) => x.member_id === weiyuanId)?.invited ?? 0;
  const before_ = await stats();

  const e = assertError(await cancel(m.id, { version, reason: ' ' }), 422, 'invalid_record');
  assert.match(e.message, /取消原因/);
  assertError(await cancel(m.id, { version: version - 1, reason: '暴雨预警' }), 409, 'stale_version');
  assertError(await weiyuan.post(`/api/v1/meetings/${m.id}/cancel`, { version, reason: '暴雨预警' }), 403, 'forbidden');
  assert.equal((await get(m.id)).cancelled, false, 'nothing changed');

  const done = assertOk(await cancel(m.id, { version, reason: '暴雨红色预警，会议取消' }));
  assert.equal(done.cancelled, true);
  assert.equal(done.cancel_reason, '暴雨红色预警，会议取消');
  assert.equal(done.version, version + 1);
  assert.deepEqual(await records(m.id), [], 'the meeting counts for nobody');
  const inbox = assertOk(await weiyuan.get('/api/v1/notifications?page_size=50')).items;
  const told = inbox.find((n) => n.kind === 'meeting_cancelled' && n.link === `/meetings/my/${m.id}`);
  assert.ok(told, 'the invited member is told in the app');
  assert.match(told.title, new RegExp(`会议取消：${m.title}`));
  assert.match(told.body, /暴雨红色预警/);
  assert.equal(assertOk(await weiyuan.get(`/api/v1/my/meetings/${m.id}`)).cancelled, true, 'and sees it cancelled');
  assert.ok((await trail(m.id)).includes('meeting.cancelled'));
  // the year's attendance leaves it out; the member's calendar feed marks it cancelled
  const after_stats = await stats();
  assert.equal(after_stats.meetings, before_.meetings - 1);
  assert.equal(invitedOf(after_stats), invitedOf(before_) - 1);
  const feed = await (await fetch(srv.url + assertOk(await weiyuan.get('/api/v1/my/calendar')).path)).text();
  const event = feed.split('BEGIN:VEVENT').find((e) => e.includes(`UID:meeting-${m.id}@`));
  assert.match(event, /STATUS:CANCELLED/);

  // afterwards: no sign-in, attendance, edits, codes or second cancel
  const late = assertError(await weiyuan.post('/api/v1/my/meetings/sign-in', { token }), 409, 'meeting_cancelled');
  assert.match(late.message, /会议已取消/);
  assertError(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [present.id], attendance: 'absent' }),
    409, 'meeting_cancelled');
  assertError(await office.request('PATCH', `/api/v1/meetings/${m.id}`, { json: {
    kind: 'standing', title: '改名', starts_at: inChina(60), ends_at: inChina(120), version: done.version,
  } }), 409, 'meeting_cancelled');
  assertError(await office.get(`/api/v1/meetings/${m.id}/qr`), 409, 'meeting_cancelled');
  assertError(await office.post(`/api/v1/meetings/${m.id}/close`, {}), 409, 'meeting_cancelled');
  assertError(await cancel(m.id, { version: done.version, reason: '再次' }), 409, 'meeting_cancelled');
  const after_ = await get(m.id);
  assert.equal(after_.version, done.version);
  assert.equal(after_.invitees.find((i) => i.id === present.id).attendance, 'present');
  assert.equal(after_.invitees.find((i) => i.member_id === weiyuanId).attendance, 'pending');
});

test('cancel: leave approved before is retracted with it, and no leave can be asked afterwards', async () => {
  const m = await meeting(2 * DAY);
  const other = await meeting(2 * DAY + 60);
  assertOk(await weiyuan.post(`/api/v1/my/meetings/${m.id}/leave`, { reason: '外出学习' }));
  const inv = (await get(m.id)).invitees.find((i) => i.member_id === weiyuanId);
  assertOk(await office.post(`/api/v1/meetings/${m.id}/leave-decisions`, { invitee_id: inv.id, approve: true }));
  assert.deepEqual((await records(m.id)).map((r) => r.kind), ['meeting_absent_leave']);
  assertOk(await cancel(m.id, { version: (await get(m.id)).version, reason: '主要领导另有公务' }));
  assert.deepEqual(await records(m.id), []);
  assertError(await office.post(`/api/v1/meetings/${m.id}/leave-decisions`, { invitee_id: inv.id, approve: false }),
    409, 'meeting_cancelled');
  // a closed meeting is history: it cannot be cancelled
  const held = await meeting(-200);
  const closed = assertOk(await office.post(`/api/v1/meetings/${held.id}/close`, {}));
  assertError(await cancel(held.id, { version: closed.version, reason: '补录' }), 409, 'meeting_closed');
  // the other meeting is untouched, and leave from a cancelled one is refused
  assert.equal((await get(other.id)).cancelled, false);
  const c2 = assertOk(await cancel(other.id, { version: other.version, reason: '与全会时间冲突' }));
  assert.equal(c2.cancelled, true);
  assertError(await weiyuan.post(`/api/v1/my/meetings/${other.id}/leave`, { reason: '外出' }), 409, 'meeting_cancelled');
});

test('delete: only while nobody has signed in; its invitees go with it; audited', async () => {
  const m = await meeting(-10);
  const someone = m.invitees.find((i) => i.member_id !== weiyuanId);
  assertOk(await office.post(`/api/v1/meetings/${m.id}/attendance`, { invitee_ids: [someone.id], attendance: 'present' }));
  const v = (await get(m.id)).version;
  const e = assertError(await office.request('DELETE', `/api/v1/meetings/${m.id}`, { json: { version: v } }), 409,
    'meeting_has_sign_ins');
  assert.match(e.message, /已有人员签到/);
  assert.equal((await records(m.id)).length, 1, 'nothing deleted');

  const wrong = await meeting(5 * DAY);
  assertError(await office.request('DELETE', `/api/v1/meetings/${wrong.id}`), 400, 'missing_field');
  assertError(await office.request('DELETE', `/api/v1/meetings/${wrong.id}?version=${wrong.version + 1}`), 409, 'stale_version');
  assertError(await weiyuan.request('DELETE', `/api/v1/meetings/${wrong.id}?version=${wrong.version}`), 403, 'forbidden');
  assert.equal((await office.request('DELETE', `/api/v1/meetings/${wrong.id}?version=${wrong.version}`)).status, 204);
  assertError(await office.get(`/api/v1/meetings/${wrong.id}`), 404, 'not_found');
  assertError(await weiyuan.get(`/api/v1/my/meetings/${wrong.id}`), 404, 'not_found');
  assert.ok((await trail(wrong.id)).includes('meeting.deleted'));
});
