#include "pagescrollarea.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace mailflow {

PageScrollArea::PageScrollArea(QWidget *page, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    page->installEventFilter(this);
    followPageWidth();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        followPageWidth();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::followPageWidth()
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const int wanted = widget()->minimumSizeHint().width() + scrollBar + 2 * frameWidth();
    if (wanted != minimumWidth())
        setMinimumWidth(wanted);
}

} // namespace mailflow
