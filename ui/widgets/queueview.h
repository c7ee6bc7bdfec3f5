#pragma once

#include <QWidget>

class ActionQueueModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

// The action queues of the selected document, per executor, with ages and alarms.
class QueueView : public QWidget
{
    Q_OBJECT
public:
    explicit QueueView(QWidget *parent = nullptr);

    void setModel(ActionQueueModel *model); // not owned
    void setExecutorFilter(const QString &executor); // empty = all
    QTableView *tableView() const { return m_table; }
    QString summary() const;

private:
    void refreshExecutors();
    void refreshSummary();

    ActionQueueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_executor;
    QSpinBox *m_threshold;
    QLabel *m_summary;
    QTableView *m_table;
};
