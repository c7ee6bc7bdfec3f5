// The console profile's Twilio region: stored, exported, validated, and edited in the dialog.
#include "profiledialog.h"
#include "profilestore.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileRegion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_noBus;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + QFile::encodeName(m_noBus.filePath(u"no-bus"_s)));
    }

    void storedExportedAndValidated()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.setKeychainEnabled(false);
        ConsoleProfile p;
        p.name = u"EU"_s;
        p.baseUri = QUrl(u"https://api.example.com/v1"_s);
        QCOMPARE(p.region, u"us1"_s);
        p.region = u"ie1"_s;
        QVERIFY(store.saveProfile(p));
        QCOMPARE(store.profile(u"EU"_s)->region, u"ie1"_s);
        const QByteArray exported = store.exportJson();
        QVERIFY(exported.contains("\"region\""));
        store.removeProfile(u"EU"_s);
        QCOMPARE(store.importJson(exported), 1);
        QCOMPARE(store.profile(u"EU"_s)->region, u"ie1"_s);
        p.region = u"mars1"_s;
        QString error;
        QVERIFY(!store.saveProfile(p, &error));
        QVERIFY2(error.contains(u"mars1"_s), qPrintable(error));
    }

    void dialogEditsTheRegion()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"console.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.setKeychainEnabled(false);
        ProfileDialog dialog(&store);
        auto *region = dialog.findChild<QComboBox *>(u"profileRegion"_s);
        QVERIFY(region);
        QCOMPARE(region->count(), 3);
        QCOMPARE(region->currentText(), u"us1"_s);
        dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(u"AU"_s);
        dialog.findChild<QLineEdit *>(u"profileBaseUri"_s)
            ->setText(u"https://api.example.com/v1"_s);
        region->setCurrentText(u"au1"_s);
        QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.inlineError()));
        QCOMPARE(store.profile(u"AU"_s)->region, u"au1"_s);
    }
};

QTEST_MAIN(TestProfileRegion)
#include "tst_profileregion.moc"
