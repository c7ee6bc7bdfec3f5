'use strict';
// ACL on + principals file: the SP token API's rules (docs/identities-and-documents.md, docs/sp-token-exchange.md), and the
// tokens it returns working with the official client for exactly their one document.

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const {
    Harness, withTimeout, waitEvent, waitConnected, randomSid, explain, frames, delay,
} = require('../lib/harness');

const T = { timeout: 40000 };

function world() {
    const w = {
        esA: randomSid('ES'), esB: randomSid('ES'), esC: randomSid('ES'),
        puP: randomSid('PU'), puQ: randomSid('PU'),
        prOne: randomSid('PR'), prTwo: randomSid('PR'),
        spA: `sp-a-${crypto.randomBytes(12).toString('hex')}`,
        spB: `sp-b-${crypto.randomBytes(12).toString('hex')}`,
        spP: `sp-p-${crypto.randomBytes(12).toString('hex')}`,
        spQ: `sp-q-${crypto.randomBytes(12).toString('hex')}`,
    };
    w.principals = {
        principals: [
            { spToken: w.spA, student: w.esA },
            { spToken: w.spB, student: w.esB },
            { spToken: w.spP, proctor: w.puP, rooms: [w.prOne], sessions: [w.esA] },
            { spToken: w.spQ, proctor: w.puQ, rooms: [], sessions: '*' },
        ],
    };
    return w;
}

async function aclEmulator(t, args = []) {
    const h = new Harness(t);
    const w = world();
    const file = h.writeFile('principals.json', w.principals);
    const emu = await h.emulator(['--principals', file, ...args], { acl: 'on' });
    return { h, w, emu };
}

const session = es => `Session_${es}`;
const room = pr => `Proctor_Room_${pr}`;

test('SP token API: student, proctor and room rules; 401 for a bad SP token', T, async (t) => {
    const { h, w, emu } = await aclEmulator(t);
    await explain(h, async () => {
        const cases = [
            // [why, spToken, identity, documentId, expected status]
            ['student, own session', w.spA, w.esA, session(w.esA), 200],
            ['student, other session', w.spA, w.esB, session(w.esB), 403],
            ['student, own identity on another session', w.spA, w.esA, session(w.esB), 403],
            ['student, other identity on own session', w.spA, w.esB, session(w.esA), 403],
            ['student, a proctor room', w.spA, w.puP, room(w.prOne), 403],
            ['student, proctor identity on own session', w.spA, w.esA + w.puP, session(w.esA), 403],
            ['proctor, allowed session', w.spP, w.esA + w.puP, session(w.esA), 200],
            ['proctor, session not in the list', w.spP, w.esB + w.puP, session(w.esB), 403],
            ['proctor, another proctor\'s identity', w.spP, w.esA + w.puQ, session(w.esA), 403],
            ['proctor, own room', w.spP, w.puP, room(w.prOne), 200],
            ['proctor, room not in the list', w.spP, w.puP, room(w.prTwo), 403],
            ['proctor, room under another identity', w.spP, w.puQ, room(w.prOne), 403],
            ['proctor, room identity on a session', w.spP, w.puP, session(w.esA), 403],
            ['proctor with sessions "*", any session', w.spQ, w.esC + w.puQ, session(w.esC), 200],
            ['proctor with sessions "*", a room not listed', w.spQ, w.puQ, room(w.prOne), 403],
            ['unknown SP token', 'not-a-known-sp-token', w.esA, session(w.esA), 401],
            ['no Authorization header', null, w.esA, session(w.esA), 401],
        ];
        const failures = [];
        for (const [why, sp, identity, documentId, want] of cases) {
            const { status, body } = await emu.spToken(sp, identity, documentId);
            if (status !== want) {
                failures.push(`${why}: got ${status}, want ${want}`);
                continue;
            }
            if (status === 200) {
                assert.equal(body.identity, identity, why);
                assert.ok(/^[\w-]+\.[\w-]+\.[\w-]+$/.test(body.token), `${why}: a JWT`); // never echo it
                assert.equal(typeof body.ttl, 'number', why);
                assert.ok(body.ttl > 0, why);
                if (body.twilsockUri !== undefined) assert.equal(body.twilsockUri, emu.twilsock, why);
            } else {
                assert.equal(body.status, want, `${why}: Twilio-style error body`);
                assert.equal(typeof body.code, 'number', why);
                if (want === 403) assert.equal(body.code, 54007, why);
                assert.ok(!JSON.stringify(body).includes('eyJ'), `${why}: no token in an error`);
            }
        }
        assert.deepEqual(failures, []);

        // Malformed requests are refused, not 200 and not 5xx.
        const bad = await withTimeout(fetch(`${emu.spApi}/sync/token`, {
            method: 'POST', headers: { Authorization: `Bearer ${w.spA}`, 'Content-Type': 'application/json' }, body: '{nope',
        }), 10000, 'malformed SP API request');
        assert.ok(bad.status >= 400 && bad.status < 500, `malformed body: ${bad.status}`);
        const malformedSid = await emu.spToken(w.spA, 'ES123', 'Session_ES123');
        assert.ok(malformedSid.status >= 400 && malformedSid.status < 500, `malformed SID: ${malformedSid.status}`);
    });
});

