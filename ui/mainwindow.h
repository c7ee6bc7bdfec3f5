#pragma once

#include <QMainWindow>

class ActionComposer;
class ProfileStore;
class ConsoleController;
class EventLogView;
class HistoryView;
class JsonTreePanel;
class QLabel;
class QTableView;
class QTabWidget;
class QueueView;

// The console window. Everything comes through the injected controller; no protocol here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleController *controller, QWidget *parent = nullptr);

    QString currentDocument() const { return m_current; }
    void selectDocument(const QString &documentId);

    ActionComposer *composer() const { return m_composer; }
    EventLogView *eventLog() const { return m_log; }
    QueueView *queueView() const { return m_queue; }
    HistoryView *historyView() const { return m_historyView; }
    JsonTreePanel *treePanel() const { return m_tree; }
    QTableView *documentTable() const { return m_docs; }
    int zoomPercent() const { return m_zoom; }
    // Extra tools (e.g. the QA simulator of the embedded demo) as a tab next to the log.
    void addToolTab(QWidget *widget, const QString &title);
    // Enables File > Connection profiles; not owned.
    void setProfileStore(ProfileStore *store);

public Q_SLOTS:
    void openJoinDialog();
    void sendFromComposer();
    void focusLogFilter();
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void leaveCurrent();
    void openProfiles();

Q_SIGNALS:
    void profileConnectRequested(const QString &profileName);

private:
    void createMenus();
    void applyZoom();
    void refreshStatus();
    void onCurrentRowChanged();

    ConsoleController *m_controller;
    QString m_current;
    QTableView *m_docs;
    JsonTreePanel *m_tree;
    ActionComposer *m_composer;
    QTabWidget *m_bottom;
    EventLogView *m_log;
    QueueView *m_queue;
    HistoryView *m_historyView;
    QLabel *m_statusDocs;
    ProfileStore *m_profiles = nullptr;
    QAction *m_profilesAction = nullptr;
    int m_zoom = 100;
    qreal m_basePointSize = 0;
};
