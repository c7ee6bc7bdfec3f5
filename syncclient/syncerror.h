// SyncError: the error value carried by every SyncResult and errorOccurred signal.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace SpSync {

struct SyncError
{
    Q_GADGET
public:
    enum class Kind {
        NoError,
        Transport, // no connection, connection lost, TLS
        Auth, // bad or expired token (401, 20101, 20104, 410/51207)
        Denied, // authenticated but not permitted (403, 54007)
        NotFound, // 404, 54100
        Conflict, // 409, or 412 that bounded retries could not resolve
        TooLarge, // 54006 (16 KiB data limit) or 413
        RateLimited, // 429
        Protocol, // malformed frame, bad JSON, unexpected reply
        Timeout,
        InvalidInput, // refused before anything was sent (bad URL, unknown action...)
        Server, // 5xx or anything else the server refused
    };
    Q_ENUM(Kind)

    Kind kind = Kind::NoError;
    int status = 0; // HTTP (or Twilsock) status when the server answered, else 0
    int code = 0; // Twilio error code when known
    QString message; // English, for developers; never contains a token

    bool isError() const { return kind != Kind::NoError; }
    // The server will not take these credentials (Auth or Denied); a new token may.
    bool isRefusal() const { return kind == Kind::Auth || kind == Kind::Denied; }
    // "Conflict (412/54103): The revision of the Document does not match"
    QString toString() const;

    static SyncError make(Kind kind, const QString &message, int status = 0, int code = 0);
    // From a tunnelled HTTP error: status plus a Twilio error body {status, code, message}.
    static SyncError fromHttp(int status, const QByteArray &body);
    // From a Twilsock status object {code, status, description, errorCode}.
    static SyncError fromTwilsockStatus(const QJsonObject &status);
    // The Kind a Twilio error code / HTTP status maps to.
    static Kind kindFor(int status, int code);

    friend bool operator==(const SyncError &a, const SyncError &b)
    {
        return a.kind == b.kind && a.status == b.status && a.code == b.code
            && a.message == b.message;
    }
};

QString kindName(SyncError::Kind kind);

} // namespace SpSync

Q_DECLARE_METATYPE(SpSync::SyncError)
