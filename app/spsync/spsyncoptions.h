// spsync command line (docs/spsync.md): parsed options and the client configuration
// they describe. No I/O and no network here, so all of it is unit-testable.
#pragma once

#include "sp/spidentity.h"
#include "syncclient.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace SpSyncCli {

enum class Command { None, Get, Set, Replace, Action, Actions, Watch };

struct Options
{
    // Connection
    QUrl server; // emulator base: SP API at /v1, Twilsock at ws(s)://host:port/v3/wsconnect
    QUrl baseUri; // SP API
    QString spToken;
    QString twilioToken;
    QString tokenPath = QStringLiteral("/sync/token");
    QString caFile; // extra trusted CA certificates (PEM) for https:// and wss://
    QString region; // Twilio region for the default hosts; empty = us1
    QString wireLog; // every Twilsock frame both ways as JSON lines, redacted
    // Document
    QString document, identity; // explicit
    QString session, proctor, room; // derived (docs/identities-and-documents.md)
    QJsonObject initialData;
    QString catalogFile; // extra action catalog merged into the built-in one
    // Command
    Command command = Command::None;
    QJsonObject data; // set, replace
    QString actionType; // action
    QJsonObject additionalInfo; // action: --field and --respond-to
    QString actionsFile; // actions: a path or "-"
    QStringList consume; // watch
    int count = 0; // watch: 0 = no count
    int timeoutMs = 0; // 0 = none
    bool verbose = false; // library log messages to stderr (redacted)
    bool help = false;
    bool version = false;
};

struct ParseResult
{
    Options options;
    QString error; // empty when parsing succeeded
    bool ok() const { return error.isEmpty(); }
};

// arguments excludes the program name. Tokens may also come from $SPSYNC_SP_TOKEN and
// $SPSYNC_TWILIO_TOKEN (so they need not appear in the process list).
ParseResult parseArguments(const QStringList &arguments,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

QString helpText();

// "k=v" (string value) or "k:=JSON" (any JSON value). On failure *error says why.
bool parseField(const QString &spec, QString *key, QJsonValue *value, QString *error);

// The document and identity the options name (explicit or derived from SIDs).
SpSync::SyncResult<SpSync::DocumentIdentity> documentIdentity(const Options &options);
// The client configuration, or InvalidInput (bad URL, URL policy, missing token ...).
SpSync::SyncResult<SpSync::SyncClientConfig> clientConfig(const Options &options);

} // namespace SpSyncCli
