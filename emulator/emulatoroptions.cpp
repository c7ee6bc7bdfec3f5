#include "emulatoroptions.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStandardPaths>
#include <functional>

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

namespace {

    // One flag: where it may be used, and how its value (if any) is read into the result.
    // apply returns false for a bad value, and the flag's `needs` message is the error.
    struct Flag
    {
        enum Scope { Serve, Mint, Both };
        QString name;
        Scope scope = Serve;
        QString needs; // the error for a missing or bad value; empty for a switch
        std::function<bool(const QString &value, ParsedCommandLine &r)> apply;
        QString missing = {}; // when it differs from `needs`
    };

    template <typename Field>
    std::function<bool(const QString &, ParsedCommandLine &)> intInto(Field field, int min, int max)
    {
        return [field, min, max](const QString &v, ParsedCommandLine &r) {
            int n = 0;
            if (!parseInt(v, min, max, &n))
                return false;
            field(r) = n;
            return true;
        };
    }

    std::function<bool(const QString &, ParsedCommandLine &)> nonEmptyInto(
        std::function<void(ParsedCommandLine &, const QString &)> store)
    {
        return [store = std::move(store)](const QString &v, ParsedCommandLine &r) {
            if (v.isEmpty())
                return false;
            store(r, v);
            return true;
        };
    }

    const QList<Flag> &flags()
    {
        using R = ParsedCommandLine;
        static const QList<Flag> table {
            { u"data"_s, Flag::Both, u"--data needs a directory"_s,
                nonEmptyInto(
                    [](R &r, const QString &v) { r.serve.dataDir = r.mint.dataDir = v; }) },
            { u"secret-file"_s, Flag::Both, u"--secret-file needs a file"_s,
                nonEmptyInto(
                    [](R &r, const QString &v) { r.serve.secretFile = r.mint.secretFile = v; }) },
            { u"identity"_s, Flag::Mint, u"--identity needs a value"_s,
                nonEmptyInto([](R &r, const QString &v) { r.mint.identity = v; }) },
            // A negative ttl mints an already expired token (for tests of the 20104 refusal).
            { u"ttl"_s, Flag::Mint, u"--ttl needs non-zero seconds between -86400 and 86400"_s,
                [](const QString &v, R &r) {
                    return parseInt(v, -86400, 86400, &r.mint.ttlSecs) && r.mint.ttlSecs != 0;
                } },
            { u"listen"_s, Flag::Serve, u"--listen needs HOST:PORT"_s,
                [](const QString &v, R &r) {
                    return parseHostPort(v, &r.serve.listenAddress, &r.serve.listenPort);
                } },
            { u"memory"_s, Flag::Serve, {},
                [](const QString &, R &r) { return r.serve.memory = true; } },
            { u"acl"_s, Flag::Serve, u"--acl needs 'on' or 'open'"_s,
                [](const QString &v, R &r) {
                    r.serve.aclEnabled = v == u"on";
                    return v == u"on" || v == u"open";
                } },
            { u"rate-limits"_s, Flag::Serve, u"--rate-limits needs 'on' or 'off'"_s,
                [](const QString &v, R &r) {
                    r.serve.rateLimits = v == u"on";
                    return v == u"on" || v == u"off";
                } },
            { u"principals"_s, Flag::Serve, u"--principals needs a file"_s,
                nonEmptyInto([](R &r, const QString &v) { r.serve.principalsFile = v; }) },
            { u"demo"_s, Flag::Serve, {},
                [](const QString &, R &r) { return r.serve.demo = true; } },
            { u"ping-interval"_s, Flag::Serve,
                u"--ping-interval needs seconds between 0 and 3600"_s,
                intInto([](R &r) -> int & { return r.serve.pingIntervalSecs; }, 0, 3600) },
            { u"token-ttl"_s, Flag::Serve, u"--token-ttl needs seconds between 1 and 86400"_s,
                intInto([](R &r) -> int & { return r.serve.tokenTtlSecs; }, 1, 86400) },
            { u"subscription-ttl"_s, Flag::Serve,
                u"--subscription-ttl needs seconds between 1 and 86400"_s,
                intInto([](R &r) -> int & { return r.serve.subscriptionTtlSecs; }, 1, 86400) },
            { u"expiry-warning"_s, Flag::Serve,
                u"--expiry-warning needs seconds between 0 and 86400"_s,
                intInto([](R &r) -> int & { return r.serve.expiryWarningSecs; }, 0, 86400) },
            { u"max-message-bytes"_s, Flag::Serve,
                u"--max-message-bytes needs a size of at least 1024"_s,
                intInto([](R &r) -> qint64 & { return r.serve.maxMessageBytes; }, 1024,
                    256 * 1024 * 1024) },
            { u"header-timeout-ms"_s, Flag::Serve,
                u"--header-timeout-ms needs milliseconds between 50 and 3600000"_s,
                intInto(
                    [](R &r) -> int & { return r.serve.http.headerTimeoutMs; }, 50, 3600 * 1000) },
            { u"max-connections"_s, Flag::Serve,
                u"--max-connections needs a number between 1 and 1000000"_s,
                intInto([](R &r) -> int & { return r.serve.http.maxConnections; }, 1, 1000000) },
            { u"max-queued-bytes"_s, Flag::Serve,
                u"--max-queued-bytes needs a size between 4096 and 1073741824"_s,
                intInto([](R &r) -> qint64 & { return r.serve.maxQueuedBytes; }, 4096,
                    1024 * 1024 * 1024) },
            { u"max-total-queued-bytes"_s, Flag::Serve,
                u"--max-total-queued-bytes needs a size between 4096 and 1073741824"_s,
                intInto([](R &r) -> qint64 & { return r.serve.maxTotalQueuedBytes; }, 4096,
                    1024 * 1024 * 1024) },
            { u"sp-token-path"_s, Flag::Serve, u"--sp-token-path needs a path starting with '/'"_s,
                [](const QString &v, R &r) {
                    r.serve.spTokenPath = v;
                    return v.startsWith(u'/');
                } },
            { u"fault"_s, Flag::Serve, u"--fault needs a spec"_s,
                nonEmptyInto([](R &r, const QString &v) { r.serve.faults.append(v); }) },
            { u"seed"_s, Flag::Serve, u"--seed needs a non-negative number"_s,
                [](const QString &v, R &r) {
                    bool ok = false;
                    r.serve.seed = v.toUInt(&ok);
                    r.serve.seedGiven = true;
                    return ok;
                },
                u"--seed needs a number"_s },
        };
        return table;
    }

