#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QWidget>

class JsonTreeModel;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;
class QFrame;

// The live document: a tree that highlights changes and fades them, and the raw JSON, which
// can be edited and applied (validated here; the write itself is the owner's job). A scalar is
// edited in place by double-click (or F2) on its value.
class JsonTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit JsonTreePanel(QWidget *parent = nullptr);

    void setModel(JsonTreeModel *model); // not owned; nullptr shows nothing
    JsonTreeModel *model() const { return m_model; }
    void setDocumentInfo(const QString &documentId, const QString &revision, qint64 sizeBytes);
    QTreeView *treeView() const { return m_tree; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QString inlineError() const;
    // Why the document is not live: a refused or failed join (with Retry and Remove), or a lost
    // connection (the data is greyed: it may be old). Empty text clears it.
    void setProblem(const QString &text, bool failed);
    QString problemText() const;

    static constexpr int FadeMs = 3000;

Q_SIGNALS:
    void retryRequested();
    void removeRequested();
    // data is to be written only if the document is still base (what the user looked at).
    void replaceRequested(const QJsonObject &base, const QJsonObject &data);
    // One value edited in the tree, on the document as it was when the editor opened.
    void valueEditRequested(
        const QJsonObject &base, const QString &pointer, const QJsonValue &value);

private:
    void refreshRaw();
    void setEditing(bool editing);
    void applyRaw();
    void onDataChanged();

    JsonTreeModel *m_model = nullptr;
    QLabel *m_title;
    QProgressBar *m_size;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QPlainTextEdit *m_raw;
    QPushButton *m_edit;
    QPushButton *m_apply;
    QLabel *m_error;
    QFrame *m_problem;
    QLabel *m_problemText;
    QPushButton *m_retry;
    QPushButton *m_remove;
    QTimer *m_fade;
    QElapsedTimer m_lastChange;
    QJsonObject m_base; // the document when editing started
    QJsonObject m_editBase; // the document when a value editor opened
    bool m_editing = false;
    bool m_firstShown = false;
};
