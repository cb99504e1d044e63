// Members' duty performance at province scale: 100 committees × 400 members = 40,000 members with 250 duty
// records each (10,000,000 records in one year), then
//   1. recompute every score of the deployment (`zhixie recompute-duty-scores`: one aggregating pass per
//      committee-year, scoring in memory) — target < 10 s;
//   2. one member's dossier (GET /api/v1/duty/members/{id}/dossier) — target < 50 ms.
// Medians of one run. Prints a Markdown section and writes it into bench/RESULTS.md between the duty markers.
//   ZHIXIE_BIN=build/release/zhixie ZHIXIE_TEST_BACKEND=sqlite|postgres [ZHIXIE_TEST_PG=…] node bench/duty.mjs
// (BENCH_DUTY_PER_MEMBER=25 for a quick 1,000,000-record run.)
import { writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { startServer, BACKEND, BIN, runZhixieOk } from '../tests/api/lib/server.mjs';
import { Client } from '../tests/api/lib/client.mjs';
import { writeResults } from './results.mjs';

const COMMITTEES = 100;
const MEMBERS = 400; // per committee
const PER_MEMBER = Number(process.env.BENCH_DUTY_PER_MEMBER || 250);
const YEAR = new Date().getUTCFullYear();
const KINDS = ['meeting_attended', 'meeting_attended', 'meeting_attended', 'meeting_absent_leave', 'meeting_absent',
  'proposal_filed', 'proposal_accepted', 'info_submitted', 'info_adopted', 'speech', 'inspection', 'research',
  'consultation', 'supervision', 'contact', 'contact', 'lecture', 'donation', 'deed', 'other'];

const SECTORS = ['中共', '民盟', '教育', '医药卫生', '农业和农村'];
const sqlite = BACKEND === 'sqlite';
/** The numbers 0 … n-1 as a table with column n. */
const series = (n) => (sqlite
  ? `(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${n - 1}) SELECT n FROM s)`
  : `(SELECT generate_series(0, ${n - 1}) AS n)`);
const pad2 = (expr) => (sqlite ? `substr('0' || (${expr}), -2)` : `lpad((${expr})::text, 2, '0')`);

function runSqlFile(db, file) {
  const r = sqlite
    ? spawnSync('sqlite3', ['-batch', '-bail', db.file, `.read ${file}`], { encoding: 'utf8' })
    : spawnSync('psql', [db.url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];

const srv = await startServer('bench-duty');
try {
  const work = mkdtempSync(join(tmpdir(), 'zhixie-bench-duty-'));
  const now = new Date().toISOString().slice(0, 19) + 'Z';
  const bench = "(SELECT id FROM committees WHERE code LIKE 'dutybench%')";
  const kindCase = `CASE (s.n + m.id) % ${KINDS.length} ${KINDS.map((k, i) => `WHEN ${i} THEN '${k}'`).join(' ')} END`;
  const lines = [
    `INSERT INTO committees (code, name, level, created_at) SELECT 'dutybench' || (100 + n), '政协测试县' || n || '委员会', 'county', '${now}' FROM ${series(COMMITTEES)} s;`,
    `INSERT INTO terms (committee_id, number, name, start_date, is_current) SELECT id, 10, '第十届', '2021-12-01', 1 FROM committees WHERE id IN ${bench};`,
    ...SECTORS.map((name) =>
      `INSERT INTO sectors (committee_id, name) SELECT id, '${name}' FROM committees WHERE id IN ${bench};`),
    `INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, gender, sector_id, is_standing, cppcc_post, status, created_at, updated_at)
       SELECT t.committee_id, t.id, 'dutybench-' || t.committee_id || '-' || s.n, '委员' || s.n, 'wei yuan', 'wy',
         CASE WHEN s.n % 2 = 0 THEN '男' ELSE '女' END,
         (SELECT x.id FROM sectors x WHERE x.committee_id = t.committee_id AND x.name = CASE s.n % 5 ${SECTORS.map((name, i) => `WHEN ${i} THEN '${name}'`).join(' ')} END),
         CASE WHEN s.n % 6 = 0 THEN 1 ELSE 0 END, CASE WHEN s.n % 6 = 0 THEN '常委' ELSE '委员' END, '在任', '${now}', '${now}'
       FROM terms t CROSS JOIN ${series(MEMBERS)} s WHERE t.committee_id IN ${bench};`,
  ];
  // the records, ten committees a statement (each its own transaction)
  for (let from = 0; from < COMMITTEES; from += 10) {
    lines.push(`INSERT INTO duty_records (committee_id, member_id, year, occurred_on, kind, source_type, source_id, title, share, status, detail, created_at, updated_at)
       SELECT m.committee_id, m.id, ${YEAR}, '${YEAR}-' || ${pad2('1 + s.n % 12')} || '-' || ${pad2('1 + s.n % 28')}, ${kindCase},
         'bench', s.n, '履职记录', CASE WHEN (s.n + m.id) % ${KINDS.length} IN (5, 6) THEN 0.5 ELSE 1 END,
         CASE WHEN s.n % 25 = 0 THEN 'pending' ELSE 'confirmed' END, '{}', '${now}', '${now}'
       FROM members m CROSS JOIN ${series(PER_MEMBER)} s
       WHERE m.committee_id IN (SELECT id FROM committees WHERE code >= 'dutybench${100 + from}' AND code < 'dutybench${110 + from}');`);
  }
  if (!sqlite) lines.push('VACUUM ANALYZE duty_records;'); // index-only scans need the visibility map
  const sqlFile = join(work, 'duty.sql');
  writeFileSync(sqlFile, lines.join('\n'));
  const t0 = performance.now();
  runSqlFile(srv.db, sqlFile);
  const loadS = (performance.now() - t0) / 1000;
  const records = Number(srv.db.sql('SELECT COUNT(*) FROM duty_records'));
  const members = Number(srv.db.sql('SELECT COUNT(*) FROM members'));
  console.error(`loaded ${records} records for ${members} members in ${loadS.toFixed(0)} s`);

  // 1. recompute everything, three times: the median of the command's own timing and of the wall clock
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const out = JSON.parse(runZhixieOk(['recompute-duty-scores', '--database', srv.db.url]).stdout.trim());
    runs.push({ wall: performance.now() - t, ...out });
  }
  const scored = Number(srv.db.sql('SELECT COUNT(*) FROM duty_scores'));

  // 2. dossiers of 60 members of one committee, three rounds, sequential
  runZhixieOk(['create-admin', '--committee', 'dutybench150', '--username', 'benchadmin', '--password', 'Bench#2026x', '--database', srv.db.url]);
  const admin = await new Client(srv.url).login('dutybench150', 'benchadmin', 'Bench#2026x');
  const ids = srv.db.sql(`SELECT id FROM members WHERE committee_id = (SELECT id FROM committees WHERE code = 'dutybench150') ORDER BY id LIMIT 60`)
    .split('\n').filter(Boolean);
  const times = [];
  let shown = 0;
  for (let round = 0; round < 4; round++) {
    for (const id of ids) {
      const t = performance.now();
      const r = await admin.get(`/api/v1/duty/members/${id}/dossier?year=${YEAR}`);
      const ms = performance.now() - t;
      if (r.status !== 200) throw new Error(`dossier ${id}: ${r.status} ${r.text.slice(0, 300)}`);
      shown = r.body.records.length;
      if (round > 0) times.push(ms); // the first round warms the caches
    }
  }

  const cpu = cpus()[0]?.model ?? 'unknown';
  const build = basename(dirname(BIN)); // debug (ASan + UBSan) or release
  const recomputeMs = median(runs.map((r) => r.milliseconds));
  const section = [`### Duty scores on ${BACKEND} (${new Date().toISOString().slice(0, 10)})`, '',
    `Command: \`ZHIXIE_BIN=${BIN.replace(/^.*\/build\//, 'build/')} ZHIXIE_TEST_BACKEND=${BACKEND} node bench/duty.mjs\` — ${build} build, ${cpus().length} cores, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} when done (the machine is shared)`, '',
    `Data: ${members.toLocaleString('en')} members (${COMMITTEES} generated committees × ${MEMBERS} plus the demo), ${records.toLocaleString('en')} duty records (${PER_MEMBER} per generated member, one year); loaded in ${loadS.toFixed(0)} s`, '',
    '| measure | result | target |', '|---|---|---|',
    `| recompute every score (\`zhixie recompute-duty-scores\`: ${runs[0].committee_years} committee-years, ${scored.toLocaleString('en')} scores written), median of 3 | ${(recomputeMs / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.milliseconds / 1000).toFixed(2)).join(', ')} s; process wall ${(median(runs.map((r) => r.wall)) / 1000).toFixed(2)} s; the command's own CPU time, median ${(median(runs.map((r) => r.cpu_milliseconds)) / 1000).toFixed(2)} s) | < 10 s |`,
    `| one member's dossier (GET …/dossier, ${shown} records, ${times.length} requests, sequential) | median ${median(times).toFixed(1)} ms, p99 ${p99(times).toFixed(1)} ms | < 50 ms |`, ''].join('\n');
  console.log(section);
  writeResults('duty', BACKEND, section);
} finally {
  await srv.close();
}
