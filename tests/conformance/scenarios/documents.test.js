'use strict';
// Documents with two official clients: open race, live updates, concurrent mutate,
// 412 retry, the 16 KiB limit, delete and `removed`.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Harness, withTimeout, waitEvent, waitUntil, uniqueDocName, explain, frames } = require('../lib/harness');

const T = { timeout: 40000 };

async function twoClients(t) {
    const h = new Harness(t);
    const emu = await h.emulator();
    const [a, b] = await explain(h, () => Promise.all([h.connectedClient(emu, 'alice'), h.connectedClient(emu, 'bob')]));
    return { h, emu, a, b };
}

const open = (client, arg, what) => withTimeout(client.document(arg), 10000, what || 'document()');

test('two clients opening one new document at once end with the same document, created once', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('race');
        const from = frames.mark();
        const [da, db] = await Promise.all([
            open(a, { id: name, data: { creator: 'alice' } }, 'alice open'),
            open(b, { id: name, data: { creator: 'bob' } }, 'bob open'),
        ]);
        assert.equal(da.sid, db.sid, 'both clients must hold the same document sid');
        assert.match(da.sid, /^ET[0-9a-fA-F]{32}$/);
        assert.equal(da.uniqueName, name);
        assert.equal(db.uniqueName, name);

        const creates = frames.requests(from).filter(r => r.method === 'POST' && r.path === '/v3/Documents');
        const created = creates.filter(r => r.status === 201);
        t.diagnostic(`creates: ${JSON.stringify(creates.map(r => r.status))}`);
        assert.equal(created.length, 1, `exactly one create must succeed: ${JSON.stringify(creates.map(r => r.status))}`);
        for (const r of creates.filter(x => x.status !== 201)) {
            assert.equal(r.status, 409, 'a losing create gets 409');
            assert.equal(JSON.parse(r.body).code, 54301, 'a losing create carries 54301');
        }
        // Both see the creator's initial data, whichever won.
        const winner = JSON.parse(created[0].reqBody).data;
        assert.deepEqual(da.data, winner);
        assert.deepEqual(db.data, winner);
        assert.equal(da.revision, db.revision);
    });
});

test('live updates flow both ways', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('live');
        const da = await open(a, name);
        const db = await open(b, name);

        let got = waitEvent(db, 'updated', { filter: e => !e.isLocal, what: "bob's remote 'updated'" });
        await withTimeout(da.set({ from: 'alice', n: 1 }), 10000, 'alice set');
        let e = await got;
        assert.deepEqual(e.data, { from: 'alice', n: 1 });
        assert.deepEqual(db.data, { from: 'alice', n: 1 });

        got = waitEvent(da, 'updated', { filter: ev => !ev.isLocal, what: "alice's remote 'updated'" });
        await withTimeout(db.update({ from: 'bob' }), 10000, 'bob update');
        e = await got;
        assert.deepEqual(e.data, { from: 'bob', n: 1 });
        assert.deepEqual(da.data, { from: 'bob', n: 1 });
        assert.equal(da.revision, db.revision, 'both ends agree on the revision');
    });
});

test('concurrent mutate from two clients loses nothing', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('mutate');
        const da = await open(a, { id: name, data: { counter: 0, items: [] } });
        const db = await open(b, name);
        const from = frames.mark();
        const N = 25;
        const bump = who => i => (d) => ({ counter: (d.counter || 0) + 1, items: [...(d.items || []), `${who}-${i}`] });
        const ops = [];
        for (let i = 0; i < N; i++) {
            ops.push(da.mutate(bump('a')(i)));
            ops.push(db.mutate(bump('b')(i)));
        }
        await withTimeout(Promise.all(ops), 30000, `${2 * N} concurrent mutates`);

        await waitUntil(() => da.data.counter === 2 * N && db.data.counter === 2 * N,
            `both clients see counter ${2 * N} (alice ${da.data.counter}, bob ${db.data.counter})`);
        for (const d of [da, db]) {
            assert.equal(d.data.items.length, 2 * N, 'no append lost or duplicated');
            assert.equal(new Set(d.data.items).size, 2 * N, 'no duplicate appends');
            // each writer's own appends stay in order
            for (const who of ['a', 'b']) {
                const mine = d.data.items.filter(x => x.startsWith(`${who}-`));
                assert.deepEqual(mine, Array.from({ length: N }, (_, i) => `${who}-${i}`));
            }
        }
        assert.deepEqual(da.data, db.data);
        const conflicts = frames.requests(from).filter(r => r.status === 412).length;
        t.diagnostic(`412 conflicts resolved by the client: ${conflicts}`);

        // A third client reading from scratch sees the same state.
        const c = await h.connectedClient(h.emulators[0], 'carol');
        const dc = await open(c, { id: name, mode: 'open_existing' });
        assert.deepEqual(dc.data, da.data);
    });
});

