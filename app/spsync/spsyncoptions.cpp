#include "spsyncoptions.h"

#include "region.h"
#include "spsynctext.h"
#include "urlpolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace SpSyncCli {

namespace {

    SyncError invalid(const QString &message)
    {
        return SyncError::make(SyncError::Kind::InvalidInput, message);
    }

    // Parses a JSON object given on the command line; names the option in the error.
    bool parseObject(const QString &text, const QString &what, QJsonObject *out, QString *error)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = Text::tr("%1 is not valid JSON: %2 at offset %3")
                         .arg(what, parseError.errorString(), QString::number(parseError.offset));
            return false;
        }
        if (!doc.isObject()) {
            *error = Text::tr("%1 must be a JSON object").arg(what);
            return false;
        }
        *out = doc.object();
        return true;
    }

    bool parseUrl(const QString &text, const QString &option, QUrl *out, QString *error)
    {
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty()) {
            *error = Text::tr("%1 needs an absolute URL such as https://host/v1, not \"%2\"")
                         .arg(option, text);
            return false;
        }
        QString why;
        if (!isAllowedUrl(url, &why)) {
            *error = Text::tr("%1 is refused: %2").arg(option, why);
            return false;
        }
        *out = url;
        return true;
    }

    Command commandFor(const QString &name)
    {
        static const QHash<QString, Command> commands {
            { u"get"_s, Command::Get },
            { u"set"_s, Command::Set },
            { u"replace"_s, Command::Replace },
            { u"action"_s, Command::Action },
            { u"actions"_s, Command::Actions },
            { u"watch"_s, Command::Watch },
        };
        return commands.value(name, Command::None);
    }

    // The positional arguments each command takes.
    int positionalCount(Command c)
    {
        switch (c) {
        case Command::Set:
        case Command::Replace:
        case Command::Action:
        case Command::Actions:
            return 1;
        default:
            return 0;
        }
    }

} // namespace

bool parseField(const QString &spec, QString *key, QJsonValue *value, QString *error)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0 || (eq == 1 && spec.at(0) == u':')) {
        *error = Text::tr("--field needs KEY=VALUE or KEY:=JSON, not \"%1\"").arg(spec);
        return false;
    }
    if (spec.at(eq - 1) == u':') {
        *key = spec.left(eq - 1);
        const QByteArray json = spec.mid(eq + 1).toUtf8();
        QJsonParseError parseError;
        // Wrapped in an array so that scalars parse too.
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &parseError);
        if (json.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError
            || doc.array().size() != 1) {
            *error = Text::tr("--field %1:= needs a JSON value, not \"%2\"")
                         .arg(*key, QString::fromUtf8(json));
            return false;
        }
        *value = doc.array().first();
        return true;
    }
    *key = spec.left(eq);
    *value = spec.mid(eq + 1);
    return true;
}

namespace {

    // spsync's options, and the parser that read them.
    struct Cli
    {
        QCommandLineParser p;
        const QCommandLineOption help { QStringList { u"h"_s, u"help"_s } };
        const QCommandLineOption version { u"version"_s };
        const QCommandLineOption verbose { u"verbose"_s };
        const QCommandLineOption server { u"server"_s, {}, u"URL"_s };
        const QCommandLineOption baseUri { u"base-uri"_s, {}, u"URL"_s };
        const QCommandLineOption spToken { u"sp-token"_s, {}, u"T"_s };
        const QCommandLineOption twilioToken { u"twilio-token"_s, {}, u"T"_s };
        const QCommandLineOption tokenPath { u"token-path"_s, {}, u"PATH"_s };
        const QCommandLineOption caFile { u"ca-file"_s, {}, u"PEM"_s };
        const QCommandLineOption region { u"region"_s, {}, u"REGION"_s };
        const QCommandLineOption wireLog { u"wire-log"_s, {}, u"FILE"_s };
        const QCommandLineOption document { u"document"_s, {}, u"NAME"_s };
        const QCommandLineOption identity { u"identity"_s, {}, u"ID"_s };
        const QCommandLineOption session { u"session"_s, {}, u"ES"_s };
        const QCommandLineOption proctor { u"proctor"_s, {}, u"PU"_s };
        const QCommandLineOption room { u"room"_s, {}, u"PR"_s };
        const QCommandLineOption initialData { u"initial-data"_s, {}, u"JSON"_s };
        const QCommandLineOption catalog { u"catalog"_s, {}, u"FILE"_s };
        const QCommandLineOption field { u"field"_s, {}, u"K=V"_s };
        const QCommandLineOption respondTo { u"respond-to"_s, {}, u"X"_s };
        const QCommandLineOption consume { u"consume"_s, {}, u"EXECUTOR"_s };
        const QCommandLineOption count { u"count"_s, {}, u"N"_s };
        const QCommandLineOption timeout { u"timeout"_s, {}, u"S"_s };

