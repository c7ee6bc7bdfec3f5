// The console's diagnostic log: every Twilsock frame of every joined document, kept in
// memory (bounded) and saved, redacted, as JSON lines by Help → Save diagnostic log.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

class DiagnosticLog
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticLog)
public:
    // Starts recording; call once before the first document is joined.
    static void start();
    static bool isRecording();
    // Writes what was recorded so far; false and *error when it cannot.
    static bool saveTo(const QString &path, QString *error);
    // Asks where, then saves; says so when it cannot.
    static void saveWithDialog(QWidget *parent);
};
