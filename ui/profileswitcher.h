#pragma once

#include "consoleprofile.h"
#include "joinrequest.h"

#include <QObject>
#include <functional>
#include <memory>

class ConsoleBackend;
class ConsoleController;
class ProfileStore;

// Switches a running console to another connection profile: reads the profile's SP token
// (keychain or this session), makes a backend for it and hands it to the controller, which
// leaves the current documents and joins the ones the user chose. Keeps each profile's joined
// documents in the store, so they can be offered again and rejoined at start.
class ProfileSwitcher : public QObject
{
    Q_OBJECT
public:
    using BackendFactory = std::function<std::unique_ptr<ConsoleBackend>(const ConsoleProfile &)>;
    // Given the documents remembered for the new profile and those open now, returns the ones
    // to join. Default: the remembered ones (never the previous server's without asking).
    using RejoinChooser = std::function<QList<JoinRequest>(const QString &profile,
        const QList<JoinRequest> &remembered, const QList<JoinRequest> &open)>;
    ProfileSwitcher(ProfileStore *store, ConsoleController *controller, BackendFactory factory,
        QObject *parent = nullptr);
    ~ProfileSwitcher() override;

    // The profile the console runs on (empty: the embedded demo).
    QString currentProfile() const { return m_current; }
    void setCurrentProfile(const QString &name) { m_current = name; }
    void setRejoinChooser(RejoinChooser chooser) { m_chooser = std::move(chooser); }
    // Joins the documents remembered for the current profile (at start, when not turned off).
    void rejoinRemembered();

    // Asynchronous: switched(), or tokenNeeded() when no token is known for the profile.
    void switchTo(const QString &name);
    // With a token the user just typed (kept as ProfileStore keeps tokens).
    void switchWithToken(const QString &name, const QString &token);

Q_SIGNALS:
    void tokenNeeded(const QString &name);
    void switched(const QString &name);
    void failed(const QString &message); // translated

private:
    void apply(const QString &name, const QString &token);

    ProfileStore *m_store;
    ConsoleController *m_controller;
    BackendFactory m_factory;
    std::unique_ptr<ConsoleBackend> m_backend; // the ones made here; the first is the caller's
    QString m_current;
    QString m_reading; // profile whose token is being read
    RejoinChooser m_chooser;
    bool m_switching = false;
    void remember();
};
