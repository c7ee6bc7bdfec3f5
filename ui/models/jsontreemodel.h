#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QJsonObject>
#include <functional>
#include <memory>
#include <vector>

// A tree over a live JSON document. The first snapshot resets the model; every later
// setDocument() applies only the difference with row inserts, removals and dataChanged,
// so views keep their expansion and selection while the document changes.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ValueRole, // QJsonValue as QVariant (containers as QVariantMap/List)
        TypeRole, // "object", "array", "string", "number", "bool", "null"
        PathRole, // JSON Pointer
        ChangedAtRole, // QDateTime of the last change to the node or below it; invalid if never
    };
    Q_ENUM(Role)

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonObject &document);
    QJsonObject document() const { return m_document; }
    void clear();
    bool hasSnapshot() const { return m_hasSnapshot; }

    // For tests and replays: the time recorded as ChangedAt.
    void setClock(std::function<QDateTime()> clock);

    QModelIndex indexForPath(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Scalars are editable in the value column. The model never changes itself: it announces
    // the edit (valueEdited) and the document changes when the write comes back.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Text typed for a scalar, read as the node's type (strings as is; numbers, true/false and
    // null as JSON). Undefined when it does not parse.
    static QJsonValue parseScalar(const QString &text, const QJsonValue &old);
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void valueEdited(const QString &pointer, const QJsonValue &value);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    void buildChildren(Node *node, const QJsonValue &value);
    bool patch(Node *node, const QJsonValue &value, const QDateTime &now);
    bool patchObject(Node *node, const QJsonObject &value, const QDateTime &now);
    bool patchArray(Node *node, const QJsonArray &value, const QDateTime &now);
    void replaceChildren(Node *node, const QJsonValue &value);
    void renumberRows(Node *node, qsizetype from);
    void renumberKeys(Node *node, qsizetype from);
    QString pathOf(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QJsonObject m_document;
    bool m_hasSnapshot = false;
    std::function<QDateTime()> m_clock;
};
