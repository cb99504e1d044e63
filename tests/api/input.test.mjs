// What the server accepts: CSRF on unsafe methods, body size limit, malformed JSON, invalid UTF-8,
// and hostile strings that must be stored and returned verbatim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let admin;
before(async () => {
  srv = await startServer('input');
  admin = await new Client(srv.url).login('qingjian', 'admin');
});
after(async () => { await srv?.close(); });

const STRONG = 'Str0ng-Passw0rd!2026';
let seq = 0;
const newUser = (over = {}) => ({
  username: `input_${++seq}_${Date.now() % 100000}`,
  display_name: `测试用户${seq}`,
  password: STRONG,
  roles: ['member'],
  ...over,
});

/** Users of the admin's committee whose username matches exactly. */
async function findUser(username) {
  const r = assertOk(await admin.get(`/api/v1/users?q=${encodeURIComponent(username)}&page_size=100`));
  return r.items.filter((u) => u.username === username);
}

test('an unsafe request without the CSRF token is 403 csrf_failed and changes nothing', async () => {
  const u = newUser();
  assertError(await admin.post('/api/v1/users', u, { csrf: false }), 403, 'csrf_failed');
  assert.deepEqual(await findUser(u.username), []);
});

test('an unsafe request with a wrong CSRF token is 403 csrf_failed and changes nothing', async () => {
  const u = newUser();
  const other = await new Client(srv.url).login('qingjian', 'bangongshi');
  for (const token of ['wrong', other.csrf, admin.csrf.toUpperCase() === admin.csrf ? 'x' : admin.csrf.toUpperCase()]) {
    assertError(await admin.post('/api/v1/users', u, { csrf: token }), 403, 'csrf_failed');
  }
  assert.deepEqual(await findUser(u.username), []);
  // The right token works (control).
  assertOk(await admin.post('/api/v1/users', u), 201);
  assert.equal((await findUser(u.username)).length, 1);
});

test('the CSRF token in a cookie or query string does not count', async () => {
  const u = newUser();
  assertError(await admin.request('POST', `/api/v1/users?csrf_token=${admin.csrf}`, { json: u, csrf: false }),
    403, 'csrf_failed');
  assert.deepEqual(await findUser(u.username), []);
});

test('a JSON body over 1 MiB is 413 body_too_large; just under it is not', async () => {
  const big = JSON.stringify(newUser({ display_name: 'x'.repeat(1024 * 1024 + 10) }));
  assert.ok(Buffer.byteLength(big) > 1024 * 1024);
  assertError(await admin.request('POST', '/api/v1/users', { raw: big }), 413, 'body_too_large');

  const under = JSON.stringify(newUser({ display_name: 'x'.repeat(1024 * 1024 - 500) }));
  assert.ok(Buffer.byteLength(under) < 1024 * 1024);
  const r = await admin.request('POST', '/api/v1/users', { raw: under });
  assert.notEqual(r.status, 413, 'a body under the limit is read (and then judged on its content)');
  assert.ok([201, 400, 422].includes(r.status), `${r.status} ${r.text.slice(0, 200)}`);
});

test('a body larger than the limit is refused even when Content-Length is absent (chunked)', async () => {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const stream = new ReadableStream({
    start(ctl) {
      ctl.enqueue(Buffer.from('{"username":"chunky","display_name":"'));
      for (let i = 0; i < 20; i++) ctl.enqueue(chunk); // 1.25 MiB
      ctl.enqueue(Buffer.from('"}'));
      ctl.close();
    },
  });
  let status;
  try {
    const r = await fetch(`${srv.url}/api/v1/users`, {
      method: 'POST', body: stream, duplex: 'half',
      headers: { 'Content-Type': 'application/json', Cookie: admin.cookie, 'X-CSRF-Token': admin.csrf },
    });
    status = r.status;
    await r.text();
  } catch (e) {
    status = `connection closed (${e.cause?.code ?? e.message})`;
  }
  assert.ok(status === 413 || String(status).startsWith('connection closed'), `got ${status}`);
  assert.deepEqual(await findUser('chunky'), []);
});

test('malformed JSON is 400 invalid_json with the offset', async () => {
  for (const raw of ['{"username": "a",', '{username: 1}', 'not json', '{"a":1} trailing']) {
    const err = assertError(await admin.request('POST', '/api/v1/users', { raw }), 400, 'invalid_json');
    assert.equal(typeof err.details?.offset, 'number', `details.offset for ${JSON.stringify(raw)}`);
  }
  const empty = await admin.request('POST', '/api/v1/users', { raw: '' });
  assert.equal(empty.status, 400, `an empty body: ${empty.text}`);
});

test('a JSON body that is not an object is 400', async () => {
  for (const raw of ['[]', '"text"', '42', 'null']) {
    const r = await admin.request('POST', '/api/v1/users', { raw });
    assert.equal(r.status, 400, `${raw}: ${r.status} ${r.text}`);
    assert.ok(['invalid_json', 'invalid_field', 'missing_field'].includes(r.body?.error?.code), r.text);
  }
});

test('invalid UTF-8 inside a JSON string is 400 invalid_utf8 and nothing is stored', async () => {
  const u = newUser();
  const json = JSON.stringify({ ...u, display_name: '@@BAD@@' });
  const [head, tail] = json.split('@@BAD@@');
  const samples = [
    Buffer.from([0xff, 0xfe]), // never valid
    Buffer.from([0xe6, 0xb8]), // a truncated 3-byte sequence (清 is e6 b8 85)
    Buffer.from([0xc0, 0xaf]), // overlong '/'
    Buffer.from([0xed, 0xa0, 0x80]), // a UTF-16 surrogate encoded in UTF-8
  ];
  for (const bad of samples) {
    const raw = Buffer.concat([Buffer.from(head), Buffer.from('名'), bad, Buffer.from(tail)]);
    assertError(await admin.request('POST', '/api/v1/users', { raw }), 400, 'invalid_utf8');
  }
  assert.deepEqual(await findUser(u.username), []);
});

test('hostile strings are stored verbatim and returned verbatim as JSON', async () => {
  const hostile = [
    "'; DROP TABLE users;--",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    'Robert"); DELETE FROM sessions; --',
    '%00\\u0000 ${7*7} {{7*7}}',
    '清澗縣 政协 👩‍💼 \u202e',
  ];
  const created = [];
  for (const display_name of hostile) {
    const r = await admin.post('/api/v1/users', newUser({ display_name }));
    const body = assertOk(r, 201);
    assert.equal(body.display_name, display_name, 'the create response echoes it verbatim');
    assert.match(r.headers.get('content-type'), /application\/json/);
    created.push(body);
  }
  // Read back through the list (a different code path from the create response).
  for (const u of created) {
    const [found] = await findUser(u.username);
    assert.ok(found, `user ${u.username} is listed`);
    assert.equal(found.display_name, u.display_name);
  }
  // The SQL in the strings did nothing: the users table and sessions still work.
  assert.equal((await admin.get('/api/v1/me')).status, 200);
  const fresh = await new Client(srv.url).login('qingjian', 'weiyuan');
  assert.equal((await fresh.get('/api/v1/me')).status, 200);
});

test('a JSON string with a NUL escape is refused or stored verbatim, never truncated', async () => {
  const u = newUser({ display_name: 'before\u0000after' });
  const r = await admin.post('/api/v1/users', u);
  if (r.status === 201) {
    const [found] = await findUser(u.username);
    assert.equal(found.display_name, 'before\u0000after');
  } else {
    assertError(r, 400, 'invalid_field');
  }
});
