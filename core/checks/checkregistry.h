#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mailflow {

class Check;
struct CheckContext;
struct DnsCheckSettings;

/** When a check can start: it needs what the server said after EHLO, or the whole conversation. */
enum class CheckStage { AfterEhlo, AfterSession };

/** One known check: its id, a title for its row group, when it starts and how it is made. */
struct CheckRegistration
{
    QString id;
    /** The row group's heading, untranslated (QT_TRANSLATE_NOOP("mailflow::CheckRunner", ...)). */
    const char *title = nullptr;
    CheckStage stage = CheckStage::AfterSession;
    /** The check's own time limit. */
    int timeoutMs = 10000;
    std::function<Check *(const DnsCheckSettings &)> create;
    /** Whether the check is worth running for what the test found; null: always. */
    bool (*wanted)(const CheckContext &) = nullptr;
    /** It asks DNS (the chosen DNS server): one of dnsCheckFactories(). */
    bool asksDns = false;
};

/** Every check, in the order their groups are shown. Adding a check is one line in checkregistry.cpp. */
const QList<CheckRegistration> &checkRegistry();
/** The registration with id, nullptr for an unknown one. */
const CheckRegistration *findCheckRegistration(const QString &id);
QStringList checkIds();
/** The translated heading of a check's row group; the id itself for an unknown one. */
QString checkGroupTitle(const QString &id);

/** Which checks run: all by default, only some (--checks), all but some (--no-checks LIST) or none. */
struct CheckSelection
{
    bool none = false;
    /** Empty: every check. */
    QStringList only;
    QStringList off;

    bool isEnabled(const QString &id) const;
    /** "all", "none", "only:a,b", "off:a,b": for profiles and settings. */
    QString toKey() const;
    static CheckSelection fromKey(const QString &key);
    /** Reads a comma-separated list of ids; false with a one-line error for an unknown id. */
    static bool parseIds(const QString &list, QStringList *ids, QString *error);

    friend bool operator==(const CheckSelection &, const CheckSelection &) = default;
};

} // namespace mailflow
