'use strict';
// Limits and robustness as the official client sees them: write rate (429/54009), unique-name
// rules (54302), TTL expiry, injected 412s, pings, and junk from another socket.

const test = require('node:test');
const assert = require('node:assert/strict');
const WebSocket = require('ws');
const { Harness, withTimeout, waitEvent, waitUntil, uniqueDocName, explain, frames, delay } = require('../lib/harness');

const T = { timeout: 40000 };
function sizeMismatch() {
    const header = '{"method":"init","id":"TMjunk","payload_size":99}';
    return Buffer.from(`TWILSOCK V3.0 ${Buffer.byteLength(header)}\r\n${header}\r\n{}`);
}

const open = (client, arg, what) => withTimeout(client.document(arg), 10000, what || 'document()');

test('write rate: a burst past the limit gets 429/54009, unapplied; writes resume after a pause', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator([], { rateLimits: true });
    await explain(h, async () => {
        // Three writers on one document, so the burst outruns the refill even on a slow machine.
        const writers = await Promise.all(['w0', 'w1', 'w2'].map(id => h.connectedClient(emu, id)));
        const name = uniqueDocName('rate');
        const docs = [];
        for (const w of writers) docs.push(await open(w, { id: name, data: { v: 'init' } }));
        const watcher = await h.connectedClient(emu, 'watcher');
        const dw = await open(watcher, name);
        const watched = new Set();
        dw.on('updated', e => watched.add(e.data.v));

        const accepted = new Set();
        const refusals = [];
        let stop = false;
        const loop = async (d, k) => {
            for (let i = 0; i < 400 && !stop; i++) {
                const v = `${k}-${i}`;
                try {
                    await withTimeout(d.set({ v }), 10000, `write ${v}`);
                    accepted.add(v);
                } catch (e) { refusals.push({ v, e }); stop = true; }
            }
        };
        await withTimeout(Promise.all(docs.map((d, k) => loop(d, k))), 35000, 'the write burst');
        assert.ok(refusals.length >= 1, `a burst of ${accepted.size} writes must hit the per-object limit`);
        for (const { e } of refusals) {
            assert.equal(e.status, 429, e.message);
            assert.equal(e.code, 54009, e.message);
        }
        t.diagnostic(`first refusal after ${accepted.size} accepted writes`);
        assert.ok(accepted.size >= 20, 'at least a second of writes is accepted before throttling');

        const c = await h.connectedClient(emu, 'reader');
        const dc = await open(c, { id: name, mode: 'open_existing' });
        assert.ok(accepted.has(dc.data.v), `the stored value is an accepted write (${dc.data.v})`);
        for (const { v } of refusals) assert.ok(!watched.has(v), `refused write ${v} was never fanned out`);

        let resumed = false;
        for (const end = Date.now() + 5000; !resumed && Date.now() < end;) {
            await delay(150);
            resumed = await docs[0].set({ v: 'resumed' }).then(() => true, () => false);
        }
        assert.ok(resumed, 'writes are accepted again after a pause');
    });
});

test('unique names: SID-shaped or longer than 320 characters refused with 54302', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        await assert.rejects(open(a, 'ZZ' + '0123456789abcdef'.repeat(2)), e => e.code === 54302, 'SID-shaped name');
        await assert.rejects(open(a, 'n'.repeat(321)), e => e.code === 54302, '321 characters');
        const ok = await open(a, { id: 'n'.repeat(320), data: { ok: true } });
        assert.deepEqual(ok.data, { ok: true });
        // TTL outside 0..31536000 s: 54011.
        await assert.rejects(open(a, { id: uniqueDocName('ttlbad'), ttl: 31536001 }), e => e.code === 54011, 'ttl too large');
        await assert.rejects(withTimeout(ok.setTtl(31536001), 10000, 'setTtl(31536001)'), e => e.code === 54011, 'setTtl too large');
    });
});

