#pragma once

#include "diagnosis/testdiagnosis.h"

#include <QGroupBox>
#include <QTimer>

class QLabel;
class QPushButton;

namespace mailflow {

/**
 * The Finish page's Diagnosis box: the cause, who must act and the next steps of the whole test, a link
 * to the transcript lines it rests on, and for a deliberate deferral a "Retry after N s" countdown.
 */
class DiagnosisBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit DiagnosisBox(QWidget *parent = nullptr);

    void setDiagnosis(const TestDiagnosis &diagnosis);
    const TestDiagnosis &diagnosis() const { return m_diagnosis; }

    QLabel *causeLabel() const { return m_cause; }
    QLabel *whoLabel() const { return m_who; }
    /** What happened, with the secondary notes (a greeting name that differs from the PTR) below it. */
    QLabel *whatLabel() const { return m_what; }
    QLabel *stepsLabel() const { return m_steps; }
    QLabel *evidenceLabel() const { return m_evidence; }
    QPushButton *retryButton() const { return m_retry; }
    /** Seconds left before the retry runs on its own; -1 when no countdown runs. */
    int secondsLeft() const { return m_countdown.isActive() ? m_secondsLeft : -1; }

Q_SIGNALS:
    /** The transcript entries (0-based, first..last) the diagnosis rests on should be shown. */
    void entriesRequested(int first, int last);
    /** Run the test again (the countdown ran out or the button was clicked). */
    void retryRequested();

private:
    void tick();
    void updateRetryText();
    void showEvidence();

    TestDiagnosis m_diagnosis;
    QLabel *m_cause;
    QLabel *m_who;
    QLabel *m_what;
    QLabel *m_steps;
    QLabel *m_evidence;
    QPushButton *m_retry;
    QTimer m_countdown;
    int m_secondsLeft = 0;
};

} // namespace mailflow
