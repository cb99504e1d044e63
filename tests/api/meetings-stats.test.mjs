// The year's attendance statistics: per kind of meeting and per member, filtered by kind of meeting and sector,
// cancelled meetings left out, and the same per-member table as an .xlsx with Chinese headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { sheetRows } from './lib/xlsx.mjs';

let srv;
let office;
let weiyuan;
before(async () => {
  srv = await startServer('meetings-stats');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
  weiyuan = await new Client(srv.url).login('qingjian', 'weiyuan');
});
after(async () => { await srv?.close(); });

const year = () => Number(new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 4));
const stats = async (query = '') => assertOk(await office.get(`/api/v1/meetings/stats?year=${year()}${query}`));

test('per kind and per member, the figures add up and the filters narrow them', async () => {
  const all = await stats();
  assert.ok(all.meetings > 50, `the demo year has its meetings (${all.meetings})`);
  const sum = (rows, k) => rows.reduce((n, r) => n + r[k], 0);
  for (const k of ['invited', 'present', 'leave', 'absent'])
    assert.ok(sum(all.by_kind, k) >= sum(all.by_member, k), `${k}: members' invitations are among all of them`);
  assert.ok(all.by_member.every((m) => m.present + m.leave + m.absent <= m.invited && m.sector_name !== undefined));
  const row = all.by_member[0];
  assert.equal(row.rate, row.present / row.invited);

  const plenary = await stats('&kind=plenary');
  assert.equal(plenary.by_kind.length, 1);
  assert.equal(plenary.by_kind[0].kind, 'plenary');
  assert.ok(plenary.by_member.every((m) => m.invited <= 1), 'one plenary session a year');
  const sectorId = assertOk(await office.get('/api/v1/org/sectors')).items[0].id;
  const sector = await stats(`&sector_id=${sectorId}`);
  const name = assertOk(await office.get('/api/v1/org/sectors')).items[0].name;
  assert.ok(sector.by_member.length > 0 && sector.by_member.every((m) => m.sector_name === name));
  assert.ok(sum(sector.by_kind, 'invited') < sum(all.by_kind, 'invited'));
  assertError(await office.get(`/api/v1/meetings/stats?year=${year()}&kind=nonsense`), 400, 'invalid_field');
  assertError(await weiyuan.get(`/api/v1/meetings/stats?year=${year()}`), 403, 'forbidden');
});

test('the per-member table exports as .xlsx with the current filters', async () => {
  const res = await office.get(`/api/v1/meetings/stats/export?year=${year()}&kind=plenary`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(decodeURIComponent(res.headers.get('content-disposition')), /会议出勤统计/);
  assert.equal(res.text.slice(0, 2), 'PK', 'a zip (xlsx) file');
  // the workbook holds the figures the JSON statistics give, member by member
  const bytes = Buffer.from(await (await fetch(`${srv.url}/api/v1/meetings/stats/export?year=${year()}&kind=plenary`,
    { headers: { Cookie: office.cookie } })).arrayBuffer());
  const [header, ...rows] = sheetRows(bytes);
  assert.deepEqual(header, ['姓名', '界别', '应出席（次）', '出席（次）', '请假（次）', '缺席（次）', '出席率']);
  const json = (await stats('&kind=plenary')).by_member;
  assert.equal(rows.length, json.length, 'one row per member');
  assert.ok(json.some((m) => m.leave + m.absent > 0), 'the demo plenary has members who were away');
  for (const m of [json[0], json.find((x) => x.absent > 0), json.find((x) => x.leave > 0)].filter(Boolean)) {
    const row = rows[json.indexOf(m)];
    assert.deepEqual(row, [m.name, m.sector_name, String(m.invited), String(m.present), String(m.leave), String(m.absent),
      `${(m.rate * 100).toFixed(1)}%`], `${m.name}'s row`);
  }
  assertError(await weiyuan.get(`/api/v1/meetings/stats/export?year=${year()}`), 403, 'forbidden');
  assertError(await office.get(`/api/v1/meetings/stats/export?year=${year()}&kind=nonsense`), 400, 'invalid_field');
});