    const Flag *findFlag(const QString &name)
    {
        for (const Flag &f : flags()) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

    QString dashed(const QString &name) { return (name.size() == 1 ? u"-"_s : u"--"_s) + name; }

} // namespace

std::optional<ParsedCommandLine> parseCommandLine(const QStringList &args, QString *error)
{
    ParsedCommandLine result;
    auto fail = [error](const QString &message) -> std::optional<ParsedCommandLine> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    QCommandLineParser p;
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList { u"h"_s, u"help"_s });
    const QCommandLineOption version(u"version"_s);
    p.addOptions({ help, version });
    for (const Flag &f : flags())
        p.addOption(f.needs.isEmpty() ? QCommandLineOption(f.name)
                                      : QCommandLineOption(f.name, {}, u"V"_s));

    const bool mint = !args.isEmpty() && args.first() == u"mint-token";
    const QString unknownPrefix = mint ? u"mint-token: "_s : QString();
    auto allowed = [mint](const Flag &f) {
        return f.scope == Flag::Both || (f.scope == Flag::Mint) == mint;
    };
    // A value flag at the very end has no value: the flag's own message says what it needs
    // (QCommandLineParser's would only say that a value is missing).
    if (!args.isEmpty() && args.last().startsWith(u"--")) {
        const Flag *last = findFlag(args.last().mid(2));
        if (last && !allowed(*last))
            return fail(unknownPrefix + u"unknown argument '%1'"_s.arg(args.last()));
        if (last && !last->needs.isEmpty())
            return fail(last->missing.isEmpty() ? last->needs : last->missing);
    }
    if (!p.parse(QStringList { u"sp-sync-emulator"_s } + args)) {
        const QStringList unknown = p.unknownOptionNames();
        return fail(unknown.isEmpty()
                ? p.errorText()
                : unknownPrefix + u"unknown argument '%1'"_s.arg(dashed(unknown.first())));
    }
    if (p.isSet(help)) {
        result.command = ParsedCommandLine::Command::Help;
        return result;
    }
    if (p.isSet(version)) {
        result.command = ParsedCommandLine::Command::Version;
        return result;
    }

    QStringList positional = p.positionalArguments();
    if (mint) {
        result.command = ParsedCommandLine::Command::MintToken;
        positional.removeFirst();
    }
    if (!positional.isEmpty())
        return fail(unknownPrefix + u"unknown argument '%1'"_s.arg(positional.first()));

    // In command-line order, so that the first bad flag is the one reported, and the last
    // value of a repeated flag is the one kept (--fault collects them all).
    QHash<QString, qsizetype> seen;
    const QStringList names = p.optionNames();
    for (const QString &name : names) {
        const Flag *f = findFlag(name);
        if (!f)
            continue;
        if (!allowed(*f))
            return fail(unknownPrefix + u"unknown argument '%1'"_s.arg(dashed(name)));
        const qsizetype n = seen[name]++;
        const QString value = f->needs.isEmpty() ? QString() : p.values(name).value(n);
        if (!f->apply(value, result))
            return fail(f->needs);
    }

    if (mint && result.mint.identity.isEmpty())
        return fail(u"mint-token needs --identity"_s);
    if (!mint && p.isSet(u"data"_s) && result.serve.memory)
        return fail(u"--data and --memory exclude each other"_s);
    return result;
}

} // namespace SpEmu
