// Members (委员): listing with pinyin search, records with validation, optimistic versions, roster import and
// export, sign-in accounts, self-service contact changes approved by staff, and rolling a term over.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin
before(async () => {
  srv = await startServer('members');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
});
after(async () => { await srv?.close(); });

/** A valid 18-digit resident ID number for a birth date. */
export function idCard(birth, seq) {
  const body = `610830${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, k) => s + Number(d) * w[k], 0);
  return body + '10X98765432'[sum % 11];
}

let phoneSeq = 0;
const phone = () => `1990000${String(++phoneSeq).padStart(4, '0')}`;

test('the demo roster lists 200 members of the current term, sorted by pinyin and searchable by initials', async () => {
  const page = assertOk(await office.get('/api/v1/members?page_size=200'));
  assert.equal(page.total, 200);
  const pinyins = page.items.map((m) => m.name_pinyin);
  assert.deepEqual(pinyins, [...pinyins].sort(), 'sorted by pinyin');
  const someone = page.items[17];
  const hits = assertOk(await office.get(`/api/v1/members?q=${someone.name_initials}&page_size=200`));
  assert.ok(hits.items.some((m) => m.id === someone.id), 'initials find the member');
  assert.ok(hits.total < 200);
  const full = assertOk(await office.get(`/api/v1/members?q=${encodeURIComponent(someone.name_pinyin.replaceAll(' ', ''))}`));
  assert.ok(full.items.some((m) => m.id === someone.id), 'full pinyin finds the member');
  const byName = assertOk(await office.get(`/api/v1/members?q=${encodeURIComponent(someone.name)}`));
  assert.equal(byName.items[0].name, someone.name);
  const standing = assertOk(await office.get('/api/v1/members?standing=1&page_size=200'));
  assert.ok(standing.total > 10 && standing.items.every((m) => m.is_standing));
  const daye = await new Client(srv.url).login('daye', 'bangongshi');
  assert.equal(assertOk(await daye.get('/api/v1/members')).total, 220, 'each committee sees only its own');
  const member = await new Client(srv.url).login('qingjian', 'weiyuan');
  assertError(await member.get('/api/v1/members'), 403, 'forbidden');
});

test('a member record is validated field by field and saved with the audit trail', async () => {
  const bad = assertError(await office.post('/api/v1/members', { name: '', gender: '未知', id_card: '610830199001011234',
    phone: '12345', birth_date: '1990-02-30' }), 422, 'invalid_record');
  const fields = bad.details.errors.map((e) => e.field).sort();
  assert.deepEqual(fields, ['birth_date', 'gender', 'id_card', 'name', 'phone']);
  assert.ok(bad.details.errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message)), 'messages in Chinese');
  const p = phone();
  const created = assertOk(await office.post('/api/v1/members', { name: '测试委员', gender: '女', birth_date: '1985-06-01',
    id_card: idCard('1985-06-01', 901), phone: p, work_unit: "<script>alert(1)</script>'; DROP TABLE members;--" }), 201);
  assert.equal(created.name_initials, 'cswy');
  assert.equal(created.work_unit, "<script>alert(1)</script>'; DROP TABLE members;--");
  const dup = assertError(await office.post('/api/v1/members', { name: '重复', gender: '男', phone: p }), 422, 'invalid_record');
  assert.equal(dup.details.errors[0].field, 'phone');
  const got = assertOk(await office.get(`/api/v1/members/${created.id}`));
  assert.equal(got.phone, p);
  assert.equal(got.id_card, idCard('1985-06-01', 901), 'the roster keeper sees the whole ID number');
  const reader = await new Client(srv.url).login('qingjian', 'tianwei'); // reads the roster, does not keep it
  const masked = assertOk(await reader.get(`/api/v1/members/${created.id}`)).id_card;
  assert.equal(masked, `${got.id_card.slice(0, 6)}********${got.id_card.slice(-4)}`);
  assert.ok(Array.isArray(got.terms) && got.terms.length === 1);
  const edited = assertOk(await office.patch(`/api/v1/members/${created.id}`, { ...got, job_title: '主任', version: got.version }));
  assert.equal(edited.version, got.version + 1);
  assertError(await office.patch(`/api/v1/members/${created.id}`, { ...got, job_title: '旧', version: got.version }), 409, 'stale_version');
  const trail = assertOk(await office.get('/api/v1/audit?object_type=member'));
  assert.ok(trail.items.some((a) => a.action === 'member.updated' && a.object_id === String(created.id)));
  const daye = await new Client(srv.url).login('daye', 'admin');
  assertError(await daye.get(`/api/v1/members/${created.id}`), 404, 'not_found');
  assertError(await daye.patch(`/api/v1/members/${created.id}`, { ...got, version: edited.version }), 404, 'not_found');
});

test('roster import: preview names the bad row, nothing is stored until every row is right', async () => {
  const before = assertOk(await office.get('/api/v1/members')).total;
  const good = `张一丰,男,1970-03-04,${idCard('1970-03-04', 911)},${phone()}`;
  const badRow = `李二丰,女,1972-05-06,610830197205061239,${phone()}`; // wrong check digit
  const csv = `姓名,性别,出生日期,身份证号,手机号码\n${good}\n${badRow}\n`;
  const upload = (path, body) => office.request('POST', path, { raw: body, headers: { 'Content-Type': 'text/csv' } });
  const preview = assertOk(await upload('/api/v1/members/import/preview?filename=roster.csv', csv));
  assert.equal(preview.total, 2);
  assert.equal(preview.invalid, 1);
  const row = preview.rows.find((r) => r.errors.length);
  assert.equal(row.row, 3);
  assert.equal(row.errors[0].field, 'id_card');
  const refused = assertError(await upload('/api/v1/members/import?filename=roster.csv', csv), 422, 'import_has_errors');
  assert.equal(refused.details.count, 1);
  assert.equal(assertOk(await office.get('/api/v1/members')).total, before, 'nothing stored');
  const fixed = csv.replace('610830197205061239', idCard('1972-05-06', 912));
  const done = assertOk(await upload('/api/v1/members/import?filename=roster.csv', fixed));
  assert.equal(done.committed, true);
  assert.equal(assertOk(await office.get('/api/v1/members')).total, before + 2);
  // the same file again: both rows now duplicate existing members
  const again = assertOk(await upload('/api/v1/members/import/preview?filename=roster.csv', fixed));
  assert.equal(again.invalid, 2);
});

test('import reads GBK/GB18030 files and refuses a GBK file declared as UTF-8', async () => {
  // "姓名,性别\n王五,男\n" in GBK
  const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd0, 0xd4, 0xb1, 0xf0, 0x0a, 0xcd, 0xf5, 0xce, 0xe5, 0x2c, 0xc4, 0xd0, 0x0a]);
  const upload = (q) => office.request('POST', `/api/v1/members/import/preview?filename=r.csv&${q}`, { raw: gbk,
    headers: { 'Content-Type': 'text/csv' } });
  const auto = assertOk(await upload('encoding=auto'));
  assert.equal(auto.rows[0].name, '王五');
  const wrong = assertError(await upload('encoding=utf8'), 400, 'import_bad_encoding');
  assert.equal(wrong.details.row, 1, 'the header is the first line that is not UTF-8');
  const missing = assertError(await office.request('POST', '/api/v1/members/import/preview?filename=r.csv',
    { raw: '电话\n123\n', headers: { 'Content-Type': 'text/csv' } }), 400, 'import_missing_columns');
  assert.match(missing.message, /姓名/);
});

test('export gives an .xlsx of the filtered roster', async () => {
  const res = await office.get('/api/v1/members/export?standing=1');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /spreadsheetml/);
  assert.match(res.headers.get('content-disposition'), /filename\*=UTF-8''/);
  assert.ok(res.text.startsWith('PK'), 'a zip container');
});

test('a member changes their phone; it takes effect only when staff approve', async () => {
  const member = await new Client(srv.url).login('qingjian', 'weiyuan');
  const mine = assertOk(await member.get('/api/v1/my/member'));
  assert.ok(!('id_card' in mine), 'the own view hides the ID number');
  const newPhone = phone();
  const req = assertOk(await member.post('/api/v1/my/member/contact-change', { phone: newPhone }), 201);
  assert.equal(req.status, 'pending');
  assert.equal(assertOk(await office.get(`/api/v1/members/${mine.id}`)).phone, mine.phone, 'not applied yet');
  assertError(await member.post(`/api/v1/members/contact-changes/${req.id}/approve`, {}), 403, 'forbidden');
  const pending = assertOk(await office.get('/api/v1/members/contact-changes'));
  assert.ok(pending.items.some((r) => r.id === req.id && r.changes.phone === newPhone));
  assertOk(await office.post(`/api/v1/members/contact-changes/${req.id}/approve`, {}));
  assert.equal(assertOk(await office.get(`/api/v1/members/${mine.id}`)).phone, newPhone);
  assertError(await office.post(`/api/v1/members/contact-changes/${req.id}/reject`, {}), 409, 'request_already_decided');
  const bad = assertError(await member.post('/api/v1/my/member/contact-change', { phone: 'abc' }), 422, 'invalid_record');
  assert.equal(bad.details.errors[0].field, 'phone');
  const office2 = await new Client(srv.url).login('qingjian', 'tianwei');
  assertError(await office2.get('/api/v1/my/member'), 403, 'forbidden');
});

test('enabling sign-in gives a one-time password flagged for change', async () => {
  const m = assertOk(await office.post('/api/v1/members', { name: '账号委员', gender: '男', phone: phone() }), 201);
  const acc = assertOk(await office.post(`/api/v1/members/${m.id}/account`, {}), 201);
  assert.equal(acc.username, m.phone);
  assertError(await office.post(`/api/v1/members/${m.id}/account`, {}), 409, 'account_exists');
  const c = new Client(srv.url);
  const login = assertOk(await c.tryLogin('qingjian', acc.username, acc.initial_password));
  assert.deepEqual(login.user.roles, ['member']);
  assert.equal(assertOk(await c.get('/api/v1/my/member')).id, m.id, 'the account is the member');
  // the stored flag asks for a change at first sign-in (demo mode, which these tests run in, waives it)
  const listed = assertOk(await office.get(`/api/v1/users?q=${acc.username}`)).items[0];
  assert.equal(listed.must_change_password, true);
});

test('liaison: the tree, a member logging their own contact, and links not contacted this quarter', async () => {
  const chair = assertOk(await office.get('/api/v1/liaison/links?level=chair_standing'));
  assert.ok(chair.total > 10);
  const member = await new Client(srv.url).login('qingjian', 'weiyuan');
  const mine = assertOk(await member.get('/api/v1/my/liaison'));
  assert.ok(mine.items.length >= 2, 'the demo member keeps public contacts');
  const link = mine.items[0];
  const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
  const log = assertOk(await member.post(`/api/v1/my/liaison/${link.id}/logs`, { contact_date: today, form: '走访',
    people: '村民代表', issues: '村道排水', follow_up: '整理成社情民意' }), 201);
  assert.equal(log.link_id, link.id);
  const other = chair.items[0];
  assertError(await member.post(`/api/v1/my/liaison/${other.id}/logs`, { contact_date: today, form: '电话', issues: 'x' }),
    404, 'not_found');
  const bad = assertError(await member.post(`/api/v1/my/liaison/${link.id}/logs`, { contact_date: '2099-01-01', form: '飞鸽',
    issues: '' }), 422, 'invalid_record');
  assert.deepEqual(bad.details.errors.map((e) => e.field).sort(), ['contact_date', 'form', 'issues']);
  const gap = assertOk(await office.get('/api/v1/liaison/uncontacted'));
  assert.ok(gap.total > 0);
  assert.ok(!gap.items.some((l) => l.id === link.id), 'a link contacted today is not in the gap list');
  const logs = assertOk(await office.get(`/api/v1/liaison/links/${link.id}/logs`));
  assert.equal(logs.items[0].issues, '村道排水');
  // staff add a link and end it
  const members = assertOk(await office.get('/api/v1/members?page_size=3')).items;
  const created = assertOk(await office.post('/api/v1/liaison/links', { level: 'standing_member',
    from_member_id: members[0].id, to_member_id: members[1].id }), 201);
  assertError(await office.post('/api/v1/liaison/links', { level: 'standing_member', from_member_id: members[0].id,
    to_member_id: members[1].id }), 409, 'duplicate');
  assert.equal((await office.delete(`/api/v1/liaison/links/${created.id}`)).status, 204);
  assertError(await office.delete(`/api/v1/liaison/links/${created.id}`), 404, 'not_found');
});

test('rolling the term over keeps continuing members and ends the others', async () => {
  const all = assertOk(await office.get('/api/v1/members?page_size=200')).items;
  const keep = all.slice(0, 3).map((m) => m.id);
  assertError(await office.post('/api/v1/members/terms', { number: 9, name: '第九届', start_date: '2020-01-01' }), 422,
    'invalid_record');
  const t = assertOk(await office.post('/api/v1/members/terms', { number: 11, name: '第十一届', start_date: '2026-12-20',
    continuing: keep }), 201);
  assert.equal(t.carried_over, 3);
  const current = assertOk(await office.get('/api/v1/members?page_size=200'));
  assert.equal(current.total, 3);
  assert.deepEqual(current.items.map((m) => m.name).sort(), all.slice(0, 3).map((m) => m.name).sort());
  const terms = assertOk(await office.get('/api/v1/members/terms'));
  assert.equal(terms.items[0].name, '第十一届');
  assert.equal(terms.items[0].is_current, true);
  const old = assertOk(await office.get(`/api/v1/members?term_id=${terms.items[1].id}&status=届满&page_size=1`));
  assert.ok(old.total >= 197);
  const person = assertOk(await office.get(`/api/v1/members/${current.items[0].id}`));
  assert.equal(person.terms.length, 2, 'the same person in both terms');
});

test('counts in lists are JSON numbers on every database (terms: serving; liaison links: contacts)', async () => {
  const terms = assertOk(await office.get('/api/v1/members/terms')).items;
  assert.ok(terms.length > 0 && terms.every((t) => Number.isInteger(t.serving)), JSON.stringify(terms[0]));
  assert.ok(terms.some((t) => t.serving > 0));
  const links = assertOk(await office.get('/api/v1/liaison/links')).items;
  assert.ok(links.length > 0 && links.every((l) => Number.isInteger(l.contacts)), JSON.stringify(links[0]));
});
