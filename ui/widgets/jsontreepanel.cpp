#include "jsontreepanel.h"

#include "documentlistmodel.h"
#include "jsondiff.h"
#include "jsontreemodel.h"
#include "uicolors.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Paints a highlight behind rows that changed recently, fading out over FadeMs.
class HighlightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const QDateTime changed = index.data(JsonTreeModel::ChangedAtRole).toDateTime();
        if (changed.isValid()) {
            const qint64 age = changed.msecsTo(QDateTime::currentDateTimeUtc());
            if (age >= 0 && age < JsonTreePanel::FadeMs) {
                QColor c = option.palette.color(QPalette::Highlight);
                c.setAlphaF(0.45f * float(JsonTreePanel::FadeMs - age) / JsonTreePanel::FadeMs);
                painter->fillRect(option.rect, c);
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        if (editStarted)
            editStarted();
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    std::function<void()> editStarted;
};

} // namespace

JsonTreePanel::JsonTreePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_size(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_error(new QLabel(this))
    , m_problem(new QFrame(this))
    , m_problemText(new QLabel(m_problem))
    , m_retry(new QPushButton(tr("&Retry"), m_problem))
    , m_remove(new QPushButton(tr("Re&move"), m_problem))
    , m_fade(new QTimer(this))
{
    m_title->setObjectName(u"documentTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_size->setObjectName(u"sizeBar"_s);
    m_size->setRange(0, int(DocumentListModel::MaxDocumentBytes));
    m_size->setMinimumWidth(
        m_size->fontMetrics().horizontalAdvance(tr("%1 of 16 KiB").arg(u"16.0 KiB"_s)) + 24);
    m_size->setAccessibleName(tr("Document size"));

    m_tree->setObjectName(u"jsonTree"_s);
    auto *delegate = new HighlightDelegate(m_tree);
    // A value edit is conditional on the document as it was when the editor opened.
    delegate->editStarted = [this] { m_editBase = m_model ? m_model->document() : QJsonObject(); };
    m_tree->setItemDelegate(delegate);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Document tree"));
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *copyValue = new QAction(tr("Copy value"), m_tree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, [this] {
        const QModelIndex i = m_tree->currentIndex();
        if (i.isValid())
            QGuiApplication::clipboard()->setText(JsonDiff::compact(
                QJsonValue::fromVariant(i.siblingAtColumn(0).data(JsonTreeModel::ValueRole))));
    });
    auto *copyPath = new QAction(tr("Copy path"), m_tree);
    connect(copyPath, &QAction::triggered, this, [this] {
        const QModelIndex i = m_tree->currentIndex();
        if (i.isValid())
            QGuiApplication::clipboard()->setText(
                i.siblingAtColumn(0).data(JsonTreeModel::PathRole).toString());
    });
    m_tree->addAction(copyValue);
    m_tree->addAction(copyPath);

    m_raw->setObjectName(u"rawJson"_s);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setReadOnly(true);
    m_raw->setAccessibleName(tr("Raw JSON"));
    m_edit->setObjectName(u"editRaw"_s);
    m_edit->setCheckable(true);
    m_apply->setObjectName(u"applyRaw"_s);
    m_apply->setEnabled(false);
    m_error->setObjectName(u"rawError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(UiColors::errorTextStyle());
    m_error->hide();

    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_raw);
    auto *rawButtons = new QHBoxLayout;
    rawButtons->addWidget(m_error, 1);
    rawButtons->addWidget(m_edit);
    rawButtons->addWidget(m_apply);
    rawLayout->addLayout(rawButtons);

    m_tabs->tabBar()->setAccessibleName(tr("Document views"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(rawPage, tr("Raw JSON"));

    m_problem->setObjectName(u"documentProblem"_s);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problemText->setObjectName(u"documentProblemText"_s);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"retryDocument"_s);
    m_remove->setObjectName(u"removeDocument"_s);
    auto *problemLayout = new QHBoxLayout(m_problem);
    problemLayout->setContentsMargins(6, 4, 6, 4);
    problemLayout->addWidget(m_problemText, 1);
    problemLayout->addWidget(m_retry);
    problemLayout->addWidget(m_remove);
    m_problem->hide();
    connect(m_retry, &QPushButton::clicked, this, &JsonTreePanel::retryRequested);
    connect(m_remove, &QPushButton::clicked, this, &JsonTreePanel::removeRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_size);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs);

    m_fade->setInterval(100);
    connect(m_fade, &QTimer::timeout, this, [this] {
        m_tree->viewport()->update();
        // Stop once the newest change has fully faded (that last repaint clears it).
        if (!m_model || m_lastChange.elapsed() > FadeMs + 100)
            m_fade->stop();
    });
    connect(m_edit, &QPushButton::toggled, this, &JsonTreePanel::setEditing);
    connect(m_apply, &QPushButton::clicked, this, &JsonTreePanel::applyRaw);
    setDocumentInfo(QString(), QString(), 0);
}

void JsonTreePanel::setModel(JsonTreeModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_tree->setModel(model);
    m_edit->setChecked(false);
    if (model) {
        m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
        m_tree->setColumnWidth(JsonTreeModel::KeyColumn, 200);
        m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
        m_tree->header()->setStretchLastSection(false);
        m_tree->setColumnWidth(JsonTreeModel::TypeColumn, 70);
        m_tree->expandToDepth(1);
        connect(model, &QAbstractItemModel::dataChanged, this, &JsonTreePanel::onDataChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &JsonTreePanel::onDataChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &JsonTreePanel::onDataChanged);
        connect(model, &JsonTreeModel::valueEdited, this,
            [this](const QString &pointer, const QJsonValue &value) {
                Q_EMIT valueEditRequested(m_editBase, pointer, value);
            });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_tree->expandToDepth(1);
            onDataChanged();
        });
    }
    refreshRaw();
}

