#pragma once

#include "smtp/sessionoptions.h"

namespace mailflow {

class SmtpSession;
class WizardPanel;

/**
 * Puts options into the wizard's fields (server, port, encryption with CA and client certificate,
 * verification, AUTH mechanism, user and plaintext permission, EHLO name, sender, recipients with
 * NOTIFY, forced DSN, message, stop point) and onto the session, so values without a field
 * (timeouts, RET, ENVID, ORCPT) are kept too. The password is left to the user and the keyring.
 * Goes back to the first page.
 */
void fillWizard(WizardPanel *wizard, SmtpSession *session, const SessionOptions &options);

} // namespace mailflow
