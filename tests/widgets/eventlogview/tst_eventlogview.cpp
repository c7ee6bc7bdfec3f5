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
    model.log(QStringLiteral("update"), QStringLiteral("Session_A"), QStringLiteral("Revision 1"));
    model.log(QStringLiteral("action"), QStringLiteral("Session_A"),
        QStringLiteral("extension.stopSession queued"));
    model.log(QStringLiteral("error"), QStringLiteral("Session_B"),
        QStringLiteral("send failed: denied"));
    EventLogView view(&model);
    QTest::keyClicks(view.filterEdit(), QStringLiteral("session_a"));
    QCOMPARE(view.filterModel()->rowCount(), 2);
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("logKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("action")));
    QCOMPARE(view.filterModel()->rowCount(), 1);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    QVERIFY(view.exportTo(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QCOMPARE(data.count('\n'), 2); // header + the one visible event
    QVERIFY(data.contains("extension.stopSession queued"));

    const QString json = dir.filePath(QStringLiteral("events.json"));
    kind->setCurrentIndex(0);
    QVERIFY(view.exportTo(json));
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(j.readAll()).array().size(), 2);

    view.filterEdit()->setText(QStringLiteral("nothing like this"));
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
    QVERIFY(view.findChild<QToolButton *>(QStringLiteral("exportEvents")));
    for (const QToolButton *b : buttons)
        if (!b->objectName().isEmpty()) // skips the line edit's own clear button
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
}

QTEST_MAIN(TestEventLogView)
#include "tst_eventlogview.moc"
