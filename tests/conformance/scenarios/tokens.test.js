'use strict';
// Access tokens: forged and expired tokens refused, the `twilio` helper's tokens accepted,
// refresh through token_about_to_expire + updateToken, and expiry without a refresh.

const test = require('node:test');
const assert = require('node:assert/strict');
const AccessToken = require('twilio').jwt.AccessToken;
const {
    Harness, withTimeout, waitEvent, waitUntil, waitConnected, uniqueDocName, signToken, explain, frames, delay,
} = require('../lib/harness');

const T = { timeout: 40000 };

function expOf(jwt) {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).exp;
}

// Waits for the terminal outcome of a refused token: state `denied` and a terminal connectionError.
async function expectDenied(client) {
    const err = waitEvent(client, 'connectionError', { filter: e => e.terminal, what: 'a terminal connectionError' });
    const state = client.connectionState === 'denied' ? Promise.resolve()
        : waitEvent(client, 'connectionStateChanged', { filter: s => s === 'denied', what: "state 'denied'" });
    const [e] = await Promise.all([err, state]);
    assert.equal(client.connectionState, 'denied');
    return e;
}

test('a forged token (wrong signing secret) is refused: denied, 401/20101', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const c = h.client(emu, signToken('not-the-emulator-secret', { identity: 'mallory' }));
        const e = await expectDenied(c);
        assert.ok([401, 403].includes(e.httpStatusCode), `status ${e.httpStatusCode}`);
        assert.equal(e.errorCode, 20101);
    });
});

test('a token with a tampered payload or garbage is refused', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const good = signToken(h.secret, { identity: 'alice' });
        const [hd, , sig] = good.split('.');
        const evil = Buffer.from(JSON.stringify({ grants: { identity: 'root', data_sync: { service_sid: 'IS' + '0'.repeat(32) } },
            iat: 1, exp: 4102444800 })).toString('base64url');
        for (const token of [`${hd}.${evil}.${sig}`, 'not-a-jwt', signToken(h.secret, { identity: 'bob', grants: { identity: 'bob' } })]) {
            const c = h.client(emu, token);
            const e = await expectDenied(c);
            assert.ok([401, 403].includes(e.httpStatusCode), `status ${e.httpStatusCode}`);
        }
    });
});

test('an expired token is refused: tokenExpired, denied, 20104', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const now = Math.floor(Date.now() / 1000);
        const c = h.client(emu, signToken(h.secret, { identity: 'alice', iat: now - 7200, exp: now - 3600 }));
        const expired = waitEvent(c, 'tokenExpired', { what: "'tokenExpired'" });
        const e = await expectDenied(c);
        await expired;
        assert.equal(e.httpStatusCode, 401);
        assert.equal(e.errorCode, 20104);
    });
});

test('tokens minted by the official `twilio` helper with the --secret-file secret are accepted', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const at = new AccessToken('AC' + 'a'.repeat(32), 'SK' + 'b'.repeat(32), h.secret, { identity: 'helper-user', ttl: 600 });
        at.addGrant(new AccessToken.SyncGrant({ serviceSid: 'IS' + 'c'.repeat(32) }));
        const a = h.client(emu, at.toJwt());
        await waitConnected(a);
        const name = uniqueDocName('helper');
        const da = await withTimeout(a.document({ id: name, data: { by: 'helper' } }), 10000, 'open with a helper token');
        assert.deepEqual(da.data, { by: 'helper' });

        // The same helper with another secret is refused.
        const bad = new AccessToken('AC' + 'a'.repeat(32), 'SK' + 'b'.repeat(32), 'some-other-secret', { identity: 'x' });
        bad.addGrant(new AccessToken.SyncGrant({ serviceSid: 'IS' + 'c'.repeat(32) }));
        await expectDenied(h.client(emu, bad.toJwt()));

        // A client with an emulator-minted token sees the helper client's write.
        const b = await h.connectedClient(emu, 'bob');
        const db = await withTimeout(b.document(name), 10000, 'bob open');
        const got = waitEvent(db, 'updated', { filter: e => !e.isLocal });
        await da.set({ by: 'helper', n: 2 });
        assert.deepEqual((await got).data, { by: 'helper', n: 2 });
    });
});

