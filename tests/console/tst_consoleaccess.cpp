#include "actioncomposer.h"
#include "consolecontroller.h"
#include "documentnamedelegate.h"
#include "fakebackend.h"
#include "historyview.h"
#include "mainwindow.h"
#include "roomcontroller.h"
#include "roomview.h"
#include "sp/actioncatalog.h"
#include "whenmodal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The window offscreen with a fake backend that plays the server: keyboard and accessible
// names, Qt's own strings in Spanish, names and status messages in a narrow window, History
// and About, and the room view asking before a disruptive action.
class TestConsoleAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tabLeavesTablesAndReachesEveryField();
    void qtStandardButtonsInSpanish();
    void namesKeepTheirLabelWhenNarrow();
    void narrowWindowKeepsTheNameColumnReadable();
    void longStatusLeavesTheCountVisible();
    void historyOpensWithoutError();
    void aboutShowsTheVersion();
    void roomComposerAsksBeforeDisruptiveActions();
    void roomStopHonoursDontAskAgain();
};

namespace {

const QString kPu = u"PU"_s + QString(32, u'a');
QString sid(char c) { return u"ES"_s + QString(32, QLatin1Char(c)); }
QString docOf(char c) { return u"Session_"_s + sid(c); }
QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

struct Rig
{
    Rig()
        : controller(&backend)
    {
        controller.setCatalog(SpSync::ActionCatalog::builtin().toJsonWithFlags());
        controller.openHistory(u":memory:"_s);
    }
    void join(const JoinRequest &r, const QString &doc, const QJsonObject &data)
    {
        controller.join(r);
        Q_EMIT backend.stateChanged(doc, DocumentListModel::State::Connected, 0, {});
        Q_EMIT backend.documentUpdated(doc, data, u"0"_s);
    }
    // Joins the proctor room PR<32 x c> with no data yet; returns its document name.
    QString joinRoom(char c)
    {
        const QString roomDoc = u"Proctor_Room_PR"_s + QString(32, QLatin1Char(c));
        JoinRequest r;
        r.role = JoinRequest::Role::ProctorRoom;
        r.proctorSid = kPu;
        r.roomSid = roomDoc.mid(13);
        join(r, roomDoc, QJsonObject());
        return roomDoc;
    }
    void join(char c)
    {
        JoinRequest r;
        r.sessionSid = sid(c);
        r.proctorSid = kPu;
        join(r, docOf(c), obj(R"({"extensionActions":[]})"));
    }
    FakeBackend backend;
    ConsoleController controller;
};

} // namespace

void TestConsoleAccess::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SpConsoleTests"_s);
    QCoreApplication::setApplicationName(u"tst_consoleaccess"_s);
    QSettings().clear();
}

