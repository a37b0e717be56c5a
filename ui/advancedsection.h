#pragma once

#include <QWidget>

class QFormLayout;
class QToolButton;

namespace mailflow {

/** A collapsed "Advanced" part of a page: a toggle and, under it, a form shown only when opened. */
class AdvancedSection : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedSection(const QString &toggleText, QWidget *parent = nullptr);

    /** Where a page adds its advanced controls. */
    QFormLayout *form() const { return m_form; }
    QToolButton *toggle() const { return m_toggle; }
    bool isOpen() const;
    void setOpen(bool open);

private:
    QToolButton *m_toggle;
    QWidget *m_content;
    QFormLayout *m_form;
};

} // namespace mailflow
