'use strict';
// Shared helpers for the conformance scenarios: start sp-sync-emulator on 127.0.0.1,
// create official twilio-sync clients against it, bound every wait, clean up always.
// Tokens are never printed: the client stays silent and recorded frames are redacted.

const { spawn, execFile } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { SyncClient } = require('twilio-sync');
const frames = require('./frames');

const START_TIMEOUT_MS = 15000;
const DEFAULT_WAIT_MS = 10000;

function emulatorPath() {
    const i = process.argv.indexOf('--emulator');
    const p = i >= 0 ? process.argv[i + 1] : process.env.SP_EMULATOR;
    if (!p) throw new Error('set SP_EMULATOR (or pass --emulator PATH) to the sp-sync-emulator binary');
    if (!fs.existsSync(p)) throw new Error(`sp-sync-emulator not found at ${p}`);
    return p;
}

// Rejects with a message naming what was awaited instead of hanging.
function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Resolves with the arguments of the first `event` that passes `filter`.
function waitEvent(emitter, event, { timeout = DEFAULT_WAIT_MS, filter = () => true, what } = {}) {
    let handler;
    const p = new Promise((resolve) => {
        handler = (...args) => { if (filter(...args)) resolve(args.length > 1 ? args : args[0]); };
        emitter.on(event, handler);
    });
    return withTimeout(p, timeout, what || `event '${event}'`).finally(() => emitter.removeListener(event, handler));
}

// Polls a condition (for state that has no event of its own); bounded.
async function waitUntil(predicate, what, timeout = DEFAULT_WAIT_MS, stepMs = 25) {
    const end = Date.now() + timeout;
    for (;;) {
        if (await predicate()) return;
        if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting until ${what}`);
        await new Promise(r => setTimeout(r, stepMs));
    }
}

const delay = ms => new Promise(r => setTimeout(r, ms));

function randomSid(prefix) {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let s = prefix;
    for (const b of crypto.randomBytes(32)) s += alphabet[b % alphabet.length];
    return s;
}

function uniqueDocName(tag) {
    return `conf_${tag}_${crypto.randomBytes(6).toString('hex')}`;
}

// Children still alive when the process ends are killed so no emulator outlives a test file.
const liveChildren = new Set();
process.on('exit', () => { for (const c of liveChildren) { try { c.kill('SIGKILL'); } catch { /* gone */ } } });

class Emulator {
    constructor(args, dir) {
        this.args = args;
        this.dir = dir;
        this.proc = null;
        this.stderr = '';
        this.port = 0;
    }

    async start(port = 0) {
        const bin = emulatorPath();
        const argv = ['--listen', `127.0.0.1:${port}`, ...this.args];
        const proc = spawn(bin, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
        this.proc = proc;
        liveChildren.add(proc);
        proc.on('exit', () => liveChildren.delete(proc));
        proc.stderr.on('data', d => { this.stderr = (this.stderr + d).slice(-8000); });
        const line = await withTimeout(new Promise((resolve, reject) => {
            let buf = '';
            const onData = (d) => {
                buf += d;
                for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
                    const l = buf.slice(0, nl).trim();
                    buf = buf.slice(nl + 1);
                    if (l.startsWith('{') && l.includes('"twilsock"')) { proc.stdout.off('data', onData); resolve(l); return; }
                }
            };
            proc.stdout.on('data', onData);
            proc.once('exit', (code, sig) => reject(new Error(
                `sp-sync-emulator ${argv.join(' ')} exited (${code ?? sig}) before its JSON line; stderr: ${this.stderr.slice(-1500)}`)));
            proc.once('error', reject);
        }), START_TIMEOUT_MS, `the emulator's JSON start line (${argv.join(' ')})`);
        proc.stdout.resume(); // keep draining so the child never blocks on a full pipe
        const info = JSON.parse(line);
        for (const k of ['twilsock', 'cds', 'spApi']) {
            if (typeof info[k] !== 'string' || !info[k].includes('127.0.0.1')) {
                throw new Error(`emulator start line lacks a 127.0.0.1 '${k}': ${line}`);
            }
        }
        Object.assign(this, info);
        this.port = Number(new URL(info.cds).port);
        return this;
    }

    get running() { return this.proc !== null && this.proc.exitCode === null && this.proc.signalCode === null; }

    async kill(signal = 'SIGKILL') {
        const proc = this.proc;
        if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
        const exited = new Promise(r => proc.once('exit', r));
        proc.kill(signal);
        await withTimeout(exited, 5000, `emulator exit after ${signal}`).catch(() => proc.kill('SIGKILL'));
    }

    // Same port, same flags (so the same --data dir): what a restart after a crash looks like.
    async restart() {
        await this.kill('SIGKILL');
        const end = Date.now() + 5000;
        for (;;) { // the port may linger for a moment after the kill
            try { return await this.start(this.port); } catch (e) {
                if (Date.now() > end) throw e;
                await delay(100);
            }
        }
    }

    // `sp-sync-emulator mint-token`; the token goes straight into the client, never to output.
    mintToken(identity, { ttl, extra = [] } = {}) {
        const argv = ['mint-token', '--identity', identity, ...this.mintArgs(), ...extra];
        if (ttl !== undefined) argv.push('--ttl', String(ttl));
        return withTimeout(new Promise((resolve, reject) => {
            execFile(emulatorPath(), argv, { timeout: 10000 }, (err, stdout, stderr) => {
                if (err) { reject(new Error(`mint-token failed (${err.code ?? err.signal}): ${String(stderr).slice(0, 500)}`)); return; }
                const lines = String(stdout).split('\n').map(s => s.trim()).filter(Boolean);
                const last = lines[lines.length - 1] || '';
                let token = last;
                if (last.startsWith('{')) { try { token = JSON.parse(last).token; } catch { /* plain */ } }
                if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token || '')) { reject(new Error('mint-token printed no JWT')); return; }
                resolve(token);
            });
        }), 12000, 'mint-token');
    }

    mintArgs() {
        const i = this.args.indexOf('--secret-file');
        if (i >= 0) return ['--secret-file', this.args[i + 1]];
        const d = this.args.indexOf('--data');
        return d >= 0 ? ['--data', this.args[d + 1]] : [];
    }

    // POST <spApi>/sync/token; answers {status, body}.
    async spToken(spToken, identity, documentId) {
        const headers = { 'Content-Type': 'application/json' };
        if (spToken !== null) headers.Authorization = `Bearer ${spToken}`;
        const res = await withTimeout(fetch(`${this.spApi}/sync/token`, {
            method: 'POST', headers, body: JSON.stringify({ identity, documentId }),
        }), 10000, 'the SP token API');
        const text = await res.text();
        let body = null;
        try { body = JSON.parse(text); } catch { body = text; }
        return { status: res.status, body };
    }
}

