#include "chaosconsumer.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace ChaosAgent;
using namespace SpSync;
using namespace Qt::StringLiterals;

ChaosConsumer::ChaosConsumer(const Options &options, SyncClient *client)
    : m_options(options)
{
    connect(client, &SyncClient::extensionActionsAdded, this, [this](const QJsonObject &a) {
        printLine({ { u"event"_s, u"consumed"_s }, { u"consumer"_s, m_options.writer },
            { u"writer"_s, a.value(u"writer") }, { u"n"_s, a.value(u"n") },
            { u"id"_s, a.value(u"id") } });
    });
    connect(client, &SyncClient::errorOccurred, this, [this](const SyncError &e) {
        // The client names the ids of a claim whose outcome it cannot know.
        if (e.message.contains(u"got no reply"_s)) {
            static const QRegularExpression uuid(
                u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
            QJsonArray ids;
            for (auto it = uuid.globalMatch(e.message); it.hasNext();)
                ids.append(it.next().captured());
            printLine({ { u"event"_s, u"uncertain"_s }, { u"consumer"_s, m_options.writer },
                { u"ids"_s, ids } });
            return;
        }
        printLine({ { u"event"_s, u"error"_s }, { u"consumer"_s, m_options.writer },
            { u"error"_s, e.toString() } });
    });
}
