// One spawned emulator (in memory, ACL open, rate limits off, a known secret) shared by the
// interop tests and the action round-trip benchmark, plus SyncClient creation with a minted
// Twilio token, and waiting on futures while the event loop runs.
#pragma once

#include "await.h"
#include "emulatorprocess.h"
#include "syncclient.h"
#include "testsecret.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

struct InteropRig
{
    QTemporaryDir dir;
    TestSecret secret { dir.path(), "interop-test-secret-5d2e8a0c41f7b396" };
    EmulatorProcess emulator;
    QString error;

    // Writes the secret (false and error set when it cannot).
    bool writeSecret()
    {
        if (secret.write())
            return true;
        error = u"cannot write %1"_s.arg(secret.path());
        return false;
    }
    bool start()
    {
        return writeSecret()
            && emulator.start(
                QStringList { u"--memory"_s, u"--acl"_s, u"open"_s, u"--rate-limits"_s, u"off"_s }
                    + secret.emulatorArgs(),
                &error);
    }
    QString token(const QString &identity) const { return secret.token(identity); }
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

inline QString uniqueDocName(const QString &tag)
{
    return u"interop_%1_%2"_s.arg(tag, QUuid::createUuid().toString(QUuid::Id128).left(12));
}
