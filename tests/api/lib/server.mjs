// Test harness: one fresh database and one `zhixie serve` per test file.
//
// Environment:
//   ZHIXIE_BIN           the server binary (default build/debug/zhixie)
//   ZHIXIE_TEST_BACKEND  sqlite (default) | postgres
//   ZHIXIE_TEST_PG       postgresql://user@host:port of a cluster where the harness may CREATE DATABASE
import { spawn, spawnSync } from 'node:child_process';
import {
  mkdtempSync, mkdirSync, rmSync, openSync, closeSync, readFileSync, writeFileSync, copyFileSync, existsSync,
  statSync, readdirSync, renameSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { randomBytes, createHash } from 'node:crypto';

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
    // seed-demo on PostgreSQL under the sanitizers takes one to four minutes on 2 busy cores
    timeout: 600_000,
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

const PG_BASE = process.env.ZHIXIE_TEST_PG;

function pgName(prefix, tag) {
  return `${prefix}_${tag.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
}

/** A database handle of the selected backend: {url, file?, sql(q), drop()}. */
function sqliteHandle(dir) {
  const file = join(dir, 'zhixie.db');
  return { url: `sqlite://${file}`, file, sql: (q) => sqlite(file, q), drop: () => rmSync(dir, { recursive: true, force: true }) };
}

function pgHandle(name) {
  const url = `${PG_BASE}/${name}`;
  return { url, sql: (q) => psql(url, q), drop: () => psql(`${PG_BASE}/postgres`, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A fresh, empty database of the selected backend (a copy of `template` when given). */
function createDatabase(tag, template) {
  if (BACKEND === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `zhixie-api-${tag}-`));
    const db = sqliteHandle(dir);
    if (template) {
      copyFileSync(template.file, db.file);
      if (existsSync(`${template.file}-wal`)) copyFileSync(`${template.file}-wal`, `${db.file}-wal`);
    }
    return db;
  }
  if (!PG_BASE) throw new Error('ZHIXIE_TEST_BACKEND=postgres needs ZHIXIE_TEST_PG=postgresql://user@host:port');
  const name = pgName('zx', tag);
  const from = template ? `TEMPLATE ${template.name}` : "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'";
  psql(`${PG_BASE}/postgres`, `CREATE DATABASE ${name} ${from}`);
  return pgHandle(name);
}

/**
 * The migrated, demo-seeded database that every test file's database is copied from: made once per binary
 * (and PostgreSQL cluster) by whichever test file asks first, while the others wait on a lock directory. Every
 * copy is as `migrate` and `seed-demo` leave a fresh database, so what those commands do is still exercised
 * (once per run, by the first file); copying saves each file the seeding, which takes most of a minute on
 * PostgreSQL under the sanitizers. ZHIXIE_TEST_NO_TEMPLATE=1 seeds every file's database afresh.
 */
function seededTemplate() {
  if (process.env.ZHIXIE_TEST_NO_TEMPLATE === '1') return null;
  const st = statSync(BIN);
  const key = createHash('sha256')
    .update(`${BIN}|${st.size}|${st.mtimeMs}|${BACKEND}|${PG_BASE ?? ''}`).digest('hex').slice(0, 16);
  const root = join(tmpdir(), 'zhixie-test-templates');
  mkdirSync(root, { recursive: true });
  const dir = join(root, key);
  const done = join(dir, 'seed-output.txt');
  const lock = join(root, `${key}.lock`);
  const load = () => ({
    file: join(dir, 'zhixie.db'),
    name: BACKEND === 'postgres' ? readFileSync(join(dir, 'pg-name.txt'), 'utf8').trim() : undefined,
    seedOutput: readFileSync(done, 'utf8'),
  });
  const deadline = Date.now() + 900_000;
  for (;;) {
    if (existsSync(done)) return load();
    try {
      mkdirSync(lock);
    } catch {
      try { // a lock left by a test process that died while seeding
        if (Date.now() - statSync(lock).mtimeMs > 660_000) rmSync(lock, { recursive: true, force: true });
      } catch { /* gone meanwhile */ }
      if (Date.now() > deadline) throw new Error(`waited 15 minutes for the seeded template (${lock})`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250); // another file is making it
      continue;
    }
    try {
      if (existsSync(done)) return load();
      for (const old of readdirSync(root)) if (old !== `${key}.lock`) rmSync(join(root, old), { recursive: true, force: true });
      const work = `${dir}.tmp`;
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work);
      let url;
      if (BACKEND === 'sqlite') {
        url = sqliteHandle(work).url;
      } else {
        const name = pgName('zxtpl', 'seeded');
        psql(`${PG_BASE}/postgres`,
          `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
        writeFileSync(join(work, 'pg-name.txt'), name);
        url = `${PG_BASE}/${name}`;
      }
      runZhixieOk(['migrate', '--database', url]);
      const seed = runZhixieOk(['seed-demo', '--database', url]);
      writeFileSync(join(work, 'seed-output.txt'), seed.stdout);
      renameSync(work, dir);
      return load();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Starts a server on a fresh, migrated, demo-seeded database (with --demo unless demo: false).
 * Returns { url, db: {url, file?, sql(q), drop()}, seedOutput, stop(), start(), run(args), close() }.
 */
export async function startServer(tag = 'api', { extraArgs = [], env = {}, demo = true } = {}) {
  const template = seededTemplate();
  const db = createDatabase(tag, template);
  let seedOutput = template?.seedOutput;
  if (!template) {
    runZhixieOk(['migrate', '--database', db.url], { env });
    seedOutput = runZhixieOk(['seed-demo', '--database', db.url], { env }).stdout;
  }
  const logDir = mkdtempSync(join(tmpdir(), `zhixie-log-${tag}-`));
  const logFile = join(logDir, 'server.log');
  let child = null;
  let url = null;

  const srv = {
    db,
    seedOutput,
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
