#include "preferencesdialog.h"

#include "base/languages.h"
#include "checks/blocklists.h"
#include "dns/mxresolver.h"
#include "labelledcombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mailflow {

namespace {
const QString ageKey = QStringLiteral("history/maxAgeDays");
const QString runsKey = QStringLiteral("history/maxRuns");
const QString sizeKey = QStringLiteral("history/maxTotalMegabytes");
const QString languageKey = QStringLiteral("ui/language");
constexpr qint64 megabyte = 1024 * 1024;
} // namespace

HistoryLimits loadHistoryLimits(const QSettings &settings)
{
    HistoryLimits limits;
    limits.maxAgeDays = settings.value(ageKey, limits.maxAgeDays).toInt();
    limits.maxRuns = settings.value(runsKey, limits.maxRuns).toInt();
    limits.maxTotalBytes = settings.value(sizeKey, limits.maxTotalBytes / megabyte).toLongLong() * megabyte;
    return limits;
}

void saveHistoryLimits(QSettings &settings, const HistoryLimits &limits)
{
    settings.setValue(ageKey, limits.maxAgeDays);
    settings.setValue(runsKey, limits.maxRuns);
    settings.setValue(sizeKey, limits.maxTotalBytes / megabyte);
}

QString loadLanguageSetting(const QSettings &settings)
{
    return settings.value(languageKey).toString();
}

void saveLanguageSetting(QSettings &settings, const QString &code)
{
    settings.setValue(languageKey, code);
}

PreferencesDialog::PreferencesDialog(const HistoryLimits &limits, QWidget *parent)
    : QDialog(parent)
    , m_age(new QSpinBox(this))
    , m_runs(new QSpinBox(this))
    , m_size(new QSpinBox(this))
    , m_language(new LabelledComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Mailflow — preferences"));
    auto spin = [](QSpinBox *box, const char *name, int max, const QString &suffix, const QString &none, int value) {
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, max);
        box->setSuffix(suffix);
        box->setSpecialValueText(none);
        box->setValue(value);
    };
    spin(m_age, "prefMaxAgeDays", 36500, tr(" days"), tr("No age limit"), limits.maxAgeDays);
    spin(m_runs, "prefMaxRuns", 1'000'000, tr(" runs"), tr("No count limit"), limits.maxRuns);
    spin(m_size, "prefMaxMegabytes", 100'000, tr(" MB"), tr("No size limit"), int(limits.maxTotalBytes / megabyte));

    m_language->setObjectName(QStringLiteral("prefLanguage"));
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(loadLanguageSetting(QSettings()))));
    auto *languageNote = new QLabel(tr("A new language shows the next time Mailflow starts."), this);
    languageNote->setWordWrap(true);

    auto *intro = new QLabel(tr("Every test is kept in the history. The oldest runs are removed when any of these "
                                "limits is passed, each time Mailflow starts and when you press OK."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep runs for at most:"), m_age);
    form->addRow(tr("Keep at most:"), m_runs);
    form->addRow(tr("Keep at most (total size):"), m_size);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(makeChecksSection(loadCheckSettings(QSettings())));
    layout->addWidget(m_buttons);
    validateChecks();
}

QWidget *PreferencesDialog::makeChecksSection(const CheckSettings &checks)
{
    auto *box = new QGroupBox(tr("Checks around the conversation"), this);
    box->setObjectName(QStringLiteral("prefChecks"));
    auto *note = new QLabel(tr("Run beside each test; none delays it. A profile's own choice wins while it is "
                               "loaded."),
                            box);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    for (const CheckRegistration &r : checkRegistry()) {
        auto *on = new QCheckBox(checkGroupTitle(r.id), box);
        on->setObjectName(QStringLiteral("prefCheck-%1").arg(r.id));
        on->setChecked(checks.selection.isEnabled(r.id));
        if (r.id == u"open-relay")
            on->setToolTip(tr("Runs only when the Envelope page's open relay box is ticked."));
        layout->addWidget(on);
        m_checkSwitches.insert(r.id, on);
    }
    m_blocklists = new QLineEdit(checks.blocklistZones.join(QStringLiteral(", ")), box);
    m_blocklists->setObjectName(QStringLiteral("prefBlocklists"));
    m_blocklists->setPlaceholderText(defaultBlocklistZones().join(QStringLiteral(", ")));
    m_checksDns = new QLineEdit(checks.dnsServer, box);
    m_checksDns->setObjectName(QStringLiteral("prefChecksDnsServer"));
    m_checksDns->setPlaceholderText(tr("the Server page's, else the system resolver"));
    m_checksProblem = new QLabel(box);
    m_checksProblem->setObjectName(QStringLiteral("prefChecksProblem"));
    m_checksProblem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Block list zones:"), m_blocklists);
    form->addRow(tr("&DNS server for the checks:"), m_checksDns);
    layout->addLayout(form);
    layout->addWidget(m_checksProblem);
    connect(m_blocklists, &QLineEdit::textChanged, this, &PreferencesDialog::validateChecks);
    connect(m_checksDns, &QLineEdit::textChanged, this, &PreferencesDialog::validateChecks);
    return box;
}

void PreferencesDialog::validateChecks()
{
    QStringList zones;
    QString problem;
    QHostAddress dns;
    if (parseBlocklistZones(m_blocklists->text(), &zones, &problem))
        MxResolver::parseNameserver(m_checksDns->text(), &dns, &problem);
    m_checksProblem->setText(problem);
    m_checksProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

CheckSettings PreferencesDialog::checkSettings() const
{
    CheckSettings checks;
    QStringList off;
    for (auto it = m_checkSwitches.cbegin(); it != m_checkSwitches.cend(); ++it) {
        if (!it.value()->isChecked())
            off << it.key();
    }
    // In the registry's order, so the key reads as the list does.
    QStringList ordered;
    for (const CheckRegistration &r : checkRegistry()) {
        if (off.contains(r.id))
            ordered << r.id;
    }
    if (ordered.size() == m_checkSwitches.size())
        checks.selection.none = true;
    else
        checks.selection.off = ordered;
    parseBlocklistZones(m_blocklists->text(), &checks.blocklistZones);
    checks.dnsServer = m_checksDns->text().trimmed();
    return checks;
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

HistoryLimits PreferencesDialog::limits() const
{
    return HistoryLimits {m_age->value(), m_runs->value(), qint64(m_size->value()) * megabyte};
}

} // namespace mailflow
