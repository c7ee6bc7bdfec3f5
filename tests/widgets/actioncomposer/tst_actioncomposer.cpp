#include "actioncomposer.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
QJsonObject catalog()
{
    return QJsonDocument::fromJson(R"({"$comment":"x",
        "extension":{"injectPassword":{"password":null},"stopSession":{"redirectURL":""},
                     "getDisplayCount":{"respondTo":""},"lockBrowser":{}},
        "onboarding":{"showMessage":{"message":null,"level":"info","count":1,"sticky":false}},
        "proctor":{"getDisplayCount":{"displayCount":null}}})")
        .object();
}
} // namespace

class TestActionComposer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void stopSessionWithRedirect();
    void badUrlSendsNothing();
    void missingMandatorySendsNothing();
    void typedFields();
    void respondTo();
    void orderedBatch();
    void presetsPersist();
    void noTargetSendsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ActionComposer> m_c;
};

void TestActionComposer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_c = std::make_unique<ActionComposer>();
    m_c->setPresetStore(m_settings.get());
    m_c->setCatalog(catalog());
    m_c->setTarget(QStringLiteral("Session_ES1"));
}

void TestActionComposer::stopSessionWithRedirect()
{
    // stopSession is preselected: paste the URL and click Send.
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    auto *url = qobject_cast<QLineEdit *>(m_c->fieldEditor(QStringLiteral("redirectURL")));
    QVERIFY(url);
    QTest::keyClicks(url, QStringLiteral("https://example.com/after?x=1"));
    QTest::mouseClick(m_c->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).toString(), QStringLiteral("Session_ES1"));
    const QJsonArray batch = sent.first().at(1).toJsonArray();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.at(0).toObject(),
        (QJsonObject { { QStringLiteral("actionType"), QStringLiteral("extension.stopSession") },
            { QStringLiteral("additionalInfo"),
                QJsonObject { { QStringLiteral("redirectURL"),
                    QStringLiteral("https://example.com/after?x=1") } } } }));
    QVERIFY(m_c->inlineError().isEmpty());
}

void TestActionComposer::badUrlSendsNothing()
{
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    for (const QString &bad :
        { QStringLiteral("example.com/x"), QStringLiteral("ftp://example.com/"),
            QStringLiteral("https://"), QStringLiteral("http://exa mple.com") }) {
        m_c->setFieldValue(QStringLiteral("redirectURL"), bad);
        QVERIFY(!m_c->send());
        QVERIFY2(m_c->inlineError().contains(QLatin1String("redirectURL")), qPrintable(bad));
    }
    QCOMPARE(sent.count(), 0);
    // Empty optional URL: the catalog default applies and the action goes out.
    m_c->setFieldValue(QStringLiteral("redirectURL"), QString());
    QVERIFY(m_c->send());
    QCOMPARE(sent.first()
                 .at(1)
                 .toJsonArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("additionalInfo"))
                 .toObject(),
        QJsonObject());
}

void TestActionComposer::missingMandatorySendsNothing()
{
    QVERIFY(m_c->selectAction(QStringLiteral("extension"), QStringLiteral("injectPassword")));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(!m_c->send());
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_c->inlineError(), QStringLiteral("password is required."));
    QCOMPARE(m_c->fieldEditor(QStringLiteral("password"))->accessibleDescription(),
        QStringLiteral("Required"));
    QVERIFY(!m_c->addToBatch());
    QVERIFY(m_c->batch().isEmpty());
    m_c->setFieldValue(QStringLiteral("password"), QStringLiteral("s3cret"));
    QVERIFY(m_c->send());
    QVERIFY(m_c->inlineError().isEmpty());
}

