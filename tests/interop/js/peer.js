'use strict';
// The official twilio-sync client (4.0.1, installed in tests/conformance) driven by a C++
// interop test over stdin/stdout, one JSON object per line.
//   in:  {"id":N,"cmd":"connect","token":…,"twilsock":…,"cds":…}
//        {"id":N,"cmd":"open","doc":NAME}             opens and reports updates
//        {"id":N,"cmd":"set","doc":NAME,"data":{…}}
//        {"id":N,"cmd":"get","doc":NAME}
//        {"id":N,"cmd":"append","doc":NAME,"array":"extensionActions","count":C,
//         "identity":ID,"action":"lockBrowser","executor":"extension","writer":"js",
//         "seqBase":0}
//        {"id":N,"cmd":"shutdown"}
//   out: {"id":N,"ok":true,…} | {"id":N,"ok":false,"error":…}
//        {"event":"ready"} once, {"event":"updated","doc":NAME,"data":{…}} per remote update
// Tokens arrive on stdin only and are never printed. Every await is bounded.

const path = require('node:path');
const crypto = require('node:crypto');
const readline = require('node:readline');

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0';
const { withTimeout, waitConnected } = require(path.join(confDir, 'lib/harness'));
const { SyncClient } = require(require.resolve('twilio-sync', { paths: [confDir] }));

const WAIT_MS = 20000;
let client = null;
const docs = new Map();

const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

async function openDoc(name) {
    if (docs.has(name)) return docs.get(name);
    const doc = await withTimeout(client.document(name), WAIT_MS, `open ${name}`);
    doc.on('updated', (e) => out({ event: 'updated', doc: name, data: e.data, local: e.isLocal }));
    docs.set(name, doc);
    return doc;
}

// Actions shaped like the C++ client's (ActionCatalog::buildAction), one conditional write each.
async function append(m) {
    const doc = await openDoc(m.doc);
    const arrayName = m.array || 'extensionActions';
    const ids = [];
    const writes = [];
    for (let i = 0; i < m.count; i++) {
        const action = {
            action: m.action || 'lockBrowser', executor: m.executor || 'extension',
            writer: m.writer || 'js', seq: (m.seqBase || 0) + i, id: crypto.randomUUID(),
            createdBy: m.identity, createdAt: new Date().toISOString(),
        };
        ids.push(action.id);
        // mutate calls are queued by the client in call order, like ours.
        writes.push(doc.mutate((remote) => {
            const arr = Array.isArray(remote[arrayName]) ? remote[arrayName] : [];
            return { ...remote, [arrayName]: [...arr, action] };
        }));
    }
    await withTimeout(Promise.all(writes), 120000, `${m.count} appends`);
    return { ids };
}

async function handle(m) {
    switch (m.cmd) {
    case 'connect':
        client = new SyncClient(m.token, { twilsock: { uri: m.twilsock }, cdsUri: m.cds, logLevel: 'silent' });
        client.on('connectionError', (e) => { client.lastConnectionError = e; });
        await waitConnected(client, WAIT_MS);
        return {};
    case 'open':
        return { data: (await openDoc(m.doc)).data };
    case 'set': {
        const doc = await openDoc(m.doc);
        return { data: await withTimeout(doc.set(m.data), WAIT_MS, `set ${m.doc}`) };
    }
    case 'get':
        return { data: (await openDoc(m.doc)).data };
    case 'append':
        return append(m);
    case 'shutdown':
        if (client) await withTimeout(client.shutdown(), 5000, 'shutdown').catch(() => {});
        client = null;
        return {};
    default:
        throw new Error(`unknown command ${m.cmd}`);
    }
}

// Commands run one after another, in arrival order (the C++ side overlaps its own work with
// a running command, never two commands).
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
// The driving test died or closed our stdin: finish, shut down, never outlive it.
rl.on('close', () => {
    chain.then(() => (client ? withTimeout(client.shutdown(), 3000, 'shutdown').catch(() => {}) : null))
        .finally(() => process.exit(0));
});
out({ event: 'ready' });
