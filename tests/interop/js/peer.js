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

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0';
const { withTimeout } = require(path.join(confDir, 'lib/harness'));
const { out, connectClient, serveLines } = require(path.join(confDir, 'lib/linepeer'));

const WAIT_MS = 20000;
let client = null;
const docs = new Map();


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
        client = await connectClient(m, WAIT_MS);
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
    default:
        throw new Error(`unknown command ${m.cmd}`);
    }
}

serveLines(handle, () => client);