        Cli()
        {
            p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
            p.addOptions({ help, version, verbose, server, baseUri, spToken, twilioToken, tokenPath,
                caFile, region, document, identity, session, proctor, room, initialData, catalog,
                field, respondTo, consume, count, timeout, wireLog });
        }
    };

    // A value option given twice would silently keep one; say so instead.
    bool checkGivenOnce(const Cli &c, QString *err)
    {
        for (const QCommandLineOption *single :
            { &c.server, &c.baseUri, &c.spToken, &c.twilioToken, &c.tokenPath, &c.caFile, &c.region,
                &c.document, &c.identity, &c.session, &c.proctor, &c.room, &c.initialData,
                &c.catalog, &c.respondTo, &c.count, &c.timeout, &c.wireLog }) {
            if (c.p.values(*single).size() > 1) {
                *err = Text::tr("--%1 may be given only once").arg(single->names().constLast());
                return false;
            }
        }
        return true;
    }

    // The command and its positional argument.
    bool readCommand(const Cli &c, Options &o, QString *err)
    {
        const QStringList positional = c.p.positionalArguments();
        if (positional.isEmpty()) {
            *err = Text::tr("no command given (get, set, replace, action, actions or watch)");
            return false;
        }
        const QString &name = positional.first();
        o.command = commandFor(name);
        if (o.command == Command::None) {
            *err = Text::tr("unknown command \"%1\" (get, set, replace, action, actions or watch)")
                       .arg(name);
            return false;
        }
        const int expected = positionalCount(o.command);
        if (positional.size() - 1 != expected) {
            *err = expected == 0 ? Text::tr("%1 takes no arguments").arg(name)
                                 : Text::tr("%1 takes exactly one argument").arg(name);
            return false;
        }
        const QString arg = expected ? positional.at(1) : QString();
        switch (o.command) {
        case Command::Set:
        case Command::Replace:
            return parseObject(arg, Text::tr("the %1 argument").arg(name), &o.data, err);
        case Command::Action:
            o.actionType = arg;
            return true;
        case Command::Actions:
            o.actionsFile = arg;
            return true;
        default:
            return true;
        }
    }

