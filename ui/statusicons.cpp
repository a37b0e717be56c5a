#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

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

QPixmap drawIcon(MilestoneState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QColor colour = baseColor(state);
    const QRectF box(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    QPen mark(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case MilestoneState::Passed: {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        p.setPen(mark);
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.34);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case MilestoneState::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.05);
        triangle.lineTo(s * 0.96, s * 0.92);
        triangle.lineTo(s * 0.04, s * 0.92);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(triangle);
        p.setPen(QPen(Qt::black, s * 0.11, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.77));
        break;
    }
    case MilestoneState::Failed:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case MilestoneState::Running:
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(box);
        p.setBrush(Qt::white);
        for (const qreal x : {0.3, 0.5, 0.7})
            p.drawEllipse(QPointF(s * x, s * 0.5), s * 0.07, s * 0.07);
        break;
    case MilestoneState::Skipped:
        p.setPen(QPen(colour, s * 0.09));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case MilestoneState::Pending:
        p.setPen(QPen(colour, s * 0.09, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        break;
    }
    return pixmap;
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
    for (const int size : {16, 22, 32, 48, 64})
        icon.addPixmap(drawIcon(state, size));
    cache.insert(key, icon);
    return icon;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor stateColor(MilestoneState state, const QPalette &palette)
{
    const QColor colour = baseColor(state);
    if (state == MilestoneState::Pending || state == MilestoneState::Skipped)
        return palette.color(QPalette::Disabled, QPalette::Text);
    return isDark(palette) ? colour.lighter(165) : colour;
}

QColor directionColor(TranscriptEntry::Direction direction, const QPalette &palette)
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

} // namespace mailflow::StatusIcons
