'use strict';
// Storage under --data: SIGKILL the emulator, restart it on the same port with the same data
// dir; the official client reconnects by itself and catches up on writes made while away.

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { Harness, withTimeout, waitEvent, waitUntil, uniqueDocName, explain, frames } = require('../lib/harness');

test('restart with --data: acknowledged writes survive SIGKILL and the client catches up', { timeout: 60000 }, async (t) => {
    const h = new Harness(t);
    const dataDir = path.join(h.dir, 'data');
    const emu = await h.emulator([], { storage: dataDir });
    await explain(h, async () => {
        // A waits ~4 s before its first reconnect, long enough for B's write to land first,
        // so what A receives is the replay on re-subscribe, not a live event.
        const a = await h.connectedClient(emu, 'alice', { retryPolicy: { min: 4000, max: 8000, randomness: 0 } });
        const name = uniqueDocName('restart');
        const da = await withTimeout(a.document({ id: name, data: { v: 1 } }), 10000, 'open');
        await withTimeout(da.set({ v: 2, acked: true }), 10000, 'acknowledged write');
        const sidBefore = da.sid;
        const revBefore = da.revision;

        const left = waitEvent(a, 'connectionStateChanged', { filter: s => s !== 'connected', what: 'alice to notice the crash' });
        await emu.kill('SIGKILL');
        await left;
        await emu.restart();

        const b = await h.connectedClient(emu, 'bob');
        const db = await withTimeout(b.document({ id: name, mode: 'open_existing' }), 10000, 'bob opens after restart');
        assert.equal(db.sid, sidBefore, 'same document after restart');
        assert.deepEqual(db.data, { v: 2, acked: true }, 'the acknowledged write survived SIGKILL');
        assert.equal(db.revision, revBefore);
        assert.notEqual(a.connectionState, 'connected', 'alice is still away while bob writes');
        const from = frames.mark();
        const caughtUp = waitEvent(da, 'updated', { timeout: 15000, filter: e => !e.isLocal && e.data.v === 3, what: 'alice catching up' });
        await withTimeout(db.set({ v: 3, by: 'bob' }), 10000, 'bob writes while alice is away');

        await waitUntil(() => a.connectionState === 'connected', 'alice reconnects by herself', 20000);
        const e = await caughtUp;
        assert.deepEqual(e.data, { v: 3, by: 'bob' });
        assert.deepEqual(da.data, { v: 3, by: 'bob' });

        // The catch-up came as a replay: tagged with the re-subscribe's correlation id,
        // before subscription_established.
        const replay = frames.find(f => f.dir === 'S>C' && f.header.method === 'notification'
            && f.header.message_type === 'twilio.sync.event' && f.payload.includes('"document_updated"')
            && f.payload.includes(da.sid), from);
        assert.ok(replay.length >= 1, 'the write made while away is replayed on re-subscribe');
        const ev = JSON.parse(replay[0].payload);
        assert.ok(ev.correlation_id !== undefined, 'a replayed event carries the correlation id');

        // Writing keeps working afterwards, both ways.
        const seen = waitEvent(db, 'updated', { filter: x => !x.isLocal, what: 'bob sees alice after restart' });
        await withTimeout(da.update({ v: 4 }), 10000, 'alice writes after reconnecting');
        assert.equal((await seen).data.v, 4);
    });
});

