#include "sptokenexchange.h"

#include "redact.h"
#include "syncresult_p.h"
#include "urlpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace SpSync {

namespace {

    using Kind = SyncError::Kind;

    SyncError errorFor(int status, const QByteArray &body)
    {
        // The SP API may answer like Twilio ({code, message}); keep its words, never a token.
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const int code = json.value(u"code"_s).toInt();
        QString detail = json.value(u"message"_s).toString();
        if (detail.isEmpty())
            detail = json.value(u"error"_s).toString();
        detail = redactSecrets(detail.left(300));
        Kind kind = Kind::Server;
        QString message;
        switch (status) {
        case 401:
            kind = Kind::Auth;
            message = u"the SP API refused the SP token (401)"_s;
            break;
        case 403:
            kind = Kind::Denied;
            message = u"the SP API does not allow this identity or document (403)"_s;
            break;
        case 404:
            kind = Kind::NotFound;
            message = u"the SP token endpoint was not found (404)"_s;
            break;
        case 429:
            kind = Kind::RateLimited;
            message = u"the SP API is rate limiting (429)"_s;
            break;
        default:
            message = u"the SP API answered HTTP %1"_s.arg(status);
            break;
        }
        if (!detail.isEmpty())
            message += u": "_s + detail;
        return SyncError::make(kind, message, status, code);
    }

} // namespace

SpTokenExchange::SpTokenExchange(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

SpTokenExchange::SpTokenExchange(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

SpTokenExchange::~SpTokenExchange() = default;

QUrl SpTokenExchange::endpoint(const QUrl &baseUri, const QString &path)
{
    QUrl url = baseUri;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    QString tail = path.isEmpty() ? kDefaultTokenPath.toString() : path;
    if (!tail.startsWith(u'/'))
        tail.prepend(u'/');
    url.setPath(base + tail);
    return url;
}

SyncResult<SpTwilioToken> SpTokenExchange::parseReply(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SyncError::make(Kind::Protocol,
            u"the SP token reply is not a JSON object: %1"_s.arg(
                parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : u"wrong type"_s),
            200);
    const QJsonObject json = doc.object();
    SpTwilioToken t;
    t.token = json.value(u"token"_s).toString();
    if (t.token.isEmpty())
        return SyncError::make(
            Kind::Protocol, u"the SP token reply has no \"token\" string"_s, 200);
    registerSecret(t.token);
    t.identity = json.value(u"identity"_s).toString();
    const QJsonValue ttl = json.value(u"ttl"_s);
    if (!ttl.isUndefined() && !ttl.isNull() && (!ttl.isDouble() || ttl.toDouble() < 0))
        return SyncError::make(Kind::Protocol, u"the SP token reply has a bad \"ttl\""_s, 200);
    t.ttl = ttl.toInt();
    const QString uri = json.value(u"twilsockUri"_s).toString();
    t.twilsockUri = QUrl(uri.isEmpty() ? kDefaultTwilsockUri.toString() : uri);
    t.twilsockUriGiven = !uri.isEmpty();
    QString why;
    const QString scheme = t.twilsockUri.scheme();
    if (scheme != u"wss" && scheme != u"ws")
        return SyncError::make(
            Kind::Protocol, u"the SP token reply has a twilsockUri that is not ws(s)://"_s, 200);
    if (!isAllowedUrl(t.twilsockUri, &why))
        return SyncError::make(
            Kind::Protocol, u"the SP token reply's twilsockUri is refused: %1"_s.arg(why), 200);
    return t;
}

QFuture<SyncResult<SpTwilioToken>> SpTokenExchange::exchange(const QUrl &baseUri,
    const QString &spToken, const QString &identity, const QString &documentId, const QString &path)
{
    const QUrl url = endpoint(baseUri, path);
    QString why;
    if (!isAllowedUrl(url, &why))
        return readyError<SpTwilioToken>(SyncError::make(Kind::InvalidInput, why));
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return readyError<SpTwilioToken>(SyncError::make(
            Kind::InvalidInput, u"the SP API URL must be https:// (or http:// to loopback)"_s));
    if (spToken.isEmpty())
        return readyError<SpTwilioToken>(
            SyncError::make(Kind::InvalidInput, u"no SP token was given"_s));
    registerSecret(spToken);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + spToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    // A redirect could carry the bearer token elsewhere; the SP API has no reason to redirect.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_caCertificates.isEmpty()) {
        // The system set plus ours (see WebSocketTransport::open).
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    const QByteArray body = QJsonDocument(
        QJsonObject { { u"identity"_s, identity },
            { u"documentId"_s,
                documentId } }).toJson(QJsonDocument::Compact);

    auto promise = makeSharedPromise<SpTwilioToken>();
    QNetworkReply *reply = m_nam->post(request, body);
    auto done = std::make_shared<bool>(false);
    auto tooLarge = std::make_shared<bool>(false);
    const auto limit = [reply, tooLarge](qint64 bytes) {
        if (*tooLarge || bytes <= kMaxReplyBytes)
            return;
        *tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, limit] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            limit(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
        [limit](qint64 received, qint64) { limit(received); });
    connect(reply, &QNetworkReply::finished, this, [reply, promise, done, tooLarge] {
        reply->deleteLater();
        *done = true;
        if (*tooLarge) {
            finishPromise<SpTwilioToken>(promise,
                SyncError::make(Kind::Protocol,
                    u"the SP API's reply is larger than %1 KiB; it was not read"_s.arg(
                        kMaxReplyBytes / 1024)));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            finishPromise<SpTwilioToken>(promise,
                SyncError::make(timedOut ? Kind::Timeout : Kind::Transport,
                    timedOut ? u"the SP API did not answer in time"_s
                             : u"cannot reach the SP API: %1"_s.arg(
                                 redactSecrets(reply->errorString()))));
            return;
        }
        if (status < 200 || status > 299) {
            finishPromise<SpTwilioToken>(promise, errorFor(status, data));
            return;
        }
        finishPromise<SpTwilioToken>(promise, parseReply(data));
    });
    // If the manager dies first, the caller still gets an answer.
    connect(reply, &QObject::destroyed, [promise, done] {
        if (!*done) {
            *done = true;
            finishPromise<SpTwilioToken>(
                promise, SyncError::make(Kind::Transport, u"the SP token request was aborted"_s));
        }
    });
    return promise->future();
}

} // namespace SpSync
