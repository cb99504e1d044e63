// Tenancy: one committee can never read or change another's objects, whatever permissions it holds.
// For every route with a path parameter, `resource` names the kind of object. A fixture per kind makes an object
// in committee qingjian; someone of committee daye who holds the route's permission (daye's platform admin, or for
// the member self-service routes under /api/v1/my/ a daye member) must get 404 — and the owner in qingjian must
// get through with the same request (so the 404 is not a broken route). A kind without a fixture fails the test,
// so a new route cannot dodge it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { routes, fillPath, isUnsafe } from './lib/catalog.mjs';
import { proposalKit, todayInChina as chinaToday } from './lib/proposals.mjs';

let srv;
let owner; // qingjian admin
let intruder; // daye admin
let dayeMember; // a daye member with an account (the intruder on /api/v1/my/ routes)
let kit; // qingjian's demo people for proposals
before(async () => {
  srv = await startServer('tenancy');
  owner = await new Client(srv.url).login('qingjian', 'admin');
  intruder = await new Client(srv.url).login('daye', 'admin');
  dayeMember = (await memberWithAccount(intruder, 'daye')).self;
  kit = await proposalKit(srv);
});
after(async () => { await srv?.close(); });

const STRONG = 'Str0ng-Passw0rd!2026';
let n = 0;
const phone = () => `13${String(900000000 + ++n).slice(-9)}`;
const isSelfService = (route) => route.path.startsWith('/api/v1/my/');
const todayInChina = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);

/** A new member of the admin's committee with a sign-in account; returns { member, self } (self: signed in). */
async function memberWithAccount(admin, committee) {
  const member = assertOk(await admin.post('/api/v1/members', { name: `委员${++n}`, gender: '男', phone: phone() }),
    201);
  const account = assertOk(await admin.request('POST', `/api/v1/members/${member.id}/account`), 201);
  const self = await new Client(srv.url).login(committee, account.username, account.initial_password);
  return { member, self };
}

/**
 * Per resource kind:
 *   make(route)      → { id, ...state }: a fresh object of that kind in qingjian (in the state the route needs)
 *   body(obj)        → the JSON body for unsafe methods (a request that would succeed for the owner)
 *   unchanged(obj)   → asserts the object is intact after the intruder's attempt
 *   ownerStatus      → per method, when the owner's success is not OWNER_STATUS (e.g. 201 for a POST); a
 *                      function of the route when the kind's routes of one method differ
 *   owner(obj, route) → who owns it for this route (default: qingjian's admin)
 */