test('ACL: an SP-API token opens its own document only (403/54007 elsewhere)', T, async (t) => {
    const { h, w, emu } = await aclEmulator(t);
    await explain(h, async () => {
        const ra = await emu.spToken(w.spA, w.esA, session(w.esA));
        assert.equal(ra.status, 200);
        const a = h.client(emu, ra.body.token);
        await waitConnected(a);
        const da = await withTimeout(a.document({ id: session(w.esA), data: { reliableConnection: true } }), 10000,
            'student opens own session');
        assert.deepEqual(da.data, { reliableConnection: true });
        await withTimeout(da.set({ reliableConnection: true, extensionActions: [] }), 10000, 'student writes');

        // Student B's session exists; A's token must not read it nor create/open another.
        const rb = await emu.spToken(w.spB, w.esB, session(w.esB));
        const b = h.client(emu, rb.body.token);
        await waitConnected(b);
        const db = await withTimeout(b.document({ id: session(w.esB), data: { secret: 'b' } }), 10000, 'B opens own');
        assert.deepEqual(db.data, { secret: 'b' });

        const from = frames.mark();
        await assert.rejects(withTimeout(a.document(session(w.esB)), 10000, "A opens B's session"),
            e => e.status === 403 && e.code === 54007, "A may not open B's document");
        await assert.rejects(withTimeout(a.document(`Session_${randomSid('ES')}`), 10000, 'A opens a new name'),
            e => e.status === 403 && e.code === 54007, 'A may not create other documents');
        for (const r of frames.requests(from)) {
            assert.ok(!(r.body || '').includes('"secret"'), 'no data of a refused document leaks');
        }
        // B's document is untouched and B is still working.
        await withTimeout(db.update({ more: 1 }), 10000, 'B still writes');
        assert.deepEqual(db.data, { secret: 'b', more: 1 });

        // The proctor's session token reads and writes the student's session, live both ways.
        const rp = await emu.spToken(w.spP, w.esA + w.puP, session(w.esA));
        assert.equal(rp.status, 200);
        const p = h.client(emu, rp.body.token);
        await waitConnected(p);
        const dp = await withTimeout(p.document(session(w.esA)), 10000, 'proctor opens the session');
        assert.deepEqual(dp.data, { reliableConnection: true, extensionActions: [] });
        const seen = waitEvent(da, 'updated', { filter: e => !e.isLocal, what: 'student sees the proctor write' });
        await dp.mutate(d => ({ ...d, extensionActions: [...d.extensionActions, { action: 'stopSession' }] }));
        assert.deepEqual((await seen).data.extensionActions, [{ action: 'stopSession' }]);
        // Grants are per identity (like Twilio's document permissions): a valid token for an
        // identity the SP API never granted anything opens nothing while the ACL is on.
        const stranger = await h.connectedClient(emu, w.esC);
        await assert.rejects(withTimeout(stranger.document(session(w.esA)), 10000, 'ungranted open'),
            e => e.status === 403 && e.code === 54007, 'an identity without grants is refused');
        // ...nor the proctor room with the session token.
        await assert.rejects(withTimeout(p.document(room(w.prOne)), 10000, 'proctor opens room with a session token'),
            e => e.status === 403 && e.code === 54007);
    });
});