// One per test: everything it starts is stopped in t.after, pass or fail.
class Harness {
    constructor(t) {
        this.t = t;
        this.clients = [];
        this.emulators = [];
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-conf-'));
        this.secret = crypto.randomBytes(24).toString('hex');
        this.secretFile = path.join(this.dir, 'secret');
        fs.writeFileSync(this.secretFile, this.secret, { mode: 0o600 });
        t.after(() => this.cleanup());
    }

    // Defaults: in memory, ACL open, no rate limits, our secret file. `args` are added after.
    async emulator(args = [], { acl = 'open', storage = '--memory', rateLimits = false, secretFile = true } = {}) {
        const full = [];
        if (storage === '--memory') full.push('--memory');
        else full.push('--data', storage);
        full.push('--acl', acl);
        if (secretFile) full.push('--secret-file', this.secretFile);
        if (!rateLimits) full.push('--rate-limits', 'off');
        full.push(...args);
        const emu = new Emulator(full, this.dir);
        this.emulators.push(emu);
        await emu.start();
        return emu;
    }

    writeFile(name, content) {
        const p = path.join(this.dir, name);
        fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content), { mode: 0o600 });
        return p;
    }

    client(emu, token, options = {}) {
        const c = new SyncClient(token, {
            twilsock: { uri: emu.twilsock },
            cdsUri: emu.cds,
            logLevel: 'silent',
            ...options,
        });
        // keep the last error for failure messages; never the token
        c.on('connectionError', e => { c.lastConnectionError = e; });
        this.clients.push(c);
        return c;
    }

    async connectedClient(emu, identity, options = {}) {
        const token = await emu.mintToken(identity);
        const c = this.client(emu, token, options);
        await waitConnected(c);
        return c;
    }

    async cleanup() {
        await Promise.all(this.clients.map(c => withTimeout(c.shutdown(), 4000, 'client shutdown').catch(() => {})));
        this.clients = [];
        await Promise.all(this.emulators.map(e => e.kill('SIGTERM')));
        this.emulators = [];
        fs.rmSync(this.dir, { recursive: true, force: true });
    }

    // Adds the emulator's recent stderr to a failing assertion's message.
    diagnostics() {
        return this.emulators.map(e => `--- emulator :${e.port} stderr (tail) ---\n${e.stderr.slice(-1500)}`).join('\n');
    }
}

async function waitConnected(client, timeout = DEFAULT_WAIT_MS) {
    if (client.connectionState === 'connected') return;
    await waitEvent(client, 'connectionStateChanged', {
        timeout, filter: s => s === 'connected' || s === 'denied',
        what: 'the client to connect',
    }).catch((e) => {
        const last = client.lastConnectionError;
        if (last) e.message += ` (last connectionError: ${last.message})`;
        throw e;
    }).then((s) => {
        if (s === 'denied') {
            const e = client.lastConnectionError;
            throw new Error(`client was denied: ${e ? `${e.httpStatusCode ?? ''}/${e.errorCode ?? ''} ${e.message}` : 'no detail'}`);
        }
    });
}

// Runs `fn` and fails with the emulator stderr tail attached, to make findings precise.
async function explain(h, fn) {
    try { return await fn(); } catch (e) {
        const extra = `\n${h.diagnostics()}\n--- last frames (tokens redacted) ---\n${frames.dump(12)}`;
        if (e && typeof e === 'object') {
            e.stack = `${e.stack || e.message}${extra}`; // the reporter prints the stack
        }
        throw e;
    }
}

// HS256 JWT in Twilio's access-token layout, for forged and expired tokens.
function signToken(secret, { identity, iat, exp, serviceSid = 'IS' + '0'.repeat(32), grants }) {
    const b64 = o => Buffer.from(JSON.stringify(o)).toString('base64url');
    const keySid = 'SK' + '1'.repeat(32);
    const header = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
    const now = Math.floor(Date.now() / 1000);
    const payload = {
        jti: `${keySid}-${iat ?? now}`, iss: keySid, sub: 'AC' + '2'.repeat(32),
        iat: iat ?? now, exp: exp ?? now + 3600,
        grants: grants ?? { identity, data_sync: { service_sid: serviceSid } },
    };
    const body = `${b64(header)}.${b64(payload)}`;
    const sig = crypto.createHmac('sha256', secret).update(body).digest('base64url');
    return `${body}.${sig}`;
}

module.exports = {
    Harness, Emulator, withTimeout, waitEvent, waitUntil, waitConnected, delay, randomSid,
    uniqueDocName, signToken, explain, emulatorPath, frames, DEFAULT_WAIT_MS,
};
