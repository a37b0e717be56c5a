#pragma once

#include "evidence/profile.h"
#include "evidence/reportdata.h"
#include "evidence/runcompare.h"
#include "store/historyrecorder.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMainWindow;
class QThread;

namespace mailflow {

class CompareDialog;
class HistoryWindow;
class PreferencesDialog;
class WatchWindow;
class ProfileManager;
class SmtpSession;
class WindowChecks;
class WizardPanel;

/**
 * The evidence side of the main window: File menu and toolbar (save report as, copy report,
 * history), the Profiles menu (save as profile, manager, rerun), the history recorder attached
 * to the window's session, and the "What changed" view after a rerun.
 */
class EvidenceActions : public QObject
{
    Q_OBJECT
public:
    /** Adds its menus and toolbar to window; reports on session and reads the values from wizard. */
    EvidenceActions(QMainWindow *window, SmtpSession *session, WizardPanel *wizard);
    ~EvidenceActions() override;
    /** The checks whose findings the reports, profiles and the history take; not owned. */
    void setChecks(WindowChecks *checks);

    /** The current test as report data (redaction as chosen in the save dialog). */
    ReportData currentReport() const;
    RedactionOptions redaction() const { return m_redaction; }
    void setRedaction(const RedactionOptions &redaction) { m_redaction = redaction; }

    /** Writes the current test to path in the format its extension names (.txt by default).
     *  On failure shows the reason in a message; the test stays in the window to save elsewhere. */
    bool saveReportTo(const QString &path, QString *error = nullptr);
    /** Asks about masking (with a preview), then for a file name, then saves. */
    void saveReportAs();
    /** Puts the text form on the clipboard and returns it. */
    QString copyReport();

    HistoryRecorder *recorder() const { return m_recorder; }
    QString historyDirectory() const;
    QString profilesDirectory() const;
    HistoryWindow *showHistory();
    /** Opens the Preferences dialog (the history limits); OK applies them. */
    PreferencesDialog *showPreferences();
    /** Keeps the limits in the settings, for the recorder, and prunes by them on a worker thread. */
    void applyHistoryLimits(const HistoryLimits &limits);
    bool isPruningHistory() const { return m_pruning != nullptr; }
    ProfileManager *showProfiles();
    /** A window that reruns the profile on a schedule (started by its Start button or start()). */
    WatchWindow *watchProfile(const Profile &profile);
    void watchProfileInteractive();
    SmtpSession *session() const { return m_session; }

    /** Saves the window's current values as a profile of that name (replacing one of the same name). */
    bool saveAsProfile(const QString &name, QString *error = nullptr);
    void saveAsProfileInteractive();
    /** Fills the wizard with the profile; the next runs are recorded under its name. */
    void openProfile(const Profile &profile);
    /** Opens the profile and runs it to its stop point; when it ends, compares with its previous run (unless
     *  compare is false: a watched profile says only when its result changes). */
    void rerunProfile(const Profile &profile, bool compare = true);

    QString currentProfileName() const { return m_profileName; }
    CompareDialog *compareDialog() const;
    /** The changes of the last comparison shown (empty when nothing changed or nothing to compare). */
    QList<RunChange> lastChanges() const { return m_lastChanges; }

    QAction *saveAction() const { return m_save; }
    QAction *copyAction() const { return m_copy; }
    QAction *historyAction() const { return m_history; }
    QAction *preferencesAction() const { return m_preferences; }
    QAction *saveProfileAction() const { return m_saveProfile; }
    QAction *profilesAction() const { return m_profiles; }
    QAction *watchAction() const { return m_watch; }

Q_SIGNALS:
    /** After a rerun ended and the comparison is shown. */
    void comparisonShown();
    /** A pruning of the history on the worker thread ended. */
    void historyPruned(int removed);

private:
    void showMessage(const QString &text);
    /** The domain whose MX lookup picked the server, empty for a typed host. */
    QString pickedMxDomain() const;
    void pruneHistoryInBackground(const HistoryLimits &limits);
    void onFinished();
    /** Runs a profile to its stop point against host (the typed server or the MX the lookup chose). */
    void runProfileOn(const Profile &profile, const QString &host);
    void showComparison();
    void updateActions();

    QMainWindow *m_window;
    SmtpSession *m_session;
    WizardPanel *m_wizard;
    WindowChecks *m_checks = nullptr;
    HistoryRecorder *m_recorder;
    RedactionOptions m_redaction;
    QString m_localAddress;
    QString m_profileName;
    bool m_compareWhenFinished = false;
    bool m_compareAfterRerun = true;
    QList<RunChange> m_lastChanges;
    QPointer<HistoryWindow> m_historyWindow;
    QThread *m_pruning = nullptr;
    bool m_pruneAgain = false;
    QPointer<CompareDialog> m_compare;
    QAction *m_save;
    QAction *m_copy;
    QAction *m_history;
    QAction *m_preferences;
    QAction *m_watch;
    QAction *m_saveProfile;
    QAction *m_profiles;
};

} // namespace mailflow