const FIXTURES = {
  user: {
    async make() {
      const u = assertOk(await owner.post('/api/v1/users', { username: `tenant${++n}`, display_name: '本会用户',
        password: STRONG, roles: ['member'] }), 201);
      return { id: u.id, user: u };
    },
    body: (o) => ({ display_name: '被篡改', disabled: true, version: o.user.version }),
    async unchanged(o) {
      const [u] = assertOk(await owner.get(`/api/v1/users?q=${o.user.username}`)).items;
      assert.equal(u.display_name, '本会用户');
      assert.equal(u.version, o.user.version);
      assert.equal((await new Client(srv.url).tryLogin('qingjian', o.user.username, STRONG)).status, 200);
    },
  },

  session: {
    async make() { // another sign-in of qingjian's admin
      const c = await new Client(srv.url, { userAgent: `tenancy-${++n}` }).login('qingjian', 'admin');
      const s = assertOk(await c.get('/api/v1/me/sessions')).items.find((x) => x.current);
      return { id: s.id, client: c };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal((await o.client.get('/api/v1/me')).status, 200, 'the session still works');
    },
  },

  workflow: {
    async make() {
      const list = assertOk(await owner.get('/api/v1/workflows')).items;
      assert.ok(list.length > 0, 'qingjian has a workflow definition');
      return { id: list[0].id, workflow: assertOk(await owner.get(`/api/v1/workflows/${list[0].id}`)) };
    },
    body: (o) => o.workflow, // the whole definition as read, with its version
    async unchanged(o) {
      const w = assertOk(await owner.get(`/api/v1/workflows/${o.id}`));
      assert.equal(w.version ?? o.workflow.version, o.workflow.version);
    },
  },

  member: {
    async make() {
      const m = assertOk(await owner.post('/api/v1/members', { name: `租户测试${++n}`, gender: '女', phone: phone() }),
        201);
      return { id: m.id, member: m };
    },
    body: (o) => ({ name: o.member.name, gender: o.member.gender, phone: o.member.phone, version: o.member.version }),
    ownerStatus: { POST: 201 }, // POST /members/{id}/account creates the account
    async unchanged(o) {
      const m = assertOk(await owner.get(`/api/v1/members/${o.id}`));
      assert.equal(m.version, o.member.version);
      assert.equal(m.user_id ?? null, null, 'no account was made');
    },
  },

  contact_change: {
    // A member of qingjian asks to change their address; staff approve or reject it.
    async make() {
      const { self } = await memberWithAccount(owner, 'qingjian');
      const req = assertOk(await self.post('/api/v1/my/member/contact-change', { address: '清涧县宽州镇' }), 201);
      return { id: req.id, self };
    },
    body: () => ({ note: '越权' }),
    async unchanged(o) {
      const mine = assertOk(await o.self.get('/api/v1/my/member'));
      assert.equal(mine.pending_contact_change?.id, o.id, 'the request is still pending');
    },
  },

  liaison_link: {
    // A qingjian member's link to a member of the public; staff and the member log contacts on it.
    async make() {
      const { member, self } = await memberWithAccount(owner, 'qingjian');
      const link = assertOk(await owner.post('/api/v1/liaison/links', { level: 'member_public',
        from_member_id: member.id, contact_name: '群众甲', contact_phone: phone() }), 201);
      return { id: link.id, member, self };
    },
    body: () => ({ contact_date: todayInChina(), form: '电话', issues: '反映村道破损' }),
    ownerStatus: { POST: 201 },
    owner: (o, route) => (isSelfService(route) ? o.self : owner),
    async unchanged(o) {
      assert.deepEqual(assertOk(await owner.get(`/api/v1/liaison/links/${o.id}/logs`)).items, [], 'no log added');
      const links = assertOk(await owner.get(`/api/v1/liaison/links?member_id=${o.member.id}`)).items;
      assert.ok(links.some((l) => l.id === o.id && !l.ended_at), 'the link is still open');
    },
  },

  proposal: {
    // A fresh proposal of qingjian, brought by its platform administrator (who acts for members and units on
    // paper) to the state the route acts on; the co-signing route is answered by the invited demo leader.
    async make(route) {
      const verb = proposalVerb(route);
      const p = await kit.drive(PROPOSAL_STATE[verb] ?? 'submitted', { by: 'admin', co: verb === 'opinion' });
      const o = { id: p.id, p, verb };
      if (verb === 'merge') o.other = await kit.drive('under_review', { by: 'admin' });
      if (verb === 'extension/decision') {
        o.p = assertOk(await owner.post(`/api/v1/proposals/${p.id}/extension`, { days: 30, reason: '需报上级审批' }));
      }
      return o;
    },
    body: (o) => proposalBody(o),
    ownerStatus: { POST: (r) => (r.path.endsWith('/attachments') ? 201 : OWNER_STATUS.POST) },
    owner: (o, route) => (proposalVerb(route) === 'cosign' ? kit.leader : owner),
    async unchanged(o) {
      const p = assertOk(await owner.get(`/api/v1/proposals/${o.id}`));
      assert.equal(p.state, o.p.state);
      assert.equal(p.version, o.p.version);
      assert.deepEqual(p.timeline.length, o.p.timeline.length);
    },
  },

  proposal_attachment: {
    // A file the demo member attached to a fresh draft of qingjian.
    async make() {
      const p = await kit.drive('draft');
      const a = assertOk(await kit.member.post(`/api/v1/proposals/${p.id}/attachments`,
        { filename: '附件.pdf', content_base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }), 201);
      return { id: a.id, proposalId: p.id };
    },
    body: () => ({}),
    owner: () => kit.member,
    async unchanged(o) {
      const p = assertOk(await kit.member.get(`/api/v1/proposals/${o.proposalId}`));
      assert.deepEqual(p.attachments.map((a) => a.id), [o.id]);
    },
  },

  case: {
    // No API creates a bare workflow case yet; the fixture finds (or, failing that, writes) one of qingjian's.
    async make() {
      const q = (sql) => srv.db.sql(sql);
      const qj = "(SELECT id FROM committees WHERE code = 'qingjian')";
      let id = q(`SELECT id FROM wf_cases WHERE committee_id = ${qj} ORDER BY id LIMIT 1`);
      if (!id) {
        const def = q(`SELECT id FROM wf_definitions WHERE committee_id = ${qj} ORDER BY id LIMIT 1`);
        assert.match(def, /^\d+$/, 'qingjian has a workflow definition');
        const state = q(`SELECT code FROM wf_states WHERE definition_id = ${def} ORDER BY is_initial DESC, sort LIMIT 1`);
        const now = new Date().toISOString();
        q(`INSERT INTO wf_cases (committee_id, definition_id, subject_type, subject_id, state, entered_at, created_at)
           VALUES (${qj}, ${def}, 'test', 1, '${state}', '${now}', '${now}')`);
        id = q(`SELECT max(id) FROM wf_cases WHERE committee_id = ${qj}`);
      }
      return { id: Number(id) };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal((await owner.get(`/api/v1/cases/${o.id}`)).status, 200);
    },
  },
};

/** A fixture for one of the organisation's named lists (sectors, township groups, studios, units). */
function listFixture(path) {
  return {
    async make() {
      const e = assertOk(await owner.post(`/api/v1/org/${path}`, { name: `本会条目${++n}` }), 201);
      return { id: e.id, entry: e };
    },
    body: (o) => ({ version: o.entry.version, name: `${o.entry.name}改` }),
    async unchanged(o) {
      const e = assertOk(await owner.get(`/api/v1/org/${path}/${o.id}`));
      assert.equal(e.name, o.entry.name);
      assert.equal(e.version, o.entry.version);
    },
  };
}

