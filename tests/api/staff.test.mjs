// Office staff (机关干部): records with pinyin search, careers with dated events, the career figures of the
// seed reports computed from the demo data, roster export (.xlsx) and all-or-nothing import with a preview.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let admin; // qingjian platform_admin
let dayeAdmin;
before(async () => {
  srv = await startServer('staff');
  admin = await new Client(srv.url).login('qingjian', 'admin');
  dayeAdmin = await new Client(srv.url).login('daye', 'admin');
});
after(async () => { await srv?.close(); });

/** A well-formed ID card number (GB 11643 check character) for a birth date and sequence. */
function idCard(yyyymmdd, seq) {
  const first17 = `610830${yyyymmdd}${String(100 + seq)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((a, d, k) => a + Number(d) * weights[k], 0);
  return first17 + '10X98765432'[sum % 11];
}

let phone = 13600000000;
const nextPhone = () => String(++phone);

async function create(client, over = {}) {
  return assertOk(await client.post('/api/v1/staff', { name: '测试干部', gender: '女', phone: nextPhone(), ...over }),
    201);
}

async function everyone(client, query = '') {
  return assertOk(await client.get(`/api/v1/staff?page_size=200${query}`)).items;
}

/** Every career event of a committee's staff, read person by person. */
async function allEvents(client) {
  const out = [];
  for (const s of await everyone(client)) {
    out.push(...assertOk(await client.get(`/api/v1/staff/${s.id}`)).events.map((e) => ({ ...e, person: s.name })));
  }
  return out;
}

/** Sends a file's bytes as the request body, as the web UI's upload does. */
async function upload(client, path, bytes, { filename = 'roster.csv', encoding = 'auto', lang } = {}) {
  const saved = client.lang;
  if (lang) client.lang = lang;
  try {
    return await client.request('POST', `${path}?filename=${encodeURIComponent(filename)}&encoding=${encoding}`,
      { raw: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
  } finally {
    client.lang = saved;
  }
}

const HEADER = '姓名,性别,出生日期,身份证号,手机号码,职级,职务,所在机构,状态,入职日期,离职日期\n';

// ---- the demo data: what the seed reports say, computed from stored events ----

test('Qingjian: 2 recommended, 4 promoted, 4 young cadres transferred in, 4 stationed in villages', async () => {
  const events = await allEvents(admin);
  const count = (kind, pred = () => true) => events.filter((e) => e.kind === kind && pred(e)).length;
  assert.equal(count('recommended'), 2);
  assert.equal(count('promotion'), 4);
  assert.equal(count('transfer_in'), 4);
  assert.equal(count('secondment', (e) => e.detail.includes('驻村')), 4);
  const staff = await everyone(admin);
  const serving = staff.filter((s) => s.status !== '退休'); // the retired are on the roll for the care letters
  assert.ok(serving.length >= 12 && serving.length <= 14, `about 12 staff, got ${serving.length}`);
  const months = new Set(staff.map((s) => s.birth_date.slice(5, 7)));
  assert.ok(months.size >= 10, 'birthdays spread over the year');
});

test('Daye: 6 promoted to 正科, 4 to 副科, 4 recommended to departments and townships', async () => {
  const events = await allEvents(dayeAdmin);
  assert.equal(events.filter((e) => e.kind === 'promotion' && e.to_rank === '正科').length, 6);
  assert.equal(events.filter((e) => e.kind === 'promotion' && e.to_rank === '副科').length, 4);
  assert.equal(events.filter((e) => e.kind === 'recommended').length, 4);
  const staff = await everyone(dayeAdmin);
  const serving = staff.filter((s) => s.status !== '退休');
  assert.ok(serving.length >= 18 && serving.length <= 24, `about 20 staff, got ${serving.length}`);
  // a promotion set the person's rank
  const promoted = events.find((e) => e.kind === 'promotion' && e.to_rank === '正科');
  assert.equal(staff.find((s) => s.name === promoted.person).rank, '正科');
});

// ---- lists and search ----

test('the list is sorted by pinyin, searches name, initials and full pinyin, filters and pages', async () => {
  const all = await everyone(admin);
  const keys = all.map((s) => s.name_pinyin);
  assert.deepEqual(keys, [...keys].sort(), 'sorted by pinyin');
  const zsf = await create(admin, { name: '张三丰', gender: '男' });
  assert.equal(zsf.name_pinyin, 'zhang san feng');
  assert.equal(zsf.name_initials, 'zsf');
  for (const q of ['zsf', 'ZSF', 'zhangsan', 'zhang san f', '三丰', '张三丰']) {
    const items = assertOk(await admin.get(`/api/v1/staff?q=${encodeURIComponent(q)}`)).items;
    assert.ok(items.some((s) => s.id === zsf.id), `q=${q}`);
  }
  assert.ok(!assertOk(await admin.get('/api/v1/staff?q=zsx')).items.some((s) => s.id === zsf.id));
  const office = all.find((s) => s.body_name === '办公室').body_id;
  const inOffice = assertOk(await admin.get(`/api/v1/staff?body_id=${office}`));
  assert.ok(inOffice.total >= 3 && inOffice.items.every((s) => s.body_id === office));
  const gone = assertOk(await admin.get(`/api/v1/staff?status=${encodeURIComponent('调离')}`));
  assert.equal(gone.total, 2, 'the two recommended to lead elsewhere have left');
  const zk = assertOk(await admin.get(`/api/v1/staff?rank=${encodeURIComponent('正科')}`)).items;
  assert.ok(zk.length > 0 && zk.every((s) => s.rank === '正科'));
  const page1 = assertOk(await admin.get('/api/v1/staff?page=1&page_size=5'));
  const page2 = assertOk(await admin.get('/api/v1/staff?page=2&page_size=5'));
  assert.equal(page1.items.length, 5);
  assert.equal(page1.total, all.length + 1);
  assert.ok(page2.items.every((s) => !page1.items.some((x) => x.id === s.id)));
  assertError(await admin.get('/api/v1/staff?body_id=abc'), 400, 'invalid_field');
});

// ---- writes ----

test('create and edit: ID card and dates normalised; duplicates, bad values and stale versions refused',
  async () => {
    const card = idCard('19880315', 1).toLowerCase();
    const body = assertOk(await admin.get('/api/v1/org/bodies')).items[0];
    const s = await create(admin, { name: '刘思远', gender: '男', id_card: card, rank: '科员', post: '科员',
      body_id: body.id, joined_on: '2012/9/1' });
    assert.equal(s.id_card, card.toUpperCase());
    assert.equal(s.birth_date, '1988-03-15', 'from the ID card');
    assert.equal(s.joined_on, '2012-09-01');
    assert.equal(s.body.name, body.name);
    assert.equal(s.version, 1);
    const dupCard = assertError(await admin.post('/api/v1/staff', { name: '重号', gender: '女', id_card: card }), 409,
      'duplicate');
    assert.equal(dupCard.details.field, 'id_card');
    const dupPhone = assertError(await admin.post('/api/v1/staff', { name: '重号', gender: '女', phone: s.phone }),
      409, 'duplicate');
    assert.equal(dupPhone.details.field, 'phone');
    // every bad field at once, each named with its code and a message
    const bad = assertError(await admin.post('/api/v1/staff', { gender: 'M', id_card: '123456789012345678',
      phone: '12345x', joined_on: '2015-02-30', left_on: '2014-01-01' }), 422, 'invalid_record');
    assert.deepEqual(bad.details.errors.map((e) => [e.field, e.code]), [
      ['name', 'field_required'], ['gender', 'field_invalid_choice'], ['id_card', 'field_invalid_id_card'],
      ['phone', 'field_invalid_phone'], ['joined_on', 'field_invalid_date']]);
    assert.match(bad.message, /姓名不能为空/);
    const order = assertError(await admin.post('/api/v1/staff', { name: 'x', gender: '男', joined_on: '2015-01-01',
      left_on: '2014-01-01' }), 422, 'invalid_record');
    assert.deepEqual(order.details.errors.map((e) => [e.field, e.code]), [['left_on', 'field_dates_out_of_order']]);
    const en = new Client(srv.url, { lang: 'en' });
    Object.assign(en, { cookie: admin.cookie, csrf: admin.csrf });
    assert.match(assertError(await en.post('/api/v1/staff', { gender: '男' }), 422, 'invalid_record').message,
      /Name is required/);
    // the same ID card is fine in another committee
    assert.equal((await dayeAdmin.post('/api/v1/staff', { name: '同号', gender: '男', id_card: card })).status, 201);

    const edited = assertOk(await admin.patch(`/api/v1/staff/${s.id}`, { version: s.version, post: '副主任',
      phone: '0912-5321234', body_id: null }));
    assert.deepEqual([edited.post, edited.phone, edited.body, edited.version], ['副主任', '0912-5321234', null, 2]);
    const stale = assertError(await admin.patch(`/api/v1/staff/${s.id}`, { version: s.version, post: '主任' }), 409,
      'stale_version');
    assert.equal(stale.details.current_version, 2);
    assertError(await admin.patch(`/api/v1/staff/${s.id}`, { version: 2, left_on: '2000-01-01' }), 422,
      'invalid_record');
    assertError(await admin.patch(`/api/v1/staff/${s.id}`, { post: '主任' }), 400, 'missing_field');
    const audit = assertOk(await admin.get('/api/v1/audit?object_type=staff&page_size=100')).items
      .filter((e) => e.object_id === String(s.id));
    assert.deepEqual(audit.map((e) => e.action).sort(), ['staff.created', 'staff.updated']);
    assert.ok(!JSON.stringify(audit).includes(card.toUpperCase()), 'the audit trail masks the ID card');
  });

test('career events: promotion sets the rank, transfer out the status and date; periods must end after they start',
  async () => {
    const s = await create(admin, { rank: '一级科员', joined_on: '2015-07-01' });
    const promoted = assertOk(await admin.post(`/api/v1/staff/${s.id}/events`, { kind: 'promotion',
      on_date: '2020-06-01', to_rank: '副科' }));
    assert.equal(promoted.rank, '副科');
    assert.ok(promoted.version > s.version);
    const trained = assertOk(await admin.post(`/api/v1/staff/${s.id}/events`, { kind: 'training',
      on_date: '2021-03-01', end_date: '2021-03-05', detail: '县委党校中青年干部培训班' }));
    assert.equal(trained.version, promoted.version, 'an event that changes nothing in the record keeps the version');
    const badEvents = [
      [{ kind: 'secondment', on_date: '2022-05-01', end_date: '2021-05-01', detail: '驻村' }, 'end_date',
        'field_dates_out_of_order'],
      [{ kind: 'promotion', on_date: '2022-05-01' }, 'to_rank', 'field_required'],
      [{ kind: 'recommended', on_date: '2022-05-01' }, 'detail', 'field_required'],
      [{ kind: 'fired', on_date: '2022-05-01' }, 'kind', 'field_invalid_choice'],
      [{ kind: 'training', detail: 'x' }, 'on_date', 'field_required'],
      [{ kind: 'transfer_out', on_date: '2010-01-01' }, 'on_date', 'field_dates_out_of_order'],
    ];
    for (const [body, field, code] of badEvents) {
      const e = assertError(await admin.post(`/api/v1/staff/${s.id}/events`, body), 422, 'invalid_record');
      assert.deepEqual(e.details.errors.map((x) => [x.field, x.code]), [[field, code]], JSON.stringify(body));
    }
    assertOk(await admin.post(`/api/v1/staff/${s.id}/events`, { kind: 'secondment', on_date: '2022-05-01',
      end_date: '2024-05-01', detail: '驻解家沟镇某村第一书记（驻村扶贫）' }));
    assertOk(await admin.post(`/api/v1/staff/${s.id}/events`, { kind: 'recommended', on_date: '2024-06-01',
      detail: '推荐任县民政局副局长' }));
    const left = assertOk(await admin.post(`/api/v1/staff/${s.id}/events`, { kind: 'transfer_out',
      on_date: '2024-08-01', detail: '调任县民政局' }));
    assert.deepEqual([left.status, left.left_on], ['调离', '2024-08-01']);
    assert.deepEqual(left.events.map((e) => e.kind),
      ['promotion', 'training', 'secondment', 'recommended', 'transfer_out'], 'in date order');
  });

// ---- who may, and tenancy ----

test('a member (weiyuan) gets 403; proposal staff cannot see staff; office staff may read but not write',
  async () => {
    const s = await create(admin);
    const m = await new Client(srv.url).login('qingjian', 'weiyuan');
    assertError(await m.get('/api/v1/staff'), 403, 'forbidden');
    assertError(await m.get(`/api/v1/staff/${s.id}`), 403, 'forbidden');
    assertError(await m.get('/api/v1/staff/export'), 403, 'forbidden');
    assertError(await m.post('/api/v1/staff', { name: 'x', gender: '男' }), 403, 'forbidden');
    const tianwei = await new Client(srv.url).login('qingjian', 'tianwei');
    assertError(await tianwei.get('/api/v1/staff'), 403, 'forbidden');
    const ganbu = await new Client(srv.url).login('qingjian', 'ganbu');
    assert.equal((await ganbu.get(`/api/v1/staff/${s.id}`)).status, 200);
    assertError(await ganbu.patch(`/api/v1/staff/${s.id}`, { version: s.version, post: '主任' }), 403, 'forbidden');
    assertError(await upload(ganbu, '/api/v1/staff/import/preview', HEADER), 403, 'forbidden');
  });

test("another committee's staff are 404 and never listed", async () => {
  const s = await create(admin);
  assertError(await dayeAdmin.get(`/api/v1/staff/${s.id}`), 404, 'not_found');
  assertError(await dayeAdmin.patch(`/api/v1/staff/${s.id}`, { version: s.version, name: '被改' }), 404, 'not_found');
  assertError(await dayeAdmin.post(`/api/v1/staff/${s.id}/events`, { kind: 'training', on_date: '2024-01-01',
    detail: 'x' }), 404, 'not_found');
  assert.ok(!(await everyone(dayeAdmin)).some((x) => x.id === s.id));
  assert.equal(assertOk(await admin.get(`/api/v1/staff/${s.id}`)).version, s.version, 'untouched');
});

// ---- export and import ----

test('export: a real .xlsx with Chinese headers, the current filters, and a UTF-8 file name', async () => {
  const res = await admin.get(`/api/v1/staff/export?status=${encodeURIComponent('调离')}`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /spreadsheetml\.sheet/);
  const cd = res.headers.get('content-disposition');
  assert.match(cd, /^attachment;/);
  assert.match(cd, /filename\*=UTF-8''%E6%9C%BA%E5%85%B3%E5%B9%B2%E9%83%A8/, '机关干部… percent-encoded');
  const bytes = Buffer.from(await (await fetch(`${srv.url}/api/v1/staff/export?status=${encodeURIComponent('调离')}`,
    { headers: { Cookie: admin.cookie } })).arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  // read back through the import preview: the same people, headers understood, all of them already here
  const gone = (await everyone(admin, `&status=${encodeURIComponent('调离')}`)).length;
  assert.ok(gone >= 2);
  const p = assertOk(await upload(admin, '/api/v1/staff/import/preview', bytes, { filename: 'export.xlsx' }));
  assert.equal(p.total, gone);
  assert.ok(p.rows.every((r) => r.values.status === '调离' && r.name));
  assert.ok(p.rows.every((r) => r.errors.length > 0 && r.errors.every((e) => e.code === 'field_duplicate')),
    'every one is already in the committee (same ID card or phone)');
  // …and into the other committee, which has bodies of the same names, cleanly
  const q = assertOk(await upload(dayeAdmin, '/api/v1/staff/import/preview', bytes, { filename: 'export.xlsx' }));
  assert.deepEqual([q.total, q.invalid], [gone, 0], JSON.stringify(q.rows));
});

/** [row, field, code] of every error of an import result (or of the rows of a refused import). */
const problems = (rows) => rows.flatMap((r) => r.errors.map((e) => [r.row, e.field, e.code]));

test('import: the preview shows the bad row with its field and message; nothing is stored until all rows are good',
  async () => {
    const a = idCard('19920808', 7);
    const good = `周文华,女,1992-08-08,${a},13512340001,一级科员,科员,办公室,在职,2016-08-01,\n`;
    const bad = '吴建国,男,1990-01-01,,13512340002,科员,科员,宣传部,在职,2018-09-01,2017-01-01\n';
    const file = Buffer.from(HEADER + good + bad, 'utf8');
    const p = assertOk(await upload(admin, '/api/v1/staff/import/preview', file));
    assert.deepEqual([p.total, p.valid, p.invalid, p.committed], [2, 1, 1, false]);
    assert.deepEqual(problems(p.rows), [[3, 'left_on', 'field_dates_out_of_order'], [3, 'body', 'field_unknown_ref']]);
    const [dates, body] = p.rows[1].errors;
    assert.match(dates.message, /离职日期早于开始日期/);
    assert.match(body.message, /所在机构“宣传部”不存在/);
    assert.deepEqual(p.rows[0].errors, []);
    assert.equal(p.rows[0].name, '周文华');
    const en = assertOk(await upload(admin, '/api/v1/staff/import/preview', file, { lang: 'en' }));
    assert.match(en.rows[1].errors[1].message, /does not exist/);

    const refused = assertError(await upload(admin, '/api/v1/staff/import', file), 422, 'import_has_errors');
    assert.equal(refused.details.count, 1);
    assert.deepEqual(problems(refused.details.rows).map(([row]) => row), [3, 3]);
    assert.match(refused.message, /1/);
    assert.equal(assertOk(await admin.get('/api/v1/staff?q=zwh')).total, 0, 'nothing stored');

    const fixed = Buffer.from(HEADER + good + bad.replace('宣传部', '办公室').replace(',2017-01-01', ','), 'utf8');
    assert.equal(assertOk(await upload(admin, '/api/v1/staff/import/preview', fixed)).invalid, 0);
    const done = assertOk(await upload(admin, '/api/v1/staff/import', fixed));
    assert.deepEqual([done.committed, done.total], [true, 2]);
    const zwh = assertOk(await admin.get('/api/v1/staff?q=zwh')).items;
    assert.equal(zwh.length, 1);
    assert.deepEqual([zwh[0].name, zwh[0].body_name, zwh[0].id_card], ['周文华', '办公室', a]);
    // a second import of the same file: every row is now a duplicate
    const again = assertError(await upload(admin, '/api/v1/staff/import', fixed), 422, 'import_has_errors');
    assert.ok(problems(again.details.rows).every(([, , code]) => code === 'field_duplicate'));
  });

test('import: duplicates within the file name the first row; GBK files are read or refused by the declared encoding',
  async () => {
    const dup = Buffer.from(`${HEADER}甲,男,,,13511110000,,,,,,\n乙,女,,,13511110000,,,,,,\n`, 'utf8');
    const p = assertOk(await upload(admin, '/api/v1/staff/import/preview', dup));
    assert.deepEqual(problems(p.rows), [[3, 'phone', 'field_duplicate_in_file']]);
    assert.match(p.rows[1].errors[0].message, /第 2 行/);

    // "姓名,性别\n张三,男\n" in GBK, as Chinese Excel saves a CSV
    const gbk = Buffer.from([0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xD0, 0xD4, 0xB1, 0xF0, 0x0A, 0xD5, 0xC5, 0xC8, 0xFD, 0x2C,
      0xC4, 0xD0, 0x0A]);
    const asUtf8 = assertError(await upload(admin, '/api/v1/staff/import/preview', gbk, { encoding: 'utf8' }), 400,
      'import_bad_encoding');
    assert.equal(asUtf8.details.row, 1);
    for (const encoding of ['gb18030', 'auto']) {
      const ok = assertOk(await upload(admin, '/api/v1/staff/import/preview', gbk, { encoding }));
      assert.equal(ok.rows[0].name, '张三', encoding);
    }
    assertError(await upload(admin, '/api/v1/staff/import/preview', gbk, { encoding: 'latin9' }), 400,
      'invalid_field');
    const noGender = assertError(await upload(admin, '/api/v1/staff/import/preview', Buffer.from('姓名\n张三\n')), 400,
      'import_missing_columns');
    assert.equal(noGender.details.columns, '性别');
    assertError(await upload(admin, '/api/v1/staff/import/preview', Buffer.from(HEADER)), 422, 'import_empty');
    assertError(await upload(admin, '/api/v1/staff/import/preview', Buffer.from('PK\x03\x04junk'),
      { filename: 'x.xlsx' }), 400, 'import_bad_file');
  });
