#include "consolecontroller.h"

#include "actionqueuemodel.h"
#include "consolebackend.h"
#include "jsondiff.h"
#include "jsonmerge.h"
#include "jsontreemodel.h"

#include <QJsonArray>
#include <QSettings>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
// The fields that carry the answer, without the bookkeeping ones.
QString summarize(const QJsonObject &response)
{
    QStringList parts;
    for (auto it = response.begin(); it != response.end(); ++it) {
        static const QStringList skip { u"action"_s, u"executor"_s, u"id"_s, u"createdBy"_s,
            u"createdAt"_s, u"requestId"_s };
        if (!skip.contains(it.key()))
            parts << it.key() + u": "_s + JsonDiff::compact(it.value());
    }
    return parts.join(u", "_s);
}
} // namespace

struct ConsoleController::Doc
{
    JsonTreeModel tree;
    ActionQueueModel queue;
    QJsonObject last;
    JoinRequest request;
};

ConsoleController::ConsoleController(ConsoleBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tick(new QTimer(this))
{
    connectBackend();
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_documents.tick();
        for (const auto &d : std::as_const(m_docs))
            d->queue.tick();
    });
    m_tick->start();
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::connectBackend()
{
    connect(m_backend, &ConsoleBackend::stateChanged, this, &ConsoleController::onState);
    connect(m_backend, &ConsoleBackend::documentUpdated, this, &ConsoleController::onUpdate);
    connect(m_backend, &ConsoleBackend::sendWaiting, this,
        [this](const QString &doc, const QString &sendId) {
            const auto d = m_docs.value(doc);
            if (!d)
                return;
            d->queue.setOutgoingOffline(sendId);
            m_events.log(u"send"_s, doc, tr("Waiting offline in the outbox"));
            Q_EMIT deliveryMessage(doc, sendId,
                tr("Waiting offline in the outbox; it is written when the connection is back."));
        });
    connect(m_backend, &ConsoleBackend::actionsSent, this,
        [this](const QString &doc, const QString &sendId, const QJsonArray &stored) {
            if (const auto d = m_docs.value(doc))
                d->queue.written(sendId, stored);
            for (const QJsonValue &v : stored) {
                const QJsonObject a = m_mask.action(v.toObject());
                m_events.log(u"action"_s, doc,
                    tr("%1.%2 written")
                        .arg(a.value(u"executor"_s).toString(), a.value(u"action"_s).toString()),
                    a);
            }
            Q_EMIT actionsWritten(doc, stored);
            Q_EMIT deliveryMessage(doc, sendId,
                tr("Written: %n action(s) in the document, waiting to be taken.", nullptr,
                    int(stored.size())));
        });
    connect(m_backend, &ConsoleBackend::sendRefused, this,
        [this](const QString &doc, const QString &sendId, const QString &message) {
            if (const auto d = m_docs.value(doc))
                d->queue.setRefused(sendId, message);
            m_events.log(u"error"_s, doc, tr("send failed: %1").arg(message));
            Q_EMIT deliveryMessage(doc, sendId, tr("Refused, nothing written: %1").arg(message));
            Q_EMIT userMessage(tr("%1: send failed: %2").arg(doc, message));
            Q_EMIT operationFailed(doc, message);
        });
    connect(m_backend, &ConsoleBackend::withdrawFinished, this,
        [this](const QString &doc, const QString &executor, const QString &id, bool removed,
            const QString &error) {
            const auto d = m_docs.value(doc);
            if (!d)
                return;
            QString text;
            if (!error.isEmpty()) {
                d->queue.cancelWithdraw(executor, id);
                text = tr("Could not withdraw %1: %2").arg(id.left(8), error);
            } else {
                d->queue.finishWithdraw(executor, id, removed);
                text = removed
                    ? tr("Withdrew %1 from %2's queue").arg(id.left(8), executor)
                    : tr("Not withdrawn: %1 had already taken %2").arg(executor, id.left(8));
            }
            m_events.log(removed ? u"send"_s : u"error"_s, doc, text);
            Q_EMIT userMessage(text);
        });
    connect(m_backend, &ConsoleBackend::actionTaken, this,
        [this](const QString &doc, const QString &executor, const QJsonObject &action) {
            if (const auto d = m_docs.value(doc))
                d->queue.markConsumed(executor, action);
        });
    connect(m_backend, &ConsoleBackend::replaced, this, [this](const QString &doc) {
        m_valueEdits.remove(doc);
        m_events.log(u"send"_s, doc, tr("Document written"));
        Q_EMIT userMessage(tr("Written."));
    });
    connect(m_backend, &ConsoleBackend::replaceConflict, this,
        [this](const QString &doc, const QJsonObject &base, const QJsonObject &mine,
            const QJsonObject &current) {
            const auto edit = m_valueEdits.constFind(doc);
            if (edit != m_valueEdits.cend() && edit->data == mine
                && JsonMerge::valueAt(base, edit->pointer)
                    == JsonMerge::valueAt(current, edit->pointer)) {
                const ValueEdit again = m_valueEdits.take(doc);
                m_events.log(u"send"_s, doc,
                    tr("The document changed meanwhile elsewhere; writing %1 on the current "
                       "revision")
                        .arg(again.pointer));
                setValue(doc, current, again.pointer, again.value);
                return;
            }
            m_valueEdits.remove(doc);
            m_events.log(
                u"error"_s, doc, tr("Not written: the document changed since it was shown"));
            Q_EMIT staleWrite(doc, base, mine, current);
        });
    connect(m_backend, &ConsoleBackend::failed, this,
        [this](const QString &doc, const QString &operation, const QString &message) {
            m_events.log(u"error"_s, doc, tr("%1 failed: %2").arg(operation, message));
            Q_EMIT userMessage(tr("%1: %2 failed: %3").arg(doc, operation, message));
            Q_EMIT operationFailed(doc, message);
        });
}

