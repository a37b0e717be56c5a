#include "reportsharedialog.h"

#include "evidence/textreport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

ReportShareDialog::ReportShareDialog(const ReportData &data, const RedactionOptions &initial, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_mask(new QCheckBox(tr("&Mask addresses and host names (for sharing outside the company)"), this))
    , m_preview(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reportShareDialog"));
    setWindowTitle(tr("Save report"));
    auto *note = new QLabel(tr("Passwords are always masked. Preview of the report:"), this);
    m_mask->setObjectName(QStringLiteral("maskBox"));
    m_mask->setChecked(initial.maskAddresses || initial.maskHosts);
    m_preview->setObjectName(QStringLiteral("redactionPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose file…"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mask);
    layout->addWidget(note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mask, &QCheckBox::toggled, this, &ReportShareDialog::updatePreview);
    resize(760, 520);
    updatePreview();
}

RedactionOptions ReportShareDialog::redaction() const
{
    RedactionOptions options;
    options.maskAddresses = m_mask->isChecked();
    options.maskHosts = m_mask->isChecked();
    return options;
}

void ReportShareDialog::updatePreview()
{
    ReportData data = m_data;
    data.redaction = redaction();
    m_preview->setPlainText(redactionPreview(data));
}

} // namespace mailflow
