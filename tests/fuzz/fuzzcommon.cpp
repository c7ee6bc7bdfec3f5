#include "fuzzcommon.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

namespace SpFuzz {

void check(bool ok, const char *what, const char *file, int line)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n", file, line, what);
    std::abort();
}

QList<QByteArray> splitLines(const QByteArray &input, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() < maxParts - 1) {
        const qsizetype nl = input.indexOf('\n', from);
        if (nl < 0)
            break;
        parts.append(input.mid(from, nl - from));
        from = nl + 1;
    }
    parts.append(input.mid(from));
    return parts;
}

} // namespace SpFuzz

namespace {
// Warnings on every rejected input would slow the fuzzer and bury its report; fatals stay.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietHandler);
    // Qt Sql loads its SQLite driver through the application's plugin paths.
    static int argc = 1;
    static char name[] = "sp-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    return 0;
}