void TestConsoleAccess::tabLeavesTablesAndReachesEveryField()
{
    Rig rig;
    rig.join('a');
    MainWindow w(&rig.controller);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Tab leaves the documents table instead of walking its cells; the same for the log.
    for (QTableView *table : { w.documentTable(), w.findChild<QTableView *>(u"logTable"_s) }) {
        QVERIFY(table);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY2(!table->hasFocus(), qPrintable(table->objectName()));
    }
    // From Action, Tab reaches the action's first field, redirectURL.
    QVERIFY(w.composer()->selectAction(u"extension"_s, u"stopSession"_s));
    auto *action = w.composer()->findChild<QComboBox *>(u"action"_s);
    action->setFocus();
    QTRY_VERIFY(action->hasFocus());
    QTest::keyClick(action, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w.composer()->fieldEditor(u"redirectURL"_s));

    // Walk the whole chain with Tab: it comes back to the start, each control once, and each
    // has a name a screen reader can say.
    QWidget *start = w.documentTable();
    start->setFocus();
    QTRY_VERIFY(start->hasFocus());
    QList<QWidget *> seen;
    for (int i = 0; i < 200; ++i) {
        QWidget *f = QApplication::focusWidget();
        QVERIFY(f);
        if (!seen.isEmpty() && f == start)
            break;
        QVERIFY2(!seen.contains(f), qPrintable(f->objectName()));
        seen << f;
        QTest::keyClick(f, Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), start);
    for (QWidget *f : std::as_const(seen)) {
        QString name = f->accessibleName();
        if (auto *b = qobject_cast<QAbstractButton *>(f); b && name.isEmpty())
            name = b->text();
        QVERIFY2(!name.isEmpty(),
            qPrintable(u"%1 (%2)"_s.arg(
                f->objectName(), QString::fromLatin1(f->metaObject()->className()))));
    }
    for (const char *name : { "documentTable", "joinButton", "leaveButton", "jsonTree", "executor",
             "action", "redirectURL", "send", "logFilter", "logTable" }) {
        QVERIFY2(std::any_of(seen.begin(), seen.end(),
                     [name](QWidget *f) { return f->objectName() == QLatin1String(name); }),
            name);
    }
    // Tab bars are on the chain too, with names.
    QVERIFY(std::any_of(seen.begin(), seen.end(),
        [](QWidget *f) { return qobject_cast<QTabBar *>(f) != nullptr; }));
}

void TestConsoleAccess::qtStandardButtonsInSpanish()
{
    QTranslator qt;
    QVERIFY2(qt.load(QLocale(QLocale::Spanish), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
        "qt6-translations-l10n is not installed (scripts/setup.sh installs it)");
    QCoreApplication::installTranslator(&qt);
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Cancel | QMessageBox::Close);
    const QString cancel = box.button(QMessageBox::Cancel)->text().remove(u'&');
    const QString close = box.button(QMessageBox::Close)->text().remove(u'&');
    QCoreApplication::removeTranslator(&qt);
    QCOMPARE(cancel, u"Cancelar"_s);
    QCOMPARE(close, u"Cerrar"_s);
}

void TestConsoleAccess::namesKeepTheirLabelWhenNarrow()
{
    const QFontMetrics fm(QApplication::font());
    const QString session = docOf('7');
    const QString room = u"Proctor_Room_PR"_s + QString(30, u'4') + u"ab"_s;
    const int narrow = fm.horizontalAdvance(u"Demo Student — ES7777"_s);
    const QString student = DocumentNameDelegate::elided(u"Demo Student"_s, session, fm, narrow);
    QVERIFY2(student.startsWith(u"Demo Student — "_s), qPrintable(student));
    QVERIFY(fm.horizontalAdvance(student) <= narrow);
    // No label known: the kind and the SID's both ends, never "Pr…ab".
    const QString shown
        = DocumentNameDelegate::elided({}, room, fm, fm.horizontalAdvance(u"Pro…4ab"_s) * 3);
    QVERIFY2(shown.startsWith(u"Room — PR"_s) && shown.endsWith(u"ab"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"…"_s));
    // Wide enough: all of it.
    QCOMPARE(DocumentNameDelegate::elided(u"Demo Student"_s, session, fm, 4000),
        u"Demo Student — "_s + session);

    Rig rig;
    rig.join('a');
    MainWindow w(&rig.controller);
    QVERIFY(qobject_cast<DocumentNameDelegate *>(
        w.documentTable()->itemDelegateForColumn(DocumentListModel::DocumentColumn)));
}

