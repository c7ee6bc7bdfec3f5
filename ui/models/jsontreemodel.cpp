#include "jsontreemodel.h"

#include "jsondiff.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

struct JsonTreeModel::Node
{
    QString key;
    QJsonValue value;
    Node *parent = nullptr;
    int row = 0;
    QDateTime changedAt;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    default:
        return u"null"_s;
    }
}

bool isContainer(const QJsonValue &v) { return v.isObject() || v.isArray(); }

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_root->value = QJsonObject();
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = QJsonObject();
    m_document = QJsonObject();
    m_hasSnapshot = false;
    endResetModel();
}

void JsonTreeModel::setDocument(const QJsonObject &document)
{
    if (!m_hasSnapshot) {
        beginResetModel();
        m_root = std::make_unique<Node>();
        m_root->value = document;
        buildChildren(m_root.get(), document);
        m_document = document;
        m_hasSnapshot = true;
        endResetModel();
        return;
    }
    m_document = document;
    patch(m_root.get(), document, m_clock());
}

void JsonTreeModel::buildChildren(Node *node, const QJsonValue &value)
{
    node->children.clear();
    auto add = [node, this](const QString &key, const QJsonValue &v) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = v;
        child->parent = node;
        child->row = int(node->children.size());
        buildChildren(child.get(), v);
        node->children.push_back(std::move(child));
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QString::number(i), a.at(i));
    }
}

bool JsonTreeModel::patch(Node *node, const QJsonValue &value, const QDateTime &now)
{
    if (node->value == value)
        return false;
    if (node->value.isObject() && value.isObject()) {
        patchObject(node, value.toObject(), now);
    } else if (node->value.isArray() && value.isArray()) {
        patchArray(node, value.toArray(), now);
    } else if (isContainer(node->value) || isContainer(value)) {
        replaceChildren(node, value);
    }
    node->value = value;
    node->changedAt = now;
    if (node != m_root.get())
        Q_EMIT dataChanged(indexFor(node, KeyColumn), indexFor(node, TypeColumn));
    return true;
}

void JsonTreeModel::replaceChildren(Node *node, const QJsonValue &value)
{
    const QModelIndex parentIndex = indexFor(node);
    if (!node->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    Node scratch;
    buildChildren(&scratch, value);
    if (!scratch.children.empty()) {
        beginInsertRows(parentIndex, 0, int(scratch.children.size()) - 1);
        node->children = std::move(scratch.children);
        for (auto &c : node->children)
            c->parent = node;
        endInsertRows();
    }
}

bool JsonTreeModel::patchObject(Node *node, const QJsonObject &value, const QDateTime &now)
{
    const QModelIndex parentIndex = indexFor(node);
    bool changed = false;
    // Removals first, from the end so row numbers stay valid.
    for (int i = int(node->children.size()) - 1; i >= 0; --i) {
        if (!value.contains(node->children[size_t(i)]->key)) {
            beginRemoveRows(parentIndex, i, i);
            node->children.erase(node->children.begin() + i);
            renumberRows(node, i);
            endRemoveRows();
            changed = true;
        }
    }
    // QJsonObject iterates in key order, and the children are kept in the same order.
    int row = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++row) {
        if (size_t(row) < node->children.size() && node->children[size_t(row)]->key == it.key()) {
            changed |= patch(node->children[size_t(row)].get(), it.value(), now);
            continue;
        }
        auto child = std::make_unique<Node>();
        child->key = it.key();
        child->value = it.value();
        child->parent = node;
        child->changedAt = now;
        buildChildren(child.get(), it.value());
        beginInsertRows(parentIndex, row, row);
        node->children.insert(node->children.begin() + row, std::move(child));
        renumberRows(node, row);
        endInsertRows();
        changed = true;
    }
    return changed;
}

