// Proposals for tests: the demo people of a committee and a way to bring a fresh proposal to any state of its
// workflow through the API.
import { Client, assertOk } from './client.mjs';

let seq = 0;

/** The people of a demo committee and their ids: { admin, staff, member, leader, unit, memberId, … }. */
export async function proposalKit(srv, committee = 'qingjian') {
  const login = (u) => new Client(srv.url).login(committee, u);
  const [admin, staff, member, leader, unit, office] = await Promise.all(
    ['admin', 'tianwei', 'weiyuan', 'lingdao', 'chengban', 'bangongshi'].map(login));
  const memberId = assertOk(await member.get('/api/v1/my/member')).id;
  const leaderMemberId = assertOk(await leader.get('/api/v1/my/member')).id;
  const cid = `(SELECT id FROM committees WHERE code = '${committee}')`;
  const unitId = Number(srv.db.sql(`SELECT uu.unit_id FROM user_units uu JOIN users u ON u.id = uu.user_id
    WHERE u.username = 'chengban' AND u.committee_id = ${cid}`));
  // another unit with a sign-in of its own
  const [otherUnit, otherUnitUser] = srv.db.sql(`SELECT uu.unit_id || ' ' || u.username FROM user_units uu
    JOIN users u ON u.id = uu.user_id WHERE u.committee_id = ${cid} AND uu.unit_id <> ${unitId}
    ORDER BY uu.unit_id, u.id LIMIT 1`).split(' ');
  const otherUnitId = Number(otherUnit);
  const kit = { admin, staff, member, leader, unit, office, memberId, leaderMemberId, unitId, otherUnitId,
    otherUnit: await login(otherUnitUser) };

  /**
   * A new proposal brought to `target` (a state of the workflow). by: 'member' (the demo member files it, staff
   * review, the unit handles) or 'admin' (the platform administrator does every step, acting for members and units
   * on paper). co: the proposal also has a co-handling unit. Returns the proposal as the last step answered.
   */
  kit.drive = async (target, { by = 'member', co = false, title } = {}) => {
    const asAdmin = by === 'admin';
    const author = asAdmin ? admin : member;
    const reviewer = asAdmin ? admin : staff;
    const handler = asAdmin ? admin : unit;
    let p = assertOk(await author.post('/api/v1/proposals', {
      title: title ?? `关于测试事项${++seq}的建议`, content: '一、基本情况……\n二、具体建议……', category: '教育科技',
      ...(asAdmin ? { lead_member_id: memberId } : {}),
    }), 201);
    const step = async (client, verb, body = {}) => {
      p = assertOk(await client.post(`/api/v1/proposals/${p.id}/${verb}`, body));
      return p;
    };
    if (target === 'draft') return p;
    if (target === 'cosigning') return step(author, 'invite', { member_ids: [leaderMemberId] });
    await step(author, 'submit');
    if (target === 'submitted') return p;
    await step(reviewer, 'review', { outcome: 'start' });
    if (target === 'under_review') return p;
    if (target === 'returned') return step(reviewer, 'review', { outcome: 'return', note: '请聚焦一个具体问题' });
    await step(reviewer, 'review', { outcome: 'accept' });
    if (target === 'accepted') return p;
    const units = [{ unit_id: unitId, role: 'lead' }, ...(co ? [{ unit_id: otherUnitId, role: 'co' }] : [])];
    await step(reviewer, 'assign', { units });
    if (target === 'assigned') return p;
    if (target === 'objection') return step(handler, 'object', { reason: '该事项不属于本单位职责' });
    await step(handler, 'sign');
    if (target === 'handling') return p;
    await step(handler, 'reply', { reply_class: 'A', text: '答复：已采纳并落实。' });
    if (target === 'replied') return p;
    await step(reviewer, 'reply-review', { approve: true });
    if (target === 'reply_reviewed') return p;
    if (target === 'rehandling') return step(author, 'feedback', { work: '不满意', result: '不满意' });
    await step(author, 'feedback', { work: '满意', result: '满意' });
    if (target === 'closed') return p;
    throw new Error(`drive: unknown state ${target}`);
  };
  return kit;
}

/** Today in China (YYYY-MM-DD). */
export const todayInChina = () => new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
