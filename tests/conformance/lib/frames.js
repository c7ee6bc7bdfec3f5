'use strict';
// Records the Twilsock frames the official client sends and receives (through the `ws`
// package that twilsock uses under Node), so scenarios can assert on the wire (a 412 seen,
// a client_update received) and failures can show the last frames. Tokens are redacted.

const WebSocket = require('ws');

const MAX = 20000;
const log = [];
let dropped = 0; // frames trimmed from the front; marks stay absolute

function decode(data) {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
    const m = /^TWILSOCK V3\.0 (\d+)\r\n/.exec(buf.subarray(0, 40).toString('latin1'));
    if (!m) return { header: null, payload: '' };
    const start = m[0].length;
    const size = Number(m[1]);
    let header = null;
    try { header = JSON.parse(buf.subarray(start, start + size).toString('utf8')); } catch { return { header: null, payload: '' }; }
    if (header && typeof header.token === 'string') header.token = '<redacted>';
    const ps = Number(header.payload_size || 0);
    // Kept short: scenarios look at event and error bodies, not at big documents.
    const payload = buf.subarray(start + size + 2, start + size + 2 + Math.min(ps, 4096)).toString('utf8');
    return { header, payload };
}

function record(dir, socket, data) {
    try {
        const { header, payload } = decode(data);
        if (!header) return;
        log.push({ t: Date.now(), dir, url: socket.url, header, payload });
        if (log.length > MAX) {
            const drop = log.length - MAX;
            log.splice(0, drop);
            dropped += drop;
        }
    } catch { /* recording must never break the client */ }
}

// Patches the prototype once; the benchmark opts out (SP_FRAME_TAP=0) to measure the bare client.
function install() {
    if (WebSocket.prototype.spFrameTap) return;
    WebSocket.prototype.spFrameTap = true;
    const origSend = WebSocket.prototype.send;
    WebSocket.prototype.send = function send(data, ...rest) {
        record('C>S', this, data);
        return origSend.call(this, data, ...rest);
    };
    const origEmit = WebSocket.prototype.emit;
    WebSocket.prototype.emit = function emit(event, ...args) {
        if (event === 'message' && args[1] !== false) record('S>C', this, args[0]);
        return origEmit.call(this, event, ...args);
    };
}
if (process.env.SP_FRAME_TAP !== '0') install();

function httpStatus(f) { return f.header.http_status ? f.header.http_status.code : undefined; }

// Marks are absolute frame numbers, so they stay valid when old frames are trimmed.
function since(from) { return log.slice(Math.max(0, from - dropped)); }
// Frames since mark `from` matching `pred`.
function find(pred, from = 0) { return since(from).filter(pred); }
function mark() { return dropped + log.length; }

// Pairs each upstream request with its reply: [{method, path, ifMatch, status, body}].
function requests(from = 0) {
    const out = [];
    const byId = new Map();
    for (const f of since(from)) {
        if (f.dir === 'C>S' && f.header.method === 'message') {
            const r = f.header.http_request || {};
            const hdr = r.headers || {};
            const e = { method: r.method, path: r.path, ifMatch: hdr['If-Match'], status: undefined, body: undefined, reqBody: f.payload };
            byId.set(f.header.id, e);
            out.push(e);
        } else if (f.dir === 'S>C' && f.header.method === 'reply' && byId.has(f.header.id)) {
            const e = byId.get(f.header.id);
            e.status = httpStatus(f);
            e.body = f.payload;
        }
    }
    return out;
}

function dump(n = 12) {
    return log.slice(-n).map((f) => {
        const h = { ...f.header };
        if (h.http_request) h.http_request = { method: h.http_request.method, path: h.http_request.path, ifMatch: (h.http_request.headers || {})['If-Match'] };
        return `${f.dir} ${JSON.stringify(h).slice(0, 400)}${f.payload ? ` | ${f.payload.slice(0, 200)}` : ''}`;
    }).join('\n');
}

module.exports = { find, mark, since, requests, dump, log, install };
