#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "democonsole.h"
#include "jsontreemodel.h"
#include "jsontreepanel.h"
#include "mainwindow.h"
#include "queueview.h"
#include "roomwindows.h"
#include "syncclient.h"
#include "syncclientbackend.h"

#include <QAbstractItemView>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <memory>

using namespace Qt::StringLiterals;

// Documents are addressed by id against the real emulator, as in the embedded demo: a denied
// room is retried and removed without touching the others; a document whose connection is down
// is shown stale; a scalar edited in the tree is written conditionally.
class TestDocumentsById : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void deniedRoomRetriedAndRemoved();
    void disconnectedDocumentIsStale();
    void refusedTokenWhileConnectedReadsDenied();
    void scalarEditIsConditional();
};

namespace {

int stateOf(ConsoleController *c, const QString &doc)
{
    DocumentListModel *docs = c->documents();
    return docs->index(docs->rowOf(doc), 0).data(DocumentListModel::StateRole).toInt();
}

void clickRow(QTableView *table, int row)
{
    const QRect r = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

int eventsAbout(const EventLogModel *log, const QString &doc, const QString &text)
{
    int n = 0;
    for (int r = 0; r < log->size(); ++r) {
        const EventLogModel::Event &e = log->eventAt(r);
        if (e.document == doc && e.summary.contains(text))
            ++n;
    }
    return n;
}

// The model index of the value of a top-level key in the tree.
QModelIndex valueOf(const JsonTreeModel *tree, const QString &key)
{
    for (int r = 0; r < tree->rowCount(); ++r) {
        const QModelIndex i = tree->index(r, JsonTreeModel::KeyColumn);
        if (i.data(JsonTreeModel::KeyRole).toString() == key)
            return i.siblingAtColumn(JsonTreeModel::ValueColumn);
    }
    return {};
}

// The demo console with its session joined, shown and selected in a main window.
struct ShownSession
{
    DemoConsole rig;
    std::unique_ptr<MainWindow> window; // destroyed before the controller it shows
    ConsoleController *c = nullptr;
    QString doc;

    bool start()
    {
        if (!rig.start() || !rig.joinSession())
            return false;
        c = rig.controller.get();
        doc = rig.sessionDocument();
        window = std::make_unique<MainWindow>(c);
        window->show();
        window->selectDocument(doc);
        return QTest::qWaitForWindowExposed(window.get());
    }
};

} // namespace

void TestDocumentsById::deniedRoomRetriedAndRemoved()
{
    DemoConsole rig;
    QVERIFY2(rig.start(), qPrintable(rig.error));
    QVERIFY(rig.joinSession());
    ConsoleController *c = rig.controller.get();
    // The demo's own room, and its room windows, as the app has them.
    JoinRequest room;
    room.role = JoinRequest::Role::ProctorRoom;
    room.proctorSid = rig.demo.proctorSid;
    room.roomSid = rig.demo.roomSid;
    c->join(room);
    const QString demoRoom = u"Proctor_Room_"_s + rig.demo.roomSid;
    QTRY_COMPARE_WITH_TIMEOUT(
        stateOf(c, demoRoom), int(DocumentListModel::State::Connected), 15000);
    RoomWindows rooms(c);
    MainWindow w(c);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // A room this proctor may not open: refused, with the reason, Retry and Remove.
    JoinRequest denied = room;
    denied.roomSid = u"PR"_s + QString(32, u'b');
    c->join(denied);
    const QString deniedDoc = u"Proctor_Room_"_s + denied.roomSid;
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, deniedDoc), int(DocumentListModel::State::Denied), 15000);
    w.activateWindow();
    clickRow(w.documentTable(), c->documents()->rowOf(deniedDoc));
    QCOMPARE(w.currentDocument(), deniedDoc);
    QVERIFY2(!w.treePanel()->problemText().isEmpty(), "no reason shown");
    auto *retry = w.treePanel()->findChild<QPushButton *>(u"retryDocument"_s);
    auto *remove = w.treePanel()->findChild<QPushButton *>(u"removeDocument"_s);
    QVERIFY(retry->isVisible() && remove->isVisible());

    // Retry joins it again (refused again), and nothing else.
    const int joining = eventsAbout(c->events(), deniedDoc, u"again"_s);
    retry->click();
    QCOMPARE(eventsAbout(c->events(), deniedDoc, u"again"_s), joining + 1);
    QTRY_COMPARE_WITH_TIMEOUT(eventsAbout(c->events(), deniedDoc, u"Denied"_s) >= 2, true, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, deniedDoc), int(DocumentListModel::State::Denied), 15000);

    // Remove: that one goes; the session and the demo room stay joined and live.
    remove->click();
    QCOMPARE(c->documents()->documents(), (QStringList { rig.sessionDocument(), demoRoom }));
    QCOMPARE(eventsAbout(c->events(), demoRoom, u"Left"_s), 0);
    QCOMPARE(eventsAbout(c->events(), rig.sessionDocument(), u"Left"_s), 0);
    QVERIFY(rig.backend->client(demoRoom));
    QVERIFY(rig.backend->client(rig.sessionDocument()));
    QVERIFY(!w.currentDocument().isEmpty());
    QVERIFY(w.currentDocument() != deniedDoc);
    QCOMPARE(eventsAbout(c->events(), deniedDoc, u"Left"_s), 1);

    // Denied again, selected, and Leave: the same, the log names the one that left.
    c->join(denied);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, deniedDoc), int(DocumentListModel::State::Denied), 15000);
    clickRow(w.documentTable(), c->documents()->rowOf(deniedDoc));
    QCOMPARE(w.currentDocument(), deniedDoc);
    w.findChild<QPushButton *>(u"leaveButton"_s)->click();
    QCOMPARE(c->documents()->documents(), (QStringList { rig.sessionDocument(), demoRoom }));
    QCOMPARE(eventsAbout(c->events(), deniedDoc, u"Left"_s), 2);
    QCOMPARE(eventsAbout(c->events(), demoRoom, u"Left"_s), 0);

    // Selecting the session shows its data: tree, queues, and Send really sends.
    clickRow(w.documentTable(), c->documents()->rowOf(rig.sessionDocument()));
    QCOMPARE(w.currentDocument(), rig.sessionDocument());
    QCOMPARE(w.treePanel()->model(), c->tree(rig.sessionDocument()));
    QCOMPARE(w.treePanel()->treeView()->model(), c->tree(rig.sessionDocument()));
    QVERIFY(w.treePanel()->treeView()->model()->rowCount() > 0);
    QVERIFY(valueOf(c->tree(rig.sessionDocument()), u"extensionActions"_s).isValid());
    QCOMPARE(w.queueView()->tableView()->model() != nullptr, true);
    QCOMPARE(w.composer()->target(), rig.sessionDocument());
    const int revisions = int(c->history()->revisions(rig.sessionDocument()).size());
    QSignalSpy written(c, &ConsoleController::actionsWritten);
    QVERIFY(w.composer()->selectAction(u"extension"_s, u"getDisplayCount"_s));
    QVERIFY(w.composer()->send());
    QVERIFY(written.wait(15000));
    QCOMPARE(written.first().first().toString(), rig.sessionDocument());
    QVERIFY(eventsAbout(c->events(), rig.sessionDocument(), u"written"_s) >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        c->history()->revisions(rig.sessionDocument()).size() > revisions, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(w.queueView()->tableView()->model()->rowCount() >= 1, 15000);
}

