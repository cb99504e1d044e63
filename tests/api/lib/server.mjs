// Test harness: one fresh database and one `zhixie serve` per test file.
//
// Environment:
//   ZHIXIE_BIN           the server binary (default build/debug/zhixie)
//   ZHIXIE_TEST_BACKEND  sqlite (default) | postgres
//   ZHIXIE_TEST_PG       postgresql://user@host:port of a cluster where the harness may CREATE DATABASE
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = resolve(REPO_ROOT, process.env.ZHIXIE_BIN || 'build/debug/zhixie');
export const BACKEND = process.env.ZHIXIE_TEST_BACKEND || 'sqlite';
export const DEMO_PASSWORD = 'Zhixie#2026';

if (!['sqlite', 'postgres'].includes(BACKEND)) {
  throw new Error(`ZHIXIE_TEST_BACKEND must be sqlite or postgres, not ${BACKEND}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** Runs the zhixie binary with args; returns {status, stdout, stderr}. Never throws on a non-zero exit. */
export function runZhixie(args, { env = {} } = {}) {
  const r = spawnSync(BIN, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Like runZhixie, but throws with the output when the exit status is not 0. */
export function runZhixieOk(args, opts) {
  const r = runZhixie(args, opts);
  if (r.status !== 0) {
    throw new Error(`zhixie ${args.join(' ')} exited ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** Runs SQL through psql against a database URL; returns stdout (unaligned, tuples only). */
export function psql(url, sql) {
  const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-X', '-A', '-t', '-q', '-c', sql], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Runs SQL through the sqlite3 CLI against a database file; returns stdout. */
export function sqlite(file, sql) {
  const r = spawnSync('sqlite3', ['-batch', '-bail', file, sql], { encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** A fresh, empty database of the selected backend. */
function createDatabase(tag) {
  if (BACKEND === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `zhixie-api-${tag}-`));
    const file = join(dir, 'zhixie.db');
    return {
      url: `sqlite://${file}`,
      file,
      sql: (q) => sqlite(file, q),
      drop: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = process.env.ZHIXIE_TEST_PG;
  if (!base) throw new Error('ZHIXIE_TEST_BACKEND=postgres needs ZHIXIE_TEST_PG=postgresql://user@host:port');
  const name = `zx_${tag.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  psql(`${base}/postgres`,
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  const url = `${base}/${name}`;
  return {
    url,
    sql: (q) => psql(url, q),
    drop: () => psql(`${base}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * Starts a server on a fresh, migrated, demo-seeded database (with --demo unless demo: false).
 * Returns { url, db: {url, file?, sql(q), drop()}, seedOutput, stop(), start(), run(args), close() }.
 */
export async function startServer(tag = 'api', { extraArgs = [], env = {}, demo = true } = {}) {
  const db = createDatabase(tag);
  runZhixieOk(['migrate', '--database', db.url], { env });
  const seed = runZhixieOk(['seed-demo', '--database', db.url], { env });
  const logDir = mkdtempSync(join(tmpdir(), `zhixie-log-${tag}-`));
  const logFile = join(logDir, 'server.log');
  let child = null;
  let url = null;

  const srv = {
    db,
    seedOutput: seed.stdout,
    get url() { return url; },
    get pid() { return child?.pid; },
    logFile,
    log: () => readFileSync(logFile, 'utf8'),
    /** Runs a zhixie subcommand against this server's database. */
    run: (args, opts) => runZhixie([...args, '--database', db.url], opts),

    async start() {
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      const fd = openSync(logFile, 'a');
      const args = ['serve', '--database', db.url, '--listen', `127.0.0.1:${port}`, ...(demo ? ['--demo'] : [])];
      child = spawn(BIN, [...args, ...extraArgs], {
        env: { ...process.env, ...env },
        stdio: ['ignore', fd, fd],
      });
      closeSync(fd);
      const exited = new Promise((ok) => child.once('exit', (code, sig) => ok(code ?? sig)));
      const deadline = Date.now() + 60_000;
      for (;;) {
        const early = await Promise.race([exited, new Promise((ok) => setTimeout(() => ok(undefined), 100))]);
        if (early !== undefined) throw new Error(`zhixie serve exited (${early}) before /healthz:\n${srv.log()}`);
        try {
          const r = await fetch(`${url}/healthz`);
          if (r.status === 200) return srv;
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) throw new Error(`zhixie serve did not answer /healthz in 60 s:\n${srv.log()}`);
      }
    },

    /** Stops the server (SIGTERM by PID, SIGKILL after 10 s); the database stays. */
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) { child = null; return; }
      const c = child;
      child = null;
      const done = new Promise((ok) => c.once('exit', ok));
      c.kill('SIGTERM');
      const t = setTimeout(() => c.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(t);
    },

    /** Stops the server and drops its database and log. */
    async close() {
      await srv.stop();
      try { db.drop(); } finally { rmSync(logDir, { recursive: true, force: true }); }
    },
  };
  await srv.start();
  return srv;
}

/** The demo logins printed by seed-demo: [{committee, username, password, role}]. */
export function parseLogins(seedOutput) {
  return seedOutput.split('\n')
    .map((l) => l.match(/^login:\s+(\S+)\s+(\S+)\s+(\S+)\s+(.+?)\s*$/))
    .filter(Boolean)
    .map(([, committee, username, password, role]) => ({ committee, username, password, role }));
}
