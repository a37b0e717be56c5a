#include "evidence/runcompare.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailflow {

namespace {
/** The translation context of the RunCompare texts. */
struct RunCompare
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::RunCompare)
};

QString stepKey(const Milestone &m)
{
    return m.subject.isEmpty() ? Checklist::kindKey(m.kind) : Checklist::kindKey(m.kind) + u':' + m.subject.toLower();
}

QString replyLabel(const Milestone &m)
{
    if (!m.reply.isValid())
        return m.summary;
    QString code = QString::number(m.reply.code);
    if (m.reply.status.isValid())
        code += u' ' + m.reply.status.toString();
    return code;
}

bool isOk(MilestoneState s)
{
    return s == MilestoneState::Passed;
}

bool ran(MilestoneState s)
{
    return s == MilestoneState::Passed || s == MilestoneState::Warning || s == MilestoneState::Failed;
}
} // namespace

QString runChangeKindKey(RunChange::Kind kind)
{
    switch (kind) {
    case RunChange::Kind::NowFails:
        return QStringLiteral("now-fails");
    case RunChange::Kind::NowPasses:
        return QStringLiteral("now-passes");
    case RunChange::Kind::NowWarns:
        return QStringLiteral("now-warns");
    case RunChange::Kind::ReplyCodeChanged:
        return QStringLiteral("reply-code-changed");
    case RunChange::Kind::ReplyTextChanged:
        return QStringLiteral("reply-text-changed");
    case RunChange::Kind::Slower:
        return QStringLiteral("slower");
    case RunChange::Kind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case RunChange::Kind::StepAdded:
        return QStringLiteral("step-added");
    case RunChange::Kind::StepMissing:
        return QStringLiteral("step-missing");
    case RunChange::Kind::VerdictChanged:
        return QStringLiteral("verdict-changed");
    }
    return {};
}

