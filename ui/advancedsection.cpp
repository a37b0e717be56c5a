#include "advancedsection.h"

#include <QFormLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailflow {

AdvancedSection::AdvancedSection(const QString &toggleText, QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout(m_content))
{
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_toggle->setText(toggleText);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_content->setObjectName(QStringLiteral("advancedGroup"));
    m_content->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
    connect(m_toggle, &QToolButton::toggled, this, &AdvancedSection::setOpen);
}

bool AdvancedSection::isOpen() const
{
    return m_toggle->isChecked();
}

void AdvancedSection::setOpen(bool open)
{
    m_toggle->setChecked(open);
    m_content->setVisible(open);
    m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

} // namespace mailflow
