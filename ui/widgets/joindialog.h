#pragma once

#include "joinrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Role and SIDs in; shows the derived document name and identity as you type, and exactly
// which SID is malformed. Accept is enabled only for a valid request.
class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinDialog(QWidget *parent = nullptr);

    JoinRequest request() const { return m_request; }
    void setRequest(const JoinRequest &request);

private:
    void revalidate();

    QComboBox *m_role;
    QLineEdit *m_session;
    QLineEdit *m_proctor;
    QLineEdit *m_room;
    QLabel *m_sessionLabel;
    QLabel *m_proctorLabel;
    QLabel *m_roomLabel;
    QLabel *m_document;
    QLabel *m_identity;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    JoinRequest m_request;
};
