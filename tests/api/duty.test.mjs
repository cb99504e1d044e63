// Members' duty performance: the rules (validated in Chinese, versioned, recomputing the scores), rankings and
// the lists built on them, self-reported duties and their approval, dossiers (a member sees only their own;
// another committee's are 404), a proposal accepted raising its proposer's score, and the .xlsx exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { proposalKit, todayInChina } from './lib/proposals.mjs';

let srv;
let kit; // qingjian's demo people (kit.office = bangongshi, kit.staff = tianwei)
let daye;
before(async () => {
  srv = await startServer('duty');
  kit = await proposalKit(srv);
  daye = await new Client(srv.url).login('daye', 'bangongshi');
});
after(async () => { await srv?.close(); });

const year = () => Number(todayInChina().slice(0, 4));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
const put = (client, path, json) => client.request('PUT', path, { json });
const rulesOf = async (client) => assertOk(await client.get(`/api/v1/duty/rules?year=${year()}`));
const mine = async () => assertOk(await kit.member.get(`/api/v1/my/duty?year=${year()}`));
const report = (client, body) => client.post('/api/v1/my/duty/reports', {
  kind: 'deed', occurred_on: todayInChina(), title: '协调修复村道', description: '协调交通部门修复村道 2 公里。',
  evidence: { filename: '验收单.pdf', content_base64: PDF }, ...body,
});
const kindOf = (dossier, kind) => dossier.kinds.find((k) => k.kind === kind) ?? { count: 0, points: 0 };
// the points a dossier's records earn before the full score clamps them (an active member's total may sit at
// the full score, and then only this shows a new record's worth)
const earned = (d) => d.base_score + d.kinds.reduce((k, x) => k + x.points, 0);
const clamped = (d) => Math.min(Math.max(earned(d), 0), d.full_score);

test('the demo has each year\'s rules and scores computed from its records', async () => {
  const r = await rulesOf(kit.office);
  assert.equal(r.custom, true, 'the seed saved the year\'s rules');
  assert.equal(r.rules.full_score, 100);
  assert.deepEqual(r.rules.bands.map((b) => b.grade), ['优秀', '良好', '称职', '不称职']);
  assert.equal(r.rules.five_ones.length, 5);
  assert.ok(r.kinds.some((k) => k.kind === 'proposal_accepted' && k.name_zh === '提案立案'));
  const scores = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&page_size=500`));
  assert.ok(scores.total >= 200, `every serving member is scored (${scores.total})`);
  assert.equal(scores.summary.grades.reduce((n, g) => n + g.count, 0), scores.total);
  const totals = scores.items.map((s) => s.total);
  assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'highest first');
  assert.ok(totals[0] > 0, 'somebody earned points from the seeded proposals and contacts');
  const d = await mine();
  assert.ok(kindOf(d, 'proposal_filed').count >= 1, 'the demo member\'s seeded proposals are in the dossier');
  assert.ok(d.records.every((x) => String(x.occurred_on).startsWith(String(year()))));
  // Daye runs its own table: an accepted proposal is worth 15 there, with the lead proposer counted in full
  const dy = await rulesOf(daye);
  assert.equal(dy.rules.joint_split, 'lead_full');
  assert.equal(dy.rules.items.find((i) => i.kind === 'proposal_accepted').points, 15);
});

test('the demo year is plausible: most members 称职 or 良好, a few 优秀, 不称职 a small minority — all from records', async () => {
  for (const client of [kit.office, daye]) {
    const scores = assertOk(await client.get(`/api/v1/duty/scores?year=${year()}&page_size=500`));
    const n = Object.fromEntries(scores.summary.grades.map((g) => [g.grade, g.count]));
    const share = (g) => n[g] / scores.total;
    assert.ok(share('称职') + share('良好') >= 0.6, `most members are 称职 or 良好 (${JSON.stringify(n)})`);
    assert.ok(n['优秀'] > 0 && share('优秀') <= 0.2, `a few are 优秀 (${JSON.stringify(n)})`);
    assert.ok(n['不称职'] > 0 && share('不称职') <= 0.15, `不称职 is a small minority (${JSON.stringify(n)})`);
    // one member of each grade: the ranking's figure is the dossier's, summed from that member's records
    for (const grade of Object.keys(n)) {
      const row = scores.items.find((s) => s.grade === grade);
      const d = assertOk(await client.get(`/api/v1/duty/members/${row.member_id}/dossier?year=${year()}`));
      assert.equal(d.score.total, row.total);
      assert.equal(d.score.grade, grade);
      const confirmed = d.records.filter((r) => r.status === 'confirmed');
      assert.equal(d.kinds.reduce((k, x) => k + x.count, 0), confirmed.length, `${grade}: every record counted`);
      assert.ok(Math.abs(clamped(d) - row.total) < 0.01, `${grade}: total is the points' sum`);
      assert.ok(kindOf(d, 'meeting_attended').count > 0, `${grade}: came to meetings this year`);
    }
  }
});

