#pragma once

#include "smtp/sessionoptions.h"

namespace mailflow {

class SmtpSession;
class WizardPanel;

/**
 * Puts options into the wizard's fields (server, port, EHLO name, sender, recipients with NOTIFY,
 * message, stop point) and onto the session, so values without a field (timeouts, envelope id)
 * are kept too. Goes back to the first page.
 */
void fillWizard(WizardPanel *wizard, SmtpSession *session, const SessionOptions &options);

} // namespace mailflow