void TestDocumentsById::disconnectedDocumentIsStale()
{
    ShownSession s;
    QVERIFY2(s.start(), qPrintable(s.rig.error));
    ConsoleController *c = s.c;
    const QString doc = s.doc;
    MainWindow &w = *s.window;
    DocumentListModel *docs = c->documents();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, doc), int(DocumentListModel::State::Connected), 15000);
    QTRY_VERIFY(docs->index(0, 0).data(DocumentListModel::LastUpdateRole).toDateTime().isValid());
    QVERIFY(!docs->index(0, 0).data(DocumentListModel::StaleRole).toBool());
    QVERIFY(!docs->index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(w.treePanel()->problemText().isEmpty());

    s.rig.server.reset(); // the server is gone
    QTRY_VERIFY_WITH_TIMEOUT(docs->index(0, 0).data(DocumentListModel::StaleRole).toBool(), 15000);
    const QString last = docs->index(0, 0)
                             .data(DocumentListModel::LastUpdateRole)
                             .toDateTime()
                             .toLocalTime()
                             .toString(u"HH:mm:ss"_s);
    const QString state = docs->index(0, DocumentListModel::StateColumn).data().toString();
    QVERIFY2(state.contains(u"last update "_s + last), qPrintable(state));
    QCOMPARE(docs->index(0, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY2(w.treePanel()->problemText().contains(u"last update "_s + last),
        qPrintable(w.treePanel()->problemText()));
    // The tree's text is greyed while it is not live.
    const QPalette p = w.treePanel()->treeView()->palette();
    QCOMPARE(p.color(QPalette::Text), w.palette().color(QPalette::Disabled, QPalette::Text));
}

// The client reports a refusal as Disconnected with an Auth error; the proctor still reads
// "Denied", with the reason and Retry, not a plain disconnection.
void TestDocumentsById::refusedTokenWhileConnectedReadsDenied()
{
    ShownSession s;
    QVERIFY2(s.start(), qPrintable(s.rig.error));
    ConsoleController *c = s.c;
    const QString doc = s.doc;
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, doc), int(DocumentListModel::State::Connected), 15000);
    SpSync::SyncClient *client = s.rig.backend->client(doc);
    QVERIFY(client);

    client->updateTwilioToken(u"forged.token.value"_s); // the server answers 401/20101
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c, doc), int(DocumentListModel::State::Denied), 15000);
    QCOMPARE(client->state(), SpSync::SyncConnection::State::Disconnected);
    QVERIFY(client->lastError().isRefusal());
    const QString state = c->documents()
                              ->index(c->documents()->rowOf(doc), DocumentListModel::StateColumn)
                              .data()
                              .toString();
    QVERIFY2(state.startsWith(u"Denied"_s), qPrintable(state));
    JsonTreePanel *panel = s.window->treePanel();
    QVERIFY2(!panel->problemText().isEmpty(), "no reason shown");
    QVERIFY(panel->findChild<QPushButton *>(u"retryDocument"_s)->isVisible());
}

