#include "agentcommon.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace ChaosAgent {

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

SpSync::SyncClientConfig clientConfig(const Options &options)
{
    SpSync::SyncClientConfig c;
    c.documentId = options.document;
    c.identity = options.identity;
    c.twilioToken = qEnvironmentVariable("SP_CHAOS_TOKEN");
    c.twilsockUrl = QUrl(options.twilsock);
    c.cdsUrl = QUrl(options.cds);
    c.outboxPath = options.outbox;
    c.initialData = QJsonObject { { u"reliableConnection"_s, true },
        { u"extensionActions"_s, QJsonArray() } };
    c.connectTimeoutMs = 20000;
    c.timeouts.backoffMinMs = 200;
    c.timeouts.backoffMaxMs = 2000;
    c.timeouts.requestMs = 10000;
    return c;
}

} // namespace ChaosAgent
