#include "jspeer.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

JsPeer::JsPeer(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &JsPeer::readLines);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr.append(m_process.readAllStandardError());
        if (m_stderr.size() > 8000)
            m_stderr = m_stderr.right(8000);
    });
}

JsPeer::~JsPeer() { stop(); }

bool JsPeer::start(const QString &script, QString *error, int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        *error = u"node is not on PATH"_s;
        return false;
    }
    const QString path = QDir(qEnvironmentVariable("SP_SOURCE_DIR")).filePath(script);
    m_process.start(node, { path });
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = u"node did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    if (!QTest::qWaitFor(
            [this] { return m_ready || m_process.state() == QProcess::NotRunning; }, timeoutMs)
        || !m_ready) {
        *error = u"%1 printed no ready line; stderr: %2"_s.arg(path, stderrTail());
        return false;
    }
    return true;
}

int JsPeer::send(QJsonObject command)
{
    const int id = m_nextId++;
    command.insert(u"id"_s, id);
    m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    return id;
}

QJsonObject JsPeer::waitReply(int id, int timeoutMs)
{
    const auto done
        = [&] { return m_replies.contains(id) || m_process.state() == QProcess::NotRunning; };
    if (!QTest::qWaitFor(done, timeoutMs) || !m_replies.contains(id)) {
        const QString why = m_process.state() == QProcess::NotRunning
            ? u"the JS peer exited"_s
            : u"no reply from the JS peer within %1 ms"_s.arg(timeoutMs);
        return { { u"ok"_s, false }, { u"error"_s, why + u"; stderr: "_s + stderrTail() } };
    }
    return m_replies.take(id);
}

QString JsPeer::stderrTail() const { return QString::fromUtf8(m_stderr.right(1500)); }

void JsPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(8000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void JsPeer::readLines()
{
    m_buffer.append(m_process.readAllStandardOutput());
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        const QJsonObject msg = QJsonDocument::fromJson(line).object();
        const QString event = msg.value(u"event").toString();
        if (event == u"ready") {
            m_ready = true;
        } else if (event == u"updated") {
            const QString doc = msg.value(u"doc").toString();
            const QJsonObject data = msg.value(u"data").toObject();
            m_lastData.insert(doc, data);
            m_updates[doc] += 1;
            Q_EMIT updated(doc, data);
        } else if (msg.contains(u"id")) {
            m_replies.insert(msg.value(u"id").toInt(), msg);
        }
    }
}
