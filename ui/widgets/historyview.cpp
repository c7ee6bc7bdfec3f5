#include "historyview.h"

#include "revisionhistory.h"
#include "uicolors.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HistoryView::HistoryView(RevisionHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new RevisionListModel(history, this))
    , m_table(new QTableView(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_diff(new QTextEdit(this))
{
    m_table->setObjectName(u"revisionTable"_s);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Revisions"));
    m_from->setObjectName(u"diffFrom"_s);
    m_from->setAccessibleName(tr("Diff from revision"));
    m_to->setObjectName(u"diffTo"_s);
    m_to->setAccessibleName(tr("Diff to revision"));
    m_diff->setObjectName(u"diffText"_s);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Differences"));

    auto *right = new QWidget(this);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("From:"), this));
    pick->addWidget(m_from, 1);
    pick->addWidget(new QLabel(tr("To:"), this));
    pick->addWidget(m_to, 1);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(pick);
    rightLayout->addWidget(m_diff);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({ 420, 900 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::refreshCombos);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::refreshCombos);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HistoryView::onPick);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HistoryView::onPick);
    // Selecting a row compares it with the revision before it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const QSignalBlocker a(m_from);
            const QSignalBlocker b(m_to);
            m_to->setCurrentIndex(current.row());
            m_from->setCurrentIndex(std::max(0, current.row() - 1));
            onPick();
        });
}

void HistoryView::setDocument(const QString &documentId) { m_model->setDocument(documentId); }

void HistoryView::refreshCombos()
{
    // Keep following the newest revision unless the user picked an older one.
    const bool followTo = m_to->currentIndex() < 0 || m_to->currentIndex() == m_to->count() - 1;
    const int from = m_from->currentIndex();
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->clear();
        m_to->clear();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString label = tr("%1 (%2)").arg(m_model->revisionAt(r),
                m_model->index(r, RevisionListModel::SeenColumn).data().toString());
            m_from->addItem(label, m_model->revisionAt(r));
            m_to->addItem(label, m_model->revisionAt(r));
        }
        const int last = m_model->rowCount() - 1;
        m_to->setCurrentIndex(followTo ? last : std::min(last, m_to->currentIndex()));
        // Following the newest: compare it with the one before; otherwise keep the user's pick.
        m_from->setCurrentIndex(followTo || from < 0 || from > last ? std::max(0, last - 1) : from);
    }
    onPick();
}

void HistoryView::onPick()
{
    showDiff(m_from->currentData().toString(), m_to->currentData().toString());
}

int HistoryView::showDiff(const QString &from, const QString &to)
{
    m_diff->clear();
    // Notes are plain: a colour left over from the last diff would read as an error.
    m_diff->setCurrentCharFormat(QTextCharFormat());
    if (from.isEmpty() || to.isEmpty()) {
        m_diff->setPlainText(tr("No revisions yet."));
        return 0;
    }
    if (from == to && m_model->rowCount() <= 1) {
        m_diff->setPlainText(
            tr("Only one revision so far. Differences appear here once the document changes."));
        return 0;
    }
    const QList<JsonDiff::Change> changes = m_history->diff(m_model->document(), from, to);
    if (changes.isEmpty()) {
        m_diff->setPlainText(
            from == to ? tr("Pick two different revisions to compare.") : tr("No differences."));
        return 0;
    }
    QTextCursor cursor(m_diff->document());
    for (const JsonDiff::Change &c : changes) {
        QTextCharFormat format;
        switch (c.kind) {
        case JsonDiff::Change::Kind::Added:
            format.setForeground(UiColors::added());
            break;
        case JsonDiff::Change::Kind::Removed:
            format.setForeground(UiColors::error());
            break;
        case JsonDiff::Change::Kind::Changed:
            format.setForeground(UiColors::changed());
            break;
        }
        cursor.insertText(JsonDiff::toText({ c }) + u'\n', format);
    }
    return int(changes.size());
}

QString HistoryView::diffText() const { return m_diff->toPlainText(); }
