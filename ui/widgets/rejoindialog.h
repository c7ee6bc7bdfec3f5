#pragma once

#include "joinrequest.h"

#include <QDialog>

class QListWidget;

// Switching profile: which documents to join on the new server. The profile's remembered
// documents come ticked; the ones open now (on the previous server) are offered unticked.
class RejoinDialog : public QDialog
{
    Q_OBJECT
public:
    RejoinDialog(const QString &profile, const QList<JoinRequest> &remembered,
        const QList<JoinRequest> &open, QWidget *parent = nullptr);

    QList<JoinRequest> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QList<JoinRequest> m_offered;
    QListWidget *m_list;
};