test('bad rules are refused in Chinese and change nothing; a stale version is 409; good rules recompute', async () => {
  const before = await rulesOf(kit.office);
  const bad = structuredClone(before.rules);
  bad.items.find((i) => i.kind === 'contact').cap = -3;
  bad.bands = [{ grade: '优秀', min: 85, max: 100 }, { grade: '良好', min: 75, max: 90 },
    { grade: '称职', min: 60, max: 70 }, { grade: '不称职', min: 0, max: 60 }];
  const e = assertError(await put(kit.office, `/api/v1/duty/rules?year=${year()}`, { version: before.version, rules: bad }),
    422, 'invalid_record');
  const messages = e.details.errors.map((x) => x.message).join('\n');
  assert.match(messages, /“联系群众”年度封顶分不能为负数/);
  assert.match(messages, /重叠/);
  assert.match(messages, /空档/);
  assert.equal((await rulesOf(kit.office)).version, before.version, 'nothing saved');

  assertError(await put(kit.office, `/api/v1/duty/rules?year=${year()}`, { version: before.version - 1, rules: before.rules }),
    409, 'stale_version');
  assertError(await put(kit.member, `/api/v1/duty/rules?year=${year()}`, { version: before.version, rules: before.rules }),
    403, 'forbidden');
  assertError(await kit.member.get(`/api/v1/duty/rules?year=${year()}`), 403, 'forbidden');

  // contacts worth 2 points each: the demo member's contact points double (up to the cap)
  const d0 = await mine();
  const good = structuredClone(before.rules);
  good.items.find((i) => i.kind === 'contact').points = 2;
  const saved = assertOk(await put(kit.office, `/api/v1/duty/rules?year=${year()}`, { version: before.version, rules: good }));
  assert.equal(saved.version, before.version + 1);
  assert.ok(saved.members_scored >= 200);
  const d1 = await mine();
  const contacts = kindOf(d0, 'contact').count;
  assert.equal(kindOf(d1, 'contact').points, Math.min(2 * contacts, 10));
  // and back
  assertOk(await put(kit.office, `/api/v1/duty/rules?year=${year()}`, { version: saved.version, rules: before.rules }));
  assert.equal((await mine()).score.total, d0.score.total);
});

