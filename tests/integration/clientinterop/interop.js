// Helper for tst_clientinterop: drives the official twilio-sync JS client.
// usage: node interop.js <write|read|append> <token> <twilsockUrl> <cdsUrl> <document> [arg]
//   write JSON  sets the document data;  read  prints the data as one JSON line;
//   append N    appends N small extension actions {action, executor, n, by:"js"}, one mutate each.
const { SyncClient } = require('twilio-sync');

const [, , mode, token, twilsock, cds, name, arg] = process.argv;

(async () => {
    const client = new SyncClient(token, { twilsock: { uri: twilsock }, cdsUri: cds, logLevel: 'silent' });
    const doc = await client.document(name);
    if (mode === 'write') {
        await doc.set(JSON.parse(arg));
    } else if (mode === 'read') {
        process.stdout.write(JSON.stringify(doc.data) + '\n');
    } else if (mode === 'append') {
        for (let i = 0; i < Number(arg); i++) {
            await doc.mutate((data) => {
                data.extensionActions = (data.extensionActions || []).concat(
                    [{ action: 'lockBrowser', executor: 'extension', n: i, by: 'js' }]);
                return data;
            });
        }
    }
    await client.shutdown();
    process.exit(0);
})().catch((e) => {
    process.stderr.write(`interop.js: ${e.message}\n`);
    process.exit(1);
});
