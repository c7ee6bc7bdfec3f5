#pragma once

#include <QMainWindow>

class ActionComposer;
class ProfileStore;
class ConsoleController;
class EventLogView;
class HistoryView;
class JsonTreePanel;
class QActionGroup;
class QLabel;
class QMenu;
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
    // Fills the Connection menu (one entry per profile, and Manage profiles); not owned.
    void setProfileStore(ProfileStore *store);
    // The profile the console runs on, checked in the Connection menu (empty: embedded demo).
    void setCurrentProfile(const QString &name);
    QString currentProfile() const { return m_currentProfile; }
    QMenu *connectionMenu() const { return m_connectionMenu; }
    QMenu *themeMenu() const { return m_themeMenu; }

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
    // From the Connection menu or the profiles dialog: switch this window to that profile.
    void profileConnectRequested(const QString &profileName);

private:
    void createMenus();
    void rebuildConnectionMenu();
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
    QMenu *m_connectionMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QMenu *m_themeMenu = nullptr;
    QString m_currentProfile;
    int m_zoom = 100;
    qreal m_basePointSize = 0;
};
