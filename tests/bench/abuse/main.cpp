// sp-bench-abuse: emulator_abuse, the emulator's memory under hostile load (not a test).
//   SP_EMULATOR=…/sp-sync-emulator sp-bench-abuse [--flood-mb 300] [--subscribers 20]
// Prints one JSON line; talks only to 127.0.0.1.
#include "abusebench.h"
#include "benchline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Emulator memory under a request flood and paused subscribers"_s);
    parser.addHelpOption();
    parser.addOptions({ { u"flood-mb"_s, u"MiB offered by the HTTP flood (default 300)."_s, u"N"_s,
                            u"300"_s },
        { u"subscribers"_s, u"Paused WebSocket subscribers (default 20)."_s, u"N"_s, u"20"_s } });
    parser.process(app);
    SpBench::AbuseOptions options;
    options.floodBytes = qMax(1, parser.value(u"flood-mb"_s).toInt()) * 1024LL * 1024;
    options.subscribers = qMax(1, parser.value(u"subscribers"_s).toInt());
    QString error;
    const auto line = SpBench::runAbuse(options, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "sp-bench-abuse: %s\n", qPrintable(error));
        return 1;
    }
    SpBench::printLine(line);
    return 0;
}
