// sp-bench-concurrent: our writers appending to one document at once, and a soak (not a test).
//   SP_EMULATOR=…/sp-sync-emulator sp-bench-concurrent [--writers 4] [--actions 100]
//   sp-bench-concurrent --soak MINUTES
// Prints one JSON object on one line: concurrent_append, or soak with --soak.
#include "benchline.h"
#include "concurrentbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Concurrent appends to one document; soak with faults"_s);
    parser.addHelpOption();
    parser.addOptions({ { u"writers"_s, u"Concurrent writers (default 4)."_s, u"N"_s, u"4"_s },
        { u"actions"_s, u"Actions per writer (default 100)."_s, u"N"_s, u"100"_s },
        { u"soak"_s, u"Run the soak for this many minutes instead."_s, u"MINUTES"_s } });
    parser.process(app);
    QString error;
    const SpBench::Fields line = parser.isSet(u"soak"_s)
        ? SpBench::runSoak(parser.value(u"soak"_s).toDouble(), &error)
        : SpBench::runConcurrentAppend(qMax(1, parser.value(u"writers"_s).toInt()),
            qMax(1, parser.value(u"actions"_s).toInt()), &error);
    if (line.isEmpty()) {
        std::fprintf(stderr, "sp-bench-concurrent: %s\n", qPrintable(error));
        return 1;
    }
    SpBench::printLine(line);
    return 0;
}
