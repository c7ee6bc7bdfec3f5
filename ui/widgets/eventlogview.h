#pragma once

#include <QWidget>

class EventLogFilterModel;
class EventLogModel;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

// The event log with a live filter (free text, event kind), copy and export.
class EventLogView : public QWidget
{
    Q_OBJECT
public:
    explicit EventLogView(EventLogModel *model, QWidget *parent = nullptr);

    void focusFilter(); // Ctrl+F
    EventLogFilterModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QTableView *tableView() const { return m_table; }

    // Exports the rows that pass the filter; the format follows the file suffix (.csv or .json).
    bool exportTo(const QString &path, QString *error = nullptr) const;
    void exportWithDialog();
    void copySelection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EventLogModel *m_model;
    EventLogFilterModel *m_filter;
    QLineEdit *m_text;
    QComboBox *m_kind;
    QCheckBox *m_follow;
    QTableView *m_table;
};
