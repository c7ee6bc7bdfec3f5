#include "loadwriter.h"

#include "sp/actioncatalog.h"
#include "syncconnection.h"
#include "syncdocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

const QString writerIdentity = u"bench-writer"_s;

} // namespace

LoadWriter::LoadWriter(QObject *parent)
    : QObject(parent)
{
    m_pacer.setTimerType(Qt::PreciseTimer);
    m_pacer.setInterval(2);
    connect(&m_pacer, &QTimer::timeout, this, &LoadWriter::tick);
}

LoadWriter::~LoadWriter() = default;

bool LoadWriter::start(const QJsonObject &job)
{
    const QUrl url(job.value(u"twilsock"_s).toString());
    const QString token = job.value(u"token"_s).toString();
    for (const QJsonValue &v : job.value(u"documents"_s).toArray())
        m_names.append(v.toString());
    m_rate = job.value(u"rate"_s).toDouble(50);
    m_seconds = job.value(u"seconds"_s).toInt(30);
    if (!url.isValid() || token.isEmpty() || m_names.isEmpty() || m_rate <= 0 || m_seconds <= 0) {
        std::fprintf(stderr, "bench writer: malformed job\n");
        return false;
    }
    m_connection = new SpSync::SyncConnection(this);
    connect(m_connection, &SpSync::SyncConnection::stateChanged, this,
        [this](SpSync::SyncConnection::State s) {
            if (s == SpSync::SyncConnection::State::Connected && m_docs.isEmpty())
                openDocuments();
            else if (s == SpSync::SyncConnection::State::Disconnected)
                fail(u"disconnected: %1"_s.arg(m_connection->lastError().toString()));
        });
    m_connection->connectToServer(url, token);
    return true;
}

void LoadWriter::openDocuments()
{
    auto remaining = std::make_shared<int>(int(m_names.size()));
    m_docs.resize(m_names.size());
    for (int i = 0; i < m_names.size(); ++i) {
        m_connection->openDocument(m_names.at(i), SpSync::OpenMode::OpenExisting)
            .then(this, [this, i, remaining](SpSync::SyncResult<SpSync::SyncDocument *> r) {
                if (!SpSync::isOk(r)) {
                    fail(u"open %1: %2"_s.arg(m_names.at(i), SpSync::error(r).toString()));
                    return;
                }
                m_docs[i] = SpSync::value(r);
                if (--*remaining == 0) {
                    say({ { u"event"_s, u"started"_s } });
                    m_writing = true;
                    m_clock.start();
                    m_pacer.start();
                }
            });
    }
}

// Paced on elapsed time, so a late tick catches up instead of lowering the rate.
void LoadWriter::tick()
{
    const qint64 elapsedMs = m_clock.elapsed();
    if (elapsedMs >= m_seconds * 1000LL) {
        m_pacer.stop();
        m_writing = false;
        finishIfDrained();
        return;
    }
    const auto due = qint64(elapsedMs * m_rate / 1000.0) + 1;
    while (m_issued < due) {
        write(m_docs.at(int(m_issued % m_docs.size())));
        ++m_issued;
    }
}

// An update as the extension queue sees it: a new getDisplayCount action, the last three kept.
void LoadWriter::write(SpSync::SyncDocument *doc)
{
    QJsonObject data = doc->data();
    QJsonArray queue = data.value(u"extensionActions"_s).toArray();
    const auto action = SpSync::ActionCatalog::builtin().buildAction(u"extension.getDisplayCount"_s,
        QJsonObject { { u"respondTo"_s, u"proctor"_s } }, writerIdentity);
    queue.append(SpSync::isOk(action) ? SpSync::value(action)
                                      : QJsonObject { { u"seq"_s, double(m_issued) } });
    while (queue.size() > 3)
        queue.removeFirst();
    data.insert(u"extensionActions"_s, queue);
    doc->set(data).then(this, [this](SpSync::SyncResult<QJsonObject> r) {
        if (SpSync::isOk(r)) {
            ++m_acked;
        } else {
            ++m_failed;
            if (m_failed <= 5)
                std::fprintf(stderr, "bench writer: %s\n", qPrintable(SpSync::error(r).toString()));
        }
        finishIfDrained();
    });
}

void LoadWriter::finishIfDrained()
{
    if (m_writing || m_done || m_acked + m_failed < m_issued)
        return;
    m_done = true;
    say({ { u"event"_s, u"done"_s }, { u"sent"_s, double(m_acked) },
        { u"failed"_s, double(m_failed) }, { u"issued"_s, double(m_issued) },
        { u"seconds"_s, m_clock.elapsed() / 1000.0 } });
    m_connection->disconnectFromServer();
    Q_EMIT finished(m_failed == 0 ? 0 : 1);
}

void LoadWriter::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(stderr, "bench writer: %s\n", qPrintable(why));
    Q_EMIT finished(1);
}
