#include "staleeditdialog.h"

#include "jsondiff.h"
#include "jsonmerge.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StaleEditDialog::StaleEditDialog(const QString &documentId, const QJsonObject &base,
    const QJsonObject &mine, const QJsonObject &current, QWidget *parent)
    : QDialog(parent)
    , m_merged(JsonMerge::threeWay(base, mine, current))
    , m_meanwhile(new QPlainTextEdit(this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(u"staleEditDialog"_s);
    setWindowTitle(tr("The document changed"));
    auto *intro = new QLabel(
        tr("%1 changed while you were editing it. Nothing was written.").arg(documentId), this);
    intro->setWordWrap(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *e : { m_meanwhile, m_result }) {
        e->setReadOnly(true);
        e->setFont(fixed);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_meanwhile->setObjectName(u"meanwhile"_s);
    m_meanwhile->setAccessibleName(tr("Changes made meanwhile"));
    m_meanwhile->setPlainText(JsonDiff::toText(JsonDiff::diff(base, current)));
    m_result->setObjectName(u"reapplyResult"_s);
    m_result->setAccessibleName(tr("What re-applying writes"));
    const QString result = JsonDiff::toText(JsonDiff::diff(current, m_merged));
    m_result->setPlainText(
        result.isEmpty() ? tr("(nothing: the document already holds it)") : result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *reapply = buttons->addButton(
        tr("&Re-apply my change on the current revision"), QDialogButtonBox::AcceptRole);
    reapply->setObjectName(u"reapply"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *meanwhileLabel = new QLabel(tr("Changed meanwhile (your base → now):"), this);
    meanwhileLabel->setBuddy(m_meanwhile);
    auto *resultLabel
        = new QLabel(tr("Re-applying your change on the current revision writes:"), this);
    resultLabel->setBuddy(m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(meanwhileLabel);
    layout->addWidget(m_meanwhile, 1);
    layout->addWidget(resultLabel);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

QString StaleEditDialog::meanwhileText() const { return m_meanwhile->toPlainText(); }
QString StaleEditDialog::resultText() const { return m_result->toPlainText(); }
