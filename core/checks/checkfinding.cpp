#include "checks/checkfinding.h"

#include "base/enumtable.h"

#include <QCoreApplication>

namespace mailflow {

namespace {

constexpr EnumName<CheckSeverity> severities[] = {
    {CheckSeverity::Information, "information", QT_TRANSLATE_NOOP("CheckSeverity", "Information")},
    {CheckSeverity::Passed, "passed", QT_TRANSLATE_NOOP("CheckSeverity", "Passed")},
    {CheckSeverity::Warning, "warning", QT_TRANSLATE_NOOP("CheckSeverity", "Warning")},
    {CheckSeverity::Failure, "failure", QT_TRANSLATE_NOOP("CheckSeverity", "Failure")},
    {CheckSeverity::NotAnswered, "not-answered", QT_TRANSLATE_NOOP("CheckSeverity", "Not answered")},
};

} // namespace

QString checkSeverityKey(CheckSeverity severity)
{
    return enumKey(severities, severity);
}

QString checkSeverityTitle(CheckSeverity severity)
{
    return QCoreApplication::translate("CheckSeverity", enumTitle(severities, severity));
}

bool parseCheckSeverityKey(QStringView key, CheckSeverity *severity)
{
    return parseEnumKey(severities, key, severity);
}

} // namespace mailflow
