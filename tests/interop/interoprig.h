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

using namespace Qt::StringLiterals;

struct InteropRig
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QString error;

    QString secretFile() const { return dir.filePath(u"secret"_s); }

    bool start()
    {
        QFile f(secretFile());
        if (!f.open(QIODevice::WriteOnly)) {
            error = u"cannot write %1"_s.arg(f.fileName());
            return false;
        }
        f.write(QUuid::createUuid().toByteArray(QUuid::Id128) + "-interop-secret");
        f.close();
        return emulator.start({ u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s,
                                  u"--secret-file"_s, secretFile() },
            &error);
    }
    QString token(const QString &identity) const
    {
        return EmulatorProcess::mintToken(identity, 3600, { u"--secret-file"_s, secretFile() });
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
        return SpSync::SyncError::make(
            SpSync::SyncError::Kind::Timeout, u"gave up waiting after %1 ms"_s.arg(ms));
    return f.result();
}

inline QString uniqueDocName(const QString &tag)
{
    return u"interop_%1_%2"_s.arg(tag, QUuid::createUuid().toString(QUuid::Id128).left(12));
}
