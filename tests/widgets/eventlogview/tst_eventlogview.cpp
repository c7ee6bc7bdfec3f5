#include "eventlogmodel.h"
#include "eventlogview.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestEventLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterAndExportFollowTheView();
    void iconButtonsHaveAccessibleNames();
};

void TestEventLogView::filterAndExportFollowTheView()
{
    EventLogModel model;
    model.log(u"update"_s, u"Session_A"_s, u"Revision 1"_s);
    model.log(u"action"_s, u"Session_A"_s, u"extension.stopSession queued"_s);
    model.log(u"error"_s, u"Session_B"_s, u"send failed: denied"_s);
    EventLogView view(&model);
    QTest::keyClicks(view.filterEdit(), u"session_a"_s);
    QCOMPARE(view.filterModel()->rowCount(), 2);
    auto *kind = view.findChild<QComboBox *>(u"logKind"_s);
    kind->setCurrentIndex(kind->findData(u"action"_s));
    QCOMPARE(view.filterModel()->rowCount(), 1);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"events.csv"_s);
    QVERIFY(view.exportTo(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QCOMPARE(data.count('\n'), 2); // header + the one visible event
    QVERIFY(data.contains("extension.stopSession queued"));

    const QString json = dir.filePath(u"events.json"_s);
    kind->setCurrentIndex(0);
    QVERIFY(view.exportTo(json));
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(j.readAll()).array().size(), 2);

    view.filterEdit()->setText(u"nothing like this"_s);
    QString error;
    QVERIFY(!view.exportTo(json, &error));
    QVERIFY(!error.isEmpty());
    // Escape in the filter box clears it.
    view.filterEdit()->setFocus();
    QTest::keyClick(view.filterEdit(), Qt::Key_Escape);
    QCOMPARE(view.filterEdit()->text(), QString());
    QCOMPARE(view.filterModel()->rowCount(), 3);
}

void TestEventLogView::iconButtonsHaveAccessibleNames()
{
    EventLogModel model;
    EventLogView view(&model);
    const QList<QToolButton *> buttons = view.findChildren<QToolButton *>();
    QVERIFY(view.findChild<QToolButton *>(u"exportEvents"_s));
    for (const QToolButton *b : buttons)
        if (!b->objectName().isEmpty()) // skips the line edit's own clear button
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
}

QTEST_MAIN(TestEventLogView)
#include "tst_eventlogview.moc"
