#include "commands.h"

#include "actioninput.h"
#include "exitcodes.h"
#include "redact.h"
#include "sp/actioncatalog.h"
#include "spsynctext.h"
#include "wirelog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace SpSync;

namespace SpSyncCli {

namespace {

    QByteArray readInput(const QString &path, QString *error)
    {
        const bool fromStdin = path == u"-"_s;
        QFile file(fromStdin ? QString() : path);
        const bool opened
            = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            *error = Text::tr("cannot read %1: %2")
                         .arg(fromStdin ? Text::tr("standard input") : path, file.errorString());
            return {};
        }
        return file.readAll();
    }

    QString secondsText(int ms) { return QString::number(ms / 1000.0, 'g', 6); }

} // namespace

CommandRunner::CommandRunner(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    auto *out = new QFile(this);
    out->open(stdout, QIODevice::WriteOnly);
    auto *err = new QFile(this);
    err->open(stderr, QIODevice::WriteOnly);
    m_out = out;
    m_err = err;
}

CommandRunner::~CommandRunner()
{
    // Clients go first, while this object is still alive: a client dying with a pending
    // future runs its continuation, and Qt 6.4 asserts that the continuation's context lives.
    qDeleteAll(findChildren<SyncClient *>(Qt::FindDirectChildrenOnly));
}

void CommandRunner::setOutput(QIODevice *out, QIODevice *err)
{
    m_out = out;
    m_err = err;
}

QByteArray CommandRunner::errorLine(const QString &message)
{
    return Text::tr("spsync: %1").arg(redactSecrets(message).simplified()).toUtf8() + '\n';
}

QByteArray CommandRunner::jsonLine(const QJsonObject &object)
{
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return redactRegisteredSecrets(text).toUtf8() + '\n';
}

QByteArray CommandRunner::eventLine(const QList<std::pair<QString, QJsonValue>> &members)
{
    // Written by hand so that "event" comes first, as docs/spsync.md shows; QJsonObject sorts keys.
    const auto compact = [](const QJsonValue &v) {
        const QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2); // without the array's brackets
    };
    QByteArray line = "{";
    for (const auto &[key, value] : members) {
        if (line.size() > 1)
            line += ',';
        line += compact(key) + ':' + compact(value);
    }
    line += '}';
    return redactRegisteredSecrets(QString::fromUtf8(line)).toUtf8() + '\n';
}

void CommandRunner::printLine(const QJsonObject &object) { writeLine(jsonLine(object)); }

void CommandRunner::printEvent(const QList<std::pair<QString, QJsonValue>> &members)
{
    writeLine(eventLine(members));
}

void CommandRunner::writeLine(const QByteArray &line)
{
    m_out->write(line);
    if (auto *file = qobject_cast<QFile *>(m_out))
        file->flush(); // a watch feeds pipes line by line
}

void CommandRunner::fail(const SyncError &error)
{
    QString message = error.message;
    if (error.status && error.code)
        message = Text::tr("%1 (status %2, code %3)")
                      .arg(message, QString::number(error.status), QString::number(error.code));
    else if (error.status)
        message = Text::tr("%1 (status %2)").arg(message, QString::number(error.status));
    else if (error.code)
        message = Text::tr("%1 (code %2)").arg(message, QString::number(error.code));
    fail(exitCodeFor(error.kind), message);
}

void CommandRunner::fail(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    warn(message);
    finish(exitCode);
}

void CommandRunner::warn(const QString &message)
{
    if (m_finished)
        return;
    m_err->write(errorLine(message));
    if (auto *file = qobject_cast<QFile *>(m_err))
        file->flush();
}

void CommandRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    if (m_timer)
        m_timer->stop();
    if (auto *file = qobject_cast<QFile *>(m_out))
        file->flush();
    Q_EMIT finished(exitCode);
}

