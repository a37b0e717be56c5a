#include "diagnosis/enhancedstatuscatalog.h"

#include "diagnosis/catalogrules.h"

#include <QCoreApplication>

namespace mailflow {

namespace {

struct SubjectEntry
{
    int subject;
    const char *title;
};

struct DetailEntry
{
    int subject;
    int detail;
    const char *title;
};

// RFC 3463 section 3: what each subject digit is about.
constexpr SubjectEntry subjects[] = {
    {0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Other or undefined status")},
    {1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Address problem")},
    {2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox problem")},
    {3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system problem")},
    {4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Network or routing problem")},
    {5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail protocol problem")},
    {6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message content or format problem")},
    {7, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Security or policy problem")},
};

// RFC 3463 section 3.1-3.8, then the later registrations (reference after each block).
constexpr DetailEntry details[] = {
    {0, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "No further detail given")},

    {1, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Address problem (no further detail)")},
    {1, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox does not exist (bad destination mailbox address)")},
    {1, 2,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The domain of the address does not exist or takes no mail (bad destination system)")},
    {1, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Recipient address is not written correctly (bad syntax)")},
    {1, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Recipient address is ambiguous: it matches several mailboxes")},
    {1, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Recipient address is valid")},
    {1, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox has moved and there is no forwarding address")},
    {1, 7, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Sender address is not written correctly (bad syntax)")},
    {1, 8,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The domain of the sender address does not exist or cannot be reached")},
    {1, 9,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Message passed on to a mail system that cannot send delivery reports")}, // RFC 3886
    {1, 10,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The recipient's domain accepts no mail at all (null MX)")}, // RFC 7505

    {2, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox problem (no further detail)")},
    {2, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox is disabled and does not accept messages")},
    {2, 2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mailbox is full")},
    {2, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message is larger than the recipient's limit")},
    {2, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Problem expanding a mailing list")},

    {3, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system problem (no further detail)")},
    {3, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system is out of storage space")},
    {3, 2,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system is not accepting messages now (e.g. shutting down)")},
    {3, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system cannot provide a feature the message needs")},
    {3, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message is larger than the mail system accepts")},
    {3, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system is configured incorrectly")},
    {3, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The message's requested priority was changed")}, // RFC 6710

    {4, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Network or routing problem (no further detail)")},
    {4, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The next mail server did not answer")},
    {4, 2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The connection to the next mail server broke")},
    {4, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A directory server (such as DNS) failed")},
    {4, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "No route to the destination (e.g. no usable MX records)")},
    {4, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail system is congested")},
    {4, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A routing loop was detected")},
    {4, 7,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Delivery time expired: the message waited too long in a queue")},

    {5, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Mail protocol problem (no further detail)")},
    {5, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Invalid command")},
    {5, 2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Syntax error")},
    {5, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Too many recipients")},
    {5, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Invalid command arguments")},
    {5, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Wrong protocol version")},
    {5, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication exchange line is too long")}, // RFC 4954

    {6, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message content or format problem (no further detail)")},
    {6, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message content type is not supported")},
    {6, 2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Conversion of the message is needed but not allowed")},
    {6, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Conversion of the message is needed but not supported")},
    {6, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The message was converted with some loss")},
    {6, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Conversion of the message failed")},
    {6, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message content is not available")}, // RFC 4468
    {6, 7,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Non-ASCII addresses are not allowed for this sender or recipient")}, // RFC 6531
    {6, 8,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "A UTF-8 reply is needed but the client does not allow it")}, // RFC 6531
    {6, 9,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "A message with UTF-8 headers cannot be passed on to a recipient")}, // RFC 6531

    {7, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Security or policy problem (no further detail)")},
    {7, 1, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Delivery not authorized: refused by policy")},
    {7, 2, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Expanding this mailing list is not allowed")},
    {7, 3, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A security conversion is needed but not possible")},
    {7, 4, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Security features are not supported")},
    {7, 5, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Cryptographic failure")},
    {7, 6, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Cryptographic algorithm is not supported")},
    {7, 7, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Message integrity check failed")},
    {7, 8,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Authentication credentials invalid: wrong user name or password")}, // RFC 4954
    {7, 9, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Authentication mechanism is too weak")}, // RFC 4954
    {7, 10, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Encryption is needed for this")}, // RFC 5248
    {7, 11,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Encryption is required for this authentication mechanism")}, // RFC 4954
    {7, 12, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A password transition is needed")}, // RFC 4954
    {7, 13, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "User account is disabled")}, // RFC 5248
    {7, 14, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A trust relationship is required")}, // RFC 5248
    {7, 15, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The message's priority is too low")}, // RFC 6710
    {7, 16, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The message is too big for its priority")}, // RFC 6710
    {7, 17,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The mailbox has a new owner since the date the sender gave")}, // RFC 7293
    {7, 18,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The domain has a new owner since the date the sender gave")}, // RFC 7293
    {7, 19,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The mailbox owner check (RRVS) cannot be completed")}, // RFC 7293
    {7, 20, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "No passing DKIM signature found")}, // RFC 7372
    {7, 21, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "No acceptable DKIM signature found")},
    {7, 22, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "No valid DKIM signature of the author's domain found")},
    {7, 23,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "SPF validation failed: the sending IP address is not allowed for the sender's domain")},
    {7, 24,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "SPF validation error: the sender domain's SPF record could not be evaluated")},
    {7, 25,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Reverse DNS validation failed: the sending IP address has no matching host name")},
    {7, 26,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Several authentication checks (SPF, DKIM, reverse DNS) failed")},
    {7, 27,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The sender's domain accepts no mail (null MX), so it may not send either")}, // RFC 7505
    {7, 29, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "ARC validation failed")}, // RFC 8617
    {7, 30,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The recipient requires TLS all the way (REQUIRETLS) but a hop lacks it")}, // RFC 8689
};

const DetailEntry *findDetail(const EnhancedStatus &status)
{
    for (const DetailEntry &entry : details) {
        if (entry.subject == status.subject && entry.detail == status.detail)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString EnhancedStatusCatalog::title(const EnhancedStatus &status)
{
    if (!status.isValid())
        return {};
    if (const DetailEntry *entry = findDetail(status))
        return QCoreApplication::translate(catalog::Context, entry->title);
    return subjectTitle(status.subject);
}

QString EnhancedStatusCatalog::subjectTitle(int subject)
{
    for (const SubjectEntry &entry : subjects) {
        if (entry.subject == subject)
            return QCoreApplication::translate(catalog::Context, entry.title);
    }
    return {};
}

bool EnhancedStatusCatalog::isKnown(const EnhancedStatus &status)
{
    return status.isValid() && findDetail(status) != nullptr;
}

} // namespace mailflow
