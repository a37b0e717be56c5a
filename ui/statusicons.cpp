#include "statusicons.h"

#include "base/enumtable.h"

#include <QHash>

#include <cmath>

namespace mailflow::StatusIcons {

namespace {

QColor baseColor(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Passed:
        return QColor(0x2e, 0x7d, 0x32);
    case MilestoneState::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case MilestoneState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case MilestoneState::Running:
        return QColor(0x15, 0x65, 0xc0);
    case MilestoneState::Pending:
    case MilestoneState::Skipped:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

struct StateIconFile
{
    MilestoneState value;
    const char *key;
};

constexpr StateIconFile stateIconFiles[] = {
    {MilestoneState::Pending, "pending"}, {MilestoneState::Running, "running"}, {MilestoneState::Passed, "passed"},
    {MilestoneState::Warning, "warning"}, {MilestoneState::Failed, "failed"},   {MilestoneState::Skipped, "skipped"},
};

QColor plainDirectionColor(TranscriptEntry::Direction direction, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (direction) {
    case TranscriptEntry::Direction::Client:
        return dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x0d, 0x47, 0xa1);
    case TranscriptEntry::Direction::Server:
        return palette.color(QPalette::Text);
    case TranscriptEntry::Direction::Info:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case TranscriptEntry::Direction::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case TranscriptEntry::Direction::Error:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    }
    return palette.color(QPalette::Text);
}

} // namespace

QIcon stateIcon(MilestoneState state)
{
    static QHash<int, QIcon> cache;
    const int key = int(state);
    auto it = cache.find(key);
    if (it != cache.end())
        return it.value();
    QIcon icon;
    const QString name = enumKey(stateIconFiles, state);
    for (const int size : {16, 24, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/states/%1-%2.png").arg(name).arg(size), QSize(size, size));
    cache.insert(key, icon);
    return icon;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.mailflow.Mailflow.png").arg(size),
                     QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("io.github.mailflow.Mailflow"), icon);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](float v) { return v <= 0.04045f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QPalette &palette)
{
    constexpr double wcagAA = 4.5;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (int step = 0; step <= 20; ++step) {
        const float t = step / 20.0f;
        const QColor mixed = QColor::fromRgbF(colour.redF() + (text.redF() - colour.redF()) * t,
                                              colour.greenF() + (text.greenF() - colour.greenF()) * t,
                                              colour.blueF() + (text.blueF() - colour.blueF()) * t);
        if (contrastRatio(mixed, base) >= wcagAA)
            return mixed;
    }
    return text;
}

QColor stateColor(MilestoneState state, const QPalette &palette)
{
    if (state == MilestoneState::Pending || state == MilestoneState::Skipped)
        return readableOn(palette.color(QPalette::Disabled, QPalette::Text), palette);
    const QColor colour = baseColor(state);
    return readableOn(isDark(palette) ? colour.lighter(165) : colour, palette);
}

QColor directionColor(TranscriptEntry::Direction direction, const QPalette &palette)
{
    return readableOn(plainDirectionColor(direction, palette), palette);
}

} // namespace mailflow::StatusIcons