void TestConsoleAccess::narrowWindowKeepsTheNameColumnReadable()
{
    Rig rig;
    rig.join('a');
    MainWindow w(&rig.controller);
    auto *docs = w.documentTable();
    const int readable = docs->fontMetrics().horizontalAdvance(u"Session — ES7…7777"_s);
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // At 1024 px the Size column gives way to the names (the size is shown above the tree).
    QTRY_VERIFY2(docs->columnWidth(DocumentListModel::DocumentColumn) >= readable,
        qPrintable(
            u"name column %1 px"_s.arg(docs->columnWidth(DocumentListModel::DocumentColumn))));
    QVERIFY(docs->isColumnHidden(DocumentListModel::SizeColumn));
    QVERIFY(!docs->isColumnHidden(DocumentListModel::StateColumn));
    // Wide again: the Size column is back.
    w.resize(1600, 900);
    QTRY_VERIFY(!docs->isColumnHidden(DocumentListModel::SizeColumn));
    QVERIFY(docs->columnWidth(DocumentListModel::DocumentColumn) >= readable);
}

void TestConsoleAccess::longStatusLeavesTheCountVisible()
{
    Rig rig;
    rig.join('a');
    MainWindow w(&rig.controller);
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString message = u"Not withdrawn: "_s + QString(300, u'x');
    w.showStatus(message);
    const QString shown = w.statusBar()->currentMessage();
    QVERIFY(shown != message);
    QVERIFY(shown.endsWith(u"…"_s));
    QCOMPARE(w.statusBar()->toolTip(), message);
    auto *count = w.statusBar()->findChildren<QLabel *>().last();
    QVERIFY(w.statusBar()->fontMetrics().horizontalAdvance(shown)
        < w.statusBar()->width() - count->sizeHint().width());
}

void TestConsoleAccess::historyOpensWithoutError()
{
    Rig rig;
    rig.join('a');
    MainWindow w(&rig.controller);
    w.historyView()->setDocument(docOf('a'));
    QVERIFY2(!w.historyView()->diffText().contains(u"Pick two"_s),
        qPrintable(w.historyView()->diffText()));
    QVERIFY(w.historyView()->diffText().contains(u"Only one revision"_s));
}

void TestConsoleAccess::aboutShowsTheVersion()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    Rig rig;
    MainWindow w(&rig.controller);
    w.show();
    auto *about = w.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(about);
    QString text;
    whenModal<QMessageBox>([&text](QMessageBox *box) {
        text = box->text();
        box->accept();
    });
    about->trigger();
    QVERIFY2(text.contains(u"9.8.7"_s), qPrintable(text));
}

