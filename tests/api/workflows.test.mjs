// Workflow definitions as data: each committee's office administrator views and edits its own copy; an edit
// that would strand a case or drop a step the system takes is refused and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';

let srv;
let office; // qingjian's office administrator
before(async () => {
  srv = await startServer('workflows');
  office = await new Client(srv.url).login('qingjian', 'bangongshi');
});
after(async () => { await srv?.close(); });

async function proposalWorkflow(client = office) {
  const list = assertOk(await client.get('/api/v1/workflows')).items;
  const head = list.find((w) => w.code === 'proposal');
  assert.ok(head, 'the committee has the proposal workflow');
  return assertOk(await client.get(`/api/v1/workflows/${head.id}`));
}

const put = (client, w) => client.request('PUT', `/api/v1/workflows/${w.id}`, { json: w });

test('the office administrator renames a state, sets a deadline and adds a step; the audit trail records it', async () => {
  const w = await proposalWorkflow();
  const edited = structuredClone(w);
  edited.states.find((s) => s.code === 'under_review').name_zh = '初审中';
  edited.states.find((s) => s.code === 'under_review').deadline_days = 10;
  edited.states.push({ code: 'second_review', name_zh: '复审中', name_en: 'Second review' });
  edited.transitions.push(
    { code: 'second_review', name_zh: '提请复审', name_en: 'Ask for a second review', from: 'under_review',
      to: 'second_review', permission: 'proposal:proposal:review' },
    { code: 'accept', name_zh: '复审立案', name_en: 'Accept after review', from: 'second_review', to: 'accepted',
      permission: 'proposal:proposal:review' },
  );
  const saved = assertOk(await put(office, edited));
  assert.equal(saved.version, w.version + 1);
  const again = await proposalWorkflow();
  const review = again.states.find((s) => s.code === 'under_review');
  assert.equal(review.name_zh, '初审中');
  assert.equal(review.deadline_days, 10);
  assert.ok(again.transitions.some((t) => t.code === 'second_review' && t.to === 'second_review'));
  const trail = assertOk(await office.get('/api/v1/audit?object_type=workflow&page_size=50')).items;
  assert.ok(trail.some((a) => a.action === 'workflow.updated' && a.object_id === String(w.id)));
  // daye's copy is its own
  const daye = await new Client(srv.url).login('daye', 'bangongshi');
  const theirs = await proposalWorkflow(daye);
  assert.equal(theirs.states.find((s) => s.code === 'under_review').name_zh, '审查中');
  assertError(await put(daye, { ...edited, id: w.id, version: saved.version }), 404, 'not_found');
});

test('a definition that could strand a case, or drops a step the system takes, is refused; nothing changes', async () => {
  const w = await proposalWorkflow();
  const deadEnd = structuredClone(w);
  deadEnd.states.push({ code: 'limbo', name_zh: '搁置', name_en: 'Limbo' });
  deadEnd.transitions.push({ code: 'shelve', name_zh: '搁置', name_en: 'Shelve', from: 'under_review', to: 'limbo',
    permission: 'proposal:proposal:review' });
  const e1 = assertError(await put(office, deadEnd), 422, 'invalid_workflow');
  assert.match(e1.details.reason, /limbo/);
  const noAccept = structuredClone(w);
  noAccept.transitions = noAccept.transitions.filter((t) => !(t.code === 'accept' && t.from === 'under_review'));
  const e2 = assertError(await put(office, noAccept), 422, 'invalid_workflow');
  assert.match(e2.details.reason, /accept/);
  const unknownPermission = structuredClone(w);
  unknownPermission.transitions[0].permission = 'proposal:proposal:everything';
  assertError(await put(office, unknownPermission), 422, 'invalid_workflow');
  assertError(await put(office, { ...structuredClone(w), states: 'many' }), 422, 'invalid_workflow');
  assert.equal((await proposalWorkflow()).version, w.version, 'none of the refused edits was saved');
  assertError(await put(office, { ...structuredClone(w), version: w.version - 1 }), 409, 'stale_version');
});

test('only those who manage workflows may edit them; proposals still run on the edited definition', async () => {
  const w = await proposalWorkflow();
  const member = await new Client(srv.url).login('qingjian', 'weiyuan');
  assertError(await put(member, w), 403, 'forbidden');
  const staff = await new Client(srv.url).login('qingjian', 'tianwei');
  let p = assertOk(await member.post('/api/v1/proposals', { title: '关于流程编辑后继续办理的建议',
    content: '一、情况\n二、建议', category: '教育科技' }), 201);
  p = assertOk(await member.post(`/api/v1/proposals/${p.id}/submit`, {}));
  p = assertOk(await staff.post(`/api/v1/proposals/${p.id}/review`, { outcome: 'start' }));
  p = assertOk(await staff.post(`/api/v1/proposals/${p.id}/review`, { outcome: 'accept' }));
  assert.equal(p.state, 'accepted');
});
