#pragma once

#include <QWidget>

class QComboBox;
class QTableView;
class QTextEdit;
class RevisionHistory;
class RevisionListModel;

// Revisions of the selected document, and the diff between any two of them.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(RevisionHistory *history, QWidget *parent = nullptr);

    void setDocument(const QString &documentId);
    // Shows the diff from `from` to `to`; returns the number of changes.
    int showDiff(const QString &from, const QString &to);
    QString diffText() const;
    RevisionListModel *model() const { return m_model; }

private:
    void refreshCombos();
    void onPick();

    RevisionHistory *m_history;
    RevisionListModel *m_model;
    QTableView *m_table;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextEdit *m_diff;
};