void JsonTreePanel::onDataChanged()
{
    m_lastChange.start();
    if (!m_fade->isActive())
        m_fade->start();
    refreshRaw();
}

void JsonTreePanel::setDocumentInfo(
    const QString &documentId, const QString &revision, qint64 sizeBytes)
{
    m_title->setText(documentId.isEmpty() ? tr("No document selected")
                                          : tr("%1 — revision %2").arg(documentId, revision));
    m_size->setValue(int(std::min<qint64>(sizeBytes, DocumentListModel::MaxDocumentBytes)));
    m_size->setFormat(tr("%1 of 16 KiB").arg(QLocale().formattedDataSize(sizeBytes)));
}

void JsonTreePanel::refreshRaw()
{
    if (m_editing)
        return; // never overwrite what the user is typing
    m_raw->setPlainText(
        m_model ? QString::fromUtf8(QJsonDocument(m_model->document()).toJson()) : QString());
}

void JsonTreePanel::setEditing(bool editing)
{
    m_editing = editing;
    m_raw->setReadOnly(!editing);
    m_apply->setEnabled(editing);
    m_error->hide();
    if (editing) {
        m_base = m_model ? m_model->document() : QJsonObject();
        m_tabs->setCurrentIndex(1);
    } else
        refreshRaw();
}

void JsonTreePanel::setProblem(const QString &text, bool failed)
{
    m_problemText->setText(text);
    m_problemText->setStyleSheet(failed ? UiColors::errorTextStyle() : QString());
    m_retry->setVisible(failed);
    m_remove->setVisible(failed);
    m_problem->setVisible(!text.isEmpty());
    // Old data is shown greyed so nobody takes it for live.
    QPalette p = m_tree->palette();
    p.setColor(QPalette::Text,
        text.isEmpty() ? palette().color(QPalette::Text)
                       : palette().color(QPalette::Disabled, QPalette::Text));
    m_tree->setPalette(p);
    m_raw->setPalette(p);
}

QString JsonTreePanel::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problemText->text();
}

QString JsonTreePanel::inlineError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void JsonTreePanel::applyRaw()
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw->toPlainText().toUtf8(), &err);
    QString problem;
    if (err.error != QJsonParseError::NoError)
        problem = tr("Invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString());
    else if (!doc.isObject())
        problem = tr("The document must be a JSON object.");
    else if (DocumentListModel::sizeOf(doc.object()) > DocumentListModel::MaxDocumentBytes)
        problem = tr("The document is %1 bytes; the limit is 16 KiB (16384 bytes).")
                      .arg(DocumentListModel::sizeOf(doc.object()));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    const QJsonObject base = m_base;
    m_edit->setChecked(false);
    Q_EMIT replaceRequested(base, doc.object());
}
