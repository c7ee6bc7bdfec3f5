#include "mainwindow.h"

#include "actioncomposer.h"
#include "actionqueuemodel.h"
#include "consolecontroller.h"
#include "diagnosticlog.h"
#include "documentnamedelegate.h"
#include "eventlogview.h"
#include "historyview.h"
#include "joindialog.h"
#include "jsontreemodel.h"
#include "jsontreepanel.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "queueview.h"
#include "staleeditdialog.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ConsoleController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_docs(new QTableView(this))
    , m_tree(new JsonTreePanel(this))
    , m_composer(new ActionComposer(this))
    , m_bottom(new QTabWidget(this))
    , m_log(new EventLogView(controller->events(), this))
    , m_queue(new QueueView(this))
    , m_historyView(new HistoryView(controller->history(), this))
    , m_statusDocs(new QLabel(this))
{
    setWindowTitle(tr("SP Proctor Console"));
    m_basePointSize = font().pointSizeF();

    m_docs->setObjectName(u"documentTable"_s);
    m_docs->setModel(controller->documents());
    m_docs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_docs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_docs->verticalHeader()->hide();
    m_docs->verticalHeader()->setDefaultSectionSize(m_docs->fontMetrics().height() + 8);
    m_docs->horizontalHeader()->setSectionResizeMode(
        DocumentListModel::DocumentColumn, QHeaderView::Stretch);
    // Fitted to the rows in view at most twice a second: ResizeToContents would measure every
    // row again on every document update, and a room has hundreds.
    m_docs->horizontalHeader()->setResizeContentsPrecision(0);
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    fit->setInterval(500);
    connect(fit, &QTimer::timeout, this, &MainWindow::fitDocumentColumns);
    m_docs->viewport()->installEventFilter(this);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(controller->documents(), signal, fit, [fit] { fit->start(0); });
    connect(controller->documents(), &QAbstractItemModel::dataChanged, fit, [fit] {
        if (!fit->isActive())
            fit->start();
    });
    m_docs->setColumnHidden(DocumentListModel::UpdatedColumn, true);
    m_docs->setColumnHidden(DocumentListModel::RevisionColumn, true); // shown above the tree
    m_docs->setAccessibleName(tr("Joined documents"));
    m_docs->setWordWrap(false);
    m_docs->setTextElideMode(Qt::ElideMiddle);
    m_docs->setItemDelegateForColumn(
        DocumentListModel::DocumentColumn, new DocumentNameDelegate(m_docs));
    m_docs->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it

    auto *join = new QPushButton(tr("Join…"), this);
    join->setObjectName(u"joinButton"_s);
    auto *leave = new QPushButton(tr("Leave"), this);
    leave->setObjectName(u"leaveButton"_s);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Documents</b>"), this));
    leftLayout->addWidget(m_docs, 1);
    auto *docButtons = new QHBoxLayout;
    docButtons->addWidget(join);
    docButtons->addWidget(leave);
    leftLayout->addLayout(docButtons);

    auto *composerBox = new QWidget(this);
    auto *composerLayout = new QVBoxLayout(composerBox);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(new QLabel(tr("<b>Action composer</b>"), this));
    composerLayout->addWidget(m_composer, 1);
    m_composer->setCatalog(controller->catalog());

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(m_tree);
    top->addWidget(composerBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setStretchFactor(2, 2);
    top->setSizes({ 380, 560, 380 });

    m_bottom->setObjectName(u"bottomTabs"_s);
    m_bottom->tabBar()->setAccessibleName(tr("Log, queues and history"));
    m_bottom->addTab(m_log, tr("Event log"));
    m_bottom->addTab(m_queue, tr("Queues"));
    m_bottom->addTab(m_historyView, tr("History"));

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(m_bottom);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({ 520, 320 });
    for (QSplitter *s : { top, vertical })
        s->setChildrenCollapsible(false);

    auto *welcome = new QFrame(this);
    m_welcome = welcome;
    welcome->setObjectName(u"welcomePanel"_s);
    welcome->setFrameShape(QFrame::StyledPanel);
    auto *welcomeText = new QLabel(
        tr("<b>Welcome.</b> This window runs on an embedded demo: a local server with one exam "
           "session and one proctor room, and a simulated student extension that answers your "
           "actions. Try it: pick <i>stopSession</i> in the composer and press Send. "
           "To watch a real exam, add your server under Connection → Manage profiles, then "
           "join a document with File → Join document (Ctrl+J)."),
        welcome);
    welcomeText->setWordWrap(true);
    auto *gotIt = new QPushButton(tr("&Got it"), welcome);
    gotIt->setObjectName(u"dismissWelcome"_s);
    auto *welcomeLayout = new QHBoxLayout(welcome);
    welcomeLayout->addWidget(welcomeText, 1);
    welcomeLayout->addWidget(gotIt, 0, Qt::AlignTop);
    welcome->hide();
    connect(gotIt, &QPushButton::clicked, this, [this] {
        QSettings().setValue(u"ui/welcomeDismissed"_s, true);
        m_welcome->hide();
    });

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(welcome);
    centralLayout->addWidget(vertical, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_statusDocs);
    createMenus();

    connect(join, &QPushButton::clicked, this, &MainWindow::openJoinDialog);
    connect(leave, &QPushButton::clicked, this, &MainWindow::leaveCurrent);
    connect(m_docs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onCurrentRowChanged);
    connect(m_composer, &ActionComposer::sendRequested, this, &MainWindow::sendBatch);
    connect(controller, &ConsoleController::deliveryMessage, this,
        [this](const QString &doc, const QString &sendId, const QString &message) {
            if (sendId == m_lastSend)
                m_composer->setDeliveryMessage(
                    tr("%1: %2").arg(m_controller->documents()->displayName(doc), message));
        });
    connect(m_queue, &QueueView::withdrawRequested, this,
        [this](const QString &executor, const QString &id) {
            m_controller->withdraw(m_current, executor, id);
        });
    connect(
        m_tree, &JsonTreePanel::retryRequested, this, [this] { m_controller->retry(m_current); });
    connect(m_tree, &JsonTreePanel::removeRequested, this, &MainWindow::leaveCurrent);
    connect(m_tree, &JsonTreePanel::replaceRequested, this,
        [this](const QJsonObject &base, const QJsonObject &data) {
            m_controller->replace(m_current, base, data);
        });
    connect(m_tree, &JsonTreePanel::valueEditRequested, this,
        [this](const QJsonObject &base, const QString &pointer, const QJsonValue &value) {
            m_controller->setValue(m_current, base, pointer, value);
        });
    connect(controller, &ConsoleController::staleWrite, this,
        [this](const QString &id, const QJsonObject &base, const QJsonObject &mine,
            const QJsonObject &current) {
            StaleEditDialog dialog(id, base, mine, current, this);
            if (dialog.exec() == QDialog::Accepted)
                m_controller->replace(id, current, dialog.merged());
        });
    connect(controller, &ConsoleController::documentJoined, this, [this](const QString &id) {
        if (m_current.isEmpty())
            selectDocument(id);
        refreshStatus();
    });
    connect(controller, &ConsoleController::documentLeft, this, [this](const QString &id) {
        if (id == m_current) {
            m_tree->setModel(nullptr);
            m_queue->setModel(nullptr);
            m_current.clear();
            const QStringList rest = m_controller->documents()->documents();
            QString next;
            for (const QString &d : rest) {
                if (d != id) {
                    next = d;
                    break;
                }
            }
            selectDocument(next);
        }
        refreshStatus();
    });
    connect(controller, &ConsoleController::userMessage, this,
        [this](const QString &message) { showStatus(message); });
    // The status line counts every row: at most four times a second.
    auto *status = new QTimer(this);
    status->setSingleShot(true);
    status->setInterval(250);
    connect(status, &QTimer::timeout, this, &MainWindow::refreshStatus);
    connect(controller->documents(), &QAbstractItemModel::dataChanged, this,
        [this, status](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (!status->isActive())
                status->start();
            const int current = m_controller->documents()->rowOf(m_current);
            if (current >= topLeft.row() && current <= bottomRight.row())
                refreshCurrentInfo();
        });
    refreshStatus();
    resize(1360, 860);
    // Documents joined before the window existed (the embedded demo): show the first one.
    if (controller->documents()->rowCount() > 0)
        selectDocument(controller->documents()->documentAt(0));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *join = file->addAction(tr("&Join document…"), this, &MainWindow::openJoinDialog);
    join->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    file->addAction(tr("&Leave document"), this, &MainWindow::leaveCurrent);
    file->addSeparator();
    file->addAction(tr("&Export event log…"), m_log, &EventLogView::exportWithDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->setObjectName(u"connectionMenu"_s);
    m_profilesAction = new QAction(tr("&Manage profiles…"), this);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);
    rebuildConnectionMenu();

    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    QAction *send = actions->addAction(tr("&Send"), this, &MainWindow::sendFromComposer);
    send->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    send->setObjectName(u"sendAction"_s);
    actions->addAction(tr("Add to &batch"), m_composer, &ActionComposer::addToBatch);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter event log"), this, &MainWindow::focusLogFilter);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addSeparator();
    QAction *in = view->addAction(tr("Zoom &in"), this, &MainWindow::zoomIn);
    in->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    QAction *out = view->addAction(tr("Zoom &out"), this, &MainWindow::zoomOut);
    out->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QAction *reset = view->addAction(tr("&Reset zoom"), this, &MainWindow::zoomReset);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    view->addSeparator();
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(this);
    const QList<QPair<Theme::Mode, QString>> modes { { Theme::Mode::System, tr("&System") },
        { Theme::Mode::Light, tr("&Light") }, { Theme::Mode::Dark, tr("&Dark") } };
    for (const auto &[mode, text] : modes) {
        QAction *a = m_themeMenu->addAction(text);
        a->setObjectName(u"theme-"_s + Theme::key(mode));
        a->setCheckable(true);
        a->setChecked(mode == Theme::current());
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] {
            Theme::apply(mode);
            Theme::save(mode);
            // Colours computed from the palette (status, highlights) are read again on repaint.
            update();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *saveLog = help->addAction(
        tr("Save &diagnostic log…"), this, [this] { DiagnosticLog::saveWithDialog(this); });
    saveLog->setObjectName(u"saveDiagnosticLogAction"_s);
    QAction *about = help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About SP Proctor Console"),
            tr("Live view of SP sync documents, actions and queues, for proctors and "
               "QA testers.")
                + u"\n\n%1 %2"_s.arg(
                    QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
    });
    about->setObjectName(u"aboutAction"_s);
}

void MainWindow::showWelcomeIfFirstRun()
{
    m_welcome->setVisible(!QSettings().value(u"ui/welcomeDismissed"_s).toBool());
}

void MainWindow::addToolTab(QWidget *widget, const QString &title)
{
    m_bottom->addTab(widget, title);
}

void MainWindow::setProfileStore(ProfileStore *store)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    m_profiles = store;
    if (store)
        connect(store, &ProfileStore::profilesChanged, this, &MainWindow::rebuildConnectionMenu);
    rebuildConnectionMenu();
}