test('412: two clients updating with stale revisions both land', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('412');
        const da = await open(a, { id: name, data: { base: true } });
        const db = await open(b, name);
        assert.equal(da.revision, db.revision);
        let conflicts = [];
        for (let round = 0; round < 3 && conflicts.length === 0; round++) {
            const from = frames.mark();
            // Issued in the same tick: both carry If-Match with the same revision, so one is stale.
            await withTimeout(Promise.all([da.update({ [`a${round}`]: round }), db.update({ [`b${round}`]: round })]),
                15000, 'both conditional updates');
            conflicts = frames.requests(from).filter(r => r.status === 412);
        }
        assert.ok(conflicts.length >= 1, 'the stale write must get 412 from the emulator');
        for (const r of conflicts) {
            assert.ok(r.ifMatch !== undefined, 'a 412 only answers a conditional write');
            const body = JSON.parse(r.body);
            assert.equal(body.code, 54103);
            assert.equal(body.status, 412);
        }
        const c = await h.connectedClient(h.emulators[0], 'carol');
        const dc = await open(c, { id: name, mode: 'open_existing' });
        assert.equal(dc.data.base, true);
        const keys = Object.keys(dc.data).filter(k => k !== 'base');
        assert.ok(keys.length >= 2 && keys.some(k => k.startsWith('a')) && keys.some(k => k.startsWith('b')),
            `both writes landed: ${JSON.stringify(dc.data)}`);
        await waitUntil(() => da.revision === dc.revision && db.revision === dc.revision, 'both writers converge');
    });
});

test('data over 16 KiB is refused with 54006 and the document is unchanged', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('big');
        const da = await open(a, { id: name, data: { keep: 'me' } });
        const db = await open(b, name);

        const near = { blob: 'x'.repeat(16 * 1024 - 32) }; // serialised just under 16 KiB
        await withTimeout(da.set(near), 10000, 'set just under 16 KiB');
        await waitUntil(() => db.data.blob && db.data.blob.length === near.blob.length, 'bob sees the near-limit write');
        const revBefore = da.revision;

        let bobUpdates = 0;
        db.on('updated', () => { bobUpdates++; });
        const err = await withTimeout(da.set({ blob: 'y'.repeat(17 * 1024) }).then(() => null, e => e), 10000, 'oversized set');
        assert.ok(err, 'an oversized set must be refused');
        assert.equal(err.code, 54006, `error code (status ${err.status}, message ${err.message})`);
        await assert.rejects(withTimeout(da.update({ more: 'z'.repeat(17 * 1024) }), 10000, 'oversized update'),
            e => e.code === 54006);

        const c = await h.connectedClient(h.emulators[0], 'carol');
        const dc = await open(c, { id: name, mode: 'open_existing' });
        assert.deepEqual(dc.data, near, 'the stored document is unchanged');
        assert.equal(dc.revision, revBefore, 'the revision is unchanged');
        assert.equal(bobUpdates, 0, 'no update was fanned out for a refused write');
    });
});

test('delete: the other client gets `removed` and the document is gone', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('del');
        const da = await open(a, { id: name, data: { x: 1 } });
        const db = await open(b, name);
        const remoteRemoved = waitEvent(db, 'removed', { what: "bob's 'removed'" });
        const localRemoved = waitEvent(da, 'removed', { what: "alice's own 'removed'" });
        await withTimeout(da.removeDocument(), 10000, 'removeDocument');
        const e = await remoteRemoved;
        assert.equal(e.isLocal, false);
        assert.deepEqual(e.previousData, { x: 1 });
        assert.equal((await localRemoved).isLocal, true);

        const c = await h.connectedClient(h.emulators[0], 'carol');
        await assert.rejects(open(c, { id: name, mode: 'open_existing' }),
            err => err.status === 404 && err.code === 54300, 'a removed document is not found (by unique name: 54300)');
        // The name is free again.
        const again = await open(c, { id: name, data: { fresh: true } });
        assert.notEqual(again.sid, da.sid);
        assert.deepEqual(again.data, { fresh: true });
    });
});

test('one client with several documents gets each document\'s own events', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const names = [0, 1, 2, 3].map(i => uniqueDocName(`multi${i}`));
        const mine = await Promise.all(names.map(n => open(a, { id: n, data: { doc: n, n: 0 } })));
        const theirs = await Promise.all(names.map(n => open(b, n)));
        const seen = names.map(() => []);
        mine.forEach((d, i) => d.on('updated', e => { if (!e.isLocal) seen[i].push(e.data); }));
        for (let round = 1; round <= 3; round++) {
            await withTimeout(Promise.all(theirs.map((d, i) => d.set({ doc: names[i], n: round }))), 10000, `round ${round}`);
        }
        await waitUntil(() => mine.every(d => d.data.n === 3), 'alice sees round 3 on every document');
        seen.forEach((list, i) => {
            assert.ok(list.length >= 1, `events for ${names[i]}`);
            for (const data of list) assert.equal(data.doc, names[i], 'an event only reaches its own document');
            const ns = list.map(x => x.n);
            assert.deepEqual(ns, [...ns].sort(), 'events arrive in order');
        });
    });
});

