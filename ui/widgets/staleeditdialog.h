#pragma once

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;

// A write whose base is stale: shows what changed meanwhile (base -> current) and what
// re-applying the user's change on the current document would write; Re-apply or Cancel.
class StaleEditDialog : public QDialog
{
    Q_OBJECT
public:
    StaleEditDialog(const QString &documentId, const QJsonObject &base, const QJsonObject &mine,
        const QJsonObject &current, QWidget *parent = nullptr);

    // The user's change merged on the current document (what Re-apply writes).
    QJsonObject merged() const { return m_merged; }
    QString meanwhileText() const;
    QString resultText() const;

private:
    QJsonObject m_merged;
    QPlainTextEdit *m_meanwhile;
    QPlainTextEdit *m_result;
};
