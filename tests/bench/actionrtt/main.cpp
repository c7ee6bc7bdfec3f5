// sp-bench-actionrtt: the action round trip (getDisplayCount with respondTo: proctor) with our
// SyncClient in both roles and with the official twilio-sync JS client in both roles, on one
// emulator (--memory --acl open --rate-limits off), in one run. Not a test.
//   SP_EMULATOR=…/sp-sync-emulator sp-bench-actionrtt [--n 1000] [--warmup 50]
// Prints one JSON object per line: action_rtt (cpp), action_rtt (js), action_rtt_ratio.
#include "benchline.h"
#include "rttbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

using SpBench::printLine;

namespace {
double ms(double v) { return SpBench::round3(v); }
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Action round-trip benchmark: our client vs twilio-sync JS"_s);
    parser.addHelpOption();
    parser.addOption(
        { u"n"_s, u"Measured round trips per client (default 1000)."_s, u"N"_s, u"1000"_s });
    parser.addOption(
        { u"warmup"_s, u"Unmeasured round trips first (default 50)."_s, u"W"_s, u"50"_s });
    parser.addOption(
        { u"emulator"_s, u"sp-sync-emulator binary (else $SP_EMULATOR)."_s, u"PATH"_s });
    parser.process(app);
    if (parser.isSet(u"emulator"_s))
        qputenv("SP_EMULATOR", parser.value(u"emulator"_s).toLocal8Bit());
    const int n = parser.value(u"n"_s).toInt();
    const int warmup = parser.value(u"warmup"_s).toInt();
    if (n < 1 || warmup < 0) {
        std::fprintf(stderr, "sp-bench-actionrtt: --n must be >= 1 and --warmup >= 0\n");
        return 2;
    }

    InteropRig rig;
    if (!rig.start()) {
        std::fprintf(stderr, "sp-bench-actionrtt: emulator: %s\n", qPrintable(rig.error));
        return 1;
    }
    const RttResult cpp = runCpp(rig, n, warmup);
    if (!cpp.error.isEmpty()) {
        std::fprintf(stderr, "sp-bench-actionrtt: cpp: %s\n", qPrintable(cpp.error));
        return 1;
    }
    const double cppP50 = cpp.percentile(50), cppP99 = cpp.percentile(99);
    printLine({ { u"name"_s, u"action_rtt"_s }, { u"client"_s, u"cpp"_s },
        { u"n"_s, int(cpp.samplesMs.size()) }, { u"p50_ms"_s, ms(cppP50) },
        { u"p99_ms"_s, ms(cppP99) }, { u"max_ms"_s, ms(cpp.samplesMs.last()) } });

    QString why;
    const QJsonObject js = runJs(rig, n, warmup, &why);
    if (!why.isEmpty()) {
        std::fprintf(stderr, "sp-bench-actionrtt: js: %s\n", qPrintable(why));
        return 1;
    }
    printLine({ { u"name"_s, u"action_rtt"_s }, { u"client"_s, u"js"_s },
        { u"n"_s, js.value(u"n") }, { u"p50_ms"_s, js.value(u"p50_ms") },
        { u"p99_ms"_s, js.value(u"p99_ms") }, { u"max_ms"_s, js.value(u"max_ms") } });
    printLine({ { u"name"_s, u"action_rtt_ratio"_s },
        { u"p50_ratio_js_over_cpp"_s, ms(js.value(u"p50_ms").toDouble() / cppP50) },
        { u"p99_ratio_js_over_cpp"_s, ms(js.value(u"p99_ms").toDouble() / cppP99) } });
    return 0;
}
