// bench_roomview: the room view with a simulated room (tests/bench/roomview). Not a test.
//   bench_roomview [--sessions 500] [--rate 100] [--seconds 60] [--screenshot FILE]
// Prints one JSON line: {"name":"room_view","sessions":…,"rss_mb":…,"event_loop_p99_ms":…,…}
#include "roomviewbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"emulator.*.info=false"_s);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Both ends of every connection live in this process: 2 sockets per client.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sessions(
        u"sessions"_s, u"Simulated students (default 500)."_s, u"n"_s, u"500"_s);
    const QCommandLineOption rate(u"rate"_s,
        u"Session updates per second, all students together (default 100)."_s, u"r"_s, u"100"_s);
    const QCommandLineOption seconds(
        u"seconds"_s, u"How long the students write (default 60)."_s, u"s"_s, u"60"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save the room view as a PNG at the end."_s, u"file"_s);
    parser.addOptions({ sessions, rate, seconds, screenshot });
    parser.process(app);
    RoomViewOptions o;
    o.sessions = std::clamp(parser.value(sessions).toInt(), 1, 500);
    o.rate = std::max(1.0, parser.value(rate).toDouble());
    o.seconds = std::max(1, parser.value(seconds).toInt());
    o.screenshot = parser.value(screenshot);
    RoomViewBench bench(o);
    QObject::connect(&bench, &RoomViewBench::finished, &app, &QCoreApplication::exit);
    QString error;
    if (!bench.start(&error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
