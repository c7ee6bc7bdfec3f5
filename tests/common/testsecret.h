// The signing secret of a test's emulator: a file <dir>/secret, the arguments that point
// sp-sync-emulator at it, and Twilio tokens minted with it (`sp-sync-emulator mint-token`).
// Each test passes its secret as a literal, so scripts/check-no-tokens.sh knows to look for it.
#pragma once

#include "emulatorprocess.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

class TestSecret
{
public:
    TestSecret(const QString &dir, QByteArray value)
        : m_path(dir + u"/secret"_s)
        , m_value(std::move(value))
    {
    }

    // Writes the file, owner-only as the emulator wants it, unless it exists (a restarted
    // emulator keeps its secret); false when it cannot be written.
    bool write() const
    {
        if (QFile::exists(m_path))
            return true;
        QFile f(m_path);
        return f.open(QIODevice::WriteOnly)
            && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && f.write(m_value) == m_value.size();
    }
    QString path() const { return m_path; }
    QStringList emulatorArgs() const { return { u"--secret-file"_s, m_path }; }
    QString token(const QString &identity, int ttlSeconds = 3600) const
    {
        return EmulatorProcess::mintToken(identity, ttlSeconds, emulatorArgs());
    }

private:
    QString m_path;
    QByteArray m_value;
};
