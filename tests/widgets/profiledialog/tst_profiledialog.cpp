#include "profiledialog.h"
#include "profilestore.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    QSettings settings(dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setKeychainEnabled(false);
    ProfileDialog d(&store);
    QTest::keyClicks(
        d.findChild<QLineEdit *>(QStringLiteral("profileName")), QStringLiteral("Dev"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("profileBaseUri")),
        QStringLiteral("http://api.example.com/v1"));
    QVERIFY(!d.saveCurrent());
    QVERIFY2(d.inlineError().contains(QLatin1String("https")), qPrintable(d.inlineError()));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileDialog::saveKeepsTokenOutOfSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.ini"));
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    store.setKeychainEnabled(false);
    ProfileDialog d(&store);
    QSignalSpy connectSpy(&d, &ProfileDialog::connectRequested);
    d.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(QStringLiteral("Dev"));
    d.findChild<QLineEdit *>(QStringLiteral("profileBaseUri"))
        ->setText(QStringLiteral("https://api.dev.example.com/v1"));
    auto *token = d.findChild<QLineEdit *>(QStringLiteral("profileToken"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    token->setText(QStringLiteral("secret-sp-token"));
    QVERIFY(d.saveCurrent());
    QVERIFY(d.inlineError().isEmpty());
    QVERIFY(token->text().isEmpty());
    QCOMPARE(d.findChild<QListWidget *>(QStringLiteral("profileList"))->count(), 1);
    settings.sync();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("api.dev.example.com"));
    QVERIFY(!stored.contains("secret-sp-token"));
    QSignalSpy read(&store, &ProfileStore::tokenRead);
    store.readToken(QStringLiteral("Dev"));
    QVERIFY(read.wait(2000));
    QCOMPARE(read.first().at(1).toString(), QStringLiteral("secret-sp-token"));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
