#pragma once

#include <QScrollArea>

namespace mailflow {

/**
 * A wizard page's scroll area: it scrolls up and down, and keeps itself as wide as the page needs (its
 * minimum width, also after an Advanced part opens), so a long translated label widens the panel rather
 * than being cut off behind a horizontal scroll bar.
 */
class PageScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageScrollArea(QWidget *page, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followPageWidth();
};

} // namespace mailflow
