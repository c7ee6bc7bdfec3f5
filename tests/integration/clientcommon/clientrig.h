// Shared by the client integration tests: a spawned emulator with a known secret, token
// minting, and waiting for a QFuture<SyncResult<T>> without blocking the event loop.
#pragma once

#include "emulatorprocess.h"
#include "syncoptions.h"
#include "syncresult.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

struct ClientRig
{
    QTemporaryDir dir;
    EmulatorProcess emulator;
    QString error;

    QString secretFile() const { return dir.filePath(u"secret"_s); }
    QString dataDir() const { return dir.filePath(u"data"_s); }

    // extra: e.g. {"--memory", "--acl", "open"}; --secret-file is added.
    bool start(QStringList extra = { u"--memory"_s, u"--acl"_s, u"open"_s })
    {
        QFile f(secretFile());
        if (!f.exists()) {
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("client-integration-secret-0123456789abcdef");
            f.close();
        }
        extra << u"--secret-file"_s << secretFile();
        return emulator.start(extra, &error);
    }
    QString token(const QString &identity, int ttl = 3600) const
    {
        return EmulatorProcess::mintToken(identity, ttl, { u"--secret-file"_s, secretFile() });
    }
};

template <typename T> SpSync::SyncResult<T> await(QFuture<SpSync::SyncResult<T>> f, int ms = 15000)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, ms))
        return SpSync::SyncError::make(SpSync::SyncError::Kind::Timeout, u"test gave up waiting"_s);
    return f.result();
}

inline SpSync::SyncTimeouts fastReconnect()
{
    SpSync::SyncTimeouts t;
    t.backoffMinMs = 200;
    t.backoffMaxMs = 2000;
    return t;
}
