// bench_consoleload: the proctor console under load (console_load). The real MainWindow +
// ConsoleController + SyncClientBackend, offscreen, joined to N session documents on an in-process
// emulator (--acl open, rate limits off), while a writer PROCESS (this binary with --writer, so it
// shares nothing with the GUI event loop) writes R updates per second in total, round robin, for S
// seconds. Not a test (CTest does not run it).
//   bench_consoleload [--documents 200] [--rate 50] [--seconds 30] [--emulator-thread]
//                     [--screenshot FILE]
// Prints one JSON line: {"name":"console_load","documents":…,"rss_mb":…,"event_loop_p99_ms":…,…}
#include "consoleloadbench.h"
#include "loadwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int runWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject job = QJsonDocument::fromJson(in.readLine()).object();
    LoadWriter writer;
    QObject::connect(&writer, &LoadWriter::finished, &app, &QCoreApplication::exit);
    if (!writer.start(job))
        return 2;
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // The embedded emulator logs every connection at info level.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"emulator.*.info=false"_s);
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--writer") == 0)
            return runWriter(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption documents(
        u"documents"_s, u"Session documents joined (default 200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption rate(
        u"rate"_s, u"Updates per second, all documents together (default 50)."_s, u"r"_s, u"50"_s);
    const QCommandLineOption seconds(
        u"seconds"_s, u"How long the writer writes (default 30)."_s, u"s"_s, u"30"_s);
    const QCommandLineOption emulatorThread(u"emulator-thread"_s,
        u"Run the embedded emulator on its own thread (the console runs it on the "
        u"GUI thread)."_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save the window as a PNG at the end."_s, u"file"_s);
    parser.addOptions({ documents, rate, seconds, emulatorThread, screenshot });
    parser.process(app);

    ConsoleLoadOptions options;
    options.documents = std::max(1, parser.value(documents).toInt());
    options.rate = std::max(0.1, parser.value(rate).toDouble());
    options.seconds = std::max(1, parser.value(seconds).toInt());
    options.emulatorThread = parser.isSet(emulatorThread);
    options.screenshot = parser.value(screenshot);
    ConsoleLoadBench bench(options);
    QObject::connect(&bench, &ConsoleLoadBench::finished, &app, &QCoreApplication::exit);
    QString error;
    if (!bench.start(&error)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