void MainWindow::setCurrentProfile(const QString &name)
{
    m_currentProfile = name;
    const auto profile = m_profiles ? m_profiles->profile(name) : std::nullopt;
    m_controller->setProfileId(profile ? profile->id : QString());
    rebuildConnectionMenu();
}

void MainWindow::setCurrentProfileId(const QString &id) { m_controller->setProfileId(id); }

// One checkable entry per profile (numbered for the keyboard), then Manage profiles.
void MainWindow::rebuildConnectionMenu()
{
    m_connectionMenu->clear();
    delete m_profileGroup;
    auto *group = m_profileGroup = new QActionGroup(m_connectionMenu);
    QAction *demo = m_connectionMenu->addAction(tr("Embedded demo"));
    demo->setCheckable(true);
    demo->setChecked(m_currentProfile.isEmpty());
    demo->setEnabled(false); // it cannot be rejoined once left
    group->addAction(demo);
    const QList<ConsoleProfile> profiles
        = m_profiles ? m_profiles->profiles() : QList<ConsoleProfile>();
    int n = 0;
    for (const ConsoleProfile &p : profiles) {
        ++n;
        const QString text = n < 10 ? tr("&%1 %2").arg(n).arg(p.name) : p.name;
        QAction *a = m_connectionMenu->addAction(text);
        a->setObjectName(u"profile:"_s + p.name);
        a->setCheckable(true);
        a->setChecked(p.name == m_currentProfile);
        a->setToolTip(p.baseUri.toString());
        group->addAction(a);
        const QString name = p.name;
        connect(a, &QAction::triggered, this, [this, name] {
            if (name != m_currentProfile)
                Q_EMIT profileConnectRequested(name);
        });
    }
    if (profiles.isEmpty()) {
        QAction *none = m_connectionMenu->addAction(tr("No saved profiles"));
        none->setEnabled(false);
    }
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_profilesAction);
    m_profilesAction->setEnabled(m_profiles != nullptr);
}

