// In-app notifications and the timed jobs that write them: the inbox routes (a user sees and marks only their
// own messages), `zhixie jobs run-once` telling a proposal's handling unit 7 days, 0 days and after the deadline
// — once each, and nobody else, not another unit, not another committee — supervised tasks' overdue alerts to
// the assignee and the assigning leader, and `serve` running the jobs itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { proposalKit } from './lib/proposals.mjs';

let srv;
let kit; // qingjian's proposal people: unit = chengban, otherUnit = another unit's user
let dayeUnit;
before(async () => {
  // the runner stays off here, so only the commands below run the jobs
  srv = await startServer('notifications', { env: { ZHIXIE_JOBS_TICK_SECONDS: '0' } });
  kit = await proposalKit(srv);
  dayeUnit = await new Client(srv.url).login('daye', 'chengban');
});
after(async () => { await srv?.close(); });

/** The China-time day `days` after an ISO time: YYYY-MM-DD. */
const chinaDay = (iso, days = 0) => new Date(Date.parse(iso) + 8 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);

function runJobs(args) {
  const r = srv.run(['jobs', 'run-once', ...args]);
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Every message of the user's inbox (all pages). */
async function inbox(client, query = '') {
  const page = assertOk(await client.get(`/api/v1/notifications?page_size=200${query}`));
  assert.equal(page.items.length, Math.min(page.total, 200));
  return page;
}
const about = (items, link) => items.filter((n) => n.link === link);

test('a proposal\'s unit is reminded 7 days before, on the day and once overdue — once each, no one else', async () => {
  const p = await kit.drive('handling');
  assert.ok(p.handling_due, 'the reply has a deadline');
  const link = `/proposals/${p.id}`;
  const due = chinaDay(p.handling_due);

  assert.match(runJobs(['--job', 'proposal_deadlines']), /^proposal_deadlines: \d+$/m);
  assert.deepEqual(about((await inbox(kit.unit)).items, link), [], 'three months away: nothing yet');

  for (const [day, title] of [[chinaDay(p.handling_due, -7), '提案办理期限还有7天'], [due, '提案今日到期'],
    [chinaDay(p.handling_due, 1), '提案办理已超期']]) {
    const out = runJobs(['--job', 'proposal_deadlines', '--today', day]);
    assert.ok(Number(out.match(/proposal_deadlines: (\d+)/)[1]) >= 1, out);
    runJobs(['--job', 'proposal_deadlines', '--today', day]); // again: nobody is told twice
    const mine = about((await inbox(kit.unit)).items, link);
    assert.equal(mine.filter((n) => n.title === title).length, 1, `${day}: ${title} once`);
  }
  const mine = about((await inbox(kit.unit)).items, link);
  assert.deepEqual(mine.map((n) => n.title), ['提案办理已超期', '提案今日到期', '提案办理期限还有7天'], 'newest first');
  assert.ok(mine.every((n) => n.read_at === null && n.body.includes(p.title) && n.body.includes(due)), mine[0].body);
  assert.equal(mine[2].kind, 'proposal_deadline');
  assert.equal(mine[0].kind, 'proposal_overdue');

  assert.deepEqual(about((await inbox(kit.otherUnit)).items, link), [], 'another unit is not told');
  assert.ok((await inbox(dayeUnit)).items.every((n) => !n.body.includes(p.title)), 'nor another committee');
  assert.deepEqual(about((await inbox(kit.member)).items, link), [], 'nor the proposer');
});

test('the inbox: unread filter and count, marking one or all read, another user\'s message is 404', async () => {
  const p = await kit.drive('handling');
  runJobs(['--job', 'proposal_deadlines', '--today', chinaDay(p.handling_due, -30)]);
  const before = await inbox(kit.unit, '&unread=1');
  assert.ok(before.unread >= 1 && before.total === before.unread);
  const [message] = about(before.items, `/proposals/${p.id}`);
  assert.equal(message.title, '提案办理期限还有30天');

  assertError(await kit.otherUnit.post(`/api/v1/notifications/${message.id}/read`), 404, 'not_found');
  assertError(await dayeUnit.post(`/api/v1/notifications/${message.id}/read`), 404, 'not_found');
  assertError(await kit.unit.post('/api/v1/notifications/99999999/read'), 404, 'not_found');
  assert.equal((await inbox(kit.unit, '&unread=1')).unread, before.unread, 'nothing was marked');

  const read = assertOk(await kit.unit.post(`/api/v1/notifications/${message.id}/read`));
  assert.equal(read.id, message.id);
  assert.match(read.read_at, /^\d{4}-\d\d-\d\dT/);
  assert.equal(read.unread, before.unread - 1);
  assert.equal(assertOk(await kit.unit.post(`/api/v1/notifications/${message.id}/read`)).unread, read.unread,
    'marking it again changes nothing');
  const after = await inbox(kit.unit, '&unread=1');
  assert.ok(!after.items.some((n) => n.id === message.id), 'no longer among the unread');
  assert.equal(about((await inbox(kit.unit)).items, `/proposals/${p.id}`)[0].read_at, read.read_at);

  const paged = assertOk(await kit.unit.get('/api/v1/notifications?page=1&page_size=1'));
  assert.equal(paged.items.length, 1);
  assert.ok(paged.total >= 2);

  const otherBefore = (await inbox(kit.otherUnit)).unread;
  const all = assertOk(await kit.unit.post('/api/v1/notifications/read-all'));
  assert.equal(all.marked, after.unread);
  assert.equal(all.unread, 0);
  assert.equal((await inbox(kit.unit, '&unread=1')).total, 0);
  assert.equal((await inbox(kit.otherUnit)).unread, otherBefore, 'another user\'s messages stay unread');
  assertError(await new Client(srv.url).get('/api/v1/notifications'), 401, 'unauthenticated');
});

test('an overdue supervised task alerts its assignee and the leader who assigned it, once', async () => {
  const cid = "(SELECT id FROM committees WHERE code = 'qingjian')";
  const ganbuStaff = Number(srv.db.sql(`SELECT s.id FROM staff s JOIN users u ON u.id = s.user_id
    WHERE u.username = 'ganbu' AND u.committee_id = ${cid}`));
  const tomorrow = chinaDay(new Date().toISOString(), 1);
  const task = assertOk(await kit.leader.post('/api/v1/office/tasks', { title: '报送驻点村帮扶项目进展情况',
    staff_id: ganbuStaff, deadline: tomorrow }), 201);
  const ganbu = await new Client(srv.url).login('qingjian', 'ganbu');
  const link = `/office/tasks/${task.id}`;

  runJobs(['--job', 'office_task_overdue', '--today', tomorrow]);
  assert.deepEqual(about((await inbox(ganbu)).items, link), [], 'due today is not overdue');
  const late = chinaDay(new Date().toISOString(), 4);
  runJobs(['--job', 'office_task_overdue', '--today', late]);
  runJobs(['--job', 'office_task_overdue', '--today', chinaDay(new Date().toISOString(), 5)]);
  for (const who of [ganbu, kit.leader]) {
    const alerts = about((await inbox(who)).items, link);
    assert.equal(alerts.length, 1, 'once');
    assert.equal(alerts[0].kind, 'task_overdue');
    assert.match(alerts[0].body, /报送驻点村帮扶项目进展情况.*已超期3天/);
  }
  const office = await new Client(srv.url).login('qingjian', 'bangongshi');
  assert.deepEqual(about((await inbox(office)).items, link), [], 'others are not told');
});

test('jobs run-once: an unknown job or date is refused; a job another instance holds is skipped', () => {
  const unknown = srv.run(['jobs', 'run-once', '--job', 'no_such_job']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /proposal_deadlines/);
  assert.equal(srv.run(['jobs', 'run-once', '--today', '2026-02-30']).status, 2);
  const far = new Date(Date.now() + 3600e3).toISOString().replace(/\.\d+Z$/, 'Z');
  srv.db.sql(`UPDATE job_leases SET holder = 'other-server:1:x', expires_at = '${far}' WHERE job = 'office_task_overdue'`);
  try {
    assert.match(runJobs([]), /office_task_overdue: skipped/);
  } finally {
    srv.db.sql("UPDATE job_leases SET holder = '', expires_at = '2000-01-01T00:00:00Z' WHERE job = 'office_task_overdue'");
  }
});

test('serve runs the jobs itself', async () => {
  const other = await startServer('notifications-serve', { env: { ZHIXIE_JOBS_TICK_SECONDS: '1' } });
  try {
    const done = (rows) => /office_task_overdue\|ok/.test(rows) && /proposal_deadlines\|ok/.test(rows);
    let rows = '';
    for (let i = 0; i < 150 && !done(rows); i++) {
      await new Promise((ok) => setTimeout(ok, 200));
      rows = other.db.sql("SELECT job || '|' || last_result FROM job_leases ORDER BY job");
    }
    assert.match(rows, /office_task_overdue\|ok: \d+/);
    assert.match(rows, /proposal_deadlines\|ok: \d+/);
  } finally {
    await other.close();
  }
});