test('restart with --data and no --secret-file: old tokens still accepted, a write queued while away lands', { timeout: 60000 }, async (t) => {
    const h = new Harness(t);
    const dataDir = path.join(h.dir, 'data');
    const emu = await h.emulator([], { storage: dataDir, secretFile: false });
    await explain(h, async () => {
        const token = await emu.mintToken('alice'); // mint-token --data DIR
        const a = h.client(emu, token, { retryPolicy: { min: 4000, max: 8000, randomness: 0 } });
        await waitUntil(() => a.connectionState === 'connected', 'alice connects', 10000);
        const name = uniqueDocName('secret');
        const da = await withTimeout(a.document({ id: name, data: { kept: 1 } }), 10000, 'open');
        const from = frames.mark();
        await emu.restart();
        const b = h.client(emu, await emu.mintToken('bob'));
        const db = await withTimeout(b.document({ id: name, mode: 'open_existing' }), 10000, 'bob open');
        assert.deepEqual(db.data, { kept: 1 });
        assert.notEqual(a.connectionState, 'connected', 'alice is still away');
        await withTimeout(db.set({ kept: 2 }), 10000, 'bob writes while alice is away');
        // A conditional write issued while away waits in the client's queue, meets a stale
        // revision after the reconnect (412), re-reads and lands on top of bob's write.
        const queued = withTimeout(da.update({ fromAlice: true }), 25000, "alice's write queued while away");
        await waitUntil(() => a.connectionState === 'connected' && frames.find(f => f.dir === 'C>S'
            && f.header.method === 'init', from).length >= 1, 'alice reconnects with the same token', 20000);
        await queued;
        assert.deepEqual(da.data, { kept: 2, fromAlice: true });
        await waitUntil(() => db.data.fromAlice === true, 'bob sees the queued write');
    });
});

test('a dropped socket (--fault drop-after=6): in-flight write fails unapplied, client reconnects with its continuation token and catches up', { timeout: 40000 }, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator(['--fault', 'drop-after=6']);
    await explain(h, async () => {
        const from = frames.mark();
        const a = await h.connectedClient(emu, 'alice');
        const b = await h.connectedClient(emu, 'bob');
        const name = uniqueDocName('drop');
        const da = await withTimeout(a.document({ id: name, data: { n: 0 } }), 10000, 'alice open'); // GET, POST, subscribe
        const db = await withTimeout(b.document(name), 10000, 'bob open'); // GET, subscribe
        const bobSaw = [];
        db.on('updated', e => bobSaw.push(e.data.n));
        const firstInit = frames.find(f => f.dir === 'S>C' && f.header.method === 'reply' && f.header.continuation_token, from)[0];
        assert.ok(firstInit, 'the init reply carries a continuation token');
        // Alice's connection drops at its 6th upstream message: write until one fails.
        let failedAt = null;
        for (let n = 1; n <= 6 && failedAt === null; n++) {
            failedAt = await withTimeout(da.set({ n }).then(() => null, () => n), 15000, `write ${n}`);
        }
        assert.ok(failedAt !== null, 'the write in flight when the socket dropped is reported failed');
        await withTimeout(db.set({ n: 100 }), 10000, 'bob writes while alice reconnects');
        await waitUntil(() => a.connectionState === 'connected' && da.data.n === 100, 'alice reconnects and catches up', 15000);
        const inits = frames.find(f => f.dir === 'C>S' && f.header.method === 'init', from);
        const last = inits[inits.length - 1];
        assert.ok(inits.length >= 3, 'alice sent a second init');
        assert.equal(typeof last.header.continuation_token, 'string', 'the reconnect presents the continuation token');
        assert.ok(!bobSaw.includes(failedAt), `the dropped write (n=${failedAt}) was never applied`);
        const c = await h.connectedClient(emu, 'carol');
        const dc = await withTimeout(c.document({ id: name, mode: 'open_existing' }), 10000, 'carol open');
        assert.deepEqual(dc.data, { n: 100 });
    });
});

test('a document deleted while a subscriber was away: `removed` after its reconnect', { timeout: 40000 }, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator([], { storage: path.join(h.dir, 'data') });
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice', { retryPolicy: { min: 4000, max: 8000, randomness: 0 } });
        const name = uniqueDocName('gone');
        const start = frames.mark();
        const da = await withTimeout(a.document({ id: name, data: { here: true } }), 10000, 'open');
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.payload.includes('"subscription_established"')
            && f.payload.includes(da.sid), start).length >= 1, 'alice subscribed');
        const removed = waitEvent(da, 'removed', { timeout: 20000, what: "alice's 'removed' after reconnecting" });
        await emu.restart();
        const b = await h.connectedClient(emu, 'bob');
        const db = await withTimeout(b.document({ id: name, mode: 'open_existing' }), 10000, 'bob open');
        assert.notEqual(a.connectionState, 'connected', 'alice is still away');
        await withTimeout(db.removeDocument(), 10000, 'bob deletes');
        const e = await removed;
        assert.equal(e.isLocal, false);
        assert.deepEqual(e.previousData, { here: true });
    });
});
