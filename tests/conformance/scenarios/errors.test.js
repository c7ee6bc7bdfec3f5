'use strict';
// Every error the emulator answers with, met by the official client, with Twilio's own status,
// code and message (docs/emulator-errors.md lists them and where the wording comes from).

const test = require('node:test');
const assert = require('node:assert/strict');
const WebSocket = require('ws');
const {
    Harness, withTimeout, waitEvent, waitUntil, uniqueDocName, signToken, explain, frames,
} = require('../lib/harness');

const T = { timeout: 40000 };
const NAME_MESSAGE = 'Invalid unique name. Expected a string with length 1-320 not matching the SID pattern [A-Z]{2}[a-f0-9]{32}';
const MISSING_SID = 'ET' + '0123456789abcdef'.repeat(2);

const open = (client, arg, what) => withTimeout(client.document(arg), 10000, what || 'document()');

// A SyncError from twilio-sync: status, code and the server's message (which twilio-sync
// suffixes with " (status: S, code: C)").
function isError(status, code, message) {
    return (e) => {
        assert.equal(e.status, status, `status of: ${e.message}`);
        assert.equal(e.code, code, `code of: ${e.message}`);
        assert.equal(e.message, `${message} (status: ${status}, code: ${code})`);
        return true;
    };
}

// An upstream error from the official twilsock client (requests twilio-sync never makes).
function isUpstreamError(status, code, message) {
    return (e) => {
        assert.equal(e.status, status, `HTTP status (${e.description})`);
        const body = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
        assert.deepEqual({ status: body.status, code: body.code, message: body.message }, { status, code, message });
        assert.equal(body.more_info, `https://www.twilio.com/docs/errors/${code}`);
        return true;
    };
}

// The Twilsock status of the server's reply to the frame `id`, or of its close.
function statusOf(pred, from) {
    const f = frames.find(x => x.dir === 'S>C' && pred(x), from)[0];
    assert.ok(f, 'the server frame was recorded');
    return f.header.status;
}

test('documents: 54300 by unique name, 54100 by SID, 54302, 54301, 54011, 54006, 54008 nesting', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        await assert.rejects(open(a, { id: uniqueDocName('missing'), mode: 'open_existing' }),
            isError(404, 54300, 'Unique name not found'));
        await assert.rejects(open(a, { id: MISSING_SID, mode: 'open_existing' }),
            isError(404, 54100, 'Document not found'));
        await assert.rejects(open(a, { id: 'AB' + 'abcdef0123456789'.repeat(2), mode: 'create_new' }),
            isError(400, 54302, NAME_MESSAGE));
        await assert.rejects(open(a, { id: 'n'.repeat(321), mode: 'create_new' }), isError(400, 54302, NAME_MESSAGE));

        const name = uniqueDocName('taken');
        const doc = await open(a, { id: name, mode: 'create_new', data: { v: 1 } });
        await assert.rejects(open(a, { id: name, mode: 'create_new' }), isError(409, 54301, 'Unique name already exists'));
        await assert.rejects(open(a, { id: uniqueDocName('ttl'), mode: 'create_new', ttl: 31536001 }),
            isError(400, 54011, 'Invalid TTL'));
        await assert.rejects(withTimeout(doc.set({ big: 'x'.repeat(17 * 1024) }), 10000, 'oversize set'),
            isError(413, 54006, 'Request entity too large'));
        let deep = { v: 1 };
        for (let i = 0; i < 130; i++) deep = { d: deep };
        await assert.rejects(withTimeout(doc.set(deep), 10000, 'deeply nested set'),
            isError(400, 54008, 'Invalid JSON: data is nested deeper than 128 levels'));
        assert.deepEqual(doc.data, { v: 1 });
    });
});

test('a conflicting write: 412/54103 "Document revision mismatch" on the wire, then retried', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator(['--fault', '412=0.5', '--seed', '11']);
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const doc = await open(a, { id: uniqueDocName('conflict'), data: { n: 0 } });
        const from = frames.mark();
        for (let i = 1; i <= 6; i++) await withTimeout(doc.mutate(d => ({ n: d.n + 1 })), 10000, `mutate ${i}`);
        assert.equal(doc.data.n, 6);
        const refused = frames.requests(from).filter(r => r.status === 412);
        assert.ok(refused.length >= 1, 'a 412 was injected');
        for (const r of refused) {
            assert.deepEqual(JSON.parse(r.body), {
                status: 412, code: 54103, message: 'Document revision mismatch',
                more_info: 'https://www.twilio.com/docs/errors/54103',
            });
        }
    });
});

test('ACL: 403/54007 "Access forbidden for identity"', T, async (t) => {
    const h = new Harness(t);
    const file = h.writeFile('principals.json', { principals: [] });
    const emu = await h.emulator(['--principals', file], { acl: 'on' });
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        await assert.rejects(open(a, uniqueDocName('nogrant')), isError(403, 54007, 'Access forbidden for identity'));
    });
});

