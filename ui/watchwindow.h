#pragma once

#include "evidence/profile.h"
#include "store/historystore.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSystemTrayIcon;

namespace mailflow {

class EvidenceActions;

/**
 * Watches a profile: reruns it in the window every few minutes (a DNS change propagating, a
 * block-list removal, a greylisting wait), shows its runs from the history as a timeline, and says
 * when the result (verdict, failed step, cause) changes: a desktop notification where the desktop has
 * a tray, and a line in this window always.
 */
class WatchWindow : public QWidget
{
    Q_OBJECT
public:
    WatchWindow(EvidenceActions *evidence, const Profile &profile, QWidget *parent = nullptr);

    Profile profile() const { return m_profile; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QPushButton *startButton() const { return m_start; }
    QListWidget *timeline() const { return m_timeline; }
    QLabel *messageLabel() const { return m_message; }
    bool isWatching() const { return m_timer.isActive() || m_waiting; }
    /** Tests use a shorter period than a minute. */
    void setIntervalMs(int ms) { m_intervalOverrideMs = ms; }

    void start();
    void stop();
    /** Reads the profile's runs from the history again. */
    void refreshTimeline();

Q_SIGNALS:
    /** A watched run ended with another result than the one before it. */
    void resultChanged(const QString &before, const QString &after);
    void runRecorded(const QString &id);

private:
    void runNow();
    void onRunFinished(const QString &id);
    void notify(const QString &text);
    static QString resultOf(const HistoryRunInfo &run);

    EvidenceActions *m_evidence;
    Profile m_profile;
    HistoryStore m_store;
    QSpinBox *m_minutes;
    QPushButton *m_start;
    QListWidget *m_timeline;
    QLabel *m_message;
    QLabel *m_next;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    QString m_lastResult;
    int m_intervalOverrideMs = 0;
    bool m_waiting = false;
    bool m_ours = false;
};

} // namespace mailflow
