// What other local users can see: the data directory and database are owner-only whatever the
// umask; a weak or exposed token secret is refused or warned about.
#include "emulatorprocess.h"
#include "twilsocktestclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions perms)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size()
        && f.setPermissions(perms);
}

// Runs the emulator to completion (it must exit on its own); returns the exit code.
int runToExit(const QStringList &args, QByteArray *err)
{
    QProcess p;
    p.start(EmulatorProcess::executable(), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataDirAndDatabaseAreOwnerOnlyUnderUmask000()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString dataDir = base.filePath(u"data/nested"_s);
        const mode_t old = ::umask(0); // inherited by the emulator
        EmulatorProcess emu;
        QString error;
        const bool started = emu.start({ u"--data"_s, dataDir, u"--acl"_s, u"open"_s }, &error);
        ::umask(old);
        QVERIFY2(started, qPrintable(error));

        // A write makes SQLite create its -wal and -shm files.
        TwilsockTestClient c;
        QVERIFY(c.connectAndInit(
            emu.twilsockUrl(), EmulatorProcess::mintToken(u"u"_s, 600, { u"--data"_s, dataDir })));
        const auto created = c.request(u"POST"_s, u"/v3/Documents"_s,
            R"({"unique_name":"private_doc","data":{"secret":"x"}})");
        QVERIFY(created);
        QCOMPARE(TwilsockTestClient::httpStatus(*created), 201);

        QCOMPARE(mode(dataDir), 0700);
        for (const char *name :
            { "sync.sqlite", "sync.sqlite-wal", "sync.sqlite-shm", "token-secret" }) {
            const QString path = QDir(dataDir).filePath(QLatin1String(name));
            QVERIFY2(QFileInfo::exists(path), name);
            QCOMPARE(mode(path), 0600);
        }
    }

    void existingOpenDatabaseIsTightened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"sync.sqlite"_s);
        QVERIFY(writeFile(db, {},
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadOther | QFileDevice::ExeOther));
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start({ u"--data"_s, dir.path() }, &error), qPrintable(error));
        QCOMPARE(mode(db), 0600);
        QCOMPARE(mode(dir.path()), 0700);
    }

    void shortSecretIsAUsageError()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(u"short"_s);
        QVERIFY(writeFile(secret, "0123456789abcdef0123456789abc\n", // 29 bytes
            QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QByteArray err;
        QCOMPARE(runToExit(
                     { u"--listen"_s, u"127.0.0.1:0"_s, u"--memory"_s, u"--secret-file"_s, secret },
                     &err),
            2);
        QVERIFY2(err.contains("at least 32 bytes"), err.constData());
        QCOMPARE(runToExit({ u"mint-token"_s, u"--identity"_s, u"x"_s, u"--secret-file"_s, secret },
                     &err),
            2);
        QVERIFY2(err.contains("at least 32 bytes"), err.constData());
    }

    void secretReadableByOthersIsWarnedAbout()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(u"shared"_s);
        QVERIFY(writeFile(secret, "0123456789abcdef0123456789abcdef0123456789\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                | QFileDevice::ReadOther));
        EmulatorProcess emu;
        QString error;
        QVERIFY2(
            emu.start({ u"--memory"_s, u"--secret-file"_s, secret }, &error), qPrintable(error));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT(
            (err += emu.process().readAllStandardError()).contains("readable by other users"),
            10000);
    }
};

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