void TestConsoleAccess::roomComposerAsksBeforeDisruptiveActions()
{
    Rig rig;
    const QString roomDoc = rig.joinRoom('r');
    RoomController room(&rig.controller, roomDoc);
    rig.join('a');
    rig.join('b');
    Q_EMIT rig.backend.documentUpdated(roomDoc,
        QJsonObject { { u"sessions"_s,
            QJsonArray { QJsonObject { { u"sessionSid"_s, sid('a') },
                             { u"studentName"_s, u"Ada Lovelace"_s } },
                QJsonObject {
                    { u"sessionSid"_s, sid('b') }, { u"studentName"_s, u"Grace Hopper"_s } } } } },
        u"1"_s);
    RoomView view(&room);
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectSessions({ sid('a'), sid('b') });
    QCOMPARE(view.selectedSessions().size(), 2);

    // Cancel in the question: nothing goes out; then Yes: each session gets its batch.
    for (const bool yes : { false, true }) {
        QString question;
        whenModal<QDialog>([&question, yes](QDialog *dialog) {
            auto *composer = dialog->findChild<ActionComposer *>();
            QVERIFY(composer->selectAction(u"extension"_s, u"stopSession"_s));
            whenModal<QMessageBox>([&question, yes](QMessageBox *box) {
                question = box->text() + u'\n' + box->informativeText();
                box->button(yes ? QMessageBox::Yes : QMessageBox::Cancel)->click();
            });
            composer->send();
            if (dialog->isVisible())
                dialog->reject();
        });
        view.composeForSelected();
        QVERIFY2(question.contains(u"stopSession"_s) && question.contains(u"2 session"_s)
                && question.contains(u"Ada Lovelace"_s) && question.contains(u"Grace Hopper"_s),
            qPrintable(question));
        QCOMPARE(rig.backend.sent.size(), yes ? 2 : 0);
    }

    // "Don't ask again" is remembered for the profile, and the main window's composer follows it.
    whenModal<QDialog>([](QDialog *dialog) {
        auto *composer = dialog->findChild<ActionComposer *>();
        QVERIFY(composer->selectAction(u"extension"_s, u"stopSession"_s));
        whenModal<QMessageBox>([](QMessageBox *box) {
            box->findChild<QCheckBox *>(u"dontAskAgain"_s)->setChecked(true);
            box->button(QMessageBox::Yes)->click();
        });
        composer->send();
    });
    view.composeForSelected();
    QCOMPARE(rig.backend.sent.size(), 4);
    QVERIFY(rig.controller.confirmationSkipped());
    bool asked = false;
    whenModal<QDialog>([&asked, &view](QDialog *dialog) {
        auto *composer = dialog->findChild<ActionComposer *>();
        QVERIFY(composer->selectAction(u"extension"_s, u"stopSession"_s));
        whenModalWhile<QMessageBox>(&view, [&asked](QMessageBox *box) {
            asked = true;
            box->reject();
        });
        composer->send();
    });
    view.composeForSelected();
    QCOMPARE(rig.backend.sent.size(), 6);
    QVERIFY(!asked);
    rig.controller.setProfileId(u"another"_s);
    QVERIFY(!rig.controller.confirmationSkipped());
    rig.controller.setProfileId({});

    // An action the catalog does not flag goes without a question.
    whenModal<QDialog>([](QDialog *dialog) {
        auto *composer = dialog->findChild<ActionComposer *>();
        QVERIFY(composer->selectAction(u"extension"_s, u"getDisplayCount"_s));
        composer->send();
    });
    view.composeForSelected();
    QCOMPARE(rig.backend.sent.size(), 8);
}

// The room view's own Stop button asks like the composer: the catalog flags stopSession, and
// "don't ask again" for the profile is kept.
void TestConsoleAccess::roomStopHonoursDontAskAgain()
{
    QSettings().clear();
    Rig rig;
    const QString roomDoc = rig.joinRoom('s');
    RoomController room(&rig.controller, roomDoc);
    rig.join('c');
    Q_EMIT rig.backend.documentUpdated(roomDoc,
        QJsonObject { { u"sessions"_s,
            QJsonArray { QJsonObject {
                { u"sessionSid"_s, sid('c') }, { u"studentName"_s, u"Ada Lovelace"_s } } } } },
        u"1"_s);
    RoomView view(&room);
    view.setJoinOffer(RoomView::JoinOffer::Never);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectSessions({ sid('c') });
    QCOMPARE(view.selectedSessions().size(), 1);

    int asked = 0;
    auto stop = [&](bool dontAskAgain) {
        whenModal<QInputDialog>([&asked, &view, dontAskAgain](QInputDialog *input) {
            whenModalWhile<QMessageBox>(&view, [&asked, dontAskAgain](QMessageBox *box) {
                ++asked;
                auto *again = box->findChild<QCheckBox *>(u"dontAskAgain"_s);
                QVERIFY(again);
                again->setChecked(dontAskAgain);
                box->button(QMessageBox::Yes)->click();
            });
            input->accept();
        });
        view.stopSelected();
    };
    stop(false);
    QCOMPARE(asked, 1);
    QCOMPARE(rig.backend.sent.size(), 1);
    stop(true);
    QCOMPARE(asked, 2);
    QCOMPARE(rig.backend.sent.size(), 2);
    QVERIFY(rig.controller.confirmationSkipped());
    stop(false); // not asked any more
    QCOMPARE(rig.backend.sent.size(), 3);
    QCOMPARE(asked, 2);
}

QTEST_MAIN(TestConsoleAccess)
#include "tst_consoleaccess.moc"
