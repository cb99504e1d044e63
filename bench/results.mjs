// Writes one benchmark's Markdown section into bench/RESULTS.md between its markers
// (<!-- NAME:BACKEND:begin --> … <!-- NAME:BACKEND:end -->), replacing what an earlier run wrote there.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

export function writeResults(name, backend, section) {
  const begin = `<!-- ${name}:${backend}:begin -->`, end = `<!-- ${name}:${backend}:end -->`;
  let text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const block = `${begin}\n${section}${end}`;
  text = text.includes(begin) ? text.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(RESULTS, text);
}
