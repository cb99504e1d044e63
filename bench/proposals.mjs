// Proposals at province scale: 100 generated committees, each with two terms, 300 members a term, 40 handling
// units and the proposal workflow (copied from the demo committee's definition), and 1,000 proposals a year for
// ten years — 1,000,000 proposals in a realistic spread of workflow states, with lead signers and co-signers,
// assignments, replies with classes, contacts and the proposers' feedback. Then, as one committee's proposal
// staff (提案委 staff: role proposal_staff, who sees every non-draft proposal of the committee):
//   1. the list: default, filtered by year, state, category, unit, member, search text, metric, and deep
//      pages — p50/p99 of sequential requests; target p99 < 50 ms;
//   2. the statistics of one committee-year (GET /api/v1/proposals/stats: totals and every grouping the page
//      shows — category, session, unit, sector, member — in one response; and the unit evaluation the page
//      loads beside it) — median and max; target < 200 ms.
// Prints a Markdown section and writes it into bench/RESULTS.md between the proposals markers.
//   ZHIXIE_BIN=build/release/zhixie ZHIXIE_TEST_BACKEND=sqlite|postgres [ZHIXIE_TEST_PG=…] node bench/proposals.mjs
// (BENCH_PROPOSALS_PER_YEAR=100 for a quick 100,000-proposal run; BENCH_LABEL names the build in the heading;
// BENCH_RESULTS_NAME=proposals-main writes to another pair of markers, e.g. for a baseline binary; BENCH_KEEP_DB=1
// keeps the generated database for EXPLAIN.)
import { writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { startServer, BACKEND, BIN, runZhixieOk } from '../tests/api/lib/server.mjs';
import { Client } from '../tests/api/lib/client.mjs';
import { writeResults } from './results.mjs';

const COMMITTEES = 100;
const YEARS = 10;
const PER_YEAR = Number(process.env.BENCH_PROPOSALS_PER_YEAR || 1000); // per committee
const MEMBERS = 300; // per committee and term
const YEAR = new Date().getUTCFullYear();
const FIRST = YEAR - YEARS + 1;
const sqlite = BACKEND === 'sqlite';

const UNITS = ['县发展和改革局', '县教育局', '县科学技术局', '县工业和信息化局', '县公安局', '县民政局', '县司法局',
  '县财政局', '县人力资源和社会保障局', '县自然资源局', '市生态环境局县分局', '县住房和城乡建设局', '县交通运输局', '县水利局',
  '县农业农村局', '县商务局', '县文化和旅游局', '县卫生健康委员会', '县退役军人事务局', '县应急管理局', '县审计局',
  '县市场监督管理局', '县统计局', '县医疗保障局', '县林业局', '县城市管理局', '县数据局', '县乡村振兴局', '县供销合作社',
  '国家税务总局县税务局', '国网县供电公司', '县融媒体中心', '县行政审批服务局', '县信访局', '县总工会', '共青团县委',
  '县妇女联合会', '县残疾人联合会', '城关镇人民政府', '经济开发区管委会'];
const SECTORS = ['中共', '民盟', '教育', '医药卫生', '农业和农村'];
// [title, category] — the categories are the product's defaults
const TOPICS = [
  ['加快农村养老服务体系建设', '社会民生'], ['推进城区老旧小区改造', '城乡建设'], ['加强中小学校园周边交通安全管理', '教育科技'],
  ['支持民营经济高质量发展', '经济发展'], ['完善基层医疗卫生服务网络', '医疗卫生'], ['加强农村生活污水治理', '生态环境'],
  ['推动文旅融合发展', '文化旅游'], ['持续优化营商环境', '经济发展'], ['加强食品安全监管', '法治建设'],
  ['推进城乡生活垃圾分类', '生态环境'], ['发展智慧农业', '农业农村'], ['加强未成年人心理健康教育', '教育科技'],
  ['提升县域职业教育水平', '教育科技'], ['完善社区居家养老服务', '社会民生'], ['加快高标准农田建设', '农业农村'],
  ['推进县域医共体建设', '医疗卫生'], ['加强历史文化街区保护', '文化旅游'], ['缓解城区停车难问题', '城乡建设'],
  ['促进高校毕业生就业创业', '社会民生'], ['加强河湖长制落实', '生态环境'], ['壮大村级集体经济', '农业农村'],
  ['推进矛盾纠纷多元化解', '法治建设'], ['加快新能源汽车充电设施建设', '经济发展'], ['规范校外培训机构管理', '教育科技'],
  ['加强基层公共文化服务', '文化旅游'], ['完善城乡公交网络', '城乡建设'], ['支持中医药传承创新', '医疗卫生'],
  ['加强电信网络诈骗防范宣传', '法治建设'], ['推动特色农产品品牌建设', '农业农村'], ['关心关爱留守儿童', '其他']];
const NUMS = ['一', '二', '三', '四', '五'];

/** The numbers 0 … n-1 as a table with column n. */
const series = (n) => (sqlite
  ? `(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < ${n - 1}) SELECT n FROM s)`
  : `(SELECT generate_series(0, ${n - 1}) AS n)`);
/** A timestamp as the product writes them (2026-03-01T08:30:00Z): day `d` (0-based) of year `y`. */
const ts = (y, d) => (sqlite
  ? `strftime('%Y-%m-%dT%H:%M:%SZ', (${y}) || '-01-01 00:30:00', '+' || (${d}) || ' days')`
  : `to_char(make_timestamp((${y})::int, 1, 1, 0, 30, 0) + (${d}) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);
const day = (y, d) => (sqlite ? `date((${y}) || '-01-01', '+' || (${d}) || ' days')`
  : `to_char(make_date((${y})::int, 1, 1) + (${d})::int, 'YYYY-MM-DD')`);
const pad3 = (x) => (sqlite ? `substr('00' || (${x}), -3)` : `lpad((${x})::text, 3, '0')`);
const values = (rows) => rows.map((r) => `(${r.map((v) => (typeof v === 'number' ? v : `'${v}'`)).join(', ')})`).join(', ');
const caseOf = (expr, list) => `CASE ${expr} ${list.map((v, i) => `WHEN ${i} THEN '${v}'`).join(' ')} END`;

const HANDLED = "('assigned', 'objection', 'handling', 'replied', 'reply_reviewed', 'rehandling', 'closed')";
const REPLIED = "('replied', 'reply_reviewed', 'rehandling', 'closed')";
const NUMBERED = "('accepted', 'assigned', 'objection', 'handling', 'replied', 'reply_reviewed', 'rehandling', 'closed')";
// Past years are nearly all closed; the current year is spread over the whole procedure.
const PAST_STATE = 'CASE WHEN r < 5 THEN \'rejected\' WHEN r < 7 THEN \'converted\' WHEN r < 8 THEN \'returned\' ELSE \'closed\' END';
const NOW_STATE = `CASE WHEN r < 3 THEN 'draft' WHEN r < 5 THEN 'cosigning' WHEN r < 10 THEN 'submitted'
  WHEN r < 15 THEN 'under_review' WHEN r < 19 THEN 'rejected' WHEN r < 21 THEN 'converted' WHEN r < 22 THEN 'returned'
  WHEN r < 25 THEN 'accepted' WHEN r < 33 THEN 'assigned' WHEN r < 34 THEN 'objection' WHEN r < 58 THEN 'handling'
  WHEN r < 70 THEN 'replied' WHEN r < 80 THEN 'reply_reviewed' WHEN r < 82 THEN 'rehandling' ELSE 'closed' END`;
const SATISFACTION = (x) => `CASE WHEN (${x}) % 20 < 14 THEN '满意' WHEN (${x}) % 20 < 19 THEN '基本满意' ELSE '不满意' END`;

function generatorSql(now) {
  const bench = "(SELECT id FROM committees WHERE code LIKE 'propbench%')";
  const demoDef = "(SELECT MIN(id) FROM wf_definitions WHERE code = 'proposal')";
  return [
    // the committees, their terms (the last five years are the current term), sectors, units, members
    `INSERT INTO committees (code, name, level, created_at) SELECT 'propbench' || (100 + n), '政协测试县' || n || '委员会', 'county', '${now}' FROM ${series(COMMITTEES)} s;`,
    `INSERT INTO terms (committee_id, number, name, start_date, end_date, is_current) SELECT id, 10, '第十届', '${FIRST}-01-10', '${FIRST + 4}-12-31', 0 FROM committees WHERE id IN ${bench};`,
    `INSERT INTO terms (committee_id, number, name, start_date, is_current) SELECT id, 11, '第十一届', '${FIRST + 5}-01-10', 1 FROM committees WHERE id IN ${bench};`,
    `INSERT INTO sectors (committee_id, name, sort) SELECT c.id, x.name, x.k FROM committees c CROSS JOIN (SELECT column1 AS name, column2 AS k FROM (VALUES ${values(SECTORS.map((s, i) => [s, i]))}) AS v) x WHERE c.id IN ${bench};`,
    `INSERT INTO units (committee_id, name, kind) SELECT c.id, x.name, x.kind FROM committees c CROSS JOIN (SELECT column1 AS name, column2 AS kind FROM (VALUES ${values(UNITS.map((u, i) => [u, i === 38 ? 'township' : i >= 34 ? 'other' : 'department']))}) AS v) x WHERE c.id IN ${bench} ORDER BY c.id, x.name;`,
    `CREATE TEMP TABLE bench_sectors AS SELECT committee_id, id, CAST(ROW_NUMBER() OVER (PARTITION BY committee_id ORDER BY id) - 1 AS INTEGER) AS k FROM sectors WHERE committee_id IN ${bench};`,
    `INSERT INTO members (committee_id, term_id, person_uid, name, name_pinyin, name_initials, gender, sector_id, is_standing, cppcc_post, status, created_at, updated_at)
       SELECT t.committee_id, t.id, 'propbench-' || t.committee_id || '-' || (s.n + 400 * (t.number - 10)), '委员' || s.n, 'wei yuan', 'wy',
         CASE WHEN s.n % 2 = 0 THEN '男' ELSE '女' END, bs.id, CASE WHEN s.n % 6 = 0 THEN 1 ELSE 0 END,
         CASE WHEN s.n % 6 = 0 THEN '常委' ELSE '委员' END, CASE WHEN t.is_current = 1 THEN '在任' ELSE '届满' END, '${now}', '${now}'
       FROM terms t CROSS JOIN ${series(MEMBERS)} s JOIN bench_sectors bs ON bs.committee_id = t.committee_id AND bs.k = s.n % 5
       WHERE t.committee_id IN ${bench} ORDER BY t.id, s.n;`,
    // the demo committee's proposal workflow, copied to every generated committee
    `INSERT INTO wf_definitions (committee_id, code, name_zh, name_en, version, updated_at) SELECT c.id, d.code, d.name_zh, d.name_en, 1, '${now}' FROM committees c CROSS JOIN wf_definitions d WHERE c.id IN ${bench} AND d.id = ${demoDef};`,
    `INSERT INTO wf_states (definition_id, code, name_zh, name_en, is_initial, is_final, deadline_days, on_enter, sort) SELECT nd.id, s.code, s.name_zh, s.name_en, s.is_initial, s.is_final, s.deadline_days, s.on_enter, s.sort FROM wf_states s CROSS JOIN wf_definitions nd WHERE s.definition_id = ${demoDef} AND nd.code = 'proposal' AND nd.committee_id IN ${bench};`,
    `INSERT INTO wf_transitions (definition_id, code, name_zh, name_en, from_state, to_state, permission, sort) SELECT nd.id, t.code, t.name_zh, t.name_en, t.from_state, t.to_state, t.permission, t.sort FROM wf_transitions t CROSS JOIN wf_definitions nd WHERE t.definition_id = ${demoDef} AND nd.code = 'proposal' AND nd.committee_id IN ${bench};`,
    // lookup tables: the k-th member of a term, the k-th unit of a committee, each committee's index and terms
    `CREATE TEMP TABLE bench_members AS SELECT term_id, id, sector_id, CAST(ROW_NUMBER() OVER (PARTITION BY term_id ORDER BY id) - 1 AS INTEGER) AS k FROM members WHERE committee_id IN ${bench};`,
    'CREATE INDEX bench_members_k ON bench_members(term_id, k);',
    `CREATE TEMP TABLE bench_units AS SELECT committee_id, id, CAST(ROW_NUMBER() OVER (PARTITION BY committee_id ORDER BY id) - 1 AS INTEGER) AS k FROM units WHERE committee_id IN ${bench};`,
    'CREATE INDEX bench_units_k ON bench_units(committee_id, k);',
    `CREATE TEMP TABLE bench_topics AS SELECT CAST(column1 AS INTEGER) AS k, column2 AS title, column3 AS category FROM (VALUES ${values(TOPICS.map(([t, c], i) => [i, t, c]))}) AS v;`,
    `CREATE TEMP TABLE bench_committees AS SELECT c.id AS committee_id, CAST(ROW_NUMBER() OVER (ORDER BY c.id) - 1 AS INTEGER) AS ci, d.id AS def_id
       FROM committees c JOIN wf_definitions d ON d.committee_id = c.id AND d.code = 'proposal' WHERE c.id IN ${bench};`,
    // one row per proposal with everything derived from (committee, n): year, term, session, state, dates, people
    `CREATE TEMP TABLE bench_gen AS
       SELECT x.*, CASE WHEN x.yi < ${YEARS - 1} THEN ${PAST_STATE} ELSE ${NOW_STATE} END AS state0
       FROM (SELECT bc.committee_id, bc.ci, bc.def_id, CAST(s.n AS INTEGER) AS n, s.n / ${PER_YEAR} AS yi, ${FIRST} + s.n / ${PER_YEAR} AS year,
               (s.n * 37 + bc.ci * 11) % 100 AS r, (s.n % ${PER_YEAR}) * CASE WHEN s.n / ${PER_YEAR} = ${YEARS - 1} THEN 200 ELSE 300 END / ${PER_YEAR} AS d,
               CAST((s.n * 7 + bc.ci) % ${MEMBERS} AS INTEGER) AS lead_k, (s.n * 13 + bc.ci) % 20 AS src, CAST((s.n * 7 + bc.ci) % ${UNITS.length} AS INTEGER) AS unit_k,
               CAST((s.n * 11 + bc.ci * 3) % ${TOPICS.length} AS INTEGER) AS topic_k
             FROM bench_committees bc CROSS JOIN ${series(YEARS * PER_YEAR)} s) x;`,
    `CREATE TEMP TABLE bench_p AS
       SELECT g.*, CASE WHEN g.n % 25 = 1 THEN 'merged' ELSE g.state0 END AS state, t.id AS term_id, t.name AS term_name,
         g.year - CASE WHEN g.yi < 5 THEN ${FIRST} ELSE ${FIRST + 5} END + 1 AS session,
         CASE WHEN g.src = 0 THEN 'party' WHEN g.src = 1 THEN 'sector_group' ELSE 'member' END AS source,
         m.id AS lead_id, m.sector_id AS member_sector, tp.title, tp.category,
         u.id AS unit_id, u2.id AS co_unit_id,
         CASE WHEN (g.n * 17 + g.ci) % 20 < 11 THEN 'A' WHEN (g.n * 17 + g.ci) % 20 < 18 THEN 'B' ELSE 'C' END AS klass,
         CASE WHEN g.state0 = 'rehandling' OR (g.state0 = 'closed' AND g.n % 33 = 0) THEN 1 ELSE 0 END AS rehandled
       FROM bench_gen g
       JOIN terms t ON t.committee_id = g.committee_id AND t.number = CASE WHEN g.yi < 5 THEN 10 ELSE 11 END
       JOIN bench_members m ON m.term_id = t.id AND m.k = g.lead_k
       JOIN bench_topics tp ON tp.k = g.topic_k
       JOIN bench_units u ON u.committee_id = g.committee_id AND u.k = g.unit_k
       JOIN bench_units u2 ON u2.committee_id = g.committee_id AND u2.k = (g.unit_k + 13) % ${UNITS.length};`,
    'CREATE INDEX bench_p_n ON bench_p(committee_id, n);',
    // the cases (subject_id holds n until the proposals exist), then the proposals
    `INSERT INTO wf_cases (committee_id, definition_id, subject_type, subject_id, state, version, entered_at, due_at, created_at, created_by)
       SELECT committee_id, def_id, 'proposal_bench', n, state, 6, ${ts('year', 'd + 20')},
         CASE WHEN state IN ('assigned', 'objection', 'handling', 'rehandling') THEN ${ts('year', 'd + 110')} END, ${ts('year', 'd')}, NULL
       FROM bench_p ORDER BY committee_id, n;`,
    `INSERT INTO proposals (committee_id, term_id, case_id, year, session, kind, source, org_name, sector_id, lead_member_id, title, content,
         category, number_seq, number, merged_into_id, reject_ground, converted_to, submitted_at, accepted_at, assigned_at, handling_due,
         replied_at, reply_class, rehandled, closed_at, is_key, key_leaders, created_by, created_at, updated_at)
       SELECT b.committee_id, b.term_id, c.id, b.year, b.session, CASE WHEN (b.n % ${PER_YEAR}) * 10 < ${PER_YEAR * 6} THEN 'plenary' ELSE 'regular' END,
         b.source, CASE b.source WHEN 'party' THEN '民盟县委会' WHEN 'sector_group' THEN '农业和农村界别小组' ELSE '' END,
         CASE b.source WHEN 'member' THEN b.member_sector WHEN 'sector_group' THEN b.member_sector END,
         CASE WHEN b.source = 'member' THEN b.lead_id END,
         '关于' || b.title || '的建议', '近年来，我县在' || b.title || '方面做了大量工作，但仍存在投入不足、机制不健全等问题。建议：一是加强统筹规划；二是加大资金投入；三是完善考核机制。',
         b.category,
         CASE WHEN b.state IN ${NUMBERED} THEN b.n % ${PER_YEAR} + 1 END,
         CASE WHEN b.state IN ${NUMBERED} THEN b.term_name || ${caseOf('b.session - 1', NUMS)} || '次会议第' || ${pad3(`b.n % ${PER_YEAR} + 1`)} || '号' END,
         NULL, CASE WHEN b.state = 'rejected' THEN '内容空泛、没有具体建议' ELSE '' END, CASE WHEN b.state = 'converted' THEN 'opinion' ELSE '' END,
         CASE WHEN b.state NOT IN ('draft', 'cosigning') THEN ${ts('b.year', 'b.d')} END,
         CASE WHEN b.state IN ${NUMBERED} THEN ${ts('b.year', 'b.d + 10')} END,
         CASE WHEN b.state IN ${HANDLED} THEN ${ts('b.year', 'b.d + 20')} END,
         CASE WHEN b.state IN ${HANDLED} THEN ${ts('b.year', 'b.d + 110')} END,
         CASE WHEN b.state IN ${REPLIED} THEN ${ts('b.year', `b.d + CASE WHEN b.n % 10 = 3 THEN 130 ELSE 60 + b.n % 40 END`)} END,
         CASE WHEN b.state IN ${REPLIED} THEN b.klass ELSE '' END, b.rehandled,
         CASE WHEN b.state = 'closed' THEN ${ts('b.year', 'b.d + 150')} END,
         CASE WHEN b.state IN ${NUMBERED} AND b.n % ${PER_YEAR} < 3 THEN 1 ELSE 0 END,
         CASE WHEN b.state IN ${NUMBERED} AND b.n % ${PER_YEAR} < 3 THEN '县委书记、县长' ELSE '' END,
         NULL, ${ts('b.year', 'b.d')}, ${ts('b.year', 'b.d + 20')}
       FROM bench_p b JOIN wf_cases c ON c.committee_id = b.committee_id AND c.subject_type = 'proposal_bench' AND c.subject_id = b.n
       ORDER BY b.committee_id, b.n;`,
    `CREATE TEMP TABLE bench_pp AS SELECT b.*, p.id AS pid, c.id AS case_id FROM bench_p b
       JOIN wf_cases c ON c.committee_id = b.committee_id AND c.subject_type = 'proposal_bench' AND c.subject_id = b.n
       JOIN proposals p ON p.case_id = c.id;`,
    'CREATE INDEX bench_pp_n ON bench_pp(committee_id, n);',
    'CREATE INDEX bench_pp_pid ON bench_pp(pid);',
    // 并案: every 25th proposal is merged into the one before it
    `UPDATE proposals SET merged_into_id = (SELECT h.pid FROM bench_pp b JOIN bench_pp h ON h.committee_id = b.committee_id AND h.n = b.n - 1 WHERE b.pid = proposals.id)
       WHERE id IN (SELECT pid FROM bench_pp WHERE state = 'merged');`,
    "UPDATE wf_cases SET subject_type = 'proposal', subject_id = (SELECT p.id FROM proposals p WHERE p.case_id = wf_cases.id) WHERE subject_type = 'proposal_bench';",
    // signers: the lead member, and one or two co-signers on two proposals in five (some declined)
    `INSERT INTO proposal_signers (committee_id, proposal_id, member_id, role, status, invited_at, responded_at)
       SELECT committee_id, pid, lead_id, 'lead', 'confirmed', ${ts('year', 'd')}, ${ts('year', 'd')} FROM bench_pp WHERE source = 'member';`,
    ...[0, 1].map((k) => `INSERT INTO proposal_signers (committee_id, proposal_id, member_id, role, status, invited_at, responded_at)
       SELECT b.committee_id, b.pid, m.id, 'cosigner', CASE WHEN b.state = 'cosigning' THEN 'invited' WHEN (b.n + ${k}) % 9 = 0 THEN 'declined' ELSE 'confirmed' END,
         ${ts('b.year', 'b.d')}, CASE WHEN b.state <> 'cosigning' THEN ${ts('b.year', 'b.d + 2')} END
       FROM bench_pp b JOIN bench_members m ON m.term_id = b.term_id AND m.k = (b.lead_k + 1 + 97 * ${k}) % ${MEMBERS}
       WHERE b.source = 'member' AND b.state <> 'draft' AND b.n % 5 > ${k + 2};`),
    // assignments: a lead unit; a co-handling unit on one in five; an earlier assignment that was objected to and ended on one in fifty
    `INSERT INTO proposal_units (committee_id, proposal_id, unit_id, role, active, assigned_at, signed_at, objection, objected_at)
       SELECT committee_id, pid, unit_id, 'lead', 1, ${ts('year', 'd + 20')}, CASE WHEN state NOT IN ('assigned', 'objection') THEN ${ts('year', 'd + 22')} END,
         CASE WHEN state = 'objection' THEN '该事项不属于本单位职责范围' ELSE '' END, CASE WHEN state = 'objection' THEN ${ts('year', 'd + 23')} END
       FROM bench_pp WHERE state IN ${HANDLED};`,
    `INSERT INTO proposal_units (committee_id, proposal_id, unit_id, role, active, assigned_at, signed_at)
       SELECT committee_id, pid, co_unit_id, 'co', 1, ${ts('year', 'd + 20')}, ${ts('year', 'd + 23')} FROM bench_pp WHERE state IN ${HANDLED} AND n % 5 = 0;`,
    `INSERT INTO proposal_units (committee_id, proposal_id, unit_id, role, active, assigned_at, objection, objected_at, ended_at)
       SELECT committee_id, pid, co_unit_id, 'lead', 0, ${ts('year', 'd + 12')}, '不属于本单位职责', ${ts('year', 'd + 15')}, ${ts('year', 'd + 20')}
       FROM bench_pp WHERE state IN ${HANDLED} AND n % 50 = 7;`,
    // replies (the first round; the re-handled ones a second), co-handlers' opinions, contacts with the proposer
    `INSERT INTO proposal_replies (committee_id, proposal_id, unit_id, kind, round, reply_class, reviewed_class, text, written_at)
       SELECT committee_id, pid, unit_id, 'reply', 0, CASE WHEN rehandled = 1 THEN 'C' ELSE klass END, CASE WHEN state = 'replied' THEN '' WHEN rehandled = 1 THEN 'C' ELSE klass END,
         '关于' || title || '的建议收悉。经研究，现答复如下：……', ${ts('year', 'd + CASE WHEN n % 10 = 3 THEN 130 ELSE 60 + n % 40 END')}
       FROM bench_pp WHERE state IN ${REPLIED};`,
    `INSERT INTO proposal_replies (committee_id, proposal_id, unit_id, kind, round, reply_class, reviewed_class, text, written_at)
       SELECT committee_id, pid, unit_id, 'reply', 1, klass, klass, '经再次研究办理，现补充答复如下：……', ${ts('year', 'd + 145')}
       FROM bench_pp WHERE state = 'closed' AND rehandled = 1;`,
    `INSERT INTO proposal_replies (committee_id, proposal_id, unit_id, kind, round, text, written_at)
       SELECT committee_id, pid, co_unit_id, 'opinion', 0, '我单位同意主办单位的办理意见。', ${ts('year', 'd + 50')}
       FROM bench_pp WHERE state IN ${REPLIED} AND n % 5 = 0;`,
    `INSERT INTO proposal_contacts (committee_id, proposal_id, unit_id, form, contact_date, note, created_at)
       SELECT committee_id, pid, unit_id, ${caseOf('n % 4', ['面商', '电话', '座谈', '书面'])}, ${day('year', 'd + 40')}, '与提案人沟通办理思路', ${ts('year', 'd + 40')}
       FROM bench_pp WHERE state IN ('handling', 'replied', 'reply_reviewed', 'rehandling', 'closed') AND n % 10 < 7;`,
    // feedback: closed cases rated (a re-handled one first 不满意), re-handling ones 不满意, merged ones about their host's case
    `INSERT INTO proposal_feedback (committee_id, proposal_id, case_proposal_id, round, work, result, comment, on_paper, created_at)
       SELECT committee_id, pid, pid, 0, CASE WHEN rehandled = 1 THEN '不满意' ELSE ${SATISFACTION('n * 29 + ci * 3')} END,
         CASE WHEN rehandled = 1 THEN '不满意' ELSE ${SATISFACTION('n * 31 + ci * 7 + 5')} END, '', CASE WHEN n % 8 = 0 THEN 1 ELSE 0 END, ${ts('year', 'd + 140')}
       FROM bench_pp WHERE state IN ('closed', 'rehandling');`,
    `INSERT INTO proposal_feedback (committee_id, proposal_id, case_proposal_id, round, work, result, comment, created_at)
       SELECT committee_id, pid, pid, 1, CASE WHEN n % 3 = 0 THEN '基本满意' ELSE '满意' END, '基本满意', '再次办理后问题得到解决', ${ts('year', 'd + 149')}
       FROM bench_pp WHERE state = 'closed' AND rehandled = 1;`,
    `INSERT INTO proposal_feedback (committee_id, proposal_id, case_proposal_id, round, work, result, comment, created_at)
       SELECT b.committee_id, b.pid, h.pid, 0, ${SATISFACTION('b.n * 29 + b.ci * 3')}, ${SATISFACTION('b.n * 31 + b.ci * 7 + 5')}, '', ${ts('b.year', 'b.d + 140')}
       FROM bench_pp b JOIN bench_pp h ON h.committee_id = b.committee_id AND h.n = b.n - 1 WHERE b.state = 'merged' AND h.state = 'closed';`,
    // the numbering counters follow the numbers given
    `INSERT INTO proposal_counters (committee_id, term_id, session, last) SELECT committee_id, term_id, session, MAX(number_seq) FROM proposals
       WHERE number_seq IS NOT NULL AND committee_id IN ${bench} GROUP BY committee_id, term_id, session;`,
  ];
}

function runSqlFile(db, file) {
  const r = sqlite
    ? spawnSync('sqlite3', ['-batch', '-bail', db.file, `.read ${file}`], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync('psql', [db.url, '-v', 'ON_ERROR_STOP=1', '-q', '-f', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** Times each path `reps` times, round-robin and sequentially, after one warm-up round. */
async function timeAll(client, paths, reps) {
  const per = new Map(paths.map((p) => [p, []]));
  for (let i = 0; i <= reps; i++) {
    for (const p of paths) {
      const t0 = performance.now();
      const r = await client.get(p);
      const ms = performance.now() - t0;
      if (r.status !== 200) throw new Error(`${p}: ${r.status} ${r.text.slice(0, 300)}`);
      if (i > 0) per.get(p).push(ms);
      else per.get(p).total = r.body.total ?? r.body.counts?.received;
    }
  }
  return per;
}

if (process.env.BENCH_SQL_ONLY) { // writes the generator's SQL to that file and stops (for EXPLAIN and timing)
  writeFileSync(process.env.BENCH_SQL_ONLY, generatorSql(new Date().toISOString().slice(0, 19) + 'Z').join('\n'));
  process.exit(0);
}

const srv = await startServer('bench-proposals');
try {
  const work = mkdtempSync(join(tmpdir(), 'zhixie-bench-proposals-'));
  const now = new Date().toISOString().slice(0, 19) + 'Z';
  const sqlFile = join(work, 'proposals.sql');
  writeFileSync(sqlFile, ['BEGIN;', ...generatorSql(now), 'COMMIT;'].join('\n'));
  const t0 = performance.now();
  runSqlFile(srv.db, sqlFile);
  const loadS = (performance.now() - t0) / 1000;
  // ANALYZE, as autovacuum does on PostgreSQL after a bulk change (and `zhixie` runs PRAGMA optimize on SQLite)
  const t1 = performance.now();
  const analyzeFile = join(work, 'analyze.sql');
  writeFileSync(analyzeFile, sqlite ? 'ANALYZE;' : 'VACUUM ANALYZE;');
  runSqlFile(srv.db, analyzeFile);
  const analyzeS = (performance.now() - t1) / 1000;
  const count = (q) => Number(srv.db.sql(q));
  const n = {
    proposals: count('SELECT COUNT(*) FROM proposals'), cases: count("SELECT COUNT(*) FROM wf_cases WHERE subject_type = 'proposal'"),
    signers: count('SELECT COUNT(*) FROM proposal_signers'), units: count('SELECT COUNT(*) FROM proposal_units'),
    replies: count('SELECT COUNT(*) FROM proposal_replies'), feedback: count('SELECT COUNT(*) FROM proposal_feedback'),
    contacts: count('SELECT COUNT(*) FROM proposal_contacts'), members: count('SELECT COUNT(*) FROM members'),
  };
  // the generator's references stay inside their committee and term
  const stray = count(`SELECT COUNT(*) FROM proposals p LEFT JOIN members m ON m.id = p.lead_member_id LEFT JOIN wf_cases c ON c.id = p.case_id
    WHERE (p.lead_member_id IS NOT NULL AND (m.term_id <> p.term_id)) OR c.subject_id <> p.id OR c.committee_id <> p.committee_id`)
    + count('SELECT COUNT(*) FROM proposal_units pu JOIN units u ON u.id = pu.unit_id WHERE u.committee_id <> pu.committee_id')
    + count('SELECT COUNT(*) FROM proposals p JOIN proposals h ON h.id = p.merged_into_id WHERE h.committee_id <> p.committee_id OR h.year <> p.year');
  if (stray) throw new Error(`${stray} generated rows point into another committee, term or year`);
  console.error(`loaded ${JSON.stringify(n)} in ${loadS.toFixed(0)} s, ANALYZE ${analyzeS.toFixed(1)} s`);

  // the committee's proposal staff
  const code = 'propbench150';
  runZhixieOk(['create-admin', '--committee', code, '--username', 'tianstaff', '--password', 'Bench#2026x', '--database', srv.db.url]);
  srv.db.sql(`UPDATE user_roles SET role_code = 'proposal_staff' WHERE role_code = 'platform_admin' AND user_id = (SELECT id FROM users WHERE username = 'tianstaff')`);
  srv.db.sql(`DELETE FROM user_roles WHERE role_code = 'office_admin' AND user_id = (SELECT id FROM users WHERE username = 'tianstaff')`);
  const staff = await new Client(srv.url).login(code, 'tianstaff', 'Bench#2026x');
  const cid = count(`SELECT id FROM committees WHERE code = '${code}'`);
  const unit = count(`SELECT MIN(id) FROM units WHERE committee_id = ${cid} AND name = '县教育局'`);
  const member = count(`SELECT MIN(lead_member_id) FROM proposals WHERE committee_id = ${cid} AND year = ${YEAR}`); // a member who filed
  const e = encodeURIComponent;
  const base = '/api/v1/proposals';
  const lists = [
    ['default (all years, page 1)', base],
    ['one year', `${base}?year=${YEAR}`],
    ['year + state 办理中', `${base}?year=${YEAR}&state=handling`],
    ['category 教育科技 (all years)', `${base}?category=${e('教育科技')}`],
    ['year + category', `${base}?year=${YEAR - 1}&category=${e('社会民生')}`],
    ['handling unit (all years)', `${base}?unit_id=${unit}`],
    ['member (all years)', `${base}?member_id=${member}`],
    ['search 养老 (all years)', `${base}?q=${e('养老')}`],
    ['year + search', `${base}?year=${YEAR - 2}&q=${e('农村')}`],
    ['metric overdue', `${base}?metric=overdue`],
    ['year + metric class_A', `${base}?year=${YEAR - 1}&metric=class_A`],
    ['year + metric work_unsatisfied', `${base}?year=${YEAR - 3}&metric=work_unsatisfied`],
    ['deep page (page 450 of 20)', `${base}?page=450&page_size=20`],
    ['year, last page of 50', `${base}?year=${YEAR - 4}&page=20&page_size=50`],
  ];
  const LIST_REPS = Number(process.env.BENCH_LIST_REPS || 30);
  const listTimes = await timeAll(staff, lists.map((l) => l[1]), LIST_REPS);
  const allList = [...listTimes.values()].flat();
  const stats = [
    [`statistics ${YEAR} (totals + category, session, unit, sector, member)`, `${base}/stats?year=${YEAR}`],
    [`statistics ${YEAR - 3}`, `${base}/stats?year=${YEAR - 3}`],
    [`unit evaluation ${YEAR} (the stats page's second request)`, `${base}/evaluation?year=${YEAR}`],
  ];
  const statTimes = await timeAll(staff, stats.map((s) => s[1]), Number(process.env.BENCH_STATS_REPS || 15));

  const cpu = cpus()[0]?.model ?? 'unknown';
  const build = basename(dirname(BIN));
  const load = loadavg()[0].toFixed(1);
  const fmt = (x) => x.toFixed(1);
  const label = process.env.BENCH_LABEL ? ` — ${process.env.BENCH_LABEL}` : '';
  const section = [`### Proposals on ${BACKEND}${label} (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`, '',
    `Command: \`ZHIXIE_BIN=${BIN.replace(/^.*\/build\//, 'build/')} ZHIXIE_TEST_BACKEND=${BACKEND} node bench/proposals.mjs\` — ${build} build (${BIN.replace(/^.*\/wt\//, '')}), ${cpus().length} cores, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; the machine is shared (1-min load average ${load} at the end)`, '',
    `Data: ${n.proposals.toLocaleString('en')} proposals (${COMMITTEES} generated committees × ${YEARS} years × ${PER_YEAR.toLocaleString('en')}, plus the demo), ${n.cases.toLocaleString('en')} workflow cases, ${n.signers.toLocaleString('en')} signers, ${n.units.toLocaleString('en')} assignments, ${n.replies.toLocaleString('en')} replies and opinions, ${n.contacts.toLocaleString('en')} contacts, ${n.feedback.toLocaleString('en')} feedback ratings, ${n.members.toLocaleString('en')} members; generated in ${loadS.toFixed(0)} s, then ${sqlite ? 'ANALYZE' : 'VACUUM ANALYZE (what autovacuum does after a bulk load in a real deployment)'} in ${analyzeS.toFixed(0)} s`, '',
    `As committee ${code}'s proposal staff (role proposal_staff: sees every non-draft proposal of its 10,000). Sequential requests, one warm-up round not counted.`, '',
    '| request | rows matched | p50 ms | p99 ms | max ms |', '|---|---:|---:|---:|---:|',
    ...lists.map(([label, p]) => { const t = listTimes.get(p); return `| list: ${label} | ${t.total} | ${fmt(pct(t, 0.5))} | ${fmt(pct(t, 0.99))} | ${fmt(Math.max(...t))} |`; }),
    `| **all list requests (${allList.length})** | | **${fmt(pct(allList, 0.5))}** | **${fmt(pct(allList, 0.99))}** | ${fmt(Math.max(...allList))} |`,
    ...stats.map(([label, p]) => { const t = statTimes.get(p); return `| ${label} | ${t.total ?? ''} | ${fmt(pct(t, 0.5))} (median) | | ${fmt(Math.max(...t))} |`; }),
    '', `Targets: list p99 < 50 ms — ${pct(allList, 0.99) < 50 ? 'met' : 'NOT met'} (p99 ${fmt(pct(allList, 0.99))} ms); statistics of one committee-year < 200 ms — ${stats.every(([, p]) => Math.max(...statTimes.get(p)) < 200) ? 'met (max)' : stats.every(([, p]) => pct(statTimes.get(p), 0.5) < 200) ? 'met by the median, not by every request' : 'NOT met'}.`, ''].join('\n');
  console.log(section);
  writeResults(process.env.BENCH_RESULTS_NAME || 'proposals', BACKEND, section);
} finally {
  if (process.env.BENCH_KEEP_DB) { // keeps the generated database for EXPLAIN (drop it yourself)
    await srv.stop();
    console.error(`kept the database: ${srv.db.url}`);
  } else {
    await srv.close();
  }
}
