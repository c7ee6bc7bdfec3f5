#include "queueview.h"

#include "actionqueuemodel.h"
#include "uicolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QueueView::QueueView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_executor(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
{
    m_withdraw->setObjectName(u"withdraw"_s);
    m_withdraw->setToolTip(tr("Remove the selected action from its queue if nobody has taken it"));
    m_withdraw->setEnabled(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_proxy->setFilterKeyColumn(ActionQueueModel::ExecutorColumn);
    m_executor->setObjectName(u"queueExecutor"_s);
    m_executor->setAccessibleName(tr("Executor"));
    m_threshold->setObjectName(u"alarmThreshold"_s);
    m_threshold->setRange(1, 3600);
    m_threshold->setValue(30);
    m_threshold->setSuffix(tr(" s"));
    m_threshold->setAccessibleName(tr("Alarm when an action waits longer than"));
    m_summary->setObjectName(u"queueSummary"_s);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("Action queues"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Executor:"), this));
    bar->addWidget(m_executor);
    bar->addWidget(new QLabel(tr("Alarm after:"), this));
    bar->addWidget(m_threshold);
    bar->addStretch();
    bar->addWidget(m_summary);
    bar->addWidget(m_withdraw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_executor, &QComboBox::currentIndexChanged, this, [this] {
        const QString e = m_executor->currentData().toString();
        m_proxy->setFilterRegularExpression(e.isEmpty()
                ? QString()
                : QLatin1Char('^') + QRegularExpression::escape(e) + QLatin1Char('$'));
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int s) {
        if (m_model)
            m_model->setAlarmThreshold(qint64(s) * 1000);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &QueueView::refreshWithdraw);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        if (i.isValid() && i.data(ActionQueueModel::WithdrawableRole).toBool())
            Q_EMIT withdrawRequested(i.data(ActionQueueModel::ExecutorRole).toString(),
                i.data(ActionQueueModel::IdRole).toString());
    });
    refreshExecutors();
    refreshSummary();
}

void QueueView::refreshWithdraw()
{
    const QModelIndex i = m_table->currentIndex();
    m_withdraw->setEnabled(i.isValid() && i.data(ActionQueueModel::WithdrawableRole).toBool());
}

void QueueView::setModel(ActionQueueModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        model->setAlarmThreshold(qint64(m_threshold->value()) * 1000);
        connect(model, &QAbstractItemModel::rowsInserted, this, &QueueView::refreshExecutors);
        connect(model, &QAbstractItemModel::modelReset, this, &QueueView::refreshExecutors);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            refreshSummary();
            refreshWithdraw();
        });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &QueueView::refreshSummary);
        QHeaderView *h = m_table->horizontalHeader();
        for (int c : { ActionQueueModel::ExecutorColumn, ActionQueueModel::ActionColumn,
                 ActionQueueModel::StatusColumn, ActionQueueModel::AgeColumn,
                 ActionQueueModel::ConsumedColumn })
            h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        h->setSectionResizeMode(ActionQueueModel::ResponseColumn, QHeaderView::Stretch);
        h->setSectionResizeMode(ActionQueueModel::IdColumn, QHeaderView::Interactive);
        m_table->setColumnWidth(ActionQueueModel::IdColumn,
            m_table->fontMetrics().horizontalAdvance(QString(36, u'0')));
    }
    refreshExecutors();
    refreshWithdraw();
}

void QueueView::setExecutorFilter(const QString &executor)
{
    const int i = m_executor->findData(executor);
    if (i >= 0)
        m_executor->setCurrentIndex(i);
}

void QueueView::refreshExecutors()
{
    const QString current = m_executor->currentData().toString();
    QStringList executors { u"extension"_s, u"onboarding"_s, u"proctor"_s };
    if (m_model) {
        const QStringList seen = m_model->executors();
        for (const QString &e : seen) {
            if (!executors.contains(e))
                executors << e;
        }
    }
    {
        const QSignalBlocker block(m_executor);
        m_executor->clear();
        m_executor->addItem(tr("All"), QString());
        for (const QString &e : std::as_const(executors))
            m_executor->addItem(e, e);
        m_executor->setCurrentIndex(std::max(0, m_executor->findData(current)));
    }
    refreshSummary();
}

QString QueueView::summary() const { return m_summary->text(); }

void QueueView::refreshSummary()
{
    if (!m_model) {
        m_summary->setText(QString());
        return;
    }
    int alarms = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        alarms += m_model->index(r, 0).data(ActionQueueModel::AlarmRole).toBool() ? 1 : 0;
    int offline = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        offline += m_model->index(r, 0).data(ActionQueueModel::StatusRole).toInt()
                == int(ActionQueueModel::Status::Outbox)
            ? 1
            : 0;
    }
    // Pending counts what is not taken yet, the outbox included.
    QString pending = tr("%n pending", nullptr, m_model->pendingCount());
    if (offline > 0)
        pending = tr("%1 (%n waiting offline)", nullptr, offline).arg(pending);
    m_summary->setText(
        alarms ? tr("%1, %n waiting too long", nullptr, alarms).arg(pending) : pending);
    m_summary->setStyleSheet(
        alarms ? UiColors::errorTextStyle() + u" font-weight: bold;"_s : QString());
}