test('rate limit and outage: 429/54009 "Rate limit exceeded", 503/20503 "Service unavailable"', T, async (t) => {
    const h = new Harness(t);
    const limited = await h.emulator(['--fault', '429=1']);
    await explain(h, async () => {
        const a = await h.connectedClient(limited, 'alice');
        const doc = await open(a, { id: uniqueDocName('limited'), data: { v: 1 } });
        await assert.rejects(withTimeout(doc.set({ v: 2 }), 10000, 'set'), isError(429, 54009, 'Rate limit exceeded'));
    });
    const down = await h.emulator(['--fault', '503=1']);
    await explain(h, async () => {
        const b = await h.connectedClient(down, 'bob');
        await assert.rejects(withTimeout(b.services.twilsock.get(`${down.cds}/v3/Configuration`, {}), 10000, 'GET'),
            isUpstreamError(503, 20503, 'Service unavailable'));
    });
});

test('requests twilio-sync never makes: 20404, 20004, 54008, 54003, and no maps in the emulator', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const tsock = a.services.twilsock;
        await assert.rejects(withTimeout(tsock.get(`${emu.cds}/v3/Nope`, {}), 10000, 'GET /v3/Nope'),
            isUpstreamError(404, 20404, 'The requested resource /v3/Nope was not found'));
        await assert.rejects(withTimeout(a.map(uniqueDocName('map')), 10000, 'map()'),
            e => e.status === 404 && e.code === 20404
                && /^The requested resource \/v3\/Maps\S* was not found \(status: 404, code: 20404\)$/.test(e.message));
        const doc = await open(a, { id: uniqueDocName('put'), data: {} });
        await assert.rejects(withTimeout(tsock.put(`${emu.cds}/v3/Documents/${doc.sid}`, {}, { data: {} }), 10000, 'PUT'),
            isUpstreamError(405, 20004, 'Method not allowed'));
        await assert.rejects(withTimeout(tsock.post(`${emu.cds}/v3/Documents/${doc.sid}`, {}, { data: 'text' }), 10000, 'POST'),
            isUpstreamError(400, 54008, 'Invalid JSON'));
        await assert.rejects(withTimeout(tsock.post(`${emu.cds}/v3/Documents/${doc.sid}`, { 'If-Match': ' ' }, { data: {} }),
            10000, 'POST with a blank If-Match'), isUpstreamError(400, 54003, 'Invalid If-Match header'));
        await assert.rejects(withTimeout(tsock.post(`${emu.cds}/v4/Subscriptions`, {}, { action: 'nope' }), 10000, 'POST'),
            isUpstreamError(400, 54008, 'Invalid JSON'));
    });
});

test('subscription_failed: 404/54100 "Document not found" for an unknown SID, 20404 for a map', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const a = await h.connectedClient(emu, 'alice');
        const from = frames.mark();
        await withTimeout(a.services.twilsock.post(`${emu.cds}/v4/Subscriptions`, {}, {
            event_protocol_version: 4, action: 'establish', correlation_id: 4242, retried_requests: 0, ttl_in_s: -1,
            requests: [{ object_sid: MISSING_SID, object_type: 'document', last_event_id: 0 },
                { object_sid: 'MP' + '0123456789abcdef'.repeat(2), object_type: 'map', last_event_id: 0 }],
        }), 10000, 'POST /v4/Subscriptions');
        const failed = () => frames.find(f => f.dir === 'S>C' && f.header.method === 'notification'
            && f.payload.includes('subscription_failed'), from);
        await waitUntil(() => failed().length > 0, 'a subscription_failed notification');
        const event = JSON.parse(failed()[0].payload);
        assert.equal(event.correlation_id, 4242);
        assert.deepEqual(event.events[0].error, { status: 404, code: 54100, message: 'Document not found' });
        assert.deepEqual(event.events[1].error,
            { status: 404, code: 20404, message: 'Only documents are supported by this emulator' });
    });
});

test('init refused: 401/20101 "Invalid Access Token", 401/20104 for an expired token', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const now = Math.floor(Date.now() / 1000);
        const cases = [
            ['not-a-jwt', 20101, 'Invalid Access Token'],
            [signToken('wrong-secret', { identity: 'mallory' }), 20101, 'Invalid Access Token'],
            [signToken(h.secret, { identity: 'alice', iat: now - 7200, exp: now - 3600 }), 20104,
                'Access Token expired or expiration date invalid'],
        ];
        for (const [token, code, description] of cases) {
            const c = h.client(emu, token);
            const e = await waitEvent(c, 'connectionError', { filter: x => x.terminal, what: 'a terminal connectionError' });
            assert.equal(e.httpStatusCode, 401);
            assert.equal(e.errorCode, code);
            assert.equal(e.message, `Connection error: ${description}`);
        }
    });
});