test('a member reports a duty with evidence; staff approve it and the member\'s score rises', async () => {
  assertError(await report(kit.member, { evidence: undefined }), 422, 'invalid_record');
  assertError(await report(kit.member, { kind: 'meeting_attended' }), 422, 'invalid_record');
  assertError(await report(kit.member, { occurred_on: '2999-01-01' }), 422, 'invalid_record');
  const before = await mine();
  const r = assertOk(await report(kit.member, { title: '为敬老院协调冬季取暖' }), 201);
  assert.equal(r.status, 'pending');
  const pending = await mine();
  assert.equal(pending.score.total, before.score.total, 'a pending report does not count yet');
  assert.ok(pending.reports.some((x) => x.id === r.id && x.status_name === '待审核'));

  const queue = assertOk(await kit.office.get('/api/v1/duty/reports?status=pending')).items;
  const item = queue.find((x) => x.id === r.id);
  assert.ok(item, 'staff see it waiting');
  assert.equal(item.evidence[0].filename, '验收单.pdf');
  const file = await kit.office.get(`/api/v1/duty/reports/${r.id}/evidence`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.equal((await kit.member.get(`/api/v1/duty/reports/${r.id}/evidence`)).status, 200, 'the reporter sees it');
  assertError(await kit.unit.get(`/api/v1/duty/reports/${r.id}/evidence`), 404, 'not_found');
  assertError(await kit.member.post(`/api/v1/duty/reports/${r.id}/approve`, {}), 403, 'forbidden');

  const ok = assertOk(await kit.office.post(`/api/v1/duty/reports/${r.id}/approve`, { version: r.version }));
  assert.equal(ok.status, 'confirmed');
  assertError(await kit.office.post(`/api/v1/duty/reports/${r.id}/approve`, {}), 409, 'request_already_decided');
  const after = await mine();
  const deeds = kindOf(after, 'deed');
  assert.equal(deeds.count, kindOf(before, 'deed').count + 1);
  assert.ok(earned(after) > earned(before) || deeds.capped, `${earned(before)} → ${earned(after)}`);
  assert.ok(Math.abs(after.score.total - clamped(after)) < 0.01, `${after.score.total} is what the records earn`);
  assert.ok(after.records.some((x) => x.source_type === 'self_report' && x.source_id === r.id && x.status === 'confirmed'));

  // a report rejected needs a reason, and then does not count
  const other = assertOk(await report(kit.member, { kind: 'research', title: '自行走访' }), 201);
  const e = assertError(await kit.office.post(`/api/v1/duty/reports/${other.id}/reject`, {}), 422, 'invalid_record');
  assert.match(e.message, /理由不能为空/);
  const rejected = assertOk(await kit.office.post(`/api/v1/duty/reports/${other.id}/reject`, { reason: '缺少调研报告' }));
  assert.equal(rejected.status, 'rejected');
  assert.equal((await mine()).score.total, after.score.total);
});

test('a proposal accepted (立案) raises its proposer\'s score', async () => {
  const before = await mine();
  const p = await kit.drive('submitted');
  const filed = await mine();
  assert.equal(kindOf(filed, 'proposal_filed').count, kindOf(before, 'proposal_filed').count + 1);
  await kit.drive('accepted');
  const after = await mine();
  assert.equal(kindOf(after, 'proposal_accepted').count, kindOf(before, 'proposal_accepted').count + 1);
  assert.ok(earned(after) > earned(before), `${earned(before)} → ${earned(after)}`);
  assert.ok(Math.abs(after.score.total - clamped(after)) < 0.01, `${after.score.total} is what the records earn`);
  // a proposal returned for revision takes its filed record back
  const returned = await kit.drive('returned');
  const rec = (await mine()).records.filter((x) => x.source_id === returned.id && x.source_type === 'proposal');
  assert.deepEqual(rec, []);
  assert.ok((await mine()).records.some((x) => x.source_id === p.id && x.kind === 'proposal_filed'));
});

test('a member sees only their own dossier; staff and leaders see any; another committee\'s is 404', async () => {
  const own = await mine();
  assert.equal(own.member.id, kit.memberId);
  assertError(await kit.member.get(`/api/v1/duty/members/${kit.leaderMemberId}/dossier`), 403, 'forbidden');
  assertError(await kit.member.get(`/api/v1/duty/scores?year=${year()}`), 403, 'forbidden');
  const seen = assertOk(await kit.leader.get(`/api/v1/duty/members/${kit.memberId}/dossier?year=${year()}`));
  assert.equal(seen.score.total, own.score.total);
  assert.ok(seen.ranks.ranking >= 1 && seen.ranks.ranking <= seen.ranks.of);
  assertError(await daye.get(`/api/v1/duty/members/${kit.memberId}/dossier`), 404, 'not_found');
  assertError(await daye.get(`/api/v1/duty/members/${kit.memberId}/dossier/print`), 404, 'not_found');
  const r = assertOk(await report(kit.member, {}), 201);
  assertError(await daye.post(`/api/v1/duty/reports/${r.id}/approve`, {}), 404, 'not_found');
  assertError(await daye.get(`/api/v1/duty/reports/${r.id}/evidence`), 404, 'not_found');
  assert.ok(!assertOk(await daye.get('/api/v1/duty/reports')).items.some((x) => x.id === r.id));
});

test('rankings by sector and body, members short of their five ones or below a grade', async () => {
  const all = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&page_size=500`));
  const sectorId = all.items.find((x) => x.sector_id).sector_id;
  const bySector = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&sector_id=${sectorId}&page_size=500`));
  assert.ok(bySector.items.length > 0 && bySector.items.every((x) => x.sector_id === sectorId));
  assert.equal(bySector.items[0].group_ranking, 1);
  const short = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&short=1&page_size=500`));
  assert.ok(short.items.length > 0);
  assert.ok(short.items.every((x) => x.missing.length > 0 && x.five_ones_met < x.five_ones_total));
  assert.ok(short.items[0].missing.every((m) => typeof m.name === 'string' && m.name.length > 0));
  const below = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&below=${encodeURIComponent('称职')}`));
  assert.ok(below.items.every((x) => x.total < 60));
  const failing = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&grade=${encodeURIComponent('不称职')}`));
  assert.equal(failing.total, below.total);
  const bodies = assertOk(await kit.office.get('/api/v1/org/bodies')).items;
  for (const b of bodies) {
    const byBody = assertOk(await kit.office.get(`/api/v1/duty/scores?year=${year()}&body_id=${b.id}`));
    assert.ok(byBody.items.every((x) => x.bodies.includes(b.name)));
  }
  assertError(await kit.office.get(`/api/v1/duty/scores?year=${year()}&below=${encodeURIComponent('没有')}`), 400,
    'invalid_field');
});

test('exports are .xlsx files and the dossier prints', async () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  for (const path of [`/api/v1/duty/scores/export?year=${year()}`, `/api/v1/duty/members/${kit.memberId}/dossier/export`,
    '/api/v1/my/duty/export']) {
    const client = path.startsWith('/api/v1/my/') ? kit.member : kit.office;
    const r = await client.request('GET', path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), XLSX, path);
    assert.match(r.headers.get('content-disposition'), /\.xlsx/);
  }
  const page = await kit.member.get('/api/v1/my/duty/print');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /text\/html/);
  assert.match(page.text, /委员履职档案/);
  assert.match(page.text, /“五个一”完成情况/);
  const recomputed = assertOk(await kit.office.post(`/api/v1/duty/scores/recompute?year=${year()}`, {}));
  assert.ok(recomputed.members_scored >= 200);
});
