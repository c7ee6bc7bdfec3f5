#include "profilestore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

// The SP token in a real Secret Service: a private D-Bus session with gnome-keyring-daemon,
// the token saved by one process and found by the next (the console restarted).
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenSurvivesRestart();

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

namespace {
const QString kToken = u"sp-token-for-keychain-test-0123456789"_s;

// Child mode: read the profile's token in a fresh process and print whether it matched.
int readInChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QSettings settings(qEnvironmentVariable("SP_KEYCHAIN_SETTINGS"), QSettings::IniFormat);
    ProfileStore store(&settings);
    QString found;
    QObject::connect(
        &store, &ProfileStore::tokenRead, &app, [&](const QString &, const QString &t) {
            found = t;
            app.quit();
        });
    store.readToken(u"Keychain test"_s);
    app.exec();
    std::printf("%s\n", found == kToken ? "found" : "missing");
    return 0;
}
} // namespace

void TestKeychain::initTestCase()
{
    if (!ProfileStore::keychainBuiltIn())
        QSKIP("built without QtKeychain");
    const QString daemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    const QString dbus = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty() || dbus.isEmpty())
        QSKIP("gnome-keyring-daemon or dbus-daemon is not installed (scripts/setup.sh --test)");
    QVERIFY(m_home.isValid());
    m_bus.start(dbus, { u"--session"_s, u"--nofork"_s, u"--print-address=1"_s });
    if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000))
        QSKIP("the D-Bus session daemon did not start");
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    // Everything from here on (this process and its children) talks to this private bus only.
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
    m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_keyring.start(daemon, { u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s });
    if (!m_keyring.waitForStarted(10000))
        QSKIP("gnome-keyring-daemon did not start");
    m_keyring.write("test-password\n"); // the new login keyring's password, from stdin
    m_keyring.closeWriteChannel();
    // The secrets component registers its D-Bus name; wait until it answers.
    QProcess probe;
    bool ready = false;
    for (int i = 0; i < 100 && !ready; ++i) {
        probe.start(u"dbus-send"_s,
            { u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.NameHasOwner"_s,
                u"string:org.freedesktop.secrets"_s });
        probe.waitForFinished(5000);
        ready = probe.readAllStandardOutput().contains("boolean true");
        if (!ready)
            QTest::qWait(100);
    }
    if (!ready)
        QSKIP("gnome-keyring-daemon did not offer the Secret Service on the session bus");
}

void TestKeychain::cleanupTestCase()
{
    for (QProcess *p : { &m_keyring, &m_bus }) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
            p->waitForFinished(5000);
        }
    }
}

void TestKeychain::tokenSurvivesRestart()
{
    const QString ini = m_home.filePath(u"console.ini"_s);
    {
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConsoleProfile p;
        p.name = u"Keychain test"_s;
        p.baseUri = QUrl(u"https://sp.example/v1"_s);
        QVERIFY(store.saveProfile(p));
        QSignalSpy stored(&store, &ProfileStore::tokenStored);
        store.storeToken(p.name, kToken);
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().at(1).toBool(), "the keychain refused the token");
        QCOMPARE(store.tokenStorage(), ProfileStore::TokenStorage::Keychain);
    }
    // Never in the settings file.
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kToken.toUtf8()));

    // "Restart": a new process finds it in the keychain.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SP_KEYCHAIN_CHILD"_s, u"1"_s);
    env.insert(u"SP_KEYCHAIN_SETTINGS"_s, ini);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(), u"found"_s);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SP_KEYCHAIN_CHILD"))
        return readInChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
