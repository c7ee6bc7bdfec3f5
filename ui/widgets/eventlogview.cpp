#include "eventlogview.h"

#include "eventlogmodel.h"
#include "iconbutton.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EventLogView::EventLogView(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new EventLogFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);
    m_text->setObjectName(u"logFilter"_s);
    m_text->setPlaceholderText(tr("Filter events (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter events"));
    m_kind->setObjectName(u"logKind"_s);
    m_kind->setAccessibleName(tr("Event kind"));
    m_kind->addItem(tr("All events"), QString());
    const std::pair<const char *, QString> kinds[] = {
        { "update", tr("Updates") },
        { "action", tr("Actions sent") },
        { "consumed", tr("Consumed") },
        { "response", tr("Responses") },
        { "alarm", tr("Alarms") },
        { "state", tr("Connection") },
        { "error", tr("Errors") },
        { "send", tr("Sends") },
        { "simulator", tr("QA simulator") },
    };
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, QLatin1String(kind));
    m_follow->setChecked(true);

    m_table->setObjectName(u"logTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(
        EventLogModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(u"00:00:00.000000"_s));
    m_table->setColumnWidth(EventLogModel::DocumentColumn, 260);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Event log"));

    QToolButton *copy = iconButton(
        this, QStyle::SP_FileDialogDetailedView, tr("Copy selected events"), u"copyEvents"_s);
    QToolButton *save = iconButton(
        this, QStyle::SP_DialogSaveButton, tr("Export events to JSON or CSV"), u"exportEvents"_s);
    QToolButton *clear = iconButton(
        this, QStyle::SP_DialogResetButton, tr("Clear the event log"), u"clearEvents"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_kind);
    bar->addWidget(m_follow);
    bar->addWidget(copy);
    bar->addWidget(save);
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_text, &QLineEdit::textChanged, m_filter, &EventLogFilterModel::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(copy, &QToolButton::clicked, this, &EventLogView::copySelection);
    connect(save, &QToolButton::clicked, this, &EventLogView::exportWithDialog);
    connect(clear, &QToolButton::clicked, model, &EventLogModel::clear);
    // Events may come a hundred a second (a room of students): each would lay the table out and
    // repaint it and its scroll bar. While they stream in, the table is repainted (and follows the
    // last row) at most five times a second.
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(200);
    const auto paused = [this](bool on) {
        // The viewport and the scroll bar only: they are opaque, so nothing behind them repaints.
        m_table->viewport()->setUpdatesEnabled(!on);
        m_table->verticalScrollBar()->setUpdatesEnabled(!on);
    };
    connect(settle, &QTimer::timeout, this, [this, paused] {
        paused(false);
        if (m_follow->isChecked())
            m_table->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, settle, [settle, paused] {
        if (settle->isActive())
            return;
        paused(true);
        settle->start();
    });

    auto *copyAction = new QAction(tr("Copy"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &EventLogView::copySelection);
    m_table->addAction(copyAction);
    m_text->installEventFilter(this); // Escape clears the filter
}

bool EventLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_text->text().isEmpty()) {
        m_text->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EventLogView::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool EventLogView::exportTo(const QString &path, QString *error) const
{
    const QList<int> rows = m_filter->sourceRows();
    if (rows.isEmpty() && m_model->size() > 0) {
        if (error)
            *error = tr("No event passes the filter.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const QByteArray data = rows.isEmpty() ? (csv ? m_model->toCsv({}) : m_model->toJson({}))
                                           : (csv ? m_model->toCsv(rows) : m_model->toJson(rows));
    if (file.write(data) != data.size()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EventLogView::exportWithDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export events"), u"events.json"_s, tr("JSON (*.json);;CSV (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export events"), tr("Could not export: %1").arg(error));
}

void EventLogView::copySelection() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(m_filter->mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(m_model->toJson(rows)));
}
