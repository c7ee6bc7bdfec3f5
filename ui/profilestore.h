#pragma once

#include "consoleprofile.h"
#include "joinrequest.h"

#include <QHash>
#include <QObject>
#include <optional>

class QSettings;

// Connection profiles (name, SP API base URI, token path) in QSettings; their SP tokens in the
// OS keychain through QtKeychain when one is available, otherwise for this session only.
// Import and export never include tokens.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ConsoleProfile> profiles() const; // tokens empty
    std::optional<ConsoleProfile> profile(const QString &name) const;
    // Refuses an empty name or a base URI that is not an absolute http(s) URL (plain http only
    // to this machine). *error is translated.
    bool saveProfile(const ConsoleProfile &profile, QString *error = nullptr);
    void removeProfile(const QString &name);

    // The documents a profile had joined, rejoined when the console starts on it (unless
    // turned off) and offered when switching to it.
    QList<JoinRequest> joinedDocuments(const QString &name) const;
    void setJoinedDocuments(const QString &name, const QList<JoinRequest> &documents);
    bool rejoinAtStart(const QString &name) const;
    void setRejoinAtStart(const QString &name, bool rejoin);

    QByteArray exportJson() const;
    // Adds or replaces profiles from exportJson() output; returns how many, or -1 with *error.
    int importJson(const QByteArray &json, QString *error = nullptr);

    // Tests and machines without a secret service: keep tokens in memory only.
    void setKeychainEnabled(bool enabled) { m_keychain = enabled && keychainBuiltIn(); }
    bool keychainEnabled() const { return m_keychain; }
    static bool keychainBuiltIn();

    // Where tokens are kept, as last found out: Unknown until a keychain job answered (or
    // probeKeychain() did), Keychain when the Secret Service took or gave a token, Session
    // when there is none (no QtKeychain, or no service answering).
    enum class TokenStorage { Unknown, Keychain, Session };
    TokenStorage tokenStorage() const;
    // Asks the keychain whether it works (a read of a key nobody writes); tokenStorageKnown().
    void probeKeychain();

    // Asynchronous: tokenStored(name, persistent) tells whether it reached the keychain.
    void storeToken(const QString &name, const QString &token);
    // Asynchronous: tokenRead(name, token), empty when none is known.
    void readToken(const QString &name);

Q_SIGNALS:
    void profilesChanged();
    void tokenStored(const QString &name, bool persistent);
    void tokenRead(const QString &name, const QString &token);
    void tokenStorageKnown(ProfileStore::TokenStorage storage);

private:
    static bool validate(const ConsoleProfile &profile, QString *error);
    static QString groupOf(const QString &name);
    void setStorage(TokenStorage storage);

    QSettings *m_settings;
    QHash<QString, QString> m_sessionTokens;
    bool m_keychain = keychainBuiltIn();
    TokenStorage m_storage = TokenStorage::Unknown;
};
