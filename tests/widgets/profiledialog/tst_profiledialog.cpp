#include "profiledialog.h"
#include "profilestore.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badUriIsRefusedInline();
    void saveKeepsTokenOutOfSettings();
};

void TestProfileDialog::badUriIsRefusedInline()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"c.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setKeychainEnabled(false);
    ProfileDialog d(&store);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"profileName"_s), u"Dev"_s);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"profileBaseUri"_s), u"http://api.example.com/v1"_s);
    QVERIFY(!d.saveCurrent());
    QVERIFY2(d.inlineError().contains(u"https"_s), qPrintable(d.inlineError()));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileDialog::saveKeepsTokenOutOfSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.ini"_s);
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setKeychainEnabled(false);
    ProfileDialog d(&store);
    QSignalSpy connectSpy(&d, &ProfileDialog::connectRequested);
    d.findChild<QLineEdit *>(u"profileName"_s)->setText(u"Dev"_s);
    d.findChild<QLineEdit *>(u"profileBaseUri"_s)->setText(u"https://api.dev.example.com/v1"_s);
    auto *token = d.findChild<QLineEdit *>(u"profileToken"_s);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    token->setText(u"secret-sp-token"_s);
    QVERIFY(d.saveCurrent());
    QVERIFY(d.inlineError().isEmpty());
    QVERIFY(token->text().isEmpty());
    QCOMPARE(d.findChild<QListWidget *>(u"profileList"_s)->count(), 1);
    settings.sync();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("api.dev.example.com"));
    QVERIFY(!stored.contains("secret-sp-token"));
    QSignalSpy read(&store, &ProfileStore::tokenRead);
    store.readToken(u"Dev"_s);
    QVERIFY(read.wait(2000));
    QCOMPARE(read.first().at(1).toString(), u"secret-sp-token"_s);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
