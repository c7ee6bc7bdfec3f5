// One spawned emulator (in memory, ACL open, rate limits off, a known secret) shared by the
// interop tests and the action round-trip benchmark, plus SyncClient creation with a minted
// Twilio token, and waiting on futures while the event loop runs.
#pragma once

#include "emulatorprocess.h"
#include "syncclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

struct InteropRig
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QString error;

    QString secretFile() const { return dir.filePath(QStringLiteral("secret")); }

    bool start()
    {
        QFile f(secretFile());
        if (!f.open(QIODevice::WriteOnly)) {
            error = QStringLiteral("cannot write %1").arg(f.fileName());
            return false;
        }
        f.write(QUuid::createUuid().toByteArray(QUuid::Id128) + "-interop-secret");
        f.close();
        return emulator.start(
            { QStringLiteral("--memory"), QStringLiteral("--acl"), QStringLiteral("open"),
                QStringLiteral("--rate-limits"), QStringLiteral("off"),
                QStringLiteral("--secret-file"), secretFile() },
            &error);
    }
    QString token(const QString &identity) const
    {
        return EmulatorProcess::mintToken(
            identity, 3600, { QStringLiteral("--secret-file"), secretFile() });
    }
    SpSync::SyncClientConfig config(const QString &identity, const QString &documentId,
        const QJsonObject &initialData = {}) const
    {
        SpSync::SyncClientConfig c;
        c.documentId = documentId;
        c.identity = identity;
        c.twilioToken = token(identity);
        c.twilsockUrl = emulator.twilsockUrl();
        c.cdsUrl = emulator.cdsUrl();
        c.initialData = initialData;
        return c;
    }
};

template <typename T>
SpSync::SyncResult<T> awaitResult(QFuture<SpSync::SyncResult<T>> f, int ms = 30000)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, ms))
        return SpSync::SyncError::make(SpSync::SyncError::Kind::Timeout,
            QStringLiteral("gave up waiting after %1 ms").arg(ms));
    return f.result();
}

inline QString uniqueDocName(const QString &tag)
{
    return QStringLiteral("interop_%1_%2")
        .arg(tag, QUuid::createUuid().toString(QUuid::Id128).left(12));
}