test('update refused: non-JWT 401/20101, expired 401/20104, other identity a reply 401/51215', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const now = Math.floor(Date.now() / 1000);
        const cases = [
            ['not-a-jwt', 20101, 'Invalid Access Token'],
            [signToken(h.secret, { identity: 'alice', iat: now - 100, exp: now - 10 }), 20104,
                'Access Token expired or expiration date invalid'],
            [await emu.mintToken('eve'), 51215,
                "Can't update token, new token was issued for other identity/instance/product."],
        ];
        for (const [token, code, description] of cases) {
            const a = await h.connectedClient(emu, 'alice');
            const from = frames.mark();
            const error = waitEvent(a, 'connectionError', { filter: x => x.errorCode === code, what: `connectionError ${code}` });
            await assert.rejects(withTimeout(a.updateToken(token), 10000, 'updateToken'), e => e.code === 51130);
            const e = await error;
            assert.equal(e.httpStatusCode, 401);
            assert.equal(e.message, `Connection error: ${description}`);
            const update = frames.find(f => f.dir === 'C>S' && f.header.method === 'update', from)[0];
            assert.deepEqual(statusOf(f => f.header.method === 'reply' && f.header.id === update.header.id, from),
                { code: 401, status: 'UNAUTHORIZED', description, errorCode: code });
            // Twilio answers in a reply and does not close the connection itself.
            assert.equal(frames.find(f => f.dir === 'S>C' && f.header.method === 'close', from).length, 0);
        }
    });
});

test('token expiry on a live connection: close 410/51207 "Token expired"', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator(['--expiry-warning', '1']);
    await explain(h, async () => {
        const from = frames.mark();
        const c = h.client(emu, await emu.mintToken('alice', { ttl: 3 }));
        await waitEvent(c, 'tokenExpired', { timeout: 15000, what: "'tokenExpired'" });
        await waitUntil(() => frames.find(f => f.dir === 'S>C' && f.header.method === 'close', from).length > 0, 'a close');
        assert.deepEqual(statusOf(f => f.header.method === 'close', from),
            { code: 410, status: 'TOKEN_EXPIRED', description: 'Token expired', errorCode: 51207 });
    });
});

// The official clients never send these; a raw socket shows what the emulator answers.
test('Twilsock misuse: 403 before init, 400 on a second init, close 406/51214 on a broken frame', T, async (t) => {
    const h = new Harness(t);
    const emu = await h.emulator();
    await explain(h, async () => {
        const ws = new WebSocket(emu.twilsock);
        t.after(() => ws.terminate());
        const inbox = [];
        ws.on('message', d => inbox.push(Buffer.from(d)));
        await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); }), 10000, 'open');
        const send = (header) => {
            const text = JSON.stringify({ payload_size: 0, ...header });
            ws.send(Buffer.from(`TWILSOCK V3.0 ${Buffer.byteLength(text)}\r\n${text}\r\n`));
        };
        const headerOf = (buf) => {
            const m = /^TWILSOCK V3\.0 (\d+)\r\n/.exec(buf.toString('latin1', 0, 40));
            return JSON.parse(buf.subarray(m[0].length, m[0].length + Number(m[1])).toString('utf8'));
        };
        const reply = async (id) => {
            await waitUntil(() => inbox.some(b => headerOf(b).id === id), `the reply to ${id}`);
            return headerOf(inbox.find(b => headerOf(b).id === id));
        };
        send({ method: 'message', id: 'TMearly', active_grant: 'data_sync',
            http_request: { host: 'x', path: '/v3/Configuration', method: 'GET', params: {}, headers: {} } });
        assert.deepEqual((await reply('TMearly')).status, { code: 403, status: 'FORBIDDEN', description: 'Send init first' });
        send({ method: 'init', id: 'TMinit1', token: await emu.mintToken('alice'), capabilities: [], metadata: {} });
        assert.equal((await reply('TMinit1')).status.code, 200);
        send({ method: 'init', id: 'TMinit2', token: await emu.mintToken('alice'), capabilities: [], metadata: {} });
        assert.deepEqual((await reply('TMinit2')).status, { code: 400, status: 'BAD_REQUEST', description: 'Already initialized' });
        ws.send(Buffer.from('not a twilsock frame'));
        await waitUntil(() => inbox.some(b => headerOf(b).method === 'close'), 'a close frame');
        assert.deepEqual(headerOf(inbox.find(b => headerOf(b).method === 'close')).status,
            { code: 406, status: 'NOT_ACCEPTABLE_MESSAGE', description: 'Not acceptable message', errorCode: 51214 });
    });
});
