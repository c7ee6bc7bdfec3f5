// sp-sync-emulator: a local Twilio Sync (Twilsock + CDS) with the SP token API. Wiring only.
#include "auth/tokenauthority.h"
#include "emulatorserver.h"
#include "shutdownsignals.h"
#include "spversion.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int mintToken(const SpEmu::MintTokenOptions &options)
{
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty() && options.secretFile.isEmpty())
        dataDir = SpEmu::EmulatorOptions().effectiveDataDir(); // the server's default
    QString error;
    const QByteArray secret
        = SpEmu::TokenAuthority::loadOrCreateSecret(options.secretFile, dataDir, &error);
    if (secret.isEmpty()) {
        std::fprintf(stderr, "sp-sync-emulator: %s\n", qPrintable(error));
        return 1;
    }
    const QString token = SpEmu::TokenAuthority(secret).mint(options.identity, options.ttlSecs);
    std::fprintf(stdout, "%s\n", token.toUtf8().constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sp-sync-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SP_VERSION_STRING));

    QString error;
    const auto parsed = SpEmu::parseCommandLine(app.arguments().mid(1), &error);
    if (!parsed) {
        std::fprintf(
            stderr, "sp-sync-emulator: %s\n%s", qPrintable(error), qPrintable(SpEmu::usageText()));
        return 2;
    }
    // A bad secret file is a usage error like a bad flag.
    const QString secretFile = parsed->command == SpEmu::ParsedCommandLine::Command::MintToken
        ? parsed->mint.secretFile
        : parsed->serve.secretFile;
    if (parsed->command != SpEmu::ParsedCommandLine::Command::Help && !secretFile.isEmpty()
        && !SpEmu::TokenAuthority::checkSecretFile(secretFile, &error)) {
        std::fprintf(stderr, "sp-sync-emulator: %s\n", qPrintable(error));
        return 2;
    }
    switch (parsed->command) {
    case SpEmu::ParsedCommandLine::Command::Help:
        std::fprintf(stdout, "%s", qPrintable(SpEmu::usageText()));
        return 0;
    case SpEmu::ParsedCommandLine::Command::Version:
        std::fprintf(stdout, "sp-sync-emulator %s\n", SP_VERSION_STRING);
        return 0;
    case SpEmu::ParsedCommandLine::Command::MintToken:
        return mintToken(parsed->mint);
    case SpEmu::ParsedCommandLine::Command::Serve:
        break;
    }

    SpEmu::EmulatorServer server(parsed->serve);
    if (!server.start(&error)) {
        std::fprintf(stderr, "sp-sync-emulator: %s\n", qPrintable(error));
        return 1;
    }
    SpEmu::quitOnTerminationSignals();
    std::fprintf(stdout, "%s\n", server.startLine().constData());
    if (server.demo())
        std::fprintf(stdout, "%s\n", server.demoLine().constData());
    std::fflush(stdout);
    return app.exec();
}
