#pragma once

#include <QJsonArray>
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
    // First run: a short panel saying what the demo does and how to join a real document,
    // until dismissed (remembered in the settings).
    void showWelcomeIfFirstRun();
    QWidget *welcomePanel() const { return m_welcome; }
    // Extra tools (e.g. the QA simulator of the embedded demo) as a tab next to the log.
    void addToolTab(QWidget *widget, const QString &title);
    // Fills the Connection menu (one entry per profile, and Manage profiles); not owned.
    void setProfileStore(ProfileStore *store);
    // The profile the console runs on, checked in the Connection menu (empty: embedded demo).
    void setCurrentProfile(const QString &name);
    QString currentProfile() const { return m_currentProfile; }
    // The stable id of that profile: keys per-profile choices such as "don't ask again".
    void setCurrentProfileId(const QString &id);
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
    // A status message elided to the room left of the document count (whole in the tooltip).
    void showStatus(const QString &message, int timeoutMs = 8000);
    void openProfiles();

Q_SIGNALS:
    // From the Connection menu or the profiles dialog: switch this window to that profile.
    void profileConnectRequested(const QString &profileName);

public:
    // Sends a batch to a document as the composer does: asks first when an action is flagged
    // "$confirm" (unless this profile said not to ask again). False when not sent.
    bool sendBatch(const QString &documentId, const QJsonArray &batch);
    // Settings key for "don't ask again" of the current profile.

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitDocumentColumns();
    void refreshCurrentInfo();
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
    QWidget *m_welcome = nullptr;
    ProfileStore *m_profiles = nullptr;
    QAction *m_profilesAction = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QMenu *m_themeMenu = nullptr;
    QString m_currentProfile;
    QString m_lastSend; // the composer's last send, whose delivery it shows
    int m_zoom = 100;
    qreal m_basePointSize = 0;
};
