'use strict';
// Regenerates the "real" Twilsock seeds: the official twilio-sync client talks to our emulator
// and every WebSocket message both ways is saved as one raw frame file (token fields replaced,
// the frame re-encoded so it stays valid). Run from tests/conformance (for node_modules):
//   SP_EMULATOR=build/debug/emulator/sp-sync-emulator node ../fuzz/corpus/make-seeds.js OUTDIR
// then pick a few frames into corpus/fuzz_twilsockframe and chain the client's `message` frames
// into corpus/fuzz_cdsrouting (see README.md there).

const fs = require('node:fs');
const path = require('node:path');
const WebSocket = require(require.resolve('ws', { paths: [process.cwd()] }));
const { Harness, withTimeout } = require(path.join(process.cwd(), 'lib/harness'));

const out = process.argv[2];
fs.mkdirSync(out, { recursive: true });
let n = 0;

function redacted(buf) {
    const m = /^TWILSOCK V3\.0 (\d+)\r\n/.exec(buf.subarray(0, 40).toString('latin1'));
    if (!m) return buf;
    const start = m[0].length;
    const size = Number(m[1]);
    const header = JSON.parse(buf.subarray(start, start + size).toString('utf8'));
    if (typeof header.token !== 'string') return buf;
    header.token = 'REDACTED';
    const h = Buffer.from(JSON.stringify(header), 'utf8');
    return Buffer.concat([Buffer.from(`TWILSOCK V3.0 ${h.length}\r\n`, 'latin1'), h, buf.subarray(start + size)]);
}

function save(dir, data) {
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
    let method = 'x';
    try { method = /"method":"(\w+)"/.exec(buf.toString('utf8'))[1]; } catch { /* keep x */ }
    fs.writeFileSync(path.join(out, `${String(++n).padStart(3, '0')}-${dir}-${method}.bin`), redacted(buf));
}

const origSend = WebSocket.prototype.send;
WebSocket.prototype.send = function send(data, ...rest) { save('cs', data); return origSend.call(this, data, ...rest); };
const origEmit = WebSocket.prototype.emit;
WebSocket.prototype.emit = function emit(event, ...args) {
    if (event === 'message' && args[1] !== false) save('sc', args[0]);
    return origEmit.call(this, event, ...args);
};

(async () => {
    const cleanups = [];
    const h = new Harness({ after: fn => cleanups.push(fn) });
    try {
        const emu = await h.emulator();
        const a = await h.connectedClient(emu, 'ESseedPUproctor');
        const doc = await withTimeout(a.document({ id: 'Session_ESseed', data: { extensionActions: [] } }), 10000, 'open');
        await withTimeout(doc.set({ extensionActions: [{ action: 'stopSession', executor: 'extension', redirectURL: 'https://example.com/done' }] }), 10000, 'set');
        await withTimeout(doc.mutate(d => ({ ...d, proctorActions: [{ action: 'getDisplayCount', displayCount: 2 }] })), 10000, 'mutate');
        await withTimeout(doc.update({ note: 'héllo ✓' }), 10000, 'update');
        const other = await withTimeout(a.document('Session_ESmissing').catch(e => e), 10000, 'missing');
        void other;
        await withTimeout(doc.removeDocument(), 10000, 'remove');
    } finally {
        for (const fn of cleanups) await fn();
    }
    console.log(`saved ${n} frames to ${out}`);
})().catch(e => { console.error(e.message); process.exit(1); });