/** A Party cell under qingjian's leading group, and a staff member to put in it. */
async function makePartyCell() {
  const root = assertOk(await owner.get('/api/v1/org/party-orgs')).items[0];
  const cell = assertOk(await owner.post('/api/v1/org/party-orgs', { name: `本会党小组${++n}`, kind: 'cell',
    parent_id: root.id }), 201);
  const person = assertOk(await owner.post('/api/v1/staff', { name: '本会干部', gender: '女' }), 201);
  return { cell, person };
}

Object.assign(FIXTURES, {
  body: {
    async make() {
      const b = assertOk(await owner.post('/api/v1/org/bodies', { name: `本会机构${++n}` }), 201);
      return { id: b.id, body: b, newName: `本会机构改名${n}` };
    },
    body: (o) => ({ version: o.body.version, sort: 3, event: 'renamed', new_name: o.newName,
      posts: [{ post_kind: 'leader', title: '主任', authorised: 1 }] }),
    async unchanged(o) {
      const b = assertOk(await owner.get(`/api/v1/org/bodies/${o.id}`));
      assert.equal(b.name, o.body.name);
      assert.equal(b.version, o.body.version);
      assert.equal(b.events.length, 1);
    },
  },
  sector: listFixture('sectors'),
  township_group: listFixture('township-groups'),
  studio: listFixture('studios'),
  unit: listFixture('units'),
  party_org: {
    async make() {
      const { cell, person } = await makePartyCell();
      return { id: cell.id, cell, person };
    },
    body: (o) => ({ version: o.cell.version, name: `${o.cell.name}改`, person_kind: 'staff', person_id: o.person.id,
      role: '成员' }),
    async unchanged(o) {
      const c = assertOk(await owner.get(`/api/v1/org/party-orgs/${o.id}`));
      assert.equal(c.version, o.cell.version);
      assert.deepEqual(c.members, []);
    },
  },
  party_member: {
    async make() {
      const { cell, person } = await makePartyCell();
      const joined = assertOk(await owner.post(`/api/v1/org/party-orgs/${cell.id}/members`, { person_kind: 'staff',
        person_id: person.id, role: '组长' }));
      return { id: joined.members[0].id, cell };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/org/party-orgs/${o.cell.id}`)).members.length, 1);
    },
  },
  staff: {
    async make() {
      const s = assertOk(await owner.post('/api/v1/staff', { name: '本会干部', gender: '男', post: '科员' }), 201);
      return { id: s.id, person: s };
    },
    body: (o) => ({ version: o.person.version, post: '主任', kind: 'training', on_date: '2024-01-01',
      detail: '本会培训' }),
    async unchanged(o) {
      const s = assertOk(await owner.get(`/api/v1/staff/${o.id}`));
      assert.equal(s.post, '科员');
      assert.equal(s.version, o.person.version);
      assert.deepEqual(s.events, []);
    },
  },
});

// What each proposal route acts on: /api/v1/proposals/{id}/<verb> (GET and PATCH on the proposal itself).
const proposalVerb = (route) => (route.path.split('{id}')[1].slice(1) || route.method);
const PROPOSAL_STATE = {
  PATCH: 'draft', invite: 'draft', cosign: 'cosigning', submit: 'draft', withdraw: 'cosigning', resubmit: 'returned',
  review: 'submitted', merge: 'under_review', assign: 'accepted', sign: 'assigned', object: 'assigned',
  contacts: 'handling', extension: 'handling', 'extension/decision': 'handling', chase: 'handling',
  opinion: 'handling', reply: 'handling', 'reply-review': 'replied', feedback: 'reply_reviewed',
  close: 'reply_reviewed', key: 'accepted', 'supervision-notes': 'accepted',
};
function proposalBody(o) {
  return {
    PATCH: { title: '关于测试事项的建议（修改稿）', content: '修改后的内容', version: o.p.version },
    invite: { member_ids: [kit.leaderMemberId] },
    cosign: { accept: true },
    review: { outcome: 'start' },
    merge: { proposal_ids: [o.other?.id] },
    assign: { units: [{ unit_id: kit.unitId, role: 'lead' }] },
    object: { reason: '不属于本单位职责' },
    contacts: { form: '电话', contact_date: chinaToday(), note: '电话沟通办理思路' },
    extension: { days: 30, reason: '需报上级审批' },
    'extension/decision': { approve: true },
    chase: { note: '请抓紧办理' },
    opinion: { text: '同意主办单位意见' },
    reply: { reply_class: 'A', text: '已采纳' },
    'reply-review': { approve: true },
    feedback: { work: '满意', result: '满意' },
    key: { leaders: ['县委书记'] },
    'supervision-notes': { kind: 'note', text: '现场督办' },
    attachments: { filename: '补充材料.pdf', content_base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
  }[o.verb] ?? {};
}

// ---- running the office (机关建设) ----
// A year no other office fixture has used, so plans, notices, events and assessments never collide.
let officeYears = 0;
const uniqueYear = () => 2001 + ++officeYears;
/** A qingjian body and staff member from the demo's office records. */
async function officeRefs() {
  const plans = assertOk(await owner.get('/api/v1/office/plans?kind=month')).items;
  const articles = assertOk(await owner.get('/api/v1/office/articles?author_kind=staff&page_size=1')).items;
  assert.ok(plans.length > 0 && articles.length > 0, 'qingjian has office demo records');
  return { bodyId: plans[0].body_id, staffId: articles[0].author_id };
}

Object.assign(FIXTURES, {
  office_rule: {
    async make() {
      const r = assertOk(await owner.post('/api/v1/office/rules', { title: `租户测试制度${++n}`, category: '内控',
        body: '第一条 正文。', effective_from: '2020-01-01' }), 201);
      return { id: r.id, rule: r };
    },
    body: (o) => ({ title: o.rule.title, category: '内控', body: '第一条 修订后的正文。', effective_from: '2024-01-01',
      abolished_on: '2024-01-01', version: o.rule.version }),
    ownerStatus: { POST: (route) => (route.path.endsWith('/revisions') ? 201 : 200) },
    async unchanged(o) {
      const r = assertOk(await owner.get(`/api/v1/office/rules/${o.id}`));
      assert.equal(r.version, o.rule.version);
      assert.equal(r.status, 'in_force');
      assert.equal(r.versions.length, 1);
    },
  },

  office_article: {
    async make() {
      const { staffId } = await officeRefs();
      const a = assertOk(await owner.post('/api/v1/office/articles', { title: `租户测试稿件${++n}`, outlet: '榆林日报',
        level: 'city', published_on: '2024-03-01', author_id: staffId }), 201);
      return { id: a.id, article: a };
    },
    body: (o) => ({ title: '被篡改', outlet: o.article.outlet, level: 'central', published_on: o.article.published_on,
      author_id: o.article.author_id, version: o.article.version }),
    async unchanged(o) {
      const a = assertOk(await owner.get(`/api/v1/office/articles/${o.id}`));
      assert.equal(a.version, o.article.version);
      assert.equal(a.title, o.article.title);
    },
  },

  office_care_event: {
    async make() {
      const { staffId } = await officeRefs();
      const e = assertOk(await owner.post('/api/v1/office/care/events', { staff_id: staffId, kind: 'moving_house',
        event_date: `${uniqueYear()}-06-01` }), 201);
      return { id: e.id, event: e };
    },
    body: () => ({}),
    async unchanged(o) {
      const month = o.event.event_date.slice(0, 7);
      const todo = assertOk(await owner.get(`/api/v1/office/care/todo?month=${month}`));
      assert.ok(todo.items.some((i) => i.event_id === o.id), 'the event is still registered');
    },
  },

  office_letter: {
    async make() {
      const { staffId } = await officeRefs();
      const e = assertOk(await owner.post('/api/v1/office/care/events', { staff_id: staffId, kind: 'child_college',
        event_date: `${uniqueYear()}-08-01`, detail: '考入大学' }), 201);
      const l = assertOk(await owner.post('/api/v1/office/care/letters', { event_id: e.id }), 201);
      return { id: l.id };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/office/care/letters/${o.id}`)).id, o.id);
    },
  },

  office_task: {
    async make() {
      const { bodyId } = await officeRefs();
      const t = assertOk(await owner.post('/api/v1/office/tasks', { title: `租户测试督办${++n}`, body_id: bodyId,
        deadline: `${new Date().getUTCFullYear() + 1}-12-31` }), 201);
      return { id: t.id, task: t };
    },
    body: () => ({ transition: 'chase', note: '请抓紧办理' }),
    async unchanged(o) {
      const t = assertOk(await owner.get(`/api/v1/office/tasks/${o.id}`));
      assert.equal(t.version, o.task.version, 'no step was taken');
      assert.equal(t.case.history.length, 1);
    },
  },

  office_plan: {
    async make() {
      const { bodyId } = await officeRefs();
      const period = `${uniqueYear()}-04`;
      const p = assertOk(await owner.post('/api/v1/office/plans', { body_id: bodyId, kind: 'month', period,
        items: [] }), 201);
      return { id: p.id, plan: p };
    },
    body: (o) => ({ content: '新增事项', due_date: `${o.plan.period}-15` }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      assert.deepEqual(assertOk(await owner.get(`/api/v1/office/plans/${o.id}`)).items, [], 'no item was added');
    },
  },

  office_plan_item: {
    async make() {
      const { bodyId } = await officeRefs();
      const period = `${uniqueYear()}-05`;
      const p = assertOk(await owner.post('/api/v1/office/plans', { body_id: bodyId, kind: 'month', period,
        items: [{ content: '事项', due_date: `${period}-20` }] }), 201);
      return { id: p.items[0].id, plan: p, item: p.items[0] };
    },
    body: (o) => ({ status: 'done', version: o.item.version }),
    async unchanged(o) {
      const [item] = assertOk(await owner.get(`/api/v1/office/plans/${o.plan.id}`)).items;
      assert.equal(item.status, 'pending');
      assert.equal(item.version, o.item.version);
    },
  },

  office_notice: {
    async make() {
      const notice = assertOk(await owner.post('/api/v1/office/notices', { month: `${uniqueYear()}-07` }), 201);
      return { id: notice.id };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/office/notices/${o.id}`)).id, o.id);
    },
  },

  office_score_sheet: {
    async make() {
      const s = assertOk(await owner.post('/api/v1/office/assessment/sheets', { name: `租户测试评分表${++n}`,
        subject_kind: 'body', items: [{ name: '综合', max_points: 100 }] }), 201);
      return { id: s.id, sheet: s };
    },
    body: (o) => ({ version: o.sheet.version, name: `${o.sheet.name}（改）`,
      items: [{ id: o.sheet.items[0].id, name: '被篡改', max_points: 100 }] }),
    async unchanged(o) {
      const s = assertOk(await owner.get(`/api/v1/office/assessment/sheets/${o.id}`));
      assert.equal(s.items.length, 1);
      assert.deepEqual([s.name, s.version, s.items[0].name], [o.sheet.name, o.sheet.version, '综合']);
    },
  },

  office_assessment: {
    async make() {
      const { bodyId } = await officeRefs();
      const s = assertOk(await owner.post('/api/v1/office/assessment/sheets', { name: `租户测试评分表${++n}`,
        subject_kind: 'body', items: [{ name: '综合', max_points: 100 }] }), 201);
      const a = assertOk(await owner.post('/api/v1/office/assessments', { sheet_id: s.id, quarter: `${uniqueYear()}Q1`,
        subject_id: bodyId, scores: [{ item_id: s.items[0].id, points: 90 }] }), 201);
      return { id: a.id, assessment: a };
    },
    body: (o) => ({ scores: [{ item_id: o.assessment.scores[0].item_id, points: 80 }], version: o.assessment.version }),
    async unchanged(o) {
      const a = assertOk(await owner.get(`/api/v1/office/assessments/${o.id}`));
      assert.equal(a.total, 90);
      assert.equal(a.version, o.assessment.version);
    },
  },

  // ---- notifications and village assistance (services helper) ----
  notification: {
    async make() { // a message in the qingjian admin's inbox
      const cid = "(SELECT id FROM committees WHERE code = 'qingjian')";
      const title = `租户测试消息${++n}`;
      srv.db.sql(`INSERT INTO notifications (committee_id, user_id, kind, title, created_at) SELECT committee_id, id,
        'test', '${title}', '2026-01-01T00:00:00Z' FROM users WHERE username = 'admin' AND committee_id = ${cid}`);
      const [m] = assertOk(await owner.get('/api/v1/notifications?unread=1&page_size=200')).items
        .filter((x) => x.title === title);
      return { id: m.id };
    },
    body: () => ({}),
    async unchanged(o) {
      const m = assertOk(await owner.get('/api/v1/notifications?unread=1&page_size=200')).items
        .find((x) => x.id === o.id);
      assert.ok(m && m.read_at === null, 'still unread');
    },
  },

  office_village: {
    async make() {
      const { staffId } = await officeRefs();
      const v = assertOk(await owner.post('/api/v1/office/villages', { name: `租户测试村${++n}`, township: '折家坪镇',
        county: '清涧县' }), 201);
      return { id: v.id, village: v, staffId };
    },
    body: (o) => ({ name: '被篡改', township: '折家坪镇', county: '清涧县', version: o.village.version, staff_id: o.staffId,
      role: '队员', start_date: '2025-01-01', source: '捐赠', amount_fen: 100, received_on: '2025-01-01',
      kind: 'industry', started_on: '2025-01-01' }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      const v = assertOk(await owner.get(`/api/v1/office/villages/${o.id}`));
      assert.equal(v.version, o.village.version);
      assert.equal(v.totals.funds_fen, 0);
      assert.equal(v.projects.length + v.cadres.length, 0);
    },
  },

  office_village_fund: {
    async make() {
      const v = assertOk(await owner.post('/api/v1/office/villages', { name: `租户测试村${++n}`, township: '折家坪镇',
        county: '清涧县' }), 201);
      const after = assertOk(await owner.post(`/api/v1/office/villages/${v.id}/funds`, { source: '捐赠',
        amount_fen: 100, received_on: '2025-01-01' }), 201);
      return { id: after.funds[0].id, village: v };
    },
    body: () => ({ source: '被篡改', amount_fen: 999, received_on: '2025-01-01', version: 1 }),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/office/villages/${o.village.id}`)).totals.funds_fen, 100);
    },
  },

  office_village_cadre: {
    async make() {
      const { staffId } = await officeRefs();
      const v = assertOk(await owner.post('/api/v1/office/villages', { name: `租户测试村${++n}`, township: '折家坪镇',
        county: '清涧县' }), 201);
      const after = assertOk(await owner.post(`/api/v1/office/villages/${v.id}/cadres`, { staff_id: staffId,
        role: '队员', start_date: '2025-01-01' }), 201);
      return { id: after.cadres[0].id, village: v, cadre: after.cadres[0] };
    },
    body: (o) => ({ role: '被篡改', start_date: '2025-01-01', end_date: '2025-02-01', version: o.cadre.version }),
    async unchanged(o) {
      const [c] = assertOk(await owner.get(`/api/v1/office/villages/${o.village.id}`)).cadres;
      assert.deepEqual([c.role, c.end_date, c.version], ['队员', '', o.cadre.version]);
    },
  },

  office_village_project: {
    async make() {
      const v = assertOk(await owner.post('/api/v1/office/villages', { name: `租户测试村${++n}`, township: '折家坪镇',
        county: '清涧县' }), 201);
      const p = assertOk(await owner.post(`/api/v1/office/villages/${v.id}/projects`, { name: '红枣园',
        kind: 'industry', started_on: '2025-01-01' }), 201);
      return { id: p.id, project: p };
    },
    body: (o) => ({ name: '被篡改', kind: 'industry', started_on: '2025-01-01', version: o.project.version,
      on_date: '2025-02-01', percent: 50 }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      const v = assertOk(await owner.get(`/api/v1/office/villages/${o.project.village_id}`));
      assert.equal(v.projects[0].name, '红枣园');
      assert.equal(v.projects[0].version, o.project.version);
      assert.deepEqual(v.projects[0].progress, []);
    },
  },
});