test('token refresh: tokenAboutToExpire, updateToken, still connected and working past the old exp', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const shortToken = await emu.mintToken('alice', { ttl: 6 });
        const oldExp = expOf(shortToken);
        const a = h.client(emu, shortToken);
        let expiredEvents = 0;
        a.on('tokenExpired', () => { expiredEvents++; });
        const from = frames.mark();
        // Less than 240 s remain, so the emulator warns straight after init.
        const about = waitEvent(a, 'tokenAboutToExpire', { what: "'tokenAboutToExpire'" });
        await waitConnected(a);
        await about;
        const warn = frames.find(f => f.dir === 'S>C' && f.header.method === 'client_update', from);
        assert.equal(warn.length >= 1 && warn[0].header.client_update_type, 'token_about_to_expire');

        const fresh = await emu.mintToken('alice', { ttl: 3600 });
        assert.notEqual(expOf(fresh), oldExp);
        await withTimeout(a.updateToken(fresh), 10000, 'updateToken');
        const update = frames.find(f => f.dir === 'C>S' && f.header.method === 'update', from);
        assert.equal(update.length, 1, 'one update frame, no reconnect');
        const reply = frames.find(f => f.dir === 'S>C' && f.header.id === update[0].header.id, from);
        assert.equal(reply.length, 1);
        assert.equal(reply[0].header.status.code, 200);

        const name = uniqueDocName('refresh');
        const da = await withTimeout(a.document(name), 10000, 'open after update');
        // Wait (bounded) until the old token's exp has passed, then keep working.
        const waitMs = (oldExp + 1.5) * 1000 - Date.now();
        if (waitMs > 0) await delay(waitMs);
        assert.equal(a.connectionState, 'connected');
        assert.equal(expiredEvents, 0, 'no tokenExpired after a successful update');
        const closes = frames.find(f => f.dir === 'S>C' && f.header.method === 'close', from);
        assert.equal(closes.length, 0, `no server close: ${JSON.stringify(closes.map(c => c.header.status))}`);
        const inits = frames.find(f => f.dir === 'C>S' && f.header.method === 'init', from);
        assert.equal(inits.length, 1, 'the client never had to reconnect');
        await withTimeout(da.set({ after: 'exp' }), 10000, 'write after the old exp');
        const b = await h.connectedClient(emu, 'bob');
        const db = await withTimeout(b.document({ id: name, mode: 'open_existing' }), 10000, 'bob open');
        assert.deepEqual(db.data, { after: 'exp' });
    });
});

test('token expiry without a refresh: server close 410/51207 and tokenExpired', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = h.client(emu, await emu.mintToken('alice', { ttl: 4 }));
        const from = frames.mark();
        await waitConnected(a);
        await withTimeout(a.document(uniqueDocName('exp')), 10000, 'open before exp');
        await waitEvent(a, 'tokenExpired', { timeout: 12000, what: "'tokenExpired' at exp" });
        const closes = frames.find(f => f.dir === 'S>C' && f.header.method === 'close', from);
        assert.equal(closes.length, 1, 'one server close');
        assert.equal(closes[0].header.status.code, 410);
        assert.equal(closes[0].header.status.errorCode, 51207);
        await waitUntil(() => a.connectionState !== 'connected', 'the client leaves connected');
    });
});

test('updateToken with a forged or an expired token is refused: denied (and tokenExpired for 20104)', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const from = frames.mark();
        const denied = expectDenied(a);
        await assert.rejects(withTimeout(a.updateToken(signToken('wrong-secret', { identity: 'alice' })), 10000, 'updateToken'),
            e => e.code === 51130, 'the JS client maps a refused update to 51130');
        const e = await denied;
        assert.equal(e.errorCode, 20101);
        const replies = frames.find(f => f.dir === 'S>C' && f.header.method === 'reply' && f.header.status
            && f.header.status.code === 401, from);
        assert.equal(replies.length, 1, 'the update got a 401 reply');

        const b = await h.connectedClient(emu, 'bob');
        const now = Math.floor(Date.now() / 1000);
        const expired = waitEvent(b, 'tokenExpired', { what: "'tokenExpired' after an expired update" });
        const deniedB = expectDenied(b);
        await withTimeout(b.updateToken(signToken(h.secret, { identity: 'bob', iat: now - 100, exp: now - 10 })), 10000, 'updateToken')
            .catch(() => {});
        assert.equal((await deniedB).errorCode, 20104);
        await expired;
    });
});
