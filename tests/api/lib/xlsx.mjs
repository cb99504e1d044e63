// Reads back the .xlsx files the server exports: the zip's entries (node:zlib inflates them) and the first
// sheet's rows as text, shared and inline strings resolved. Enough for one-sheet exports; not a general reader.
import { inflateRawSync } from 'node:zlib';

/** name → Buffer of every entry of a zip, read through its central directory. */
export function unzip(bytes) {
  const buf = Buffer.from(bytes);
  let end = buf.length - 22; // the end-of-central-directory record, found from the back (after any comment)
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = new Map();
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    if (method === 0) entries.set(name, data);
    else if (method === 8) entries.set(name, inflateRawSync(data));
    else throw new Error(`${name}: compression method ${method}`);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
const texts = (xml) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join('');
const column = (ref) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** The first sheet of an .xlsx as rows of cell texts (empty cells as ''). */
export function sheetRows(bytes) {
  const files = unzip(bytes);
  const sheet = files.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error(`no first sheet among ${[...files.keys()].join(', ')}`);
  const shared = [...(files.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => texts(m[1]));
  const rows = [];
  for (const row of sheet.toString('utf8').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, ref, attrs, inner = ''] = c;
      const type = attrs.match(/t="(\w+)"/)?.[1];
      const value = inner.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      cells[column(ref)] = type === 's' ? shared[Number(value)] : type === 'inlineStr' ? texts(inner)
        : unescape(value ?? '');
    }
    rows.push(Array.from(cells, (x) => x ?? ''));
  }
  return rows;
}
