#pragma once

#include "evidence/reportdata.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace mailflow {

/** Before saving or copying: mask addresses and host names or not, with a preview of the text form. */
class ReportShareDialog : public QDialog
{
    Q_OBJECT
public:
    ReportShareDialog(const ReportData &data, const RedactionOptions &initial, QWidget *parent = nullptr);

    RedactionOptions redaction() const;
    QCheckBox *maskBox() const { return m_mask; }
    QPlainTextEdit *preview() const { return m_preview; }

private:
    void updatePreview();

    ReportData m_data;
    QCheckBox *m_mask;
    QPlainTextEdit *m_preview;
};

} // namespace mailflow
