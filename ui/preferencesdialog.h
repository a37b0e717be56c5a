#pragma once

#include "store/historystore.h"

#include <QDialog>

class QSettings;
class QSpinBox;

namespace mailflow {

/** The history limits as settings (Mailflow.conf, [history]); 0 means no limit of that kind. */
HistoryLimits loadHistoryLimits(const QSettings &settings);
void saveHistoryLimits(QSettings &settings, const HistoryLimits &limits);

/** Preferences: how much history is kept (age, number of runs, size). */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const HistoryLimits &limits, QWidget *parent = nullptr);

    HistoryLimits limits() const;
    QSpinBox *maxAgeDays() const { return m_age; }
    QSpinBox *maxRuns() const { return m_runs; }
    QSpinBox *maxMegabytes() const { return m_size; }

private:
    QSpinBox *m_age;
    QSpinBox *m_runs;
    QSpinBox *m_size;
};

} // namespace mailflow
