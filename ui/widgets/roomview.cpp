#include "roomview.h"

#include "actioncomposer.h"
#include "consolecontroller.h"
#include "roomcontroller.h"
#include "uicolors.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString namesText(const RoomModel *model, const QStringList &sids)
{
    QStringList names;
    for (const QString &sid : sids) {
        if (names.size() == 15) {
            names << RoomView::tr("and %n more", nullptr, int(sids.size() - 15));
            break;
        }
        names << model->labelOf(sid);
    }
    return names.join(u", "_s);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

RoomView::RoomView(RoomController *room, QWidget *parent)
    : QWidget(parent)
    , m_room(room)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_threshold(new QSpinBox(this))
    , m_joinAll(button(QString(), u"joinAllButton"_s, this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"roomView"_s);
    setWindowTitle(tr("Room %1").arg(room->roomDocument()));
    RoomModel *model = room->model();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(RoomModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(u"roomTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(100);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Student sessions"));
    m_table->installEventFilter(this);

    m_filter->setObjectName(u"roomFilter"_s);
    m_filter->setPlaceholderText(tr("Filter students, states, values…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_threshold->setObjectName(u"roomAlarmThreshold"_s);
    m_threshold->setRange(1, 3600);
    m_threshold->setValue(int(model->alarmThresholdMs() / 1000));
    m_threshold->setSuffix(tr(" s"));
    m_threshold->setToolTip(tr("Alarm when an action waits longer than this"));
    m_threshold->setAccessibleName(tr("Alarm threshold"));
    m_summary->setObjectName(u"roomSummary"_s);

    auto *stop = button(tr("&Stop…"), u"stopButton"_s, this);
    stop->setToolTip(tr("Stop the selected sessions with one redirect URL (Ctrl+Shift+S)"));
    auto *count = button(tr("&Display count"), u"displayCountButton"_s, this);
    count->setToolTip(tr("Ask the selected sessions for their display count (Ctrl+D)"));
    auto *compose = button(tr("&Action…"), u"composeButton"_s, this);
    compose->setToolTip(tr("Any action or preset, sent to each selected session (Ctrl+Return)"));
    auto *add = button(tr("Add…"), u"addSessionButton"_s, this);
    auto *drop = button(tr("Drop"), u"dropButton"_s, this);
    auto *columns = button(tr("Columns…"), u"columnsButton"_s, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_joinAll);
    top->addWidget(add);
    top->addWidget(drop);
    top->addWidget(columns);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Selected:"), this));
    actions->addWidget(stop);
    actions->addWidget(count);
    actions->addWidget(compose);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Alarm after"), this));
    actions->addWidget(m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, &RoomView::setFilterText);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int s) {
        m_room->model()->setAlarmThresholdMs(qint64(s) * 1000);
        settings()->setValue(settingsKey(u"alarmSeconds"_s), s);
    });
    connect(stop, &QPushButton::clicked, this, &RoomView::stopSelected);
    connect(count, &QPushButton::clicked, this, &RoomView::displayCountSelected);
    connect(compose, &QPushButton::clicked, this, &RoomView::composeForSelected);
    connect(m_joinAll, &QPushButton::clicked, this, &RoomView::joinListed);
    connect(add, &QPushButton::clicked, this, &RoomView::addSessionByHand);
    connect(drop, &QPushButton::clicked, this, &RoomView::dropSelected);
    connect(columns, &QPushButton::clicked, this, &RoomView::configureColumns);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        Q_EMIT sessionActivated(i.data(RoomModel::DocumentIdRole).toString());
    });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { stopSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { displayCountSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { composeForSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_filter->setFocus(); });
    shortcut(QKeySequence(Qt::Key_F2), [this] { aliasSelected(); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { dropSelected(); });

    connect(room, &RoomController::unjoinedListed, this, &RoomView::offerJoin);
    connect(room, &RoomController::roomPathInvalid, this, [this](const QString &path) {
        m_summary->setText(
            tr("The room document has no list of sessions at \"%1\" (Columns… sets the path).")
                .arg(path));
    });
    connect(room, &RoomController::message, m_summary, &QLabel::setText);

    // The summary counts every row: refresh it at most twice a second.
    auto *summaryTimer = new QTimer(this);
    summaryTimer->setSingleShot(true);
    summaryTimer->setInterval(500);
    connect(summaryTimer, &QTimer::timeout, this, &RoomView::refreshSummary);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, summaryTimer, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, summaryTimer, [summaryTimer] {
        if (!summaryTimer->isActive())
            summaryTimer->start();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RoomView::refreshSummary);
    // Columns fit their headers and first rows once, unless the profile remembers a layout.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_fitted) {
            m_fitted = true;
            QTimer::singleShot(0, this, [this] { fitColumns(); });
        }
    });
    refreshSummary();
    resize(1320, 680);
}

