#pragma once

#include "evidence/reportdata.h"

#include <QWidget>

class QLabel;

namespace mailflow {

class Checklist;
class ChecklistView;
class Transcript;
class TranscriptView;

/** A finished run from the history, read-only: verdict line, transcript and checklist. */
class RunViewer : public QWidget
{
    Q_OBJECT
public:
    explicit RunViewer(QWidget *parent = nullptr);

    /** Shows the run with that id; false with the reason in error. */
    bool loadRun(const QString &historyDirectory, const QString &id, QString *error);

    const ReportData &report() const { return m_report; }
    Transcript *transcript() const { return m_transcriptData; }
    Checklist *checklist() const { return m_checklistData; }
    TranscriptView *transcriptView() const { return m_transcript; }
    ChecklistView *checklistView() const { return m_checklist; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    Transcript *m_transcriptData;
    Checklist *m_checklistData;
    TranscriptView *m_transcript;
    ChecklistView *m_checklist;
    QLabel *m_summary;
    ReportData m_report;
};

} // namespace mailflow
