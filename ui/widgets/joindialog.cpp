#include "joindialog.h"

#include "uicolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
    , m_role(new QComboBox(this))
    , m_session(new QLineEdit(this))
    , m_proctor(new QLineEdit(this))
    , m_room(new QLineEdit(this))
    , m_sessionLabel(new QLabel(tr("&Session SID:"), this))
    , m_proctorLabel(new QLabel(tr("&Proctor SID:"), this))
    , m_roomLabel(new QLabel(tr("R&oom SID:"), this))
    , m_document(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join a document"));
    m_role->setObjectName(u"role"_s);
    m_role->addItem(tr("Proctor: exam session"), int(JoinRequest::Role::ProctorSession));
    m_role->addItem(tr("Proctor: proctor room"), int(JoinRequest::Role::ProctorRoom));
    m_role->addItem(tr("Student: own session (QA)"), int(JoinRequest::Role::Student));

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const struct
    {
        QLineEdit *edit;
        QLabel *label;
        const char *name;
        QString placeholder;
    } edits[] = {
        { m_session, m_sessionLabel, "sessionSid", tr("ES followed by 32 letters or digits") },
        { m_proctor, m_proctorLabel, "proctorSid", tr("PU followed by 32 letters or digits") },
        { m_room, m_roomLabel, "roomSid", tr("PR followed by 32 letters or digits") },
    };
    for (const auto &e : edits) {
        e.edit->setObjectName(QLatin1String(e.name));
        e.edit->setPlaceholderText(e.placeholder);
        e.edit->setFont(mono);
        e.edit->setMinimumWidth(e.edit->fontMetrics().horizontalAdvance(QString(36, u'M')));
        e.label->setBuddy(e.edit);
        connect(e.edit, &QLineEdit::textChanged, this, &JoinDialog::revalidate);
    }
    for (QLabel *l : { m_document, m_identity }) {
        l->setFont(mono);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_document->setObjectName(u"documentId"_s);
    m_identity->setObjectName(u"identity"_s);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(UiColors::errorTextStyle());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(m_sessionLabel, m_session);
    form->addRow(m_proctorLabel, m_proctor);
    form->addRow(m_roomLabel, m_room);
    form->addRow(tr("Document:"), m_document);
    form->addRow(tr("Identity:"), m_identity);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &JoinDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_request.isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void JoinDialog::setRequest(const JoinRequest &request)
{
    m_role->setCurrentIndex(m_role->findData(int(request.role)));
    m_session->setText(request.sessionSid);
    m_proctor->setText(request.proctorSid);
    m_room->setText(request.roomSid);
    revalidate();
}

void JoinDialog::revalidate()
{
    JoinRequest r;
    r.role = JoinRequest::Role(m_role->currentData().toInt());
    r.sessionSid = m_session->text();
    r.proctorSid = m_proctor->text();
    r.roomSid = m_room->text();
    m_request = JoinRules::validate(r);

    const bool room = r.role == JoinRequest::Role::ProctorRoom;
    const bool student = r.role == JoinRequest::Role::Student;
    m_session->setVisible(!room);
    m_sessionLabel->setVisible(!room);
    m_proctor->setVisible(!student);
    m_proctorLabel->setVisible(!student);
    m_room->setVisible(room);
    m_roomLabel->setVisible(room);

    // Mark only the field at fault, and only once something was typed in it.
    const QString bad = u"QLineEdit { %1 }"_s.arg(UiColors::errorBorderStyle());
    m_session->setStyleSheet(
        m_request.errorField == JoinRequest::Field::Session && !m_session->text().isEmpty()
            ? bad
            : QString());
    m_proctor->setStyleSheet(
        m_request.errorField == JoinRequest::Field::Proctor && !m_proctor->text().isEmpty()
            ? bad
            : QString());
    m_room->setStyleSheet(
        m_request.errorField == JoinRequest::Field::Room && !m_room->text().isEmpty() ? bad
                                                                                      : QString());

    const QString pending = tr("(enter the SIDs)");
    m_document->setText(m_request.isValid() ? m_request.documentId : pending);
    m_identity->setText(m_request.isValid() ? m_request.identity : pending);
    m_error->setText(m_request.error);
    m_error->setVisible(!m_request.error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_request.isValid());
}
