// Running the office (机关建设): the rules library with its versions, publicity with rewards and the cleaning of
// pasted web text, the "七封信" care letters, supervised tasks on the workflow engine, plans with the monthly
// notice, and the quarterly assessment — with the figures the seed reports quote coming out of the records.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian office_admin (白雪梅)
let dayeOffice;
let ganbu; // qingjian office staff (李小燕, 办公室)
let leader; // qingjian leader
let member; // qingjian member
before(async () => {
  srv = await startServer('office');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
  dayeOffice = await new Client(srv.url).login('daye', 'bangongshi');
  ganbu = await new Client(srv.url).login('qingjian', 'ganbu');
  leader = await new Client(srv.url).login('qingjian', 'lingdao');
  member = await new Client(srv.url).login('qingjian', 'weiyuan');
});
after(async () => { await srv?.close(); });

/** A day in China time, `days` from today: YYYY-MM-DD. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
const thisYear = Number(chinaDay().slice(0, 4));
const fieldsOf = (err) => err.details.errors.map((e) => e.field).sort();
let seq = 0;

/** The office body of a committee (from its plans) and a staff member who has written articles. */
async function refs(client) {
  const plans = assertOk(await client.get('/api/v1/office/plans?kind=month')).items;
  const articles = assertOk(await client.get('/api/v1/office/articles?author_kind=staff&page_size=1')).items;
  return { officeBody: plans.find((p) => p.body_name === '办公室').body_id, staffId: articles[0].author_id };
}

// ---------------------------------------------------------------- rules library

test('rules: Daye\'s library holds the 36 revised working rules and 12 Party-building rules the report counts', async () => {
  const s = assertOk(await dayeOffice.get('/api/v1/office/rules/summary?year=2021'));
  const cat = Object.fromEntries(s.by_category.map((c) => [c.category, c]));
  assert.equal(cat['履职'].revised + cat['内控'].revised, 36, '修订完善了……36项履行职能和内控管理工作制度');
  assert.equal(cat['党建'].established, 12, '研究制定了……10余项党建工作制度');
  assert.equal(s.abolished, 1, '废改立: the temporary reception rules were abolished');
  const party = assertOk(await dayeOffice.get('/api/v1/office/rules?category=%E5%85%9A%E5%BB%BA&page_size=100'));
  assert.equal(party.total, 12);
  assert.ok(party.items.every((r) => r.category === '党建' && r.status === 'in_force'));

  const byTitle = assertOk(await dayeOffice.get(`/api/v1/office/rules?q=${encodeURIComponent('全体会议')}`));
  assert.ok(byTitle.items.some((r) => r.title === '政协大冶市委员会全体会议工作规则' && r.current_number === 2));
  const traditional = assertOk(await dayeOffice.get(`/api/v1/office/rules?q=${encodeURIComponent('黨組議事')}`));
  assert.deepEqual(traditional.items.map((r) => r.title), ['政协大冶市委员会党组议事规则'], 'traditional characters find it');
  const byText = assertOk(await dayeOffice.get(`/api/v1/office/rules?q=${encodeURIComponent('季度百分制考核')}`));
  assert.equal(byText.total, 36, 'the text in force of every revised rule says so');

  const qj = assertOk(await office.get('/api/v1/office/rules/summary?year=2020'));
  assert.ok(qj.established >= 2, 'Qingjian made its plenary and standing-committee rules in 2020');
  assert.equal(qj.revised, 4, 'and revised its proposal, study, attendance and finance rules');
});

