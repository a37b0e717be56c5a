#pragma once

#include "smtp/checklist.h"
#include "stepresult.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mailflow {

class SmtpSession;
class StepResult;
struct SessionOptions;

/**
 * One page of the wizard: explains a step, collects its values into SessionOptions and,
 * where the step talks to the server, runs it on Send and shows the result.
 */
class WizardPage : public QWidget
{
    Q_OBJECT
public:
    WizardPage(SmtpSession *session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    /** Writes this page's values into options. */
    virtual void applyTo(SessionOptions &options) const = 0;
    /** Called when the page is entered going forward: read earlier answers. */
    virtual void initializePage(const SessionOptions &options);
    /** Whether Send does something now (values valid, session in the right state). */
    virtual bool canSend() const { return false; }
    /** Text of the Send button on this page, with a mnemonic. */
    virtual QString sendText() const;
    /** Runs this page's step; the options were set on the session just before. */
    virtual void send() { }
    /** The step has passed (or passed with a warning): Enter then means Next rather than Send. */
    virtual bool isStepDone() const;
    /** The step has run in this test (whatever its result). */
    bool hasRun() const;
    /** A step of several commands has more of them to send (the panel waits for its end). */
    virtual bool isSequencePending() const { return false; }
    /** Whether the values on this page are complete enough to go on. */
    virtual bool isComplete() const { return true; }
    /** Re-reads the session (state, checklist) and updates the page. */
    virtual void refresh();
    /** The result widget of this page, for tests. */
    StepResult *result() const { return m_result; }

Q_SIGNALS:
    /** Values or validity changed: the panel updates its buttons. */
    void changed();
    /** Emitted (synchronously) before the page runs a step itself: the panel sets the options. */
    void aboutToSend();

protected:
    /** Adds the 2–3 sentence explanation at the top of the page. */
    QLabel *addExplanation(const QString &text);
    /** The milestone this page reports on, or -1. */
    virtual int resultMilestone() const { return -1; }
    int lastMilestoneOf(MilestoneKind kind) const;

    SmtpSession *m_session;
    QVBoxLayout *m_layout;
    StepResult *m_result;
};

} // namespace mailflow
