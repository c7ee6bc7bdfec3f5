#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class RoomController;

// The window a proctor keeps open on a room: one row per student session, sortable and
// filterable, acting on many sessions at once (each gets its own batch). Remembers its columns
// and sort per profile.
class RoomView : public QWidget
{
    Q_OBJECT
public:
    enum class JoinOffer { Ask, Always, Never };

    explicit RoomView(RoomController *room, QWidget *parent = nullptr);
    ~RoomView() override;

    RoomController *room() const { return m_room; }
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // What to do when the room lists sessions not joined yet. Default Ask.
    void setJoinOffer(JoinOffer offer) { m_offer = offer; }
    // Settings for columns and sort, under the profile's name. Not owned; default QSettings().
    void setSettings(QSettings *settings, const QString &profile);

    QStringList selectedSessions() const;
    void selectSessions(const QStringList &sessionSids);
    void setFilterText(const QString &text);

    // Without dialogs (tests, scenarios): each session gets its own batch.
    int stopSessions(const QStringList &sessionSids, const QString &redirectUrl);

public Q_SLOTS:
    void stopSelected(); // asks for the redirect URL and confirms with the count and names
    void displayCountSelected();
    void composeForSelected(); // any composer action or preset
    void joinListed();
    void offerListed(); // offers to join the listed sessions not joined yet
    void addSessionByHand();
    void dropSelected();
    void aliasSelected();
    void configureColumns();

Q_SIGNALS:
    // Double-click or Enter on a row: that session's detail (tree, history, queues).
    void sessionActivated(const QString &documentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void offerJoin(const QStringList &sessionSids);
    // Asks first, naming the count and the students, when the catalog flags an action "$confirm".
    bool confirmBatch(const QStringList &sessionSids, const QJsonArray &batch);
    void refreshSummary();
    void fitColumns();
    void saveLayout();
    void restoreLayout();
    QString settingsKey(const QString &name) const;
    QSettings *settings();

    RoomController *m_room;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QSpinBox *m_threshold;
    QPushButton *m_joinAll;
    QLabel *m_summary;
    JoinOffer m_offer = JoinOffer::Ask;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QString m_profile;
    bool m_offering = false;
    bool m_fitted = false;
};