    // --field, --respond-to, --consume, --count and --timeout.
    bool readCommandOptions(const Cli &c, Options &o, QString *err)
    {
        const QCommandLineParser &p = c.p;
        if (o.command != Command::Action && (p.isSet(c.field) || p.isSet(c.respondTo))) {
            *err = Text::tr("--field and --respond-to belong to the action command");
            return false;
        }
        if (o.command != Command::Watch && (p.isSet(c.consume) || p.isSet(c.count))) {
            *err = Text::tr("--consume and --count belong to the watch command");
            return false;
        }
        const QStringList fields = p.values(c.field);
        for (const QString &spec : fields) {
            QString key;
            QJsonValue value;
            if (!parseField(spec, &key, &value, err))
                return false;
            o.additionalInfo.insert(key, value);
        }
        if (p.isSet(c.respondTo))
            o.additionalInfo.insert(u"respondTo"_s, p.value(c.respondTo));
        o.consume = p.values(c.consume);
        o.consume.removeDuplicates();
        if (p.isSet(c.count)) {
            bool ok = false;
            o.count = p.value(c.count).toInt(&ok);
            if (!ok || o.count <= 0) {
                *err = Text::tr("--count needs a positive whole number, not \"%1\"")
                           .arg(p.value(c.count));
                return false;
            }
        }
        if (p.isSet(c.timeout)) {
            bool ok = false;
            const double seconds = p.value(c.timeout).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 24 * 3600) {
                *err = Text::tr("--timeout needs a positive number of seconds, not \"%1\"")
                           .arg(p.value(c.timeout));
                return false;
            }
            o.timeoutMs = qMax(1, int(seconds * 1000));
        }
        return true;
    }

    // Tokens, region, wire log and the server or SP API to use them with.
    bool readConnection(const Cli &c, const QProcessEnvironment &env, Options &o, QString *err)
    {
        const QCommandLineParser &p = c.p;
        o.spToken = p.isSet(c.spToken) ? p.value(c.spToken) : env.value(u"SPSYNC_SP_TOKEN"_s);
        o.twilioToken
            = p.isSet(c.twilioToken) ? p.value(c.twilioToken) : env.value(u"SPSYNC_TWILIO_TOKEN"_s);
        if (p.isSet(c.tokenPath))
            o.tokenPath = p.value(c.tokenPath);
        o.caFile = p.value(c.caFile);
        if (p.isSet(c.region)) {
            o.region = p.value(c.region);
            if (!SpSync::isKnownRegion(o.region)) {
                *err = Text::tr("--region must be one of %1, not \"%2\"")
                           .arg(SpSync::knownRegions().join(u", "_s), o.region);
                return false;
            }
        }
        o.wireLog = p.value(c.wireLog);
        if (p.isSet(c.wireLog) && o.wireLog.isEmpty()) {
            *err = Text::tr("--wire-log needs a file name");
            return false;
        }
        if (p.isSet(c.server) && p.isSet(c.baseUri)) {
            *err = Text::tr("give either --server or --base-uri, not both");
            return false;
        }
        if (p.isSet(c.server) && !parseUrl(p.value(c.server), u"--server"_s, &o.server, err))
            return false;
        if (p.isSet(c.baseUri) && !parseUrl(p.value(c.baseUri), u"--base-uri"_s, &o.baseUri, err))
            return false;
        const bool anyToken = !o.spToken.isEmpty() || !o.twilioToken.isEmpty();
        if (!o.server.isEmpty() && !anyToken) {
            *err = Text::tr("--server needs --sp-token or --twilio-token");
            return false;
        }
        if (!o.baseUri.isEmpty() && !anyToken) {
            *err = Text::tr("--base-uri needs --sp-token");
            return false;
        }
        if (o.server.isEmpty() && o.baseUri.isEmpty() && o.twilioToken.isEmpty()) {
            *err = o.spToken.isEmpty()
                ? Text::tr("no server given: use --server URL, or --base-uri URL with --sp-token")
                : Text::tr("--sp-token needs --base-uri (or --server) to exchange it");
            return false;
        }
        return true;
    }

    // The document: a name and identity, or SIDs to derive them from; --initial-data.
    bool readDocument(const Cli &c, Options &o, QString *err)
    {
        const QCommandLineParser &p = c.p;
        o.document = p.value(c.document);
        o.identity = p.value(c.identity);
        o.session = p.value(c.session);
        o.proctor = p.value(c.proctor);
        o.room = p.value(c.room);
        const bool explicitDoc = p.isSet(c.document) || p.isSet(c.identity);
        if (explicitDoc && (p.isSet(c.session) || p.isSet(c.room) || p.isSet(c.proctor))) {
            *err = Text::tr("give --document with --identity, or SIDs (--session, --room, "
                            "--proctor), not both");
            return false;
        }
        if (p.isSet(c.session) && p.isSet(c.room)) {
            *err = Text::tr("give --session or --room, not both");
            return false;
        }
        if (!explicitDoc && !p.isSet(c.session) && !p.isSet(c.room)) {
            *err = Text::tr("no document given: use --document NAME --identity ID, --session "
                            "ES... [--proctor PU...], or --room PR... --proctor PU...");
            return false;
        }
        if (explicitDoc && (o.document.isEmpty() || o.identity.isEmpty())) {
            *err = Text::tr("--document and --identity go together");
            return false;
        }
        const auto ids = documentIdentity(o);
        if (!isOk(ids)) {
            *err = error(ids).message;
            return false;
        }
        return !p.isSet(c.initialData)
            || parseObject(p.value(c.initialData), u"--initial-data"_s, &o.initialData, err);
    }

} // namespace