test('documents by SID: create_new without a name, then open by SID from another client', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const da = await open(a, { mode: 'create_new', data: { anonymous: true } });
        assert.match(da.sid, /^ET[0-9a-fA-F]{32}$/);
        assert.ok(da.uniqueName === null || da.uniqueName === undefined, `no unique name: ${da.uniqueName}`);
        const db = await open(b, { id: da.sid, mode: 'open_existing' });
        assert.equal(db.sid, da.sid);
        assert.deepEqual(db.data, { anonymous: true });
        const got = waitEvent(da, 'updated', { filter: e => !e.isLocal });
        await withTimeout(db.set({ anonymous: false }), 10000, 'write by sid');
        assert.deepEqual((await got).data, { anonymous: false });
        // A named document is reachable by its SID too.
        const name = uniqueDocName('bysid');
        const named = await open(a, { id: name, data: { named: true } });
        const viaSid = await open(b, { id: named.sid, mode: 'open_existing' });
        assert.equal(viaSid.uniqueName, name);
        assert.deepEqual(viaSid.data, { named: true });
    });
});

test('close(): the subscription is cancelled and events stop for that client only', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('close');
        const start = frames.mark();
        const da = await open(a, { id: name, data: { n: 0 } });
        const db = await open(b, name);
        // document() resolves before its subscription is established; wait for both.
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.payload.includes('"subscription_established"')
            && f.payload.includes(da.sid), start).length >= 2, 'both subscriptions established');
        const updatesFor = from => frames.find(f => f.dir === 'S>C' && f.header.method === 'notification'
            && f.payload.includes('"document_updated"') && f.payload.includes(da.sid), from).length;

        let from = frames.mark();
        const seen = waitEvent(da, 'updated', { filter: e => !e.isLocal });
        await withTimeout(db.set({ n: 1 }), 10000, 'write while both subscribe');
        await seen;
        await waitUntil(() => updatesFor(from) === 2, 'the write fanned out to both clients (writer included)');

        from = frames.mark();
        da.close();
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.payload.includes('"subscription_canceled"'), from).length === 1,
            'subscription_canceled for the closed document');
        const cancel = frames.requests(from).find(r => r.path === '/v4/Subscriptions');
        assert.ok(cancel && JSON.parse(cancel.reqBody).action === 'cancel');
        from = frames.mark();
        await withTimeout(db.set({ n: 2 }), 10000, 'write after close');
        await waitUntil(() => updatesFor(from) >= 1, "bob's own echo");
        // Give a stray fan-out to alice a chance to show up (bounded) before counting.
        await withTimeout(db.set({ n: 3 }), 10000, 'second write after close');
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.payload.includes('"document_updated"')
            && f.payload.includes('"n":3'), from).length >= 1, "bob's second echo");
        assert.equal(updatesFor(from), 2, 'only bob still receives document_updated');
    });
});

test('data fidelity: unicode, numbers, nesting and nulls round-trip; the 16 KiB limit counts UTF-8 bytes', T, async (t) => {
    const { h, a, b } = await twoClients(t);
    await explain(h, async () => {
        const name = uniqueDocName('fidelity');
        const da = await open(a, { id: name, data: {} });
        const db = await open(b, name);
        const value = {
            text: 'Grüße, 東京, emoji 🧪🚀, quote " backslash \\ newline \n tab \t nul \u0000 end',
            'key with spaces & ünïcode 🔑': true,
            numbers: [0, -1, 1.5, 0.1 + 0.2, 1e-7, 1e21, 2 ** 53, -(2 ** 53), 123456789.123456789],
            nested: { deeper: { deepest: [null, false, {}, [], ''] } },
            nothing: null,
        };
        const got = waitEvent(db, 'updated', { filter: e => !e.isLocal, what: 'bob receives the value' });
        await withTimeout(da.set(value), 10000, 'set');
        assert.deepEqual((await got).data, value, 'fanned-out data equals what was written');
        const c = await h.connectedClient(h.emulators[0], 'carol');
        const dc = await open(c, { id: name, mode: 'open_existing' });
        assert.deepEqual(dc.data, value, 'stored data equals what was written');

        // 3-byte characters: 5400 of them (16.2 KB) fit, 5500 (16.5 KB > 16384 B) do not.
        await withTimeout(da.set({ s: '€'.repeat(5400) }), 10000, 'multibyte just under the limit');
        await assert.rejects(withTimeout(da.set({ s: '€'.repeat(5500) }), 10000, 'multibyte over the limit'),
            e => e.code === 54006, 'the limit counts bytes, not characters');
    });
});
