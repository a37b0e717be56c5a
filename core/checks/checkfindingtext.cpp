#include "checks/checkfindingtext.h"

#include "checks/checkregistry.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
struct CheckFindingText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CheckFindingText)
};

QString k(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

QList<QPair<QString, QString>> checkFindingLines(const CheckFinding &f)
{
    QList<QPair<QString, QString>> lines;
    // The severity in words first: the window adds an icon, never colour alone.
    lines.append({CheckFindingText::tr("%1: %2").arg(checkGroupTitle(f.checkId), f.title),
                  CheckFindingText::tr("%1 — %2").arg(checkSeverityTitle(f.severity).toUpper(), f.sentence)});
    if (f.who != Actor::Nobody)
        lines.append({CheckFindingText::tr("Who must act"), actorTitle(f.who)});
    for (const QString &step : f.steps)
        lines.append({CheckFindingText::tr("Next step"), step});
    for (const QString &evidence : f.evidence)
        lines.append({CheckFindingText::tr("Seen"), evidence});
    return lines;
}

QString checkFindingsBlock(const CheckFindings &findings)
{
    if (findings.isEmpty())
        return {};
    QString out = u'\n' + CheckFindingText::tr("Checks:") + u'\n';
    for (const CheckFinding &finding : findings) {
        const auto lines = checkFindingLines(finding);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0)
                out += QStringLiteral("  %1\n      %2\n").arg(lines.at(i).first, lines.at(i).second);
            else
                out += QStringLiteral("      %1 %2\n").arg(lines.at(i).first + u':', -14).arg(lines.at(i).second);
        }
    }
    return out;
}

QJsonArray checkFindingsToJson(const CheckFindings &findings)
{
    QJsonArray array;
    for (const CheckFinding &f : findings)
        array.append(QJsonObject {{k("check"), f.checkId},
                                  {k("group"), checkGroupTitle(f.checkId)},
                                  {k("severity"), checkSeverityKey(f.severity)},
                                  {k("severityTitle"), checkSeverityTitle(f.severity)},
                                  {k("title"), f.title},
                                  {k("sentence"), f.sentence},
                                  {k("who"), actorKey(f.who)},
                                  {k("whoTitle"), actorTitle(f.who)},
                                  {k("steps"), QJsonArray::fromStringList(f.steps)},
                                  {k("evidence"), QJsonArray::fromStringList(f.evidence)},
                                  {k("durationMs"), f.durationMs}});
    return array;
}

CheckFindings checkFindingsFromJson(const QJsonArray &array)
{
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        const QJsonArray items = value.toArray();
        for (const auto &v : items)
            list << v.toString();
        return list;
    };
    CheckFindings findings;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        CheckFinding f;
        f.checkId = o.value(k("check")).toString();
        parseCheckSeverityKey(o.value(k("severity")).toString(), &f.severity);
        f.title = o.value(k("title")).toString();
        f.sentence = o.value(k("sentence")).toString();
        parseActorKey(o.value(k("who")).toString(), &f.who);
        f.steps = strings(o.value(k("steps")));
        f.evidence = strings(o.value(k("evidence")));
        f.durationMs = o.value(k("durationMs")).toInteger(-1);
        findings << f;
    }
    return findings;
}

} // namespace mailflow
