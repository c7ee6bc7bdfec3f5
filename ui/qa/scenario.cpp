#include "scenario.h"

#include "simulatedroom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QStringList expectKeys { u"outcome"_s, u"alarm"_s, u"response"_s, u"state"_s, u"document"_s,
    u"taken"_s, u"rows"_s, u"outbox"_s };

QString where(int index) { return ScenarioText::tr("steps[%1]").arg(index); }

} // namespace

QStringList Scenario::knownActions()
{
    return { u"behaviour"_s, u"offline"_s, u"online"_s, u"set"_s, u"stop"_s, u"displayCount"_s,
        u"send"_s, u"list"_s, u"unlist"_s };
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ScenarioText::tr("Cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > 1024 * 1024) {
        *error = ScenarioText::tr("%1 is over 1 MiB; not a scenario file.").arg(path);
        return std::nullopt;
    }
    return parse(f.readAll(), error);
}

std::optional<Scenario> Scenario::parse(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? ScenarioText::tr("Not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset)
            : ScenarioText::tr("A scenario is a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Scenario s;
    s.name = root.value(u"name"_s).toString();
    s.students = root.value(u"students"_s).toInt(5);
    if (s.students < 1 || s.students > SimulatedRoom::MaxStudents) {
        *error = ScenarioText::tr("\"students\" must be 1 to %1.").arg(SimulatedRoom::MaxStudents);
        return std::nullopt;
    }
    s.alarmSeconds = root.value(u"alarmSeconds"_s).toInt(30);
    if (s.alarmSeconds < 1) {
        *error = ScenarioText::tr("\"alarmSeconds\" must be at least 1.");
        return std::nullopt;
    }
    s.timeoutSeconds = root.value(u"timeoutSeconds"_s).toDouble(120);
    const QJsonValue steps = root.value(u"steps"_s);
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        *error = ScenarioText::tr("\"steps\" must be a non-empty array.");
        return std::nullopt;
    }
    const QJsonArray list = steps.toArray();
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = ScenarioText::tr("%1: a step is an object.").arg(where(i));
            return std::nullopt;
        }
        QJsonObject o = list.at(i).toObject();
        Step step;
        step.index = i;
        step.at = o.take(u"at"_s).toDouble(-1);
        if (step.at < 0) {
            *error = ScenarioText::tr("%1: \"at\" (seconds, 0 or more) is missing.").arg(where(i));
            return std::nullopt;
        }
        const QJsonValue students = o.take(u"students"_s);
        if (students.isString() && students.toString() == u"all"_s) {
            step.allStudents = true;
        } else if (students.isArray()) {
            for (const QJsonValue &v : students.toArray()) {
                const int n = v.toInt(-1);
                if (!v.isDouble() || n < 0 || n >= s.students) {
                    *error = ScenarioText::tr("%1: student %2 is not in 0..%3.")
                                 .arg(where(i),
                                     QString::fromUtf8(QJsonDocument(QJsonArray { v })
                                                           .toJson(QJsonDocument::Compact)))
                                 .arg(s.students - 1);
                    return std::nullopt;
                }
                step.students.append(n);
            }
        } else if (!students.isUndefined()) {
            *error = ScenarioText::tr("%1: \"students\" is \"all\" or an array of indices.")
                         .arg(where(i));
            return std::nullopt;
        }
        const QJsonValue expect = o.take(u"expect"_s);
        const QString action = o.take(u"do"_s).toString();
        if (expect.isObject() == !action.isEmpty()) {
            *error = ScenarioText::tr("%1: a step has either \"do\" or \"expect\".").arg(where(i));
            return std::nullopt;
        }
        if (expect.isObject()) {
            step.expect = expect.toObject();
            step.within = o.take(u"within"_s).toDouble(5);
            for (auto it = step.expect.begin(); it != step.expect.end(); ++it) {
                if (!expectKeys.contains(it.key())) {
                    *error = ScenarioText::tr("%1: unknown expectation \"%2\" (known: %3).")
                                 .arg(where(i), it.key(), expectKeys.join(u", "_s));
                    return std::nullopt;
                }
            }
            if (step.expect.isEmpty()) {
                *error = ScenarioText::tr("%1: \"expect\" is empty.").arg(where(i));
                return std::nullopt;
            }
            const bool perStudent = step.expect.size() > 1 || !step.expect.contains(u"rows"_s);
            if (perStudent && !step.allStudents && step.students.isEmpty()) {
                *error = ScenarioText::tr("%1: which \"students\"?").arg(where(i));
                return std::nullopt;
            }
        } else {
            if (!knownActions().contains(action)) {
                *error = ScenarioText::tr("%1: unknown action \"%2\" (known: %3).")
                             .arg(where(i), action, knownActions().join(u", "_s));
                return std::nullopt;
            }
            if (!step.allStudents && step.students.isEmpty()) {
                *error = ScenarioText::tr("%1: which \"students\"?").arg(where(i));
                return std::nullopt;
            }
            const QString reply = o.value(u"reply"_s).toString();
            if (!reply.isEmpty() && !StudentBehaviour::replyFromKey(reply)) {
                *error = ScenarioText::tr("%1: \"reply\" is answer, delay, never or refuse.")
                             .arg(where(i));
                return std::nullopt;
            }
            if (action == u"send"_s && !o.value(u"batch"_s).isArray()) {
                *error = ScenarioText::tr("%1: \"send\" needs a \"batch\" array.").arg(where(i));
                return std::nullopt;
            }
            if (action == u"set"_s && !o.value(u"fields"_s).isObject()) {
                *error = ScenarioText::tr("%1: \"set\" needs a \"fields\" object.").arg(where(i));
                return std::nullopt;
            }
            step.action = action;
            step.args = o;
        }
        s.steps.append(step);
    }
    std::stable_sort(
        s.steps.begin(), s.steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    return s;
}
