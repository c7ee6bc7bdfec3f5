#include "emulatoroptions.h"

#include <QStandardPaths>

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
            host = QStringLiteral("127.0.0.1");
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
    return base + QStringLiteral("/sp-sync-emulator");
}

QString usageText()
{
    return QStringLiteral(
        "usage: sp-sync-emulator [--listen HOST:PORT] [--data DIR | --memory] [--acl on|open]\n"
        "                        [--rate-limits on|off] [--secret-file F] [--principals F] "
        "[--demo]\n"
        "                        [--ping-interval S] [--token-ttl S] [--expiry-warning S]\n"
        "                        [--max-message-bytes N] [--sp-token-path PATH]\n"
        "                        [--header-timeout-ms MS] [--max-connections N]\n"
        "                        [--max-queued-bytes N] [--max-total-queued-bytes N]\n"
        "                        [--subscription-ttl S]\n"
        "                        [--fault SPEC]... [--seed N]\n"
        "       sp-sync-emulator mint-token --identity X [--ttl S] [--data DIR | --secret-file "
        "F]\n"
        "       sp-sync-emulator --help | --version\n"
        "\n"
        "Limits (see docs/emulator-limits.md):\n"
        "  --header-timeout-ms MS       a request or WebSocket upgrade must arrive within MS\n"
        "                               (default 10000); idle plain HTTP connections close then\n"
        "  --max-connections N          open connections at most (default 4096, lowered to fit\n"
        "                               the open-files limit); more get 503 and are closed\n"
        "  --max-queued-bytes N         unsent bytes one WebSocket may hold (default 1048576)\n"
        "                               before it is closed with 308 (reconnect)\n"
        "  --max-total-queued-bytes N   unsent bytes over all WebSockets (default 33554432)\n"
        "  --max-message-bytes N        largest WebSocket message accepted (default 4194304)\n");
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
                return fail(QStringLiteral("--data needs a directory"));
            result.serve.dataDir = v;
            result.mint.dataDir = v;
            sawData = true;
        } else if (arg == u"--secret-file") {
            if (!value(&v) || v.isEmpty())
                return fail(QStringLiteral("--secret-file needs a file"));
            result.serve.secretFile = v;
            result.mint.secretFile = v;
        } else if (mint && arg == u"--identity") {
            if (!value(&v) || v.isEmpty())
                return fail(QStringLiteral("--identity needs a value"));
            result.mint.identity = v;
        } else if (mint && arg == u"--ttl") {
            // A negative ttl mints an already expired token (for tests of the 20104 refusal).
            if (!value(&v) || !parseInt(v, -86400, 86400, &result.mint.ttlSecs)
                || result.mint.ttlSecs == 0)
                return fail(
                    QStringLiteral("--ttl needs non-zero seconds between -86400 and 86400"));
        } else if (mint) {
            return fail(QStringLiteral("mint-token: unknown argument '%1'").arg(arg));
        } else if (arg == u"--listen") {
            if (!value(&v)
                || !parseHostPort(v, &result.serve.listenAddress, &result.serve.listenPort))
                return fail(QStringLiteral("--listen needs HOST:PORT"));
        } else if (arg == u"--memory") {
            result.serve.memory = true;
        } else if (arg == u"--acl") {
            if (!value(&v) || (v != u"on" && v != u"open"))
                return fail(QStringLiteral("--acl needs 'on' or 'open'"));
            result.serve.aclEnabled = v == u"on";
        } else if (arg == u"--rate-limits") {
            if (!value(&v) || (v != u"on" && v != u"off"))
                return fail(QStringLiteral("--rate-limits needs 'on' or 'off'"));
            result.serve.rateLimits = v == u"on";
        } else if (arg == u"--principals") {
            if (!value(&v) || v.isEmpty())
                return fail(QStringLiteral("--principals needs a file"));
            result.serve.principalsFile = v;
        } else if (arg == u"--demo") {
            result.serve.demo = true;
        } else if (arg == u"--ping-interval") {
            if (!value(&v) || !parseInt(v, 0, 3600, &result.serve.pingIntervalSecs))
                return fail(QStringLiteral("--ping-interval needs seconds between 0 and 3600"));
        } else if (arg == u"--token-ttl") {
            if (!value(&v) || !parseInt(v, 1, 86400, &result.serve.tokenTtlSecs))
                return fail(QStringLiteral("--token-ttl needs seconds between 1 and 86400"));
        } else if (arg == u"--subscription-ttl") {
            if (!value(&v) || !parseInt(v, 1, 86400, &result.serve.subscriptionTtlSecs))
                return fail(QStringLiteral("--subscription-ttl needs seconds between 1 and 86400"));
        } else if (arg == u"--expiry-warning") {
            if (!value(&v) || !parseInt(v, 0, 86400, &result.serve.expiryWarningSecs))
                return fail(QStringLiteral("--expiry-warning needs seconds between 0 and 86400"));
        } else if (arg == u"--max-message-bytes") {
            int n = 0;
            if (!value(&v) || !parseInt(v, 1024, 256 * 1024 * 1024, &n))
                return fail(QStringLiteral("--max-message-bytes needs a size of at least 1024"));
            result.serve.maxMessageBytes = n;
        } else if (arg == u"--header-timeout-ms") {
            if (!value(&v) || !parseInt(v, 50, 3600 * 1000, &result.serve.http.headerTimeoutMs))
                return fail(QStringLiteral(
                    "--header-timeout-ms needs milliseconds between 50 and 3600000"));
        } else if (arg == u"--max-connections") {
            if (!value(&v) || !parseInt(v, 1, 1000000, &result.serve.http.maxConnections))
                return fail(QStringLiteral("--max-connections needs a number between 1 and "
                                           "1000000"));
        } else if (arg == u"--max-queued-bytes" || arg == u"--max-total-queued-bytes") {
            int n = 0;
            if (!value(&v) || !parseInt(v, 4096, 1024 * 1024 * 1024, &n))
                return fail(QStringLiteral("%1 needs a size between 4096 and 1073741824").arg(arg));
            (arg == u"--max-queued-bytes" ? result.serve.maxQueuedBytes
                                          : result.serve.maxTotalQueuedBytes)
                = n;
        } else if (arg == u"--sp-token-path") {
            if (!value(&v) || !v.startsWith(u'/'))
                return fail(QStringLiteral("--sp-token-path needs a path starting with '/'"));
            result.serve.spTokenPath = v;
        } else if (arg == u"--fault") {
            if (!value(&v) || v.isEmpty())
                return fail(QStringLiteral("--fault needs a spec"));
            result.serve.faults.append(v);
        } else if (arg == u"--seed") {
            bool ok = false;
            if (!value(&v))
                return fail(QStringLiteral("--seed needs a number"));
            result.serve.seed = v.toUInt(&ok);
            if (!ok)
                return fail(QStringLiteral("--seed needs a non-negative number"));
            result.serve.seedGiven = true;
        } else {
            return fail(QStringLiteral("unknown argument '%1'").arg(arg));
        }
    }

    if (mint && result.mint.identity.isEmpty())
        return fail(QStringLiteral("mint-token needs --identity"));
    if (!mint && sawData && result.serve.memory)
        return fail(QStringLiteral("--data and --memory exclude each other"));
    return result;
}

} // namespace SpEmu
