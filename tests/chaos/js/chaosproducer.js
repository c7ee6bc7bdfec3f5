'use strict';
// The official twilio-sync client (4.0.1, from tests/conformance) as a paced producer for the
// chaos test, driven over stdin/stdout JSON lines like tests/interop/js/peer.js (JsPeer):
//   in:  {"id":N,"cmd":"connect","token":…,"twilsock":…,"cds":…}
//        {"id":N,"cmd":"produce","doc":NAME,"count":C,"writer":W,"identity":I,"intervalMs":MS}
//   out: {"event":"ready"}, then {"id":N,"ok":true,…} | {"id":N,"ok":false,"error":…}
// produce appends one action per conditional write (doc.mutate), one at a time, until C were
// acknowledged, and answers {acked:[{n,id}], failed:[{n,error}], uncertain:[id]}: an action
// whose write was in flight while the connection dropped is "uncertain", because the client
// re-sends such a write after reconnecting. The mutator skips an id already in the array.
// Tokens arrive on stdin only and are never printed.

const path = require('node:path');
const crypto = require('node:crypto');

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0';
const { withTimeout } = require(path.join(confDir, 'lib/harness'));
const { connectClient, serveLines } = require(path.join(confDir, 'lib/linepeer'));

let client = null;
let pendingId = null; // the action whose write is in flight
const uncertain = new Set();
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function produce(m) {
    const doc = await withTimeout(client.document(m.doc), 30000, `open ${m.doc}`);
    const acked = [];
    const failed = [];
    let n = 0;
    while (acked.length < m.count) {
        const action = {
            action: 'lockBrowser', executor: 'extension', writer: m.writer, n: n++,
            id: crypto.randomUUID(), createdBy: m.identity, createdAt: new Date().toISOString(),
        };
        pendingId = action.id;
        try {
            await withTimeout(doc.mutate((remote) => {
                const arr = Array.isArray(remote.extensionActions) ? remote.extensionActions : [];
                if (arr.some((a) => a && a.id === action.id)) return null; // already in: no write
                return { ...remote, extensionActions: [...arr, action] };
            }), 120000, `append ${action.n}`);
            acked.push({ n: action.n, id: action.id });
        } catch (e) {
            failed.push({ n: action.n, error: String(e && e.message ? e.message : e) });
            await pause(200);
        }
        pendingId = null;
        await pause(m.intervalMs || 0);
    }
    return { acked, failed, uncertain: [...uncertain] };
}

async function handle(m) {
    switch (m.cmd) {
    case 'connect':
        client = await connectClient(m, 20000);
        client.on('connectionStateChanged', (state) => {
            if (state !== 'connected' && pendingId) uncertain.add(pendingId);
        });
        return {};
    case 'produce':
        return produce(m);
    default:
        throw new Error(`unknown command ${m.cmd}`);
    }
}

serveLines(handle, () => client);
