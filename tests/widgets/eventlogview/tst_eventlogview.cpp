#include "eventlogmodel.h"
#include "eventlogview.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
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
    void streamOfEventsRepaintsAFewTimesASecond();
};

namespace {
struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
} // namespace

// A hundred events a second (a room of students): the table is not repainted for each, and it
// still ends at the last one.
void TestEventLogView::streamOfEventsRepaintsAFewTimesASecond()
{
    EventLogModel model;
    EventLogView view(&model);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(u"logTable"_s);
    QVERIFY(table);
    PaintCounter counter;
    table->viewport()->installEventFilter(&counter);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 100; ++i) {
        model.log(u"update"_s, u"Session_x"_s, u"Revision %1"_s.arg(i));
        QTest::qWait(10);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    QTRY_VERIFY(table->viewport()->updatesEnabled());
    QVERIFY2(counter.paints <= int(seconds * 5) + 3,
        qPrintable(u"%1 paints in %2 s"_s.arg(counter.paints).arg(seconds)));
    // Following: the last event is in view once the stream pauses.
    const QModelIndex last = table->model()->index(99, 0);
    QTRY_VERIFY(table->viewport()->rect().intersects(table->visualRect(last)));
}

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