// 社情民意 and 协商监督: an item a qingjian member submitted (the member reads it under /my/), a topic, an activity
// and a supervision item of qingjian.
Object.assign(FIXTURES, {
  info_item: {
    async make(route) {
      const { self } = await memberWithAccount(owner, 'qingjian');
      let item = assertOk(await self.post('/api/v1/my/info-items', { title: `租户测试信息${++n}`, text: '村道无路灯' }), 201);
      if (route.path.endsWith('/instructions')) {
        item = assertOk(await owner.post(`/api/v1/info/items/${item.id}/adoptions`,
          { level: 'committee', adopted_on: todayInChina() }), 201);
      }
      return { id: item.id, item, self };
    },
    body: (o) => ({ title: '改过的标题', text: '改过的正文', version: o.item.version, analysis: '有价值', level: 'city',
      adopted_on: todayInChina(), leader: '县委书记', leader_level: 'local', instructed_on: todayInChina() }),
    ownerStatus: { POST: (r) => (r.path.endsWith('/select') ? 200 : 201) },
    owner: (o, route) => (isSelfService(route) ? o.self : owner),
    async unchanged(o) {
      const item = assertOk(await owner.get(`/api/v1/info/items/${o.id}`));
      assert.equal(item.version, o.item.version);
      assert.equal(item.title, o.item.title);
    },
  },

  consultation_topic: {
    async make() {
      const t = assertOk(await owner.post('/api/v1/consultation/topics', { title: `租户测试课题${++n}` }), 201);
      return { id: t.id, topic: t };
    },
    body: () => ({ transition: 'recommend' }),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/consultation/topics/${o.id}`)).state, o.topic.state);
    },
  },

  consultation_activity: {
    async make() {
      const a = assertOk(await owner.post('/api/v1/consultation/activities', { form: 'sector', title: `租户测试协商${++n}`,
        held_on: todayInChina() }), 201);
      return { id: a.id, activity: a };
    },
    body: (o) => ({ form: 'sector', title: '越权修改', held_on: todayInChina(), version: o.activity.version, kind: 'speech',
      person: '某某', text: '发言' }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      const a = assertOk(await owner.get(`/api/v1/consultation/activities/${o.id}`));
      assert.equal(a.version, o.activity.version);
      assert.deepEqual(a.entries.speech, []);
    },
  },

  supervision_item: {
    async make() {
      const s = assertOk(await owner.post('/api/v1/consultation/supervision', { mode: 'special', subject: `租户测试监督${++n}`,
        started_on: todayInChina() }), 201);
      return { id: s.id, item: s };
    },
    body: (o) => ({ mode: 'special', subject: '越权修改', started_on: todayInChina(), version: o.item.version,
      kind: 'follow_up', text: '跟踪反馈' }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      const s = assertOk(await owner.get(`/api/v1/consultation/supervision/${o.id}`));
      assert.equal(s.version, o.item.version);
      assert.deepEqual(s.entries.follow_up, []);
    },
  },
});

// ---- members' duty performance (委员履职) ----
Object.assign(FIXTURES, {
  duty_report: {
    // A duty a fresh qingjian member reported themselves, with its evidence, waiting for staff.
    async make() {
      const { self } = await memberWithAccount(owner, 'qingjian');
      const r = assertOk(await self.post('/api/v1/my/duty/reports', { kind: 'deed', occurred_on: todayInChina(),
        title: '租户测试自报履职', evidence: { filename: '证明.pdf',
          content_base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } }), 201);
      return { id: r.id };
    },
    body: () => ({ reason: '越权测试' }),
    async unchanged(o) {
      const pending = assertOk(await owner.get('/api/v1/duty/reports?status=pending&page_size=200')).items;
      assert.ok(pending.some((r) => r.id === o.id), 'the report is still waiting');
    },
  },

  duty_notice: {
    // A reminder notice to a fresh qingjian member (no records: the lowest grade), issued by the owner.
    async make() {
      const { member, self } = await memberWithAccount(owner, 'qingjian');
      const year = Number(todayInChina().slice(0, 4));
      assertOk(await owner.post(`/api/v1/duty/scores/recompute?year=${year}`, {}));
      const [notice] = assertOk(await owner.post('/api/v1/duty/notices', { year, kind: 'reminder',
        member_ids: [member.id] }), 201).items;
      return { id: notice.id, notice, self };
    },
    body: (o) => ({ talked_on: todayInChina(), talked_by: '越权谈话人', note: '越权记录', reason: '越权撤回',
      version: o.notice.version }),
    owner: (o, route) => (isSelfService(route) ? o.self : owner),
    async unchanged(o) {
      const year = Number(todayInChina().slice(0, 4));
      const n = assertOk(await owner.get(`/api/v1/duty/notices?year=${year}`)).items.find((x) => x.id === o.id);
      assert.equal(n.version, o.notice.version);
      assert.equal(n.status, 'issued');
    },
  },
});

// ---- meetings and activities, donations and deeds ----
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAACklEQVR4nGMAAQAABQABDQottAAAAABJRU5ErkJggg==';
/** China-time "YYYY-MM-DDTHH:MM" `minutes` from now. */
const chinaTime = (minutes) => new Date(Date.now() + (8 * 60 + minutes) * 60e3).toISOString().slice(0, 16);
let meetingMember = null; // one qingjian member with an account, invited to every fixture meeting
const invitedMember = async () => (meetingMember ??= await memberWithAccount(owner, 'qingjian'));

Object.assign(FIXTURES, {
  meeting: {
    async make(route) {
      const { member, self } = await invitedMember();
      const future = /\/leave(-decisions)?$/.test(route.path);
      const times = future ? { starts_at: chinaTime(2 * 24 * 60), ends_at: chinaTime(2 * 24 * 60 + 60) }
        : { starts_at: chinaTime(-10), ends_at: chinaTime(60) };
      const m = assertOk(await owner.post('/api/v1/meetings', { kind: 'standing', title: `租户测试会议${++n}`, ...times,
        invite: { member_ids: [member.id] } }), 201);
      const invitee = m.invitees[0].id;
      if (route.path.endsWith('/leave-decisions')) {
        assertOk(await self.post(`/api/v1/my/meetings/${m.id}/leave`, { reason: '外出' }));
      }
      const bodies = {
        invitees: { invite: { member_ids: [member.id] } },
        attendance: { invitee_ids: [invitee], attendance: 'present' },
        'leave-decisions': { invitee_id: invitee, approve: true },
        speeches: { speaker: '某委员', title: '发言题目' },
        attachments: { filename: '照片.png', content_base64: PNG_BASE64 },
        leave: { reason: '外出学习' },
        cancel: { version: m.version, reason: '因故取消' },
      };
      const last = route.path.split('/').pop();
      const body = route.method === 'PATCH' ? { kind: 'standing', title: '被篡改', ...times, version: m.version }
        : route.method === 'DELETE' ? { version: m.version } : bodies[last] ?? {};
      const leave = route.path.endsWith('/leave-decisions') ? 'pending' : '';
      return { id: m.id, meeting: m, body, self, leave };
    },
    body: (o) => o.body,
    owner: (o, route) => (isSelfService(route) ? o.self : owner),
    ownerStatus: { POST: (route) => (/\/(speeches|attachments)$/.test(route.path) ? 201 : 200) },
    async unchanged(o) {
      const m = assertOk(await owner.get(`/api/v1/meetings/${o.id}`));
      assert.equal(m.version, o.meeting.version);
      assert.equal(m.title, o.meeting.title);
      assert.equal(m.status, 'scheduled');
      assert.equal(m.cancelled, false);
      assert.deepEqual(m.invitees.map((i) => [i.attendance, i.leave_status]), [['pending', o.leave]]);
      assert.equal(m.speeches.length + m.attachments.length, 0);
    },
  },

  meeting_attachment: {
    async make() {
      const m = assertOk(await owner.post('/api/v1/meetings', { kind: 'other', title: `租户测试附件${++n}`,
        starts_at: chinaTime(60), ends_at: chinaTime(120) }), 201);
      const a = assertOk(await owner.post(`/api/v1/meetings/${m.id}/attachments`,
        { filename: '纪要.png', content_base64: PNG_BASE64 }), 201);
      return { id: a.id, meetingId: m.id };
    },
    body: () => ({}),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/meetings/${o.meetingId}`)).attachments.length, 1);
    },
  },

  donation_campaign: {
    async make() {
      const { member } = await invitedMember();
      const c = assertOk(await owner.post('/api/v1/donation-campaigns', { title: `租户测试捐赠${++n}`,
        starts_on: '2026-02-01' }), 201);
      return { id: c.id, member };
    },
    body: (o) => ({ member_id: o.member.id, cash: '100', donated_on: '2026-02-02' }),
    ownerStatus: { POST: 201 },
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/donation-campaigns/${o.id}`)).items.length, 0);
    },
  },

  deed: {
    async make(route) {
      const { member } = await invitedMember();
      const d = assertOk(await owner.post('/api/v1/deeds', { member_id: member.id, title: `租户测试实事${++n}`,
        done_on: '2026-03-01' }), 201);
      if (route.path.endsWith('/decision')) {
        assertOk(await owner.post(`/api/v1/deeds/${d.id}/attachments`, { filename: '照片.png', content_base64: PNG_BASE64 }), 201);
      }
      return { id: d.id, evidence: route.path.endsWith('/decision') ? 1 : 0 };
    },
    body: () => ({ confirm: true, filename: '照片.png', content_base64: PNG_BASE64 }),
    ownerStatus: { POST: (route) => (route.path.endsWith('/attachments') ? 201 : 200) },
    async unchanged(o) {
      const d = assertOk(await owner.get('/api/v1/deeds')).items.find((x) => x.id === o.id);
      assert.equal(d.status, 'pending');
      assert.equal(d.attachments.length, o.evidence);
    },
  },

  conversion_report: { // a qingjian report brought to the state the route acts on
    async make(route) {
      const verb = route.path.split('/').pop();
      const at = (step) => ['assign', 'acknowledge', 'feedback', 'steps'].indexOf(verb) >= step;
      const act = async (action, body) =>
        assertOk(await owner.post(`/api/v1/conversion/reports/${r.id}/${action}`, body));
      let r = assertOk(await owner.post('/api/v1/conversion/reports', { kind: 'advice', title: `租户测试建言${++n}`,
        submitted_on: '2019-06-01' }), 201);
      if (at(0)) r = await act('instruct', { text: '同意。' });
      if (at(1)) r = await act('assign', { unit_ids: [kit.unitId] });
      if (at(2)) r = await act('acknowledge', {});
      return { id: r.id, verb, report: r };
    },
    body: (o) => ({
      instruct: { text: '同意。' },
      assign: { unit_ids: [kit.unitId] },
      feedback: { completed: true, feedback: '已办结。', matters: 1 },
      steps: { transition: 'supervise', note: '请抓紧办理' },
    })[o.verb] ?? {},
    async unchanged(o) {
      const r = assertOk(await owner.get(`/api/v1/conversion/reports/${o.id}`));
      assert.equal(r.version, o.report.version, 'no step was taken');
      assert.equal(r.case.history.length, o.report.case.history.length);
    },
  },
});

const OWNER_STATUS = { GET: 200, PATCH: 200, PUT: 200, POST: 200, DELETE: 204 };

const idRoutes = () => routes().filter((r) => /\{[^}]+\}/.test(r.path));

test('there are routes with an id to check', () => {
  assert.ok(idRoutes().length > 0);
});

test('every resource kind named by a route has a tenancy fixture', () => {
  const missing = [...new Set(idRoutes().map((r) => r.resource))].filter((k) => !FIXTURES[k]);
  assert.deepEqual(missing, [], 'add a fixture to tests/api/tenancy.test.mjs for these resource kinds');
});

for (const r of idRoutes()) {
  test(`${r.method} ${r.path} (${r.resource}): another committee gets 404, the owner gets through`, async () => {
    const fx = FIXTURES[r.resource];
    assert.ok(fx, `no tenancy fixture for resource kind "${r.resource}"`);
    const obj = await fx.make(r);
    const path = fillPath(r.path, obj.id);
    const opts = isUnsafe(r.method) ? { json: fx.body(obj) } : {};

    const stranger = isSelfService(r) ? dayeMember : intruder;
    assertError(await stranger.request(r.method, path, opts), 404, 'not_found');
    await fx.unchanged(obj);

    // Control: the same request by the owner succeeds (it is the route, not the id, that was refused above).
    const allowed = await (fx.owner?.(obj, r) ?? owner).request(r.method, path, opts);
    const status = fx.ownerStatus?.[r.method] ?? OWNER_STATUS[r.method];
    const expected = typeof status === 'function' ? status(r) : status; // a kind whose POST routes differ
    assert.equal(allowed.status, expected, `owner: ${allowed.status} ${allowed.text}`);
  });
}

test('lists are scoped too: daye\'s lists never contain qingjian\'s objects', async () => {
  const qjUsers = new Set(assertOk(await owner.get('/api/v1/users?page_size=100')).items.map((u) => u.id));
  const dyUsers = assertOk(await intruder.get('/api/v1/users?page_size=100')).items;
  assert.ok(dyUsers.length > 0 && dyUsers.every((u) => !qjUsers.has(u.id)));
  const qjWf = new Set(assertOk(await owner.get('/api/v1/workflows')).items.map((w) => w.id));
  const dyWf = assertOk(await intruder.get('/api/v1/workflows')).items;
  assert.ok(dyWf.length > 0 && dyWf.every((w) => !qjWf.has(w.id)));
  for (const path of ['/api/v1/org/bodies', '/api/v1/org/sectors', '/api/v1/org/units', '/api/v1/staff?page_size=200']) {
    const qj = new Set(assertOk(await owner.get(path)).items.map((x) => x.id));
    const dy = assertOk(await intruder.get(path)).items;
    assert.ok(dy.length > 0 && dy.every((x) => !qj.has(x.id)), path);
  }
  const qjSessions = new Set(assertOk(await owner.get('/api/v1/me/sessions')).items.map((s) => s.id));
  assert.ok(assertOk(await intruder.get('/api/v1/me/sessions')).items.every((s) => !qjSessions.has(s.id)));
});
