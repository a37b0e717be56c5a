#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mailflow {

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("What changed"));
    m_heading->setObjectName(QStringLiteral("compareHeading"));
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("compareList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(640, 360);
}

void CompareDialog::setComparison(const QString &heading, const QStringList &lines)
{
    m_heading->setText(heading);
    m_list->clear();
    m_list->addItems(lines);
}

} // namespace mailflow
