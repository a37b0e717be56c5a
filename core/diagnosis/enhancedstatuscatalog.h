#pragma once

#include "smtp/smtpreply.h"

#include <QString>

namespace mailflow {

/**
 * Titles of RFC 3463 enhanced status codes and their later registrations (RFC 4954,
 * 5248, 6531, 6710, 7293, 7372, 7505, 8617, 8689). The class digit does not change
 * the title: 4.2.2 and 5.2.2 both say "mailbox full". Used by ReplyCatalog.
 */
class EnhancedStatusCatalog
{
public:
    /** Title of subject.detail; the subject's title when the detail is unknown; empty when the subject is. */
    static QString title(const EnhancedStatus &status);
    /** "Address problem" for subject 1 …; empty for an unknown subject. */
    static QString subjectTitle(int subject);
    /** The detail is a registered one (not only its subject). */
    static bool isKnown(const EnhancedStatus &status);
};

} // namespace mailflow