ParseResult parseArguments(const QStringList &arguments, const QProcessEnvironment &env)
{
    ParseResult result;
    Options &o = result.options;
    Cli c;
    if (!c.p.parse(QStringList { u"spsync"_s } + arguments)) {
        result.error = c.p.errorText();
        return result;
    }
    if (c.p.isSet(c.help) || c.p.isSet(c.version)) {
        o.help = c.p.isSet(c.help);
        o.version = c.p.isSet(c.version);
        return result;
    }
    if (checkGivenOnce(c, &result.error) && readCommand(c, o, &result.error)
        && readCommandOptions(c, o, &result.error) && readConnection(c, env, o, &result.error)
        && readDocument(c, o, &result.error)) {
        o.catalogFile = c.p.value(c.catalog);
        o.verbose = c.p.isSet(c.verbose);
    }
    return result;
}

SyncResult<DocumentIdentity> documentIdentity(const Options &o)
{
    if (!o.document.isEmpty()) {
        QString why;
        if (!isValidUniqueName(o.document, &why))
            return invalid(why);
        return DocumentIdentity { o.document, o.identity };
    }
    if (!o.room.isEmpty())
        return deriveIdentity(Role::ProctorRoom, {}, o.proctor, o.room);
    if (!o.proctor.isEmpty())
        return deriveIdentity(Role::ProctorSession, o.session, o.proctor, {});
    return deriveIdentity(Role::Student, o.session, {}, {});
}

SyncResult<SyncClientConfig> clientConfig(const Options &o)
{
    const auto ids = documentIdentity(o);
    if (!isOk(ids))
        return error(ids);
    SyncClientConfig c;
    c.documentId = value(ids).documentId;
    c.identity = value(ids).identity;
    c.initialData = o.initialData;
    c.tokenPath = o.tokenPath;
    c.token = o.spToken;
    c.twilioToken = o.twilioToken;
    if (!o.region.isEmpty())
        c.region = o.region;
    if (!o.server.isEmpty()) {
        const bool secure = o.server.scheme() == u"https" || o.server.scheme() == u"wss";
        QUrl base = o.server;
        base.setScheme(secure ? u"https"_s : u"http"_s);
        base.setPath({});
        base.setQuery(QString());
        base.setFragment(QString());
        c.cdsUrl = base;
        QUrl api = base;
        // Accept the emulator's printed URLs too: its SP API (…/v1) or Twilsock (…/v3/wsconnect).
        QString path = o.server.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        for (const QString &tail : { u"/v3/wsconnect"_s, u"/v1"_s }) {
            if (path.endsWith(tail))
                path.chop(tail.size());
        }
        api.setPath(path + u"/v1"_s);
        c.baseUri = api;
        if (!o.twilioToken.isEmpty()) {
            QUrl twilsock = base;
            twilsock.setScheme(secure ? u"wss"_s : u"ws"_s);
            twilsock.setPath(u"/v3/wsconnect"_s);
            c.twilsockUrl = twilsock;
        }
    } else {
        c.baseUri = o.baseUri;
    }
    QString why;
    for (const QUrl &url : { c.baseUri, c.twilsockUrl, c.cdsUrl }) {
        if (!url.isEmpty() && !isAllowedUrl(url, &why))
            return invalid(why);
    }
    return c;
}

