#!/usr/bin/env node
// Opens N idle keep-alive connections (each makes one request, then stays open), then measures M fresh requests,
// each on a new connection, one after another. Prints JSON: {idle, open, fresh_ms: [...], median_ms, max_ms}.
//   node bench/idle.mjs http://127.0.0.1:PORT [N=500] [M=20]
import net from 'node:net';

const [base, nArg = '500', mArg = '20'] = process.argv.slice(2);
const { hostname, port } = new URL(base);
const N = Number(nArg);
const M = Number(mArg);
const REQUEST = `GET /healthz HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: keep-alive\r\n\r\n`;

/** Connects, sends one request, resolves with [socket, ms] once a full response head and body arrived. */
function oneRequest(keepOpen) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const s = net.connect(Number(port), hostname);
    let buf = '';
    s.setEncoding('latin1');
    s.on('connect', () => s.write(REQUEST));
    s.on('data', (d) => {
      buf += d;
      const end = buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = Number(buf.slice(0, end).match(/content-length:\s*(\d+)/i)?.[1] ?? 0);
      if (buf.length < end + 4 + len) return;
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!buf.startsWith('HTTP/1.1 200')) reject(new Error(`unexpected response: ${buf.slice(0, 40)}`));
      s.removeAllListeners('data');
      if (!keepOpen) s.destroy();
      resolve([s, ms]);
    });
    s.on('error', reject);
  });
}

const idle = [];
let closedByServer = 0;
for (let i = 0; i < N; i += 50) {
  const batch = await Promise.all(Array.from({ length: Math.min(50, N - i) }, () => oneRequest(true)));
  for (const [s] of batch) {
    s.on('close', () => { closedByServer++; });
    idle.push(s);
  }
}
await new Promise((r) => setTimeout(r, 500)); // let the server settle with N idle sockets

const fresh = [];
for (let i = 0; i < M; i++) {
  const [, ms] = await oneRequest(false);
  fresh.push(Math.round(ms * 100) / 100);
  await new Promise((r) => setTimeout(r, 50));
}
const sorted = [...fresh].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]
  : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(JSON.stringify({
  idle: N, open: N - closedByServer, fresh_ms: fresh, median_ms: median, max_ms: sorted.at(-1),
}));
for (const s of idle) s.destroy();