bool CommandRunner::prepare()
{
    registerSecret(m_options.spToken);
    registerSecret(m_options.twilioToken);
    const auto config = clientConfig(m_options);
    if (!isOk(config)) {
        fail(error(config));
        return false;
    }
    m_config = value(config);

    QString why;
    if (!m_options.caFile.isEmpty()) {
        const QByteArray pem = readInput(m_options.caFile, &why);
        if (why.isEmpty())
            m_config.caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (why.isEmpty() && m_config.caCertificates.isEmpty())
            why = Text::tr("--ca-file %1 holds no PEM certificate").arg(m_options.caFile);
        if (!why.isEmpty()) {
            fail(ExitUsage, why);
            return false;
        }
    }
    if (!m_options.catalogFile.isEmpty()
        && !ActionCatalog::loadBuiltinExtra(m_options.catalogFile, &why)) {
        fail(ExitUsage, why);
        return false;
    }
    if (!m_options.wireLog.isEmpty()) {
        m_wireLog = std::make_unique<WireLog>();
        if (!m_wireLog->openFile(m_options.wireLog, &why)) {
            fail(
                ExitUsage, Text::tr("--wire-log: cannot write %1: %2").arg(m_options.wireLog, why));
            m_wireLog.reset();
            return false;
        }
        WireLog::setGlobal(m_wireLog.get());
    }
    for (const QString &executor : std::as_const(m_options.consume)) {
        if (!ActionCatalog::builtin().hasExecutor(executor)) {
            fail(ExitUsage,
                Text::tr("--consume: unknown executor \"%1\"; known executors: %2")
                    .arg(executor, ActionCatalog::builtin().executors().join(u", "_s)));
            return false;
        }
    }
    // Invalid actions are refused here, before anything is sent.
    if (m_options.command == Command::Action) {
        const auto built = ActionCatalog::builtin().buildAction(
            m_options.actionType, m_options.additionalInfo, m_config.identity);
        if (!isOk(built)) {
            fail(error(built));
            return false;
        }
    }
    if (m_options.command == Command::Actions) {
        const QByteArray json = readInput(m_options.actionsFile, &why);
        if (!why.isEmpty()) {
            fail(ExitUsage, why);
            return false;
        }
        const auto batch = parseActionsBatch(json, ActionCatalog::builtin(), m_config.identity);
        if (!isOk(batch)) {
            fail(error(batch));
            return false;
        }
        m_batch = value(batch);
    }
    return true;
}

void CommandRunner::start()
{
    if (!prepare())
        return;
    if (m_options.timeoutMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_options.command == Command::Watch && m_options.count == 0)
                finish(ExitOk);
            else
                fail(ExitTimeout,
                    Text::tr("timed out after %1 s").arg(secondsText(m_options.timeoutMs)));
        });
        m_timer->start(m_options.timeoutMs);
    }
    whenFinished(
        SyncClient::create(m_config, this), this, [this](const SyncResult<SyncClient *> &result) {
            if (!isOk(result)) {
                fail(error(result));
                return;
            }
            m_client = value(result);
            if (m_finished)
                return;
            run();
        });
}

void CommandRunner::run()
{
    SyncClient *client = m_client;
    const auto printResult = [this](const SyncResult<QJsonObject> &r) {
        if (!isOk(r)) {
            fail(error(r));
            return;
        }
        printLine(value(r));
        finish(ExitOk);
    };
    switch (m_options.command) {
    case Command::Get:
        printLine(client->getSync());
        finish(ExitOk);
        break;
    case Command::Set:
        whenFinished(client->setSync(m_options.data), this, printResult);
        break;
    case Command::Replace:
        whenFinished(client->replaceSync(m_options.data), this, printResult);
        break;
    case Command::Action:
        whenFinished(
            client->addAction(m_options.actionType, m_options.additionalInfo), this, printResult);
        break;
    case Command::Actions:
        whenFinished(client->addActions(m_batch), this, [this](const SyncResult<QJsonArray> &r) {
            if (!isOk(r)) {
                fail(error(r));
                return;
            }
            for (const QJsonValue &action : value(r))
                printLine(action.toObject());
            finish(ExitOk);
        });
        break;
    case Command::Watch:
        runWatch();
        break;
    case Command::None:
        fail(ExitUsage, Text::tr("no command given"));
        break;
    }
}

void CommandRunner::runWatch()
{
    SyncClient *client = m_client;
    const int count = m_options.count;
    const bool consuming = !m_options.consume.isEmpty();
    printEvent({ { u"event"_s, u"spSyncDocUpdated"_s }, { u"data"_s, client->getSync() } });

    connect(client, &SyncClient::spSyncDocUpdated, this,
        [this, count, consuming](const QJsonObject &data) {
            if (m_finished)
                return;
            printEvent({ { u"event"_s, u"spSyncDocUpdated"_s }, { u"data"_s, data } });
            if (!consuming && count > 0 && ++m_seen >= count)
                finish(ExitOk);
        });
    connect(client, &SyncClient::errorOccurred, this, [this](const SyncError &e) {
        // The client reconnects by itself after network faults; a refusal is final.
        if (e.isRefusal())
            fail(e);
        // A server message the client could not use (e.g. an event it cannot parse): the
        // watch goes on, but never silently.
        else if (e.kind == SyncError::Kind::Protocol)
            warn(e.message);
    });
    if (!consuming)
        return;
    client->setConsumedExecutors(m_options.consume);
    connect(client, &SyncClient::actionsAdded, this,
        [this, count](const QString &executor, const QJsonObject &action) {
            // An action claimed in the same write as the last counted one is still
            // printed: it has been taken from the document and must not vanish.
            printEvent({ { u"event"_s, u"actionsAdded"_s }, { u"executor"_s, executor },
                { u"action"_s, action } });
            if (count > 0 && ++m_seen == count && !m_finished) {
                // Take nothing more: "-" can never name an executor, so the client stops
                // claiming (and gives back a claim still in flight). The rest of this
                // claimed batch is still delivered to this slot and printed.
                if (m_client)
                    m_client->setConsumedExecutors({ u"-"_s });
                QTimer::singleShot(0, this, [this] { finish(ExitOk); });
            }
        });
}

} // namespace SpSyncCli
