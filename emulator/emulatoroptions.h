// Command-line options of sp-sync-emulator, also used by the console to embed the server.
#pragma once

#include "httplimits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace SpEmu {

struct EmulatorOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 9876;
    QString dataDir; // empty with memory == false: the QStandardPaths app data dir
    bool memory = false;
    bool aclEnabled = true;
    bool rateLimits = true;
    QString secretFile;
    QString principalsFile;
    bool demo = false;
    int pingIntervalSecs = 20; // 0 disables pings
    int tokenTtlSecs = 3600; // tokens minted by the SP token API
    int expiryWarningSecs = 240; // token_about_to_expire lead time
    int subscriptionTtlSecs = -1; // ttl_in_s in subscribe replies; -1 = none (clients re-poke)
    qint64 maxMessageBytes = qint64(4) * 1024 * 1024; // bigger WebSocket messages are refused
    HttpLimits http; // request bounds, header deadline, connection cap
    qint64 maxQueuedBytes = qint64(1024) * 1024; // unsent bytes per WebSocket before it is cut off
    qint64 maxTotalQueuedBytes = qint64(32) * 1024 * 1024; // unsent bytes over all WebSockets
    QString spTokenPath = QStringLiteral("/v1/sync/token");
    QStringList faults; // --fault specs, see faultinjector.h
    quint32 seed = 0;
    bool seedGiven = false;

    // The data dir actually used (resolves the QStandardPaths default); empty with memory.
    QString effectiveDataDir() const;
};

struct MintTokenOptions
{
    QString identity;
    int ttlSecs = 3600;
    QString dataDir;
    QString secretFile;
};

struct ParsedCommandLine
{
    enum class Command { Serve, MintToken, Help, Version };
    Command command = Command::Serve;
    EmulatorOptions serve;
    MintTokenOptions mint;
};

// Parses argv without the program name. Returns nullopt and fills error on bad usage.
std::optional<ParsedCommandLine> parseCommandLine(const QStringList &args, QString *error);
QString usageText();

} // namespace SpEmu