void MainWindow::openProfiles()
{
    if (!m_profiles)
        return;
    ProfileDialog dialog(m_profiles, this);
    connect(&dialog, &ProfileDialog::connectRequested, this, &MainWindow::profileConnectRequested);
    connect(&dialog, &ProfileDialog::connectRequested, &dialog, &QDialog::accept);
    dialog.exec();
}

void MainWindow::openJoinDialog()
{
    JoinDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->join(dialog.request());
}

void MainWindow::sendFromComposer() { m_composer->send(); }

void MainWindow::focusLogFilter()
{
    m_bottom->setCurrentWidget(m_log);
    m_log->focusFilter();
}

void MainWindow::leaveCurrent()
{
    if (!m_current.isEmpty())
        m_controller->leave(m_current);
}

void MainWindow::selectDocument(const QString &documentId)
{
    DocumentListModel *docs = m_controller->documents();
    const int row = docs->rowOf(documentId);
    if (row >= 0 && m_docs->currentIndex().data(DocumentListModel::DocumentIdRole) != documentId) {
        m_docs->setCurrentIndex(docs->index(row, 0));
        return; // onCurrentRowChanged does the rest
    }
    m_current = row >= 0 ? documentId : QString();
    m_tree->setModel(m_controller->tree(m_current));
    m_queue->setModel(m_controller->queue(m_current));
    m_historyView->setDocument(m_current);
    m_composer->setTarget(m_current);
    refreshCurrentInfo();
}

