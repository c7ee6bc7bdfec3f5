#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What the join dialog asks for, and the document name and identity it derives
// (docs/identities-and-documents.md).
struct JoinRequest
{
    enum class Role { ProctorSession, ProctorRoom, Student };
    enum class Field { None, Session, Proctor, Room };

    Role role = Role::ProctorSession;
    QString sessionSid;
    QString proctorSid;
    QString roomSid;

    // Filled by validate():
    QString documentId;
    QString identity;
    Field errorField = Field::None;
    QString error; // translated, names the malformed SID

    bool isValid() const { return errorField == Field::None && !documentId.isEmpty(); }

    // The role and SIDs (what the user typed), for remembering a profile's documents.
    QJsonObject toJson() const;
    static JoinRequest fromJson(const QJsonObject &json);
};

class JoinRules
{
    Q_DECLARE_TR_FUNCTIONS(JoinRules)
public:
    // Trims the SIDs, checks the ones the role uses (in the order session, proctor, room) and
    // derives documentId and identity. The rules come from the SP layer (spidentity.h).
    static JoinRequest validate(JoinRequest request);
    // Translated reason a SID is malformed, or empty.
    static QString sidProblem(const QString &sid, const QString &prefix, const QString &label);
};