test('rules: establish, revise keeping the old version, refuse a revision dated before its predecessor, abolish', async () => {
  const title = `机关值班制度${++seq}`;
  const r = assertOk(await office.post('/api/v1/office/rules', { title, category: '内控', doc_number: '清政协办发〔2019〕9号',
    body: '第一条 节假日安排值班。', effective_from: '2019-03-01' }), 201);
  assert.equal(r.versions.length, 1);
  assertError(await office.post('/api/v1/office/rules', { title, category: '内控', body: 'x', effective_from: '2019-03-01' }),
    422, 'invalid_record');

  const early = assertError(await office.post(`/api/v1/office/rules/${r.id}/revisions`, { body: '新条文',
    effective_from: '2019-01-15', version: r.version }), 422, 'invalid_record');
  assert.deepEqual(early.details.errors.map((e) => [e.field, e.code]), [['effective_from', 'field_not_after_previous']]);
  assert.match(early.message, /2019-03-01/);
  const en = new Client(srv.url, { lang: 'en' });
  Object.assign(en, { cookie: office.cookie, csrf: office.csrf });
  const english = assertError(await en.post(`/api/v1/office/rules/${r.id}/revisions`, { body: '新条文',
    effective_from: '2019-01-15', version: r.version }), 422, 'invalid_record');
  assert.match(english.message, /must be later than the previous version/);
  assert.equal(assertOk(await office.get(`/api/v1/office/rules/${r.id}`)).versions.length, 1, 'nothing changed');

  const revised = assertOk(await office.post(`/api/v1/office/rules/${r.id}/revisions`, {
    body: '第一条 节假日安排值班，带班领导在岗。', effective_from: '2021-06-01', note: '增加带班要求', version: r.version }), 201);
  assert.equal(revised.versions.length, 2);
  assert.equal(revised.versions[0].body, '第一条 节假日安排值班。', 'the old version is kept');
  assert.equal(revised.versions[0].effective_to, '2021-06-01');
  assert.equal(revised.current_number, 2);
  assertError(await office.post(`/api/v1/office/rules/${r.id}/revisions`, { body: 'x', effective_from: '2022-01-01',
    version: r.version }), 409, 'stale_version');
  const renamed = assertOk(await office.patch(`/api/v1/office/rules/${r.id}`, { title: `${title}（修订）`, category: '内控',
    doc_number: '清政协办发〔2021〕3号', version: revised.version }));
  assert.equal(renamed.version, revised.version + 1);

  const tooEarly = assertError(await office.post(`/api/v1/office/rules/${r.id}/abolish`, { abolished_on: '2021-05-31',
    version: renamed.version }), 422, 'invalid_record');
  assert.equal(tooEarly.details.errors[0].code, 'field_before_previous');
  const gone = assertOk(await office.post(`/api/v1/office/rules/${r.id}/abolish`, { abolished_on: '2023-01-01',
    reason: '并入新的值班和安全管理制度', version: renamed.version }));
  assert.equal(gone.status, 'abolished');
  const again = assertError(await office.post(`/api/v1/office/rules/${r.id}/revisions`, { body: 'x',
    effective_from: '2024-01-01', version: gone.version }), 409, 'rule_abolished');
  assert.match(again.message, /2023-01-01/);

  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_rule')).items;
  for (const action of ['office_rule.established', 'office_rule.revised', 'office_rule.updated', 'office_rule.abolished']) {
    assert.ok(trail.some((a) => a.action === action && a.object_id === String(r.id)), action);
  }
});

