#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void saveAndValidate_data();
    void saveAndValidate();
    void tokenStaysOutOfFilesAndExports();
    void importIsAllOrNothing();
    void nameWithSlash();
    void noKeychainServiceMeansSessionOnly();

private:
    std::unique_ptr<QTemporaryDir> m_noBus;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    QString m_path;
};

void TestProfileStore::initTestCase()
{
    // No secret service reachable (as on CI or offscreen): QtKeychain, when tried, must fail.
    m_noBus = std::make_unique<QTemporaryDir>();
    qputenv("DBUS_SESSION_BUS_ADDRESS",
        QByteArray("unix:path=") + QFile::encodeName(m_noBus->filePath(u"no-bus"_s)));
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"console.ini"_s);
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_store->setKeychainEnabled(false); // never touch the user's keychain from a test
}

void TestProfileStore::saveAndValidate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok https") << u"Dev"_s << u"https://api.dev.example.com/v1"_s << QString();
    QTest::newRow("ok http loopback") << u"Local"_s << u"http://127.0.0.1:4040/v1"_s << QString();
    QTest::newRow("http remote") << u"X"_s << u"http://api.example.com/v1"_s
                                 << u"only to this machine"_s;
    QTest::newRow("relative") << u"X"_s << u"api.example.com/v1"_s << u"absolute https URL"_s;
    QTest::newRow("no name") << u" "_s << u"https://a.example/v1"_s << u"needs a name"_s;
}

void TestProfileStore::saveAndValidate()
{
    QFETCH(QString, name);
    QFETCH(QString, uri);
    QFETCH(QString, error);
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    ConsoleProfile p;
    p.name = name;
    p.baseUri = QUrl(uri);
    QString why;
    QCOMPARE(m_store->saveProfile(p, &why), error.isEmpty());
    if (error.isEmpty()) {
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_store->profile(name)->baseUri, QUrl(uri));
    } else {
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY(m_store->profiles().isEmpty());
    }
}

void TestProfileStore::tokenStaysOutOfFilesAndExports()
{
    const QString token = u"sp-secret-token-123"_s;
    ConsoleProfile p;
    p.name = u"Dev"_s;
    p.baseUri = QUrl(u"https://api.dev.example.com/v1"_s);
    p.spToken = token; // saveProfile ignores it
    QVERIFY(m_store->saveProfile(p));
    QSignalSpy stored(m_store.get(), &ProfileStore::tokenStored);
    m_store->storeToken(p.name, token);
    QVERIFY(stored.wait(2000));
    QCOMPARE(stored.first().at(1).toBool(), false); // session only: no keychain here

    QSignalSpy read(m_store.get(), &ProfileStore::tokenRead);
    m_store->readToken(p.name);
    QVERIFY(read.wait(2000));
    QCOMPARE(read.first().at(1).toString(), token);

    QVERIFY(!m_store->exportJson().contains(token.toUtf8()));
    QVERIFY(m_store->exportJson().contains("api.dev.example.com"));
    m_settings->sync();
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(token.toUtf8()));

    // A new session (restart) without a keychain has no token.
    ProfileStore again(m_settings.get());
    again.setKeychainEnabled(false);
    QSignalSpy readAgain(&again, &ProfileStore::tokenRead);
    again.readToken(p.name);
    QVERIFY(readAgain.wait(2000));
    QVERIFY(readAgain.first().at(1).toString().isEmpty());
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfileStore::importIsAllOrNothing()
{
    ConsoleProfile p;
    p.name = u"Prod"_s;
    p.baseUri = QUrl(u"https://api.example.com/v1"_s);
    p.tokenPath = u"/custom/token"_s;
    QVERIFY(m_store->saveProfile(p));
    const QByteArray exported = m_store->exportJson();

    QTemporaryDir dir;
    QSettings other(dir.filePath(u"o.ini"_s), QSettings::IniFormat);
    ProfileStore target(&other);
    target.setKeychainEnabled(false);
    QCOMPARE(target.importJson(exported), 1);
    QCOMPARE(target.profile(u"Prod"_s)->tokenPath, u"/custom/token"_s);

    QString error;
    const QByteArray bad
        = R"({"profiles":[{"name":"A","baseUri":"https://a.example/v1"},{"name":"B","baseUri":"ftp://b"}]})";
    QCOMPARE(target.importJson(bad, &error), -1);
    QVERIFY2(error.contains(u"Profile B"_s), qPrintable(error));
    QVERIFY(!target.profile(u"A"_s));
    QCOMPARE(target.importJson("[]", &error), -1);
}

void TestProfileStore::nameWithSlash()
{
    ConsoleProfile p;
    p.name = u"QA / staging"_s;
    p.baseUri = QUrl(u"https://staging.example.com/v1"_s);
    QVERIFY(m_store->saveProfile(p));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().name, p.name);
    m_store->removeProfile(p.name);
    QVERIFY(m_store->profiles().isEmpty());
}

// The real QtKeychain path with no keychain service: the token is kept for the session only and
// never reaches the profile file, not even as the plain-text fallback QtKeychain could use.
void TestProfileStore::noKeychainServiceMeansSessionOnly()
{
    if (!ProfileStore::keychainBuiltIn())
        QSKIP("built without QtKeychain");
    ProfileStore store(m_settings.get());
    QVERIFY(store.keychainEnabled());
    const QString token = u"sp-secret-no-keychain-456"_s;
    ConsoleProfile p;
    p.name = u"CI"_s;
    p.baseUri = QUrl(u"https://api.ci.example.com/v1"_s);
    QVERIFY(store.saveProfile(p));
    QSignalSpy stored(&store, &ProfileStore::tokenStored);
    store.storeToken(p.name, token);
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().at(0).toString(), p.name);
    QCOMPARE(stored.first().at(1).toBool(), false); // not persistent

    QSignalSpy read(&store, &ProfileStore::tokenRead);
    store.readToken(p.name);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), token); // this session still has it

    m_settings->sync();
    const QByteArray needle = token.toUtf8();
    QDir dir(m_dir->path());
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    QVERIFY(files.contains(u"console.ini"_s));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(needle), qPrintable(name));
        QVERIFY2(!content.contains(needle.toBase64()), qPrintable(name));
    }
    QVERIFY(!m_store->exportJson().contains(needle));

    // The next session finds no token anywhere.
    QSettings again(m_path, QSettings::IniFormat);
    ProfileStore restarted(&again);
    QSignalSpy readAgain(&restarted, &ProfileStore::tokenRead);
    restarted.readToken(p.name);
    QVERIFY(readAgain.wait(20000));
    QVERIFY(readAgain.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
