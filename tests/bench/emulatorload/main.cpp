// sp-bench-emulator: the emulator under load, measured with our client (not a test).
//   SP_EMULATOR=…/sp-sync-emulator sp-bench-emulator [--subscribers 200] [--processes 4]
//       [--writes 200] [--connections 1000] [--only codec|fanout|connections]
// Prints one JSON object per line: codec_decode, fanout, emulator_connections.
#include "benchline.h"
#include "codecbench.h"
#include "fanoutbench.h"
#include "interoprig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Emulator benchmarks: fan-out, connections, codec"_s);
    parser.addHelpOption();
    parser.addOptions({ { u"subscribers"_s, u"Fan-out subscribers (default 200)."_s, u"N"_s,
                            u"200"_s },
        { u"writes"_s, u"Measured fan-out writes (default 200)."_s, u"N"_s, u"200"_s },
        { u"warmup"_s, u"Unmeasured writes first (default 20)."_s, u"N"_s, u"20"_s },
        { u"connections"_s, u"Connected clients (default 1000)."_s, u"N"_s, u"1000"_s },
        { u"documents"_s, u"Documents they subscribe to (default 100)."_s, u"N"_s, u"100"_s },
        { u"codec-seconds"_s, u"Time per codec measurement (default 2)."_s, u"S"_s, u"2"_s },
        { u"processes"_s, u"Processes the fan-out subscribers live in (default 4; 0 = this one)."_s,
            u"N"_s, u"4"_s },
        { u"only"_s, u"Run one phase: codec, fanout or connections."_s, u"PHASE"_s },
        // The child side of the fan-out (started by this benchmark itself).
        { u"role"_s, u"Internal: subscriber."_s, u"ROLE"_s },
        { u"twilsock"_s, u"Internal."_s, u"URL"_s }, { u"cds"_s, u"Internal."_s, u"URL"_s },
        { u"document"_s, u"Internal."_s, u"NAME"_s }, { u"count"_s, u"Internal."_s, u"N"_s },
        { u"last"_s, u"Internal."_s, u"N"_s } });
    parser.process(app);
    if (parser.value(u"role"_s) == u"subscriber"_s)
        return SpBench::runFanoutSubscriber(QUrl(parser.value(u"twilsock"_s)),
            QUrl(parser.value(u"cds"_s)), parser.value(u"document"_s),
            parser.value(u"count"_s).toInt(), parser.value(u"warmup"_s).toInt(),
            parser.value(u"last"_s).toInt());
    const QString only = parser.value(u"only"_s);
    auto wanted = [&](const QString &phase) { return only.isEmpty() || only == phase; };
    auto intOpt = [&](const QString &name) { return qMax(1, parser.value(name).toInt()); };

    if (wanted(u"codec"_s))
        SpBench::printLine(
            SpBench::runCodecDecode(16384, parser.value(u"codec-seconds"_s).toDouble()));

    // A fresh emulator per phase, so the connection figure is not inflated by fan-out state.
    for (const QString &phase : { u"fanout"_s, u"connections"_s }) {
        if (!wanted(phase))
            continue;
        InteropRig rig;
        if (!rig.start()) {
            std::fprintf(stderr, "sp-bench-emulator: emulator: %s\n", qPrintable(rig.error));
            return 1;
        }
        QString error;
        const SpBench::Line line = phase == u"fanout"_s
            ? SpBench::runFanout(rig,
                { intOpt(u"subscribers"_s), qMax(0, parser.value(u"processes"_s).toInt()),
                    intOpt(u"writes"_s), qMax(0, parser.value(u"warmup"_s).toInt()) },
                &error)
            : SpBench::runConnections(
                rig, intOpt(u"connections"_s), intOpt(u"documents"_s), &error);
        if (!error.isEmpty()) {
            std::fprintf(
                stderr, "sp-bench-emulator: %s: %s\n", qPrintable(phase), qPrintable(error));
            return 1;
        }
        SpBench::printLine(line);
    }
    return 0;
}