test('a short SP-API token is refreshed through the SP API and updateToken', T, async (t) => {
    const { h, w, emu } = await aclEmulator(t, ['--token-ttl', '6', '--expiry-warning', '3']);
    await explain(h, async () => {
        const r = await emu.spToken(w.spA, w.esA, session(w.esA));
        assert.equal(r.status, 200);
        assert.equal(r.body.ttl, 6);
        const firstExp = JSON.parse(Buffer.from(r.body.token.split('.')[1], 'base64url')).exp;
        const a = h.client(emu, r.body.token);
        let expired = 0;
        let refreshes = 0;
        let refreshError = null;
        a.on('tokenExpired', () => { expired++; });
        // What the SP client does: on each warning, exchange the SP token again and update.
        a.on('tokenAboutToExpire', async () => {
            try {
                const again = await emu.spToken(w.spA, w.esA, session(w.esA));
                assert.equal(again.status, 200);
                await withTimeout(a.updateToken(again.body.token), 10000, 'updateToken');
                refreshes++;
            } catch (e) { refreshError = e; }
        });
        await waitConnected(a);
        const da = await withTimeout(a.document(session(w.esA)), 10000, 'open');
        const until = (firstExp + 4) * 1000; // past the first token's exp and one more refresh
        await delay(Math.max(0, until - Date.now()));
        assert.equal(refreshError, null, refreshError && refreshError.message);
        assert.ok(refreshes >= 1, `refreshed ${refreshes} times`);
        assert.equal(expired, 0, 'no tokenExpired while refreshing');
        assert.equal(a.connectionState, 'connected');
        await withTimeout(da.set({ still: 'working' }), 10000, 'write after the first exp');
        assert.deepEqual(da.data, { still: 'working' });
    });
});

test('ACL grants made by the SP API survive a restart with --data', { timeout: 60000 }, async (t) => {
    const h = new Harness(t);
    const w = world();
    const file = h.writeFile('principals.json', w.principals);
    const path = require('node:path');
    const emu = await h.emulator(['--principals', file], { acl: 'on', storage: path.join(h.dir, 'data') });
    await explain(h, async () => {
        const r = await emu.spToken(w.spA, w.esA, session(w.esA));
        assert.equal(r.status, 200);
        const a = h.client(emu, r.body.token, { retryPolicy: { min: 1000, max: 2000, randomness: 0 } });
        await waitConnected(a);
        const da = await withTimeout(a.document({ id: session(w.esA), data: { before: true } }), 10000, 'open');
        await emu.restart();
        await withTimeout(da.set({ after: true }), 20000, 'write with the same token after the restart');
        const c = h.client(emu, r.body.token);
        await waitConnected(c);
        const dc = await withTimeout(c.document({ id: session(w.esA), mode: 'open_existing' }), 10000, 'reopen');
        assert.deepEqual(dc.data, { after: true });
        await assert.rejects(withTimeout(c.document(session(w.esB)), 10000, 'still refused elsewhere'),
            e => e.status === 403 && e.code === 54007);
    });
});

test('ACL on: student and proctor open the new session document at once; one creates it', T, async (t) => {
    const { h, w, emu } = await aclEmulator(t);
    await explain(h, async () => {
        const rs = await emu.spToken(w.spA, w.esA, session(w.esA));
        const rp = await emu.spToken(w.spP, w.esA + w.puP, session(w.esA));
        assert.equal(rs.status, 200);
        assert.equal(rp.status, 200);
        const s = h.client(emu, rs.body.token);
        const p = h.client(emu, rp.body.token);
        await Promise.all([waitConnected(s), waitConnected(p)]);
        const from = frames.mark();
        const [ds, dp] = await withTimeout(Promise.all([
            s.document({ id: session(w.esA), data: { by: 'student' } }),
            p.document({ id: session(w.esA), data: { by: 'proctor' } }),
        ]), 15000, 'both open at once');
        assert.equal(ds.sid, dp.sid);
        assert.deepEqual(ds.data, dp.data);
        const created = frames.requests(from).filter(r => r.method === 'POST' && r.path === '/v3/Documents' && r.status === 201);
        assert.equal(created.length, 1, 'created once');
        const seen = waitEvent(ds, 'updated', { filter: e => !e.isLocal });
        await withTimeout(dp.update({ proctorWasHere: true }), 10000, 'proctor writes');
        assert.equal((await seen).data.proctorWasHere, true);
    });
});