QList<JoinRequest> ConsoleController::joinedRequests() const
{
    QList<JoinRequest> out;
    const QStringList ids = m_documents.documents();
    for (const QString &id : ids) {
        if (const auto d = m_docs.value(id))
            out.append(d->request);
    }
    return out;
}

void ConsoleController::switchBackend(
    ConsoleBackend *backend, const QString &profileName, const QList<JoinRequest> &rejoin)
{
    if (!backend || backend == m_backend)
        return;
    const QStringList ids = m_documents.documents();
    for (const QString &id : ids)
        leave(id);
    disconnect(m_backend, nullptr, this, nullptr);
    m_backend = backend;
    connectBackend();
    m_events.log(u"state"_s, QString(), tr("Connected with profile %1").arg(profileName));
    Q_EMIT userMessage(tr("Switched to profile %1").arg(profileName));
    for (const JoinRequest &r : std::as_const(rejoin))
        join(r);
}

bool ConsoleController::openHistory(const QString &path, QString *error)
{
    return m_history.open(path, error);
}

JsonTreeModel *ConsoleController::tree(const QString &documentId) const
{
    const auto d = m_docs.value(documentId);
    return d ? &d->tree : nullptr;
}

ActionQueueModel *ConsoleController::queue(const QString &documentId) const
{
    const auto d = m_docs.value(documentId);
    return d ? &d->queue : nullptr;
}

void ConsoleController::join(const JoinRequest &request)
{
    const JoinRequest r = JoinRules::validate(request);
    if (!r.isValid()) {
        Q_EMIT userMessage(r.error);
        return;
    }
    if (m_docs.contains(r.documentId)) {
        Q_EMIT userMessage(tr("%1 is already joined.").arg(r.documentId));
        return;
    }
    auto doc = std::make_shared<Doc>();
    doc->request = r;
    const QString id = r.documentId;
    connect(&doc->queue, &ActionQueueModel::actionConsumed, this,
        [this, id](const QString &executor, const QJsonObject &action) {
            m_events.log(u"consumed"_s, id,
                tr("%1.%2 consumed").arg(executor, action.value(u"action"_s).toString()),
                m_mask.action(action));
        });
    connect(&doc->queue, &ActionQueueModel::responseMatched, this,
        [this, id](const QString &requestId, const QJsonObject &response) {
            m_events.log(u"response"_s, id,
                tr("Response to %1: %2").arg(requestId.left(8), summarize(response)), response);
        });
    connect(&doc->queue, &ActionQueueModel::alarmRaised, this,
        [this, id](const QString &executor, const QString &actionId, qint64 ageMs) {
            m_events.log(u"alarm"_s, id,
                tr("%1 action %2 waiting for %3 s").arg(executor, actionId).arg(ageMs / 1000));
        });
    doc->queue.setSecretMask(m_mask);
    m_docs.insert(id, doc);
    m_documents.addDocument(id, r.identity);
    m_events.log(u"state"_s, id, tr("Joining as %1").arg(r.identity));
    Q_EMIT documentJoined(id);
    m_backend->join(r);
}

namespace {

QString confirmKey(const QString &profileId)
{
    return u"confirm/%1/skip"_s.arg(profileId.isEmpty() ? u"demo"_s : profileId);
}

} // namespace

bool ConsoleController::confirmationSkipped() const
{
    return QSettings().value(confirmKey(m_profileId)).toBool();
}

void ConsoleController::skipConfirmation() { QSettings().setValue(confirmKey(m_profileId), true); }

void ConsoleController::leave(const QString &id)
{
    // A copy: callers pass views' "current document", which the row removal below changes.
    const QString documentId = id;
    if (!m_docs.contains(documentId))
        return;
    m_backend->leave(documentId);
    m_documents.removeDocument(documentId);
    m_events.log(u"state"_s, documentId, tr("Left"));
    Q_EMIT documentLeft(documentId);
    m_docs.remove(documentId); // after the signal, so views can drop their models first
}