QList<RunChange> compareRuns(const ReportData &previous, const ReportData &current, const CompareOptions &options)
{
    QList<RunChange> changes;
    auto add = [&](RunChange::Kind kind, const QString &step, const QString &before, const QString &after,
                   const QString &text) {
        changes.append(RunChange {kind, step, before, after, text});
    };

    if (previous.outcome.verdict != current.outcome.verdict)
        add(RunChange::Kind::VerdictChanged, {}, verdictKey(previous.outcome.verdict),
            verdictKey(current.outcome.verdict),
            RunCompare::tr("Verdict: %1 before, %2 now.")
                .arg(verdictTitle(previous.outcome.verdict), verdictTitle(current.outcome.verdict)));

    QList<bool> matched(previous.milestones.size(), false);
    for (const Milestone &now : current.milestones) {
        const QString key = stepKey(now);
        int index = -1;
        for (int i = 0; i < previous.milestones.size(); ++i) {
            if (!matched.at(i) && stepKey(previous.milestones.at(i)) == key) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            if (ran(now.state))
                add(RunChange::Kind::StepAdded, key, {}, Checklist::stateKey(now.state),
                    RunCompare::tr("%1: new step, %2 now.").arg(now.title(), Checklist::stateName(now.state)));
            continue;
        }
        matched[index] = true;
        const Milestone &was = previous.milestones.at(index);
        const QString title = now.title();
        const QString wasState = Checklist::stateKey(was.state);
        const QString nowState = Checklist::stateKey(now.state);
        if (was.state != now.state && (ran(was.state) || ran(now.state))) {
            if (now.state == MilestoneState::Failed)
                add(RunChange::Kind::NowFails, key, wasState, nowState,
                    RunCompare::tr("%1 now fails (%2), was %3 (%4).")
                        .arg(title, replyLabel(now), Checklist::stateName(was.state), replyLabel(was)));
            else if (isOk(now.state))
                add(RunChange::Kind::NowPasses, key, wasState, nowState,
                    RunCompare::tr("%1 now passes (%2), was %3 (%4).")
                        .arg(title, replyLabel(now), Checklist::stateName(was.state), replyLabel(was)));
            else if (now.state == MilestoneState::Warning)
                add(RunChange::Kind::NowWarns, key, wasState, nowState,
                    RunCompare::tr("%1 is now a warning (%2), was %3 (%4).")
                        .arg(title, replyLabel(now), Checklist::stateName(was.state), replyLabel(was)));
            else
                add(RunChange::Kind::StepMissing, key, wasState, nowState,
                    RunCompare::tr("%1 was %2 before and is %3 now.")
                        .arg(title, Checklist::stateName(was.state), Checklist::stateName(now.state)));
            continue;
        }
        if (was.reply.isValid() && now.reply.isValid()) {
            if (was.reply.code != now.reply.code || !(was.reply.status == now.reply.status)) {
                add(RunChange::Kind::ReplyCodeChanged, key, replyLabel(was), replyLabel(now),
                    RunCompare::tr("%1: the server answers %2 now, %3 before.")
                        .arg(title, replyLabel(now), replyLabel(was)));
            } else if (was.reply.text() != now.reply.text()) {
                add(RunChange::Kind::ReplyTextChanged, key, was.reply.text(), now.reply.text(),
                    RunCompare::tr("%1: same code, different words: \"%2\" now, \"%3\" before.")
                        .arg(title, now.reply.text(), was.reply.text()));
            }
        }
        if (was.durationMs >= 0 && now.durationMs >= 0 && now.durationMs - was.durationMs >= options.slowerByMs
            && double(now.durationMs) >= double(qMax<qint64>(1, was.durationMs)) * options.slowerFactor) {
            add(RunChange::Kind::Slower, key, QString::number(was.durationMs), QString::number(now.durationMs),
                RunCompare::tr("%1 is slower: %2 ms now, %3 ms before.")
                    .arg(title, QString::number(now.durationMs), QString::number(was.durationMs)));
        }
    }
    for (int i = 0; i < previous.milestones.size(); ++i) {
        const Milestone &was = previous.milestones.at(i);
        if (!matched.at(i) && ran(was.state))
            add(RunChange::Kind::StepMissing, stepKey(was), Checklist::stateKey(was.state), {},
                RunCompare::tr("%1 is no longer part of the test (was %2).")
                    .arg(was.title(), Checklist::stateName(was.state)));
    }
    if (previous.certificateFingerprint != current.certificateFingerprint
        && !(previous.certificateFingerprint.isEmpty() && current.certificateFingerprint.isEmpty()))
        add(RunChange::Kind::CertificateChanged, QStringLiteral("tls"), previous.certificateFingerprint,
            current.certificateFingerprint,
            previous.certificateFingerprint.isEmpty()
                ? RunCompare::tr("The server now shows a certificate (%1).").arg(current.certificateFingerprint)
                : RunCompare::tr("The server certificate changed: %1 now, %2 before.")
                      .arg(current.certificateFingerprint.isEmpty() ? RunCompare::tr("none")
                                                                    : current.certificateFingerprint,
                           previous.certificateFingerprint));
    return changes;
}

QStringList runChangesToText(const QList<RunChange> &changes)
{
    QStringList lines;
    for (const RunChange &c : changes)
        lines << c.text;
    if (lines.isEmpty())
        lines << RunCompare::tr("Nothing changed since the previous run.");
    return lines;
}

QJsonObject runChangesToJson(const QList<RunChange> &changes, const ReportData &previous)
{
    QJsonArray list;
    for (const RunChange &c : changes) {
        QJsonObject o {{QStringLiteral("kind"), runChangeKindKey(c.kind)},
                       {QStringLiteral("before"), c.before},
                       {QStringLiteral("after"), c.after},
                       {QStringLiteral("text"), c.text}};
        if (!c.step.isEmpty())
            o[QStringLiteral("step")] = c.step;
        list.append(o);
    }
    return QJsonObject {{QStringLiteral("previousStarted"), previous.startedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("previousVerdict"), verdictKey(previous.outcome.verdict)},
                        {QStringLiteral("changes"), list}};
}

} // namespace mailflow
