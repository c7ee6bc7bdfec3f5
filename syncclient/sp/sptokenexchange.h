// SP token exchange (docs/sp-token-exchange.md): trades an SP token for a Twilio access token.
#pragma once

#include "syncresult.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace SpSync {

struct SpTwilioToken
{
    QString token; // Twilio access token (JWT); never log it
    QString identity;
    int ttl = 0; // seconds, 0 when the server did not say
    QUrl twilsockUri;
    bool twilsockUriGiven = false; // false: the reply had none and twilsockUri is the default
};

inline constexpr QStringView kDefaultTokenPath = u"/sync/token";
inline constexpr QStringView kDefaultTwilsockUri = u"wss://tsock.us1.twilio.com/v3/wsconnect";

class SpTokenExchange : public QObject
{
    Q_OBJECT
public:
    explicit SpTokenExchange(QObject *parent = nullptr);
    // Uses a caller's manager (not owned) instead of its own.
    explicit SpTokenExchange(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SpTokenExchange() override;

    // POST {baseUri}{path} with "Authorization: Bearer <spToken>" and {identity, documentId}.
    // Errors: 401 Auth, 403 Denied, other HTTP status Server (404 NotFound), no connection
    // Transport, bad reply Protocol, refused URL InvalidInput, no reply in time Timeout.
    QFuture<SyncResult<SpTwilioToken>> exchange(const QUrl &baseUri, const QString &spToken,
        const QString &identity, const QString &documentId,
        const QString &path = kDefaultTokenPath.toString());

    // A reply body longer than this is not read further (Protocol error); a token reply is a
    // few KiB.
    static constexpr qint64 kMaxReplyBytes = qint64(64) * 1024;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Extra CAs trusted for https:// (added to the system set); verification stays on.
    void setCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_caCertificates = certificates;
    }
    int timeout() const { return m_timeoutMs; }

    // Parses a 200 reply body; exposed for tests.
    static SyncResult<SpTwilioToken> parseReply(const QByteArray &body);
    // {baseUri}{path} with exactly one slash between them.
    static QUrl endpoint(const QUrl &baseUri, const QString &path);

private:
    QNetworkAccessManager *m_nam = nullptr;
    int m_timeoutMs = 15000;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace SpSync