test('TTL: a document created with a ttl expires and subscribers get `removed`', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const b = await h.connectedClient(emu, 'bob');
        const name = uniqueDocName('ttl');
        const da = await open(a, { id: name, ttl: 2, data: { short: 'lived' } });
        const expires = Date.parse(da.dateExpires);
        assert.ok(!Number.isNaN(expires), `date_expires is an ISO date: ${da.dateExpires}`);
        const left = expires - Date.now();
        assert.ok(left > 0 && left <= 3000, `expires in about 2 s (${left} ms)`);
        const db = await open(b, name);
        // setTtl moves the expiry; 0 removes it; then a short one again.
        await withTimeout(da.setTtl(3600), 10000, 'setTtl(3600)');
        const later = Date.parse(da.dateExpires) - Date.now();
        assert.ok(later > 3500 * 1000 && later <= 3600 * 1000, `setTtl(3600) -> expires in ${later} ms`);
        await withTimeout(da.setTtl(0), 10000, 'setTtl(0)');
        assert.ok(da.dateExpires === null || da.dateExpires === undefined, `ttl 0 -> no expiry (${da.dateExpires})`);
        await withTimeout(da.setTtl(2), 10000, 'setTtl(2)');
        await waitEvent(db, 'removed', { timeout: 10000, what: "'removed' at expiry" });
        await assert.rejects(open(b, { id: name, mode: 'open_existing' }), e => e.status === 404);
    });
});

test('injected 412s (--fault 412=0.5): concurrent mutates still converge', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator(['--fault', '412=0.5', '--seed', '7']);
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const b = await h.connectedClient(emu, 'bob');
        const name = uniqueDocName('fault412');
        const da = await open(a, { id: name, data: { items: [] } });
        const db = await open(b, name);
        const from = frames.mark();
        const ops = [];
        for (let i = 0; i < 15; i++) {
            ops.push(da.mutate(d => ({ items: [...d.items, `a${i}`] })));
            ops.push(db.mutate(d => ({ items: [...d.items, `b${i}`] })));
        }
        await withTimeout(Promise.all(ops), 30000, '30 mutates under injected 412s');
        assert.ok(frames.requests(from).filter(r => r.status === 412).length > 0, 'some 412s were injected');
        await waitUntil(() => da.data.items.length === 30 && db.data.items.length === 30, 'both see 30 items');
        assert.equal(new Set(da.data.items).size, 30);
        assert.deepEqual(da.data, db.data);
    });
});

test('pings (--ping-interval 1) are acked by the client, which stays connected', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator(['--ping-interval', '1']);
    await explain(h, async () => {
        const from = frames.mark();
        const a = await h.connectedClient(emu, 'alice');
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.header.method === 'ping', from).length >= 2,
            'two pings arrive', 6000);
        const pings = frames.find(f => f.dir === 'S>C' && f.header.method === 'ping', from);
        for (const p of pings) {
            await waitUntil(() => frames.find(f => f.dir === 'C>S' && f.header.method === 'reply' && f.header.id === p.header.id, from).length === 1,
                `the client acks ping ${p.header.id}`, 3000);
        }
        assert.equal(a.connectionState, 'connected');
        const d = await open(a, uniqueDocName('ping'));
        await withTimeout(d.set({ alive: true }), 10000, 'write after pings');
    });
});

test('junk from another socket closes only that socket; official clients are untouched', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const b = await h.connectedClient(emu, 'bob');
        const name = uniqueDocName('junk');
        const da = await open(a, { id: name, data: { n: 0 } });
        const db = await open(b, name);

        const junk = [
            'TWILSOCK V3.0 10\r\n{"method":"init"}', // a text frame
            Buffer.from('HELLO V3.0 2\r\n{}\r\n'), // wrong preamble
            Buffer.from('TWILSOCK V3.0 999\r\n{"method":"init","id":"x"}\r\n'), // header length past the end
            Buffer.from('TWILSOCK V3.0 5\r\nnope!\r\n'), // non-JSON header
            sizeMismatch(), // payload_size says 99, 2 bytes follow
            Buffer.alloc(1024 * 1024, 0x41), // 1 MiB of junk
        ];
        for (const payload of junk) {
            const ws = new WebSocket(emu.twilsock);
            await withTimeout(new Promise((res, rej) => { ws.once('open', res); ws.once('error', rej); }), 5000, 'raw socket open');
            const closed = withTimeout(new Promise(res => ws.once('close', res)), 5000,
                `the emulator to close a socket that sent ${String(payload).slice(0, 30)}…`);
            ws.send(payload);
            await closed;
        }
        assert.ok(emu.running, 'the emulator is still running');
        assert.equal(a.connectionState, 'connected');
        assert.equal(b.connectionState, 'connected');
        const got = waitEvent(db, 'updated', { filter: e => !e.isLocal });
        await withTimeout(da.set({ n: 1 }), 10000, 'write after the junk');
        assert.deepEqual((await got).data, { n: 1 });
    });
});
