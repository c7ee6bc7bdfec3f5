#include "diagnosticlog.h"

#include "wirelog.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
SpSync::WireLog &log()
{
    static SpSync::WireLog instance;
    return instance;
}
} // namespace

void DiagnosticLog::start()
{
    if (SpSync::WireLog::global() == &log())
        return;
    log().keepInMemory();
    SpSync::WireLog::setGlobal(&log());
}

bool DiagnosticLog::isRecording() { return SpSync::WireLog::global() == &log(); }

bool DiagnosticLog::saveTo(const QString &path, QString *error) { return log().save(path, error); }

void DiagnosticLog::saveWithDialog(QWidget *parent)
{
    const QString suggested = u"sp-console-wire-%1.jsonl"_s.arg(
        QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"));
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save diagnostic log"), suggested, tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(
            parent, tr("Save diagnostic log"), tr("Could not save the log: %1").arg(error));
}