// Everything about the selected document comes from its id, never from a row number.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_docs->viewport() && event->type() == QEvent::Resize)
        fitDocumentColumns();
    return QMainWindow::eventFilter(watched, event);
}

// In a narrow pane the Size column gives way, so the names stay readable: the current
// document's size is shown above its tree anyway.
void MainWindow::fitDocumentColumns()
{
    const int minNameWidth = m_docs->fontMetrics().horizontalAdvance(u'M') * 14;
    m_docs->setColumnHidden(DocumentListModel::SizeColumn, false);
    for (int c = DocumentListModel::StateColumn; c < DocumentListModel::ColumnCount; ++c) {
        if (!m_docs->isColumnHidden(c))
            m_docs->resizeColumnToContents(c);
    }
    const int others = m_docs->columnWidth(DocumentListModel::StateColumn)
        + m_docs->columnWidth(DocumentListModel::SizeColumn);
    if (m_docs->viewport()->width() - others < minNameWidth)
        m_docs->setColumnHidden(DocumentListModel::SizeColumn, true);
}

void MainWindow::refreshCurrentInfo()
{
    DocumentListModel *docs = m_controller->documents();
    const QModelIndex i = docs->index(docs->rowOf(m_current), 0);
    if (!i.isValid()) {
        m_tree->setDocumentInfo(QString(), QString(), 0);
        m_tree->setProblem(QString(), false);
        return;
    }
    m_tree->setDocumentInfo(docs->displayName(m_current),
        i.data(DocumentListModel::RevisionRole).toString(),
        i.data(DocumentListModel::SizeRole).toLongLong());
    const auto state = DocumentListModel::State(i.data(DocumentListModel::StateRole).toInt());
    const QString detail = i.data(DocumentListModel::DetailRole).toString();
    const QDateTime last = i.data(DocumentListModel::LastUpdateRole).toDateTime();
    if (state == DocumentListModel::State::Denied || state == DocumentListModel::State::Failed) {
        m_tree->setProblem(detail.isEmpty()
                ? DocumentListModel::stateText(state)
                : tr("%1: %2").arg(DocumentListModel::stateText(state), detail),
            true);
    } else if (state != DocumentListModel::State::Connected && last.isValid()) {
        m_tree->setProblem(tr("%1 — not live: last update %2")
                               .arg(DocumentListModel::stateText(state),
                                   last.toLocalTime().toString(u"HH:mm:ss"_s)),
            false);
    } else {
        m_tree->setProblem(QString(), false);
    }
}

