#pragma once

#include "checks/checksettings.h"
#include "store/historystore.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace mailflow {

/** The history limits as settings (Mailflow.conf, [history]); 0 means no limit of that kind. */
HistoryLimits loadHistoryLimits(const QSettings &settings);
void saveHistoryLimits(QSettings &settings, const HistoryLimits &limits);

/** The language chosen in the window (Mailflow.conf, [ui] language); empty for the system's. */
QString loadLanguageSetting(const QSettings &settings);
void saveLanguageSetting(QSettings &settings, const QString &code);

/** Preferences: how much history is kept (age, number of runs, size), the language, and the checks around the
 *  conversation (one switch a check, the block list zones, their DNS server). */
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

    /** The checks' settings as chosen (a profile's own selection still wins while it is loaded). */
    CheckSettings checkSettings() const;
    /** The switch of a check of the registry, nullptr for an unknown id. */
    QCheckBox *checkSwitch(const QString &id) const { return m_checkSwitches.value(id); }
    QLineEdit *blocklistField() const { return m_blocklists; }
    QLineEdit *checksDnsServerField() const { return m_checksDns; }

private:
    QWidget *makeChecksSection(const CheckSettings &checks);
    void validateChecks();

    QSpinBox *m_age;
    QSpinBox *m_runs;
    QSpinBox *m_size;
    QComboBox *m_language;
    QMap<QString, QCheckBox *> m_checkSwitches;
    QLineEdit *m_blocklists = nullptr;
    QLineEdit *m_checksDns = nullptr;
    QLabel *m_checksProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mailflow
