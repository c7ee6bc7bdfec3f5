#pragma once

#include <QWidget>

class ActionQueueModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

// The action queues of the selected document, per executor, with delivery states, ages and
// alarms; Withdraw removes a selected action that nobody has taken yet.
class QueueView : public QWidget
{
    Q_OBJECT
public:
    explicit QueueView(QWidget *parent = nullptr);

    void setModel(ActionQueueModel *model); // not owned
    void setExecutorFilter(const QString &executor); // empty = all
    QTableView *tableView() const { return m_table; }
    QString summary() const;
    QPushButton *withdrawButton() const { return m_withdraw; }

Q_SIGNALS:
    // A written action nobody has taken yet, to be removed from its executor's queue.
    void withdrawRequested(const QString &executor, const QString &id);

private:
    void refreshExecutors();
    void refreshSummary();
    void refreshWithdraw();

    ActionQueueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_executor;
    QSpinBox *m_threshold;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_withdraw;
};
