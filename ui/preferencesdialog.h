#pragma once

#include "store/historystore.h"

#include <QDialog>

class QComboBox;
class QSettings;
class QSpinBox;

namespace mailflow {

/** The history limits as settings (Mailflow.conf, [history]); 0 means no limit of that kind. */
HistoryLimits loadHistoryLimits(const QSettings &settings);
void saveHistoryLimits(QSettings &settings, const HistoryLimits &limits);

/** The language chosen in the window (Mailflow.conf, [ui] language); empty for the system's. */
QString loadLanguageSetting(const QSettings &settings);
void saveLanguageSetting(QSettings &settings, const QString &code);

/** Preferences: how much history is kept (age, number of runs, size), and the language. */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const HistoryLimits &limits, QWidget *parent = nullptr);

    HistoryLimits limits() const;
    /** The language code chosen, empty for the system's. */
    QString language() const;
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *maxAgeDays() const { return m_age; }
    QSpinBox *maxRuns() const { return m_runs; }
    QSpinBox *maxMegabytes() const { return m_size; }

private:
    QSpinBox *m_age;
    QSpinBox *m_runs;
    QSpinBox *m_size;
    QComboBox *m_language;
};

} // namespace mailflow
