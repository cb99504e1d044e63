// An HTTP client that behaves like the web UI: it keeps the zx_session cookie and sends the CSRF token
// from login/me in X-CSRF-Token on unsafe methods.
import assert from 'node:assert/strict';
import { DEMO_PASSWORD } from './server.mjs';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class Client {
  constructor(baseUrl, { lang, userAgent } = {}) {
    this.baseUrl = baseUrl;
    this.lang = lang;
    this.userAgent = userAgent;
    this.cookie = null; // "zx_session=…"
    this.csrf = null;
    this.me = null; // the login response body
  }

  /**
   * request(method, path, opts) → { status, headers, body, text }
   * opts.json: a value sent as JSON; opts.raw: a Buffer/string sent as is (Content-Type: application/json);
   * opts.csrf: false to omit the token, or a string to send instead; opts.headers: extra headers.
   */
  async request(method, path, { json, raw, csrf = true, headers = {} } = {}) {
    const h = { ...headers };
    if (this.lang) h['Accept-Language'] = this.lang;
    if (this.userAgent) h['User-Agent'] = this.userAgent;
    if (this.cookie) h.Cookie = this.cookie;
    if (UNSAFE.has(method) && csrf !== false) {
      const token = typeof csrf === 'string' ? csrf : this.csrf;
      if (token) h['X-CSRF-Token'] = token;
    }
    let body;
    if (json !== undefined) body = JSON.stringify(json);
    else if (raw !== undefined) body = raw;
    if (body !== undefined && !Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) {
      h['Content-Type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const m = c.match(/^zx_session=([^;]*)/);
      if (m) this.cookie = m[1] ? `zx_session=${m[1]}` : null;
    }
    const text = await res.text();
    let parsed = null;
    if ((res.headers.get('content-type') || '').includes('application/json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get(path, opts) { return this.request('GET', path, opts); }
  post(path, json, opts = {}) { return this.request('POST', path, { ...opts, json }); }
  patch(path, json, opts = {}) { return this.request('PATCH', path, { ...opts, json }); }
  delete(path, opts) { return this.request('DELETE', path, opts); }

  /** Logs in; returns the raw response (does not assert). */
  async tryLogin(committee, username, password = DEMO_PASSWORD) {
    const r = await this.post('/api/v1/auth/login', { committee_code: committee, username, password });
    if (r.status === 200) {
      this.csrf = r.body.csrf_token;
      this.me = r.body;
    }
    return r;
  }

  /** Logs in and asserts success. */
  async login(committee, username, password = DEMO_PASSWORD) {
    const r = await this.tryLogin(committee, username, password);
    assert.equal(r.status, 200, `login ${committee}/${username}: ${r.status} ${r.text}`);
    assert.ok(this.cookie, 'login sets the zx_session cookie');
    assert.ok(this.csrf, 'login returns csrf_token');
    return this;
  }
}

/** A logged-in client. */
export async function loginAs(srv, committee, username, password) {
  return new Client(srv.url).login(committee, username, password);
}

/** Asserts the error envelope {"error":{"code","message","details"?}} with the given status and code. */
export function assertError(res, status, code) {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text}`);
  assert.match(res.headers.get('content-type') || '', /application\/json/);
  assert.ok(res.body && typeof res.body.error === 'object', `error envelope: ${res.text}`);
  assert.equal(res.body.error.code, code, `error code: ${res.text}`);
  assert.equal(typeof res.body.error.message, 'string');
  assert.ok(res.body.error.message.length > 0, 'error message is not empty');
  return res.body.error;
}

/** Asserts a 2xx status with a helpful message. */
export function assertOk(res, status = 200) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text}`);
  return res.body;
}