QString ConsoleController::send(const QString &documentId, const QJsonArray &batch)
{
    const auto d = m_docs.value(documentId);
    if (!d) {
        Q_EMIT userMessage(tr("%1 is not joined; nothing was sent.").arg(documentId));
        return {};
    }
    if (batch.isEmpty())
        return {};
    const QString sendId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_events.log(u"send"_s, documentId, tr("Sending %n action(s)", nullptr, int(batch.size())),
        QJsonObject { { u"batch"_s, m_mask.batch(batch) } });
    d->queue.addOutgoing(sendId, batch, false);
    m_backend->sendActions(documentId, sendId, batch);
    return sendId;
}

void ConsoleController::withdraw(
    const QString &documentId, const QString &executor, const QString &id)
{
    const auto d = m_docs.value(documentId);
    if (!d || !d->queue.beginWithdraw(executor, id))
        return;
    m_events.log(
        u"send"_s, documentId, tr("Withdrawing %1 from %2's queue").arg(id.left(8), executor));
    m_backend->withdrawAction(documentId, executor, id);
}

void ConsoleController::retry(const QString &documentId)
{
    const auto d = m_docs.value(documentId);
    if (!d)
        return;
    m_backend->leave(documentId);
    m_events.log(u"state"_s, documentId, tr("Joining again as %1").arg(d->request.identity));
    m_backend->join(d->request);
}

void ConsoleController::setValue(const QString &documentId, const QJsonObject &base,
    const QString &pointer, const QJsonValue &value)
{
    bool ok = false;
    const QJsonObject data = JsonMerge::setAt(base, pointer, value, &ok);
    if (!ok || !m_docs.contains(documentId))
        return;
    m_valueEdits.insert(documentId, ValueEdit { pointer, value, data });
    replace(documentId, base, data);
}

void ConsoleController::replace(
    const QString &documentId, const QJsonObject &base, const QJsonObject &data)
{
    if (!m_docs.contains(documentId))
        return;
    if (DocumentListModel::sizeOf(data) > DocumentListModel::MaxDocumentBytes) {
        Q_EMIT userMessage(tr("The document is over 16 KiB; nothing was sent."));
        return;
    }
    m_events.log(u"send"_s, documentId, tr("Replacing the document"), m_mask.document(data));
    m_backend->replaceDocument(documentId, base, data);
}

void ConsoleController::onState(
    const QString &documentId, DocumentListModel::State state, int retryInMs, const QString &detail)
{
    if (!m_docs.contains(documentId))
        return;
    m_documents.setState(documentId, state, retryInMs, detail);
    QString text = DocumentListModel::stateText(state);
    if (state == DocumentListModel::State::Reconnecting && retryInMs >= 0)
        text = tr("Reconnecting in %1 ms").arg(retryInMs);
    if (!detail.isEmpty())
        text = tr("%1: %2").arg(text, detail);
    Q_EMIT documentStateChanged(documentId, state, text);
    m_events.log(
        state == DocumentListModel::State::Denied || state == DocumentListModel::State::Failed
            ? u"error"_s
            : u"state"_s,
        documentId, text);
}

void ConsoleController::onUpdate(
    const QString &documentId, const QJsonObject &data, const QString &revision)
{
    const auto doc = m_docs.value(documentId);
    if (!doc)
        return;
    // The log and the history keep secrets masked; the tree shows the document as it is.
    const QJsonObject masked = m_mask.document(data);
    const QList<JsonDiff::Change> changes = JsonDiff::diff(doc->last, masked);
    doc->last = masked;
    doc->tree.setDocument(data);
    doc->queue.updateFromDocument(data);
    m_documents.setContent(documentId, data, revision);
    m_history.record(documentId, revision, masked);
    // The log keeps what changed, not the whole document: the history has every revision.
    QJsonArray list;
    for (const JsonDiff::Change &c : changes) {
        if (list.size() == 100)
            break;
        QJsonObject entry { { u"path"_s, c.path } };
        entry.insert(u"op"_s,
            c.kind == JsonDiff::Change::Kind::Added         ? u"add"_s
                : c.kind == JsonDiff::Change::Kind::Removed ? u"remove"_s
                                                            : u"replace"_s);
        if (!c.after.isUndefined())
            entry.insert(u"value"_s, c.after);
        list.append(entry);
    }
    QJsonObject json { { u"revision"_s, revision }, { u"changes"_s, list } };
    if (changes.size() > list.size())
        json.insert(u"truncated"_s, int(changes.size() - list.size()));
    m_events.log(u"update"_s, documentId,
        tr("Revision %1, %n change(s)", nullptr, int(changes.size())).arg(revision), json);
    Q_EMIT documentUpdated(documentId, data);
}
