#pragma once

// Internal to the whole-test diagnosis: the rule table behind diagnoseReply(). Texts are untranslated
// source strings marked with QT_TRANSLATE_NOOP in the context "mailflow::TestDiagnosis".

#include "diagnosis/catalogrules.h"
#include "diagnosis/testdiagnosis.h"

#include <span>

namespace mailflow::causes {

inline constexpr const char *Context = "mailflow::TestDiagnosis";

using catalog::Any;
using catalog::Classes;
using catalog::Stages;

/**
 * One cause as the server's reply shows it. Rules are tried in order and the first that matches
 * wins, so a rule that reads the server's words comes before one that reads only the code. Every
 * field that is set must match.
 */
struct CauseRule
{
    /** Stable id ("rcpt.quota"): reports show it, tickets cite it. */
    const char *id = nullptr;
    Cause cause = Cause::Unknown;
    Actor who = Actor::Nobody;
    Stages stages = 0; ///< 0 = every stage
    Classes classes = catalog::Failures; ///< 0 = every class
    int code = 0; ///< exact basic code, 0 = any
    int subject = Any; ///< enhanced status subject
    int detail = Any; ///< enhanced status detail, or the first of a range
    int detailLast = Any; ///< the last detail of a range (Microsoft's 5.7.500-5.7.799)
    /**
     * Lower-case phrases separated by '|'; one must occur at the start of a word of the reply text
     * ("throttl" finds "throttled"). nullptr = none needed.
     */
    const char *words = nullptr;
    /** A phrase the command must contain ("notify="); nullptr = any command. */
    const char *command = nullptr;
    /** What happened, one sentence; %1 is the server's reply as received. */
    const char *sentence = nullptr;
    /** Next steps, one per line. */
    const char *steps = nullptr;
    /** The rule reads the code alone: the server gives no reason of its own. */
    bool thin = false;
};

/** The reply rules, most specific first. */
std::span<const CauseRule> replyRules();

/** A rule's lower-case phrase list matches lowerText (at the start of a word). */
bool containsWord(const QString &lowerText, const char *words);
/** rule matches a reply at a stage (bit from catalog::at() or catalog::Greeting). */
bool matches(const CauseRule &rule, const SmtpReply &reply, Stages stageBit, const QString &lowerText,
             const QString &lowerCommand);

/** The rules for situations that are no reply: a connection, TLS, the DNS, the session as a whole. */
const CauseRule &situationRule(const char *id);
std::span<const CauseRule> situationRules();

} // namespace mailflow::causes
