#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

// A scenario file (docs/scenarios.md): a simulated room and a timed script of steps across its
// students, with expectations. Parsing checks everything up front, so a bad file fails with a
// message naming the step and field before anything runs.
struct Scenario
{
    struct Step
    {
        double at = 0; // seconds after the room is ready
        QString action; // "do": behaviour, offline, online, set, stop, displayCount, send,
                        // list, unlist; empty for an expectation
        QList<int> students; // indices; empty with allStudents
        bool allStudents = false;
        QJsonObject args; // the step's other fields
        QJsonObject expect; // for an expectation
        double within = 5; // an expectation may take this long to hold
        int index = 0; // position in the file, for messages
    };

    QString name;
    int students = 5;
    int alarmSeconds = 30;
    double timeoutSeconds = 120;
    QList<Step> steps;

    static std::optional<Scenario> parse(const QByteArray &json, QString *error);
    static std::optional<Scenario> load(const QString &path, QString *error);
    static QStringList knownActions();
};

class ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioText)
};
