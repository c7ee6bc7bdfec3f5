'use strict';
// The stdin/stdout side of a JS peer driven by a C++ test (tests/interop/jspeer.h): one JSON
// command per stdin line, answered in arrival order with {"id":N,"ok":true,…} or
// {"id":N,"ok":false,"error":…}; {"event":"ready"} once listening. A closed stdin (the test
// ended or died) shuts the client down, so a peer never outlives its test.

const readline = require('node:readline');
const { SyncClient } = require('twilio-sync');
const { withTimeout, waitConnected } = require('./harness');

const out = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

// The "connect" command: an official client on the emulator's URLs; the token is never printed.
async function connectClient(m, timeoutMs) {
    const client = new SyncClient(m.token, { twilsock: { uri: m.twilsock }, cdsUri: m.cds, logLevel: 'silent' });
    client.on('connectionError', (e) => { client.lastConnectionError = e; });
    await waitConnected(client, timeoutMs);
    return client;
}

const shutdown = (client, ms) => (client ? withTimeout(client.shutdown(), ms, 'shutdown').catch(() => {}) : null);

// handle(m) answers one command (a promise of extra fields); currentClient() is the client to
// shut down at the end. "shutdown" is answered here: the client shuts down, then the process ends.
function serveLines(handle, currentClient) {
    const run = (m) => (m.cmd === 'shutdown' ? Promise.resolve(shutdown(currentClient(), 5000)).then(() => ({})) : handle(m));
    let chain = Promise.resolve();
    const rl = readline.createInterface({ input: process.stdin });
    rl.on('line', (line) => {
        if (!line.trim()) return;
        let m;
        try { m = JSON.parse(line); } catch { out({ ok: false, error: 'bad JSON on stdin' }); return; }
        chain = chain.then(() => run(m)).then(
            (r) => { out({ id: m.id, ok: true, ...r }); if (m.cmd === 'shutdown') process.exit(0); },
            (e) => out({ id: m.id, ok: false, error: String(e && e.message ? e.message : e) }));
    });
    rl.on('close', () => {
        chain.then(() => shutdown(currentClient(), 3000)).finally(() => process.exit(0));
    });
    out({ event: 'ready' });
}

module.exports = { out, connectClient, shutdown, serveLines };