RoomView::~RoomView() { saveLayout(); }

QSettings *RoomView::settings()
{
    if (m_settings)
        return m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return m_ownSettings.get();
}

QString RoomView::settingsKey(const QString &name) const
{
    const QString profile = m_profile.isEmpty() ? u"default"_s : m_profile;
    return u"roomView/%1/%2"_s.arg(QString(profile).replace(u'/', u'_'), name);
}

void RoomView::setSettings(QSettings *settings, const QString &profile)
{
    m_settings = settings;
    m_profile = profile;
    restoreLayout();
}

void RoomView::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const RoomModel *model = m_room->model();
    m_table->resizeColumnsToContents();
    const int pendingWidth = m_table->fontMetrics().horizontalAdvance(u"extension: 1 (45 s)"_s);
    for (int c = 0; c < model->columnCount(); ++c) {
        int width = std::max(header->sectionSize(c), header->sectionSizeHint(c));
        const RoomModel::Kind kind = model->kindOf(c);
        if (kind == RoomModel::Kind::Pending || kind == RoomModel::Kind::Response)
            width = std::max(width, pendingWidth);
        header->resizeSection(c, std::min(width + 10, 220));
    }
}

void RoomView::restoreLayout()
{
    QSettings *s = settings();
    RoomModel *model = m_room->model();
    if (s->contains(settingsKey(u"pointers"_s)))
        model->setPointerColumns(s->value(settingsKey(u"pointers"_s)).toStringList());
    if (s->contains(settingsKey(u"labelPointer"_s)))
        model->setLabelPointer(s->value(settingsKey(u"labelPointer"_s)).toString());
    if (s->contains(settingsKey(u"roomPath"_s)))
        m_room->setRoomPath(s->value(settingsKey(u"roomPath"_s)).toString());
    if (s->contains(settingsKey(u"alarmSeconds"_s)))
        m_threshold->setValue(s->value(settingsKey(u"alarmSeconds"_s)).toInt());
    const QByteArray header = s->value(settingsKey(u"header"_s)).toByteArray();
    if (!header.isEmpty() && m_table->horizontalHeader()->restoreState(header))
        m_fitted = true;
}

void RoomView::saveLayout()
{
    QSettings *s = settings();
    RoomModel *model = m_room->model();
    s->setValue(settingsKey(u"header"_s), m_table->horizontalHeader()->saveState());
    s->setValue(settingsKey(u"pointers"_s), model->pointerColumns());
    s->setValue(settingsKey(u"labelPointer"_s), model->labelPointer());
    s->setValue(settingsKey(u"roomPath"_s), model->roomPath());
}

QStringList RoomView::selectedSessions() const
{
    QStringList out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        out.append(i.data(RoomModel::SessionSidRole).toString());
    return out;
}