void MainWindow::onCurrentRowChanged()
{
    const QString id = m_docs->currentIndex().data(DocumentListModel::DocumentIdRole).toString();
    m_current.clear();
    selectDocument(id);
}

bool MainWindow::sendBatch(const QString &documentId, const QJsonArray &batch)
{
    const QStringList disruptive = m_controller->secrets().needingConfirmation(batch);
    if (!disruptive.isEmpty() && !m_controller->confirmationSkipped()) {
        QMessageBox box(QMessageBox::Warning, tr("Send %1?").arg(disruptive.join(tr(", "))),
            tr("Send %1 to %2?")
                .arg(disruptive.join(tr(", ")), m_controller->documents()->displayName(documentId)),
            QMessageBox::NoButton, this);
        box.setObjectName(u"confirmSend"_s);
        box.setInformativeText(tr("This interrupts the student's exam."));
        QPushButton *yes = box.addButton(tr("&Send"), QMessageBox::AcceptRole);
        yes->setObjectName(u"confirmYes"_s);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        auto *again = new QCheckBox(tr("&Don't ask again for this profile"), &box);
        again->setObjectName(u"dontAskAgain"_s);
        box.setCheckBox(again);
        box.exec();
        if (box.clickedButton() != yes) {
            m_composer->setDeliveryMessage(tr("Not sent."));
            return false;
        }
        if (again->isChecked())
            m_controller->skipConfirmation();
    }
    m_lastSend = m_controller->send(documentId, batch);
    return !m_lastSend.isEmpty();
}

void MainWindow::zoomIn()
{
    m_zoom = std::min(300, m_zoom + 10);
    applyZoom();
}

void MainWindow::zoomOut()
{
    m_zoom = std::max(50, m_zoom - 10);
    applyZoom();
}

void MainWindow::zoomReset()
{
    m_zoom = 100;
    applyZoom();
}

void MainWindow::applyZoom()
{
    QFont f = font();
    f.setPointSizeF(m_basePointSize * m_zoom / 100.0);
    setFont(f);
    showStatus(tr("Zoom %1%").arg(m_zoom), 2000);
}

void MainWindow::showStatus(const QString &message, int timeoutMs)
{
    const int room = statusBar()->width() - m_statusDocs->sizeHint().width() - 48;
    const QString shown
        = statusBar()->fontMetrics().elidedText(message, Qt::ElideRight, std::max(80, room));
    statusBar()->setToolTip(shown == message ? QString() : message);
    statusBar()->showMessage(shown, timeoutMs);
}

void MainWindow::refreshStatus()
{
    DocumentListModel *docs = m_controller->documents();
    int connected = 0;
    for (int r = 0; r < docs->rowCount(); ++r) {
        if (docs->index(r, 0).data(DocumentListModel::StateRole).toInt()
            == int(DocumentListModel::State::Connected))
            ++connected;
    }
    m_statusDocs->setText(
        tr("%n document(s), %1 connected", nullptr, docs->rowCount()).arg(connected));
}