void TestActionComposer::typedFields()
{
    QVERIFY(m_c->selectAction(QStringLiteral("onboarding"), QStringLiteral("showMessage")));
    QVERIFY(qobject_cast<QCheckBox *>(m_c->fieldEditor(QStringLiteral("sticky"))));
    m_c->setFieldValue(QStringLiteral("message"), QStringLiteral("Hello"));
    m_c->setFieldValue(QStringLiteral("count"), QStringLiteral("two"));
    QVERIFY(!m_c->send());
    QCOMPARE(m_c->inlineError(), QStringLiteral("count must be a number."));
    m_c->setFieldValue(QStringLiteral("count"), QStringLiteral("2"));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    const QJsonObject info = sent.first()
                                 .at(1)
                                 .toJsonArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("additionalInfo"))
                                 .toObject();
    QCOMPARE(info.value(QStringLiteral("count")), QJsonValue(2));
    QCOMPARE(info.value(QStringLiteral("sticky")), QJsonValue(false));
    QCOMPARE(info.value(QStringLiteral("level")), QJsonValue(QStringLiteral("info")));
}

void TestActionComposer::respondTo()
{
    QVERIFY(m_c->selectAction(QStringLiteral("extension"), QStringLiteral("getDisplayCount")));
    QVERIFY(m_c->setFieldValue(QStringLiteral("respondTo"), QStringLiteral("proctor")));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    QCOMPARE(sent.first()
                 .at(1)
                 .toJsonArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("additionalInfo"))
                 .toObject(),
        (QJsonObject { { QStringLiteral("respondTo"), QStringLiteral("proctor") } }));
}

void TestActionComposer::orderedBatch()
{
    QVERIFY(m_c->selectAction(QStringLiteral("extension"), QStringLiteral("lockBrowser")));
    QVERIFY(m_c->addToBatch());
    QVERIFY(m_c->selectAction(QStringLiteral("extension"), QStringLiteral("stopSession")));
    m_c->setFieldValue(QStringLiteral("redirectURL"), QStringLiteral("https://sp.example/done"));
    QVERIFY(m_c->addToBatch());
    QVERIFY(m_c->selectAction(QStringLiteral("extension"), QStringLiteral("getDisplayCount")));
    QVERIFY(m_c->addToBatch());
    // Move the last one (current) up once: lock, getDisplayCount, stop.
    QTest::mouseClick(m_c->findChild<QToolButton *>(QStringLiteral("batchUp")), Qt::LeftButton);
    QCOMPARE(m_c->findChild<QToolButton *>(QStringLiteral("batchUp"))->accessibleName(),
        QStringLiteral("Move action up"));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    const QJsonArray batch = sent.first().at(1).toJsonArray();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(0).toObject().value(QStringLiteral("actionType")).toString(),
        QStringLiteral("extension.lockBrowser"));
    QCOMPARE(batch.at(1).toObject().value(QStringLiteral("actionType")).toString(),
        QStringLiteral("extension.getDisplayCount"));
    QCOMPARE(batch.at(2).toObject().value(QStringLiteral("actionType")).toString(),
        QStringLiteral("extension.stopSession"));
    QVERIFY(m_c->batch().isEmpty()); // sent batches are cleared
}

void TestActionComposer::presetsPersist()
{
    m_c->setFieldValue(QStringLiteral("redirectURL"), QStringLiteral("https://sp.example/end"));
    QVERIFY(m_c->savePreset(QStringLiteral("End exam")));
    QCOMPARE(m_c->presetNames(), QStringList { QStringLiteral("End exam") });

    ActionComposer other;
    other.setPresetStore(m_settings.get());
    other.setCatalog(catalog());
    other.setTarget(QStringLiteral("Session_ES2"));
    QCOMPARE(other.presetNames(), QStringList { QStringLiteral("End exam") });
    QVERIFY(other.loadPreset(QStringLiteral("End exam")));
    QCOMPARE(other.batch().size(), 1);
    QCOMPARE(qobject_cast<QLineEdit *>(other.fieldEditor(QStringLiteral("redirectURL")))->text(),
        QStringLiteral("https://sp.example/end"));
    other.deletePreset(QStringLiteral("End exam"));
    QVERIFY(other.presetNames().isEmpty());
}

void TestActionComposer::noTargetSendsNothing()
{
    m_c->setTarget(QString());
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(!m_c->send());
    QVERIFY(!m_c->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    QCOMPARE(sent.count(), 0);
}

QTEST_MAIN(TestActionComposer)
#include "tst_actioncomposer.moc"
