// SyncConnection: one Twilsock connection to Twilio Sync (or the emulator), owning the
// documents opened over it and their subscriptions.
#pragma once

#include "connectionstate.h"
#include "syncoptions.h"
#include "syncresult.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

namespace SpSync {

class SyncDocument;
class SyncTransport;
class SyncConnectionPrivate;

enum class OpenMode {
    OpenOrCreate, // GET, POST on 404, start over on 409
    OpenExisting, // GET only; 404 is an error
    CreateNew, // POST only; 409 is an error
};

class SyncConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    using State = ConnectionState::State;

    explicit SyncConnection(QObject *parent = nullptr);
    ~SyncConnection() override;

    // Only while Disconnected (tests pass a fake). Default: WebSocketTransport.
    void setTransport(std::unique_ptr<SyncTransport> transport);
    void setTimeouts(const SyncTimeouts &timeouts); // only while Disconnected
    SyncTimeouts timeouts() const;
    // Base of the CDS URLs inside upstream frames. Default: https://cds.<region>.twilio.com for
    // Twilio's tsock.<region>.twilio.com (us1, ie1, au1), or http://host:port of the Twilsock
    // URL when that is loopback (the emulator). Any other Twilsock host needs it set, else
    // connectToServer() fails with InvalidInput.
    void setCdsUrl(const QUrl &url);
    QUrl cdsUrl() const;

    // Connects and keeps reconnecting until disconnectFromServer() or a terminal refusal.
    // A ws:// URL to a host that is not loopback is refused (errorOccurred InvalidInput).
    void connectToServer(const QUrl &twilsockUrl, const QString &accessToken);
    // Sends `update` while connected (no reconnect); otherwise used on the next connect.
    void updateToken(const QString &accessToken);
    void disconnectFromServer();

    State state() const;
    QString identity() const; // from the init reply's account_descriptor
    SyncError lastError() const;

    // Opens (per mode) and subscribes. The same document is returned for the same name.
    QFuture<SyncResult<SyncDocument *>> openDocument(const QString &uniqueName,
        OpenMode mode = OpenMode::OpenOrCreate, const QJsonObject &initialData = {});
    QList<SyncDocument *> documents() const;

Q_SIGNALS:
    void stateChanged(SpSync::SyncConnection::State state);
    void errorOccurred(const SpSync::SyncError &error);
    void reconnectScheduled(int attempt, int delayMs);
    void tokenAboutToExpire();
    void tokenExpired();

private:
    friend class SyncDocument;
    friend class SyncConnectionPrivate;
    std::unique_ptr<SyncConnectionPrivate> d;
};

} // namespace SpSync