void TestDocumentsById::scalarEditIsConditional()
{
    ShownSession s;
    QVERIFY2(s.start(), qPrintable(s.rig.error));
    DemoConsole &rig = s.rig;
    ConsoleController *c = s.c;
    const QString doc = s.doc;
    MainWindow &w = *s.window;
    JsonTreeModel *tree = c->tree(doc);
    QTRY_VERIFY_WITH_TIMEOUT(valueOf(tree, u"reliableConnection"_s).isValid(), 15000);
    QTreeView *view = w.treePanel()->treeView();
    QCOMPARE(view->model(), tree);

    // Double-click the value, type, Enter: written to the server.
    QModelIndex value = valueOf(tree, u"reliableConnection"_s);
    QVERIFY(tree->flags(value) & Qt::ItemIsEditable);
    view->scrollTo(value);
    const QPoint at = view->visualRect(value).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    editor->selectAll();
    QTest::keyClicks(editor, u"false"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    SpSync::SyncClient *client = rig.backend->client(doc);
    QTRY_COMPARE_WITH_TIMEOUT(
        client->getSync().value(u"reliableConnection"_s), QJsonValue(false), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(tree, u"reliableConnection"_s).data(JsonTreeModel::ValueRole),
        QVariant(false), 15000);

    // Another key changes while the editor is open: the value is written on the current
    // revision, and both changes are kept, with no question.
    auto student = rig.studentClient();
    QVERIFY(student);
    QSignalSpy stale(c, &ConsoleController::staleWrite);
    auto editWhileChanged = [&](const QJsonObject &elsewhere, const QString &typed) {
        const QModelIndex v = valueOf(tree, u"reliableConnection"_s);
        view->setCurrentIndex(v);
        view->edit(v);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *e = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(SpSync::isOk(await(student->setSync(elsewhere))));
        const QString key = elsewhere.begin().key();
        QTRY_COMPARE_WITH_TIMEOUT(c->tree(doc)->document().value(key), elsewhere.value(key), 15000);
        e->selectAll();
        QTest::keyClicks(e, typed);
        QTest::keyClick(e, Qt::Key_Return);
    };
    bool asked = false;
    bool firstDone = false;
    whenModal<QDialog>([&asked, &firstDone](QDialog *d) {
        if (firstDone)
            return;
        asked = true;
        d->reject();
    });
    editWhileChanged(QJsonObject { { u"studentStatus"_s, u"changed"_s } }, u"true"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        asked || client->getSync().value(u"reliableConnection"_s) == QJsonValue(true), 15000);
    firstDone = true;
    QVERIFY(!asked);
    QCOMPARE(client->getSync().value(u"studentStatus"_s), QJsonValue(u"changed"_s));
    QCOMPARE(stale.count(), 0);

    // The same value changes meanwhile: nothing is written, the conflict is shown, and what the
    // other side wrote stays.
    bool shown = false;
    whenModal<QDialog>([&shown](QDialog *d) {
        shown = true;
        d->reject();
    });
    editWhileChanged(QJsonObject { { u"reliableConnection"_s, u"theirs"_s } }, u"false"_s);
    QVERIFY(stale.wait(15000));
    QTRY_VERIFY(shown);
    QCOMPARE(client->getSync().value(u"reliableConnection"_s), QJsonValue(u"theirs"_s));
    QCOMPARE(client->getSync().value(u"studentStatus"_s), QJsonValue(u"changed"_s));
}

QTEST_MAIN(TestDocumentsById)
#include "tst_documentsbyid.moc"
