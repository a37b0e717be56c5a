#pragma once

#include "checks/querypool.h"
#include "checks/spfrecord.h"

#include <QObject>

#include <memory>

namespace mailflow {

/** How an SPF evaluation came out, with what it rests on. */
struct SpfOutcome
{
    SpfResult result = SpfResult::None;
    QString domain;
    /** The domain's own SPF record, empty when it has none. */
    QString record;
    /** The term that decided ("ip4:192.0.2.0/24", "include:_spf.example.net", "-all"); empty for the
     *  default neutral result and for errors. */
    QString decidingTerm;
    /** Why the result is an error, untranslated ("more than 10 DNS lookups"); empty otherwise. */
    QString problem;
    int lookups = 0;
    int voidLookups = 0;
    /** Every DNS answer used, in order. */
    QStringList evidence;
};

/**
 * check_host() of RFC 7208 over QDnsLookup: mechanisms all, include, a, mx, ptr, ip4, ip6, exists;
 * redirect (exp is not fetched: the explanation is the receiver's text); the 10-lookup and
 * 2-void-lookup limits; each mx and ptr limited to 10 names. One evaluation at a time.
 */
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLookups = 10;
    static constexpr int MaxVoidLookups = 2;
    static constexpr int MaxNamesPerLookup = 10;

    /** nameserver null for the system resolver; timeoutMs per query. */
    explicit SpfEvaluator(const QHostAddress &nameserver = {}, int timeoutMs = 5000, QObject *parent = nullptr);
    ~SpfEvaluator() override;

    /** Evaluates domain's SPF record for ip; sender is the MAIL FROM address (postmaster@domain when empty). */
    void evaluate(const QHostAddress &ip, const QString &domain, const QString &sender = {}, const QString &helo = {});
    /** Evaluates record as if domain published it (a record not yet published, or a test's). */
    void evaluateRecord(const QHostAddress &ip, const QString &domain, const QString &record,
                        const QString &sender = {}, const QString &helo = {});
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const mailflow::SpfOutcome &outcome);

private:
    struct Frame
    {
        QString domain;
        SpfRecord record;
        int next = 0;
    };
    enum class Fetch { Top, Include, Redirect };

    void begin(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo);
    void fetch(const QString &domain, Fetch kind);
    void onRecord(const DnsQuery &query, Fetch kind);
    void enter(const QString &domain, const QString &text, Fetch kind);
    void step();
    void matched(const SpfTerm &term);
    void frameResult(SpfResult result);
    void done(SpfResult result, const QString &problem = {});
    bool countLookup();
    /** Counts a void answer; false once over the limit (the evaluation is then over). */
    bool noteAnswer(const DnsQuery &query);
    QString targetOf(const SpfTerm &term, bool *ok) const;
    bool inNetwork(const QHostAddress &address, const SpfTerm &term) const;
    void lookUpAddresses(const SpfTerm &term, const QStringList &names, bool validatePtr);
    QDnsLookup::Type addressType() const;

    QueryPool m_queries {this};
    bool m_running = false;
    SpfMacroData m_data;
    QList<Frame> m_stack;
    SpfOutcome m_outcome;
};

} // namespace mailflow

Q_DECLARE_METATYPE(mailflow::SpfOutcome)
