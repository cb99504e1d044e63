// Attachments of proposals: the proposer attaches while the text is theirs, a handling unit while it handles,
// staff at any time; the type is read from the bytes and must agree with the name; only those who may see the
// proposal may download; oversized, empty, lying and hostile uploads are refused and nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { Client, assertError, assertOk } from './lib/client.mjs';
import { proposalKit } from './lib/proposals.mjs';

let srv;
let kit;
before(async () => {
  srv = await startServer('proposal-attachments');
  kit = await proposalKit(srv);
});
after(async () => { await srv?.close(); });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 1)]);

const upload = (client, id, bytes, filename) => client.post(`/api/v1/proposals/${id}/attachments`,
  { filename, content_base64: bytes.toString('base64') });
const download = (client, fileId) => client.get(`/api/v1/proposal-attachments/${fileId}`);
const files = async (client, id) => assertOk(await client.get(`/api/v1/proposals/${id}`)).attachments;

test('the proposer attaches a PDF to a draft; it is listed, downloads byte for byte, and is in the audit trail', async () => {
  const p = await kit.drive('draft');
  assert.equal(assertOk(await kit.member.get(`/api/v1/proposals/${p.id}`)).may_attach, true);
  const a = assertOk(await upload(kit.member, p.id, PDF, '调研报告（附件一）.pdf'), 201);
  assert.equal(a.filename, '调研报告（附件一）.pdf');
  assert.equal(a.content_type, 'application/pdf');
  assert.equal(a.size, PDF.length);
  assert.equal(a.role, 'proposer');
  assert.deepEqual((await files(kit.member, p.id)).map((f) => f.id), [a.id]);
  const got = await download(kit.member, a.id);
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'application/pdf');
  assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
  assert.match(got.headers.get('content-disposition'), /^attachment; .*filename\*=UTF-8''%E8%B0%83/);
  assert.equal(got.text, PDF.toString('latin1'), 'the same bytes back');
  const trail = assertOk(await kit.admin.get('/api/v1/audit?action=proposal.attachment_added')).items;
  assert.ok(trail.some((e) => e.object_id === String(p.id)), 'the upload is in the audit chain');
});

test('a file whose name lies about its type, an unknown type, an empty file: 422 with the reason, nothing stored', async () => {
  const p = await kit.drive('draft');
  const lying = assertError(await upload(kit.member, p.id, PNG, '会议纪要.pdf'), 422, 'file_type_mismatch');
  assert.match(lying.message, /png/);
  assertError(await upload(kit.member, p.id, EXE, 'setup.pdf'), 422, 'file_type_not_allowed');
  assertError(await upload(kit.member, p.id, EXE, 'setup.exe'), 422, 'file_type_not_allowed');
  assertError(await upload(kit.member, p.id, Buffer.alloc(0), 'a.pdf'), 422, 'file_empty');
  const en = new Client(srv.url);
  en.lang = 'en';
  await en.login('qingjian', 'weiyuan');
  assert.match(assertError(await upload(en, p.id, PNG, 'x.docx'), 422, 'file_type_mismatch').message, /really png/);
  assert.deepEqual(await files(kit.member, p.id), []);
});

test('path tricks in the name are cut to the last part; a name of only dots or too long is refused', async () => {
  const p = await kit.drive('draft');
  const a = assertOk(await upload(kit.member, p.id, PNG, '../../etc/<script>照片.png'), 201);
  assert.equal(a.filename, '<script>照片.png');
  assertError(await upload(kit.member, p.id, PNG, '..'), 400, 'invalid_field');
  assertError(await upload(kit.member, p.id, PNG, `${'长'.repeat(130)}.png`), 400, 'invalid_field');
  assert.equal((await files(kit.member, p.id)).length, 1);
});

test('an upload over the limit is refused (413, or 422 file_too_large just past it) and nothing is stored', async () => {
  const p = await kit.drive('draft');
  const big = Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024, 0x20)]);
  assert.equal((await upload(kit.member, p.id, big, 'big.pdf')).status, 413);
  const justOver = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]);
  const e = assertError(await upload(kit.member, p.id, justOver, 'big.pdf'), 422, 'file_too_large');
  assert.match(e.message, /20 MB/);
  assertError(await kit.member.post(`/api/v1/proposals/${p.id}/attachments`, { filename: 'a.pdf',
    content_base64: '%%%not base64' }), 400, 'invalid_field');
  assert.deepEqual(await files(kit.member, p.id), []);
});

test('after submission the proposer can no longer attach; the unit attaches while handling; staff always', async () => {
  const p = await kit.drive('handling');
  assert.equal(assertOk(await kit.member.get(`/api/v1/proposals/${p.id}`)).may_attach, false);
  assertError(await upload(kit.member, p.id, PDF, '补充.pdf'), 409, 'attachments_closed');
  const signed = assertOk(await upload(kit.unit, p.id, PDF, '答复函（盖章）.pdf'), 201);
  assert.equal(signed.role, 'unit');
  const byStaff = assertOk(await upload(kit.staff, p.id, PNG, '现场照片.png'), 201);
  assert.equal(byStaff.role, 'staff');
  // the proposer sees and downloads both
  assert.deepEqual((await files(kit.member, p.id)).map((f) => f.filename), ['答复函（盖章）.pdf', '现场照片.png']);
  assert.equal((await download(kit.member, signed.id)).status, 200);
  // the proposer may not delete the unit's file; the unit may; staff may delete anything
  assertError(await kit.member.delete(`/api/v1/proposal-attachments/${signed.id}`), 403, 'forbidden');
  assert.equal((await kit.unit.delete(`/api/v1/proposal-attachments/${signed.id}`)).status, 204);
  assert.equal((await kit.staff.delete(`/api/v1/proposal-attachments/${byStaff.id}`)).status, 204);
  assert.deepEqual(await files(kit.staff, p.id), []);
});

test('those who may not see the proposal cannot see its files: another unit, another committee, a wrong pairing', async () => {
  const p = await kit.drive('draft');
  const a = assertOk(await upload(kit.member, p.id, PDF, 'a.pdf'), 201);
  assertError(await download(kit.otherUnit, a.id), 404, 'not_found');
  assertError(await upload(kit.otherUnit, p.id, PDF, 'b.pdf'), 404, 'not_found');
  const daye = await new Client(srv.url).login('daye', 'admin');
  assertError(await download(daye, a.id), 404, 'not_found');
  assertError(await daye.delete(`/api/v1/proposal-attachments/${a.id}`), 404, 'not_found');
  assert.equal((await files(kit.member, p.id)).length, 1, 'nothing was deleted');
});
