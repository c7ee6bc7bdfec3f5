'use strict';
// The action round trip with the official twilio-sync client (4.0.1) in both roles, the JS
// half of sp-bench-actionrtt (which starts the emulator and passes the settings on stdin):
//   proctor appends extension.getDisplayCount {respondTo:"proctor"} to extensionActions
//   -> extension claims it (mutate removing the head of extensionActions) and appends
//      {action:"getDisplayCount", executor:"proctor", displayCount:n} to proctorActions
//   -> proctor claims that (mutate removal) = one round trip, measured from before the append
//      to after the claim write succeeded, as the C++ side measures it.
// stdin: one JSON line {twilsock, cds, proctorToken, extensionToken, doc, n, warmup}
// stdout: {"name":"action_rtt","client":"js","n":…,"p50_ms":…,"p99_ms":…,"max_ms":…}
// Tokens arrive on stdin only and are never printed. Every wait is bounded.

const path = require('node:path');
const crypto = require('node:crypto');
const readline = require('node:readline');
const { performance } = require('node:perf_hooks');

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0'; // the bare client, no frame recording
const { withTimeout, waitConnected } = require(path.join(confDir, 'lib/harness'));
const { SyncClient } = require(require.resolve('twilio-sync', { paths: [confDir] }));

const TRIP_TIMEOUT_MS = 15000;

function percentile(sorted, p) {
    const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return Number(sorted[idx].toFixed(3));
}

function makeAction(executor, action, identity, extra) {
    return {
        ...extra, action, executor, id: crypto.randomUUID(), createdBy: identity,
        createdAt: new Date().toISOString(),
    };
}

// Claims every action at the head of `arrayName` with a conditional write (the mutator may run
// again after a 412; the last run's claim is the one that was written), then hands them over
// in FIFO order. One claim at a time; re-checks after each, as updates may arrive meanwhile.
function consumer(doc, arrayName, onAction) {
    let busy = false;
    const pump = async () => {
        if (busy) return;
        busy = true;
        try {
            for (;;) {
                let claimed = [];
                await doc.mutate((remote) => {
                    const arr = Array.isArray(remote[arrayName]) ? remote[arrayName] : [];
                    claimed = arr;
                    if (arr.length === 0) return null;
                    return { ...remote, [arrayName]: [] };
                });
                if (claimed.length === 0) break;
                for (const a of claimed) onAction(a);
            }
        } finally {
            busy = false;
        }
    };
    doc.on('updated', () => { pump().catch(e => fail(e)); });
    return pump;
}

let failed = false;
function fail(e) {
    if (failed) return;
    failed = true;
    process.stderr.write(`actionrtt.js: ${e && e.message ? e.message : e}\n`);
    process.exit(1);
}

async function connect(cfg, token) {
    const c = new SyncClient(token, { twilsock: { uri: cfg.twilsock }, cdsUri: cfg.cds, logLevel: 'silent' });
    c.on('connectionError', (e) => { c.lastConnectionError = e; });
    await waitConnected(c, 15000);
    return c;
}

async function run(cfg) {
    const proctor = await connect(cfg, cfg.proctorToken);
    const extension = await connect(cfg, cfg.extensionToken);
    const pdoc = await withTimeout(proctor.document(cfg.doc), 15000, 'proctor open');
    const edoc = await withTimeout(extension.document(cfg.doc), 15000, 'extension open');

    let displayCount = 0;
    const epump = consumer(edoc, 'extensionActions', (a) => {
        if (a.action !== 'getDisplayCount' || !a.respondTo) return;
        const answer = makeAction(a.respondTo, 'getDisplayCount', 'bench-js-extension',
            { displayCount: ++displayCount });
        const arrayName = `${a.respondTo}Actions`;
        edoc.mutate((remote) => {
            const arr = Array.isArray(remote[arrayName]) ? remote[arrayName] : [];
            return { ...remote, [arrayName]: [...arr, answer] };
        }).catch(fail);
    });
    let answered = null;
    const ppump = consumer(pdoc, 'proctorActions', (a) => {
        if (a.action === 'getDisplayCount' && answered) { const r = answered; answered = null; r(); }
    });
    await Promise.all([epump(), ppump()]); // leftovers from nothing, but start clean

    const trip = async () => {
        const got = new Promise((resolve) => { answered = resolve; });
        const t0 = performance.now();
        const request = makeAction('extension', 'getDisplayCount', 'bench-js-proctor', { respondTo: 'proctor' });
        await pdoc.mutate((remote) => {
            const arr = Array.isArray(remote.extensionActions) ? remote.extensionActions : [];
            return { ...remote, extensionActions: [...arr, request] };
        });
        await withTimeout(got, TRIP_TIMEOUT_MS, 'the getDisplayCount answer');
        return performance.now() - t0;
    };
    for (let i = 0; i < cfg.warmup; i++) await trip();
    const samples = [];
    for (let i = 0; i < cfg.n; i++) samples.push(await trip());
    samples.sort((a, b) => a - b);
    process.stdout.write(`${JSON.stringify({
        name: 'action_rtt', client: 'js', n: samples.length,
        p50_ms: percentile(samples, 50), p99_ms: percentile(samples, 99),
        max_ms: Number(samples[samples.length - 1].toFixed(3)),
    })}\n`);
    await Promise.all([proctor, extension].map(c => withTimeout(c.shutdown(), 4000, 'shutdown').catch(() => {})));
}

const rl = readline.createInterface({ input: process.stdin });
rl.once('line', (line) => {
    rl.close();
    let cfg;
    try { cfg = JSON.parse(line); } catch { fail(new Error('bad settings line on stdin')); return; }
    run(cfg).then(() => process.exit(0), fail);
});