bool JsonTreeModel::patchArray(Node *node, const QJsonArray &value, const QDateTime &now)
{
    const QModelIndex parentIndex = indexFor(node);
    const QJsonArray old = node->value.toArray();
    const JsonDiff::ArraySplice s = JsonDiff::arraySplice(old, value);
    const qsizetype oldMid = s.oldEnd - s.prefix;
    const qsizetype newMid = s.newEnd - s.prefix;
    const qsizetype paired = std::min(oldMid, newMid);
    bool changed = false;
    for (qsizetype i = s.prefix; i < s.prefix + paired; ++i)
        changed |= patch(node->children[size_t(i)].get(), value.at(i), now);
    const int at = int(s.prefix + paired);
    if (oldMid > paired) {
        const int last = int(s.oldEnd) - 1;
        beginRemoveRows(parentIndex, at, last);
        node->children.erase(node->children.begin() + at, node->children.begin() + last + 1);
        renumberRows(node, at);
        endRemoveRows();
        renumberKeys(node, at);
        changed = true;
    } else if (newMid > paired) {
        const int last = int(s.newEnd) - 1;
        std::vector<std::unique_ptr<Node>> added;
        for (int i = at; i <= last; ++i) {
            auto child = std::make_unique<Node>();
            child->value = value.at(i);
            child->parent = node;
            child->changedAt = now;
            buildChildren(child.get(), child->value);
            added.push_back(std::move(child));
        }
        beginInsertRows(parentIndex, at, last);
        node->children.insert(node->children.begin() + at, std::make_move_iterator(added.begin()),
            std::make_move_iterator(added.end()));
        for (int i = at; i <= last; ++i)
            node->children[size_t(i)]->key = QString::number(i);
        renumberRows(node, at);
        endInsertRows();
        renumberKeys(node, last + 1);
        changed = true;
    }
    return changed;
}

// Row numbers must be right before endRemoveRows/endInsertRows; array keys are positions, so
// shifted ones are announced afterwards with dataChanged.
void JsonTreeModel::renumberRows(Node *node, qsizetype from)
{
    for (size_t i = size_t(from); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
}

void JsonTreeModel::renumberKeys(Node *node, qsizetype from)
{
    if (!node->value.isArray())
        return;
    for (size_t i = size_t(from); i < node->children.size(); ++i) {
        Node *c = node->children[i].get();
        if (c->key != QString::number(i)) {
            c->key = QString::number(i);
            Q_EMIT dataChanged(indexFor(c, KeyColumn), indexFor(c, KeyColumn));
        }
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QString JsonTreeModel::pathOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return QString();
    return JsonDiff::appendPointer(pathOf(node->parent), node->key);
}

QModelIndex JsonTreeModel::indexForPath(const QString &pointer) const
{
    const Node *node = m_root.get();
    const QStringList tokens = pointer.split(u'/');
    for (qsizetype t = 1; t < tokens.size(); ++t) {
        QString token = tokens.at(t);
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        const Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->key == token) {
                next = c.get();
                break;
            }
        }
        if (!next)
            return {};
        node = next;
    }
    return indexFor(node);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeFor(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return role == Qt::ToolTipRole ? pathOf(n) : n->key;
        if (index.column() == TypeColumn)
            return typeName(n->value);
        if (n->value.isObject())
            return tr("{%n key(s)}", nullptr, int(n->value.toObject().size()));
        if (n->value.isArray())
            return tr("[%n item(s)]", nullptr, int(n->value.toArray().size()));
        if (n->value.isString())
            return n->value.toString();
        return JsonDiff::compact(n->value);
    case Qt::EditRole:
        if (index.column() != ValueColumn || n->value.isObject() || n->value.isArray())
            return {};
        return n->value.isString() ? n->value.toString() : JsonDiff::compact(n->value);
    case KeyRole:
        return n->key;
    case ValueRole:
        return n->value.toVariant();
    case TypeRole:
        return typeName(n->value);
    case PathRole:
        return pathOf(n);
    case ChangedAtRole:
        return n->changedAt;
    default:
        return {};
    }
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn) {
        const Node *n = nodeFor(index);
        if (!n->value.isObject() && !n->value.isArray())
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QJsonValue JsonTreeModel::parseScalar(const QString &text, const QJsonValue &old)
{
    if (old.isString())
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(u'[' + text.toUtf8() + u']');
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.size() != 1 || a.at(0).isObject() || a.at(0).isArray())
        return QJsonValue(QJsonValue::Undefined);
    return a.at(0);
}

bool JsonTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Node *n = nodeFor(index);
    const QJsonValue v = parseScalar(value.toString(), n->value);
    if (v.isUndefined() || v == n->value)
        return false;
    Q_EMIT valueEdited(pathOf(n), v);
    return false; // the document changes when the write is seen
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QHash<int, QByteArray> JsonTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ValueRole, "value");
    names.insert(TypeRole, "type");
    names.insert(PathRole, "path");
    names.insert(ChangedAtRole, "changedAt");
    return names;
}