void RoomView::selectSessions(const QStringList &sessionSids)
{
    QItemSelection selection;
    for (const QString &sid : sessionSids) {
        const int row = m_room->model()->rowOf(sid);
        if (row < 0)
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_room->model()->index(row, 0));
        if (i.isValid())
            selection.select(i, i);
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RoomView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

bool RoomView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier
            && current.isValid()) {
            m_table->selectionModel()->select(
                current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier && current.isValid()) {
            Q_EMIT sessionActivated(current.data(RoomModel::DocumentIdRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int RoomView::stopSessions(const QStringList &sessionSids, const QString &redirectUrl)
{
    return m_room->stop(sessionSids, redirectUrl);
}

void RoomView::stopSelected()
{
    const QStringList sids = selectedSessions();
    if (sids.isEmpty()) {
        m_summary->setText(tr("Select the sessions to stop first."));
        return;
    }
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Stop sessions"),
        tr("Redirect URL for all %n selected session(s) (empty: none):", nullptr, int(sids.size())),
        QLineEdit::Normal, u"https://"_s, &ok)
                            .trimmed();
    if (!ok)
        return;
    const QString redirect = url == u"https://"_s ? QString() : url;
    if (!redirect.isEmpty()) {
        const QUrl parsed(redirect, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s)) {
            QMessageBox::warning(this, tr("Stop sessions"),
                tr("\"%1\" is not an absolute http(s) URL; nothing was sent.").arg(redirect));
            return;
        }
    }
    ConsoleController *console = m_room->console();
    // Without the catalog's flags it always asks.
    const SecretMask &flags = console->secrets();
    const bool flagged
        = !flags.hasConfirmFlags() || flags.needsConfirmation(u"extension"_s, u"stopSession"_s);
    if (!flagged || console->confirmationSkipped()) {
        stopSessions(sids, redirect);
        return;
    }
    const QString text = redirect.isEmpty()
        ? tr("Stop %n session(s)?", nullptr, int(sids.size()))
        : tr("Stop %n session(s) and send them to %1?", nullptr, int(sids.size())).arg(redirect);
    QMessageBox confirm(QMessageBox::Warning, tr("Stop sessions"), text,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(u"stopConfirmation"_s);
    confirm.setInformativeText(namesText(m_room->model(), sids));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.button(QMessageBox::Yes)->setText(tr("Stop %n", nullptr, int(sids.size())));
    auto *again = new QCheckBox(tr("&Don't ask again for this profile"), &confirm);
    again->setObjectName(u"dontAskAgain"_s);
    confirm.setCheckBox(again);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    if (again->isChecked())
        console->skipConfirmation();
    stopSessions(sids, redirect);
}

void RoomView::displayCountSelected()
{
    const QStringList sids = selectedSessions();
    if (sids.isEmpty()) {
        m_summary->setText(tr("Select sessions first."));
        return;
    }
    m_room->getDisplayCount(sids);
}

void RoomView::composeForSelected()
{
    const QStringList sids = selectedSessions();
    if (sids.isEmpty()) {
        m_summary->setText(tr("Select sessions first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Action for %n session(s)", nullptr, int(sids.size())));
    auto *composer = new ActionComposer(&dialog);
    composer->setCatalog(m_room->console()->catalog());
    composer->setTarget(m_room->roomDocument());
    auto *names = new QLabel(namesText(m_room->model(), sids), &dialog);
    names->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(names);
    layout->addWidget(composer, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Each selected session gets the whole batch as its own write.
    connect(composer, &ActionComposer::sendRequested, &dialog,
        [this, &dialog, composer, sids](const QString &, const QJsonArray &batch) {
            if (!confirmBatch(sids, batch)) {
                composer->setDeliveryMessage(tr("Not sent."));
                return;
            }
            m_room->send(sids, batch);
            dialog.accept();
        });
    dialog.resize(520, 520);
    dialog.exec();
}

bool RoomView::confirmBatch(const QStringList &sessionSids, const QJsonArray &batch)
{
    ConsoleController *console = m_room->console();
    const QStringList disruptive = console->secrets().needingConfirmation(batch);
    if (disruptive.isEmpty() || console->confirmationSkipped())
        return true;
    const int n = int(sessionSids.size());
    QMessageBox confirm(QMessageBox::Warning, tr("Send %1?").arg(disruptive.join(tr(", "))),
        tr("Send %1 to %n session(s)?", nullptr, n).arg(disruptive.join(tr(", "))),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(u"confirmSend"_s);
    confirm.setInformativeText(namesText(m_room->model(), sessionSids));
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.button(QMessageBox::Yes)->setText(tr("Send to %n", nullptr, n));
    auto *again = new QCheckBox(tr("&Don't ask again for this profile"), &confirm);
    again->setObjectName(u"dontAskAgain"_s);
    confirm.setCheckBox(again);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    if (again->isChecked())
        console->skipConfirmation();
    return true;
}

void RoomView::offerJoin(const QStringList &sessionSids)
{
    refreshSummary();
    if (m_offer == JoinOffer::Always) {
        m_room->joinSessions(sessionSids);
        return;
    }
    if (m_offer == JoinOffer::Never || m_offering || !isVisible())
        return;
    const QStringList all = m_room->unjoinedSessions();
    if (all.isEmpty())
        return;
    m_offering = true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Join the room's sessions"),
        tr("The room lists %n session(s) not joined yet. Join them all now?", nullptr,
            int(all.size())),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"joinOffer"_s);
    box->setInformativeText(
        tr("Each is joined as you (%1) on that session.").arg(m_room->proctorSid()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        m_offering = false;
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            joinListed();
    });
    box->open();
}

void RoomView::offerListed() { offerJoin(m_room->unjoinedSessions()); }

void RoomView::joinListed()
{
    const QStringList sids = m_room->unjoinedSessions();
    m_room->joinSessions(sids);
    refreshSummary();
}

void RoomView::addSessionByHand()
{
    bool ok = false;
    const QString sid = QInputDialog::getText(this, tr("Add a session"),
        tr("Session SID (ES followed by 32 letters or digits):"), QLineEdit::Normal, QString(), &ok)
                            .trimmed();
    if (!ok || sid.isEmpty())
        return;
    if (!m_room->addSession(sid))
        QMessageBox::warning(
            this, tr("Add a session"), tr("\"%1\" is not a session SID (ES…).").arg(sid));
}

void RoomView::dropSelected()
{
    const QStringList sids = selectedSessions();
    for (const QString &sid : sids)
        m_room->dropSession(sid);
}

void RoomView::aliasSelected()
{
    const QString sid = m_table->currentIndex().data(RoomModel::SessionSidRole).toString();
    if (sid.isEmpty())
        return;
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Student label"),
        tr("Label for %1 (empty: from the documents):").arg(sid), QLineEdit::Normal,
        m_room->model()->labelOf(sid), &ok);
    if (ok)
        m_room->model()->setAlias(sid, alias);
}

void RoomView::configureColumns()
{
    RoomModel *model = m_room->model();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Room columns"));
    auto *path = new QLineEdit(model->roomPath(), &dialog);
    auto *label = new QLineEdit(model->labelPointer(), &dialog);
    auto *pointers = new QLineEdit(model->pointerColumns().join(u", "_s), &dialog);
    pointers->setToolTip(tr("JSON pointers into the session document, separated by commas"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Sessions in the room document at:"), path);
    form->addRow(tr("Student label from:"), label);
    form->addRow(tr("Columns (JSON pointers):"), pointers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList list;
    const QStringList parts = pointers->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            list << (t.startsWith(u'/') ? t : u"/"_s + t);
    }
    model->setPointerColumns(list);
    model->setLabelPointer(label->text().trimmed());
    m_room->setRoomPath(path->text());
    saveLayout();
}

void RoomView::refreshSummary()
{
    RoomModel *model = m_room->model();
    int joined = 0;
    int alarms = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(RoomModel::StateRole).toInt() >= 0)
            ++joined;
        if (i.data(RoomModel::AlarmRole).toBool())
            ++alarms;
    }
    const int unjoined = model->rowCount() - joined;
    m_joinAll->setText(tr("Join all listed (%1)").arg(unjoined));
    m_joinAll->setEnabled(unjoined > 0);
    QString text = tr("%n session(s), %1 joined, %2 selected", nullptr, model->rowCount())
                       .arg(joined)
                       .arg(m_table->selectionModel()->selectedRows().size());
    if (alarms > 0)
        text += u"  —  "_s + tr("%n alarm(s)", nullptr, alarms);
    m_summary->setText(text);
    m_summary->setStyleSheet(alarms > 0 ? UiColors::errorTextStyle() : QString());
}
