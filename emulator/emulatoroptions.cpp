#include "emulatoroptions.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SpEmu {

namespace {

    bool parseHostPort(const QString &text, QHostAddress *address, quint16 *port)
    {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0)
            return false;
        QString host = text.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        bool ok = false;
        const uint p = text.mid(colon + 1).toUInt(&ok);
        if (!ok || p > 65535)
            return false;
        if (host == u"localhost")
            host = u"127.0.0.1"_s;
        QHostAddress a;
        if (!a.setAddress(host))
            return false;
        *address = a;
        *port = quint16(p);
        return true;
    }

    bool parseInt(const QString &text, int min, int max, int *out)
    {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        *out = v;
        return true;
    }

} // namespace

QString EmulatorOptions::effectiveDataDir() const
{
    if (memory)
        return {};
    if (!dataDir.isEmpty())
        return dataDir;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + u"/sp-sync-emulator"_s;
}

QString usageText()
{
    return u"usage: sp-sync-emulator [--listen HOST:PORT] [--data DIR | --memory] [--acl on|open]\n"
           u"                        [--rate-limits on|off] [--secret-file F] [--principals F] "
           u"[--demo]\n"
           u"                        [--ping-interval S] [--token-ttl S] [--expiry-warning S]\n"
           u"                        [--max-message-bytes N] [--sp-token-path PATH]\n"
           u"                        [--header-timeout-ms MS] [--max-connections N]\n"
           u"                        [--max-queued-bytes N] [--max-total-queued-bytes N]\n"
           u"                        [--subscription-ttl S]\n"
           u"                        [--fault SPEC]... [--seed N]\n"
           u"       sp-sync-emulator mint-token --identity X [--ttl S] [--data DIR | --secret-file "
           u"F]\n"
           u"       sp-sync-emulator --help | --version\n"
           u"\n"
           u"Limits (see docs/emulator-limits.md):\n"
           u"  --header-timeout-ms MS       a request or WebSocket upgrade must arrive within MS\n"
           u"                               (default 10000); idle plain HTTP connections close "
           u"then\n"
           u"  --max-connections N          open connections at most (default 4096, lowered to "
           u"fit\n"
           u"                               the open-files limit); more get 503 and are closed\n"
           u"  --max-queued-bytes N         unsent bytes one WebSocket may hold (default 1048576)\n"
           u"                               before it is closed with 308 (reconnect)\n"
           u"  --max-total-queued-bytes N   unsent bytes over all WebSockets (default 33554432)\n"
           u"  --max-message-bytes N        largest WebSocket message accepted (default 4194304)\n"_s;
}

