// Brute-force protection: five failed sign-ins lock the account for a while (423 with retry_after_seconds).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError } from './lib/client.mjs';

let srv;
before(async () => { srv = await startServer('lockout'); });
after(async () => { await srv?.close(); });

const attempt = (committee, username, password) =>
  new Client(srv.url).tryLogin(committee, username, password);

test('after 5 failures the account is locked: 423 account_locked even with the right password', async () => {
  for (let i = 1; i <= 5; i++) {
    assertError(await attempt('qingjian', 'zhuanwei', `wrong-${i}`), 401, 'invalid_credentials');
  }
  const locked = await attempt('qingjian', 'zhuanwei'); // the right password
  const err = assertError(locked, 423, 'account_locked');
  const retry = err.details?.retry_after_seconds;
  assert.ok(Number.isInteger(retry), `details.retry_after_seconds is an integer: ${JSON.stringify(err.details)}`);
  assert.ok(retry > 0 && retry <= 24 * 3600, `retry_after_seconds = ${retry}`);
  assert.equal(locked.headers.getSetCookie().filter((h) => /^zx_session=[^;]+/.test(h)).length, 0, 'no session');

  // Still locked on a further wrong attempt, and the lock does not reveal whether the password was right.
  assertError(await attempt('qingjian', 'zhuanwei', 'wrong-again'), 423, 'account_locked');
});

test('the lock is per account: the same username in another committee and other users still sign in', async () => {
  for (let i = 1; i <= 5; i++) await attempt('daye', 'chengban', `wrong-${i}`);
  assertError(await attempt('daye', 'chengban'), 423, 'account_locked');
  assert.equal((await attempt('qingjian', 'chengban')).status, 200, 'qingjian/chengban is not locked');
  assert.equal((await attempt('daye', 'weiyuan')).status, 200, 'daye/weiyuan is not locked');
});

test('fewer than 5 failures, then a success, resets the count', async () => {
  for (let i = 1; i <= 4; i++) assertError(await attempt('daye', 'tianwei', `wrong-${i}`), 401, 'invalid_credentials');
  assert.equal((await attempt('daye', 'tianwei')).status, 200);
  for (let i = 1; i <= 4; i++) assertError(await attempt('daye', 'tianwei', `wrong-${i}`), 401, 'invalid_credentials');
  assert.equal((await attempt('daye', 'tianwei')).status, 200, 'not locked: the success reset the count');
});

test('failed sign-ins of an unknown user are throttled the same way (no user enumeration)', async () => {
  for (let i = 1; i <= 5; i++) assertError(await attempt('qingjian', 'ghost', `wrong-${i}`), 401, 'invalid_credentials');
  assertError(await attempt('qingjian', 'ghost', 'whatever'), 423, 'account_locked');
});
