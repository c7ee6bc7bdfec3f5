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
const readline = require('node:readline');

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0';
const { withTimeout, waitConnected } = require(path.join(confDir, 'lib/harness'));
const { SyncClient } = require(require.resolve('twilio-sync', { paths: [confDir] }));

let client = null;
let pendingId = null; // the action whose write is in flight
const uncertain = new Set();
const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);
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
        client = new SyncClient(m.token, { twilsock: { uri: m.twilsock }, cdsUri: m.cds, logLevel: 'silent' });
        client.on('connectionError', (e) => { client.lastConnectionError = e; });
        client.on('connectionStateChanged', (state) => {
            if (state !== 'connected' && pendingId) uncertain.add(pendingId);
        });
        await waitConnected(client, 20000);
        return {};
    case 'produce':
        return produce(m);
    case 'shutdown':
        if (client) await withTimeout(client.shutdown(), 5000, 'shutdown').catch(() => {});
        client = null;
        return {};
    default:
        throw new Error(`unknown command ${m.cmd}`);
    }
}

let chain = Promise.resolve();
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
    if (!line.trim()) return;
    let m;
    try { m = JSON.parse(line); } catch { out({ ok: false, error: 'bad JSON on stdin' }); return; }
    chain = chain.then(() => handle(m)).then(
        (r) => { out({ id: m.id, ok: true, ...r }); if (m.cmd === 'shutdown') process.exit(0); },
        (e) => out({ id: m.id, ok: false, error: String(e && e.message ? e.message : e) }));
});
// The driving test died or closed our stdin: never outlive it.
rl.on('close', () => {
    chain.then(() => (client ? withTimeout(client.shutdown(), 3000, 'shutdown').catch(() => {}) : null))
        .finally(() => process.exit(0));
});
out({ event: 'ready' });
