// Members at province scale: import 10,000 members from a CSV, then list and filter members while the database
// holds 40,000 members across 100 committees. Prints a Markdown section and writes it into bench/RESULTS.md
// between the members markers.
//   ZHIXIE_BIN=build/release/zhixie ZHIXIE_TEST_BACKEND=sqlite|postgres [ZHIXIE_TEST_PG=…] node bench/members.mjs
import { writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { startServer, BACKEND, runZhixieOk } from '../tests/api/lib/server.mjs';
import { Client } from '../tests/api/lib/client.mjs';
import { writeResults } from './results.mjs';

const SURNAMES = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'],
  ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo']];
const GIVEN = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao']];

let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };

function idCard(birth, seq) {
  const body = `610830${birth.replaceAll('-', '')}${String(seq % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, k) => s + Number(d) * w[k], 0);
  return body + '10X98765432'[sum % 11];
}

function person(k) {
  const s = SURNAMES[rnd(SURNAMES.length)], a = GIVEN[rnd(GIVEN.length)], b = GIVEN[rnd(GIVEN.length)];
  return { name: s[0] + a[0] + b[0], pinyin: `${s[1]} ${a[1]} ${b[1]}`, initials: s[1][0] + a[1][0] + b[1][0],
    gender: rnd(2) ? '男' : '女', birth: `19${60 + rnd(35)}-0${1 + rnd(9)}-1${rnd(9)}`, phone: `17${String(k).padStart(9, '0')}` };
}

function runSqlFile(db, file) {
  const r = BACKEND === 'sqlite'
    ? spawnSync('sqlite3', ['-batch', '-bail', db.file, `.read ${file}`], { encoding: 'utf8' })
    : spawnSync('psql', [db.url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]; }

async function timeQueries(client, paths, reps) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    for (const p of paths) {
      const t0 = performance.now();
      const r = await client.get(p);
      times.push(performance.now() - t0);
      if (r.status !== 200) throw new Error(`${p}: ${r.status} ${r.text}`);
    }
  }
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

const srv = await startServer('bench-members');
try {
  const work = mkdtempSync(join(tmpdir(), 'zhixie-bench-'));
  // 1. province scale: 100 committees × 400 members = 40,000 (plus the demo's 420)
  const now = new Date().toISOString().slice(0, 19) + 'Z';
  const lines = ['BEGIN;'];
  let k = 0;
  for (let c = 1; c <= 100; c++) {
    const code = `bench${String(c).padStart(3, '0')}`;
    lines.push(`INSERT INTO committees (code, name, level, created_at) VALUES ('${code}', '政协测试县${c}委员会', 'county', '${now}');`);
    lines.push(`INSERT INTO terms (committee_id, number, name, start_date, is_current) SELECT id, 10, '第十届', '2021-12-01', 1 FROM committees WHERE code = '${code}';`);
    for (const s of ['中共', '民盟', '教育', '医药卫生', '农业和农村']) {
      lines.push(`INSERT INTO sectors (committee_id, name) SELECT id, '${s}' FROM committees WHERE code = '${code}';`);
    }
    for (let m = 0; m < 400; m++, k++) {
      const p = person(k);
      lines.push(`INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, gender, birth_date, phone, sector_id, is_standing, cppcc_post, status, created_at, updated_at) SELECT c.id, t.id, 'b${k}', '${p.name}', '${p.pinyin}', '${p.initials}', '${p.gender}', '${p.birth}', '${p.phone}', (SELECT id FROM sectors WHERE committee_id = c.id ORDER BY id LIMIT 1 OFFSET ${m % 5}), ${m % 6 === 0 ? 1 : 0}, '${m % 6 === 0 ? '常委' : '委员'}', '在任', '${now}', '${now}' FROM committees c JOIN terms t ON t.committee_id = c.id WHERE c.code = '${code}';`);
    }
  }
  lines.push('COMMIT;');
  const sqlFile = join(work, 'province.sql');
  writeFileSync(sqlFile, lines.join('\n'));
  runSqlFile(srv.db, sqlFile);
  // A deployment's statistics are current (autovacuum analyses a table after this many new rows); a bulk load
  // just before measuring would otherwise leave the planner guessing.
  srv.db.sql('ANALYZE');
  runZhixieOk(['create-admin', '--committee', 'bench050', '--username', 'benchadmin', '--password', 'Bench#2026x', '--database', srv.db.url]);
  const admin = await new Client(srv.url).login('bench050', 'benchadmin', 'Bench#2026x');
  const total = Number(srv.db.sql('SELECT COUNT(*) FROM members'));
  const first = (await admin.get('/api/v1/members?page_size=1')).body.items[0];
  const paths = ['/api/v1/members', `/api/v1/members?q=${first.name_initials}`, `/api/v1/members?q=${first.name_pinyin.split(' ')[0]}`,
    `/api/v1/members?sector_id=${first.sector_id}`, '/api/v1/members?standing=1', '/api/v1/members?page=10&page_size=20',
    `/api/v1/members?q=${encodeURIComponent(first.name.slice(0, 1))}&status=${encodeURIComponent('在任')}`];
  await timeQueries(admin, paths, 5); // warm up
  const list = await timeQueries(admin, paths, 60);

  // 2. import 10,000 members into one committee
  const office = await new Client(srv.url).login('qingjian', 'bangongshi');
  const rows = ['姓名,性别,出生日期,身份证号,手机号码,工作单位'];
  for (let i = 0; i < 10000; i++) {
    const p = person(100000 + i);
    const birth = `${1950 + Math.floor(i / 1000)}-0${1 + (i % 9)}-1${i % 10}`; // with i % 1000, unique ID numbers
    rows.push(`${p.name},${p.gender},${birth},${idCard(birth, i)},18${String(i).padStart(9, '0')},测试单位${i % 50}`);
  }
  const csv = rows.join('\n');
  const t0 = performance.now();
  const imp = await office.request('POST', '/api/v1/members/import?filename=bench.csv', { raw: csv, headers: { 'Content-Type': 'text/csv' } });
  const importMs = performance.now() - t0;
  if (imp.status !== 200 || !imp.body.committed) throw new Error(`import failed: ${imp.status} ${imp.text.slice(0, 500)}`);

  const cpu = cpus()[0]?.model ?? 'unknown';
  const section = [`### Members on ${BACKEND} (${new Date().toISOString().slice(0, 10)})`, '',
    `Command: \`ZHIXIE_BIN=build/release/zhixie ZHIXIE_TEST_BACKEND=${BACKEND} node bench/members.mjs\` — ${cpus().length} cores, ${cpu}`, '',
    '| measure | result | target |', '|---|---|---|',
    `| import ${imp.body.total.toLocaleString('en')} members from CSV (preview checks + commit, one request) | ${(importMs / 1000).toFixed(2)} s | < 5 s |`,
    `| list/filter members, ${total.toLocaleString('en')} members in ${100 + 6} committees (${list.n} requests, 7 filter kinds, sequential) | p50 ${list.p50.toFixed(2)} ms, p99 ${list.p99.toFixed(2)} ms | p99 < 20 ms |`, ''].join('\n');
  console.log(section);
  writeResults('members', BACKEND, section);
} finally {
  await srv.close();
}
