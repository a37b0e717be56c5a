#pragma once

// Internal to the reply catalogue: the tables behind ReplyCatalog::explain() and
// ReplyCatalog::explainFailure(). Texts are untranslated source strings marked with
// QT_TRANSLATE_NOOP in the context "mailflow::ReplyCatalog".

#include "smtp/checklist.h"
#include "smtp/diagnosisdata.h"

#include <concepts>
#include <span>

namespace mailflow::catalog {

inline constexpr const char *Context = "mailflow::ReplyCatalog";

/** A set of milestones as bits; 0 matches every stage. */
using Stages = unsigned;

/** The stages given, as bits: at(MilestoneKind::Mail, MilestoneKind::Rcpt). */
constexpr Stages at(std::same_as<MilestoneKind> auto... kinds)
{
    return ((1u << unsigned(kinds)) | ...);
}

/** Not a milestone of its own: the wait for the 220 greeting once the TCP connection is up. */
inline constexpr Stages Greeting = 1u << 20;

/** Reply classes as bits (2xx … 5xx); 0 matches every class. */
using Classes = unsigned;
inline constexpr Classes C2 = 1u << 2;
inline constexpr Classes C3 = 1u << 3;
inline constexpr Classes C4 = 1u << 4;
inline constexpr Classes C5 = 1u << 5;
inline constexpr Classes Failures = C4 | C5;

inline constexpr int Any = -1;

/**
 * One stage-aware explanation. A rule matches a reply when every field that is set
 * matches; of all matching rules the most specific wins (the earlier on a tie): a keyword
 * beats an enhanced detail, which beats a subject, a basic code, a stage, a class.
 * meaning and nextStep may hold %1 (the title of the enhanced or basic code),
 * %2 (the server's text) and %3 (the queue id, or the server's text when none is found).
 */
struct ReplyRule
{
    Classes classes = 0;
    int code = 0; ///< exact basic code, 0 = any
    int subject = Any; ///< enhanced status subject, Any = any
    int detail = Any; ///< enhanced status detail (only with a subject), Any = any
    Stages stages = 0;
    /** Lower-case phrases separated by '|'; one must occur in the reply text. nullptr = none. */
    const char *keywords = nullptr;
    const char *meaning = nullptr;
    const char *nextStep = nullptr;
    /**
     * The row guesses the cause from the basic code alone: it does not apply when the reply
     * carries a registered enhanced detail, which says more (550 5.6.3 is no spam refusal).
     */
    bool guess = false;
    /** The stage outweighs any code (whatever the server says to QUIT is harmless). */
    bool stageFirst = false;
};

/** One explanation of a failure that is not a reply; stage-specific rules win over stages = 0. */
struct FailureRule
{
    FailureKind kind = FailureKind::None;
    Stages stages = 0;
    const char *meaning = nullptr;
    const char *nextStep = nullptr;
};

std::span<const ReplyRule> replyRules();
std::span<const FailureRule> failureRules();

} // namespace mailflow::catalog
