#include "actionqueuemodel.h"
#include "democonsole.h"
#include "jsonmerge.h"
#include "jsontreemodel.h"
#include "jsontreepanel.h"
#include "mainwindow.h"
#include "staleeditdialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>

using namespace Qt::StringLiterals;

// Every write from the window is conditional on the document the user looked at: a raw edit or
// an in-place value edit never erases an action or a field written meanwhile by someone else.
class TestConditionalWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rawApplyKeepsActionQueuedMeanwhile();
    void rawApplyKeepsConcurrentSet();
    void cancelWritesNothing();
    void treeValueEditIsConditional();
};

namespace {

struct Window
{
    explicit Window(DemoConsole &rig)
        : w(rig.controller.get())
    {
        w.show();
        w.selectDocument(rig.sessionDocument());
    }
    // Edit in the raw view: the shown document with one extra field.
    void editRaw(const QString &key, const QJsonValue &value)
    {
        w.treePanel()->findChild<QPushButton *>(u"editRaw"_s)->click();
        QJsonObject o
            = QJsonDocument::fromJson(w.treePanel()->rawView()->toPlainText().toUtf8()).object();
        o.insert(key, value);
        w.treePanel()->rawView()->setPlainText(QString::fromUtf8(QJsonDocument(o).toJson()));
    }
    void apply() { w.treePanel()->findChild<QPushButton *>(u"applyRaw"_s)->click(); }
    MainWindow w;
};

bool hasAction(const QJsonObject &doc, const QString &id)
{
    const QJsonArray a = doc.value("extensionActions"_L1).toArray();
    return std::any_of(a.begin(), a.end(),
        [&id](const QJsonValue &v) { return v.toObject().value("id"_L1).toString() == id; });
}

} // namespace

void TestConditionalWrites::rawApplyKeepsActionQueuedMeanwhile()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    auto student = rig.studentClient();
    QVERIFY(student);
    const QString doc = rig.sessionDocument();
    Window win(rig);
    QTRY_VERIFY(rig.controller->tree(doc)->hasSnapshot());

    win.editRaw(u"note"_s, u"mine"_s);
    // Between Edit and Apply another client queues a stopSession.
    auto added = await(student->addAction(u"extension.stopSession"_s,
        QJsonObject { { u"redirectURL"_s, u"https://example.com/x"_s } }));
    QVERIFY2(SpSync::isOk(added), qPrintable(SpSync::error(added).message));
    const QString id = SpSync::value(added).value("id"_L1).toString();

    QString meanwhile;
    whenModal<StaleEditDialog>([&meanwhile](StaleEditDialog *d) {
        meanwhile = d->meanwhileText();
        d->findChild<QPushButton *>(u"reapply"_s)->click();
    });
    win.apply();
    // Re-applied on the current revision: the user's field and the stopSession both there.
    QTRY_COMPARE_WITH_TIMEOUT(student->getSync().value("note"_L1).toString(), u"mine"_s, 15000);
    QVERIFY2(meanwhile.contains("/extensionActions"_L1), qPrintable(meanwhile));
    QVERIFY(hasAction(student->getSync(), id));
    ActionQueueModel *queue = rig.controller->queue(doc);
    QTRY_VERIFY(queue->rowForId(id) >= 0);
    QCOMPARE(queue->index(queue->rowForId(id), 0).data(ActionQueueModel::StatusRole).toInt(),
        int(ActionQueueModel::Status::Pending));
    QVERIFY(hasAction(rig.backend->client(doc)->getSync(), id));
}

