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

using namespace Qt::StringLiterals;

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
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"p.ini"_s), QSettings::IniFormat);
    m_c = std::make_unique<ActionComposer>();
    m_c->setPresetStore(m_settings.get());
    m_c->setCatalog(catalog());
    m_c->setTarget(u"Session_ES1"_s);
}

void TestActionComposer::stopSessionWithRedirect()
{
    // stopSession is preselected: paste the URL and click Send.
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    auto *url = qobject_cast<QLineEdit *>(m_c->fieldEditor(u"redirectURL"_s));
    QVERIFY(url);
    QTest::keyClicks(url, u"https://example.com/after?x=1"_s);
    QTest::mouseClick(m_c->findChild<QPushButton *>(u"send"_s), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).toString(), u"Session_ES1"_s);
    const QJsonArray batch = sent.first().at(1).toJsonArray();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.at(0).toObject(),
        (QJsonObject { { u"actionType"_s, u"extension.stopSession"_s },
            { u"additionalInfo"_s,
                QJsonObject { { u"redirectURL"_s, u"https://example.com/after?x=1"_s } } } }));
    QVERIFY(m_c->inlineError().isEmpty());
}

void TestActionComposer::badUrlSendsNothing()
{
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    for (const QString &bad :
        { u"example.com/x"_s, u"ftp://example.com/"_s, u"https://"_s, u"http://exa mple.com"_s }) {
        m_c->setFieldValue(u"redirectURL"_s, bad);
        QVERIFY(!m_c->send());
        QVERIFY2(m_c->inlineError().contains(u"redirectURL"_s), qPrintable(bad));
    }
    QCOMPARE(sent.count(), 0);
    // Empty optional URL: the catalog default applies and the action goes out.
    m_c->setFieldValue(u"redirectURL"_s, QString());
    QVERIFY(m_c->send());
    QCOMPARE(
        sent.first().at(1).toJsonArray().at(0).toObject().value(u"additionalInfo"_s).toObject(),
        QJsonObject());
}

void TestActionComposer::missingMandatorySendsNothing()
{
    QVERIFY(m_c->selectAction(u"extension"_s, u"injectPassword"_s));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(!m_c->send());
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_c->inlineError(), u"password is required."_s);
    QCOMPARE(m_c->fieldEditor(u"password"_s)->accessibleDescription(), u"Required"_s);
    QVERIFY(!m_c->addToBatch());
    QVERIFY(m_c->batch().isEmpty());
    m_c->setFieldValue(u"password"_s, u"s3cret"_s);
    QVERIFY(m_c->send());
    QVERIFY(m_c->inlineError().isEmpty());
}

void TestActionComposer::typedFields()
{
    QVERIFY(m_c->selectAction(u"onboarding"_s, u"showMessage"_s));
    QVERIFY(qobject_cast<QCheckBox *>(m_c->fieldEditor(u"sticky"_s)));
    m_c->setFieldValue(u"message"_s, u"Hello"_s);
    m_c->setFieldValue(u"count"_s, u"two"_s);
    QVERIFY(!m_c->send());
    QCOMPARE(m_c->inlineError(), u"count must be a number."_s);
    m_c->setFieldValue(u"count"_s, u"2"_s);
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    const QJsonObject info
        = sent.first().at(1).toJsonArray().at(0).toObject().value(u"additionalInfo"_s).toObject();
    QCOMPARE(info.value(u"count"_s), QJsonValue(2));
    QCOMPARE(info.value(u"sticky"_s), QJsonValue(false));
    QCOMPARE(info.value(u"level"_s), QJsonValue(u"info"_s));
}

void TestActionComposer::respondTo()
{
    QVERIFY(m_c->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(m_c->setFieldValue(u"respondTo"_s, u"proctor"_s));
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    QCOMPARE(
        sent.first().at(1).toJsonArray().at(0).toObject().value(u"additionalInfo"_s).toObject(),
        (QJsonObject { { u"respondTo"_s, u"proctor"_s } }));
}

void TestActionComposer::orderedBatch()
{
    QVERIFY(m_c->selectAction(u"extension"_s, u"lockBrowser"_s));
    QVERIFY(m_c->addToBatch());
    QVERIFY(m_c->selectAction(u"extension"_s, u"stopSession"_s));
    m_c->setFieldValue(u"redirectURL"_s, u"https://sp.example/done"_s);
    QVERIFY(m_c->addToBatch());
    QVERIFY(m_c->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(m_c->addToBatch());
    // Move the last one (current) up once: lock, getDisplayCount, stop.
    QTest::mouseClick(m_c->findChild<QToolButton *>(u"batchUp"_s), Qt::LeftButton);
    QCOMPARE(m_c->findChild<QToolButton *>(u"batchUp"_s)->accessibleName(), u"Move action up"_s);
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(m_c->send());
    const QJsonArray batch = sent.first().at(1).toJsonArray();
    QCOMPARE(batch.size(), 3);
    QCOMPARE(batch.at(0).toObject().value(u"actionType"_s).toString(), u"extension.lockBrowser"_s);
    QCOMPARE(
        batch.at(1).toObject().value(u"actionType"_s).toString(), u"extension.getDisplayCount"_s);
    QCOMPARE(batch.at(2).toObject().value(u"actionType"_s).toString(), u"extension.stopSession"_s);
    QVERIFY(m_c->batch().isEmpty()); // sent batches are cleared
}

void TestActionComposer::presetsPersist()
{
    m_c->setFieldValue(u"redirectURL"_s, u"https://sp.example/end"_s);
    QVERIFY(m_c->savePreset(u"End exam"_s));
    QCOMPARE(m_c->presetNames(), QStringList { u"End exam"_s });

    ActionComposer other;
    other.setPresetStore(m_settings.get());
    other.setCatalog(catalog());
    other.setTarget(u"Session_ES2"_s);
    QCOMPARE(other.presetNames(), QStringList { u"End exam"_s });
    QVERIFY(other.loadPreset(u"End exam"_s));
    QCOMPARE(other.batch().size(), 1);
    QCOMPARE(qobject_cast<QLineEdit *>(other.fieldEditor(u"redirectURL"_s))->text(),
        u"https://sp.example/end"_s);
    other.deletePreset(u"End exam"_s);
    QVERIFY(other.presetNames().isEmpty());
}

void TestActionComposer::noTargetSendsNothing()
{
    m_c->setTarget(QString());
    QSignalSpy sent(m_c.get(), &ActionComposer::sendRequested);
    QVERIFY(!m_c->send());
    QVERIFY(!m_c->findChild<QPushButton *>(u"send"_s)->isEnabled());
    QCOMPARE(sent.count(), 0);
}

QTEST_MAIN(TestActionComposer)
#include "tst_actioncomposer.moc"