test('rules: the compilation is a print page of the rules in force, escaped', async () => {
  assertOk(await office.post('/api/v1/office/rules', { title: `<script>alert(1)</script>制度${++seq}`, category: '其他',
    body: '第一条 <b>不是标记</b>', effective_from: '2020-01-01' }), 201);
  const res = await office.get('/api/v1/office/rules/compilation');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.match(res.text, /政协清涧县委员会工作制度汇编/);
  assert.match(res.text, /政协清涧县委员会全体会议工作规则/);
  assert.match(res.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.doesNotMatch(res.text, /<script>/);
  assert.doesNotMatch(res.text, /<b>不是标记/);
  const before = await office.get('/api/v1/office/rules/compilation?as_of=2019-12-31');
  assert.doesNotMatch(before.text, /全体会议工作规则/, 'made in 2020: not yet in force at the end of 2019');
  assertError(await office.get('/api/v1/office/rules/compilation?as_of=2020-02-30'), 400, 'invalid_field');
  assertOk(await ganbu.get('/api/v1/office/rules'));
  assertError(await ganbu.post('/api/v1/office/rules', {}), 403, 'forbidden');
  assertError(await member.get('/api/v1/office/rules'), 403, 'forbidden');
});

// ---------------------------------------------------------------- publicity

test('publicity: Qingjian\'s 2020 totals — 200+ articles, nearly ¥20,000 — add up from the articles', async () => {
  const t = assertOk(await office.get('/api/v1/office/publicity/totals?year=2020'));
  assert.ok(t.articles > 200, `在各级新闻媒体上发表稿件200余篇: ${t.articles}`);
  assert.ok(t.reward > 19000 && t.reward < 20000, `兑现奖励资金近2万元: ${t.reward}`);
  const rules = Object.fromEntries(assertOk(await office.get('/api/v1/office/publicity/reward-rules')).items
    .map((r) => [r.level, r.amount]));
  assert.equal(t.reward, t.by_level.reduce((sum, l) => sum + l.articles * rules[l.level], 0), 'by the table, level by level');
  assert.equal(t.by_person.reduce((s, p) => s + p.reward, 0), t.reward);
  assert.equal(t.by_body.reduce((s, b) => s + b.articles, 0), t.articles);
  assert.equal(t.by_person[0].author_name, '薛海涛', 'the office\'s correspondent wrote most');
  const page = assertOk(await office.get('/api/v1/office/articles?year=2020&page_size=5'));
  assert.equal(page.total, t.articles);
  const xlsx = await office.get('/api/v1/office/publicity/totals/export?year=2020');
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
  assertError(await office.get('/api/v1/office/publicity/totals?year=abc'), 400, 'invalid_field');
});

const PASTED = [
  '清澗縣政協召開專題協商會',
  '2024-03-18 10:02:11 來(lái)源:各界新聞網(wǎng)—各界導(dǎo)報(bào)',
  '□ 記者 許鵬 通訊員 李治亮',
  '清澗縣政協(xié)圍繞紅棗產(chǎn)業(yè)發(fā)展召開專題協(xié)商會(huì)。',
  '?堅(jiān)持問題導向',
  '編輯: 意楊',
  '以上文章僅代表作者個(gè)人觀點(diǎn),本網(wǎng)只是轉(zhuǎn)載,如涉及作品內(nèi)容、版權(quán)問題,請(qǐng)及時(shí)聯(lián)系我們。',
].join('\n');

test('publicity: text pasted from a web page is cleaned, its stray headers flagged, and the article earns its reward', async () => {
  const { staffId } = await refs(office);
  const clean = assertOk(await office.post('/api/v1/office/articles/clean', { pasted: PASTED }));
  assert.equal(clean.text, '清涧县政协围绕红枣产业发展召开专题协商会。\n坚持问题导向');
  assert.equal(clean.title, '清涧县政协召开专题协商会');
  assert.equal(clean.published_on, '2024-03-18');
  assert.equal(clean.outlet, '各界新闻网—各界导报');
  assert.deepEqual(clean.authors, ['许鹏', '李治亮']);
  assert.deepEqual(clean.flagged.map((f) => f.reason), ['title', 'dateline', 'byline', 'byline', 'disclaimer']);
  assert.equal(clean.pinyin_removed, PASTED.split('(').length - 1, 'every bracket in the paste is pinyin');
  assert.ok(clean.converted && clean.marks_removed === 1);

  const before = assertOk(await office.get('/api/v1/office/publicity/totals?year=2024'));
  const a = assertOk(await office.post('/api/v1/office/articles', { pasted: PASTED, level: 'provincial', author_id: staffId }), 201);
  assert.equal(a.title, '清涧县政协召开专题协商会');
  assert.equal(a.outlet, '各界新闻网—各界导报');
  assert.equal(a.reward, 200);
  assert.equal(a.flags.length, 5);
  const after = assertOk(await office.get('/api/v1/office/publicity/totals?year=2024'));
  assert.equal(after.articles, before.articles + 1);
  assert.equal(after.reward, before.reward + 200);

  const bad = assertError(await office.post('/api/v1/office/articles', { title: '标题', outlet: '榆林日报', level: 'township',
    published_on: '2024-02-30', link: 'javascript:alert(1)', author_id: 987654 }), 422, 'invalid_record');
  assert.deepEqual(fieldsOf(bad), ['author_id', 'level', 'link', 'published_on']);
  const edited = assertOk(await office.patch(`/api/v1/office/articles/${a.id}`, { ...a, level: 'city', version: a.version }));
  assert.equal(edited.reward, 100, 'a change of level takes that level\'s amount');
  assertError(await office.patch(`/api/v1/office/articles/${a.id}`, { ...a, version: a.version }), 409, 'stale_version');
  assert.equal((await office.delete(`/api/v1/office/articles/${a.id}`)).status, 204);
  assertError(await office.get(`/api/v1/office/articles/${a.id}`), 404, 'not_found');
  assertError(await ganbu.post('/api/v1/office/articles/clean', { pasted: 'x' }), 403, 'forbidden');
});

// ---------------------------------------------------------------- care

test('care: staff with a birthday in the coming days are on the to-do list; a letter is printed once and never twice', async () => {
  const soon = chinaDay(3);
  const todo = assertOk(await office.get(`/api/v1/office/care/todo?month=${soon.slice(0, 7)}`));
  const due = todo.items.find((i) => i.type === 'birthday' && i.date === soon);
  assert.ok(due, `someone's birthday is on ${soon}: ${JSON.stringify(todo.items.map((i) => i.date))}`);
  assert.equal(due.letter_id, null);
  assert.ok(due.age > 20);

  const letter = assertOk(await office.post('/api/v1/office/care/letters', { staff_id: due.staff_id, year: Number(soon.slice(0, 4)) }), 201);
  assert.equal(letter.title, '生日贺信');
  assert.ok(letter.body.startsWith(`${due.name}同志：`));
  assert.match(letter.body, new RegExp(`${due.age}岁生日`));
  assert.match(letter.body, /政协清涧县委员会/);
  const twice = assertError(await office.post('/api/v1/office/care/letters', { staff_id: due.staff_id,
    year: Number(soon.slice(0, 4)) }), 409, 'letter_already_written');
  assert.match(twice.message, new RegExp(due.name));
  assert.equal(twice.details.letter_id, letter.id);
  const listed = assertOk(await office.get(`/api/v1/office/care/todo?month=${soon.slice(0, 7)}`)).items
    .find((i) => i.staff_id === due.staff_id && i.type === 'birthday');
  assert.equal(listed.letter_id, letter.id, 'the to-do list shows it written');

  const page = await office.get(`/api/v1/office/care/letters/print?ids=${letter.id}`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.match(page.text, new RegExp(`class="salutation">${due.name}同志：`));
  const log = assertOk(await office.get(`/api/v1/office/care/letters?staff_id=${due.staff_id}`)).items;
  const two = await office.get(`/api/v1/office/care/letters/print?ids=${log.map((l) => l.id).join(',')}`);
  assert.equal((two.text.match(/class="break"/g) || []).length, log.length - 1, 'one sheet per letter');
  assertError(await dayeOffice.get(`/api/v1/office/care/letters/print?ids=${letter.id}`), 404, 'not_found');
  assertError(await member.get('/api/v1/office/care/todo'), 403, 'forbidden');
});

test('care: templates are the committee\'s to edit; events are registered once and written for once', async () => {
  const { staffId } = await refs(office);
  const bad = assertError(await office.request('PUT', '/api/v1/office/care/templates', { json: { kind: 'child_college',
    title: '升学贺信', body: '{name}同志：\n祝贺{child}考上大学！' } }), 422, 'invalid_record');
  assert.equal(bad.details.errors[0].code, 'field_unknown_placeholder');
  assert.match(bad.message, /child/);
  const t = assertOk(await office.request('PUT', '/api/v1/office/care/templates', { json: { kind: 'child_college',
    title: '金榜题名贺信', body: '{name}同志：\n欣闻{detail}，{committee}谨致祝贺！' } }));
  assert.equal(t.builtin, false);
  const templates = assertOk(await office.get('/api/v1/office/care/templates'));
  assert.equal(templates.items.length, 8);
  assert.ok(templates.placeholders.includes('{name}'));

  const day = `${thisYear}-01-02`;
  const e = assertOk(await office.post('/api/v1/office/care/events', { staff_id: staffId, kind: 'child_college',
    event_date: day, detail: '女儿考入西安交通大学' }), 201);
  assertError(await office.post('/api/v1/office/care/events', { staff_id: staffId, kind: 'child_college', event_date: day }),
    409, 'care_event_exists');
  const l = assertOk(await office.post('/api/v1/office/care/letters', { event_id: e.id }), 201);
  assert.equal(l.title, '金榜题名贺信');
  assert.match(l.body, /欣闻女儿考入西安交通大学，政协清涧县委员会谨致祝贺！/);
  assertError(await office.post('/api/v1/office/care/letters', { event_id: e.id }), 409, 'letter_already_written');
  assertError(await office.delete(`/api/v1/office/care/events/${e.id}`), 409, 'care_event_has_letter');
  assertError(await office.post('/api/v1/office/care/letters', { event_id: 987654 }), 422, 'invalid_record');
  const stale = assertError(await office.request('PUT', '/api/v1/office/care/templates', { json: { kind: 'child_college',
    title: 'x', body: '{name}', version: t.version + 5 } }), 409, 'stale_version');
  assert.ok(stale);
});

// ---------------------------------------------------------------- supervised tasks

test('tasks: a leader assigns with a deadline, the assignee reports, the leader chases and accepts; every step traced', async () => {
  const { officeBody } = await refs(office);
  const past = assertError(await leader.post('/api/v1/office/tasks', { title: '过期任务', body_id: officeBody,
    deadline: chinaDay(-1) }), 422, 'invalid_record');
  assert.deepEqual(past.details.errors.map((e) => [e.field, e.code]), [['deadline', 'field_date_in_past']]);
  assertError(await leader.post('/api/v1/office/tasks', { title: '无承办', deadline: chinaDay(5) }), 422, 'invalid_record');
  assertError(await member.post('/api/v1/office/tasks', { title: 'x', body_id: officeBody, deadline: chinaDay(5) }), 403, 'forbidden');
  assertError(await ganbu.post('/api/v1/office/tasks', { title: 'x', body_id: officeBody, deadline: chinaDay(5) }), 403, 'forbidden');

  let t = assertOk(await leader.post('/api/v1/office/tasks', { title: '筹备全县政协工作会议', source: '主席会议',
    detail: '起草会议方案和主报告', body_id: officeBody, deadline: chinaDay(10) }), 201);
  assert.equal(t.state, 'assigned');
  assert.deepEqual(t.case.available_transitions.map((x) => x.code).sort(), ['cancel', 'chase', 'extend']);
  const step = (who, body) => who.post(`/api/v1/office/tasks/${t.id}/steps`, body);

  const zhuanwei = await new Client(srv.url).login('qingjian', 'zhuanwei'); // staff of another body
  assertError(await step(zhuanwei, { transition: 'accept' }), 403, 'not_assignee');
  t = assertOk(await step(ganbu, { transition: 'accept', version: t.version }));
  assert.equal(t.state, 'in_progress');
  assert.ok(assertOk(await ganbu.get('/api/v1/office/tasks?mine=1')).items.some((x) => x.id === t.id), 'on ganbu\'s list');
  t = assertOk(await step(ganbu, { transition: 'report_progress', progress: 40, note: '方案初稿已完成', version: t.version }));
  assert.equal(t.progress, 40);
  assertError(await step(ganbu, { transition: 'report_progress', progress: 50, note: '旧版本', version: t.version - 1 }),
    409, 'stale_version');
  assertError(await step(ganbu, { transition: 'report_progress', progress: 140, note: '超出' }), 422, 'invalid_record');
  assertError(await step(ganbu, { transition: 'chase', note: '催' }), 403, 'forbidden');
  t = assertOk(await step(leader, { transition: 'chase', note: '请加快进度，下周报主报告', version: t.version }));
  assertError(await step(leader, { transition: 'extend', deadline: chinaDay(-2) }), 422, 'invalid_record');
  t = assertOk(await step(leader, { transition: 'extend', deadline: chinaDay(20), note: '会期调整' }));
  assert.equal(t.deadline, chinaDay(20));
  t = assertOk(await step(ganbu, { transition: 'report_done', note: '会议材料全部完成' }));
  assert.equal(t.state, 'reported');
  assert.equal(t.completed_on, chinaDay());
  t = assertOk(await step(leader, { transition: 'approve', note: '验收通过' }));
  assert.equal(t.state, 'closed');
  assert.equal(t.final, true);
  assert.deepEqual(t.case.history.map((h) => h.transition_code),
    ['start', 'accept', 'report_progress', 'chase', 'extend', 'report_done', 'approve']);
  assert.ok(t.case.history.every((h) => h.at && h.actor_name));
  assert.match(t.case.history[4].note, new RegExp(`办理时限延至${chinaDay(20)}`));
  const late = assertError(await step(leader, { transition: 'approve' }), 409, 'transition_not_allowed');
  assert.deepEqual(late.details.allowed, []);

  const notice = await office.get(`/api/v1/office/tasks/${t.id}/notice`);
  assert.equal(notice.status, 200);
  assert.match(notice.text, /督办通知单/);
  assert.match(notice.text, /请加快进度，下周报主报告/);
  const trail = assertOk(await office.get('/api/v1/audit?object_type=office_task')).items;
  assert.ok(trail.some((a) => a.action === 'office_task.approve' && a.object_id === String(t.id)));
});

test('tasks: the overdue list shows open tasks past their deadline with how late they are', async () => {
  const overdue = assertOk(await office.get('/api/v1/office/tasks/overdue'));
  assert.ok(overdue.total >= 2, 'the demo has overdue tasks');
  assert.ok(overdue.items.every((t) => t.overdue && t.days_overdue > 0 && !t.final && t.deadline < chinaDay()));
  const all = assertOk(await office.get('/api/v1/office/tasks?page_size=100'));
  assert.ok(all.items.some((t) => t.state === 'closed' && !t.overdue), 'closed tasks are never overdue');
  assertError(await member.get('/api/v1/office/tasks'), 403, 'forbidden');
});

// ---------------------------------------------------------------- plans and the monthly notice

test('plans: a clerk plans a month, staff mark their items done, the monthly notice is generated and printed', async () => {
  const { officeBody } = await refs(office);
  const me = assertOk(await ganbu.get('/api/v1/office/tasks?mine=1')); // ganbu's own staff record owns some tasks
  assert.ok(me.total > 0);
  const ganbuStaff = me.items.find((t) => t.staff_id)?.staff_id;
  assert.ok(ganbuStaff, 'the demo gives ganbu a task of their own');
  const month = `${thisYear + 1}-02`; // a month no demo plan covers
  const outside = assertError(await office.post('/api/v1/office/plans', { body_id: officeBody, kind: 'month', period: month,
    items: [{ content: '事项', due_date: `${thisYear - 1}-01-01` }] }), 422, 'invalid_record');
  assert.equal(outside.details.errors[0].code, 'field_outside_period');
  assertError(await office.post('/api/v1/office/plans', { body_id: officeBody, kind: 'week', period: `${thisYear}-W60` }),
    422, 'invalid_record');
  const plan = assertOk(await office.post('/api/v1/office/plans', { body_id: officeBody, kind: 'month', period: month, items: [
    { content: '起草月度工作通报', due_date: `${month}-05`, owner_staff_id: ganbuStaff },
    { content: '组织机关集中学习', due_date: `${month}-12` },
    { content: '做好档案归档', due_date: `${month}-25`, owner_staff_id: ganbuStaff },
  ] }), 201);
  assert.match(plan.title, /办公室.*工作计划/);
  assert.equal(plan.items.length, 3);
  assertError(await office.post('/api/v1/office/plans', { body_id: officeBody, kind: 'month', period: month }), 409, 'plan_exists');
  const added = assertOk(await office.post(`/api/v1/office/plans/${plan.id}/items`, { content: '机关值班安排',
    due_date: `${month}-28` }), 201);
  assert.equal(added.items.length, 4);

  const [first, second, third] = plan.items;
  const done = assertOk(await ganbu.patch(`/api/v1/office/plan-items/${first.id}`, { status: 'done', result: '已印发',
    version: first.version }));
  assert.equal(done.status, 'done');
  assert.equal(done.done_on, chinaDay());
  assertError(await ganbu.patch(`/api/v1/office/plan-items/${first.id}`, { status: 'done', version: first.version }),
    409, 'stale_version');
  assertError(await ganbu.patch(`/api/v1/office/plan-items/${third.id}`, { supervision: '我来督办', version: third.version }),
    403, 'not_item_owner');
  const remark = assertOk(await office.patch(`/api/v1/office/plan-items/${second.id}`, { supervision: '请于月底前完成',
    version: second.version }));
  assert.equal(remark.supervision, '请于月底前完成');

  const sup = assertOk(await office.get(`/api/v1/office/plans/supervision?month=${month}`));
  assert.deepEqual([sup.totals.total, sup.totals.done, sup.totals.on_time, sup.totals.open], [4, 1, 1, 3]);
  assert.equal(sup.bodies[0].body_name, '办公室');

  const notice = assertOk(await office.post('/api/v1/office/notices', { month }), 201);
  assert.match(notice.title, /政协清涧县委员会机关.*工作通报/);
  assert.match(notice.content.summary, /共安排工作事项4项，已完成1项/);
  assertError(await office.post('/api/v1/office/notices', { month }), 409, 'notice_exists');
  const printed = await office.get(`/api/v1/office/notices/${notice.id}/print`);
  assert.equal(printed.status, 200);
  assert.match(printed.text, /未完成事项清单/);
  assert.match(printed.text, /请于月底前完成/);
  const notices = assertOk(await ganbu.get('/api/v1/office/notices'));
  assert.ok(notices.total >= 4, 'the demo\'s past months and this one are published');
  assertError(await ganbu.post('/api/v1/office/notices', { month }), 403, 'forbidden');
  assertError(await office.get('/api/v1/office/plans/supervision?month=2024-13'), 400, 'invalid_field');
});

// ---------------------------------------------------------------- assessment

test('assessment: a 100-point sheet with computed and scored parts; a score above an item\'s maximum is refused', async () => {
  const { officeBody } = await refs(office);
  assertError(await office.post('/api/v1/office/assessment/sheets', { name: '不满百分', subject_kind: 'body',
    items: [{ name: '甲', max_points: 60 }, { name: '乙', max_points: 30 }] }), 422, 'invalid_record');
  const [sheet] = assertOk(await office.get('/api/v1/office/assessment/sheets')).items.filter((s) => s.subject_kind === 'body');
  assert.equal(sheet.items.reduce((s, i) => s + i.max_points, 0), 100);
  const scored = sheet.items.filter((i) => i.source === 'scored');
  const quarter = `${thisYear + 1}Q4`; // nothing planned or assigned for it
  const over = assertError(await office.post('/api/v1/office/assessments', { sheet_id: sheet.id, quarter, subject_id: officeBody,
    scores: scored.map((i, k) => ({ item_id: i.id, points: k === 0 ? i.max_points + 5 : i.max_points })) }), 422, 'invalid_record');
  assert.equal(over.details.errors[0].code, 'score_above_max');
  assert.match(over.message, new RegExp(scored[0].name));
  assert.equal(assertOk(await office.get(`/api/v1/office/assessments?quarter=${quarter}`)).total, 0, 'nothing was stored');

  const a = assertOk(await office.post('/api/v1/office/assessments', { sheet_id: sheet.id, quarter, subject_id: officeBody,
    scores: scored.map((i) => ({ item_id: i.id, points: i.max_points - 1, evidence: '台账' })) }), 201);
  const computed = a.scores.filter((s) => s.source !== 'scored');
  assert.ok(computed.length > 0 && computed.every((s) => s.points === s.max_points), 'nothing planned then: full marks');
  assert.equal(a.total, Math.round(a.scores.reduce((s, x) => s + x.points, 0) * 10) / 10);
  assertError(await office.post('/api/v1/office/assessments', { sheet_id: sheet.id, quarter, subject_id: officeBody,
    scores: [] }), 409, 'assessment_exists');
  const again = assertOk(await office.patch(`/api/v1/office/assessments/${a.id}`, { version: a.version,
    scores: scored.map((i) => ({ item_id: i.id, points: i.max_points })) }));
  assert.equal(again.total, 100);
  assertError(await office.patch(`/api/v1/office/assessments/${a.id}`, { version: a.version, scores: [] }), 409, 'stale_version');
  const ranked = assertOk(await office.get(`/api/v1/office/assessments?quarter=${quarter}`));
  assert.equal(ranked.items[0].rank, 1);
  const annual = assertOk(await office.get(`/api/v1/office/assessment/annual?year=${thisYear + 1}&sheet_id=${sheet.id}`));
  assert.ok(annual.items.some((x) => x.subject_id === officeBody && x.average === 100));
  assertError(await ganbu.post('/api/v1/office/assessments', {}), 403, 'forbidden');
});

test('assessment: the demo assessed every body last quarter, and Daye\'s office ranked 4th among the city\'s units in 2021', async () => {
  const d = new Date(Date.now() + 8 * 3600e3);
  const q = Math.floor(d.getUTCMonth() / 3); // this quarter's index; last quarter is q (1-based) of the same or last year
  const last = q === 0 ? `${d.getUTCFullYear() - 1}Q4` : `${d.getUTCFullYear()}Q${q}`;
  const assessed = assertOk(await office.get(`/api/v1/office/assessments?quarter=${last}`));
  assert.equal(assessed.total, 6, '一室五委');
  assert.ok(assessed.items.every((a) => a.total > 50 && a.total <= 100));
  const results = assertOk(await dayeOffice.get('/api/v1/office/assessment/results')).items;
  const y2021 = results.find((r) => r.year === 2021);
  assert.equal(y2021.rank, 4, '2021年进至全市排名第四');
  const set = assertOk(await office.request('PUT', '/api/v1/office/assessment/results', { json: { year: 2022, rank: 3,
    units: 40, grade: '优秀' } }));
  assert.equal(set.rank, 3);
  assertError(await office.request('PUT', '/api/v1/office/assessment/results', { json: { year: 2022, rank: 41, units: 40 } }),
    422, 'invalid_record');
});
