'use strict';
// Emulator benchmark with the official twilio-sync client on both ends (not a test).
// Prints one JSON object per line:
//   {"name":"emulator_write_rate","client":"js","storage":…,"writes":N,"seconds":…,"writes_per_s":…}
//   {"name":"fanout_latency","client":"js","storage":…,"subscribers":S,"n":N,"p50_ms":…,"p99_ms":…,"max_ms":…}
//   {"name":"emulator_write_rtt","client":"js-wire",…}: write frame out to reply in (ms resolution)
// Usage: node bench.js --emulator PATH [--writes N] [--seconds S] [--samples N]
// Bounded: every phase stops at its count or its time budget, whichever comes first.

const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const crypto = require('node:crypto');
const { performance } = require('node:perf_hooks');

const confDir = path.resolve(__dirname, '../../conformance');
process.env.SP_FRAME_TAP = '0'; // measure the bare client, no frame recording
const { Emulator, withTimeout, waitEvent, frames } = require(path.join(confDir, 'lib/harness'));
const { SyncClient } = require(require.resolve('twilio-sync', { paths: [confDir] }));

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const MAX_WRITES = Number(opt('--writes', 2000));
const WRITE_SECONDS = Number(opt('--seconds', 8));
const SAMPLES = Number(opt('--samples', 300));

function percentile(sorted, p) {
    if (sorted.length === 0) return null;
    const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
    return Number(sorted[Math.max(0, idx)].toFixed(3));
}

async function withEmulator(storage, fn) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-bench-'));
    const secretFile = path.join(dir, 'secret');
    fs.writeFileSync(secretFile, crypto.randomBytes(24).toString('hex'), { mode: 0o600 });
    const args = storage === 'memory' ? ['--memory'] : ['--data', path.join(dir, 'data')];
    args.push('--acl', 'open', '--rate-limits', 'off', '--secret-file', secretFile);
    const emu = new Emulator(args, dir);
    const clients = [];
    const client = async (identity) => {
        const token = await emu.mintToken(identity);
        const c = new SyncClient(token, { twilsock: { uri: emu.twilsock }, cdsUri: emu.cds, logLevel: 'silent' });
        clients.push(c);
        if (c.connectionState !== 'connected') {
            await waitEvent(c, 'connectionStateChanged', { filter: s => s === 'connected', timeout: 10000 });
        }
        return c;
    };
    try {
        await emu.start();
        return await fn(emu, client);
    } finally {
        await Promise.all(clients.map(c => withTimeout(c.shutdown(), 4000, 'shutdown').catch(() => {})));
        await emu.kill('SIGTERM');
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

async function writeRate(storage) {
    return withEmulator(storage, async (emu, client) => {
        const a = await client('bench-writer');
        const doc = await withTimeout(a.document(`bench_rate_${Date.now()}`), 10000, 'open');
        for (let i = 0; i < 20; i++) await doc.set({ warmup: i }); // JIT, sockets, SQLite page cache
        const end = performance.now() + WRITE_SECONDS * 1000;
        const t0 = performance.now();
        let n = 0;
        while (n < MAX_WRITES && performance.now() < end) {
            await withTimeout(doc.set({ n, pad: 'x'.repeat(64) }), 10000, `write ${n}`);
            n++;
        }
        const secs = (performance.now() - t0) / 1000;
        return { name: 'emulator_write_rate', client: 'js', storage, writes: n, seconds: Number(secs.toFixed(3)),
            writes_per_s: Number((n / secs).toFixed(1)) };
    });
}

async function fanout(storage, subscribers) {
    return withEmulator(storage, async (emu, client) => {
        const name = `bench_fanout_${Date.now()}`;
        const w = await client('bench-writer');
        const wd = await withTimeout(w.document({ id: name, data: { i: -1 } }), 10000, 'writer open');
        const subs = [];
        for (let s = 0; s < subscribers; s++) {
            const c = await client(`bench-sub-${s}`);
            subs.push(await withTimeout(c.document(name), 10000, 'subscriber open'));
        }
        const lat = [];
        const budget = performance.now() + 20000;
        for (let i = 0; i < SAMPLES + 10 && performance.now() < budget; i++) {
            const arrivals = subs.map(d => waitEvent(d, 'updated', { filter: e => !e.isLocal && e.data.i === i, timeout: 10000 })
                .then(() => performance.now()));
            const t0 = performance.now();
            await wd.set({ i });
            const times = await Promise.all(arrivals);
            if (i >= 10) for (const t of times) lat.push(t - t0); // first 10 are warm-up
        }
        lat.sort((x, y) => x - y);
        return { name: 'fanout_latency', client: 'js', storage, subscribers, n: lat.length,
            p50_ms: percentile(lat, 50), p99_ms: percentile(lat, 99), max_ms: percentile(lat, 100) };
    });
}

// Time between a write frame leaving the client and its reply arriving (the emulator's share,
// plus loopback), from recorded frames; the gap to the client-side figures is the JS client.
async function wireRtt(storage) {
    frames.install();
    return withEmulator(storage, async (emu, client) => {
        const a = await client('bench-rtt');
        const doc = await withTimeout(a.document(`bench_rtt_${Date.now()}`), 10000, 'open');
        const from = frames.mark();
        const sent = new Map();
        const rtt = [];
        const budget = performance.now() + 8000;
        for (let i = 0; i < SAMPLES && performance.now() < budget; i++) await doc.set({ i });
        for (const f of frames.since(from)) {
            if (f.dir === 'C>S' && f.header.method === 'message') sent.set(f.header.id, f.t);
            else if (f.dir === 'S>C' && f.header.method === 'reply' && sent.has(f.header.id)) rtt.push(f.t - sent.get(f.header.id));
        }
        rtt.sort((x, y) => x - y);
        return { name: 'emulator_write_rtt', client: 'js-wire', storage, n: rtt.length,
            p50_ms: percentile(rtt, 50), p99_ms: percentile(rtt, 99) };
    });
}

(async () => {
    const runs = [
        () => writeRate('memory'),
        () => writeRate('sqlite'),
        () => fanout('memory', 1),
        () => fanout('sqlite', 1),
        () => fanout('memory', 10),
        () => wireRtt('sqlite'), // last: it turns frame recording on
    ];
    let failed = false;
    for (const run of runs) {
        try {
            console.log(JSON.stringify(await run()));
        } catch (e) {
            failed = true;
            console.error(`bench: ${e.message}`);
        }
    }
    process.exit(failed ? 1 : 0);
})();
