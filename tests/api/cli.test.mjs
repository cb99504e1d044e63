// The command line: --version, create-admin, backup, and configuration precedence
// (command line > environment > config file > defaults).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, runZhixie, BACKEND, sqlite } from './lib/server.mjs';
import { Client, assertError } from './lib/client.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'zhixie-cli-'));
const servers = [];
after(async () => {
  for (const s of servers) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function server(tag, opts) {
  const s = await startServer(tag, opts);
  servers.push(s);
  return s;
}

function toml(name, text) {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

test('--version prints the name and a version', () => {
  const r = runZhixie(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout.trim(), /^zhixie \d+\.\d+\.\d+/);
});

test('an unknown subcommand or a bad database URL fails with a message, not a crash', () => {
  const bad = runZhixie(['no-such-command']);
  assert.notEqual(bad.status, 0);
  assert.equal(bad.signal, null);
  const url = runZhixie(['migrate', '--database', 'mysql://nope']);
  assert.notEqual(url.status, 0);
  assert.equal(url.signal, null, 'no crash');
  assert.match(url.stderr + url.stdout, /database|sqlite|postgres/i);
});

test('create-admin makes an administrator who must change the password at first sign-in', async () => {
  const srv = await server('cli-admin', { demo: false });
  const r = srv.run(['create-admin', '--committee', 'daye', '--username', 'newadmin', '--password',
    'First-Passw0rd!', '--display-name', '新管理员']);
  assert.equal(r.status, 0, r.stderr);
  const c = new Client(srv.url);
  const login = await c.tryLogin('daye', 'newadmin', 'First-Passw0rd!');
  assert.equal(login.status, 200, login.text);
  assert.equal(login.body.user.display_name, '新管理员');
  assert.equal(login.body.user.must_change_password, true);
  assert.ok(login.body.permissions.includes('system:user:manage'));

  const dup = srv.run(['create-admin', '--committee', 'daye', '--username', 'newadmin', '--password',
    'First-Passw0rd!']);
  assert.notEqual(dup.status, 0, 'a second create-admin with the same username fails');
  const weak = srv.run(['create-admin', '--committee', 'daye', '--username', 'weakadmin', '--password', '123']);
  assert.notEqual(weak.status, 0, 'a weak password is refused');
  const nowhere = srv.run(['create-admin', '--committee', 'atlantis', '--username', 'x', '--password',
    'First-Passw0rd!']);
  assert.notEqual(nowhere.status, 0, 'an unknown committee is refused');
});

test('backup --out copies a live SQLite database', { skip: BACKEND !== 'sqlite' && 'SQLite only' }, async () => {
  const srv = await server('cli-backup');
  const admin = await new Client(srv.url).login('qingjian', 'admin');
  assert.equal((await admin.post('/api/v1/users', { username: 'in_backup', display_name: '备份',
    password: 'Str0ng-Passw0rd!2026', roles: [] })).status, 201);
  const out = join(tmp, 'backup.db');
  const r = srv.run(['backup', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(out));
  assert.equal(sqlite(out, 'PRAGMA integrity_check'), 'ok');
  assert.equal(sqlite(out, "SELECT display_name FROM users WHERE username = 'in_backup'"), '备份');
  const verify = runZhixie(['audit', 'verify', '--database', `sqlite://${out}`]);
  assert.equal(verify.status, 0, `the copy's audit trail verifies: ${verify.stdout}${verify.stderr}`);
});

test('config file settings apply, and the environment overrides the file', async () => {
  const cfg = toml('limits.toml', 'max_body_bytes = 4096\nlockout_attempts = 2\n');
  const fromFile = await server('cli-cfg', { extraArgs: ['--config', cfg] });
  const c = await new Client(fromFile.url).login('qingjian', 'admin');
  const body = { username: 'cfgtest', display_name: 'x'.repeat(5000), password: 'Str0ng-Passw0rd!2026' };
  assertError(await c.post('/api/v1/users', body), 413, 'body_too_large');
  // lockout_attempts = 2
  for (let i = 0; i < 2; i++) await new Client(fromFile.url).tryLogin('qingjian', 'weiyuan', 'wrong');
  assertError(await new Client(fromFile.url).tryLogin('qingjian', 'weiyuan'), 423, 'account_locked');

  const withEnv = await server('cli-env', { extraArgs: ['--config', cfg], env: { ZHIXIE_MAX_BODY_BYTES: '65536' } });
  const e = await new Client(withEnv.url).login('qingjian', 'admin');
  const r = await e.post('/api/v1/users', body);
  assert.notEqual(r.status, 413, 'the environment raised the limit');
  assertError(r, 400, 'invalid_field'); // display_name is over 100 characters
});

test('ZHIXIE_CONFIG names the config file when --config is absent', async () => {
  const cfg = toml('env-config.toml', 'max_body_bytes = 2048\n');
  const srv = await server('cli-envcfg', { env: { ZHIXIE_CONFIG: cfg } });
  const c = await new Client(srv.url).login('qingjian', 'admin');
  assertError(await c.post('/api/v1/users', { username: 'x', display_name: 'y'.repeat(3000), password: 'p' }),
    413, 'body_too_large');
});

test('a bad config file stops the server with a message', () => {
  const cfg = toml('broken.toml', 'max_body_bytes = "lots"\nthis is not toml\n');
  const r = runZhixie(['migrate', '--config', cfg, '--database', `sqlite://${join(tmp, 'never.db')}`]);
  assert.notEqual(r.status, 0);
  assert.equal(r.signal, null);
  assert.match(r.stderr + r.stdout, /broken\.toml/);
});

test('--database beats ZHIXIE_DATABASE, which beats the config file', async () => {
  const srv = await server('cli-precedence');
  await srv.stop();
  const nowhere = `sqlite://${join(tmp, 'no-such-dir', 'x.db')}`;
  const cfg = toml('db.toml', `database = "${nowhere}"\n`);
  const cli = runZhixie(['audit', 'verify', '--config', cfg, '--database', srv.db.url],
    { env: { ZHIXIE_DATABASE: nowhere } });
  assert.equal(cli.status, 0, `the command line wins: ${cli.stderr}`);
  const env = runZhixie(['audit', 'verify', '--config', cfg], { env: { ZHIXIE_DATABASE: srv.db.url } });
  assert.equal(env.status, 0, `the environment beats the file: ${env.stderr}`);
  const file = runZhixie(['audit', 'verify', '--config', toml('db2.toml', `database = "${srv.db.url}"\n`)]);
  assert.equal(file.status, 0, `the file beats the default: ${file.stderr}`);
  const wrong = runZhixie(['audit', 'verify', '--config', cfg]);
  assert.notEqual(wrong.status, 0, 'a database that does not exist fails (control)');
});

test('outside demo mode, a user made by an administrator must change the password before anything else',
  async () => {
    const srv = await server('cli-nodemo', { demo: false });
    const admin = await new Client(srv.url).login('qingjian', 'admin');
    assert.equal((await admin.post('/api/v1/users', { username: 'fresh', display_name: '新人',
      password: 'Str0ng-Passw0rd!2026', roles: ['member'] })).status, 201);
    const c = new Client(srv.url);
    const r = await c.tryLogin('qingjian', 'fresh', 'Str0ng-Passw0rd!2026');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.user.must_change_password, true);
    assertError(await c.get('/api/v1/committee'), 403, 'password_change_required');
    assert.equal((await c.get('/api/v1/me')).status, 200, '/me is allowed before the change');
    assert.equal((await c.post('/api/v1/me/password', { current_password: 'Str0ng-Passw0rd!2026',
      new_password: 'Changed-Passw0rd!2026' })).status, 204);
    assert.equal((await c.get('/api/v1/me')).body.user.must_change_password, false);
    assert.equal((await c.get('/api/v1/committee')).status, 200, 'everything else opens after the change');
  });

test('in demo mode, a user made by an administrator need not change the password', async () => {
  const srv = await server('cli-demo');
  const admin = await new Client(srv.url).login('qingjian', 'admin');
  assert.equal((await admin.post('/api/v1/users', { username: 'fresh', display_name: '新人',
    password: 'Str0ng-Passw0rd!2026', roles: ['member'] })).status, 201);
  const c = await new Client(srv.url).login('qingjian', 'fresh', 'Str0ng-Passw0rd!2026');
  assert.equal(c.me.user.must_change_password, false);
  assert.equal((await c.get('/api/v1/committee')).status, 200);
});