QString helpText()
{
    return Text::tr(R"(Usage: spsync CONNECTION DOCUMENT [--initial-data JSON] COMMAND

Reads, writes and watches one SP Sync document from the command line.

Connection (one of):
  --server URL             an emulator base, e.g. http://127.0.0.1:4040. Its SP API is
                           URL/v1, its Twilsock endpoint ws://HOST:PORT/v3/wsconnect (wss for
                           https) and its CDS base URL. Needs --sp-token (exchanged at
                           URL/v1/sync/token) or --twilio-token (used directly, no exchange).
  --base-uri URL --sp-token T
                           an SP API, e.g. https://api.dev.smarterproctoring.com/v1; the SP
                           token is exchanged for a Twilio token at URL/sync/token.
  --twilio-token T         a Twilio access token, used as is (Twilio's own server, unless
                           --server is given).
  --token-path PATH        the exchange path under the SP API (default /sync/token).
  --region REGION          Twilio region: us1 (default), ie1 or au1. Picks Twilio's
                           Twilsock and CDS hosts (tsock/cds.REGION.twilio.com) when no
                           --server is given and the SP API names no Twilsock URL.
  --ca-file PEM            also trust the CA certificates in this PEM file for https://
                           and wss:// (a server with a private CA); checks stay on.
  Tokens may also be given as $SPSYNC_SP_TOKEN and $SPSYNC_TWILIO_TOKEN. They are never printed.
  Plain http:// and ws:// are refused unless the host is this machine (127.0.0.1, ::1,
  localhost).

Document (one of):
  --document NAME --identity ID
  --session ES...                  a student in their own session
  --session ES... --proctor PU...  a proctor in a session
  --room PR... --proctor PU...     a proctor in a proctor room
  --initial-data JSON      written only if this creates the document

Commands:
  get                      print the document data as one JSON line
  set JSON                 shallow-merge JSON into the document, print the result
  replace JSON             replace the document with JSON, print the result
  action EXECUTOR.TYPE [--field K=V]... [--field K:=JSON]... [--respond-to X]
                           queue one action, print it as stored (with id, createdBy,
                           createdAt); K=V gives a string, K:=JSON any JSON value
  actions FILE|-           queue a JSON array of {"actionType","additionalInfo"} in one write
                           (order kept), print each stored action on its own line
  watch [--consume EXECUTOR]... [--count N] [--timeout S]
                           print one JSON line per event, the current document first:
                           {"event":"spSyncDocUpdated","data":...}
                           {"event":"actionsAdded","executor":"extension","action":...}
                           --consume takes (removes) that executor's actions as they come.
                           --count N stops after N actions taken (with --consume) or N
                           document updates (without); a timeout before that is exit 7.
                           Actions taken in one write with the N-th are printed too, so
                           none is lost.
                           Without --count, --timeout S ends the watch with exit 0.
  --catalog FILE           an extra action catalog merged into the built-in one
  --timeout S              for the other commands: give up after S seconds (exit 7)
  --verbose                also print the library's log messages to stderr (tokens redacted)
  --wire-log FILE          write every Twilsock frame, both ways, to FILE as JSON lines, with
                           tokens and secret action fields redacted (for diagnosing a
                           connection; see the README, "Verifying against Twilio")

Exit codes: 0 ok, 1 other error (protocol, server), 2 usage or invalid input,
3 denied or bad token, 4 not found, 5 refused by a limit or conflict, 6 network (no connection
within 15 s), 7 timeout. Errors go to stderr as one line.
)");
}

} // namespace SpSyncCli