void TestConditionalWrites::rawApplyKeepsConcurrentSet()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    auto student = rig.studentClient();
    QVERIFY(student);
    const QString doc = rig.sessionDocument();
    Window win(rig);
    QTRY_VERIFY(rig.controller->tree(doc)->hasSnapshot());

    win.editRaw(u"note"_s, u"mine"_s);
    QVERIFY(
        SpSync::isOk(await(student->setSync(QJsonObject { { u"studentStatus"_s, u"away"_s } }))));
    // The console has seen the change, so its own cache is current: still not overwritten.
    QTRY_COMPARE_WITH_TIMEOUT(rig.backend->client(doc)->getSync().value("studentStatus"_L1),
        QJsonValue(u"away"_s), 15000);
    bool shown = false;
    whenModal<StaleEditDialog>([&shown](StaleEditDialog *d) {
        shown = d->meanwhileText().contains("/studentStatus"_L1);
        d->findChild<QPushButton *>(u"reapply"_s)->click();
    });
    win.apply();
    QTRY_COMPARE_WITH_TIMEOUT(student->getSync().value("note"_L1).toString(), u"mine"_s, 15000);
    QVERIFY(shown);
    QCOMPARE(student->getSync().value("studentStatus"_L1).toString(), u"away"_s);
}

void TestConditionalWrites::cancelWritesNothing()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    auto student = rig.studentClient();
    QVERIFY(student);
    const QString doc = rig.sessionDocument();
    Window win(rig);
    QTRY_VERIFY(rig.controller->tree(doc)->hasSnapshot());

    win.editRaw(u"note"_s, u"mine"_s);
    QVERIFY(
        SpSync::isOk(await(student->setSync(QJsonObject { { u"studentStatus"_s, u"away"_s } }))));
    QSignalSpy stale(rig.controller.get(), &ConsoleController::staleWrite);
    whenModal<StaleEditDialog>([](StaleEditDialog *d) { d->reject(); });
    win.apply();
    QTRY_COMPARE_WITH_TIMEOUT(stale.count(), 1, 15000);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    // A later write from the other side proves the console's edit never went out.
    QVERIFY(SpSync::isOk(await(student->setSync(QJsonObject { { u"later"_s, 1 } }))));
    QVERIFY(!student->getSync().contains("note"_L1));
    QCOMPARE(student->getSync().value("studentStatus"_L1).toString(), u"away"_s);
}

void TestConditionalWrites::treeValueEditIsConditional()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    auto student = rig.studentClient();
    QVERIFY(student);
    const QString doc = rig.sessionDocument();
    Window win(rig);
    QVERIFY(QTest::qWaitForWindowActive(&win.w));
    JsonTreeModel *tree = rig.controller->tree(doc);
    QTRY_VERIFY(tree->hasSnapshot());

    // In place, by keyboard: F2 on the value, type, Enter.
    const QModelIndex value = tree->indexForPath(u"/reliableConnection"_s).siblingAtColumn(1);
    QVERIFY(value.flags() & Qt::ItemIsEditable);
    QVERIFY(!(tree->index(tree->indexForPath(u"/extensionActions"_s).row(), 1).flags()
        & Qt::ItemIsEditable));
    QTreeView *view = win.w.treePanel()->treeView();
    view->setFocus();
    view->setCurrentIndex(value);
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view);
    QWidget *editor = QApplication::focusWidget();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"false"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(
        student->getSync().value("reliableConnection"_L1), QJsonValue(false), 15000);

    // Edited on a stale base: the action queued meanwhile stays, and the dialog said so.
    const QJsonObject base = tree->document();
    auto added = await(student->addAction(u"extension.stopSession"_s));
    QVERIFY(SpSync::isOk(added));
    const QString id = SpSync::value(added).value("id"_L1).toString();
    QString meanwhile;
    whenModal<StaleEditDialog>([&meanwhile](StaleEditDialog *d) {
        meanwhile = d->meanwhileText();
        d->findChild<QPushButton *>(u"reapply"_s)->click();
    });
    rig.controller->replace(doc, base, JsonMerge::setAt(base, u"/reliableConnection"_s, true));
    QTRY_COMPARE_WITH_TIMEOUT(
        student->getSync().value("reliableConnection"_L1), QJsonValue(true), 15000);
    QVERIFY(meanwhile.contains("/extensionActions"_L1));
    QVERIFY(hasAction(student->getSync(), id));
}

QTEST_MAIN(TestConditionalWrites)
#include "tst_conditionalwrites.moc"
