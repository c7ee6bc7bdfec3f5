// Shared by the client integration tests: a spawned emulator with a known secret, tokens
// minted with it, and await() for the library's futures (tests/common).
#pragma once

#include "await.h"
#include "emulatorprocess.h"
#include "syncoptions.h"
#include "syncresult.h"
#include "testsecret.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

struct ClientRig
{
    QTemporaryDir dir;
    TestSecret secret { dir.path(), "client-integration-secret-0123456789abcdef" };
    EmulatorProcess emulator;
    QString error;

    QString dataDir() const { return dir.filePath(u"data"_s); }

    // extra: e.g. {"--memory", "--acl", "open"}; --secret-file is added.
    bool start(QStringList extra = { u"--memory"_s, u"--acl"_s, u"open"_s })
    {
        if (!secret.write())
            return false;
        return emulator.start(extra + secret.emulatorArgs(), &error);
    }
    QString token(const QString &identity, int ttl = 3600) const
    {
        return secret.token(identity, ttl);
    }
};

inline SpSync::SyncTimeouts fastReconnect()
{
    SpSync::SyncTimeouts t;
    t.backoffMinMs = 200;
    t.backoffMaxMs = 2000;
    return t;
}
