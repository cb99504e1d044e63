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

let srv;
let owner; // qingjian admin
let intruder; // daye admin
let dayeMember; // a daye member with an account (the intruder on /api/v1/my/ routes)
before(async () => {
  srv = await startServer('tenancy');
  owner = await new Client(srv.url).login('qingjian', 'admin');
  intruder = await new Client(srv.url).login('daye', 'admin');
  dayeMember = (await memberWithAccount(intruder, 'daye')).self;
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
 *   make()           → { id, ...state }: a fresh object of that kind in qingjian
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
      return { id: list[0].id, workflow: list[0] };
    },
    body: (o) => ({ version: o.workflow.version }),
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
    body: () => ({}),
    async unchanged(o) {
      assert.equal(assertOk(await owner.get(`/api/v1/office/assessment/sheets/${o.id}`)).items.length, 1);
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
    const obj = await fx.make();
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
  const qjSessions = new Set(assertOk(await owner.get('/api/v1/me/sessions')).items.map((s) => s.id));
  assert.ok(assertOk(await intruder.get('/api/v1/me/sessions')).items.every((s) => !qjSessions.has(s.id)));
});