std::optional<ParsedCommandLine> parseCommandLine(const QStringList &args, QString *error)
{
    ParsedCommandLine result;
    auto fail = [error](const QString &message) -> std::optional<ParsedCommandLine> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    qsizetype i = 0;
    if (!args.isEmpty() && args.first() == u"mint-token") {
        result.command = ParsedCommandLine::Command::MintToken;
        i = 1;
    }
    const bool mint = result.command == ParsedCommandLine::Command::MintToken;
    bool sawData = false;

    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-h" || arg == u"--help") {
            result.command = ParsedCommandLine::Command::Help;
            return result;
        }
        if (arg == u"--version") {
            result.command = ParsedCommandLine::Command::Version;
            return result;
        }
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (arg == u"--data") {
            if (!value(&v) || v.isEmpty())
                return fail(u"--data needs a directory"_s);
            result.serve.dataDir = v;
            result.mint.dataDir = v;
            sawData = true;
        } else if (arg == u"--secret-file") {
            if (!value(&v) || v.isEmpty())
                return fail(u"--secret-file needs a file"_s);
            result.serve.secretFile = v;
            result.mint.secretFile = v;
        } else if (mint && arg == u"--identity") {
            if (!value(&v) || v.isEmpty())
                return fail(u"--identity needs a value"_s);
            result.mint.identity = v;
        } else if (mint && arg == u"--ttl") {
            // A negative ttl mints an already expired token (for tests of the 20104 refusal).
            if (!value(&v) || !parseInt(v, -86400, 86400, &result.mint.ttlSecs)
                || result.mint.ttlSecs == 0)
                return fail(u"--ttl needs non-zero seconds between -86400 and 86400"_s);
        } else if (mint) {
            return fail(u"mint-token: unknown argument '%1'"_s.arg(arg));
        } else if (arg == u"--listen") {
            if (!value(&v)
                || !parseHostPort(v, &result.serve.listenAddress, &result.serve.listenPort))
                return fail(u"--listen needs HOST:PORT"_s);
        } else if (arg == u"--memory") {
            result.serve.memory = true;
        } else if (arg == u"--acl") {
            if (!value(&v) || (v != u"on" && v != u"open"))
                return fail(u"--acl needs 'on' or 'open'"_s);
            result.serve.aclEnabled = v == u"on";
        } else if (arg == u"--rate-limits") {
            if (!value(&v) || (v != u"on" && v != u"off"))
                return fail(u"--rate-limits needs 'on' or 'off'"_s);
            result.serve.rateLimits = v == u"on";
        } else if (arg == u"--principals") {
            if (!value(&v) || v.isEmpty())
                return fail(u"--principals needs a file"_s);
            result.serve.principalsFile = v;
        } else if (arg == u"--demo") {
            result.serve.demo = true;
        } else if (arg == u"--ping-interval") {
            if (!value(&v) || !parseInt(v, 0, 3600, &result.serve.pingIntervalSecs))
                return fail(u"--ping-interval needs seconds between 0 and 3600"_s);
        } else if (arg == u"--token-ttl") {
            if (!value(&v) || !parseInt(v, 1, 86400, &result.serve.tokenTtlSecs))
                return fail(u"--token-ttl needs seconds between 1 and 86400"_s);
        } else if (arg == u"--subscription-ttl") {
            if (!value(&v) || !parseInt(v, 1, 86400, &result.serve.subscriptionTtlSecs))
                return fail(u"--subscription-ttl needs seconds between 1 and 86400"_s);
        } else if (arg == u"--expiry-warning") {
            if (!value(&v) || !parseInt(v, 0, 86400, &result.serve.expiryWarningSecs))
                return fail(u"--expiry-warning needs seconds between 0 and 86400"_s);
        } else if (arg == u"--max-message-bytes") {
            int n = 0;
            if (!value(&v) || !parseInt(v, 1024, 256 * 1024 * 1024, &n))
                return fail(u"--max-message-bytes needs a size of at least 1024"_s);
            result.serve.maxMessageBytes = n;
        } else if (arg == u"--header-timeout-ms") {
            if (!value(&v) || !parseInt(v, 50, 3600 * 1000, &result.serve.http.headerTimeoutMs))
                return fail(u"--header-timeout-ms needs milliseconds between 50 and 3600000"_s);
        } else if (arg == u"--max-connections") {
            if (!value(&v) || !parseInt(v, 1, 1000000, &result.serve.http.maxConnections))
                return fail(u"--max-connections needs a number between 1 and "
                            u"1000000"_s);
        } else if (arg == u"--max-queued-bytes" || arg == u"--max-total-queued-bytes") {
            int n = 0;
            if (!value(&v) || !parseInt(v, 4096, 1024 * 1024 * 1024, &n))
                return fail(u"%1 needs a size between 4096 and 1073741824"_s.arg(arg));
            (arg == u"--max-queued-bytes" ? result.serve.maxQueuedBytes
                                          : result.serve.maxTotalQueuedBytes)
                = n;
        } else if (arg == u"--sp-token-path") {
            if (!value(&v) || !v.startsWith(u'/'))
                return fail(u"--sp-token-path needs a path starting with '/'"_s);
            result.serve.spTokenPath = v;
        } else if (arg == u"--fault") {
            if (!value(&v) || v.isEmpty())
                return fail(u"--fault needs a spec"_s);
            result.serve.faults.append(v);
        } else if (arg == u"--seed") {
            bool ok = false;
            if (!value(&v))
                return fail(u"--seed needs a number"_s);
            result.serve.seed = v.toUInt(&ok);
            if (!ok)
                return fail(u"--seed needs a non-negative number"_s);
            result.serve.seedGiven = true;
        } else {
            return fail(u"unknown argument '%1'"_s.arg(arg));
        }
    }

    if (mint && result.mint.identity.isEmpty())
        return fail(u"mint-token needs --identity"_s);
    if (!mint && sawData && result.serve.memory)
        return fail(u"--data and --memory exclude each other"_s);
    return result;
}

} // namespace SpEmu
