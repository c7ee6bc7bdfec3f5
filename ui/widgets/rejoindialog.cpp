#include "rejoindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RejoinDialog::RejoinDialog(const QString &profile, const QList<JoinRequest> &remembered,
    const QList<JoinRequest> &open, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"rejoinDialog"_s);
    setWindowTitle(tr("Documents on %1").arg(profile));
    m_list->setObjectName(u"rejoinList"_s);
    m_list->setAccessibleName(tr("Documents to join"));
    QStringList seen;
    const auto add = [this, &seen](const JoinRequest &r, bool checked, const QString &note) {
        if (seen.contains(r.documentId))
            return;
        seen << r.documentId;
        m_offered.append(r);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(r.documentId, note), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Identity: %1").arg(r.identity));
    };
    for (const JoinRequest &r : remembered)
        add(r, true, tr("joined last time on this profile"));
    for (const JoinRequest &r : open)
        add(r, false, tr("open now on the previous profile"));
    auto *intro = new QLabel(m_offered.isEmpty()
            ? tr("No documents to join on %1. Use File → Join document to add one.").arg(profile)
            : tr("Join these documents with profile %1? Documents of another server are "
                 "usually refused there.")
                  .arg(profile),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join selected"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Join &none"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setVisible(!m_offered.isEmpty());
}

QList<JoinRequest> RejoinDialog::chosen() const
{
    QList<JoinRequest> out;
    if (result() != QDialog::Accepted)
        return out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_offered.at(i));
    }
    return out;
}
