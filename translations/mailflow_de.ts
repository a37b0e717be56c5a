<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CheckSeverity</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>mailflow::AboutDialog</name>
    <message>
        <source>About Mailflow</source>
        <translation>Über Mailflow</translation>
    </message>
    <message>
        <source>Mailflow icon</source>
        <translation>Mailflow-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Finds out why mail does not flow: tests an SMTP server step by step, like "telnet host 25", and says what each reply means and what to do next.</source>
        <translation>Findet heraus, warum keine E-Mails ankommen: testet einen SMTP-Server Schritt für Schritt wie „telnet host 25“ und erklärt, was jede Antwort bedeutet und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder später</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressFamilyCheck</name>
    <message>
        <source>IPv4 against IPv6 for %1</source>
        <translation>IPv4 im Vergleich zu IPv6 für %1</translation>
    </message>
    <message>
        <source>%1 passes over IPv4 but fails over IPv6. Providers are stricter with IPv6 senders: most want a reverse DNS name (PTR) for the sending IPv6 address, and some want SPF and DKIM as well.</source>
        <translation>%1 funktioniert über IPv4, scheitert aber über IPv6. Provider sind bei IPv6-Absendern strenger: Die meisten verlangen einen Reverse-DNS-Namen (PTR) für die sendende IPv6-Adresse, manche zusätzlich SPF und DKIM.</translation>
    </message>
    <message>
        <source>Give your IPv6 sending address a PTR record that resolves back to it, or send over IPv4 only.</source>
        <translation>Richten Sie für Ihre sendende IPv6-Adresse einen PTR-Eintrag ein, der wieder auf diese Adresse auflöst, oder senden Sie nur über IPv4.</translation>
    </message>
    <message>
        <source>%1 passes over IPv6 but fails over IPv4: the IPv4 path or address is the problem (a block list entry, a missing PTR or a filter on one family).</source>
        <translation>%1 funktioniert über IPv6, scheitert aber über IPv4: Das Problem liegt beim IPv4-Weg oder bei der IPv4-Adresse (ein Sperrlisteneintrag, ein fehlender PTR oder ein Filter für eine der beiden Protokollfamilien).</translation>
    </message>
    <message>
        <source>Compare the IPv4 rows' replies with the IPv6 rows' in the matrix.</source>
        <translation>Vergleichen Sie in der Matrix die Antworten der IPv4-Zeilen mit denen der IPv6-Zeilen.</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressValidation</name>
    <message>
        <source>Enter a full address, like user@example.com.</source>
        <translation>Geben Sie eine vollständige Adresse ein, z. B. user@example.com.</translation>
    </message>
    <message>
        <source>The address contains a line break or a control character.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>Die Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the address without angle brackets.</source>
        <translation>Geben Sie die Adresse ohne spitze Klammern ein.</translation>
    </message>
    <message>
        <source>The address has no @: enter a full address, like user@example.com.</source>
        <translation>Die Adresse enthält kein @: Geben Sie eine vollständige Adresse ein, z. B. user@example.com.</translation>
    </message>
    <message>
        <source>The address has nothing before the @.</source>
        <translation>Vor dem @ steht nichts.</translation>
    </message>
    <message>
        <source>The address has no domain after the @.</source>
        <translation>Nach dem @ steht keine Domain.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>Die Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The domain contains a space.</source>
        <translation>Die Domain enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address literal after the @ is not an IP address.</source>
        <translation>Das Adressliteral nach dem @ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots, or a dot at the start or end).</source>
        <translation>Die Domain enthält ein leeres Label (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende).</translation>
    </message>
    <message>
        <source>The domain is not a valid domain name.</source>
        <translation>Die Domain ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>Enter a server name or an IP address.</source>
        <translation>Geben Sie einen Servernamen oder eine IP-Adresse ein.</translation>
    </message>
    <message>
        <source>The server name contains a line break or a control character.</source>
        <translation>Der Servername enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The server name contains a space.</source>
        <translation>Der Servername enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The server name is longer than 253 characters.</source>
        <translation>Der Servername ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The server name is not a valid host name.</source>
        <translation>Der Servername ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>%1 contains a line break or a control character.</source>
        <translation>%1 enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 is longer than 998 characters.</source>
        <translation>%1 ist länger als 998 Zeichen.</translation>
    </message>
    <message>
        <source>A header needs a name.</source>
        <translation>Eine Kopfzeile braucht einen Namen.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII letters without spaces or colons.</source>
        <translation>Der Name der Kopfzeile „%1“ darf nur druckbare ASCII-Zeichen ohne Leerzeichen und Doppelpunkte enthalten.</translation>
    </message>
    <message>
        <source>A UNIX socket is written with its full path: unix:/run/dovecot/lmtp.</source>
        <translation>Einen UNIX-Socket geben Sie mit seinem vollständigen Pfad an: unix:/run/dovecot/lmtp.</translation>
    </message>
    <message>
        <source>The UNIX socket path is longer than 107 bytes.</source>
        <translation>Der Pfad des UNIX-Sockets ist länger als 107 Byte.</translation>
    </message>
</context>
<context>
    <name>mailflow::AllMxRunner</name>
    <message>
        <source>Testing every MX of %1 on port %2, up to %3 (%4 at a time).</source>
        <translation>Alle MX von %1 werden auf Port %2 getestet, höchstens %3 (%4 gleichzeitig).</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>=== MX %1 (preference %2), %3: %4</source>
        <translation>=== MX %1 (Präferenz %2), %3: %4</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>MX matrix:</source>
        <translation>MX-Matrix:</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Delivery rule (try in preference order, move on after a connection failure or a 4xx, stop at a 5xx):</source>
        <translation>Zustellregel (in der Reihenfolge der Präferenz versuchen, nach einem Verbindungsfehler oder einem 4xx weitermachen, bei einem 5xx aufhören):</translation>
    </message>
    <message>
        <source>Delivery verdict: %1</source>
        <translation>Zustellbefund: %1</translation>
    </message>
    <message>
        <source>Attempts (the rows retried after a deliberate deferral):</source>
        <translation>Versuche (die Zeilen, die nach einer absichtlichen Zurückstellung wiederholt wurden):</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying %n row(s) once</source>
        <translation>
            <numerusform>Zurückgestellt, nicht fehlgeschlagen: %n Zeile wird einmal wiederholt</numerusform>
            <numerusform>Zurückgestellt, nicht fehlgeschlagen: %n Zeilen werden einmal wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s.</source>
        <translation>
            <numerusform>in %n s.</numerusform>
            <numerusform>in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistCheck</name>
    <message>
        <source>Block lists: your address</source>
        <translation>Sperrlisten: Ihre Adresse</translation>
    </message>
    <message>
        <source>Your address is not looked up on the block lists: %1</source>
        <translation>Ihre Adresse wird nicht in den Sperrlisten nachgeschlagen: %1</translation>
    </message>
    <message>
        <source>not answered: the name %1</source>
        <translation>keine Antwort: der Name %1</translation>
    </message>
    <message>
        <source>%1: your address %2</source>
        <translation>%1: Ihre Adresse %2</translation>
    </message>
    <message>
        <source>%1: the server's address %2</source>
        <translation>%1: die Adresse des Servers %2</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 ist nicht auf %2 gelistet.</translation>
    </message>
    <message>
        <source>%1 did not answer for %2 (%3); this says nothing about a listing.</source>
        <translation>%1 hat für %2 nicht geantwortet (%3); über einen Eintrag sagt das nichts aus.</translation>
    </message>
    <message>
        <source>Find out why the address sent mail the list objects to (an infected computer, a compromised account, a misconfigured server) and stop it.</source>
        <translation>Finden Sie heraus, warum von der Adresse E-Mails gesendet wurden, die die Liste beanstandet (ein infizierter Computer, ein kompromittiertes Konto, ein falsch konfigurierter Server), und stellen Sie das ab.</translation>
    </message>
    <message>
        <source>Ask the list's operator for removal.</source>
        <translation>Bitten Sie den Betreiber der Liste um Austragung.</translation>
    </message>
    <message>
        <source>Ask for removal at %1.</source>
        <translation>Beantragen Sie die Austragung unter %1.</translation>
    </message>
    <message>
        <source>If the address belongs to your mail or internet provider, send through the provider's mail servers and ask the provider to act.</source>
        <translation>Gehört die Adresse Ihrem Mail- oder Internetprovider, senden Sie über dessen Mailserver und bitten Sie den Provider, sich darum zu kümmern.</translation>
    </message>
    <message>
        <source>Your address %1 is listed on %2: %3. Servers that use this list refuse your mail.</source>
        <translation>Ihre Adresse %1 ist auf %2 gelistet: %3. Server, die diese Liste nutzen, weisen Ihre E-Mails ab.</translation>
    </message>
    <message>
        <source>Tell the administrator of the server; its own outgoing mail may be refused elsewhere.</source>
        <translation>Informieren Sie den Administrator des Servers; dessen eigene ausgehende E-Mails werden womöglich anderswo abgewiesen.</translation>
    </message>
    <message>
        <source>The server's address %1 is listed on %2: %3.</source>
        <translation>Die Adresse %1 des Servers ist auf %2 gelistet: %3.</translation>
    </message>
    <message>
        <source>not answered within the check's time limit</source>
        <translation>nicht innerhalb des Zeitlimits der Prüfung beantwortet</translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistReading</name>
    <message>
        <source>not answered: the list does not know the query (a typo in the list's name or an unsupported query)</source>
        <translation>keine Antwort: Die Liste kennt die Abfrage nicht (Tippfehler im Namen der Liste oder nicht unterstützte Abfrage)</translation>
    </message>
    <message>
        <source>not answered: the list refuses queries that come through a public or open DNS resolver; ask again through your own resolver</source>
        <translation>keine Antwort: Die Liste lehnt Abfragen über einen öffentlichen oder offenen DNS-Resolver ab; fragen Sie erneut über Ihren eigenen Resolver an</translation>
    </message>
    <message>
        <source>not answered: the DNS resolver used made too many queries to the list</source>
        <translation>keine Antwort: Der verwendete DNS-Resolver hat zu viele Abfragen an die Liste gestellt</translation>
    </message>
    <message>
        <source>not answered: the list returned an error code</source>
        <translation>keine Antwort: Die Liste hat einen Fehlercode zurückgegeben</translation>
    </message>
    <message>
        <source>SBL: a known spam source or spam operation</source>
        <translation>SBL: eine bekannte Spamquelle oder Spam-Operation</translation>
    </message>
    <message>
        <source>CSS: Spamhaus saw spam sent from this address (often a misconfigured or compromised server)</source>
        <translation>CSS: Spamhaus hat von dieser Adresse gesendeten Spam festgestellt (oft ein falsch konfigurierter oder kompromittierter Server)</translation>
    </message>
    <message>
        <source>XBL: the address sent traffic of infected or hijacked machines (botnet, open proxy)</source>
        <translation>XBL: Die Adresse hat Datenverkehr infizierter oder gekaperter Rechner gesendet (Botnetz, offener Proxy)</translation>
    </message>
    <message>
        <source>DROP: the whole network is run by criminals or hijacked</source>
        <translation>DROP: Das gesamte Netz wird von Kriminellen betrieben oder ist gekapert</translation>
    </message>
    <message>
        <source>PBL (listed by the ISP): the provider says this address should not send mail directly, only through its mail servers</source>
        <translation>PBL (vom ISP eingetragen): Der Provider gibt an, dass diese Adresse keine E-Mails direkt senden soll, sondern nur über seine Mailserver</translation>
    </message>
    <message>
        <source>PBL (listed by Spamhaus): an end-user address range that should not send mail directly</source>
        <translation>PBL (von Spamhaus eingetragen): ein Adressbereich für Endkunden, der keine E-Mails direkt senden soll</translation>
    </message>
    <message>
        <source>SpamCop users reported spam from this address</source>
        <translation>SpamCop-Nutzer haben Spam von dieser Adresse gemeldet</translation>
    </message>
    <message>
        <source>Barracuda rates this address as a poor-reputation sender</source>
        <translation>Barracuda stuft diese Adresse als Absender mit schlechter Reputation ein</translation>
    </message>
    <message>
        <source>listed (return code %1)</source>
        <translation>gelistet (Rückgabecode %1)</translation>
    </message>
    <message>
        <source>listed with return code %1, which this list does not document</source>
        <translation>gelistet mit Rückgabecode %1, den diese Liste nicht dokumentiert</translation>
    </message>
    <message>
        <source>not answered: %1 is not a block list return code</source>
        <translation>keine Antwort: %1 ist kein Rückgabecode einer Sperrliste</translation>
    </message>
    <message>
        <source>"%1" is not a block list zone name.</source>
        <translation>„%1“ ist kein Zonenname einer Sperrliste.</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificateDecisionDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Continue for this test</source>
        <translation>Für diesen Test &amp;fortfahren</translation>
    </message>
    <message>
        <source>The server's certificate failed verification</source>
        <translation>Das Zertifikat des Servers hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server's certificate could not be verified.&lt;/b&gt; Mail programs and servers that require TLS would refuse this connection. Stop the test, or continue for this one test only (the choice is written in the transcript).</source>
        <translation>&lt;b&gt;Das Zertifikat des Servers konnte nicht verifiziert werden.&lt;/b&gt; Mailprogramme und Server, die TLS verlangen, würden diese Verbindung ablehnen. Brechen Sie den Test ab oder fahren Sie nur für diesen einen Test fort (die Entscheidung wird im Protokoll vermerkt).</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificatePanel</name>
    <message>
        <source>Verification failed:</source>
        <translation>Verifizierung fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Das Zertifikat wurde verifiziert.</translation>
    </message>
    <message>
        <source>No TLS handshake in this test yet.</source>
        <translation>In diesem Test gab es noch keinen TLS-Handshake.</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS und Zertifikat</translation>
    </message>
</context>
<context>
    <name>mailflow::CheckFindingText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
</context>
<context>
    <name>mailflow::CheckRunner</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Port 25 aus diesem Netz</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Offenes Relay</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>Unknown check "%1"; the checks are: %2.</source>
        <translation>Unbekannte Prüfung „%1“; verfügbare Prüfungen: %2.</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s; the SMTP test did not wait for it.</source>
        <translation>Die Prüfung wurde nicht innerhalb von %1 s abgeschlossen; der SMTP-Test hat nicht auf sie gewartet.</translation>
    </message>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Ihre Adresse aus Sicht des Servers</translation>
    </message>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>Reverse DNS Ihrer Adresse</translation>
    </message>
    <message>
        <source>DNS block lists</source>
        <translation>DNS-Sperrlisten</translation>
    </message>
    <message>
        <source>SPF of the sender domain</source>
        <translation>SPF der Absenderdomain</translation>
    </message>
    <message>
        <source>DMARC of the sender domain</source>
        <translation>DMARC der Absenderdomain</translation>
    </message>
    <message>
        <source>MTA-STS of the recipient domain</source>
        <translation>MTA-STS der Empfängerdomain</translation>
    </message>
    <message>
        <source>TLS reporting of the recipient domain</source>
        <translation>TLS-Reporting der Empfängerdomain</translation>
    </message>
</context>
<context>
    <name>mailflow::Checklist</name>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>Connect and greeting</source>
        <translation>Verbindung und Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End of data</source>
        <translation>Ende der Daten</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>XCLIENT</source>
        <translation>XCLIENT</translation>
    </message>
</context>
<context>
    <name>mailflow::ChecklistModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Select a row to see what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Cause: %1 — who must act: %2</source>
        <translation>Ursache: %1 — zuständig: %2</translation>
    </message>
    <message>
        <source>Deferred, not failed: retry later.</source>
        <translation>Zurückgestellt, nicht fehlgeschlagen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::CliParser</name>
    <message>
        <source>Run only these checks around the conversation (comma-separated): %1.</source>
        <translation>Nur diese Prüfungen rund um die SMTP-Sitzung ausführen (durch Kommas getrennt): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Run none of the checks around the conversation, only the SMTP test.</source>
        <translation>Keine der Prüfungen rund um die SMTP-Sitzung ausführen, nur den SMTP-Test.</translation>
    </message>
    <message>
        <source>Run every check around the conversation but these (comma-separated).</source>
        <translation>Alle Prüfungen rund um die SMTP-Sitzung ausführen außer diesen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>After the envelope, try RCPT TO an outside recipient from an outside sender and warn if the server accepts it (an open relay); then RSET. Never sends a message.</source>
        <translation>Nach dem Envelope RCPT TO an einen externen Empfänger mit einem externen Absender versuchen und warnen, wenn der Server das annimmt (ein offenes Relay); danach RSET. Sendet nie eine Nachricht.</translation>
    </message>
    <message>
        <source>The outside sender of --relay-check (default %1).</source>
        <translation>Der externe Absender für --relay-check (Standard: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The outside recipient of --relay-check (default %1).</source>
        <translation>Der externe Empfänger für --relay-check (Standard: %1).</translation>
    </message>
    <message>
        <source>Give one of --checks, --no-checks and --skip-checks.</source>
        <translation>Geben Sie nur eine der Optionen --checks, --no-checks und --skip-checks an.</translation>
    </message>
    <message>
        <source>--checks: name at least one check (or use --no-checks).</source>
        <translation>--checks: Nennen Sie mindestens eine Prüfung (oder verwenden Sie --no-checks).</translation>
    </message>
    <message>
        <source>saved the profile "%1" as %2</source>
        <translation>Profil „%1“ als %2 gespeichert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation>Noch keine Testläufe gespeichert.</translation>
    </message>
    <message>
        <source>No run matches "%1".</source>
        <translation>Kein Testlauf passt zu „%1“.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n Testlauf.</numerusform>
            <numerusform>%n Testläufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the kept runs, newest first, instead of running a test; words after the options search the server, domain, recipients, profile, verdict and cause. With --format json, as JSON.</source>
        <translation>Statt einen Test auszuführen, die gespeicherten Testläufe auflisten, neueste zuerst; Wörter nach den Optionen durchsuchen Server, Domain, Empfänger, Profil, Befund und Ursache. Mit --format json als JSON.</translation>
    </message>
    <message>
        <source>Print the report of the kept run ID (--format json for JSON).</source>
        <translation>Den Bericht des gespeicherten Testlaufs ID ausgeben (--format json für JSON).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--history lists runs and --history-show prints one: give one of them.</source>
        <translation>--history listet Testläufe auf, --history-show gibt einen aus: Geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>--history-show: give the id of a run (see --history).</source>
        <translation>--history-show: Geben Sie die ID eines Testlaufs an (siehe --history).</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every step passed (a HELO fall-back alone is a warning, not a failure)
  1  bad options or input: nothing was sent
  2  could not connect (host not found, refused, unreachable)
 21  greeting refused (421/554)   22  EHLO/HELO refused
 23  MAIL FROM refused            24  a recipient refused or deferred
 25  DATA refused                 26  message refused after the final dot
 27  QUIT failed                  30  protocol error (not an SMTP reply)
 31  timeout at any stage
 32  DNS: the domain does not exist, has no mail server or a null MX, or DNS failed
 34  deferred on purpose (greylisting): not failed, retry later
</source>
        <translation>Exit-Codes:
  0  alle Schritte bestanden (ein Rückfall auf HELO allein ist eine Warnung, kein Fehler)
  1  ungültige Optionen oder Eingaben: nichts wurde gesendet
  2  keine Verbindung möglich (Host nicht gefunden, abgelehnt, nicht erreichbar)
 21  Begrüßung abgelehnt (421/554)  22  EHLO/HELO abgelehnt
 23  MAIL FROM abgelehnt            24  ein Empfänger abgelehnt oder zurückgestellt
 25  DATA abgelehnt                 26  Nachricht nach dem Punkt abgelehnt
 27  QUIT fehlgeschlagen            30  Protokollfehler (keine SMTP-Antwort)
 31  Zeitüberschreitung in einer beliebigen Phase
 32  DNS: Die Domain existiert nicht, hat keinen Mailserver oder ein Null-MX, oder DNS ist fehlgeschlagen
 34  absichtlich zurückgestellt (Greylisting): nicht fehlgeschlagen, später erneut versuchen
</translation>
    </message>
    <message>
        <source>With --all-mx: 0 when some MX passed every step, else the code of the MX that got furthest.
</source>
        <translation>Mit --all-mx: 0, wenn ein MX-Host alle Schritte bestanden hat, sonst der Code des MX-Hosts, der am weitesten gekommen ist.
</translation>
    </message>
    <message>
        <source>Tests an SMTP server step by step, like "telnet host 25" (Microsoft KB 153119):
connect, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, with a transcript and a checklist.

</source>
        <translation>Testet einen SMTP-Server Schritt für Schritt wie „telnet host 25“ (Microsoft KB 153119):
Verbindung, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, mit Protokoll und Checkliste.

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The language of the messages: %1 (default: the system's).</source>
        <translation>Die Sprache der Meldungen: %1 (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang: unknown language "%1"; choose one of %2.</source>
        <translation>--lang: unbekannte Sprache „%1“; wählen Sie eine aus: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Security: off, optional (STARTTLS when offered), starttls (required) or implicit (TLS from the start). Default: implicit on port 465, starttls on 587, optional otherwise.</source>
        <translation>Sicherheit: off, optional (STARTTLS, wenn angeboten), starttls (erforderlich) oder implicit (TLS von Anfang an). Standard: implicit auf Port 465, starttls auf 587, sonst optional.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>Go on when the server's certificate fails verification (written in the transcript).</source>
        <translation>Fortfahren, wenn das Zertifikat des Servers die Verifizierung nicht besteht (wird im Protokoll vermerkt).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Client-Zertifikat (PEM) für Server, die eines verlangen.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Privater Schlüssel (PEM) zu --client-cert.</translation>
    </message>
    <message>
        <source>Log in (AUTH) after EHLO: auto (default: the strongest offered), plain, login, cram-md5, scram-sha-1, scram-sha-256, or with an access token xoauth2 or oauthbearer. Needs --auth-user.</source>
        <translation>Nach EHLO anmelden (AUTH): auto (Standard: das stärkste angebotene Verfahren), plain, login, cram-md5, scram-sha-1, scram-sha-256 oder mit einem Zugriffstoken xoauth2 oder oauthbearer. Erfordert --auth-user.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>User name for AUTH (implies --auth).</source>
        <translation>Benutzername für AUTH (impliziert --auth).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Read the AUTH password from the first line of this file. Otherwise it comes from $MAILFLOW_PASSWORD or a prompt; never from the command line.</source>
        <translation>Das AUTH-Passwort aus der ersten Zeile dieser Datei lesen. Sonst stammt es aus $MAILFLOW_PASSWORD oder einer Abfrage, nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>Allow sending the credentials over an unencrypted connection.</source>
        <translation>Das Senden der Zugangsdaten über eine unverschlüsselte Verbindung erlauben.</translation>
    </message>
    <message>
        <source> 28  AUTH refused or not possible   29  STARTTLS or TLS failed (certificate, handshake)
</source>
        <translation> 28  AUTH abgelehnt/nicht möglich   29  STARTTLS oder TLS fehlgeschlagen (Zertifikat, Handshake)
</translation>
    </message>
    <message>
        <source>--tls: use off, optional, starttls or implicit.</source>
        <translation>--tls: Verwenden Sie off, optional, starttls oder implicit.</translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together.</source>
        <translation>--client-cert und --client-key gehören zusammen.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>--ca-file, --client-cert and --no-tls-verify need TLS (not --tls off).</source>
        <translation>--ca-file, --client-cert und --no-tls-verify erfordern TLS (nicht --tls off).</translation>
    </message>
    <message>
        <source>--auth: use auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer.</source>
        <translation>--auth: Verwenden Sie auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <source>--auth needs --auth-user (the user name to log in with).</source>
        <translation>--auth erfordert --auth-user (den Benutzernamen für die Anmeldung).</translation>
    </message>
    <message>
        <source>--auth-password-file and --auth-allow-plaintext need --auth-user.</source>
        <translation>--auth-password-file und --auth-allow-plaintext erfordern --auth-user.</translation>
    </message>
    <message>
        <source>--quit-after auth needs --auth-user.</source>
        <translation>--quit-after auth erfordert --auth-user.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 ist leer.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>AUTH needs a password: give --auth-password-file FILE or set MAILFLOW_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>AUTH benötigt ein Passwort: Geben Sie --auth-password-file DATEI an, setzen Sie MAILFLOW_PASSWORD oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden (es wird nie aus der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>--server: missing ] after the IPv6 address.</source>
        <translation>--server: Nach der IPv6-Adresse fehlt ].</translation>
    </message>
    <message>
        <source>--server: expected :PORT after ].</source>
        <translation>--server: Nach ] wird :PORT erwartet.</translation>
    </message>
    <message>
        <source>--server: the port must be a number from 1 to 65535.</source>
        <translation>--server: Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Port (default 25).</source>
        <translation>Port (Standard: 25).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Name to send with EHLO/HELO.</source>
        <translation>Name, der mit EHLO/HELO gesendet wird.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Envelope sender for MAIL FROM; "" or "&lt;&gt;" for the null sender.</source>
        <translation>Envelope-Absender für MAIL FROM; "" oder "&lt;&gt;" für den leeren Absender (Null-Sender).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Recipient for RCPT TO; repeat it or separate with commas.</source>
        <translation>Empfänger für RCPT TO; mehrfach angeben oder durch Kommas trennen.</translation>
    </message>
    <message>
        <source>DSN NOTIFY= for every recipient: SUCCESS,FAILURE,DELAY or NEVER.</source>
        <translation>DSN NOTIFY= für jeden Empfänger: SUCCESS,FAILURE,DELAY oder NEVER.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>DSN ORCPT= original recipient.</source>
        <translation>DSN ORCPT= ursprünglicher Empfänger.</translation>
    </message>
    <message>
        <source>DSN RET=: full or hdrs.</source>
        <translation>DSN RET=: full oder hdrs.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>was</translation>
    </message>
    <message>
        <source>DSN ENVID= envelope id.</source>
        <translation>DSN ENVID= Envelope-ID.</translation>
    </message>
    <message>
        <source>auto: send DSN parameters only when the server advertises DSN (default); force: always, as KB 153119 types them.</source>
        <translation>auto: DSN-Parameter nur senden, wenn der Server DSN anbietet (Standard); force: immer, so wie sie in KB 153119 eingegeben werden.</translation>
    </message>
    <message>
        <source>An extra header "Name: value"; repeatable.</source>
        <translation>Eine zusätzliche Kopfzeile „Name: Wert“; mehrfach möglich.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>kopfzeile</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Betreff der Testnachricht.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>body</source>
        <translation>inhalt</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage.</source>
        <translation>Wartezeit in Sekunden für jede Phase.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --%1.</source>
        <translation>--profile führt den im Profil gespeicherten Test aus: Lassen Sie --%1 weg.</translation>
    </message>
    <message>
        <source>--server is required (the host to test), or --mx DOMAIN to find it in DNS.</source>
        <translation>--server ist erforderlich (der zu testende Host), oder --mx DOMAIN, um ihn im DNS zu finden.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--ehlo: give one name without spaces.</source>
        <translation>--ehlo: Geben Sie einen Namen ohne Leerzeichen an.</translation>
    </message>
    <message>
        <source>--timeout: give seconds, from 0.1 to 3600.</source>
        <translation>--timeout: Geben Sie Sekunden an, von 0.1 bis 3600.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--from is required (the envelope sender; "&lt;&gt;" for the null sender).</source>
        <translation>--from ist erforderlich (der Envelope-Absender; "&lt;&gt;" für den leeren Absender).</translation>
    </message>
    <message>
        <source>--notify: %1</source>
        <translation>--notify: %1</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <source>--to is required (at least one recipient).</source>
        <translation>--to ist erforderlich (mindestens ein Empfänger).</translation>
    </message>
    <message>
        <source>--orcpt: %1</source>
        <translation>--orcpt: %1</translation>
    </message>
    <message>
        <source>--ret: use full or hdrs.</source>
        <translation>--ret: Verwenden Sie full oder hdrs.</translation>
    </message>
    <message>
        <source>--dsn: use auto or force.</source>
        <translation>--dsn: Verwenden Sie auto oder force.</translation>
    </message>
    <message>
        <source>--header: write it as "Name: value".</source>
        <translation>--header: Schreiben Sie sie als "Name: Wert".</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>Die Kopfzeile %1</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header: %1</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a body from standard input: give --body TEXT or --body @FILE.</source>
        <translation>--save-profile kann keinen Nachrichtentext aus der Standardeingabe speichern: Geben Sie --body TEXT oder --body @DATEI an.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Ausgabe: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Also write the report to FILE: .txt, .html, .json or .pdf by its extension. With several profiles, each report gets the profile name before the extension.</source>
        <translation>Den Bericht zusätzlich in DATEI schreiben: je nach Endung als .txt, .html, .json oder .pdf. Bei mehreren Profilen erhält jeder Bericht den Profilnamen vor der Endung.</translation>
    </message>
    <message>
        <source>Run a saved profile: a NAME from the profiles folder, a FILE, or a FOLDER of profiles; repeatable. Several profiles end with a summary table and the worst exit code.</source>
        <translation>Ein gespeichertes Profil ausführen: ein NAME aus dem Profilordner, eine DATEI oder ein ORDNER mit Profilen; mehrfach möglich. Mehrere Profile enden mit einer Übersichtstabelle und dem schlechtesten Exit-Code.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Keep this test (server or --mx domain, envelope, message and the other test options; never the password) as the profile NAME, replacing one of that name, then run it. Rerun it later with --profile NAME.</source>
        <translation>Diesen Test (Server oder --mx-Domain, Envelope, Nachricht und die übrigen Testoptionen; nie das Passwort) als Profil NAME speichern, ein gleichnamiges ersetzen und dann ausführen. Später erneut ausführen mit --profile NAME.</translation>
    </message>
    <message>
        <source>Mask for sharing outside the company: addresses, hosts or all (pseudonyms such as user1@domain1.example). Credentials are always masked.</source>
        <translation>Für die Weitergabe außerhalb des Unternehmens maskieren: addresses, hosts oder all (Pseudonyme wie user1@domain1.example). Zugangsdaten werden immer maskiert.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>Diesen Testlauf nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>--save: end the file name with .txt, .html, .json or .pdf.</source>
        <translation>--save: Der Dateiname muss auf .txt, .html, .json oder .pdf enden.</translation>
    </message>
    <message>
        <source>--save-profile keeps the options of this command line: leave out --profile.</source>
        <translation>--save-profile speichert die Optionen dieser Befehlszeile: Lassen Sie --profile weg.</translation>
    </message>
    <message>
        <source>give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>--save-profile: %1</source>
        <translation>--save-profile: %1</translation>
    </message>
    <message>
        <source>--redact: use addresses, hosts or all.</source>
        <translation>--redact: Verwenden Sie addresses, hosts oder all.</translation>
    </message>
    <message>
        <source>--format: use text or json.</source>
        <translation>--format: Verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Runs are kept in the history folder; --format json adds "compare": what changed since the previous run of the same profile.
</source>
        <translation>Testläufe werden im Verlaufsordner gespeichert; --format json ergänzt "compare": was sich seit dem vorigen Lauf desselben Profils geändert hat.
</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2.0 access token in the first line of this file (XOAUTH2 or OAUTHBEARER). Otherwise it comes from $MAILFLOW_TOKEN or a prompt; never from the command line.</source>
        <translation>Mit dem OAuth-2.0-Zugriffstoken aus der ersten Zeile dieser Datei anmelden (XOAUTH2 oder OAUTHBEARER). Sonst stammt es aus $MAILFLOW_TOKEN oder einer Abfrage, nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>With --auth login, send the user name with the command (AUTH LOGIN dXNlcg==).</source>
        <translation>Mit --auth login den Benutzernamen gleich mit dem Befehl senden (AUTH LOGIN dXNlcg==).</translation>
    </message>
    <message>
        <source>--auth-token-file and --auth-login-initial-response need --auth-user.</source>
        <translation>--auth-token-file und --auth-login-initial-response erfordern --auth-user.</translation>
    </message>
    <message>
        <source>Give --auth-token-file or --auth-password-file, not both.</source>
        <translation>Geben Sie --auth-token-file oder --auth-password-file an, nicht beides.</translation>
    </message>
    <message>
        <source>--auth-token-file needs --auth auto, xoauth2 or oauthbearer.</source>
        <translation>--auth-token-file erfordert --auth auto, xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <source>--auth-login-initial-response needs --auth login.</source>
        <translation>--auth-login-initial-response erfordert --auth login.</translation>
    </message>
    <message>
        <source>Access token for %1: </source>
        <translation>Zugriffstoken für %1: </translation>
    </message>
    <message>
        <source>The OAuth login needs an access token: give --auth-token-file FILE or set MAILFLOW_TOKEN, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>Die OAuth-Anmeldung benötigt ein Zugriffstoken: Geben Sie --auth-token-file DATEI an, setzen Sie MAILFLOW_TOKEN oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden (es wird nie aus der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>When the server offers PIPELINING, send MAIL FROM, the RCPT TOs and DATA in one write and judge each reply in order.</source>
        <translation>Wenn der Server PIPELINING anbietet, MAIL FROM, alle RCPT TO und DATA in einem Schreibvorgang senden und jede Antwort der Reihe nach bewerten.</translation>
    </message>
    <message>
        <source>--drop-after and --quit-after both say where to stop: give one of them.</source>
        <translation>--drop-after und --quit-after legen beide fest, wo aufgehört wird: Geben Sie nur eine der beiden an.</translation>
    </message>
    <message>
        <source>When the server defers the test on purpose (greylisting), wait SECONDS (default: the interval the server asks for, else %1 s), run it once more and report both attempts.</source>
        <translation>Wenn der Server den Test absichtlich zurückstellt (Greylisting), SEKUNDEN warten (Standard: das vom Server verlangte Intervall, sonst %1 s), den Test noch einmal ausführen und beide Versuche melden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--retry-deferred: give a number of seconds from 0 to %1, not "%2".</source>
        <translation>--retry-deferred: Geben Sie eine Anzahl Sekunden von 0 bis %1 an, nicht „%2“.</translation>
    </message>
    <message>
        <source>With several profiles: run at most N at a time (default 4; 1 runs them one after another). The output and the summary keep the profiles' order.</source>
        <translation>Bei mehreren Profilen: höchstens N gleichzeitig ausführen (Standard 4; bei 1 nacheinander). Ausgabe und Übersicht behalten die Reihenfolge der Profile bei.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Run the one --profile again every MINUTES (fractions allowed, e.g. 0.5), one line per run, until --until says to stop.</source>
        <translation>Das eine --profile alle MINUTEN erneut ausführen (Dezimalzahlen erlaubt, z. B. 0.5), eine Zeile pro Lauf, bis --until das Ende bestimmt.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>With --watch: stop when the result changes (changes, the default), when a run passes (passes), or after HOURS (fractions allowed); repeatable: the first that happens stops.</source>
        <translation>Mit --watch: aufhören, wenn sich das Ergebnis ändert (changes, Standard), wenn ein Lauf besteht (passes) oder nach STUNDEN (Dezimalzahlen erlaubt); mehrfach möglich: Was zuerst eintritt, beendet die Überwachung.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <source>--jobs: give a number from 1 to 64.</source>
        <translation>--jobs: Geben Sie eine Zahl von 1 bis 64 an.</translation>
    </message>
    <message>
        <source>--until goes with --watch.</source>
        <translation>--until gehört zu --watch.</translation>
    </message>
    <message>
        <source>--watch: give the minutes between runs, more than 0 and at most a week.</source>
        <translation>--watch: Geben Sie die Minuten zwischen den Läufen an, mehr als 0 und höchstens eine Woche.</translation>
    </message>
    <message>
        <source>--watch reruns one saved test: give exactly one --profile NAME.</source>
        <translation>--watch führt einen gespeicherten Test erneut aus: Geben Sie genau ein --profile NAME an.</translation>
    </message>
    <message>
        <source>--until: use passes, changes or a number of hours.</source>
        <translation>--until: Verwenden Sie passes, changes oder eine Anzahl Stunden.</translation>
    </message>
    <message>
        <source>With --watch: 0 when a run passed (--until passes), %1 when the result changed (--until changes), else at the time limit the last run's code.
</source>
        <translation>Mit --watch: 0, wenn ein Lauf bestanden hat (--until passes), %1, wenn sich das Ergebnis geändert hat (--until changes), sonst beim Zeitlimit der Code des letzten Laufs.
</translation>
    </message>
    <message>
        <source>The DNS block list zones to look your address up on (comma-separated; default %1).</source>
        <translation>Die DNS-Sperrlistenzonen, in denen Ihre Adresse nachgeschlagen wird (durch Kommas getrennt; Standard: %1).</translation>
    </message>
    <message>
        <source>ZONES</source>
        <translation>ZONEN</translation>
    </message>
    <message>
        <source>--blocklists: %1</source>
        <translation>--blocklists: %1</translation>
    </message>
    <message>
        <source>Send the message with BDAT chunks instead of DATA: auto (when the server offers CHUNKING), force (even when it does not) or off (default). With BDAT nothing is dot-stuffed, and BODY=BINARYMIME is declared for 8-bit content when the server offers it.</source>
        <translation>Die Nachricht in BDAT-Blöcken statt mit DATA senden: auto (wenn der Server CHUNKING anbietet), force (auch wenn nicht) oder off (Standard). Bei BDAT entfällt das Dot-Stuffing, und für 8-Bit-Inhalte wird BODY=BINARYMIME angegeben, wenn der Server es anbietet.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Bytes in each BDAT chunk but the last (a number, or with k or M); default: the whole message up to 1 MiB in one chunk, else chunks of 1 MiB.</source>
        <translation>Bytes pro BDAT-Block außer dem letzten (eine Zahl, auch mit k oder M); Standard: die ganze Nachricht bis 1 MiB in einem Block, sonst Blöcke zu 1 MiB.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>--bdat: use auto, force or off.</source>
        <translation>--bdat: Verwenden Sie auto, force oder off.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size: give a number of bytes from 1 to 1G, such as 65536, 64k or 1M.</source>
        <translation>--bdat-chunk-size: Geben Sie eine Anzahl Bytes von 1 bis 1G an, z. B. 65536, 64k oder 1M.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size needs --bdat auto or --bdat force.</source>
        <translation>--bdat-chunk-size erfordert --bdat auto oder --bdat force.</translation>
    </message>
    <message>
        <source>The server: HOST, HOST:PORT, [IPv6]:PORT, or unix:PATH for a UNIX socket.</source>
        <translation>Der Server: HOST, HOST:PORT, [IPv6]:PORT oder unix:PFAD für einen UNIX-Socket.</translation>
    </message>
    <message>
        <source>Message body: TEXT, @FILE, or - for standard input. These tokens are replaced in the body and headers: %1 (%NEWLINE% in the body only).</source>
        <translation>Nachrichtentext: TEXT, @DATEI oder - für die Standardeingabe. Diese Platzhalter werden im Text und in den Kopfzeilen ersetzt: %1 (%NEWLINE% nur im Text).</translation>
    </message>
    <message>
        <source>The body is a complete message with its own headers: send it as is (with --body @FILE the same as --data FILE).</source>
        <translation>Der Text ist eine vollständige Nachricht mit eigenen Kopfzeilen: unverändert senden (mit --body @DATEI dasselbe wie --data DATEI).</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv4 addresses.</source>
        <translation>Nur zu den IPv4-Adressen des Servers verbinden.</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv6 addresses.</source>
        <translation>Nur zu den IPv6-Adressen des Servers verbinden.</translation>
    </message>
    <message>
        <source>Connect from this address of this computer: ADDR, ADDR:PORT, [IPv6]:PORT.</source>
        <translation>Von dieser Adresse dieses Computers aus verbinden: ADRESSE, ADRESSE:PORT, [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Connect through this SOCKS5 proxy (HOST:PORT); the proxy resolves the server's name.</source>
        <translation>Über diesen SOCKS5-Proxy verbinden (HOST:PORT); der Proxy löst den Namen des Servers auf.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Log in to the SOCKS5 proxy as this user.</source>
        <translation>Beim SOCKS5-Proxy als dieser Benutzer anmelden.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy's password, in the first line of this file. Otherwise it comes from $MAILFLOW_SOCKS5_PASSWORD or a prompt; never from the command line.</source>
        <translation>Das Passwort für den SOCKS5-Proxy, in der ersten Zeile dieser Datei. Andernfalls stammt es aus $MAILFLOW_SOCKS5_PASSWORD oder wird abgefragt; nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>Give -4 or -6, not both.</source>
        <translation>Geben Sie -4 oder -6 an, nicht beides.</translation>
    </message>
    <message>
        <source>--local-address: give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>--local-address: Geben Sie eine IP-Adresse dieses Computers an, optional mit :PORT (1 bis 65535).</translation>
    </message>
    <message>
        <source>--local-address: %1 is not an address of this computer.</source>
        <translation>--local-address: %1 ist keine Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>--local-address %1 is not of the family -4/-6 asks for.</source>
        <translation>--local-address %1 gehört nicht zu der mit -4/-6 verlangten Adressfamilie.</translation>
    </message>
    <message>
        <source>--socks5-user and --socks5-password-file need --socks5 HOST:PORT.</source>
        <translation>--socks5-user und --socks5-password-file erfordern --socks5 HOST:PORT.</translation>
    </message>
    <message>
        <source>-4 and -6 choose among the server's addresses: with --socks5 the proxy resolves the name.</source>
        <translation>-4 und -6 wählen unter den Adressen des Servers aus: Mit --socks5 löst der Proxy den Namen auf.</translation>
    </message>
    <message>
        <source>--socks5: give HOST:PORT, the port from 1 to 65535.</source>
        <translation>--socks5: Geben Sie HOST:PORT an, den Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--socks5: %1</source>
        <translation>--socks5: %1</translation>
    </message>
    <message>
        <source>--socks5-user: at most 255 bytes.</source>
        <translation>--socks5-user: höchstens 255 Byte.</translation>
    </message>
    <message>
        <source>--socks5-password-file needs --socks5-user.</source>
        <translation>--socks5-password-file erfordert --socks5-user.</translation>
    </message>
    <message>
        <source>SOCKS5 password for %1: </source>
        <translation>SOCKS5-Passwort für %1: </translation>
    </message>
    <message>
        <source>The SOCKS5 login needs a password: give --socks5-password-file FILE or set MAILFLOW_SOCKS5_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>Die SOCKS5-Anmeldung benötigt ein Passwort: Geben Sie --socks5-password-file DATEI an, setzen Sie MAILFLOW_SOCKS5_PASSWORD oder starten Sie das Programm in einem Terminal, um danach gefragt zu werden (es wird nie aus der Befehlszeile übernommen).</translation>
    </message>
    <message>
        <source>Speak LMTP to a delivery agent (Dovecot, Cyrus): LHLO instead of EHLO, and after the message one reply for each accepted recipient, each judged on its own.</source>
        <translation>LMTP mit einem Zustellagenten sprechen (Dovecot, Cyrus): LHLO statt EHLO, und nach der Nachricht eine Antwort für jeden angenommenen Empfänger, jede für sich bewertet.</translation>
    </message>
    <message>
        <source>Connect to this UNIX socket instead of a host and port (the same as --server unix:PATH).</source>
        <translation>Zu diesem UNIX-Socket statt zu Host und Port verbinden (dasselbe wie --server unix:PFAD).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>--socket and --server both say where to connect: give one of them.</source>
        <translation>--socket und --server geben beide das Verbindungsziel an: Geben Sie nur eine der beiden Optionen an.</translation>
    </message>
    <message>
        <source>--socket: %1</source>
        <translation>--socket: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Send this file as an attachment after the text (MIME, base64); repeatable.</source>
        <translation>Diese Datei als Anhang nach dem Text senden (MIME, base64); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Send this file (- for standard input) as the complete message, with its own headers (--body @FILE --raw-message does the same).</source>
        <translation>Diese Datei (- für die Standardeingabe) als vollständige Nachricht mit eigenen Kopfzeilen senden (--body @DATEI --raw-message bewirkt dasselbe).</translation>
    </message>
    <message>
        <source>Give --data or --body, not both.</source>
        <translation>Geben Sie --data oder --body an, nicht beides.</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a message from standard input: give --data FILE.</source>
        <translation>--save-profile kann keine Nachricht aus der Standardeingabe speichern: Geben Sie --data DATEI an.</translation>
    </message>
    <message>
        <source>--data: cannot read %1: %2</source>
        <translation>--data: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--attach cannot add to a complete message (--data or --raw-message).</source>
        <translation>--attach kann einer vollständigen Nachricht nichts hinzufügen (--data oder --raw-message).</translation>
    </message>
    <message>
        <source>--attach: cannot read %1: %2</source>
        <translation>--attach: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--%1: give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>--%1: Geben Sie eine IP-Adresse und einen Port an, ADRESSE:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Send a PROXY protocol header (v1 text or v2 binary, as haproxy does) right after connecting, for a server behind a load balancer.</source>
        <translation>Direkt nach dem Verbindungsaufbau einen PROXY-Protocol-Header senden (v1 als Text oder v2 binär, wie haproxy), für einen Server hinter einem Load-Balancer.</translation>
    </message>
    <message>
        <source>v1|v2</source>
        <translation>v1|v2</translation>
    </message>
    <message>
        <source>The client the PROXY header names (default: this computer's address and port).</source>
        <translation>Der Client, den der PROXY-Header nennt (Standard: Adresse und Port dieses Computers).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>The server address the PROXY header names (default: the address connected to).</source>
        <translation>Die Serveradresse, die der PROXY-Header nennt (Standard: die Adresse, zu der verbunden wurde).</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest need --proxy-protocol v1 or v2.</source>
        <translation>--proxy-source und --proxy-dest erfordern --proxy-protocol v1 oder v2.</translation>
    </message>
    <message>
        <source>--proxy-protocol: use v1 or v2.</source>
        <translation>--proxy-protocol: Verwenden Sie v1 oder v2.</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest must be of one family (both IPv4 or both IPv6).</source>
        <translation>--proxy-source und --proxy-dest müssen derselben Adressfamilie angehören (beide IPv4 oder beide IPv6).</translation>
    </message>
    <message>
        <source>--proxy-protocol is for TCP connections, not a UNIX socket.</source>
        <translation>--proxy-protocol ist für TCP-Verbindungen gedacht, nicht für einen UNIX-Socket.</translation>
    </message>
    <message>
        <source>NAME=VALUE,…</source>
        <translation>NAME=WERT,…</translation>
    </message>
    <message>
        <source>--xclient: %1</source>
        <translation>--xclient: %1</translation>
    </message>
    <message>
        <source>--xclient is sent after EHLO and AUTH, just before MAIL FROM: a test that stops after connect, ehlo or auth never reaches it.</source>
        <translation>--xclient wird nach EHLO und AUTH gesendet, unmittelbar vor MAIL FROM: Ein Test, der nach connect, ehlo oder auth endet, erreicht es nie.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH; when it does not, or refuses the login, go on without logging in.</source>
        <translation>Anmelden, wenn der Server AUTH anbietet; bietet er es nicht an oder lehnt er die Anmeldung ab, ohne Anmeldung fortfahren.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH (a refused login fails the test); go on without when it does not offer it.</source>
        <translation>Anmelden, wenn der Server AUTH anbietet (eine abgelehnte Anmeldung lässt den Test fehlschlagen); ohne Anmeldung fortfahren, wenn er es nicht anbietet.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict exclude each other.</source>
        <translation>--auth-optional und --auth-optional-strict schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict need --auth-user.</source>
        <translation>--auth-optional und --auth-optional-strict erfordern --auth-user.</translation>
    </message>
    <message>
        <source>Stop after this stage and QUIT: connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>Nach dieser Phase aufhören und QUIT senden: connect, ehlo, auth, xclient, mail, rcpt oder data.</translation>
    </message>
    <message>
        <source>--quit-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--quit-after: Verwenden Sie connect, ehlo, auth, xclient, mail, rcpt oder data.</translation>
    </message>
    <message>
        <source>Print the message that would be sent (headers, body, attachments, tokens filled) and exit without connecting.</source>
        <translation>Die Nachricht ausgeben, die gesendet würde (Kopfzeilen, Text, Anhänge, Platzhalter ersetzt), und beenden, ohne eine Verbindung aufzubauen.</translation>
    </message>
    <message>
        <source>Stop after STAGE (connect, ehlo, auth, xclient, mail, rcpt or data) and close the connection without QUIT, as a broken client would.</source>
        <translation>Nach PHASE (connect, ehlo, auth, xclient, mail, rcpt oder data) aufhören und die Verbindung ohne QUIT schließen, wie es ein fehlerhafter Client tun würde.</translation>
    </message>
    <message>
        <source>--drop-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--drop-after: Verwenden Sie connect, ehlo, auth, xclient, mail, rcpt oder data.</translation>
    </message>
    <message>
        <source>TLS versions the handshake may use: tlsv1_2, tlsv1_2+ (1.2 or later), tlsv1_3 or any (default).</source>
        <translation>TLS-Versionen, die der Handshake verwenden darf: tlsv1_2, tlsv1_2+ (1.2 oder neuer), tlsv1_3 oder any (Standard).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Offer only these ciphers (OpenSSL names separated by ':', e.g. ECDHE-RSA-AES128-GCM-SHA256).</source>
        <translation>Nur diese Cipher-Suites anbieten (OpenSSL-Namen, getrennt durch „:“, z. B. ECDHE-RSA-AES128-GCM-SHA256).</translation>
    </message>
    <message>
        <source>Send this name as SNI and check the certificate against it, instead of the server's host name.</source>
        <translation>Diesen Namen als SNI senden und das Zertifikat gegen ihn prüfen statt gegen den Hostnamen des Servers.</translation>
    </message>
    <message>
        <source>Write the certificate chain the server sent to FILE (PEM).</source>
        <translation>Die vom Server gesendete Zertifikatskette in DATEI schreiben (PEM).</translation>
    </message>
    <message>
        <source>--tls-protocol: use %1.</source>
        <translation>--tls-protocol: Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>--tls-cipher: unknown cipher name: %1 (see openssl ciphers -s).</source>
        <translation>--tls-cipher: Unbekannte Cipher-Suite: %1 (siehe openssl ciphers -s).</translation>
    </message>
    <message>
        <source>--tls-sni: "%1" is not a host name.</source>
        <translation>--tls-sni: „%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>--tls-protocol, --tls-cipher, --tls-sni and --tls-peer-cert need TLS (not --tls off).</source>
        <translation>--tls-protocol, --tls-cipher, --tls-sni und --tls-peer-cert erfordern TLS (nicht --tls off).</translation>
    </message>
    <message>
        <source>After EHLO, send postfix's XCLIENT with these attributes (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT), then EHLO again; repeatable; ";" starts another XCLIENT command.</source>
        <translation>Nach EHLO das XCLIENT von postfix mit diesen Attributen senden (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT), danach erneut EHLO; mehrfach möglich; ein „;“ beginnt einen weiteren XCLIENT-Befehl.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered or is refused, go on without it.</source>
        <translation>Wenn XCLIENT nicht angeboten oder abgelehnt wird, ohne XCLIENT fortfahren.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered, go on without it; a refusal still fails the test.</source>
        <translation>Wenn XCLIENT nicht angeboten wird, ohne XCLIENT fortfahren; eine Ablehnung lässt den Test trotzdem fehlschlagen.</translation>
    </message>
    <message>
        <source>Send the XCLIENT attributes even when the server's XCLIENT line does not list them.</source>
        <translation>Die XCLIENT-Attribute auch dann senden, wenn die XCLIENT-Zeile des Servers sie nicht aufführt.</translation>
    </message>
    <message>
        <source>Send XCLIENT right after the first EHLO, before STARTTLS and AUTH.</source>
        <translation>XCLIENT direkt nach dem ersten EHLO senden, vor STARTTLS und AUTH.</translation>
    </message>
    <message>
        <source>A test that stops after XCLIENT needs --xclient.</source>
        <translation>Ein Test, der nach XCLIENT aufhört, erfordert --xclient.</translation>
    </message>
    <message>
        <source>--%1 needs --xclient.</source>
        <translation>--%1 erfordert --xclient.</translation>
    </message>
    <message>
        <source>Give --xclient-optional or --xclient-optional-strict, not both.</source>
        <translation>Geben Sie --xclient-optional oder --xclient-optional-strict an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPdf</name>
    <message>
        <source>cannot load the PDF writer (%1): %2</source>
        <translation>PDF-Modul kann nicht geladen werden (%1): %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPracticeOptions</name>
    <message>
        <source>Practice on the built-in server: run the test against SCENARIO (no --server needed); "list" prints the scenarios.</source>
        <translation>Am eingebauten Server üben: den Test gegen SZENARIO ausführen (kein --server nötig); "list" gibt die Szenarien aus.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>szenario</translation>
    </message>
    <message>
        <source>Run the built-in practice server with SCENARIO until interrupted, for telnet, swaks or a mail client.</source>
        <translation>Den eingebauten Übungsserver mit SZENARIO bis zum Abbruch ausführen, für telnet, swaks oder ein Mailprogramm.</translation>
    </message>
    <message>
        <source>With --serve-practice: the loopback address and port to listen on (default 127.0.0.1:2525).</source>
        <translation>Mit --serve-practice: die Loopback-Adresse und der Port, auf dem gelauscht wird (Standard 127.0.0.1:2525).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>With --serve-practice: how many messages the server accepts before a rate limit's 421 (the rate-limited scenario; default %1).</source>
        <translation>Mit --serve-practice: wie viele Nachrichten der Server annimmt, bevor er wegen einer Ratenbegrenzung mit 421 antwortet (Szenario rate-limited; Standard %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>anzahl</translation>
    </message>
    <message>
        <source>Give --practice or --serve-practice, not both.</source>
        <translation>Geben Sie --practice oder --serve-practice an, nicht beides.</translation>
    </message>
    <message>
        <source>--listen goes with --serve-practice.</source>
        <translation>--listen gehört zu --serve-practice.</translation>
    </message>
    <message>
        <source>--practice-limit goes with --serve-practice.</source>
        <translation>--practice-limit gehört zu --serve-practice.</translation>
    </message>
    <message>
        <source>Practice mode tests the built-in server: leave out --server, --mx, --all-mx and --profile.</source>
        <translation>Der Übungsmodus testet den eingebauten Server: Lassen Sie --server, --mx, --all-mx und --profile weg.</translation>
    </message>
    <message>
        <source>--listen: the practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>--listen: Der Übungsserver lauscht nur auf einer Loopback-Adresse (127.0.0.1 oder ::1), nicht auf %1.</translation>
    </message>
    <message>
        <source>--listen: the port must be a number from 0 to 65535.</source>
        <translation>--listen: Der Port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--practice-limit: give a number of messages, 0 or more.</source>
        <translation>--practice-limit: Geben Sie eine Anzahl Nachrichten an, 0 oder mehr.</translation>
    </message>
    <message>
        <source>there is no practice scenario "%1". The scenarios are:</source>
        <translation>Es gibt kein Übungsszenario „%1“. Die Szenarien sind:</translation>
    </message>
    <message>
        <source>practice scenario %1: %2</source>
        <translation>Übungsszenario %1: %2</translation>
    </message>
    <message>
        <source>The delivery status notification the server sends back to %1:</source>
        <translation>Die Zustellstatusbenachrichtigung (DSN), die der Server an %1 zurücksendet:</translation>
    </message>
    <message>
        <source>Practice server "%1" (%2) listening on %3.
Account for AUTH: %4 / %5. Press Ctrl+C to stop.
</source>
        <translation>Übungsserver „%1“ (%2) lauscht auf %3.
Konto für AUTH: %4 / %5. Beenden mit Strg+C.
</translation>
    </message>
    <message numerus="yes">
        <source>It accepts %n message(s) in this session, then answers 421.
</source>
        <translation>
            <numerusform>Er nimmt in dieser Sitzung %n Nachricht an und antwortet dann mit 421.
</numerusform>
            <numerusform>Er nimmt in dieser Sitzung %n Nachrichten an und antwortet dann mit 421.
</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted %1 from &lt;%2&gt; to %3 (%4 bytes)
</source>
        <translation>%1 von &lt;%2&gt; an %3 angenommen (%4 Byte)
</translation>
    </message>
</context>
<context>
    <name>mailflow::CliRunner</name>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Deferred:</source>
        <translation>Aufschub:</translation>
    </message>
    <message numerus="yes">
        <source>not failed; the server asks to retry after %n s</source>
        <translation>
            <numerusform>nicht fehlgeschlagen; der Server bittet, es nach %n s erneut zu versuchen</numerusform>
            <numerusform>nicht fehlgeschlagen; der Server bittet, es nach %n s erneut zu versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed; retry later</source>
        <translation>nicht fehlgeschlagen; später erneut versuchen</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>thin: the server gives no reason; this rests on the reply code alone</source>
        <translation>dünn: Der Server nennt keinen Grund; dies beruht allein auf dem Antwortcode</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>Provider tag:</source>
        <translation>Provider-Tag:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Vorgehen:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>ZURÜCKGESTELLT</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Hint: --ca-file FILE trusts a private CA; --no-tls-verify goes on despite the certificate for this one test.</source>
        <translation>Tipp: --ca-file DATEI vertraut einer privaten CA; --no-tls-verify fährt für diesen einen Test trotz des Zertifikats fort.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying once in %n s.</source>
        <translation>
            <numerusform>Zurückgestellt, nicht fehlgeschlagen: einmaliger neuer Versuch in %n s.</numerusform>
            <numerusform>Zurückgestellt, nicht fehlgeschlagen: einmaliger neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <source>No previous run of the profile "%1" to compare with.</source>
        <translation>Kein vorheriger Lauf des Profils „%1“ zum Vergleichen.</translation>
    </message>
    <message>
        <source>Since the previous run:</source>
        <translation>Seit dem vorigen Lauf:</translation>
    </message>
    <message>
        <source>the server sent no certificate.</source>
        <translation>der Server hat kein Zertifikat gesendet.</translation>
    </message>
</context>
<context>
    <name>mailflow::ClientReverseDnsCheck</name>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>Reverse DNS Ihrer Adresse</translation>
    </message>
    <message>
        <source>Your reverse DNS is not checked: %1</source>
        <translation>Ihr Reverse DNS wird nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Reverse DNS of your address %1</source>
        <translation>Reverse DNS Ihrer Adresse %1</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your internet or hosting provider) to set a PTR record naming your mail server, and an A/AAAA record of that name pointing back to %1.</source>
        <translation>Bitten Sie den Inhaber der Adresse (Ihren Internet- oder Hosting-Provider), einen PTR-Eintrag mit dem Namen Ihres Mailservers zu setzen sowie einen A/AAAA-Eintrag dieses Namens, der zurück auf %1 zeigt.</translation>
    </message>
    <message>
        <source>Or send through your provider's mail servers, which have it.</source>
        <translation>Oder senden Sie über die Mailserver Ihres Providers, die das haben.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, and that name points back to it (forward-confirmed).</source>
        <translation>%1 hat den Reverse-DNS-Namen %2, und dieser Name zeigt zurück auf die Adresse (forward-confirmed).</translation>
    </message>
    <message>
        <source>%1 has reverse DNS (%2), but no such name points back to it: many servers treat that like no reverse DNS at all.</source>
        <translation>%1 hat einen Reverse-DNS-Namen (%2), aber dieser Name zeigt nicht zurück auf die Adresse: Viele Server behandeln das wie fehlendes Reverse DNS.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR record): many servers refuse mail from such an address, Gmail and Microsoft among them.</source>
        <translation>%1 hat kein Reverse DNS (PTR-Eintrag): Viele Server weisen E-Mails von einer solchen Adresse ab, darunter Gmail und Microsoft.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be looked up: %2</source>
        <translation>Das Reverse DNS von %1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>EHLO name against reverse DNS</source>
        <translation>EHLO-Name im Vergleich zu Reverse DNS</translation>
    </message>
    <message>
        <source>The EHLO name we sent is not known.</source>
        <translation>Der gesendete EHLO-Name ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The EHLO name %1 is the address's reverse DNS name.</source>
        <translation>Der EHLO-Name %1 ist der Reverse-DNS-Name der Adresse.</translation>
    </message>
    <message>
        <source>We said EHLO %1, but the address's reverse DNS name is %2; some servers want them to match.</source>
        <translation>Wir haben EHLO %1 gesendet, aber der Reverse-DNS-Name der Adresse ist %2; manche Server verlangen, dass beide übereinstimmen.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 was not answered within the check's time limit.</source>
        <translation>Das Reverse DNS von %1 wurde nicht innerhalb des Zeitlimits der Prüfung beantwortet.</translation>
    </message>
    <message>
        <source>Send the reverse DNS name %1 as the EHLO name (the Greeting page's "Name to send" field, or --ehlo).</source>
        <translation>Senden Sie den Reverse-DNS-Namen %1 als EHLO-Namen (Feld „Zu sendender Name“ auf der Seite „Begrüßung“ oder --ehlo).</translation>
    </message>
</context>
<context>
    <name>mailflow::CompareDialog</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectPage</name>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatisch (nach Port)</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Off (plain text)</source>
        <translation>Aus (Klartext)</translation>
    </message>
    <message>
        <source>Optional STARTTLS</source>
        <translation>STARTTLS optional</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>Required STARTTLS</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate</source>
        <translation>Zertifikat des Servers &amp;prüfen</translation>
    </message>
    <message>
        <source>Test &amp;AUTH (log in) after EHLO</source>
        <translation>&amp;AUTH (Anmeldung) nach EHLO testen</translation>
    </message>
    <message>
        <source>Send the user name with AUTH LOGIN (&amp;initial response)</source>
        <translation>Benutzernamen mit AUTH LOGIN mitsenden (&amp;Initial Response)</translation>
    </message>
    <message>
        <source>Allow AUTH &amp;without TLS (sends the password readable)</source>
        <translation>AUTH &amp;ohne TLS erlauben (sendet das Passwort lesbar)</translation>
    </message>
    <message>
        <source>Remember the password in the desktop's &amp;keyring</source>
        <translation>Passwort im &amp;Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>Mailflow opens a connection to the server, as &lt;i&gt;telnet server 25&lt;/i&gt; would. A working server answers first, with &lt;b&gt;220&lt;/b&gt; followed by its name. No answer, a refused connection or another code means mail cannot get in here.</source>
        <translation>Mailflow baut eine Verbindung zum Server auf, wie es &lt;i&gt;telnet server 25&lt;/i&gt; tun würde. Ein funktionierender Server antwortet zuerst, mit &lt;b&gt;220&lt;/b&gt; und seinem Namen. Keine Antwort, eine abgelehnte Verbindung oder ein anderer Code bedeutet, dass hier keine E-Mails ankommen können.</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Voreinstellung wählen…</translation>
    </message>
    <message>
        <source>25: server to server, STARTTLS when offered</source>
        <translation>25: Server zu Server, STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>587: submission, STARTTLS required + AUTH</source>
        <translation>587: Submission, STARTTLS erforderlich + AUTH</translation>
    </message>
    <message>
        <source>465: submission over implicit TLS + AUTH</source>
        <translation>465: Submission über implizites TLS + AUTH</translation>
    </message>
    <message>
        <source>Automatic: 465 implicit TLS, 587 STARTTLS required, otherwise STARTTLS when offered</source>
        <translation>Automatisch: 465 implizites TLS, 587 STARTTLS erforderlich, sonst STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Vor&amp;einstellung:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Vers&amp;chlüsselung:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Automatic (best offered)</source>
        <translation>Automatisch (bestes angebotenes)</translation>
    </message>
    <message>
        <source>XOAUTH2 (access token)</source>
        <translation>XOAUTH2 (Zugriffstoken)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (access token)</source>
        <translation>OAUTHBEARER (Zugriffstoken)</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file, and masked in the transcript.</source>
        <translation>Wird nie in einer Mailflow-Datei gespeichert und im Protokoll maskiert.</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mechanismus:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>AUTH LOGIN dXNlcg==: the user name goes with the command, as some clients do; a server that mishandles it fails here.</source>
        <translation>AUTH LOGIN dXNlcg==: Der Benutzername wird gleich mit dem Befehl gesendet, wie es manche Clients tun; ein Server, der das falsch behandelt, scheitert hier.</translation>
    </message>
    <message>
        <source>Kept by the desktop's secret store (never in a Mailflow file). Where none runs, the password is asked for each time.</source>
        <translation>Wird vom Passwortspeicher des Desktops verwahrt (nie in einer Mailflow-Datei). Wo keiner läuft, wird das Passwort jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>Password filled in from the desktop's keyring.</source>
        <translation>Passwort aus dem Schlüsselbund des Desktops übernommen.</translation>
    </message>
    <message>
        <source>The password is remembered in the desktop's keyring.</source>
        <translation>Das Passwort wird im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Server: %1, port %2 (%3)</source>
        <translation>Server: %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Advanced connection</source>
        <translation>Erweiterte Verbindungsoptionen</translation>
    </message>
    <message>
        <source>Speak &amp;LMTP to a delivery agent (LHLO; a reply per recipient)</source>
        <translation>&amp;LMTP mit einem Zustellagenten sprechen (LHLO; eine Antwort pro Empfänger)</translation>
    </message>
    <message>
        <source>For Dovecot or Cyrus LMTP (RFC 2033), on a port or a UNIX socket written unix:/path as the server.</source>
        <translation>Für Dovecot- oder Cyrus-LMTP (RFC 2033), über einen Port oder einen UNIX-Socket, der als Server in der Form unix:/pfad angegeben wird.</translation>
    </message>
    <message>
        <source>Any secure version</source>
        <translation>Jede sichere Version</translation>
    </message>
    <message>
        <source>TLS 1.2 only</source>
        <translation>Nur TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 oder neuer</translation>
    </message>
    <message>
        <source>TLS 1.3 only</source>
        <translation>Nur TLS 1.3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>OpenSSL cipher names separated by ':'; only these are offered.</source>
        <translation>OpenSSL-Namen der Cipher-Suites, getrennt durch „:“; nur diese werden angeboten.</translation>
    </message>
    <message>
        <source>the server's host name</source>
        <translation>der Hostname des Servers</translation>
    </message>
    <message>
        <source>Sent as SNI and checked against the certificate instead of the server's host name.</source>
        <translation>Wird als SNI gesendet und statt des Hostnamens des Servers gegen das Zertifikat geprüft.</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Unbekannte Cipher-Suite: %1</translation>
    </message>
    <message>
        <source>The SNI name must be a host name.</source>
        <translation>Der SNI-Name muss ein Hostname sein.</translation>
    </message>
    <message>
        <source>TLS &amp;protocol versions:</source>
        <translation>TLS-Protokollversio&amp;nen:</translation>
    </message>
    <message>
        <source>Cip&amp;hers:</source>
        <translation>Cipher-S&amp;uites:</translation>
    </message>
    <message>
        <source>SNI name:</source>
        <translation>SNI-Hostname:</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectionControls</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>v1 (text)</source>
        <translation>v1 (Text)</translation>
    </message>
    <message>
        <source>v2 (binary)</source>
        <translation>v2 (binär)</translation>
    </message>
    <message>
        <source>Give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>Geben Sie eine IP-Adresse und einen Port an: ADRESSE:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Address &amp;family:</source>
        <translation>Adress&amp;familie:</translation>
    </message>
    <message>
        <source>Local a&amp;ddress:</source>
        <translation>Lokale A&amp;dresse:</translation>
    </message>
    <message>
        <source>optional: ADDR or ADDR:PORT</source>
        <translation>optional: ADRESSE oder ADRESSE:PORT</translation>
    </message>
    <message>
        <source>SOCKS&amp;5 proxy:</source>
        <translation>SOCKS&amp;5-Proxy:</translation>
    </message>
    <message>
        <source>optional: HOST:PORT</source>
        <translation>optional: HOST:PORT</translation>
    </message>
    <message>
        <source>SOCKS5 user:</source>
        <translation>SOCKS5-Benutzer:</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file.</source>
        <translation>Wird nie in einer Mailflow-Datei gespeichert.</translation>
    </message>
    <message>
        <source>SOCKS5 password:</source>
        <translation>SOCKS5-Passwort:</translation>
    </message>
    <message>
        <source>A PROXY protocol header first, as a load balancer in front of the server sends.</source>
        <translation>Zuerst einen Header des PROXY-Protokolls senden, wie ihn ein Load Balancer vor dem Server sendet.</translation>
    </message>
    <message>
        <source>PROXY s&amp;ource:</source>
        <translation>PROXY-&amp;Quelle:</translation>
    </message>
    <message>
        <source>optional: ADDR:PORT</source>
        <translation>optional: ADRESSE:PORT</translation>
    </message>
    <message>
        <source>Give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>Geben Sie eine IP-Adresse dieses Computers an, optional mit :PORT (1 bis 65535).</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer.</source>
        <translation>%1 ist keine Adresse dieses Computers.</translation>
    </message>
    <message>
        <source>%1 is not of the chosen address family.</source>
        <translation>%1 gehört nicht zur gewählten Adressfamilie.</translation>
    </message>
    <message>
        <source>Give HOST:PORT, the port from 1 to 65535.</source>
        <translation>Geben Sie HOST:PORT an, den Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The proxy resolves the server's name: leave the address family automatic.</source>
        <translation>Der Proxy löst den Namen des Servers auf: Lassen Sie die Adressfamilie auf „Automatisch“.</translation>
    </message>
    <message>
        <source>PROXY des&amp;tination:</source>
        <translation>PROXY-&amp;Ziel:</translation>
    </message>
    <message>
        <source>The source and the destination must be of one family (both IPv4 or both IPv6).</source>
        <translation>Quelle und Ziel müssen zur selben Adressfamilie gehören (beide IPv4 oder beide IPv6).</translation>
    </message>
    <message>
        <source>PRO&amp;XY header:</source>
        <translation>PROXY-&amp;Header:</translation>
    </message>
</context>
<context>
    <name>mailflow::ConsoleWidget</name>
    <message>
        <source>Send &amp;command</source>
        <translation>&amp;Befehl senden</translation>
    </message>
    <message>
        <source>C&amp;onsole:</source>
        <translation>&amp;Konsole:</translation>
    </message>
    <message>
        <source>Type an SMTP command (NOOP, RSET, VRFY …) and press Enter; Up/Down for history</source>
        <translation>SMTP-Befehl eingeben (NOOP, RSET, VRFY …) und Eingabetaste drücken; Pfeil hoch/runter für den Verlauf</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP-Befehl</translation>
    </message>
</context>
<context>
    <name>mailflow::DataElider</name>
    <message numerus="yes">
        <source>[… %n lines (%1 bytes) of the message not shown …]</source>
        <translation>
            <numerusform>[… %n Zeile (%1 Byte) der Nachricht nicht angezeigt …]</numerusform>
            <numerusform>[… %n Zeilen (%1 Byte) der Nachricht nicht angezeigt …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DataFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DeliveryRule</name>
    <message>
        <source>There is no mail server to try: a real sender bounces the mail.</source>
        <translation>Es gibt keinen Mailserver, den man versuchen könnte: Ein echter Absender erhält die E-Mail als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>%1: not tried.</source>
        <translation>%1: nicht versucht.</translation>
    </message>
    <message>
        <source>%1: %2 — a sender tries the next server.</source>
        <translation>%1: %2 — ein Absender versucht den nächsten Server.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <source>%1: %2 — a sender stops here.</source>
        <translation>%1: %2 — ein Absender hört hier auf.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1: accepted — the mail is delivered here.</source>
        <translation>%1: angenommen — die E-Mail wird hier zugestellt.</translation>
    </message>
    <message>
        <source>Every mail server deferred the mail or could not be reached: a real sender keeps it in its queue and retries later (usually for several days) before it bounces.</source>
        <translation>Alle Mailserver haben die E-Mail zurückgestellt oder waren nicht erreichbar: Ein echter Absender behält sie in seiner Warteschlange und versucht es später erneut (meist mehrere Tage lang), bevor er sie als unzustellbar zurückschickt.</translation>
    </message>
    <message>
        <source>A real sender would deliver to %1, the most preferred mail server.</source>
        <translation>Ein echter Absender würde an %1 zustellen, den Mailserver mit der höchsten Präferenz.</translation>
    </message>
    <message numerus="yes">
        <source>A real sender would deliver to %1, after %n more preferred attempt(s) failed temporarily.</source>
        <translation>
            <numerusform>Ein echter Absender würde an %1 zustellen, nachdem %n Versuch bei einem bevorzugten Server vorübergehend fehlgeschlagen ist.</numerusform>
            <numerusform>Ein echter Absender würde an %1 zustellen, nachdem %n Versuche bei bevorzugten Servern vorübergehend fehlgeschlagen sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>a 5xx reply</source>
        <translation>eine 5xx-Antwort</translation>
    </message>
    <message>
        <source>%1 refused with %2: a real sender stops there and the mail bounces back to the sender; the servers after it are not tried.</source>
        <translation>%1 hat mit %2 abgelehnt: Ein echter Absender hört dort auf, und die E-Mail geht als unzustellbar an den Absender zurück; die Server danach werden nicht versucht.</translation>
    </message>
</context>
<context>
    <name>mailflow::DiagnosisBox</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(The server gives no reason: this rests on the reply code alone.)</source>
        <translation>(Der Server nennt keinen Grund: Dies beruht allein auf dem Antwortcode.)</translation>
    </message>
    <message>
        <source>no transcript lines</source>
        <translation>keine Protokollzeilen</translation>
    </message>
    <message>
        <source>transcript lines %1</source>
        <translation>Protokollzeilen %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry after %n s</source>
        <translation>
            <numerusform>Nach %n s &amp;erneut versuchen</numerusform>
            <numerusform>Nach %n s &amp;erneut versuchen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DmarcCheck</name>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>There is no sender domain to check DMARC for.</source>
        <translation>Es gibt keine Absenderdomain, für die DMARC geprüft werden könnte.</translation>
    </message>
    <message>
        <source>DMARC of %1</source>
        <translation>DMARC von %1</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy (_dmarc TXT record).</source>
        <translation>%1 veröffentlicht keine DMARC-Richtlinie (TXT-Eintrag _dmarc).</translation>
    </message>
    <message>
        <source>Publish a DMARC record (start with p=none and a rua= report address) once SPF and DKIM cover all of the domain's mail.</source>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag (beginnen Sie mit p=none und einer rua=-Berichtsadresse), sobald SPF und DKIM alle E-Mails der Domain abdecken.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is not valid (%2), so receivers ignore it.</source>
        <translation>Der DMARC-Eintrag von %1 ist ungültig (%2), daher ignorieren Empfänger ihn.</translation>
    </message>
    <message>
        <source>Correct the _dmarc TXT record of %1.</source>
        <translation>Korrigieren Sie den TXT-Eintrag _dmarc von %1.</translation>
    </message>
    <message>
        <source>no aggregate reports</source>
        <translation>keine Sammelberichte</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>Berichte an %1</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=%2 (pct=%3, DKIM alignment %4, SPF alignment %5, %6).</source>
        <translation>Die DMARC-Richtlinie von %1 ist p=%2 (pct=%3, DKIM-Alignment %4, SPF-Alignment %5, %6).</translation>
    </message>
    <message>
        <source>%1 tells receivers to refuse mail that passes neither SPF nor DKIM (p=reject), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, that is why it was refused.</source>
        <translation>%1 weist Empfänger an, E-Mails abzulehnen, die weder SPF noch DKIM bestehen (p=reject), und SPF besteht für Ihre Adresse %2 nicht (%3): Sofern die Nachricht keine gültige DKIM-Signatur von %1 trägt, ist das der Grund für die Ablehnung.</translation>
    </message>
    <message>
        <source>%1 tells receivers to treat mail that passes neither SPF nor DKIM as spam (p=quarantine), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, it is refused or lands in spam.</source>
        <translation>%1 weist Empfänger an, E-Mails, die weder SPF noch DKIM bestehen, als Spam zu behandeln (p=quarantine), und SPF besteht für Ihre Adresse %2 nicht (%3): Sofern die Nachricht keine gültige DKIM-Signatur von %1 trägt, wird sie abgelehnt oder landet im Spam.</translation>
    </message>
    <message>
        <source>DMARC against SPF</source>
        <translation>DMARC im Vergleich zu SPF</translation>
    </message>
    <message>
        <source>Send through the servers the SPF record of %1 lists, or add this address to it.</source>
        <translation>Senden Sie über die Server, die der SPF-Eintrag von %1 aufführt, oder nehmen Sie diese Adresse dort auf.</translation>
    </message>
    <message>
        <source>Sign the domain's outgoing mail with DKIM.</source>
        <translation>Signieren Sie die ausgehenden E-Mails der Domain mit DKIM.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 was not answered within the check's time limit.</source>
        <translation>Der DMARC-Eintrag von %1 wurde nicht innerhalb des Zeitlimits der Prüfung beantwortet.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMilestone</name>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record for the server that receives its mail.</source>
        <translation>Bitten Sie den DNS-Administrator der Domain, einen MX-Eintrag für den Server zu veröffentlichen, der ihre E-Mails empfängt.</translation>
    </message>
    <message>
        <source>Nothing to fix on the sending side: ask the recipient for another address, or ask the domain owner whether the null MX is intended.</source>
        <translation>Auf der Absenderseite ist nichts zu beheben: Bitten Sie den Empfänger um eine andere Adresse oder fragen Sie den Inhaber der Domain, ob das Null-MX beabsichtigt ist.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain in the address; if it is right, the domain's registration or DNS delegation is broken.</source>
        <translation>Prüfen Sie die Schreibweise der Domain in der Adresse; ist sie richtig, ist die Registrierung oder die DNS-Delegierung der Domain fehlerhaft.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record.</source>
        <translation>Bitten Sie den DNS-Administrator der Domain, einen MX-Eintrag zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Try again later, or ask another DNS server; if it persists, tell the domain's DNS administrator.</source>
        <translation>Versuchen Sie es später erneut oder fragen Sie einen anderen DNS-Server; besteht das Problem weiter, informieren Sie den DNS-Administrator der Domain.</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server; check that this computer can reach its DNS server.</source>
        <translation>Versuchen Sie es erneut oder fragen Sie einen anderen DNS-Server; prüfen Sie, ob dieser Computer seinen DNS-Server erreicht.</translation>
    </message>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Geben Sie eine Domain (example.com) oder eine E-Mail-Adresse (user@example.com) ein.</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server.</source>
        <translation>Versuchen Sie es erneut oder fragen Sie einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 hat keine Adresse</translation>
    </message>
    <message>
        <source>The MX host %1 has no address to connect to: senders skip it and try the next one.</source>
        <translation>Der MX-Host %1 hat keine Adresse, zu der verbunden werden kann: Absender überspringen ihn und versuchen den nächsten.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to give the MX host an A or AAAA record, or to remove the MX record.</source>
        <translation>Bitten Sie den DNS-Administrator der Domain, dem MX-Host einen A- oder AAAA-Eintrag zu geben oder den MX-Eintrag zu entfernen.</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation>MX %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mail still flows; ask the domain's DNS administrator to point the MX record at a plain host name with an address.</source>
        <translation>E-Mails werden weiterhin zugestellt; bitten Sie den DNS-Administrator der Domain, den MX-Eintrag auf einen normalen Hostnamen mit Adresse zeigen zu lassen.</translation>
    </message>
    <message>
        <source>%1 (DNS said: %2)</source>
        <translation>%1 (DNS-Antwort: %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX: %1</translation>
    </message>
    <message>
        <source>No MX record: %1 itself receives the mail (implicit MX)</source>
        <translation>Kein MX-Eintrag: %1 empfängt die E-Mails selbst (implizites MX)</translation>
    </message>
    <message>
        <source>Mail can still flow through the other MX hosts; ask the domain's DNS administrator to fix the records named above.</source>
        <translation>E-Mails können weiterhin über die anderen MX-Hosts zugestellt werden; bitten Sie den DNS-Administrator der Domain, die oben genannten Einträge zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMxResolver</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>MX-Einträge von %1 werden abgefragt (Server: %2)…</translation>
    </message>
    <message>
        <source>%1 has no MX record; looking for its own A/AAAA addresses…</source>
        <translation>%1 hat keinen MX-Eintrag; es wird nach eigenen A/AAAA-Adressen gesucht…</translation>
    </message>
    <message>
        <source>The MX record names the IP address %1 instead of a host name, which RFC 5321 does not allow: many senders (Postfix, Exim) skip this MX.</source>
        <translation>Der MX-Eintrag nennt die IP-Adresse %1 statt eines Hostnamens, was RFC 5321 nicht erlaubt: Viele Absender (Postfix, Exim) überspringen diesen MX-Eintrag.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”) together with other MX records; RFC 7505 does not allow this, and senders ignore the null MX.</source>
        <translation>%1 veröffentlicht ein Null-MX („0 .“) zusammen mit anderen MX-Einträgen; RFC 7505 erlaubt das nicht, und Absender ignorieren das Null-MX.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the addresses of %n mail server(s)…</source>
        <translation>
            <numerusform>Adressen von %n Mailserver werden abgefragt…</numerusform>
            <numerusform>Adressen von %n Mailservern werden abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2. An MX record must name a host directly (RFC 2181 §10.3, RFC 5321 §5.1); most senders cope, some refuse.</source>
        <translation>%1 ist ein Alias (CNAME) von %2. Ein MX-Eintrag muss einen Host direkt nennen (RFC 2181 §10.3, RFC 5321 §5.1); die meisten Absender kommen damit zurecht, manche lehnen ab.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>No MX record: %1 itself is used as the mail server (implicit MX).</source>
        <translation>Kein MX-Eintrag: %1 selbst wird als Mailserver verwendet (implizites MX).</translation>
    </message>
    <message>
        <source>No DNS server answers at %1 (nothing listens on its port 53). Check the DNS server address, or leave it empty to use the system resolver.</source>
        <translation>Unter %1 antwortet kein DNS-Server (auf Port 53 lauscht nichts). Prüfen Sie die Adresse des DNS-Servers oder lassen Sie das Feld leer, um den Resolver des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>%1 refused to answer questions about %2 (REFUSED). It may not serve your network: try the system resolver or another DNS server.</source>
        <translation>%1 hat die Beantwortung von Anfragen zu %2 verweigert (REFUSED). Möglicherweise bedient er Ihr Netz nicht: Versuchen Sie den Resolver des Systems oder einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has an address: mail for it cannot be delivered until this is fixed.</source>
        <translation>Keiner der Mailserver von %1 hat eine Adresse: E-Mails an diese Domain können erst zugestellt werden, wenn das behoben ist.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsQuery</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>is still being looked up (%1)</source>
        <translation>wird noch abgefragt (%1)</translation>
    </message>
    <message>
        <source>has %1 records</source>
        <translation>hat %1-Einträge</translation>
    </message>
    <message>
        <source>has no %1 record</source>
        <translation>hat keinen %1-Eintrag</translation>
    </message>
    <message>
        <source>does not exist in DNS</source>
        <translation>existiert im DNS nicht</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server failed to answer (SERVFAIL)</source>
        <translation>konnte nicht abgefragt werden (%1): Der DNS-Server konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server refused to answer (REFUSED)</source>
        <translation>konnte nicht abgefragt werden (%1): Der DNS-Server hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message numerus="yes">
        <source>could not be looked up (%1): no answer within %n second(s)</source>
        <translation>
            <numerusform>konnte nicht abgefragt werden (%1): keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>konnte nicht abgefragt werden (%1): keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>was not looked up (%1): the lookup was stopped</source>
        <translation>wurde nicht abgefragt (%1): Die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>could not be looked up (%1): %2</source>
        <translation>konnte nicht abgefragt werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DomainName</name>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Geben Sie eine Domain (example.com) oder eine E-Mail-Adresse (user@example.com) ein.</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a domain: it has no MX records. Connect to it directly instead.</source>
        <translation>%1 ist eine IP-Adresse, keine Domain: Sie hat keine MX-Einträge. Verbinden Sie sich stattdessen direkt damit.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between two dots.</source>
        <translation>„%1“ hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>“%1” has a part longer than 63 characters.</source>
        <translation>„%1“ hat einen Teil, der länger als 63 Zeichen ist.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>“%1” is too long for a domain name (more than 253 characters).</source>
        <translation>„%1“ ist zu lang für einen Domainnamen (mehr als 253 Zeichen).</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a domain name cannot contain.</source>
        <translation>„%1“ enthält „%2“, was in einem Domainnamen nicht vorkommen darf.</translation>
    </message>
</context>
<context>
    <name>mailflow::EnvelopePage</name>
    <message>
        <source>Send &amp;MAIL FROM</source>
        <translation>&amp;MAIL FROM senden</translation>
    </message>
    <message>
        <source>&amp;RSET</source>
        <translation>&amp;RSET</translation>
    </message>
    <message>
        <source>A&amp;dd recipient</source>
        <translation>Empfänger &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Send NOTIFY= even when the server does not advertise &amp;DSN</source>
        <translation>NOTIFY= auch senden, wenn der Server kein &amp;DSN anbietet</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Send MAIL FROM, the recipients and DATA in one batch (PIPELINING)</source>
        <translation>MAIL FROM, die Empfänger und DATA in einem Durchgang senden (PIPELINING)</translation>
    </message>
    <message>
        <source>The envelope says who sends and who receives. &lt;b&gt;MAIL FROM&lt;/b&gt; gives the sender and &lt;b&gt;RCPT TO&lt;/b&gt; each recipient; the server should answer &lt;b&gt;250&lt;/b&gt; to each. A 550 to RCPT usually means the mailbox does not exist or the server will not relay for that domain; a 4xx means try again later.</source>
        <translation>Der Envelope gibt an, wer sendet und wer empfängt. &lt;b&gt;MAIL FROM&lt;/b&gt; nennt den Absender und &lt;b&gt;RCPT TO&lt;/b&gt; jeden Empfänger; der Server sollte auf jeden Befehl mit &lt;b&gt;250&lt;/b&gt; antworten. Ein 550 auf RCPT bedeutet meist, dass das Postfach nicht existiert oder der Server für diese Domain nicht weiterleitet (kein Relay); ein 4xx bedeutet: später erneut versuchen.</translation>
    </message>
    <message>
        <source>you@example.com (empty: &lt;&gt; null sender)</source>
        <translation>you@example.com (leer: &lt;&gt; leerer Absender)</translation>
    </message>
    <message>
        <source>RSET: forget the sender and recipients given so far, keep the connection</source>
        <translation>RSET: bisher angegebenen Absender und Empfänger verwerfen, Verbindung beibehalten</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt; (each with its own delivery-notification request):</source>
        <translation>&lt;b&gt;Empfänger&lt;/b&gt; (jeder mit eigener Anforderung einer Zustellbenachrichtigung):</translation>
    </message>
    <message>
        <source>Only when the server offers PIPELINING and the test runs on its own; each reply is judged in the order of the commands.</source>
        <translation>Nur wenn der Server PIPELINING anbietet und der Test allein läuft; jede Antwort wird in der Reihenfolge der Befehle bewertet.</translation>
    </message>
    <message>
        <source>Addresses with characters outside ASCII go with SMTPUTF8 when the server offers it; otherwise the transcript says so and gives the ASCII form of the domain.</source>
        <translation>Adressen mit Zeichen außerhalb von ASCII werden mit SMTPUTF8 gesendet, wenn der Server das anbietet; andernfalls wird das im Protokoll vermerkt und die ASCII-Form der Domain angegeben.</translation>
    </message>
    <message>
        <source>Envelope (MAIL FROM, RCPT TO)</source>
        <translation>Envelope (MAIL FROM, RCPT TO)</translation>
    </message>
    <message>
        <source>&amp;Send RCPT TO</source>
        <translation>RCPT TO &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send MAIL FROM</source>
        <translation>MAIL FROM &amp;senden</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN. NOTIFY= is sent anyway, as you asked; the server may refuse it with 555.</source>
        <translation>Hinweis: Dieser Server bietet kein DSN an. NOTIFY= wird wie gewünscht trotzdem gesendet; der Server kann es mit 555 ablehnen.</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN, so delivery notifications cannot be asked for; the NOTIFY options are not sent unless you tick the box above.</source>
        <translation>Hinweis: Dieser Server bietet kein DSN an, daher können keine Zustellbenachrichtigungen angefordert werden; die NOTIFY-Optionen werden nur gesendet, wenn Sie das Kästchen oben ankreuzen.</translation>
    </message>
    <message>
        <source>The server advertised DSN: the NOTIFY options are sent with each RCPT TO.</source>
        <translation>Der Server bietet DSN an: Die NOTIFY-Optionen werden mit jedem RCPT TO gesendet.</translation>
    </message>
    <message>
        <source>After the envelope, RCPT TO an address outside the server's domains from an outside sender, then RSET; no message is sent. A server that accepts it relays for anyone.</source>
        <translation>Nach dem Envelope RCPT TO an eine Adresse außerhalb der Domains des Servers mit einem externen Absender senden, danach RSET; es wird keine Nachricht gesendet. Ein Server, der das annimmt, leitet für jeden weiter (offenes Relay).</translation>
    </message>
    <message>
        <source>Check whether the server is an &amp;open relay</source>
        <translation>Prüfen, ob der Server ein &amp;offenes Relay ist</translation>
    </message>
    <message>
        <source>optional: NAME=VALUE,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</source>
        <translation>optional: NAME=WERT,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</translation>
    </message>
    <message>
        <source>&amp;XCLIENT:</source>
        <translation>&amp;XCLIENT:</translation>
    </message>
    <message>
        <source>After EHLO, postfix's XCLIENT with these attributes, then EHLO again; a ";" starts another XCLIENT command.</source>
        <translation>Nach EHLO das XCLIENT von postfix mit diesen Attributen senden, danach erneut EHLO; ein „;“ beginnt einen weiteren XCLIENT-Befehl.</translation>
    </message>
</context>
<context>
    <name>mailflow::EvidenceActions</name>
    <message>
        <source>History not written: %1</source>
        <translation>Verlauf nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>Bericht &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save the transcript and checklist as text, HTML, JSON or PDF for a ticket</source>
        <translation>Protokoll und Checkliste als Text, HTML, JSON oder PDF für ein Ticket speichern</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the report as plain text, to paste into a ticket</source>
        <translation>Den Bericht als reinen Text kopieren, um ihn in ein Ticket einzufügen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every test run, kept automatically</source>
        <translation>Jeder Testlauf, automatisch gespeichert</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Als Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the values entered to run the same test again later</source>
        <translation>Die eingegebenen Werte speichern, um denselben Test später erneut auszuführen</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <source>Open, rerun and manage saved test profiles</source>
        <translation>Gespeicherte Testprofile öffnen, erneut ausführen und verwalten</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>How much history is kept</source>
        <translation>Wie viel Verlauf aufbewahrt wird</translation>
    </message>
    <message>
        <source>&amp;Watch a profile…</source>
        <translation>Profil &amp;überwachen…</translation>
    </message>
    <message>
        <source>Rerun a profile every few minutes and be told when its result changes</source>
        <translation>Ein Profil alle paar Minuten erneut ausführen und benachrichtigt werden, wenn sich sein Ergebnis ändert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Mailflow</source>
        <translation>Mailflow</translation>
    </message>
    <message>
        <source>The report was not saved.

%1

The test is still here: save it in another folder.</source>
        <translation>Der Bericht wurde nicht gespeichert.

%1

Der Test ist noch vorhanden: Speichern Sie ihn in einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Plain text (*.txt);;HTML report (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Reiner Text (*.txt);;HTML-Bericht (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Bericht in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>There is no profile to watch yet: run a test, then Profiles ▸ Save as profile.</source>
        <translation>Es gibt noch kein Profil zum Überwachen: Führen Sie einen Test aus und wählen Sie dann Profile ▸ Als Profil speichern.</translation>
    </message>
    <message>
        <source>Watch a profile</source>
        <translation>Profil überwachen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The profile was not saved.

%1</source>
        <translation>Das Profil wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Saved as profile "%1"</source>
        <translation>Als Profil „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Als Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>A profile named "%1" exists. Replace it?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Profile "%1" opened</source>
        <translation>Profil „%1“ geöffnet</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run:
%2</source>
        <translation>Das Profil „%1“ kann nicht ausgeführt werden:
%2</translation>
    </message>
    <message>
        <source>Rerun profile</source>
        <translation>Profil erneut ausführen</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run: %2</source>
        <translation>Das Profil „%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>First run of the profile "%1": nothing to compare with yet.</source>
        <translation>Erster Lauf des Profils „%1“: noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>The previous run could not be read: %1</source>
        <translation>Der vorige Lauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile "%1"&lt;/b&gt;: this run (%2, %3) against the previous one (%4, %5).</source>
        <translation>&lt;b&gt;Profil „%1“&lt;/b&gt;: dieser Lauf (%2, %3) im Vergleich zum vorigen (%4, %5).</translation>
    </message>
</context>
<context>
    <name>mailflow::FieldCheck</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>mailflow::FinishPage</name>
    <message>
        <source>Start a&amp;gain</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Go on in the conso&amp;le</source>
        <translation>In der &amp;Konsole weitermachen</translation>
    </message>
    <message>
        <source>&lt;b&gt;QUIT&lt;/b&gt; ends the conversation politely; the server answers &lt;b&gt;221&lt;/b&gt; and closes the connection. Below is the verdict to paste into the ticket, and every step in short.</source>
        <translation>&lt;b&gt;QUIT&lt;/b&gt; beendet die Sitzung höflich; der Server antwortet mit &lt;b&gt;221&lt;/b&gt; und schließt die Verbindung. Darunter steht der Befund zum Einfügen ins Ticket und jeder Schritt in Kurzform.</translation>
    </message>
    <message>
        <source>Finish (QUIT)</source>
        <translation>Abschluss (QUIT)</translation>
    </message>
    <message>
        <source>&amp;Send QUIT</source>
        <translation>QUIT &amp;senden</translation>
    </message>
</context>
<context>
    <name>mailflow::GreetingPage</name>
    <message>
        <source>The client introduces itself with &lt;b&gt;EHLO&lt;/b&gt; and its own name. The server should answer &lt;b&gt;250&lt;/b&gt; and list what it supports (size limit, DSN, STARTTLS, AUTH …). An old server answers 500 to EHLO; Mailflow then says HELO instead.</source>
        <translation>Der Client stellt sich mit &lt;b&gt;EHLO&lt;/b&gt; und seinem eigenen Namen vor. Der Server sollte mit &lt;b&gt;250&lt;/b&gt; antworten und aufführen, was er unterstützt (Größenlimit, DSN, STARTTLS, AUTH …). Ein alter Server antwortet auf EHLO mit 500; Mailflow sendet dann stattdessen HELO.</translation>
    </message>
    <message>
        <source>The name sent with EHLO. Leave empty to use this computer's name.</source>
        <translation>Der mit EHLO gesendete Name. Leer lassen, um den Namen dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Name to send:</source>
        <translation>Zu sendender &amp;Name:</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <translation>Begrüßung (EHLO)</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS, AUTH</source>
        <translation>EHLO, STARTTLS, AUTH &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS</source>
        <translation>EHLO, STARTTLS &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, AUTH</source>
        <translation>EHLO, AUTH &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Send EHLO</source>
        <translation>EHLO &amp;senden</translation>
    </message>
    <message>
        <source>The server listed no extensions: no size limit, DSN, STARTTLS or AUTH.</source>
        <translation>Der Server hat keine Erweiterungen aufgeführt: kein Größenlimit, kein DSN, kein STARTTLS, kein AUTH.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Der Server bietet an: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>History database error in %1</source>
        <translation>Fehler in der Verlaufsdatenbank %1</translation>
    </message>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Der Verlaufsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program and stayed locked</source>
        <translation>Die Verlaufsdatenbank %1 ist von einem anderen Programm gesperrt und blieb gesperrt</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2)</source>
        <translation>Die Verlaufsdatenbank %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Mailflow (schema %2; this version knows schema %3). It is left untouched; runs are not kept until it is moved away.</source>
        <translation>Die Verlaufsdatenbank %1 wurde von einer neueren Mailflow-Version geschrieben (Schema %2; diese Version kennt Schema %3). Sie bleibt unverändert; Testläufe werden erst wieder gespeichert, wenn sie verschoben wurde.</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside either; the history is off for this run.</source>
        <translation>%1. Sie konnte auch nicht beiseitegeschoben werden; der Verlauf ist für diesen Lauf ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1. It was moved to %2 and a new history started.</source>
        <translation>%1. Sie wurde nach %2 verschoben, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Unvollständig (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 (MX of %2)</source>
        <translation>%1 (MX von %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mailflow history file (no start line).</source>
        <translation>%1 ist keine Mailflow-Verlaufsdatei (keine Startzeile).</translation>
    </message>
    <message>
        <source>%1 is not in the history: it is not a Mailflow history file, or it was added after the history was imported.</source>
        <translation>%1 ist nicht im Verlauf: Es ist keine Mailflow-Verlaufsdatei, oder sie wurde nach dem Import des Verlaufs hinzugefügt.</translation>
    </message>
    <message>
        <source>No run %1 in the history.</source>
        <translation>Kein Testlauf %1 im Verlauf.</translation>
    </message>
    <message>
        <source>The run did not finish (the program was closed or stopped). %1</source>
        <translation>Der Testlauf wurde nicht abgeschlossen (das Programm wurde geschlossen oder angehalten). %1</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryWindow</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Mailflow — history</source>
        <translation>Mailflow — Verlauf</translation>
    </message>
    <message>
        <source>Every test is kept here automatically. Database: %1</source>
        <translation>Jeder Test wird hier automatisch gespeichert. Datenbank: %1</translation>
    </message>
    <message>
        <source>Search server, domain, recipient, profile, verdict, cause…</source>
        <translation>Server, Domain, Empfänger, Profil, Befund, Ursache durchsuchen…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jeder Befund</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Unvollständig (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Testlauf</numerusform>
            <numerusform>%n Testläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Jedes Profil</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Jede Ursache</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>Der Testlauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Testlauf exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Plain text (*.txt);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;Reiner Text (*.txt);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Delete this run from the history?</source>
        <translation>Diesen Testlauf aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>The run could not be deleted: %1</source>
        <translation>Der Testlauf konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::HostAddressLookup</name>
    <message>
        <source>does not exist in DNS</source>
        <translation>existiert im DNS nicht</translation>
    </message>
    <message>
        <source>has no A or AAAA record (no address)</source>
        <translation>hat keinen A- oder AAAA-Eintrag (keine Adresse)</translation>
    </message>
</context>
<context>
    <name>mailflow::HtmlReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Mailflow-Bericht: %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>No step was timed.</source>
        <translation>Für keinen Schritt wurde die Zeit gemessen.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Zertifikat SHA-256:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Adressen und Hostnamen in diesem Bericht wurden durch Pseudonyme ersetzt.</translation>
    </message>
</context>
<context>
    <name>mailflow::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Connected, greeting received</source>
        <translation>Verbunden, Begrüßung empfangen</translation>
    </message>
    <message>
        <source>Greeted (EHLO/HELO accepted)</source>
        <translation>Begrüßt (EHLO/HELO angenommen)</translation>
    </message>
    <message>
        <source>In a mail transaction</source>
        <translation>In einer Mail-Transaktion</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Wird geschlossen</translation>
    </message>
    <message>
        <source>Mailflow — SMTP test</source>
        <translation>Mailflow — SMTP-Test</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mailflow</source>
        <translation>Über &amp;Mailflow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — %2:%3</source>
        <translation>%1 — %2:%3</translation>
    </message>
</context>
<context>
    <name>mailflow::MessagePage</name>
    <message>
        <source>Send this fi&amp;le as the message (it has its own headers):</source>
        <translation>Diese &amp;Datei als Nachricht senden (sie hat eigene Kopfzeilen):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;DATA&lt;/b&gt; asks to send the message; the server should answer &lt;b&gt;354&lt;/b&gt;. Mailflow then sends the headers and the body and ends with a line holding a single dot; the server answers &lt;b&gt;250&lt;/b&gt;, often with a queue id, when it has taken the message.</source>
        <translation>&lt;b&gt;DATA&lt;/b&gt; kündigt das Senden der Nachricht an; der Server sollte mit &lt;b&gt;354&lt;/b&gt; antworten. Mailflow sendet dann die Kopfzeilen und den Text und schließt mit einer Zeile ab, die nur einen Punkt enthält; der Server antwortet mit &lt;b&gt;250&lt;/b&gt;, oft mit einer Queue-ID, wenn er die Nachricht übernommen hat.</translation>
    </message>
    <message>
        <source>Mailflow test message</source>
        <translation>Mailflow-Testnachricht</translation>
    </message>
    <message>
        <source>Extra headers, one per line: X-Ticket: 12345</source>
        <translation>Zusätzliche Kopfzeilen, eine pro Zeile: X-Ticket: 12345</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Dies ist eine Testnachricht von Mailflow, um den E-Mail-Fluss zu testen.
</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>&amp;Zusätzliche Kopfzeilen:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Nachrichten&amp;text:</translation>
    </message>
    <message>
        <source>Message file</source>
        <translation>Nachrichtendatei</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Message (DATA)</source>
        <translation>Nachricht (DATA)</translation>
    </message>
    <message>
        <source>"%1" is not a header: write Name: value.</source>
        <translation>„%1“ ist keine Kopfzeile: Schreiben Sie Name: Wert.</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>Wählen Sie die zu sendende Datei.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&amp;Send DATA</source>
        <translation>DATA s&amp;enden</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>BDAT chunks when the server offers CHUNKING</source>
        <translation>BDAT-Blöcke, wenn der Server CHUNKING anbietet</translation>
    </message>
    <message>
        <source>BDAT chunks even when not offered</source>
        <translation>BDAT-Blöcke, auch wenn nicht angeboten</translation>
    </message>
    <message>
        <source>BDAT (RFC 3030) sends the message in counted chunks, each answered with 250: no dot-stuffing and no final dot.</source>
        <translation>BDAT (RFC 3030) sendet die Nachricht in Blöcken fester Länge, die jeweils mit 250 beantwortet werden: kein Dot-Stuffing und kein abschließender Punkt.</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Send the message &amp;with:</source>
        <translation>Nachricht senden &amp;mit:</translation>
    </message>
    <message>
        <source>BDAT &amp;chunk size:</source>
        <translation>BDAT-&amp;Blockgröße:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
</context>
<context>
    <name>mailflow::MessageSource</name>
    <message>
        <source>Mailflow test message</source>
        <translation>Mailflow-Testnachricht</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Dies ist eine Testnachricht von Mailflow, um den E-Mail-Fluss zu testen.
</translation>
    </message>
</context>
<context>
    <name>mailflow::MtaStsCheck</name>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>There is no recipient domain to check.</source>
        <translation>Es gibt keine Empfängerdomain zum Prüfen.</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>DANE (TLSA records) is not checked: Qt 6.4's DNS lookup cannot ask for TLSA records.</source>
        <translation>DANE (TLSA-Einträge) wird nicht geprüft: Die DNS-Abfrage von Qt 6.4 kann keine TLSA-Einträge abfragen.</translation>
    </message>
    <message>
        <source>MTA-STS record of %1</source>
        <translation>MTA-STS-Eintrag von %1</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 could not be looked up: the name %2.</source>
        <translation>Der MTA-STS-Eintrag von %1 konnte nicht abgefragt werden: Der Name %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS or with any certificate.</source>
        <translation>%1 veröffentlicht keine MTA-STS-Richtlinie: Absender dürfen ohne TLS oder mit beliebigem Zertifikat zustellen.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is not valid (it needs "v=STSv1; id=..." with an id of 1 to 32 letters and digits).</source>
        <translation>Der MTA-STS-Eintrag von %1 ist ungültig (erforderlich ist "v=STSv1; id=..." mit einer ID aus 1 bis 32 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>%1 announces an MTA-STS policy (id %2).</source>
        <translation>%1 kündigt eine MTA-STS-Richtlinie an (ID %2).</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>MTA-STS-Richtlinie von %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 could not be used (%2): senders without a cached copy deliver as if there were none.</source>
        <translation>Die MTA-STS-Richtlinie von %1 konnte nicht verwendet werden (%2): Absender ohne zwischengespeicherte Kopie stellen zu, als gäbe es keine.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.%1/.well-known/mta-sts.txt with a valid certificate for mta-sts.%1.</source>
        <translation>Stellen Sie die Richtlinie unter https://mta-sts.%1/.well-known/mta-sts.txt mit einem gültigen Zertifikat für mta-sts.%1 bereit.</translation>
    </message>
    <message>
        <source>senders must deliver over TLS with a valid certificate to a listed MX host, or not at all</source>
        <translation>Absender müssen über TLS mit gültigem Zertifikat an einen aufgeführten MX-Host zustellen oder gar nicht</translation>
    </message>
    <message>
        <source>senders report TLS problems but deliver anyway</source>
        <translation>Absender melden TLS-Probleme, stellen aber trotzdem zu</translation>
    </message>
    <message>
        <source>the policy is being withdrawn; senders ignore it</source>
        <translation>die Richtlinie wird zurückgezogen; Absender ignorieren sie</translation>
    </message>
    <message>
        <source>The policy's mode is %1: %2 (mx %3, max_age %4 seconds).</source>
        <translation>Der Modus der Richtlinie ist %1: %2 (mx %3, max_age %4 Sekunden).</translation>
    </message>
    <message>
        <source>MX hosts against the MTA-STS policy</source>
        <translation>MX-Hosts im Vergleich zur MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <source>%1 has no MX hosts to compare with the policy.</source>
        <translation>%1 hat keine MX-Hosts, die mit der Richtlinie verglichen werden könnten.</translation>
    </message>
    <message>
        <source>Every MX host of %1 matches the policy (%2).</source>
        <translation>Alle MX-Hosts von %1 entsprechen der Richtlinie (%2).</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns: senders that honour MTA-STS refuse to deliver to them.</source>
        <translation>Die MX-Hosts %1 entsprechen nicht den mx-Mustern der Richtlinie: Absender, die MTA-STS beachten, stellen nicht an sie zu.</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns; in mode %2 senders only report it.</source>
        <translation>Die MX-Hosts %1 entsprechen nicht den mx-Mustern der Richtlinie; im Modus %2 melden Absender das nur.</translation>
    </message>
    <message>
        <source>Add the MX hosts to the policy's mx lines (and change its id in the _mta-sts record).</source>
        <translation>Nehmen Sie die MX-Hosts in die mx-Zeilen der Richtlinie auf (und ändern Sie deren ID im _mta-sts-Eintrag).</translation>
    </message>
    <message>
        <source>The MTA-STS check of %1 did not end within its time limit.</source>
        <translation>Die MTA-STS-Prüfung von %1 wurde nicht innerhalb ihres Zeitlimits abgeschlossen.</translation>
    </message>
    <message>
        <source>MX certificates for MTA-STS</source>
        <translation>MX-Zertifikate für MTA-STS</translation>
    </message>
    <message>
        <source>%1 is an MX host of %2, but this test did not use TLS with it.</source>
        <translation>%1 ist ein MX-Host von %2, aber dieser Test hat mit ihm kein TLS verwendet.</translation>
    </message>
    <message>
        <source>the server tested is not one of the MX hosts of %1.</source>
        <translation>der getestete Server ist keiner der MX-Hosts von %1.</translation>
    </message>
    <message>
        <source>The MX hosts' certificates were not checked: %1</source>
        <translation>Die Zertifikate der MX-Hosts wurden nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 validates, as MTA-STS requires.</source>
        <translation>Das Zertifikat von %1 ist gültig, wie MTA-STS es verlangt.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate: senders that honour the policy (mode enforce) refuse to deliver to it.</source>
        <translation>Das Zertifikat von %1 ist nicht gültig: Absender, die die Richtlinie befolgen (Modus enforce), verweigern die Zustellung an diesen Server.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate; in mode testing senders only report it.</source>
        <translation>Das Zertifikat von %1 ist nicht gültig; im Modus testing melden Absender dies nur.</translation>
    </message>
    <message>
        <source>Install a certificate for %1 from a public certificate authority, with the whole chain.</source>
        <translation>Installieren Sie für %1 ein Zertifikat einer öffentlichen Zertifizierungsstelle, mit der vollständigen Kette.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCli</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>MX-Einträge von %1 werden abgefragt (Server: %2)…</translation>
    </message>
    <message>
        <source>DNS answer from %1 in %2 ms: %3</source>
        <translation>DNS-Antwort von %1 in %2 ms: %3</translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>DNS-Antwort: %1</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>None of the MX hosts of %1 has an address: there is no server to test.</source>
        <translation>Keiner der MX-Hosts von %1 hat eine Adresse: Es gibt keinen Server zum Testen.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Testing the most preferred MX that has an address: %1 (preference %2) at %3 port %4.</source>
        <translation>Getestet wird der bevorzugte MX-Host mit Adresse: %1 (Präferenz %2) unter %3, Port %4.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCliParser</name>
    <message>
        <source>Look up the MX records of DOMAIN (or of an address's domain) and test the most preferred mail server. Without --server, the domain of the first --to is used.</source>
        <translation>Die MX-Einträge von DOMAIN (oder der Domain einer Adresse) abfragen und den bevorzugten Mailserver testen. Ohne --server wird die Domain des ersten --to verwendet.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>Test every MX host and each of its addresses (up to RCPT TO unless --quit-after says otherwise), print the matrix and where a real sender would deliver.</source>
        <translation>Jeden MX-Host und jede seiner Adressen testen (bis RCPT TO, sofern --quit-after nichts anderes angibt), die Matrix ausgeben und zeigen, wohin ein echter Absender zustellen würde.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IPv4 address, port 53) instead of the system resolver.</source>
        <translation>Diesen DNS-Server fragen (eine IPv4-Adresse, Port 53) statt des Resolvers des Systems.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Seconds to wait for each DNS answer (default 10).</source>
        <translation>Wartezeit in Sekunden für jede DNS-Antwort (Standard 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --mx and --all-mx.</source>
        <translation>--profile führt den im Profil gespeicherten Test aus: Lassen Sie --mx und --all-mx weg.</translation>
    </message>
    <message>
        <source>--mx and --all-mx find the server in DNS: leave --server out.</source>
        <translation>--mx und --all-mx finden den Server im DNS: Lassen Sie --server weg.</translation>
    </message>
    <message>
        <source>--mx: give a domain (example.com) or an address (user@example.com), or a --to address.</source>
        <translation>--mx: Geben Sie eine Domain (example.com) oder eine Adresse (user@example.com) an, oder eine --to-Adresse.</translation>
    </message>
    <message>
        <source>--mx: %1</source>
        <translation>--mx: %1</translation>
    </message>
    <message>
        <source>--dns-server: %1</source>
        <translation>--dns-server: %1</translation>
    </message>
    <message>
        <source>--dns-timeout: give seconds, from 0.1 to 600.</source>
        <translation>--dns-timeout: Geben Sie Sekunden an, von 0.1 bis 600.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxLookupResult</name>
    <message>
        <source>Mail for %1 goes to the mail servers (MX) below; senders try the lowest preference number first.</source>
        <translation>E-Mails an %1 gehen an die unten aufgeführten Mailserver (MX); Absender versuchen zuerst die niedrigste Präferenzzahl.</translation>
    </message>
    <message>
        <source>%1 has no MX record, but it has an address: senders deliver to %1 itself (the “implicit MX” of RFC 5321). This works, but a domain that receives mail should publish an MX record.</source>
        <translation>%1 hat keinen MX-Eintrag, aber eine Adresse: Absender stellen an %1 selbst zu (das „implizite MX“ aus RFC 5321). Das funktioniert, aber eine Domain, die E-Mails empfängt, sollte einen MX-Eintrag veröffentlichen.</translation>
    </message>
    <message>
        <source>%1 publishes a “null MX” (RFC 7505): it declares that it accepts no mail at all, so senders bounce mail for it at once. This is the domain owner's choice, not a fault.</source>
        <translation>%1 veröffentlicht ein „Null-MX“ (RFC 7505): Die Domain erklärt, dass sie überhaupt keine E-Mails annimmt, daher schicken Absender E-Mails an sie sofort als unzustellbar zurück. Das ist eine Entscheidung des Domaininhabers, kein Fehler.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN). Check the spelling; mail to this domain bounces.</source>
        <translation>%1 existiert im DNS nicht (NXDOMAIN). Prüfen Sie die Schreibweise; E-Mails an diese Domain kommen als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>%1 exists, but has neither MX nor A/AAAA records: there is no server to deliver its mail to, so mail to it bounces.</source>
        <translation>%1 existiert, hat aber weder MX- noch A/AAAA-Einträge: Es gibt keinen Server, an den E-Mails zugestellt werden könnten, daher kommen sie als unzustellbar zurück.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1 (SERVFAIL). The domain's own DNS servers may be down or misconfigured; senders keep the mail and retry later.</source>
        <translation>Der DNS-Server konnte für %1 nicht antworten (SERVFAIL). Die DNS-Server der Domain sind möglicherweise ausgefallen oder falsch konfiguriert; Absender behalten die E-Mails und versuchen es später erneut.</translation>
    </message>
    <message>
        <source>The DNS server gave no answer about %1 in time. It may be unreachable or slow: try again, or ask another DNS server.</source>
        <translation>Der DNS-Server hat zu %1 nicht rechtzeitig geantwortet. Er ist möglicherweise nicht erreichbar oder langsam: Versuchen Sie es erneut oder fragen Sie einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>Nothing to look up: type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Nichts abzufragen: Geben Sie eine Domain (example.com) oder eine E-Mail-Adresse (user@example.com) ein.</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed.</source>
        <translation>Die DNS-Abfrage für %1 ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup of %1 asked %2: %3 (%n ms)</source>
        <translation>
            <numerusform>MX-Abfrage von %1 an %2: %3 (%n ms)</numerusform>
            <numerusform>MX-Abfrage von %1 an %2: %3 (%n ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>DNS-Antwort: %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>         warning: %1</source>
        <translation>         Warnung: %1</translation>
    </message>
    <message>
        <source>         error: %1</source>
        <translation>         Fehler: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::MxMatrixDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Test all MX hosts</source>
        <translation>Alle MX-Hosts testen</translation>
    </message>
    <message>
        <source>Double-click a row to see its transcript</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihr Protokoll zu sehen</translation>
    </message>
    <message>
        <source>Every mail exchanger of %1 on port %2, up to RCPT TO (no mail is sent).</source>
        <translation>Alle Mail-Exchanger von %1 auf Port %2, bis RCPT TO (es wird keine E-Mail gesendet).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Transcript: %1 (%2)</source>
        <translation>Protokoll: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mailflow::MxMatrixModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>MX host (pref.)</source>
        <translation>MX-Host (Präf.)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>%1 — fails over IPv6, passes over IPv4</source>
        <translation>%1 — scheitert über IPv6, funktioniert über IPv4</translation>
    </message>
    <message>
        <source>%1 — fails over IPv4, passes over IPv6</source>
        <translation>%1 — scheitert über IPv4, funktioniert über IPv6</translation>
    </message>
</context>
<context>
    <name>mailflow::MxResolver</name>
    <message>
        <source>%1 is an IPv6 address. Mailflow can ask a DNS server only by its IPv4 address (Qt 6.4 would silently use the system resolver instead). Type the server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>%1 ist eine IPv6-Adresse. Mailflow kann einen DNS-Server nur über seine IPv4-Adresse fragen (Qt 6.4 würde stattdessen stillschweigend den Resolver des Systems verwenden). Geben Sie die IPv4-Adresse des Servers ein oder lassen Sie das Feld leer, um den Resolver des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>A DNS server can only be asked on port 53; leave the port out.</source>
        <translation>Ein DNS-Server kann nur auf Port 53 gefragt werden; lassen Sie den Port weg.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Type the DNS server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie die IPv4-Adresse des DNS-Servers ein oder lassen Sie das Feld leer, um den Resolver des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS-Server %1</translation>
    </message>
</context>
<context>
    <name>mailflow::MxTestRunner</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>EHLO/TLS</source>
        <translation>EHLO/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>MAIL</source>
        <translation>MAIL</translation>
    </message>
    <message>
        <source>RCPT</source>
        <translation>RCPT</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>not tested: the test was stopped</source>
        <translation>nicht getestet: Der Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>noch nicht getestet</translation>
    </message>
    <message>
        <source>MX %1 (preference %2) is not tested: it has no address.</source>
        <translation>MX %1 (Präferenz %2) wird nicht getestet: Der Host hat keine Adresse.</translation>
    </message>
    <message>
        <source>Testing MX %1 (preference %2) at %3 port %4.</source>
        <translation>MX %1 (Präferenz %2) wird unter %3, Port %4 getestet.</translation>
    </message>
    <message>
        <source>Not tested: the host has no address</source>
        <translation>Nicht getestet: Der Host hat keine Adresse</translation>
    </message>
    <message>
        <source>Not run: the test was stopped</source>
        <translation>Nicht ausgeführt: Der Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>Stopped before it ran.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mailflow::OAuthSasl</name>
    <message>
        <source> The server asks for the scope "%1".</source>
        <translation> Der Server verlangt den Scope „%1“.</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1): it has expired, was revoked or was not issued for this account.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (Status %1): Es ist abgelaufen, wurde widerrufen oder wurde nicht für dieses Konto ausgestellt.</translation>
    </message>
    <message>
        <source>Access tokens last about an hour: get a new one for this user and try again. Check that the user name is the account the token was issued to.</source>
        <translation>Zugriffstoken gelten etwa eine Stunde: Holen Sie ein neues für diesen Benutzer und versuchen Sie es erneut. Prüfen Sie, ob der Benutzername das Konto ist, für das das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The access token is valid but does not allow sending mail (status %1: insufficient scope).</source>
        <translation>Das Zugriffstoken ist gültig, erlaubt aber nicht das Senden von E-Mails (Status %1: unzureichender Scope).</translation>
    </message>
    <message>
        <source>Request the token with the mail scope: https://mail.google.com/ for Gmail, https://outlook.office.com/SMTP.Send for Microsoft 365.</source>
        <translation>Fordern Sie das Token mit dem Mail-Scope an: https://mail.google.com/ für Gmail, https://outlook.office.com/SMTP.Send für Microsoft 365.</translation>
    </message>
    <message>
        <source>The server refused the OAuth login with status %1.</source>
        <translation>Der Server hat die OAuth-Anmeldung mit Status %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Status 400 means the request was malformed: check the user name and that the token is an OAuth 2.0 access token (not an ID or refresh token).</source>
        <translation>Status 400 bedeutet, dass die Anfrage fehlerhaft war: Prüfen Sie den Benutzernamen und ob das Token ein OAuth-2.0-Zugriffstoken ist (kein ID- oder Refresh-Token).</translation>
    </message>
</context>
<context>
    <name>mailflow::OpenRelayCheck</name>
    <message>
        <source>Relaying from outside to outside</source>
        <translation>Relaying von extern nach extern</translation>
    </message>
    <message>
        <source>The open relay check did not get to the outside recipient: the server stopped answering or refused RSET.</source>
        <translation>Die Open-Relay-Prüfung kam nicht bis zum externen Empfänger: Der Server antwortete nicht mehr oder lehnte RSET ab.</translation>
    </message>
    <message>
        <source>The server refused the outside sender (%1), so relaying could not be tried; that is no proof either way.</source>
        <translation>Der Server hat den externen Absender abgelehnt (%1), daher konnte Relaying nicht versucht werden; das beweist weder das eine noch das andere.</translation>
    </message>
    <message>
        <source>The server accepted the outside recipient (%1) after authentication: relaying for an authenticated user is what a submission server does, not an open relay.</source>
        <translation>Der Server hat den externen Empfänger nach der Authentifizierung angenommen (%1): Relaying für einen authentifizierten Benutzer ist die Aufgabe eines Submission-Servers, kein offenes Relay.</translation>
    </message>
    <message>
        <source>OPEN RELAY: the server accepted mail from an outside sender (%1) for an outside recipient (%2) without authentication (%3). Spammers find such servers within hours; block lists list them soon after.</source>
        <translation>OFFENES RELAY: Der Server hat E-Mails eines externen Absenders (%1) für einen externen Empfänger (%2) ohne Authentifizierung angenommen (%3). Spammer finden solche Server innerhalb von Stunden; Sperrlisten führen sie bald danach.</translation>
    </message>
    <message>
        <source>Allow relaying only for authenticated users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation>Erlauben Sie Relaying nur für authentifizierte Benutzer und Ihre eigenen Netze (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</translation>
    </message>
    <message>
        <source>Run the check again from a network outside the server's own: many servers relay for their own network only, which is fine.</source>
        <translation>Führen Sie die Prüfung erneut aus einem Netz außerhalb des Servernetzes aus: Viele Server leiten nur für ihr eigenes Netz weiter, was in Ordnung ist.</translation>
    </message>
    <message>
        <source>The server deferred the outside recipient (%1); that is no proof either way.</source>
        <translation>Der Server hat den externen Empfänger zurückgestellt (%1); das beweist weder das eine noch das andere.</translation>
    </message>
    <message>
        <source>The server refused to relay for an outside recipient (%1): not an open relay.</source>
        <translation>Der Server hat das Relaying für einen externen Empfänger abgelehnt (%1): kein offenes Relay.</translation>
    </message>
</context>
<context>
    <name>mailflow::OwnAddressCheck</name>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Ihre Adresse aus Sicht des Servers</translation>
    </message>
    <message>
        <source>Your public address is unknown: the server did not name it and no connection was made.</source>
        <translation>Ihre öffentliche Adresse ist unbekannt: Der Server hat sie nicht genannt, und es wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>This computer's address %1 is private and the server did not name the address it sees, so your public address is unknown; your reverse DNS and block lists are not checked.</source>
        <translation>Die Adresse %1 dieses Computers ist privat, und der Server hat die Adresse, die er sieht, nicht genannt; daher ist Ihre öffentliche Adresse unbekannt. Ihr Reverse DNS und die Sperrlisten werden nicht geprüft.</translation>
    </message>
    <message>
        <source>The server sees you as %1, a private address: it is inside your network or behind the same NAT, so your public address is unknown.</source>
        <translation>Der Server sieht Sie als %1, eine private Adresse: Er steht in Ihrem Netz oder hinter demselben NAT, daher ist Ihre öffentliche Adresse unbekannt.</translation>
    </message>
    <message>
        <source>Your public address is %1 (this computer's own address; the server did not name it).</source>
        <translation>Ihre öffentliche Adresse ist %1 (die eigene Adresse dieses Computers; der Server hat sie nicht genannt).</translation>
    </message>
    <message>
        <source>The server sees you as %1.</source>
        <translation>Der Server sieht Sie als %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::PasswordVault</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No password is remembered for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The desktop's keyring is not available: %1</source>
        <translation>Der Schlüsselbund des Desktops ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::PdfReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Mailflow-Bericht: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF needs a QGuiApplication.</source>
        <translation>%1 kann nicht geschrieben werden: PDF erfordert eine QGuiApplication.</translation>
    </message>
</context>
<context>
    <name>mailflow::PortProbeCheck</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Port 25 aus diesem Netz</translation>
    </message>
    <message>
        <source>port 25 (the test): %1</source>
        <translation>Port 25 (der Test): %1</translation>
    </message>
    <message>
        <source>Port 25 answers over %1 but not over the address family the test used: the block is on one family's path (often IPv4 or IPv6 filtered differently by a provider).</source>
        <translation>Port 25 antwortet über %1, aber nicht über die Adressfamilie, die der Test verwendet hat: Die Sperre liegt auf dem Weg einer Adressfamilie (oft filtert ein Provider IPv4 und IPv6 unterschiedlich).</translation>
    </message>
    <message>
        <source>Ask your network administrator or provider why outgoing port 25 is filtered on one address family only.</source>
        <translation>Fragen Sie Ihren Netzwerkadministrator oder Provider, warum ausgehender Port 25 nur für eine Adressfamilie gefiltert wird.</translation>
    </message>
    <message>
        <source>Port 25 seems blocked between you and the server — %1 answers; many ISPs and cloud providers block outgoing port 25.</source>
        <translation>Port 25 scheint zwischen Ihnen und dem Server gesperrt zu sein — auf %1 kommt eine Antwort; viele Internet- und Cloud-Provider sperren ausgehenden Port 25.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Ask your network administrator or provider whether outgoing port 25 is blocked.</source>
        <translation>Fragen Sie Ihren Netzwerkadministrator oder Provider, ob ausgehender Port 25 gesperrt ist.</translation>
    </message>
    <message>
        <source>Send through your mail provider's submission server (587 with authentication), or run the test from another network to compare.</source>
        <translation>Senden Sie über den Submission-Server Ihres Mailproviders (587 mit Authentifizierung) oder führen Sie den Test zum Vergleich aus einem anderen Netz aus.</translation>
    </message>
    <message>
        <source>The server's address answers on another port (refused, not silent) while port 25 gets no answer: a firewall on the way drops port 25, on your side or the server's.</source>
        <translation>Die Adresse des Servers antwortet auf einem anderen Port (abgelehnt, nicht stumm), während Port 25 keine Antwort erhält: Eine Firewall auf dem Weg verwirft Port 25, auf Ihrer Seite oder auf der des Servers.</translation>
    </message>
    <message>
        <source>Run the test from another network: if port 25 answers there, the block is on your side.</source>
        <translation>Führen Sie den Test aus einem anderen Netz aus: Antwortet Port 25 dort, liegt die Sperre auf Ihrer Seite.</translation>
    </message>
    <message>
        <source>Neither port 25 nor 587 nor 465 answered: the server is unreachable from here as a whole, not port 25 alone (down, a wrong address, or a firewall dropping everything).</source>
        <translation>Weder Port 25 noch 587 noch 465 haben geantwortet: Der Server ist von hier aus insgesamt nicht erreichbar, nicht nur Port 25 (ausgefallen, falsche Adresse oder eine Firewall, die alles verwirft).</translation>
    </message>
    <message>
        <source>Check the server's address and whether it is up; run the test from another network to compare.</source>
        <translation>Prüfen Sie die Adresse des Servers und ob er läuft; führen Sie den Test zum Vergleich aus einem anderen Netz aus.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeMode</name>
    <message>
        <source>P&amp;ractice</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>&amp;Next in the tour: a refusal</source>
        <translation>&amp;Weiter in der Tour: eine Ablehnung</translation>
    </message>
    <message>
        <source>Practice &amp;tour (a passing test, then a refusal)</source>
        <translation>Übungs&amp;tour (ein bestandener Test, dann eine Ablehnung)</translation>
    </message>
    <message>
        <source>&amp;Stop the practice server</source>
        <translation>Übungsserver &amp;anhalten</translation>
    </message>
    <message>
        <source>Practice on a built-in server</source>
        <translation>Am eingebauten Server üben</translation>
    </message>
    <message>
        <source>No mail server at hand? Try the test on a safe server inside Mailflow: a passing test and the common refusals.</source>
        <translation>Kein Mailserver zur Hand? Probieren Sie den Test an einem sicheren Server in Mailflow aus: ein bestandener Test und die häufigen Ablehnungen.</translation>
    </message>
    <message>
        <source>Welcome to Mailflow</source>
        <translation>Willkommen bei Mailflow</translation>
    </message>
    <message>
        <source>No mail server at hand? Mailflow has one built in for practice.

The practice tour runs the test twice on it: first a server that accepts the message, then one that refuses it, with the refusal explained.</source>
        <translation>Kein Mailserver zur Hand? Mailflow hat einen zum Üben eingebaut.

Die Übungstour führt den Test zweimal damit aus: zuerst mit einem Server, der die Nachricht annimmt, dann mit einem, der sie ablehnt, samt Erklärung der Ablehnung.</translation>
    </message>
    <message>
        <source>Start the practice &amp;tour</source>
        <translation>Übungs&amp;tour starten</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>There is no practice scenario "%1".</source>
        <translation>Es gibt kein Übungsszenario „%1“.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Practice: %1 on %2 — %3</source>
        <translation>Übung: %1 auf %2 — %3</translation>
    </message>
    <message>
        <source>Press Next on each page to run its step and go on, or Run to end.</source>
        <translation>Klicken Sie auf jeder Seite auf „Weiter“, um ihren Schritt auszuführen und fortzufahren, oder auf „Bis zum Ende ausführen“.</translation>
    </message>
    <message>
        <source>Tour, 1 of 2: a server that accepts the message. </source>
        <translation>Tour, 1 von 2: ein Server, der die Nachricht annimmt. </translation>
    </message>
    <message>
        <source>Tour, 2 of 2: a server that refuses it. </source>
        <translation>Tour, 2 von 2: ein Server, der sie ablehnt. </translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>Worauf Sie achten sollten: %1</translation>
    </message>
    <message>
        <source>You saw what this scenario teaches: %1 — %2.
%3</source>
        <translation>Sie haben gesehen, was dieses Szenario zeigt: %1 — %2.
%3</translation>
    </message>
    <message>
        <source>This run did not show the lesson (%1 should be %2). Run the whole test, without changing the settings the practice filled in.</source>
        <translation>Dieser Lauf hat die Lektion nicht gezeigt (%1 sollte %2 sein). Führen Sie den ganzen Test aus, ohne die von der Übung ausgefüllten Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Open the &amp;received message</source>
        <translation>&amp;Empfangene Nachricht öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;delivery receipt</source>
        <translation>&amp;Zustellbestätigung öffnen</translation>
    </message>
    <message>
        <source>Delivery receipt sent back to %1</source>
        <translation>Zustellbestätigung, zurückgesendet an %1</translation>
    </message>
    <message>
        <source>Message received by the practice server</source>
        <translation>Vom Übungsserver empfangene Nachricht</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2; queued as %3.</source>
        <translation>Envelope: von &lt;%1&gt; an %2; in der Warteschlange als %3.</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeServer</name>
    <message>
        <source>Cannot make the practice certificate (%1).</source>
        <translation>Das Übungszertifikat kann nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>The practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>Der Übungsserver lauscht nur auf einer Loopback-Adresse (127.0.0.1 oder ::1), nicht auf %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the port is already in use by another program. Choose another port.</source>
        <translation>Auf %1 kann nicht gelauscht werden: Der Port wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::PreferencesDialog</name>
    <message>
        <source>Mailflow — preferences</source>
        <translation>Mailflow — Einstellungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Keine Altersgrenze</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Testläufe</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Keine Höchstzahl</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No size limit</source>
        <translation>Keine Größengrenze</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language shows the next time Mailflow starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Mailflow angezeigt.</translation>
    </message>
    <message>
        <source>Every test is kept in the history. The oldest runs are removed when any of these limits is passed, each time Mailflow starts and when you press OK.</source>
        <translation>Jeder Test wird im Verlauf gespeichert. Die ältesten Testläufe werden entfernt, sobald eine dieser Grenzen überschritten ist – bei jedem Start von Mailflow und wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Keep runs for at most:</source>
        <translation>Testläufe höchstens aufbewahren für:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Höchstens aufbewahren:</translation>
    </message>
    <message>
        <source>Keep at most (total size):</source>
        <translation>Höchstens aufbewahren (Gesamtgröße):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Checks around the conversation</source>
        <translation>Prüfungen rund um die SMTP-Sitzung</translation>
    </message>
    <message>
        <source>Run beside each test; none delays it. A profile's own choice wins while it is loaded.</source>
        <translation>Laufen parallel zu jedem Test; keine davon verzögert ihn. Solange ein Profil geladen ist, hat dessen eigene Auswahl Vorrang.</translation>
    </message>
    <message>
        <source>Runs only when the Envelope page's open relay box is ticked.</source>
        <translation>Läuft nur, wenn auf der Seite „Envelope“ das Kästchen „Prüfen, ob der Server ein offenes Relay ist“ angekreuzt ist.</translation>
    </message>
    <message>
        <source>the Server page's, else the system resolver</source>
        <translation>der von der Seite „Server“, sonst der Resolver des Systems</translation>
    </message>
    <message>
        <source>&amp;Block list zones:</source>
        <translation>&amp;Sperrlistenzonen:</translation>
    </message>
    <message>
        <source>&amp;DNS server for the checks:</source>
        <translation>&amp;DNS-Server für die Prüfungen:</translation>
    </message>
</context>
<context>
    <name>mailflow::Profile</name>
    <message>
        <source>must be one of auto, off, optional, starttls, implicit.</source>
        <translation>muss einer der Werte auto, off, optional, starttls, implicit sein.</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate.</source>
        <translation>Ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat.</translation>
    </message>
    <message>
        <source>must be one of none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>muss einer der Werte none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer sein.</translation>
    </message>
    <message>
        <source>must be none, starttls or tls.</source>
        <translation>muss none, starttls oder tls sein.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, far more than a profile holds; it was not read.</source>
        <translation>%1: Die Datei ist größer als %2 MB, weit mehr, als ein Profil enthält; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3 (offset %4): %5. The file may be truncated or damaged; it was left as it is.</source>
        <translation>%1: kein gültiges JSON in Zeile %2, Spalte %3 (Offset %4): %5. Die Datei ist möglicherweise abgeschnitten oder beschädigt; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object at the top level.</source>
        <translation>%1: Ein Profil muss auf oberster Ebene ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>is "%1", expected "mailflow-profile": this is not a Mailflow profile.</source>
        <translation>ist „%1“, erwartet wurde "mailflow-profile": Dies ist kein Mailflow-Profil.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>is %1: the profile was written by a newer Mailflow; this version reads profile version %2. Update Mailflow to open it.</source>
        <translation>ist %1: Das Profil wurde von einer neueren Mailflow-Version geschrieben; diese Version liest Profilversion %2. Aktualisieren Sie Mailflow, um es zu öffnen.</translation>
    </message>
    <message>
        <source>must be one name without spaces.</source>
        <translation>muss ein einzelner Name ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>must be an object with an "address".</source>
        <translation>muss ein Objekt mit "address" sein.</translation>
    </message>
    <message>
        <source>must be "auto" or "force".</source>
        <translation>muss "auto" oder "force" sein.</translation>
    </message>
    <message>
        <source>must be "full" or "hdrs".</source>
        <translation>muss "full" oder "hdrs" sein.</translation>
    </message>
    <message>
        <source>%1: key "target": give a host or an MX domain to test.</source>
        <translation>%1: Schlüssel "target": Geben Sie einen Host oder eine MX-Domain zum Testen an.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 does not exist.</source>
        <translation>%1: Schlüssel "message.bodyFile": Die Textdatei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 cannot be read.</source>
        <translation>%1: Schlüssel "message.bodyFile": Die Textdatei %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: key "recipients": at least one recipient is needed to go past MAIL FROM.</source>
        <translation>%1: Schlüssel "recipients": Um über MAIL FROM hinauszukommen, ist mindestens ein Empfänger nötig.</translation>
    </message>
    <message>
        <source>%1: key "%2": %3</source>
        <translation>%1: Schlüssel "%2": %3</translation>
    </message>
    <message>
        <source>%1: key "%2" ignored: profiles never keep a password.</source>
        <translation>%1: Schlüssel "%2" ignoriert: Profile speichern nie ein Passwort.</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1: unbekannter Schlüssel "%2" ignoriert.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>muss true oder false sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>must be one of any, ipv4, ipv6.</source>
        <translation>muss einer der Werte any, ipv4, ipv6 sein.</translation>
    </message>
    <message>
        <source>must be an IP address.</source>
        <translation>muss eine IP-Adresse sein.</translation>
    </message>
    <message>
        <source>must be auto, force or off.</source>
        <translation>muss auto, force oder off sein.</translation>
    </message>
    <message>
        <source>must be "all", "none", "only:LIST" or "off:LIST".</source>
        <translation>muss "all", "none", "only:LIST" oder "off:LIST" sein.</translation>
    </message>
    <message>
        <source>must be a file name.</source>
        <translation>muss ein Dateiname sein.</translation>
    </message>
    <message>
        <source>a complete message (raw) cannot have attachments.</source>
        <translation>Eine vollständige Nachricht (raw) kann keine Anhänge haben.</translation>
    </message>
    <message>
        <source>must be v1 or v2.</source>
        <translation>muss v1 oder v2 sein.</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>must be one of required, optional, optional-strict.</source>
        <translation>muss einer der Werte required, optional, optional-strict sein.</translation>
    </message>
    <message>
        <source>must be required, optional or optional-strict.</source>
        <translation>muss required, optional oder optional-strict sein.</translation>
    </message>
    <message>
        <source>must be one of connect, ehlo, auth, xclient, mail, rcpt, data, quit.</source>
        <translation>muss einer der Werte connect, ehlo, auth, xclient, mail, rcpt, data, quit sein.</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileManager</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Fill the wizard with this profile's values, to step through it</source>
        <translation>Den Assistenten mit den Werten dieses Profils füllen, um ihn Schritt für Schritt zu durchlaufen</translation>
    </message>
    <message>
        <source>Run this profile to its stop point in one go and show what changed</source>
        <translation>Dieses Profil in einem Durchgang bis zu seinem Endpunkt ausführen und anzeigen, was sich geändert hat</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (beschädigt)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Mailflow profiles (*.json)</source>
        <translation>Mailflow-Profile (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileRunner</name>
    <message>
        <source>No profiles (*.json) in the folder %1.</source>
        <translation>Keine Profile (*.json) im Ordner %1.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The MX lookup of %1 found no server to test.</source>
        <translation>Die MX-Abfrage von %1 hat keinen Server zum Testen gefunden.</translation>
    </message>
    <message>
        <source>no previous run</source>
        <translation>kein vorheriger Lauf</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Übersicht:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Worst exit code: %1</source>
        <translation>Schlechtester Exit-Code: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileStore</name>
    <message>
        <source>Cannot create the profiles folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No profile named "%1" in %2, and no such file.</source>
        <translation>Kein Profil namens „%1“ in %2 und keine solche Datei.</translation>
    </message>
    <message>
        <source>Give the profile a name before saving it.</source>
        <translation>Geben Sie dem Profil vor dem Speichern einen Namen.</translation>
    </message>
    <message>
        <source>The profile "%1" already uses the file %2; choose another name.</source>
        <translation>Das Profil „%1“ verwendet bereits die Datei %2; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Der neue Name ist leer.</translation>
    </message>
    <message>
        <source>No profile named "%1".</source>
        <translation>Kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Saved as "%1" but could not remove the old file %2.</source>
        <translation>Als „%1“ gespeichert, aber die alte Datei %2 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the profile "%1": %2</source>
        <translation>Das Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ProxyHeader</name>
    <message>
        <source>The PROXY header needs a source and a destination address of one family (IPv4 or IPv6), not %1 and %2.</source>
        <translation>Der PROXY-Header braucht eine Quell- und eine Zieladresse derselben Adressfamilie (IPv4 oder IPv6), nicht %1 und %2.</translation>
    </message>
    <message>
        <source>PROXY v2 (binary, %1 bytes): PROXY %2 %3 -&gt; %4</source>
        <translation>PROXY v2 (binär, %1 Byte): PROXY %2 %3 -&gt; %4</translation>
    </message>
</context>
<context>
    <name>mailflow::RecipientRow</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Send RCPT</source>
        <translation>RCPT senden</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this recipient</source>
        <translation>Diesen Empfänger entfernen</translation>
    </message>
    <message>
        <source>NOTIFY=SUCCESS: ask for a receipt when the mail is delivered</source>
        <translation>NOTIFY=SUCCESS: eine Bestätigung anfordern, wenn die E-Mail zugestellt wurde</translation>
    </message>
    <message>
        <source>NOTIFY=FAILURE: ask for a report when delivery fails</source>
        <translation>NOTIFY=FAILURE: einen Bericht anfordern, wenn die Zustellung fehlschlägt</translation>
    </message>
    <message>
        <source>NOTIFY=DELAY: ask for a report when delivery is delayed</source>
        <translation>NOTIFY=DELAY: einen Bericht anfordern, wenn sich die Zustellung verzögert</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER: ask for no report at all</source>
        <translation>NOTIFY=NEVER: überhaupt keinen Bericht anfordern</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Benachrichtigen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ReplyCatalog</name>
    <message>
        <source>Other or undefined status</source>
        <translation>Sonstiger oder nicht definierter Status</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Mailbox problem</source>
        <translation>Postfachproblem</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problem des Mailsystems</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Netzwerk- oder Routingproblem</translation>
    </message>
    <message>
        <source>Mail protocol problem</source>
        <translation>Problem mit dem Mailprotokoll</translation>
    </message>
    <message>
        <source>Message content or format problem</source>
        <translation>Problem mit Inhalt oder Format der Nachricht</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Sicherheits- oder Richtlinienproblem</translation>
    </message>
    <message>
        <source>No further detail given</source>
        <translation>Keine weiteren Angaben</translation>
    </message>
    <message>
        <source>Address problem (no further detail)</source>
        <translation>Adressproblem (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Mailbox does not exist (bad destination mailbox address)</source>
        <translation>Postfach existiert nicht (ungültige Zielpostfachadresse)</translation>
    </message>
    <message>
        <source>The domain of the address does not exist or takes no mail (bad destination system)</source>
        <translation>Die Domain der Adresse existiert nicht oder nimmt keine E-Mails an (ungültiges Zielsystem)</translation>
    </message>
    <message>
        <source>Recipient address is not written correctly (bad syntax)</source>
        <translation>Empfängeradresse ist nicht korrekt geschrieben (ungültige Syntax)</translation>
    </message>
    <message>
        <source>Recipient address is ambiguous: it matches several mailboxes</source>
        <translation>Empfängeradresse ist mehrdeutig: Sie passt auf mehrere Postfächer</translation>
    </message>
    <message>
        <source>Recipient address is valid</source>
        <translation>Empfängeradresse ist gültig</translation>
    </message>
    <message>
        <source>Mailbox has moved and there is no forwarding address</source>
        <translation>Postfach ist umgezogen, und es gibt keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Sender address is not written correctly (bad syntax)</source>
        <translation>Absenderadresse ist nicht korrekt geschrieben (ungültige Syntax)</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist or cannot be reached</source>
        <translation>Die Domain der Absenderadresse existiert nicht oder ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Message passed on to a mail system that cannot send delivery reports</source>
        <translation>Nachricht an ein Mailsystem weitergegeben, das keine Zustellberichte senden kann</translation>
    </message>
    <message>
        <source>The recipient's domain accepts no mail at all (null MX)</source>
        <translation>Die Domain des Empfängers nimmt überhaupt keine E-Mails an (Null-MX)</translation>
    </message>
    <message>
        <source>Mailbox problem (no further detail)</source>
        <translation>Postfachproblem (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Mailbox is disabled and does not accept messages</source>
        <translation>Postfach ist deaktiviert und nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>Mailbox is full</source>
        <translation>Postfach ist voll</translation>
    </message>
    <message>
        <source>Message is larger than the recipient's limit</source>
        <translation>Nachricht ist größer als das Limit des Empfängers</translation>
    </message>
    <message>
        <source>Problem expanding a mailing list</source>
        <translation>Problem beim Auflösen einer Mailingliste</translation>
    </message>
    <message>
        <source>Mail system problem (no further detail)</source>
        <translation>Problem des Mailsystems (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Mail system is out of storage space</source>
        <translation>Dem Mailsystem fehlt Speicherplatz</translation>
    </message>
    <message>
        <source>Mail system is not accepting messages now (e.g. shutting down)</source>
        <translation>Mailsystem nimmt zurzeit keine Nachrichten an (z. B. beim Herunterfahren)</translation>
    </message>
    <message>
        <source>Mail system cannot provide a feature the message needs</source>
        <translation>Mailsystem kann eine Funktion, die die Nachricht benötigt, nicht bereitstellen</translation>
    </message>
    <message>
        <source>Message is larger than the mail system accepts</source>
        <translation>Nachricht ist größer, als das Mailsystem annimmt</translation>
    </message>
    <message>
        <source>Mail system is configured incorrectly</source>
        <translation>Mailsystem ist falsch konfiguriert</translation>
    </message>
    <message>
        <source>The message's requested priority was changed</source>
        <translation>Die angeforderte Priorität der Nachricht wurde geändert</translation>
    </message>
    <message>
        <source>Network or routing problem (no further detail)</source>
        <translation>Netzwerk- oder Routingproblem (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>The next mail server did not answer</source>
        <translation>Der nächste Mailserver hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke</source>
        <translation>Die Verbindung zum nächsten Mailserver ist abgebrochen</translation>
    </message>
    <message>
        <source>A directory server (such as DNS) failed</source>
        <translation>Ein Verzeichnisserver (etwa DNS) ist ausgefallen</translation>
    </message>
    <message>
        <source>No route to the destination (e.g. no usable MX records)</source>
        <translation>Keine Route zum Ziel (z. B. keine verwendbaren MX-Einträge)</translation>
    </message>
    <message>
        <source>Mail system is congested</source>
        <translation>Mailsystem ist überlastet</translation>
    </message>
    <message>
        <source>A routing loop was detected</source>
        <translation>Eine Routing-Schleife wurde erkannt</translation>
    </message>
    <message>
        <source>Delivery time expired: the message waited too long in a queue</source>
        <translation>Zustellfrist abgelaufen: Die Nachricht hat zu lange in einer Warteschlange gewartet</translation>
    </message>
    <message>
        <source>Mail protocol problem (no further detail)</source>
        <translation>Problem mit dem Mailprotokoll (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>Zeile im Authentifizierungsaustausch ist zu lang</translation>
    </message>
    <message>
        <source>Message content or format problem (no further detail)</source>
        <translation>Problem mit Inhalt oder Format der Nachricht (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Message content type is not supported</source>
        <translation>Inhaltstyp der Nachricht wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not allowed</source>
        <translation>Die Nachricht müsste konvertiert werden, das ist aber nicht erlaubt</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not supported</source>
        <translation>Die Nachricht müsste konvertiert werden, das wird aber nicht unterstützt</translation>
    </message>
    <message>
        <source>The message was converted with some loss</source>
        <translation>Die Nachricht wurde mit Verlusten konvertiert</translation>
    </message>
    <message>
        <source>Conversion of the message failed</source>
        <translation>Konvertierung der Nachricht fehlgeschlagen</translation>
    </message>
    <message>
        <source>Message content is not available</source>
        <translation>Inhalt der Nachricht ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Non-ASCII addresses are not allowed for this sender or recipient</source>
        <translation>Nicht-ASCII-Adressen sind für diesen Absender oder Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>A UTF-8 reply is needed but the client does not allow it</source>
        <translation>Eine UTF-8-Antwort ist nötig, aber der Client erlaubt sie nicht</translation>
    </message>
    <message>
        <source>A message with UTF-8 headers cannot be passed on to a recipient</source>
        <translation>Eine Nachricht mit UTF-8-Kopfzeilen kann nicht an einen Empfänger weitergegeben werden</translation>
    </message>
    <message>
        <source>Security or policy problem (no further detail)</source>
        <translation>Sicherheits- oder Richtlinienproblem (keine weiteren Angaben)</translation>
    </message>
    <message>
        <source>Delivery not authorized: refused by policy</source>
        <translation>Zustellung nicht autorisiert: durch Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>Expanding this mailing list is not allowed</source>
        <translation>Das Auflösen dieser Mailingliste ist nicht erlaubt</translation>
    </message>
    <message>
        <source>A security conversion is needed but not possible</source>
        <translation>Eine Sicherheitskonvertierung ist nötig, aber nicht möglich</translation>
    </message>
    <message>
        <source>Security features are not supported</source>
        <translation>Sicherheitsfunktionen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>Cryptographic algorithm is not supported</source>
        <translation>Kryptografischer Algorithmus wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Message integrity check failed</source>
        <translation>Integritätsprüfung der Nachricht fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authentication credentials invalid: wrong user name or password</source>
        <translation>Anmeldedaten ungültig: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsverfahren ist zu schwach</translation>
    </message>
    <message>
        <source>Encryption is needed for this</source>
        <translation>Hierfür ist Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>Encryption is required for this authentication mechanism</source>
        <translation>Für dieses Authentifizierungsverfahren ist Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Ein Passwortwechsel ist erforderlich</translation>
    </message>
    <message>
        <source>User account is disabled</source>
        <translation>Benutzerkonto ist deaktiviert</translation>
    </message>
    <message>
        <source>A trust relationship is required</source>
        <translation>Eine Vertrauensstellung ist erforderlich</translation>
    </message>
    <message>
        <source>The message's priority is too low</source>
        <translation>Die Priorität der Nachricht ist zu niedrig</translation>
    </message>
    <message>
        <source>The message is too big for its priority</source>
        <translation>Die Nachricht ist für ihre Priorität zu groß</translation>
    </message>
    <message>
        <source>The mailbox has a new owner since the date the sender gave</source>
        <translation>Das Postfach hat seit dem vom Absender angegebenen Datum einen neuen Inhaber</translation>
    </message>
    <message>
        <source>The domain has a new owner since the date the sender gave</source>
        <translation>Die Domain hat seit dem vom Absender angegebenen Datum einen neuen Inhaber</translation>
    </message>
    <message>
        <source>The mailbox owner check (RRVS) cannot be completed</source>
        <translation>Die Prüfung des Postfachinhabers (RRVS) kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Keine gültige DKIM-Signatur gefunden, die die Prüfung besteht</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No valid DKIM signature of the author's domain found</source>
        <translation>Keine gültige DKIM-Signatur der Domain des Autors gefunden</translation>
    </message>
    <message>
        <source>SPF validation failed: the sending IP address is not allowed for the sender's domain</source>
        <translation>SPF-Prüfung fehlgeschlagen: Die sendende IP-Adresse ist für die Domain des Absenders nicht zugelassen</translation>
    </message>
    <message>
        <source>SPF validation error: the sender domain's SPF record could not be evaluated</source>
        <translation>SPF-Prüfungsfehler: Der SPF-Eintrag der Absenderdomain konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed: the sending IP address has no matching host name</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen: Die sendende IP-Adresse hat keinen passenden Hostnamen</translation>
    </message>
    <message>
        <source>Several authentication checks (SPF, DKIM, reverse DNS) failed</source>
        <translation>Mehrere Authentifizierungsprüfungen (SPF, DKIM, Reverse DNS) fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sender's domain accepts no mail (null MX), so it may not send either</source>
        <translation>Die Domain des Absenders nimmt keine E-Mails an (Null-MX), darf also auch keine senden</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The recipient requires TLS all the way (REQUIRETLS) but a hop lacks it</source>
        <translation>Der Empfänger verlangt TLS auf dem gesamten Weg (REQUIRETLS), aber einer der Hops bietet es nicht</translation>
    </message>
    <message>
        <source>The server answered with a reply the test did not expect at this step.</source>
        <translation>Der Server hat mit einer Antwort reagiert, die der Test bei diesem Schritt nicht erwartet hat.</translation>
    </message>
    <message>
        <source>Read the server's reply in the transcript; its code and text say what it wanted.</source>
        <translation>Lesen Sie die Antwort des Servers im Protokoll; Code und Text sagen, was er wollte.</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS, or it has no mail (MX) or address records.</source>
        <translation>Die Domain existiert im DNS nicht, oder sie hat keine Mail- (MX) oder Adresseinträge.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is right, ask the domain's owner whether its MX records are published, and check that your DNS server answers for other names you know exist.</source>
        <translation>Prüfen Sie die Schreibweise der Domain. Ist sie richtig, fragen Sie den Domaininhaber, ob die MX-Einträge veröffentlicht sind, und prüfen Sie, ob Ihr DNS-Server für andere Namen antwortet, von denen Sie wissen, dass sie existieren.</translation>
    </message>
    <message>
        <source>The host name does not resolve: DNS has no address for it.</source>
        <translation>Der Hostname lässt sich nicht auflösen: Im DNS gibt es keine Adresse dafür.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, and check that your DNS server works by looking up another name you know exists.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens und ob Ihr DNS-Server funktioniert, indem Sie einen anderen Namen abfragen, von dem Sie wissen, dass er existiert.</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time.</source>
        <translation>Der DNS-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the DNS server address in the test, and that this computer may reach it on port 53 (UDP and TCP). Try again: DNS servers sometimes drop single queries.</source>
        <translation>Prüfen Sie die Adresse des DNS-Servers im Test und ob dieser Computer ihn auf Port 53 (UDP und TCP) erreichen darf. Versuchen Sie es erneut: DNS-Server verwerfen manchmal einzelne Anfragen.</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached from this computer.</source>
        <translation>Der DNS-Server ist von diesem Computer aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check this computer's network connection and the DNS server address in the test.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers und die Adresse des DNS-Servers im Test.</translation>
    </message>
    <message>
        <source>The host answered, but nothing accepts connections on that port: the connection was refused.</source>
        <translation>Der Host hat geantwortet, aber auf diesem Port nimmt nichts Verbindungen an: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Check the port (25 between mail servers, 587 for sending with a login, 465 for implicit TLS), that the mail service is running, and that no firewall rejects the connection (a firewall that sends a reset looks the same).</source>
        <translation>Prüfen Sie den Port (25 zwischen Mailservern, 587 zum Senden mit Anmeldung, 465 für implizites TLS), ob der Maildienst läuft und ob keine Firewall die Verbindung ablehnt (eine Firewall, die ein Reset sendet, sieht genauso aus).</translation>
    </message>
    <message>
        <source>There is no network route from this computer to the host.</source>
        <translation>Es gibt keine Netzwerkroute von diesem Computer zum Host.</translation>
    </message>
    <message>
        <source>Check this computer's network connection, VPN and proxy. If only an IPv6 address fails, the host has an IPv6 address your network cannot reach: test its IPv4 address.</source>
        <translation>Prüfen Sie Netzwerkverbindung, VPN und Proxy dieses Computers. Schlägt nur eine IPv6-Adresse fehl, hat der Host eine IPv6-Adresse, die Ihr Netz nicht erreichen kann: Testen Sie seine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: something on the way drops the packets silently.</source>
        <translation>Der Verbindungsversuch hat überhaupt keine Antwort erhalten: Etwas auf dem Weg verwirft die Pakete stillschweigend.</translation>
    </message>
    <message>
        <source>Very often your internet provider or company firewall blocks outgoing port 25 (common on home and office networks): test from another network, or send through your provider's mail server on port 587. Otherwise a firewall in front of the server drops the connection, or the host is down.</source>
        <translation>Sehr oft sperrt Ihr Internetprovider oder die Firmen-Firewall ausgehenden Port 25 (in Heim- und Büronetzen üblich): Testen Sie aus einem anderen Netz oder senden Sie über den Mailserver Ihres Providers auf Port 587. Andernfalls verwirft eine Firewall vor dem Server die Verbindung, oder der Host ist ausgefallen.</translation>
    </message>
    <message>
        <source>The connection is open but the server sends no greeting (220). Some servers wait on purpose before greeting (tarpitting) to catch spam software that talks too early; others are overloaded.</source>
        <translation>Die Verbindung steht, aber der Server sendet keine Begrüßung (220). Manche Server warten absichtlich mit der Begrüßung (Tarpitting), um Spam-Software zu erwischen, die zu früh sendet; andere sind überlastet.</translation>
    </message>
    <message>
        <source>Raise the greeting timeout (RFC 5321 allows 5 minutes) and run the test again. If the greeting never comes, a firewall or proxy that inspects SMTP may be holding it back, or the server is overloaded: ask its administrator.</source>
        <translation>Erhöhen Sie das Zeitlimit für die Begrüßung (RFC 5321 erlaubt 5 Minuten) und führen Sie den Test erneut aus. Kommt die Begrüßung nie, hält sie möglicherweise eine Firewall oder ein Proxy zurück, der SMTP untersucht, oder der Server ist überlastet: Fragen Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>The server closed the connection without greeting you: it refuses your address (a blocklist, too many connections) or the mail service is broken.</source>
        <translation>Der Server hat die Verbindung ohne Begrüßung geschlossen: Er lehnt Ihre Adresse ab (Sperrliste, zu viele Verbindungen), oder der Maildienst ist defekt.</translation>
    </message>
    <message>
        <source>Try again in a few minutes and from another network, check your public IP address on blocklists, and ask the server's administrator.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut und aus einem anderen Netz, prüfen Sie Ihre öffentliche IP-Adresse auf Sperrlisten und fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation: it may be slowing down on purpose (tarpitting after a suspicious command), be overloaded, or a firewall broke the connection.</source>
        <translation>Der Server hat mitten in der Sitzung aufgehört zu antworten: Möglicherweise bremst er absichtlich (Tarpitting nach einem verdächtigen Befehl), ist überlastet, oder eine Firewall hat die Verbindung unterbrochen.</translation>
    </message>
    <message>
        <source>Raise the timeout (RFC 5321 allows servers 5 minutes per command) and run the test again. If it always stops at the same step, look at the transcript around that step.</source>
        <translation>Erhöhen Sie das Zeitlimit (RFC 5321 gesteht Servern 5 Minuten pro Befehl zu) und führen Sie den Test erneut aus. Bricht er immer beim selben Schritt ab, sehen Sie sich das Protokoll rund um diesen Schritt an.</translation>
    </message>
    <message>
        <source>The whole message was sent but the server has not confirmed it: scanning the content (antivirus, anti-spam) or handing it on is taking long.</source>
        <translation>Die ganze Nachricht wurde gesendet, aber der Server hat sie nicht bestätigt: Die Inhaltsprüfung (Virenschutz, Spamschutz) oder die Weitergabe dauert lange.</translation>
    </message>
    <message>
        <source>Raise the end-of-data timeout (RFC 5321 allows 10 minutes) and run the test again. Do not resend at once: the server may have accepted the message anyway, and a resend would make a duplicate.</source>
        <translation>Erhöhen Sie das Zeitlimit nach dem Datenende (RFC 5321 erlaubt 10 Minuten) und führen Sie den Test erneut aus. Senden Sie nicht sofort erneut: Der Server hat die Nachricht womöglich trotzdem angenommen, und ein erneutes Senden würde ein Duplikat erzeugen.</translation>
    </message>
    <message>
        <source>The TLS handshake got no answer.</source>
        <translation>Der TLS-Handshake hat keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Check whether the port expects STARTTLS or implicit TLS: on port 465 turn implicit TLS on, on 25 and 587 use STARTTLS. A firewall that inspects SMTP may also break STARTTLS.</source>
        <translation>Prüfen Sie, ob der Port STARTTLS oder implizites TLS erwartet: Schalten Sie auf Port 465 implizites TLS ein, verwenden Sie auf 25 und 587 STARTTLS. Auch eine Firewall, die SMTP untersucht, kann STARTTLS stören.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT. This is harmless: everything before it was already done.</source>
        <translation>Der Server hat auf QUIT nicht geantwortet. Das ist harmlos: Alles davor war bereits erledigt.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Raise the timeout and run the test again; if it persists, ask the server's administrator.</source>
        <translation>Erhöhen Sie das Zeitlimit und führen Sie den Test erneut aus; besteht das Problem weiter, fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server closed the connection while receiving the message: the message may exceed a size limit, a content filter may have cut it off, or the server crashed.</source>
        <translation>Der Server hat die Verbindung beim Empfang der Nachricht geschlossen: Die Nachricht überschreitet womöglich ein Größenlimit, ein Inhaltsfilter hat sie abgeschnitten, oder der Server ist abgestürzt.</translation>
    </message>
    <message>
        <source>Try a small plain-text message. Compare the size with the SIZE limit in the EHLO reply. If small messages pass and large ones fail, it is a size limit or a filter on the way (some firewalls that inspect SMTP break large transfers).</source>
        <translation>Versuchen Sie eine kleine Nachricht im Klartext. Vergleichen Sie die Größe mit dem SIZE-Limit in der EHLO-Antwort. Kommen kleine Nachrichten durch und große nicht, liegt ein Größenlimit oder ein Filter auf dem Weg vor (manche Firewalls, die SMTP untersuchen, unterbrechen große Übertragungen).</translation>
    </message>
    <message>
        <source>The connection broke during the TLS handshake: the two sides share no TLS version or cipher, or the server has no usable certificate.</source>
        <translation>Die Verbindung ist während des TLS-Handshakes abgebrochen: Beide Seiten haben keine gemeinsame TLS-Version oder Cipher-Suite, oder der Server hat kein verwendbares Zertifikat.</translation>
    </message>
    <message>
        <source>Look at the TLS details in the transcript, test with another TLS version if the test allows it, and tell the server's administrator.</source>
        <translation>Sehen Sie sich die TLS-Details im Protokoll an, testen Sie mit einer anderen TLS-Version, sofern der Test das erlaubt, und informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT. This is harmless: the test is over.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne auf QUIT zu antworten. Das ist harmlos: Der Test ist beendet.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>Look at the last reply in the transcript: servers often close after a 421 or after too many errors. Run the test again; if it always happens at the same step, ask the server's administrator.</source>
        <translation>Sehen Sie sich die letzte Antwort im Protokoll an: Server schließen oft nach einem 421 oder nach zu vielen Fehlern. Führen Sie den Test erneut aus; passiert es immer beim selben Schritt, fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The other side does not answer like an SMTP server: its bytes are not SMTP replies.</source>
        <translation>Die Gegenseite antwortet nicht wie ein SMTP-Server: Ihre Bytes sind keine SMTP-Antworten.</translation>
    </message>
    <message>
        <source>Check the port: a web server, POP3 or IMAP server answers differently. On a port with implicit TLS (usually 465) turn implicit TLS on; without it the test sees only encrypted bytes.</source>
        <translation>Prüfen Sie den Port: Ein Webserver, POP3- oder IMAP-Server antwortet anders. Schalten Sie auf einem Port mit implizitem TLS (meist 465) implizites TLS ein; ohne das sieht der Test nur verschlüsselte Bytes.</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection could not be set up: the certificate is not trusted, does not match the host name, or has expired, or the two sides share no TLS version or cipher.</source>
        <translation>Die verschlüsselte (TLS-)Verbindung konnte nicht aufgebaut werden: Dem Zertifikat wird nicht vertraut, es passt nicht zum Hostnamen oder ist abgelaufen, oder beide Seiten haben keine gemeinsame TLS-Version oder Cipher-Suite.</translation>
    </message>
    <message>
        <source>Look at the certificate details: the names it lists compared with the host you connected to, its expiry date and its issuer. A name mismatch often means you connected by IP address or by a name the certificate does not list.</source>
        <translation>Sehen Sie sich die Zertifikatdetails an: die darin aufgeführten Namen im Vergleich zum Host, mit dem Sie verbunden sind, das Ablaufdatum und den Aussteller. Passt der Name nicht, haben Sie sich oft über die IP-Adresse oder einen Namen verbunden, den das Zertifikat nicht aufführt.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Sie haben den Test abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to do: run it again when ready.</source>
        <translation>Nichts zu tun: Führen Sie ihn erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>A problem on this computer stopped the test (for example a file could not be read).</source>
        <translation>Ein Problem auf diesem Computer hat den Test abgebrochen (zum Beispiel konnte eine Datei nicht gelesen werden).</translation>
    </message>
    <message>
        <source>Read the error message shown with it, and check the file names and settings in the test.</source>
        <translation>Lesen Sie die dazu angezeigte Fehlermeldung und prüfen Sie die Dateinamen und Einstellungen im Test.</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>Systemstatus oder Hilfe-Antwort.</translation>
    </message>
    <message>
        <source>Help message meant for people.</source>
        <translation>Hilfetext für Menschen.</translation>
    </message>
    <message>
        <source>Service ready: the server greets you.</source>
        <translation>Dienst bereit: Der Server begrüßt Sie.</translation>
    </message>
    <message>
        <source>Service closing the connection: goodbye.</source>
        <translation>Dienst schließt die Verbindung: Auf Wiedersehen.</translation>
    </message>
    <message>
        <source>Authentication succeeded.</source>
        <translation>Authentifizierung erfolgreich.</translation>
    </message>
    <message>
        <source>Requested action done.</source>
        <translation>Angeforderte Aktion ausgeführt.</translation>
    </message>
    <message>
        <source>User not local: the server will forward the message.</source>
        <translation>Benutzer nicht lokal: Der Server leitet die Nachricht weiter.</translation>
    </message>
    <message>
        <source>Cannot verify the user, but will accept the message and try to deliver it.</source>
        <translation>Benutzer kann nicht verifiziert werden, die Nachricht wird aber angenommen und zugestellt, soweit möglich.</translation>
    </message>
    <message>
        <source>The server waits for the next part of the login.</source>
        <translation>Der Server wartet auf den nächsten Teil der Anmeldung.</translation>
    </message>
    <message>
        <source>Start the message; end it with a line holding only a dot.</source>
        <translation>Beginnen Sie die Nachricht; beenden Sie sie mit einer Zeile, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection.</source>
        <translation>Dienst nicht verfügbar: Der Server schließt die Verbindung.</translation>
    </message>
    <message>
        <source>A password transition is needed.</source>
        <translation>Ein Passwortwechsel ist erforderlich.</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy or temporarily blocked).</source>
        <translation>Postfach zurzeit nicht verfügbar (belegt oder vorübergehend gesperrt).</translation>
    </message>
    <message>
        <source>Action aborted: a temporary problem on the server.</source>
        <translation>Aktion abgebrochen: ein vorübergehendes Problem auf dem Server.</translation>
    </message>
    <message>
        <source>Insufficient storage on the server, or too many recipients.</source>
        <translation>Nicht genügend Speicher auf dem Server oder zu viele Empfänger.</translation>
    </message>
    <message>
        <source>TLS or authentication is temporarily not available.</source>
        <translation>TLS oder Authentifizierung ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server cannot handle the command's parameters now.</source>
        <translation>Der Server kann die Parameter des Befehls zurzeit nicht verarbeiten.</translation>
    </message>
    <message>
        <source>Command not recognized: syntax error.</source>
        <translation>Befehl nicht erkannt: Syntaxfehler.</translation>
    </message>
    <message>
        <source>Syntax error in the command's parameters or arguments.</source>
        <translation>Syntaxfehler in den Parametern oder Argumenten des Befehls.</translation>
    </message>
    <message>
        <source>Command not implemented.</source>
        <translation>Befehl nicht implementiert.</translation>
    </message>
    <message>
        <source>Bad sequence of commands.</source>
        <translation>Falsche Befehlsreihenfolge.</translation>
    </message>
    <message>
        <source>Command parameter not implemented.</source>
        <translation>Befehlsparameter nicht implementiert.</translation>
    </message>
    <message>
        <source>This host does not accept mail.</source>
        <translation>Dieser Host nimmt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Authentication required, or STARTTLS first.</source>
        <translation>Authentifizierung erforderlich oder zuerst STARTTLS.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak.</source>
        <translation>Authentifizierungsverfahren ist zu schwach.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid.</source>
        <translation>Anmeldedaten ungültig.</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism.</source>
        <translation>Für das angeforderte Authentifizierungsverfahren ist Verschlüsselung erforderlich.</translation>
    </message>
    <message>
        <source>Mailbox unavailable: not found, no access, or refused by policy.</source>
        <translation>Postfach nicht verfügbar: nicht gefunden, kein Zugriff oder durch Richtlinie abgelehnt.</translation>
    </message>
    <message>
        <source>User not local: the server names another address to try.</source>
        <translation>Benutzer nicht lokal: Der Server nennt eine andere Adresse zum Versuchen.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: message too large or mailbox full.</source>
        <translation>Speicherlimit überschritten: Nachricht zu groß oder Postfach voll.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed: the address is malformed or not permitted.</source>
        <translation>Postfachname nicht zulässig: Die Adresse ist fehlerhaft oder nicht erlaubt.</translation>
    </message>
    <message>
        <source>Transaction failed (in the greeting: no SMTP service for you here).</source>
        <translation>Transaktion fehlgeschlagen (in der Begrüßung: kein SMTP-Dienst für Sie hier).</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognized or not implemented.</source>
        <translation>Parameter von MAIL FROM oder RCPT TO nicht erkannt oder nicht implementiert.</translation>
    </message>
    <message>
        <source>The domain does not accept mail.</source>
        <translation>Die Domain nimmt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Success: the server accepted the command.</source>
        <translation>Erfolg: Der Server hat den Befehl angenommen.</translation>
    </message>
    <message>
        <source>The server waits for more input.</source>
        <translation>Der Server wartet auf weitere Eingaben.</translation>
    </message>
    <message>
        <source>Temporary failure: not accepted this time, try again later.</source>
        <translation>Vorübergehender Fehler: diesmal nicht angenommen, später erneut versuchen.</translation>
    </message>
    <message>
        <source>Permanent failure: the command was refused.</source>
        <translation>Dauerhafter Fehler: Der Befehl wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A temporary refusal, not an error by itself. Very often this is greylisting: the server turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later. It can also mean a busy mailbox or a lookup that failed on the server.</source>
        <translation>Eine vorübergehende Ablehnung, für sich genommen kein Fehler. Sehr oft ist das Greylisting: Der Server weist den ersten Versuch eines unbekannten Absenders ab und nimmt dieselbe Nachricht an, wenn sie einige Minuten später erneut zugestellt wird. Es kann auch ein belegtes Postfach oder eine auf dem Server fehlgeschlagene Abfrage bedeuten.</translation>
    </message>
    <message>
        <source>A real mail server retries on its own, so this is not a fault by itself. Run the test again in 5 to 15 minutes; it should then pass. If the same reply comes back for hours, read the server's text and contact its administrator.</source>
        <translation>Ein echter Mailserver versucht es von selbst erneut, daher ist das für sich genommen kein Fehler. Führen Sie den Test in 5 bis 15 Minuten erneut aus; dann sollte er bestehen. Kommt stundenlang dieselbe Antwort, lesen Sie den Text des Servers und wenden Sie sich an seinen Administrator.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not accept mail for that recipient's domain from you. A server takes mail only for its own domains, or from users who have logged in.</source>
        <translation>Relaying verweigert: Dieser Server nimmt von Ihnen keine E-Mails für die Domain dieses Empfängers an. Ein Server nimmt E-Mails nur für seine eigenen Domains an oder von Benutzern, die sich angemeldet haben.</translation>
    </message>
    <message>
        <source>To test delivery to that domain, test against the recipient domain's own MX host instead of this server. To send to other domains through this server, authenticate first (log in with AUTH, usually on port 587).</source>
        <translation>Um die Zustellung an diese Domain zu testen, testen Sie statt dieses Servers den MX-Host der Empfängerdomain. Um über diesen Server an andere Domains zu senden, authentifizieren Sie sich zuerst (Anmeldung mit AUTH, meist auf Port 587).</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the server does not know this recipient address.</source>
        <translation>Das Postfach existiert nicht: Der Server kennt diese Empfängeradresse nicht.</translation>
    </message>
    <message>
        <source>Check the spelling of the address, including the part after the @, and ask the recipient for the correct one. An old address may have been deleted.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse, auch den Teil nach dem @, und fragen Sie den Empfänger nach der richtigen. Eine alte Adresse wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The server refuses you because your IP address (or your sender domain) is on a blocklist of spam sources.</source>
        <translation>Der Server lehnt Sie ab, weil Ihre IP-Adresse (oder Ihre Absenderdomain) auf einer Sperrliste für Spamquellen steht.</translation>
    </message>
    <message>
        <source>The server's text usually names the blocklist and gives a URL: look up your public IP address there and follow its removal procedure. Until then, send through your provider's relay.</source>
        <translation>Der Text des Servers nennt meist die Sperrliste und eine URL: Suchen Sie dort Ihre öffentliche IP-Adresse und folgen Sie dem Verfahren zur Austragung. Senden Sie bis dahin über das Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>SPF check failed: the sender domain's SPF record does not list the IP address you are sending from.</source>
        <translation>SPF-Prüfung fehlgeschlagen: Der SPF-Eintrag der Absenderdomain führt die IP-Adresse, von der Sie senden, nicht auf.</translation>
    </message>
    <message>
        <source>Send through a server the sender domain's SPF record allows, or ask the domain's owner to add your sending IP address to its SPF record. For a quick test, use a sender address of a domain that authorises this IP address.</source>
        <translation>Senden Sie über einen Server, den der SPF-Eintrag der Absenderdomain erlaubt, oder bitten Sie den Domaininhaber, Ihre sendende IP-Adresse in den SPF-Eintrag aufzunehmen. Für einen schnellen Test verwenden Sie eine Absenderadresse einer Domain, die diese IP-Adresse autorisiert.</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature for the sender's domain, and the server requires one.</source>
        <translation>Die Nachricht hat keine gültige DKIM-Signatur für die Domain des Absenders, und der Server verlangt eine.</translation>
    </message>
    <message>
        <source>A test message sent from here is not signed. Send the test through the domain's normal outgoing server, which should sign it, or use a sender domain that does not require DKIM.</source>
        <translation>Eine von hier gesendete Testnachricht ist nicht signiert. Senden Sie den Test über den normalen Postausgangsserver der Domain, der sie signieren sollte, oder verwenden Sie eine Absenderdomain, die kein DKIM verlangt.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed: the IP address you send from has no host name (PTR record), or that name does not point back to the same address.</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen: Die IP-Adresse, von der Sie senden, hat keinen Hostnamen (PTR-Eintrag), oder dieser Name zeigt nicht zurück auf dieselbe Adresse.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider or hosting company) to set a PTR record for the sending IP address that resolves back to it. Until then, send through your provider's relay.</source>
        <translation>Bitten Sie den Verwalter Ihrer IP-Adressen (Internetprovider oder Hosting-Firma), für die sendende IP-Adresse einen PTR-Eintrag zu setzen, der wieder auf sie auflöst. Senden Sie bis dahin über das Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Die Nachricht ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link. The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Senden Sie eine kleinere Nachricht: Komprimieren Sie Anhänge oder teilen Sie sie per Link. Die SIZE-Zeile der EHLO-Antwort zeigt das Limit des Servers in Byte.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation>Das Postfach des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>Tell the recipient another way (phone, another address) to make room. A temporary (4xx) refusal is retried by real mail servers for a few days; a permanent (5xx) one comes back as a bounce.</source>
        <translation>Teilen Sie dem Empfänger auf anderem Weg (Telefon, andere Adresse) mit, dass er Platz schaffen soll. Eine vorübergehende Ablehnung (4xx) wird von echten Mailservern einige Tage lang erneut versucht; eine dauerhafte (5xx) kommt als Unzustellbarkeitsnachricht zurück.</translation>
    </message>
    <message>
        <source>500 command not recognized: the server did not understand the command.</source>
        <translation>500 command not recognized: Der Server hat den Befehl nicht verstanden.</translation>
    </message>
    <message>
        <source>Check the command for a syntax error (a typo, a missing colon after MAIL FROM or RCPT TO, a stray space), and check that you are really talking to an SMTP server and not, say, a web or POP3 server on that port.</source>
        <translation>Prüfen Sie den Befehl auf Syntaxfehler (Tippfehler, fehlender Doppelpunkt nach MAIL FROM oder RCPT TO, überzähliges Leerzeichen) und prüfen Sie, ob Sie wirklich mit einem SMTP-Server sprechen und nicht etwa mit einem Web- oder POP3-Server auf diesem Port.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO: it is an old server that does not speak ESMTP (extended SMTP).</source>
        <translation>Der Server versteht EHLO nicht: Es ist ein alter Server, der kein ESMTP (Extended SMTP) spricht.</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO will be tried instead. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or delivery notifications (DSN).</source>
        <translation>Auf Ihrer Seite ist nichts zu beheben: Stattdessen wird HELO versucht. Ohne ESMTP bietet der Server kein STARTTLS, AUTH, SIZE und keine Zustellbenachrichtigungen (DSN).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: it cannot encrypt this connection.</source>
        <translation>Der Server bietet kein STARTTLS an: Er kann diese Verbindung nicht verschlüsseln.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS, or use the server's port with implicit TLS (465) if it has one. If mail to this server must be encrypted, tell its administrator.</source>
        <translation>Führen Sie den Test ohne STARTTLS aus oder verwenden Sie den Port des Servers mit implizitem TLS (465), falls vorhanden. Müssen E-Mails an diesen Server verschlüsselt sein, informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first: it accepts this command only after STARTTLS.</source>
        <translation>Der Server verlangt zuerst eine verschlüsselte Verbindung: Er nimmt diesen Befehl erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Schalten Sie im Test STARTTLS ein (oder verwenden Sie Port 465 mit implizitem TLS) und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Authentication required: the server takes mail only from users who log in.</source>
        <translation>Authentifizierung erforderlich: Der Server nimmt E-Mails nur von angemeldeten Benutzern an.</translation>
    </message>
    <message>
        <source>Give a user name and password (AUTH) in the test, after STARTTLS. Port 587 (submission) is the usual port for sending as a logged-in user.</source>
        <translation>Geben Sie im Test einen Benutzernamen und ein Passwort (AUTH) nach STARTTLS an. Port 587 (Submission) ist der übliche Port zum Senden als angemeldeter Benutzer.</translation>
    </message>
    <message>
        <source>The server considers this login mechanism too weak.</source>
        <translation>Der Server hält dieses Anmeldeverfahren für zu schwach.</translation>
    </message>
    <message>
        <source>Choose a stronger mechanism from the AUTH line of the EHLO reply, or turn on STARTTLS first: many servers allow PLAIN and LOGIN only inside TLS.</source>
        <translation>Wählen Sie ein stärkeres Verfahren aus der AUTH-Zeile der EHLO-Antwort oder schalten Sie zuerst STARTTLS ein: Viele Server erlauben PLAIN und LOGIN nur innerhalb von TLS.</translation>
    </message>
    <message>
        <source>Login failed: the server did not accept the user name and password (credentials invalid).</source>
        <translation>Anmeldung fehlgeschlagen: Der Server hat Benutzername und Passwort nicht akzeptiert (ungültige Anmeldedaten).</translation>
    </message>
    <message>
        <source>Check the user name form: some servers want the full address (user@example.com), others only the part before the @. Check the password (Caps Lock, keyboard layout). For an account with multi-factor sign-in, use an app password; some providers also need SMTP login turned on for the mailbox.</source>
        <translation>Prüfen Sie die Form des Benutzernamens: Manche Server verlangen die vollständige Adresse (user@example.com), andere nur den Teil vor dem @. Prüfen Sie das Passwort (Feststelltaste, Tastaturlayout). Verwenden Sie für ein Konto mit Mehrfaktor-Anmeldung ein App-Passwort; bei manchen Providern muss zudem die SMTP-Anmeldung für das Postfach eingeschaltet sein.</translation>
    </message>
    <message>
        <source>The server requires encryption for this login mechanism.</source>
        <translation>Der Server verlangt für dieses Anmeldeverfahren Verschlüsselung.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS (or use port 465 with implicit TLS) before logging in.</source>
        <translation>Schalten Sie vor der Anmeldung STARTTLS ein (oder verwenden Sie Port 465 mit implizitem TLS).</translation>
    </message>
    <message>
        <source>Look at the earlier steps: one of them failed (a refused sender or recipient, a failed login), so the server is not ready for this command. Fix that step first.</source>
        <translation>Sehen Sie sich die vorherigen Schritte an: Einer davon ist fehlgeschlagen (abgelehnter Absender oder Empfänger, fehlgeschlagene Anmeldung), daher ist der Server für diesen Befehl nicht bereit. Beheben Sie zuerst diesen Schritt.</translation>
    </message>
    <message>
        <source>This host or domain accepts no mail at all.</source>
        <translation>Dieser Host bzw. diese Domain nimmt überhaupt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Check the domain's MX records: you may be testing a host that is not meant to receive mail. If the recipient's domain takes no mail, the address cannot be used; ask for another one.</source>
        <translation>Prüfen Sie die MX-Einträge der Domain: Möglicherweise testen Sie einen Host, der keine E-Mails empfangen soll. Nimmt die Domain des Empfängers keine E-Mails an, ist die Adresse unbrauchbar; fragen Sie nach einer anderen.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII here (SMTPUTF8, RFC 6531).</source>
        <translation>Der Server nimmt hier keine Adresse mit Zeichen außerhalb von ASCII an (SMTPUTF8, RFC 6531).</translation>
    </message>
    <message>
        <source>Use an ASCII address; when only the domain has other characters, its ACE form (xn--…) names the same domain.</source>
        <translation>Verwenden Sie eine ASCII-Adresse; enthält nur die Domain andere Zeichen, bezeichnet ihre ACE-Form (xn--…) dieselbe Domain.</translation>
    </message>
    <message>
        <source>The server does not accept a parameter of MAIL FROM or RCPT TO (such as SIZE=, NOTIFY=, ORCPT= or RET=).</source>
        <translation>Der Server akzeptiert einen Parameter von MAIL FROM oder RCPT TO nicht (etwa SIZE=, NOTIFY=, ORCPT= oder RET=).</translation>
    </message>
    <message>
        <source>Use only the extensions the server announced in its EHLO reply (DSN for NOTIFY=, ORCPT=, RET=; SIZE for SIZE=), or run the test without the optional parameters.</source>
        <translation>Verwenden Sie nur die Erweiterungen, die der Server in seiner EHLO-Antwort angekündigt hat (DSN für NOTIFY=, ORCPT=, RET=; SIZE für SIZE=), oder führen Sie den Test ohne die optionalen Parameter aus.</translation>
    </message>
    <message>
        <source>The server refuses your connection: your IP address is blocklisted or not allowed by its policy.</source>
        <translation>Der Server lehnt Ihre Verbindung ab: Ihre IP-Adresse steht auf einer Sperrliste oder ist nach seiner Richtlinie nicht erlaubt.</translation>
    </message>
    <message>
        <source>Read the server's text: it often names a blocklist and gives a URL where you can check your IP address and ask for removal. Otherwise send through your provider's relay, or ask the server's administrator why your address is refused.</source>
        <translation>Lesen Sie den Text des Servers: Er nennt oft eine Sperrliste und eine URL, unter der Sie Ihre IP-Adresse prüfen und die Austragung beantragen können. Senden Sie andernfalls über das Relay Ihres Providers oder fragen Sie den Administrator des Servers, warum Ihre Adresse abgelehnt wird.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: it was classed as spam or a virus, or it broke a content or sender policy (such as DMARC).</source>
        <translation>Der Server hat die Nachricht empfangen und abgelehnt: Sie wurde als Spam oder Virus eingestuft oder hat gegen eine Inhalts- oder Absenderrichtlinie (etwa DMARC) verstoßen.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Try a short plain-text message; check the sender domain's SPF, DKIM and DMARC records; remove attachments or links that may be blocked.</source>
        <translation>Lesen Sie den Grund im Text des Servers. Versuchen Sie eine kurze Nachricht im Klartext; prüfen Sie die SPF-, DKIM- und DMARC-Einträge der Absenderdomain; entfernen Sie Anhänge oder Links, die blockiert werden könnten.</translation>
    </message>
    <message>
        <source>The server refuses mail from this sender by policy: SPF does not allow your IP address for the sender's domain, your IP address or domain is on a blocklist, or this sender must log in first.</source>
        <translation>Der Server lehnt E-Mails dieses Absenders per Richtlinie ab: SPF erlaubt Ihre IP-Adresse für die Domain des Absenders nicht, Ihre IP-Adresse oder Domain steht auf einer Sperrliste, oder dieser Absender muss sich zuerst anmelden.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Check that the sender domain's SPF record lists the IP address you send from, check your IP address on public blocklists, or log in (AUTH) if the sender is a user of this server.</source>
        <translation>Lesen Sie den Grund im Text des Servers. Prüfen Sie, ob der SPF-Eintrag der Absenderdomain die IP-Adresse aufführt, von der Sie senden, prüfen Sie Ihre IP-Adresse auf öffentlichen Sperrlisten oder melden Sie sich an (AUTH), falls der Absender ein Benutzer dieses Servers ist.</translation>
    </message>
    <message>
        <source>The recipient is not on this server; the server names another address to use.</source>
        <translation>Der Empfänger ist nicht auf diesem Server; der Server nennt eine andere Adresse, die zu verwenden ist.</translation>
    </message>
    <message>
        <source>Use the address given in the server's text: %2</source>
        <translation>Verwenden Sie die im Text des Servers angegebene Adresse: %2</translation>
    </message>
    <message>
        <source>Temporarily refused by policy (%1): often greylisting, a rate limit, or a check that could not be completed right now.</source>
        <translation>Vorübergehend durch Richtlinie abgelehnt (%1): oft Greylisting, eine Ratenbegrenzung oder eine Prüfung, die gerade nicht abgeschlossen werden konnte.</translation>
    </message>
    <message>
        <source>The server is ready and greets you: it speaks SMTP and accepts connections from your address.</source>
        <translation>Der Server ist bereit und begrüßt Sie: Er spricht SMTP und nimmt Verbindungen von Ihrer Adresse an.</translation>
    </message>
    <message>
        <source>The server is ready to encrypt the connection (TLS).</source>
        <translation>Der Server ist bereit, die Verbindung zu verschlüsseln (TLS).</translation>
    </message>
    <message>
        <source>Nothing to do: the TLS handshake follows.</source>
        <translation>Nichts zu tun: Der TLS-Handshake folgt.</translation>
    </message>
    <message>
        <source>The server accepted the greeting. The lines of its reply list the extensions it offers (SIZE limit, STARTTLS, AUTH, DSN and others).</source>
        <translation>Der Server hat die Begrüßung angenommen. Die Zeilen seiner Antwort führen die angebotenen Erweiterungen auf (SIZE-Limit, STARTTLS, AUTH, DSN und andere).</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>Der Server hat die Absenderadresse angenommen.</translation>
    </message>
    <message>
        <source>The server accepted this recipient.</source>
        <translation>Der Server hat diesen Empfänger angenommen.</translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server will forward the message.</source>
        <translation>Der Empfänger ist nicht auf diesem Server, aber der Server leitet die Nachricht weiter.</translation>
    </message>
    <message>
        <source>The server cannot check this recipient now, but accepts the message and will try to deliver it.</source>
        <translation>Der Server kann diesen Empfänger gerade nicht prüfen, nimmt die Nachricht aber an und versucht, sie zuzustellen.</translation>
    </message>
    <message>
        <source>Nothing to do, but this does not prove the mailbox exists: a bounce may still come later.</source>
        <translation>Nichts zu tun, aber das beweist nicht, dass das Postfach existiert: Eine Unzustellbarkeitsnachricht kann noch später kommen.</translation>
    </message>
    <message>
        <source>Go ahead: the server is ready for the message. Headers and body follow, ended by a line with a single dot.</source>
        <translation>Los geht's: Der Server ist bereit für die Nachricht. Es folgen Kopfzeilen und Text, abgeschlossen mit einer Zeile, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery: from now on delivering it is the server's job.</source>
        <translation>Der Server hat die Nachricht zur Zustellung angenommen: Ab jetzt ist die Zustellung Aufgabe des Servers.</translation>
    </message>
    <message>
        <source>Nothing to do. If the message never arrives, give the server's administrator the time of this test and the queue id from the reply (%3): that is how they find it in their logs.</source>
        <translation>Nichts zu tun. Kommt die Nachricht nie an, nennen Sie dem Administrator des Servers die Uhrzeit dieses Tests und die Queue-ID aus der Antwort (%3): Damit findet er sie in seinen Logs.</translation>
    </message>
    <message>
        <source>The server said goodbye and closed the connection: the test ended cleanly.</source>
        <translation>Der Server hat sich verabschiedet und die Verbindung geschlossen: Der Test wurde sauber beendet.</translation>
    </message>
    <message>
        <source>Login succeeded: the server accepted the user name and password.</source>
        <translation>Anmeldung erfolgreich: Der Server hat Benutzername und Passwort akzeptiert.</translation>
    </message>
    <message>
        <source>The server asks for the next part of the login (user name, password or a challenge).</source>
        <translation>Der Server verlangt den nächsten Teil der Anmeldung (Benutzername, Passwort oder eine Challenge).</translation>
    </message>
    <message>
        <source>Nothing to do: the answer is sent automatically.</source>
        <translation>Nichts zu tun: Die Antwort wird automatisch gesendet.</translation>
    </message>
    <message>
        <source>The server accepted the command: %1.</source>
        <translation>Der Server hat den Befehl angenommen: %1.</translation>
    </message>
    <message>
        <source>The server waits for more input: %1.</source>
        <translation>Der Server wartet auf weitere Eingaben: %1.</translation>
    </message>
    <message>
        <source>Nothing to do: the test sends what the server asked for.</source>
        <translation>Nichts zu tun: Der Test sendet, was der Server verlangt hat.</translation>
    </message>
    <message>
        <source>Greylisting: the server deliberately turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later.</source>
        <translation>Greylisting: Der Server weist absichtlich den ersten Versuch eines unbekannten Absenders ab und nimmt dieselbe Nachricht an, wenn sie einige Minuten später erneut zugestellt wird.</translation>
    </message>
    <message>
        <source>Not a fault: real mail servers retry on their own. Run the test again after the delay the text names (usually 1 to 15 minutes); it should then pass.</source>
        <translation>Kein Fehler: Echte Mailserver versuchen es von selbst erneut. Führen Sie den Test nach der im Text genannten Wartezeit (meist 1 bis 15 Minuten) erneut aus; dann sollte er bestehen.</translation>
    </message>
    <message>
        <source>Rate limit: the server limits how many connections or messages it takes from your address, and you are over the limit for now.</source>
        <translation>Ratenbegrenzung: Der Server begrenzt, wie viele Verbindungen oder Nachrichten er von Ihrer Adresse annimmt, und Sie liegen derzeit über dem Limit.</translation>
    </message>
    <message>
        <source>Wait a while and test again; stop other programs that send through the same address. Real mail servers slow down and retry on their own.</source>
        <translation>Warten Sie eine Weile und testen Sie erneut; beenden Sie andere Programme, die über dieselbe Adresse senden. Echte Mailserver drosseln sich und versuchen es von selbst erneut.</translation>
    </message>
    <message>
        <source>DMARC check failed: the sender domain asks receivers to refuse mail that passes neither SPF nor DKIM for that domain, and this message passes neither.</source>
        <translation>DMARC-Prüfung fehlgeschlagen: Die Absenderdomain fordert Empfänger auf, E-Mails abzulehnen, die für diese Domain weder SPF noch DKIM bestehen, und diese Nachricht besteht keines von beiden.</translation>
    </message>
    <message>
        <source>The server is not taking connections right now: it is shutting down, too busy, or deliberately slowing down senders it does not trust (tarpitting).</source>
        <translation>Der Server nimmt gerade keine Verbindungen an: Er fährt herunter, ist zu stark ausgelastet oder bremst absichtlich Absender, denen er nicht vertraut (Tarpitting).</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host. If it persists, the server may be limiting connections from your address; ask its administrator.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut oder testen Sie den nächsten MX-Host der Domain. Besteht das Problem weiter, begrenzt der Server möglicherweise Verbindungen von Ihrer Adresse; fragen Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>The server greeted you with a temporary refusal (%1): it takes no mail from you right now.</source>
        <translation>Der Server hat Sie mit einer vorübergehenden Ablehnung begrüßt (%1): Er nimmt gerade keine E-Mails von Ihnen an.</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut oder testen Sie den nächsten MX-Host der Domain.</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal (%1): it will not talk to you.</source>
        <translation>Der Server hat auf die Verbindung mit einer Ablehnung geantwortet (%1): Er wird nicht mit Ihnen kommunizieren.</translation>
    </message>
    <message>
        <source>The server refused the name given in EHLO: it must be a full host name (with dots) or an IP address in square brackets.</source>
        <translation>Der Server hat den mit EHLO angegebenen Namen abgelehnt: Es muss ein vollständiger Hostname (mit Punkten) oder eine IP-Adresse in eckigen Klammern sein.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the test to this computer's full host name as the internet sees it, or to its public IP address in square brackets.</source>
        <translation>Setzen Sie den EHLO-Namen im Test auf den vollständigen Hostnamen dieses Computers, wie ihn das Internet sieht, oder auf seine öffentliche IP-Adresse in eckigen Klammern.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO): %1.</source>
        <translation>Der Server hat die Begrüßung (EHLO) abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Read the server's text. Some servers refuse EHLO names that do not resolve in DNS or that claim to be the server itself: use this computer's real host name.</source>
        <translation>Lesen Sie den Text des Servers. Manche Server lehnen EHLO-Namen ab, die sich im DNS nicht auflösen lassen oder vorgeben, der Server selbst zu sein: Verwenden Sie den echten Hostnamen dieses Computers.</translation>
    </message>
    <message>
        <source>TLS is temporarily not available on the server (for example its certificate cannot be loaded).</source>
        <translation>TLS ist auf dem Server vorübergehend nicht verfügbar (zum Beispiel kann sein Zertifikat nicht geladen werden).</translation>
    </message>
    <message>
        <source>Try again later and tell the server's administrator. Do not send passwords over the unencrypted connection meanwhile.</source>
        <translation>Versuchen Sie es später erneut und informieren Sie den Administrator des Servers. Senden Sie in der Zwischenzeit keine Passwörter über die unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>Der Server hat den Start von TLS abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server needs a one-time password transition before this mechanism can be used.</source>
        <translation>Der Server benötigt einen einmaligen Passwortwechsel, bevor dieses Verfahren verwendet werden kann.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over an encrypted connection (STARTTLS) so the server can update its stored password, then try this mechanism again.</source>
        <translation>Melden Sie sich einmal mit PLAIN über eine verschlüsselte Verbindung (STARTTLS) an, damit der Server sein gespeichertes Passwort aktualisieren kann, und versuchen Sie dann dieses Verfahren erneut.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Ask the account's administrator to enable it (it may be locked after failed logins or for sending spam).</source>
        <translation>Bitten Sie den Administrator des Kontos, es zu aktivieren (es ist möglicherweise nach fehlgeschlagenen Anmeldungen oder wegen Spamversand gesperrt).</translation>
    </message>
    <message>
        <source>Temporary login failure: the server could not check your credentials right now.</source>
        <translation>Vorübergehender Anmeldefehler: Der Server konnte Ihre Anmeldedaten gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, tell the server's administrator (its user directory may be unreachable).</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; besteht das Problem weiter, informieren Sie den Administrator des Servers (sein Benutzerverzeichnis ist möglicherweise nicht erreichbar).</translation>
    </message>
    <message>
        <source>The server could not read the login data (bad encoding, or the login was cancelled).</source>
        <translation>Der Server konnte die Anmeldedaten nicht lesen (falsche Kodierung, oder die Anmeldung wurde abgebrochen).</translation>
    </message>
    <message>
        <source>Check the user name and password for stray characters, or choose another mechanism (LOGIN instead of PLAIN).</source>
        <translation>Prüfen Sie Benutzername und Passwort auf überzählige Zeichen oder wählen Sie ein anderes Verfahren (LOGIN statt PLAIN).</translation>
    </message>
    <message>
        <source>The server does not offer login (AUTH) here.</source>
        <translation>Der Server bietet hier keine Anmeldung (AUTH) an.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587: check the EHLO reply for an AUTH line.</source>
        <translation>Viele Server bieten AUTH erst nach STARTTLS oder nur auf dem Submission-Port 587 an: Suchen Sie in der EHLO-Antwort nach einer AUTH-Zeile.</translation>
    </message>
    <message>
        <source>The server does not support this login mechanism.</source>
        <translation>Der Server unterstützt dieses Anmeldeverfahren nicht.</translation>
    </message>
    <message>
        <source>Choose one of the mechanisms listed on the AUTH line of the EHLO reply.</source>
        <translation>Wählen Sie eines der Verfahren aus der AUTH-Zeile der EHLO-Antwort.</translation>
    </message>
    <message>
        <source>Login is not possible now: you are already logged in, or the server offers no AUTH on this connection.</source>
        <translation>Eine Anmeldung ist jetzt nicht möglich: Sie sind bereits angemeldet, oder der Server bietet auf dieser Verbindung kein AUTH an.</translation>
    </message>
    <message>
        <source>Check the EHLO reply for an AUTH line; many servers announce it only after STARTTLS.</source>
        <translation>Suchen Sie in der EHLO-Antwort nach einer AUTH-Zeile; viele Server kündigen sie erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>Login failed: %1.</source>
        <translation>Anmeldung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Read the server's text; check the user name, the password and the chosen mechanism.</source>
        <translation>Lesen Sie den Text des Servers; prüfen Sie Benutzername, Passwort und das gewählte Verfahren.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS and a login before it accepts this command.</source>
        <translation>Der Server verlangt STARTTLS und eine Anmeldung, bevor er diesen Befehl annimmt.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test; if the text asks for authentication, also give a user name and password (AUTH), usually on port 587.</source>
        <translation>Schalten Sie im Test STARTTLS ein; verlangt der Text eine Authentifizierung, geben Sie auch Benutzername und Passwort (AUTH) an, meist auf Port 587.</translation>
    </message>
    <message>
        <source>The server does not allow this sender address: it is malformed, or you may send only as your own address.</source>
        <translation>Der Server erlaubt diese Absenderadresse nicht: Sie ist fehlerhaft, oder Sie dürfen nur mit Ihrer eigenen Adresse senden.</translation>
    </message>
    <message>
        <source>Use the address of the account you logged in with, written as &lt;user@example.com&gt;, and check its spelling.</source>
        <translation>Verwenden Sie die Adresse des Kontos, mit dem Sie sich angemeldet haben, in der Form &lt;user@example.com&gt;, und prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>The message size given with MAIL FROM (SIZE=) is larger than the server accepts.</source>
        <translation>Die mit MAIL FROM angegebene Nachrichtengröße (SIZE=) ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>The sender address is not written correctly.</source>
        <translation>Die Absenderadresse ist nicht korrekt geschrieben.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, no display name, one @.</source>
        <translation>Schreiben Sie sie als user@example.com: keine Leerzeichen, kein Anzeigename, ein @.</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist in DNS or cannot receive replies.</source>
        <translation>Die Domain der Absenderadresse existiert im DNS nicht oder kann keine Antworten empfangen.</translation>
    </message>
    <message>
        <source>Use a sender address whose domain exists and has MX (or address) records, so bounces can reach it; check the domain part for typos.</source>
        <translation>Verwenden Sie eine Absenderadresse, deren Domain existiert und MX- (oder Adress-)Einträge hat, damit Unzustellbarkeitsnachrichten sie erreichen; prüfen Sie den Domainteil auf Tippfehler.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1.</source>
        <translation>Der Server hat den Absender abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The domain of the recipient address does not exist or takes no mail.</source>
        <translation>Die Domain der Empfängeradresse existiert nicht oder nimmt keine E-Mails an.</translation>
    </message>
    <message>
        <source>Check the part after the @ for typos, and check the domain's MX records.</source>
        <translation>Prüfen Sie den Teil nach dem @ auf Tippfehler und prüfen Sie die MX-Einträge der Domain.</translation>
    </message>
    <message>
        <source>The recipient address is not written correctly.</source>
        <translation>Die Empfängeradresse ist nicht korrekt geschrieben.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, commas or display name, one @.</source>
        <translation>Schreiben Sie sie als user@example.com: keine Leerzeichen, Kommas oder Anzeigenamen, ein @.</translation>
    </message>
    <message>
        <source>The mailbox has moved and the server knows no forwarding address.</source>
        <translation>Das Postfach ist umgezogen, und der Server kennt keine Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Fragen Sie den Empfänger nach der neuen Adresse.</translation>
    </message>
    <message>
        <source>The sender's domain publishes a null MX: it accepts no mail, so it may not send mail either.</source>
        <translation>Die Domain des Absenders veröffentlicht ein Null-MX: Sie nimmt keine E-Mails an, darf also auch keine senden.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that can receive mail (bounces must be deliverable).</source>
        <translation>Verwenden Sie eine Absenderadresse einer Domain, die E-Mails empfangen kann (Unzustellbarkeitsnachrichten müssen zustellbar sein).</translation>
    </message>
    <message>
        <source>The mailbox is disabled and does not accept messages.</source>
        <translation>Das Postfach ist deaktiviert und nimmt keine Nachrichten an.</translation>
    </message>
    <message>
        <source>Reach the recipient another way: the account may have been closed or suspended.</source>
        <translation>Erreichen Sie den Empfänger auf anderem Weg: Das Konto wurde möglicherweise geschlossen oder gesperrt.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Zu viele Empfänger für eine Nachricht.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message. Real mail servers send the rest in another transaction on their own.</source>
        <translation>Senden Sie an weniger Empfänger pro Nachricht. Echte Mailserver senden den Rest von selbst in einer weiteren Transaktion.</translation>
    </message>
    <message>
        <source>The server takes no more recipients now: too many recipients for one message, or it is short of storage space.</source>
        <translation>Der Server nimmt jetzt keine weiteren Empfänger an: zu viele Empfänger für eine Nachricht, oder ihm fehlt Speicherplatz.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message (real mail servers send the rest in another transaction on their own), or retry later if the server is out of space.</source>
        <translation>Senden Sie an weniger Empfänger pro Nachricht (echte Mailserver senden den Rest von selbst in einer weiteren Transaktion) oder versuchen Sie es später erneut, falls dem Server Speicherplatz fehlt.</translation>
    </message>
    <message>
        <source>The server refused this recipient: the mailbox does not exist, or the server will not accept mail for it from you.</source>
        <translation>Der Server hat diesen Empfänger abgelehnt: Das Postfach existiert nicht, oder der Server nimmt von Ihnen keine E-Mails dafür an.</translation>
    </message>
    <message>
        <source>Check the spelling of the address and read the server's text: "user unknown" means ask the recipient for the right address; "relay" means this server does not handle that domain for you: test the recipient domain's own MX host.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse und lesen Sie den Text des Servers: „user unknown“ heißt, fragen Sie den Empfänger nach der richtigen Adresse; „relay“ heißt, dieser Server ist für Sie nicht für diese Domain zuständig: Testen Sie den MX-Host der Empfängerdomain.</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address: it is malformed or not accepted here.</source>
        <translation>Der Server erlaubt diese Empfängeradresse nicht: Sie ist fehlerhaft oder wird hier nicht angenommen.</translation>
    </message>
    <message>
        <source>Check the address: written as &lt;user@example.com&gt;, no spaces, the right domain.</source>
        <translation>Prüfen Sie die Adresse: in der Form &lt;user@example.com&gt;, ohne Leerzeichen, mit der richtigen Domain.</translation>
    </message>
    <message>
        <source>The server refused this recipient (transaction failed), most often because it does not relay mail for that domain from you, or by policy.</source>
        <translation>Der Server hat diesen Empfänger abgelehnt (Transaktion fehlgeschlagen), meist weil er für diese Domain keine E-Mails von Ihnen weiterleitet (kein Relay) oder aufgrund einer Richtlinie.</translation>
    </message>
    <message>
        <source>The server refused this recipient: %1.</source>
        <translation>Der Server hat diesen Empfänger abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason and check the spelling of the address.</source>
        <translation>Lesen Sie den Grund im Text des Servers und prüfen Sie die Schreibweise der Adresse.</translation>
    </message>
    <message>
        <source>The server cannot handle a parameter of this command right now (such as SIZE= or NOTIFY=).</source>
        <translation>Der Server kann einen Parameter dieses Befehls gerade nicht verarbeiten (etwa SIZE= oder NOTIFY=).</translation>
    </message>
    <message>
        <source>Try again later, or run the test without the optional parameters.</source>
        <translation>Versuchen Sie es später erneut oder führen Sie den Test ohne die optionalen Parameter aus.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: DATA was refused because no recipient has been accepted.</source>
        <translation>Falsche Befehlsreihenfolge: DATA wurde abgelehnt, weil kein Empfänger angenommen wurde.</translation>
    </message>
    <message>
        <source>Fix the refused RCPT TO first: the server needs at least one accepted recipient before the message.</source>
        <translation>Beheben Sie zuerst das abgelehnte RCPT TO: Der Server braucht vor der Nachricht mindestens einen angenommenen Empfänger.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: RCPT TO came without an accepted MAIL FROM.</source>
        <translation>Falsche Befehlsreihenfolge: RCPT TO kam ohne angenommenes MAIL FROM.</translation>
    </message>
    <message>
        <source>Fix the refused MAIL FROM first.</source>
        <translation>Beheben Sie zuerst das abgelehnte MAIL FROM.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: %1.</source>
        <translation>Der Server hat die Nachricht empfangen und abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The server will not take a message now: %1.</source>
        <translation>Der Server nimmt jetzt keine Nachricht an: %1.</translation>
    </message>
    <message>
        <source>Check that at least one recipient was accepted, and read the server's text.</source>
        <translation>Prüfen Sie, ob mindestens ein Empfänger angenommen wurde, und lesen Sie den Text des Servers.</translation>
    </message>
    <message>
        <source>SPF check error: the sender domain's SPF record is broken or could not be looked up.</source>
        <translation>SPF-Prüfungsfehler: Der SPF-Eintrag der Absenderdomain ist fehlerhaft oder konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>Ask the sender domain's owner to check its SPF record (syntax, too many lookups); if it was a DNS timeout, retry later.</source>
        <translation>Bitten Sie den Inhaber der Absenderdomain, seinen SPF-Eintrag zu prüfen (Syntax, zu viele Lookups); war es eine DNS-Zeitüberschreitung, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Several sender checks failed at once (SPF, DKIM, reverse DNS).</source>
        <translation>Mehrere Absenderprüfungen sind gleichzeitig fehlgeschlagen (SPF, DKIM, Reverse DNS).</translation>
    </message>
    <message>
        <source>Send through the sender domain's normal outgoing server, which SPF allows and which signs with DKIM, from an IP address with a proper reverse DNS name.</source>
        <translation>Senden Sie über den normalen Postausgangsserver der Absenderdomain, den SPF erlaubt und der mit DKIM signiert, von einer IP-Adresse mit korrektem Reverse-DNS-Namen.</translation>
    </message>
    <message>
        <source>The server is closing the connection: it is shutting down, overloaded, or you hit one of its limits (connections, commands or errors).</source>
        <translation>Der Server schließt die Verbindung: Er fährt herunter, ist überlastet, oder Sie haben eines seiner Limits erreicht (Verbindungen, Befehle oder Fehler).</translation>
    </message>
    <message>
        <source>Try again later. A real mail server retries on its own; repeated 421 replies from one server point at a limit on your address.</source>
        <translation>Versuchen Sie es später erneut. Ein echter Mailserver versucht es von selbst erneut; wiederholte 421-Antworten eines Servers deuten auf ein Limit für Ihre Adresse hin.</translation>
    </message>
    <message>
        <source>The server is short of storage space right now.</source>
        <translation>Dem Server fehlt gerade Speicherplatz.</translation>
    </message>
    <message>
        <source>Try again later; a real mail server retries on its own. If it lasts, tell the server's administrator.</source>
        <translation>Versuchen Sie es später erneut; ein echter Mailserver versucht es von selbst erneut. Hält es an, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Syntax error in the arguments: the server knows the command but not what followed it.</source>
        <translation>Syntaxfehler in den Argumenten: Der Server kennt den Befehl, aber nicht das, was darauf folgte.</translation>
    </message>
    <message>
        <source>Check the syntax: addresses go in angle brackets with no spaces or display name (MAIL FROM:&lt;user@example.com&gt;), and parameters must be ones the server announced.</source>
        <translation>Prüfen Sie die Syntax: Adressen stehen in spitzen Klammern ohne Leerzeichen oder Anzeigenamen (MAIL FROM:&lt;user@example.com&gt;), und Parameter müssen vom Server angekündigt worden sein.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Der Server implementiert diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>Leave the command out or use another one; the EHLO reply lists what the server offers.</source>
        <translation>Lassen Sie den Befehl weg oder verwenden Sie einen anderen; die EHLO-Antwort führt auf, was der Server anbietet.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: the command came at the wrong moment (for example RCPT before MAIL, or DATA with no accepted recipient).</source>
        <translation>Falsche Befehlsreihenfolge: Der Befehl kam im falschen Moment (zum Beispiel RCPT vor MAIL oder DATA ohne angenommenen Empfänger).</translation>
    </message>
    <message>
        <source>The server does not implement this parameter of the command.</source>
        <translation>Der Server implementiert diesen Parameter des Befehls nicht.</translation>
    </message>
    <message>
        <source>Use only parameters the server announced in its EHLO reply.</source>
        <translation>Verwenden Sie nur Parameter, die der Server in seiner EHLO-Antwort angekündigt hat.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: the message is too large or the mailbox is full.</source>
        <translation>Speicherlimit überschritten: Die Nachricht ist zu groß oder das Postfach voll.</translation>
    </message>
    <message>
        <source>Compare the message size with the SIZE limit in the EHLO reply, and ask the recipient whether the mailbox is full.</source>
        <translation>Vergleichen Sie die Nachrichtengröße mit dem SIZE-Limit in der EHLO-Antwort und fragen Sie den Empfänger, ob sein Postfach voll ist.</translation>
    </message>
    <message>
        <source>The server refused QUIT (%1). This is harmless: the test is over.</source>
        <translation>Der Server hat QUIT abgelehnt (%1). Das ist harmlos: Der Test ist beendet.</translation>
    </message>
    <message>
        <source>A temporary refusal: %1. The server expects the command to be tried again later.</source>
        <translation>Eine vorübergehende Ablehnung: %1. Der Server erwartet, dass der Befehl später erneut versucht wird.</translation>
    </message>
    <message>
        <source>Not a fault by itself: real mail servers retry for days. Run the test again in a few minutes; if it persists, read the server's text and contact its administrator.</source>
        <translation>Für sich genommen kein Fehler: Echte Mailserver versuchen es tagelang erneut. Führen Sie den Test in ein paar Minuten erneut aus; besteht das Problem weiter, lesen Sie den Text des Servers und wenden Sie sich an seinen Administrator.</translation>
    </message>
    <message>
        <source>A permanent refusal: %1.</source>
        <translation>Eine dauerhafte Ablehnung: %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Retrying the same thing will not help: something in the request or on the server must change.</source>
        <translation>Lesen Sie den Grund im Text des Servers. Dasselbe erneut zu versuchen hilft nicht: An der Anfrage oder am Server muss sich etwas ändern.</translation>
    </message>
    <message>
        <source>The server answered with a code SMTP does not define, so its meaning is unknown.</source>
        <translation>Der Server hat mit einem Code geantwortet, den SMTP nicht definiert; seine Bedeutung ist daher unbekannt.</translation>
    </message>
    <message>
        <source>Check that this is really an SMTP server, and read its text: %2</source>
        <translation>Prüfen Sie, ob dies wirklich ein SMTP-Server ist, und lesen Sie seinen Text: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ReplyParser</name>
    <message>
        <source>… (line longer than 4096 bytes, rest not shown)</source>
        <translation>… (Zeile länger als 4096 Byte, Rest nicht angezeigt)</translation>
    </message>
    <message>
        <source>The server sent a line longer than 4096 bytes; SMTP allows 512.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als 4096 Byte ist; SMTP erlaubt 512.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare LF instead of CR LF.</source>
        <translation>Der Server hat eine Zeile mit einem einzelnen LF statt CR LF beendet.</translation>
    </message>
    <message>
        <source>The server sent a CR without LF inside a line.</source>
        <translation>Der Server hat innerhalb einer Zeile ein CR ohne LF gesendet.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: "%1".</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist: „%1“.</translation>
    </message>
    <message>
        <source>The server answered with code %1, which SMTP does not define.</source>
        <translation>Der Server hat mit Code %1 geantwortet, den SMTP nicht definiert.</translation>
    </message>
    <message>
        <source>The lines of one reply disagree on the code (%1, then %2).</source>
        <translation>Die Zeilen einer Antwort nennen unterschiedliche Codes (%1, dann %2).</translation>
    </message>
    <message>
        <source>The server sent a reply of more than 1000 lines.</source>
        <translation>Der Server hat eine Antwort mit mehr als 1000 Zeilen gesendet.</translation>
    </message>
    <message>
        <source>The enhanced status %1 does not match the reply code %2.</source>
        <translation>Der erweiterte Statuscode %1 passt nicht zum Antwortcode %2.</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportData</name>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportSections</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 bis %2 (noch %n Tag)</numerusform>
            <numerusform>%1 bis %2 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cipher-Suite</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Servername (SNI)</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(keiner gesendet)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source> subject</source>
        <translation> Antragsteller</translation>
    </message>
    <message>
        <source> issuer</source>
        <translation> Aussteller</translation>
    </message>
    <message>
        <source> valid</source>
        <translation> gültig</translation>
    </message>
    <message>
        <source> SHA-256</source>
        <translation> SHA-256</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>MX lookup of</source>
        <translation>MX-Abfrage von</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Abgefragt bei</translation>
    </message>
    <message>
        <source>Reverse DNS of</source>
        <translation>Reverse DNS von</translation>
    </message>
    <message>
        <source>PTR names</source>
        <translation>PTR-Namen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <source>not failed: retry after %n s</source>
        <translation>
            <numerusform>nicht fehlgeschlagen: nach %n s erneut versuchen</numerusform>
            <numerusform>nicht fehlgeschlagen: nach %n s erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed: retry later</source>
        <translation>nicht fehlgeschlagen: später erneut versuchen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>thin: the server gives no reason, this rests on the code alone</source>
        <translation>dünn: Der Server nennt keinen Grund, dies beruht allein auf dem Code</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>Provider tag</source>
        <translation>Provider-Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(Systemstandard)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Around the conversation</source>
        <translation>Rund um die Sitzung</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportShareDialog</name>
    <message>
        <source>&amp;Mask addresses and host names (for sharing outside the company)</source>
        <translation>Adressen und Hostnamen &amp;maskieren (für die Weitergabe außerhalb des Unternehmens)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Passwords are always masked. Preview of the report:</source>
        <translation>Passwörter werden immer maskiert. Vorschau des Berichts:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportWriter</name>
    <message>
        <source>Cannot write %1: use .txt, .html or .json (PDF needs the PDF writer).</source>
        <translation>%1 kann nicht geschrieben werden: Verwenden Sie .txt, .html oder .json (PDF erfordert das PDF-Modul).</translation>
    </message>
</context>
<context>
    <name>mailflow::ReverseDnsCheck</name>
    <message>
        <source>there is no address to look up</source>
        <translation>es gibt keine Adresse zum Abfragen</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, and %2 points back to %1 (forward-confirmed).</source>
        <translation>Reverse DNS: %1 heißt %2, und %2 zeigt zurück auf %1 (forward-confirmed).</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, but that name does not point back to %1 (not forward-confirmed). This matters when the server also sends mail: many receivers distrust senders without matching reverse DNS.</source>
        <translation>Reverse DNS: %1 heißt %2, aber dieser Name zeigt nicht zurück auf %1 (nicht forward-confirmed). Das ist wichtig, wenn der Server auch E-Mails sendet: Viele Empfänger misstrauen Absendern ohne passendes Reverse DNS.</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 has no PTR record (no name). Harmless for receiving mail; a server that also sends mail should have one.</source>
        <translation>Reverse DNS: %1 hat keinen PTR-Eintrag (keinen Namen). Für den Empfang von E-Mails harmlos; ein Server, der auch E-Mails sendet, sollte einen haben.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked: %2.</source>
        <translation>Das Reverse DNS von %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>The 220 banner does not start with the server's host name, as RFC 5321 §4.3.1 expects. Harmless, but it makes the server harder to identify.</source>
        <translation>Das 220-Banner beginnt nicht mit dem Hostnamen des Servers, wie es RFC 5321 §4.3.1 erwartet. Harmlos, erschwert aber die Identifizierung des Servers.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, which matches the reverse DNS.</source>
        <translation>Das 220-Banner nennt %1, was zum Reverse DNS passt.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, but reverse DNS names %2. Many healthy servers differ (load balancers, hosted mail); this is for information.</source>
        <translation>Das 220-Banner nennt %1, das Reverse DNS aber %2. Bei vielen funktionierenden Servern unterscheiden sich die Namen (Load-Balancer, gehostete Mail); dies dient nur zur Information.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunCompare</name>
    <message>
        <source>Verdict: %1 before, %2 now.</source>
        <translation>Befund: vorher %1, jetzt %2.</translation>
    </message>
    <message>
        <source>%1: new step, %2 now.</source>
        <translation>%1: neuer Schritt, jetzt %2.</translation>
    </message>
    <message>
        <source>%1 now fails (%2), was %3 (%4).</source>
        <translation>%1 schlägt jetzt fehl (%2), war %3 (%4).</translation>
    </message>
    <message>
        <source>%1 now passes (%2), was %3 (%4).</source>
        <translation>%1 besteht jetzt (%2), war %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is now a warning (%2), was %3 (%4).</source>
        <translation>%1 ist jetzt eine Warnung (%2), war %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was %2 before and is %3 now.</source>
        <translation>%1 war vorher %2 und ist jetzt %3.</translation>
    </message>
    <message>
        <source>%1: the server answers %2 now, %3 before.</source>
        <translation>%1: Der Server antwortet jetzt %2, vorher %3.</translation>
    </message>
    <message>
        <source>%1: same code, different words: "%2" now, "%3" before.</source>
        <translation>%1: gleicher Code, anderer Text: jetzt „%2“, vorher „%3“.</translation>
    </message>
    <message>
        <source>%1 is slower: %2 ms now, %3 ms before.</source>
        <translation>%1 ist langsamer: jetzt %2 ms, vorher %3 ms.</translation>
    </message>
    <message>
        <source>%1 is no longer part of the test (was %2).</source>
        <translation>%1 ist nicht mehr Teil des Tests (war %2).</translation>
    </message>
    <message>
        <source>The server now shows a certificate (%1).</source>
        <translation>Der Server zeigt jetzt ein Zertifikat (%1).</translation>
    </message>
    <message>
        <source>The server certificate changed: %1 now, %2 before.</source>
        <translation>Das Serverzertifikat hat sich geändert: jetzt %1, vorher %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Nothing changed since the previous run.</source>
        <translation>Seit dem vorigen Lauf hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunViewer</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (read-only, from the history)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (schreibgeschützt, aus dem Verlauf)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Mailflow — run of %1</source>
        <translation>Mailflow — Lauf vom %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SaslPrep</name>
    <message>
        <source>it contains a character SASLprep does not allow (a control, private-use, surrogate or non-character code point).</source>
        <translation>Darin ist ein Zeichen enthalten, das SASLprep nicht zulässt (ein Steuerzeichen, ein Zeichen für den privaten Gebrauch, ein Surrogat oder ein Nichtzeichen-Codepunkt).</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right characters in a way SASLprep does not allow.</source>
        <translation>Darin sind Zeichen von rechts nach links und von links nach rechts auf eine Weise gemischt, die SASLprep nicht zulässt.</translation>
    </message>
</context>
<context>
    <name>mailflow::ScramClient</name>
    <message>
        <source>The server ended SCRAM with the error "%1".</source>
        <translation>Der Server hat SCRAM mit dem Fehler „%1“ beendet.</translation>
    </message>
    <message>
        <source>The server's SCRAM nonce does not extend the one sent: the exchange is not trustworthy.</source>
        <translation>Die SCRAM-Nonce des Servers setzt die gesendete nicht fort: Der Austausch ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The server's SCRAM message has no valid salt or iteration count.</source>
        <translation>Die SCRAM-Nachricht des Servers enthält keinen gültigen Salt oder Iterationszähler.</translation>
    </message>
    <message>
        <source>The server refused the SCRAM proof: "%1".</source>
        <translation>Der Server hat den SCRAM-Nachweis abgelehnt: „%1“.</translation>
    </message>
    <message>
        <source>The server's SCRAM signature is wrong: it does not know this password, so it may not be the server that holds the account.</source>
        <translation>Die SCRAM-Signatur des Servers ist falsch: Er kennt dieses Passwort nicht und ist daher möglicherweise nicht der Server, der das Konto verwaltet.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: %1</source>
        <translation>Der Benutzername kann nicht mit SCRAM verwendet werden: %1</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: %1</source>
        <translation>Das Passwort kann nicht mit SCRAM verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SecurityUi</name>
    <message>
        <source>Certificate…</source>
        <translation>Zertifikat…</translation>
    </message>
    <message>
        <source>What the TLS handshake showed: protocol, cipher, certificate chain</source>
        <translation>Was der TLS-Handshake gezeigt hat: Protokoll, Cipher-Suite, Zertifikatskette</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Verschlüsselt (%1)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>The connection is not encrypted (or there is none).</source>
        <translation>Die Verbindung ist nicht verschlüsselt (oder es besteht keine).</translation>
    </message>
</context>
<context>
    <name>mailflow::ServerPage</name>
    <message>
        <source>&amp;Look up MX</source>
        <translation>MX &amp;abfragen</translation>
    </message>
    <message>
        <source>Test &amp;all MX hosts…</source>
        <translation>A&amp;lle MX-Hosts testen…</translation>
    </message>
    <message>
        <source>Which mail server do you want to test? Enter a recipient's address or a domain (user@example.com, example.com) and press &lt;b&gt;Look up MX&lt;/b&gt; to see which servers receive its mail, or enter a server's name or IP address directly. Port 25 is where servers receive mail from other servers; 587 and 465 are where mail programs hand in mail; 2525 is a common alternative.</source>
        <translation>Welchen Mailserver möchten Sie testen? Geben Sie die Adresse eines Empfängers oder eine Domain ein (user@example.com, example.com) und klicken Sie auf &lt;b&gt;MX abfragen&lt;/b&gt;, um zu sehen, welche Server ihre E-Mails empfangen, oder geben Sie den Namen oder die IP-Adresse eines Servers direkt ein. Auf Port 25 empfangen Server E-Mails von anderen Servern; über 587 und 465 liefern Mailprogramme E-Mails ein; 2525 ist eine verbreitete Alternative.</translation>
    </message>
    <message>
        <source>user@example.com, example.com or mail.example.com</source>
        <translation>user@example.com, example.com oder mail.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>25: server to server (SMTP)</source>
        <translation>25: Server zu Server (SMTP)</translation>
    </message>
    <message>
        <source>587: submission by mail programs, usually STARTTLS and a password</source>
        <translation>587: Einlieferung durch Mailprogramme, meist STARTTLS und Passwort</translation>
    </message>
    <message>
        <source>465: submission over TLS from the first byte</source>
        <translation>465: Einlieferung über TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>2525: alternative port some providers offer</source>
        <translation>2525: alternativer Port, den manche Provider anbieten</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>Resolver des Systems</translation>
    </message>
    <message>
        <source>An IPv4 address of a DNS server to ask instead of the system's resolver.</source>
        <translation>Eine IPv4-Adresse eines DNS-Servers, der statt des Resolvers des Systems gefragt wird.</translation>
    </message>
    <message>
        <source>Test every address of every MX host up to RCPT TO (no mail is sent)</source>
        <translation>Jede Adresse jedes MX-Hosts bis RCPT TO testen (es wird keine E-Mail gesendet)</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Präf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Mail exchangers</source>
        <translation>Mail-Exchanger</translation>
    </message>
    <message>
        <source>Ser&amp;ver or address:</source>
        <translation>Ser&amp;ver oder Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answered by %1 in %2 ms.</source>
        <translation>Beantwortet von %1 in %2 ms.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionOptions</name>
    <message>
        <source>Unknown NOTIFY keyword "%1": use SUCCESS, FAILURE, DELAY or NEVER.</source>
        <translation>Unbekanntes NOTIFY-Schlüsselwort „%1“: Verwenden Sie SUCCESS, FAILURE, DELAY oder NEVER.</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER cannot be combined with other keywords.</source>
        <translation>NOTIFY=NEVER kann nicht mit anderen Schlüsselwörtern kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionWire</name>
    <message>
        <source>Trying %1…</source>
        <translation>Verbindungsversuch zu %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB before the client spoke again (during the TLS handshake or the certificate decision); the connection was closed.</source>
        <translation>Der Server hat mehr als %1 KiB gesendet, bevor der Client wieder sprach (während des TLS-Handshakes oder der Zertifikatsentscheidung); die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>mailflow::SmtpSession</name>
    <message>
        <source>"%1" was not sent.</source>
        <translation>„%1“ wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server answered before the command was sent (it did not wait for the client), so its replies cannot be matched to commands; %1</source>
        <translation>Der Server hat geantwortet, bevor der Befehl gesendet wurde (er hat nicht auf den Client gewartet), daher lassen sich seine Antworten den Befehlen nicht zuordnen; %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>No recipient was accepted, so no message was sent.</source>
        <translation>Kein Empfänger wurde angenommen, daher wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection while the message was being sent.</source>
        <translation>Der Server hat die Verbindung geschlossen, während die Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server kept one reply trickling in for %1 s without ending it; the test stopped waiting.</source>
        <translation>Der Server hat eine Antwort %1 s lang tröpfchenweise gesendet, ohne sie abzuschließen; der Test hat aufgehört zu warten.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Aborted by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Aborted by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>No user name was given for AUTH.</source>
        <translation>Für AUTH wurde kein Benutzername angegeben.</translation>
    </message>
    <message>
        <source>No access token was given for AUTH.</source>
        <translation>Für AUTH wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>No password was given for AUTH.</source>
        <translation>Für AUTH wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The credentials were not sent: the connection is not encrypted, and anyone on the path could read them.</source>
        <translation>Die Anmeldedaten wurden nicht gesendet: Die Verbindung ist nicht verschlüsselt, und jeder auf dem Weg könnte sie mitlesen.</translation>
    </message>
    <message>
        <source>Use STARTTLS (ports 25, 587) or implicit TLS (port 465). Only if you must test a login without TLS, allow it explicitly for this test.</source>
        <translation>Verwenden Sie STARTTLS (Ports 25, 587) oder implizites TLS (Port 465). Nur wenn Sie eine Anmeldung ohne TLS testen müssen, erlauben Sie das ausdrücklich für diesen Test.</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted (login without TLS was not allowed for this test).</source>
        <translation>Anmeldedaten nicht gesendet: Die Verbindung ist nicht verschlüsselt (Anmeldung ohne TLS war für diesen Test nicht erlaubt).</translation>
    </message>
    <message>
        <source>%1 logs in with a password, but an access token was given.</source>
        <translation>%1 meldet sich mit einem Passwort an, aber es wurde ein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>%1 logs in with an OAuth access token, but a password was given.</source>
        <translation>%1 meldet sich mit einem OAuth-Zugriffstoken an, aber es wurde ein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply, so there is no way to log in here.</source>
        <translation>Der Server hat in seiner EHLO-Antwort kein AUTH angeboten, daher ist hier keine Anmeldung möglich.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587 (or 465): change the port or turn on TLS.</source>
        <translation>Viele Server bieten AUTH erst nach STARTTLS oder nur auf dem Submission-Port 587 (oder 465) an: Ändern Sie den Port oder schalten Sie TLS ein.</translation>
    </message>
    <message>
        <source>The server offers no OAuth login (XOAUTH2 or OAUTHBEARER) for the access token, only %1.</source>
        <translation>Der Server bietet für das Zugriffstoken keine OAuth-Anmeldung (XOAUTH2 oder OAUTHBEARER) an, nur %1.</translation>
    </message>
    <message>
        <source>Log in with a password instead, or check that OAuth is enabled for SMTP on this server (Microsoft 365: "Authenticated SMTP" for the mailbox).</source>
        <translation>Melden Sie sich stattdessen mit einem Passwort an oder prüfen Sie, ob OAuth für SMTP auf diesem Server aktiviert ist (Microsoft 365: „Authentifiziertes SMTP“ für das Postfach).</translation>
    </message>
    <message>
        <source>The server offers only login mechanisms this program does not speak (%1).</source>
        <translation>Der Server bietet nur Anmeldeverfahren an, die dieses Programm nicht beherrscht (%1).</translation>
    </message>
    <message>
        <source>Force PLAIN, LOGIN, CRAM-MD5 or SCRAM to try one anyway.</source>
        <translation>Erzwingen Sie PLAIN, LOGIN, CRAM-MD5 oder SCRAM, um trotzdem eines zu versuchen.</translation>
    </message>
    <message>
        <source>No usable AUTH mechanism offered</source>
        <translation>Kein verwendbares AUTH-Verfahren angeboten</translation>
    </message>
    <message>
        <source>Sending credentials over an UNENCRYPTED connection, as allowed for this test: anyone on the path can read them.</source>
        <translation>Anmeldedaten werden über eine UNVERSCHLÜSSELTE Verbindung gesendet, wie für diesen Test erlaubt: Jeder auf dem Weg kann sie mitlesen.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH %1; trying it anyway as it was chosen.</source>
        <translation>Der Server hat AUTH %1 nicht angeboten; es wird trotzdem versucht, da es gewählt wurde.</translation>
    </message>
    <message>
        <source>Logging in as "%1" with %2.</source>
        <translation>Anmeldung als „%1“ mit %2.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"</source>
        <translation>Challenge (dekodiert): „%1“</translation>
    </message>
    <message>
        <source>Cancelling the login.</source>
        <translation>Anmeldung wird abgebrochen.</translation>
    </message>
    <message>
        <source>Check that the host name is the server that holds the account; a proxy or interception device in between cannot take part in SCRAM.</source>
        <translation>Prüfen Sie, ob der Hostname der Server ist, der das Konto verwaltet; ein Proxy oder ein Gerät, das die Verbindung aufbricht, kann nicht an SCRAM teilnehmen.</translation>
    </message>
    <message>
        <source>The server asked for more than this mechanism needs; cancelling the login.</source>
        <translation>Der Server hat mehr verlangt, als dieses Verfahren benötigt; die Anmeldung wird abgebrochen.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"; type the answer in base64 (it is hidden in the transcript).</source>
        <translation>Challenge (dekodiert): „%1“; geben Sie die Antwort in Base64 ein (sie wird im Protokoll verborgen).</translation>
    </message>
    <message>
        <source>Closed without QUIT, as asked (a client that drops the connection).</source>
        <translation>Wie gewünscht ohne QUIT geschlossen (ein Client, der die Verbindung abbricht).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne auf QUIT zu antworten.</translation>
    </message>
    <message>
        <source>Connection closed without a 221 reply</source>
        <translation>Verbindung ohne 221-Antwort geschlossen</translation>
    </message>
    <message>
        <source>A command cannot contain a line break or a control character.</source>
        <translation>Ein Befehl darf keinen Zeilenumbruch und kein Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Not connected: connect first.</source>
        <translation>Nicht verbunden: Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Wait for the reply to the last command.</source>
        <translation>Warten Sie auf die Antwort auf den letzten Befehl.</translation>
    </message>
    <message>
        <source>The message stopped moving: no progress for %1 s.</source>
        <translation>Die Nachricht kommt nicht mehr voran: seit %1 s kein Fortschritt.</translation>
    </message>
    <message>
        <source>No reply to the end of the message within %1 s.</source>
        <translation>Keine Antwort auf das Ende der Nachricht innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>the message was not sent.</source>
        <translation>die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Type the message, then a line with a single "." to end it.</source>
        <translation>Geben Sie die Nachricht ein und dann eine Zeile mit einem einzelnen „.“, um sie zu beenden.</translation>
    </message>
    <message>
        <source>The server answered before the message was complete.</source>
        <translation>Der Server hat geantwortet, bevor die Nachricht vollständig war.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so mail to or from %1 cannot go through it: the part before the @ has characters outside ASCII and has no ASCII form.</source>
        <translation>Der Server bietet kein SMTPUTF8 an, daher können E-Mails an oder von %1 nicht über ihn laufen: Der Teil vor dem @ enthält Zeichen außerhalb von ASCII und hat keine ASCII-Form.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so it cannot take %1 as written; the ASCII (ACE) form of the same address is %2.</source>
        <translation>Der Server bietet kein SMTPUTF8 an und kann %1 daher nicht in dieser Schreibweise annehmen; die ASCII-Form (ACE) derselben Adresse ist %2.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters but the server did not offer 8BITMIME; they may arrive garbled.</source>
        <translation>Die Nachricht enthält 8-Bit-Zeichen, aber der Server hat kein 8BITMIME angeboten; sie kommen möglicherweise verstümmelt an.</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them anyway).</source>
        <translation>Der Server bietet kein DSN an, daher werden RET= und ENVID= nicht gesendet (erzwingen Sie DSN, um sie trotzdem zu senden).</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so NOTIFY= and ORCPT= are not sent (force DSN to send them anyway, as KB 153119 does by hand).</source>
        <translation>Der Server bietet kein DSN an, daher werden NOTIFY= und ORCPT= nicht gesendet (erzwingen Sie DSN, um sie trotzdem zu senden, wie es KB 153119 von Hand tut).</translation>
    </message>
    <message>
        <source>TLS settings: %1</source>
        <translation>TLS-Einstellungen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Verbindung zu %1, Port %2 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>Verbunden mit %1 von %2.</translation>
    </message>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation>Keine Verbindung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO (it does not speak ESMTP); trying HELO.</source>
        <translation>Der Server versteht EHLO nicht (er spricht kein ESMTP); HELO wird versucht.</translation>
    </message>
    <message>
        <source>%1 (HELO: no ESMTP extensions such as SIZE, DSN, STARTTLS or AUTH)</source>
        <translation>%1 (HELO: keine ESMTP-Erweiterungen wie SIZE, DSN, STARTTLS oder AUTH)</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Der Server bietet an: %1</translation>
    </message>
    <message>
        <source>The EHLO reply has "XXXXXXXA" where STARTTLS would be: a firewall that inspects SMTP is hiding STARTTLS from this client.</source>
        <translation>Die EHLO-Antwort enthält „XXXXXXXA“, wo STARTTLS stehen müsste: Eine Firewall, die SMTP untersucht, verbirgt STARTTLS vor diesem Client.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the test goes on unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an: Der Test läuft unverschlüsselt weiter.</translation>
    </message>
    <message>
        <source>The server answered before the pipelined commands were sent, so its replies cannot be matched to them.</source>
        <translation>Der Server hat geantwortet, bevor die Befehle per Pipelining gesendet wurden, daher lassen sich seine Antworten ihnen nicht zuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>PIPELINING: the next %n commands go out in one write; each reply is judged in order.</source>
        <translation>
            <numerusform>PIPELINING: Der nächste %n Befehl geht in einem Schreibvorgang hinaus; jede Antwort wird der Reihe nach bewertet.</numerusform>
            <numerusform>PIPELINING: Die nächsten %n Befehle gehen in einem Schreibvorgang hinaus; jede Antwort wird der Reihe nach bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent more replies than the pipelined batch had commands.</source>
        <translation>Der Server hat mehr Antworten gesendet, als der Pipelining-Block Befehle hatte.</translation>
    </message>
    <message>
        <source>The reply "%1" cannot be the answer to %2: the server answered the pipelined commands out of order or a different number of times.</source>
        <translation>Die Antwort „%1“ kann nicht die Antwort auf %2 sein: Der Server hat die Pipelining-Befehle in falscher Reihenfolge oder unterschiedlich oft beantwortet.</translation>
    </message>
    <message>
        <source>The server said 354 to DATA although it accepted no recipient (RFC 2920 asks for a refusal).</source>
        <translation>Der Server hat auf DATA mit 354 geantwortet, obwohl er keinen Empfänger angenommen hat (RFC 2920 verlangt eine Ablehnung).</translation>
    </message>
    <message>
        <source>The server answered %1 of the %2 pipelined commands, then nothing for %3 s.</source>
        <translation>Der Server hat %1 der %2 Pipelining-Befehle beantwortet, dann %3 s lang nichts mehr.</translation>
    </message>
    <message>
        <source>Open relay check: an outside sender to an outside recipient, then RSET; no message is sent.</source>
        <translation>Open-Relay-Prüfung: ein externer Absender an einen externen Empfänger, dann RSET; es wird keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>The server accepted a recipient outside its domains from an outside sender: it may be an open relay.</source>
        <translation>Der Server hat von einem externen Absender einen Empfänger außerhalb seiner Domains angenommen: Er ist möglicherweise ein offenes Relay.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so mail to it travels unencrypted. The test goes on without TLS (opportunistic mode).</source>
        <translation>Der Server bietet kein STARTTLS an, daher werden E-Mails an ihn unverschlüsselt übertragen. Der Test läuft ohne TLS weiter (opportunistischer Modus).</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS; sending it anyway because this test requires TLS.</source>
        <translation>Der Server hat kein STARTTLS angeboten; es wird trotzdem gesendet, weil dieser Test TLS verlangt.</translation>
    </message>
    <message>
        <source>STARTTLS was refused and this test requires TLS: stopping before anything else is sent.</source>
        <translation>STARTTLS wurde abgelehnt, und dieser Test verlangt TLS: Abbruch, bevor irgendetwas anderes gesendet wird.</translation>
    </message>
    <message>
        <source>STARTTLS was refused: the test goes on unencrypted (opportunistic mode).</source>
        <translation>STARTTLS wurde abgelehnt: Der Test läuft unverschlüsselt weiter (opportunistischer Modus).</translation>
    </message>
    <message>
        <source>STARTTLS was refused</source>
        <translation>STARTTLS wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server sent more lines right after its 220 to STARTTLS; they were discarded, as RFC 3207 requires (a sign of a broken server or of an injection attempt).</source>
        <translation>Der Server hat direkt nach seinem 220 auf STARTTLS weitere Zeilen gesendet; sie wurden verworfen, wie es RFC 3207 verlangt (ein Zeichen für einen defekten Server oder einen Injektionsversuch).</translation>
    </message>
    <message>
        <source>Connected; TLS handshake before the greeting</source>
        <translation>Verbunden; TLS-Handshake vor der Begrüßung</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (no SNI: %1 is an IP address; the certificate must name it).</source>
        <translation>TLS-Handshake wird gestartet (kein SNI: %1 ist eine IP-Adresse; das Zertifikat muss sie nennen).</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (SNI %1).</source>
        <translation>TLS-Handshake wird gestartet (SNI %1).</translation>
    </message>
    <message>
        <source>The server offered STARTTLS and said 220, but the TLS handshake failed. A firewall or security appliance that inspects SMTP often does this; so do a server with a broken certificate setup, or no TLS version and cipher in common.</source>
        <translation>Der Server hat STARTTLS angeboten und 220 geantwortet, aber der TLS-Handshake ist fehlgeschlagen. Das verursacht oft eine Firewall oder Security-Appliance, die SMTP untersucht; ebenso ein Server mit fehlerhafter Zertifikatskonfiguration oder ohne gemeinsame TLS-Version und Cipher-Suite.</translation>
    </message>
    <message>
        <source>The TLS handshake failed right after connecting. If this port expects STARTTLS (25, 587) rather than implicit TLS (465), choose STARTTLS.</source>
        <translation>Der TLS-Handshake ist direkt nach dem Verbindungsaufbau fehlgeschlagen. Erwartet dieser Port STARTTLS (25, 587) statt implizitem TLS (465), wählen Sie STARTTLS.</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the handshake failed, so the test connects again and goes on without TLS, as mail servers do (postfix's "may" level). Mail to this server would travel unencrypted.</source>
        <translation>Opportunistisches TLS: Der Handshake ist fehlgeschlagen, daher verbindet sich der Test erneut und läuft ohne TLS weiter, wie es Mailserver tun (Stufe „may“ bei postfix). E-Mails an diesen Server würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>%1 — went on without TLS</source>
        <translation>%1 — ohne TLS fortgesetzt</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate verification is turned off for this test: continuing although the certificate failed verification.</source>
        <translation>Die Zertifikatsprüfung ist für diesen Test ausgeschaltet: Es wird fortgefahren, obwohl das Zertifikat die Prüfung nicht bestanden hat.</translation>
    </message>
    <message>
        <source>verification turned off for this test</source>
        <translation>Prüfung für diesen Test ausgeschaltet</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the certificate failed verification, but the test goes on encrypted, as mail servers do on port 25. Require STARTTLS to make this a failure.</source>
        <translation>Opportunistisches TLS: Das Zertifikat hat die Prüfung nicht bestanden, aber der Test läuft verschlüsselt weiter, wie es Mailserver auf Port 25 tun. Verlangen Sie STARTTLS, damit dies als Fehler gilt.</translation>
    </message>
    <message>
        <source>opportunistic TLS, not verified</source>
        <translation>opportunistisches TLS, nicht verifiziert</translation>
    </message>
    <message>
        <source>Waiting for a decision: continue despite the certificate?</source>
        <translation>Warten auf eine Entscheidung: trotz des Zertifikats fortfahren?</translation>
    </message>
    <message>
        <source>Continuing despite the certificate problems, as chosen for this test only.</source>
        <translation>Es wird trotz der Zertifikatsprobleme fortgefahren, wie nur für diesen Test gewählt.</translation>
    </message>
    <message>
        <source>continued anyway, as chosen for this test</source>
        <translation>trotzdem fortgesetzt, wie für diesen Test gewählt</translation>
    </message>
    <message>
        <source>Stopped: the server's certificate failed verification.</source>
        <translation>Abgebrochen: Das Zertifikat des Servers hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but tell the server's administrator what is listed here.</source>
        <translation>Die Verbindung ist verschlüsselt, aber teilen Sie dem Administrator des Servers mit, was hier aufgeführt ist.</translation>
    </message>
    <message>
        <source>Have the certificate fixed on the server. If you know the certificate is the server's (a private CA), trust that CA with a CA file, or continue anyway for this one test.</source>
        <translation>Lassen Sie das Zertifikat auf dem Server korrigieren. Wissen Sie, dass das Zertifikat zum Server gehört (eine private CA), vertrauen Sie dieser CA über eine CA-Datei oder fahren Sie für diesen einen Test trotzdem fort.</translation>
    </message>
    <message>
        <source>New after STARTTLS: %1</source>
        <translation>Neu nach STARTTLS: %1</translation>
    </message>
    <message>
        <source>The server offers AUTH only inside TLS (a common and sensible setup).</source>
        <translation>Der Server bietet AUTH nur innerhalb von TLS an (eine übliche und sinnvolle Konfiguration).</translation>
    </message>
    <message>
        <source>The server requires STARTTLS first (530), and this test did not encrypt the connection: use STARTTLS (ports 25, 587) or implicit TLS (port 465).</source>
        <translation>Der Server verlangt zuerst STARTTLS (530), und dieser Test hat die Verbindung nicht verschlüsselt: Verwenden Sie STARTTLS (Ports 25, 587) oder implizites TLS (Port 465).</translation>
    </message>
    <message>
        <source>after STARTTLS</source>
        <translation>nach STARTTLS</translation>
    </message>
    <message>
        <source>again, without TLS</source>
        <translation>erneut, ohne TLS</translation>
    </message>
    <message>
        <source>The message went in one BDAT chunk: its reply is the end of data.</source>
        <translation>Die Nachricht wurde in einem einzigen BDAT-Block gesendet: Dessen Antwort ist das Ende der Daten.</translation>
    </message>
    <message>
        <source>The message file changed while it was being sent.</source>
        <translation>Die Nachrichtendatei wurde während des Sendens geändert.</translation>
    </message>
    <message>
        <source>A BDAT chunk is answered with 250, never with %1: the server does not handle CHUNKING as it should.</source>
        <translation>Ein BDAT-Block wird mit 250 beantwortet, nie mit %1: Der Server setzt CHUNKING nicht korrekt um.</translation>
    </message>
    <message>
        <source>The server answered before the BDAT chunk was complete, so its replies cannot be matched to the chunks.</source>
        <translation>Der Server hat geantwortet, bevor der BDAT-Block vollständig war; seine Antworten lassen sich daher den Blöcken nicht zuordnen.</translation>
    </message>
    <message>
        <source>the rest of the message was not sent.</source>
        <translation>der Rest der Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>No reply to the BDAT chunk within %1 s.</source>
        <translation>Keine Antwort auf den BDAT-Block innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Refused at RCPT TO: LMTP answers the message only for accepted recipients.</source>
        <translation>Bei RCPT TO abgelehnt: LMTP beantwortet die Nachricht nur für angenommene Empfänger.</translation>
    </message>
    <message>
        <source>Connecting to the UNIX socket %1…</source>
        <translation>Verbindung zum UNIX-Socket %1 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the SOCKS5 proxy %3 port %4…</source>
        <translation>Verbindung zu %1, Port %2 über den SOCKS5-Proxy %3, Port %4 wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connected to the UNIX socket %1.</source>
        <translation>Verbunden mit dem UNIX-Socket %1.</translation>
    </message>
    <message>
        <source>The server does not understand LHLO: it does not speak LMTP (and LMTP has no HELO to fall back to). Is this an SMTP port?</source>
        <translation>Der Server versteht LHLO nicht: Er spricht kein LMTP (und LMTP kennt kein HELO als Ausweichlösung). Ist das ein SMTP-Port?</translation>
    </message>
    <message>
        <source>A PROXY header was sent first: a server that does not expect one takes it for a command and answers it (postfix must have smtpd_upstream_proxy_protocol = haproxy), and one that expects the other version of it closes the connection.</source>
        <translation>Zuerst wurde ein PROXY-Header gesendet: Ein Server, der keinen erwartet, hält ihn für einen Befehl und beantwortet ihn (bei postfix muss smtpd_upstream_proxy_protocol = haproxy gesetzt sein), und einer, der die andere Version erwartet, schließt die Verbindung.</translation>
    </message>
    <message>
        <source>Send the header only to a server set up for the PROXY protocol, with the version it expects.</source>
        <translation>Senden Sie den Header nur an einen Server, der für das PROXY-Protokoll eingerichtet ist, und zwar in der Version, die er erwartet.</translation>
    </message>
    <message>
        <source>The server does not let this client use XCLIENT: its address is not in the list of hosts allowed to (postfix: smtpd_authorized_xclient_hosts).</source>
        <translation>Der Server erlaubt diesem Client kein XCLIENT: Seine Adresse steht nicht in der Liste der zugelassenen Hosts (postfix: smtpd_authorized_xclient_hosts).</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts in the server's main.cf (then "postfix reload"), or run the test from a host that is listed.</source>
        <translation>Tragen Sie die Adresse, von der aus dieser Test verbindet, in smtpd_authorized_xclient_hosts in der main.cf des Servers ein (danach „postfix reload“), oder führen Sie den Test von einem Host aus, der dort aufgeführt ist.</translation>
    </message>
    <message>
        <source>The server could not read an XCLIENT attribute (a name it does not know, or a value it rejects).</source>
        <translation>Der Server konnte ein XCLIENT-Attribut nicht auswerten (einen Namen, den er nicht kennt, oder einen Wert, den er ablehnt).</translation>
    </message>
    <message>
        <source>Send only the attributes on the XCLIENT line of the EHLO reply; an address must be an IP address (IPv6 with the IPV6: prefix, which this program adds).</source>
        <translation>Senden Sie nur die Attribute aus der XCLIENT-Zeile der EHLO-Antwort; eine Adresse muss eine IP-Adresse sein (IPv6 mit dem Präfix IPV6:, das dieses Programm ergänzt).</translation>
    </message>
    <message>
        <source>XCLIENT is not allowed at this point (postfix refuses it during a mail transaction).</source>
        <translation>XCLIENT ist an dieser Stelle nicht erlaubt (postfix lehnt es während einer Mail-Transaktion ab).</translation>
    </message>
    <message>
        <source>The server does not offer XCLIENT (its EHLO reply has no XCLIENT line).</source>
        <translation>Der Server bietet kein XCLIENT an (seine EHLO-Antwort enthält keine XCLIENT-Zeile).</translation>
    </message>
    <message>
        <source>XCLIENT is offered only to the hosts the server allows (postfix: smtpd_authorized_xclient_hosts); to all others the EHLO reply does not list it.</source>
        <translation>XCLIENT wird nur den Hosts angeboten, die der Server zulässt (postfix: smtpd_authorized_xclient_hosts); allen anderen zeigt die EHLO-Antwort es nicht an.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts, or run the test from a host that is listed.</source>
        <translation>Tragen Sie die Adresse, von der aus dieser Test verbindet, in smtpd_authorized_xclient_hosts ein, oder führen Sie den Test von einem Host aus, der dort aufgeführt ist.</translation>
    </message>
    <message>
        <source>The server takes only the XCLIENT attributes its EHLO reply lists.</source>
        <translation>Der Server akzeptiert nur die XCLIENT-Attribute, die seine EHLO-Antwort aufführt.</translation>
    </message>
    <message>
        <source>Leave out the attributes the server does not offer.</source>
        <translation>Lassen Sie die Attribute weg, die der Server nicht anbietet.</translation>
    </message>
    <message>
        <source>The server accepted XCLIENT and greeted again; the conversation starts over with EHLO.</source>
        <translation>Der Server hat XCLIENT angenommen und erneut begrüßt; die Sitzung beginnt wieder mit EHLO.</translation>
    </message>
    <message>
        <source>%1; EHLO again: %2</source>
        <translation>%1; erneutes EHLO: %2</translation>
    </message>
    <message>
        <source>EHLO after XCLIENT: %1</source>
        <translation>EHLO nach XCLIENT: %1</translation>
    </message>
    <message>
        <source>%1 — AUTH is optional for this test: going on without logging in</source>
        <translation>%1 — AUTH ist für diesen Test optional: Es wird ohne Anmeldung fortgefahren</translation>
    </message>
    <message>
        <source>AUTH not offered — it is optional for this test: going on without logging in</source>
        <translation>AUTH nicht angeboten — für diesen Test optional: Es wird ohne Anmeldung fortgefahren</translation>
    </message>
    <message>
        <source>This test allowed only some TLS versions or ciphers (%1): the server may offer none of them.</source>
        <translation>Dieser Test hat nur bestimmte TLS-Versionen oder Cipher-Suites zugelassen (%1): Möglicherweise bietet der Server keine davon an.</translation>
    </message>
    <message>
        <source>%1 The test goes on without XCLIENT, as asked.</source>
        <translation>%1 Der Test läuft wie gewünscht ohne XCLIENT weiter.</translation>
    </message>
    <message>
        <source>The server's XCLIENT line offers %1, not %2.</source>
        <translation>Die XCLIENT-Zeile des Servers bietet %1 an, nicht %2.</translation>
    </message>
    <message>
        <source>%1 They are sent anyway, as asked.</source>
        <translation>%1 Sie werden wie gewünscht trotzdem gesendet.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server refused XCLIENT: %1.</source>
        <translation>Der Server hat XCLIENT abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::SocketTransport</name>
    <message>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>Die Verbindung konnte nicht an die TLS-Schicht übergeben werden.</translation>
    </message>
    <message>
        <source>The UNIX socket path %1 is too long.</source>
        <translation>Der Pfad %1 des UNIX-Sockets ist zu lang.</translation>
    </message>
    <message>
        <source>Cannot connect to the UNIX socket %1: %2</source>
        <translation>Keine Verbindung zum UNIX-Socket %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 hat keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 hat keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Connected to the SOCKS5 proxy %1.</source>
        <translation>Verbunden mit dem SOCKS5-Proxy %1.</translation>
    </message>
    <message>
        <source>Cannot connect from %1: %2</source>
        <translation>Verbindung von %1 aus nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::Socks5Handshake</name>
    <message>
        <source>general SOCKS server failure</source>
        <translation>allgemeiner Fehler des SOCKS-Servers</translation>
    </message>
    <message>
        <source>connection not allowed by the proxy's rules</source>
        <translation>Verbindung durch die Regeln des Proxys nicht erlaubt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL abgelaufen</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>Adresstyp nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown reply %1</source>
        <translation>unbekannte Antwort %1</translation>
    </message>
    <message>
        <source>The proxy does not speak SOCKS5.</source>
        <translation>Der Proxy spricht kein SOCKS5.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy wants a user name and password.</source>
        <translation>Der SOCKS5-Proxy verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy accepts none of the login methods offered.</source>
        <translation>Der SOCKS5-Proxy akzeptiert keine der angebotenen Anmeldemethoden.</translation>
    </message>
    <message>
        <source>SOCKS5: logging in to the proxy as %1.</source>
        <translation>SOCKS5: Anmeldung beim Proxy als %1.</translation>
    </message>
    <message>
        <source>SOCKS5: asking the proxy to connect to %1 port %2.</source>
        <translation>SOCKS5: Der Proxy wird gebeten, eine Verbindung zu %1, Port %2 aufzubauen.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy refused the user name or password.</source>
        <translation>Der SOCKS5-Proxy hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy could not connect to %1 port %2: %3</source>
        <translation>Der SOCKS5-Proxy konnte keine Verbindung zu %1, Port %2 aufbauen: %3</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy sent an address of unknown type %1.</source>
        <translation>Der SOCKS5-Proxy hat eine Adresse mit unbekanntem Typ %1 gesendet.</translation>
    </message>
    <message>
        <source>SOCKS5: the proxy connected to %1 port %2.</source>
        <translation>SOCKS5: Der Proxy hat die Verbindung zu %1, Port %2 hergestellt.</translation>
    </message>
</context>
<context>
    <name>mailflow::SpfCheck</name>
    <message>
        <source>Your domain's SPF record includes %1 (through "%2"): SPF passes.</source>
        <translation>Der SPF-Eintrag Ihrer Domain schließt %1 ein (über „%2“): SPF besteht.</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1: receivers that check SPF treat mail for %2 from this address as forged ("%3").</source>
        <translation>Der SPF-Eintrag Ihrer Domain schließt %1 nicht ein: Empfänger, die SPF prüfen, behandeln E-Mails für %2 von dieser Adresse als gefälscht („%3“).</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1 and marks mail for %2 from it as suspicious ("%3").</source>
        <translation>Der SPF-Eintrag Ihrer Domain schließt %1 nicht ein und kennzeichnet E-Mails für %2 von dort als verdächtig („%3“).</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about %2 (neutral).</source>
        <translation>Der SPF-Eintrag von %1 sagt nichts über %2 aus (neutral).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell its mail from forgeries.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag, daher können Empfänger ihre E-Mails nicht von Fälschungen unterscheiden.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers read it as an error, and many refuse the mail.</source>
        <translation>Der SPF-Eintrag von %1 ist fehlerhaft (%2): Empfänger werten ihn als Fehler, und viele lehnen die E-Mails ab.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be evaluated: %2.</source>
        <translation>Der SPF-Eintrag von %1 konnte nicht ausgewertet werden: %2.</translation>
    </message>
    <message>
        <source>SPF of %1</source>
        <translation>SPF von %1</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>There is no sender domain to check SPF for.</source>
        <translation>Es gibt keine Absenderdomain, für die SPF geprüft werden könnte.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is "%2"; it is not evaluated because your public address is unknown.</source>
        <translation>Der SPF-Eintrag von %1 lautet „%2“; er wird nicht ausgewertet, weil Ihre öffentliche Adresse unbekannt ist.</translation>
    </message>
    <message>
        <source>Send through the servers your domain's SPF record lists (usually your provider's), or add "%1:%2" to the SPF record of %3.</source>
        <translation>Senden Sie über die Server, die der SPF-Eintrag Ihrer Domain aufführt (meist die Ihres Providers), oder nehmen Sie „%1:%2“ in den SPF-Eintrag von %3 auf.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %1 that lists the servers sending its mail.</source>
        <translation>Veröffentlichen Sie für %1 einen SPF-Eintrag, der die Server aufführt, die ihre E-Mails senden.</translation>
    </message>
    <message>
        <source>Fix the SPF record of %1: one record only, known mechanisms, at most 10 DNS lookups (include, a, mx, ptr, exists, redirect) in all.</source>
        <translation>Korrigieren Sie den SPF-Eintrag von %1: nur ein Eintrag, bekannte Mechanismen, insgesamt höchstens 10 DNS-Lookups (include, a, mx, ptr, exists, redirect).</translation>
    </message>
    <message>
        <source>The SPF record of %1 was not evaluated within the check's time limit.</source>
        <translation>Der SPF-Eintrag von %1 wurde nicht innerhalb des Zeitlimits der Prüfung ausgewertet.</translation>
    </message>
</context>
<context>
    <name>mailflow::StepResult</name>
    <message>
        <source>Running — waiting for the server (expected %1)</source>
        <translation>Läuft — warte auf den Server (erwartet: %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected %1, got: %2</source>
        <translation>Erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
</context>
<context>
    <name>mailflow::TestDiagnosis</name>
    <message>
        <source>Check the spelling of the address, including the part after the @.
Ask the recipient for the correct address by another way (phone, another address).</source>
        <translation>Prüfen Sie die Schreibweise der Adresse, auch den Teil nach dem @.
Fragen Sie den Empfänger auf anderem Weg (Telefon, andere Adresse) nach der richtigen Adresse.</translation>
    </message>
    <message>
        <source>Ask the recipient, by another way, for an address that is in use.
If the account should be active, the recipient's administrator has to enable it again.</source>
        <translation>Fragen Sie den Empfänger auf anderem Weg nach einer Adresse, die in Gebrauch ist.
Sollte das Konto aktiv sein, muss der Administrator des Empfängers es wieder aktivieren.</translation>
    </message>
    <message>
        <source>Tell the recipient by another way to make room in the mailbox.
Send again once the recipient has done so; a mail server retries a temporary refusal on its own.</source>
        <translation>Bitten Sie den Empfänger auf anderem Weg, im Postfach Platz zu schaffen.
Senden Sie erneut, sobald er das getan hat; ein Mailserver versucht eine vorübergehende Ablehnung von selbst erneut.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link.
The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Senden Sie eine kleinere Nachricht: Komprimieren Sie Anhänge oder teilen Sie sie per Link.
Die SIZE-Zeile der EHLO-Antwort zeigt das Limit des Servers in Byte.</translation>
    </message>
    <message>
        <source>Wait and send again later; do not retry in a tight loop, it prolongs the limit.
If it happens every day, ask your mail administrator to spread the sending or raise the limit.</source>
        <translation>Warten Sie und senden Sie später erneut; wiederholen Sie es nicht in kurzen Abständen, das verlängert die Sperre.
Passiert das täglich, bitten Sie Ihren Mail-Administrator, den Versand zu verteilen oder das Limit zu erhöhen.</translation>
    </message>
    <message>
        <source>Look up your public IP address on the block list the server names and follow its removal procedure.
Find out why the address was listed (an infected computer, an open relay) before asking for removal.
Until then, send through your provider's relay.</source>
        <translation>Suchen Sie Ihre öffentliche IP-Adresse auf der Sperrliste, die der Server nennt, und folgen Sie dem Verfahren zur Austragung.
Finden Sie heraus, warum die Adresse gelistet wurde (ein infizierter Computer, ein offenes Relay), bevor Sie die Austragung beantragen.
Senden Sie bis dahin über das Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>Ask your mail administrator to check the sending IP address and domain at the provider's postmaster pages and in its feedback loops.
Stop bulk or unwanted mail from that address, check for a compromised account, then send again later.</source>
        <translation>Bitten Sie Ihren Mail-Administrator, die sendende IP-Adresse und Domain auf den Postmaster-Seiten des Providers und in dessen Feedback-Loops zu prüfen.
Stoppen Sie Massen- oder unerwünschte E-Mails von dieser Adresse, prüfen Sie auf ein kompromittiertes Konto und senden Sie später erneut.</translation>
    </message>
    <message>
        <source>Ask the sender domain's administrator to publish SPF that lists this sending server, sign with DKIM and align both with the From: domain (DMARC).
For a quick test, send through the domain's own outgoing server.</source>
        <translation>Bitten Sie den Administrator der Absenderdomain, einen SPF-Eintrag zu veröffentlichen, der diesen sendenden Server aufführt, mit DKIM zu signieren und beides an der From:-Domain auszurichten (DMARC).
Für einen schnellen Test senden Sie über den eigenen Postausgangsserver der Domain.</translation>
    </message>
    <message>
        <source>Send to an ASCII address: when only the domain has other characters, its ACE form (xn--…) reaches the same mailbox.
An address with other characters before the @ needs servers that offer SMTPUTF8 on the whole way; ask the recipient for an ASCII address.</source>
        <translation>Senden Sie an eine ASCII-Adresse: Enthält nur die Domain andere Zeichen, erreicht ihre ACE-Form (xn--…) dasselbe Postfach.
Eine Adresse mit anderen Zeichen vor dem @ braucht auf dem ganzen Weg Server, die SMTPUTF8 anbieten; fragen Sie den Empfänger nach einer ASCII-Adresse.</translation>
    </message>
    <message>
        <source>Test against the recipient domain's own MX host instead of this server.
To send to other domains through this server, log in first (AUTH, usually on port 587).</source>
        <translation>Testen Sie statt dieses Servers den MX-Host der Empfängerdomain.
Um über diesen Server an andere Domains zu senden, melden Sie sich zuerst an (AUTH, meist auf Port 587).</translation>
    </message>
    <message>
        <source>Send a plain test message without attachments or links; if that passes, the content was the reason.
Remove the attachment or link the filter objects to, or send it another way.</source>
        <translation>Senden Sie eine einfache Testnachricht ohne Anhänge oder Links; kommt sie durch, lag es am Inhalt.
Entfernen Sie den Anhang oder Link, den der Filter beanstandet, oder senden Sie ihn auf anderem Weg.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Schalten Sie im Test STARTTLS ein (oder verwenden Sie Port 465 mit implizitem TLS) und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider, hosting company) for a PTR record of the sending address whose name points back to it.
Until then, send through your provider's relay.</source>
        <translation>Bitten Sie den Verwalter Ihrer IP-Adressen (Internetprovider, Hosting-Firma) um einen PTR-Eintrag für die sendende Adresse, dessen Name wieder auf sie zeigt.
Senden Sie bis dahin über das Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>Nothing is broken: retry after the interval the server asks for (often 1 to 15 minutes); a mail server does so on its own.
Only if the same reply comes back for hours, contact the recipient's administrator.</source>
        <translation>Nichts ist kaputt: Versuchen Sie es nach dem vom Server verlangten Intervall erneut (oft 1 bis 15 Minuten); ein Mailserver tut das von selbst.
Nur wenn stundenlang dieselbe Antwort kommt, wenden Sie sich an den Administrator des Empfängers.</translation>
    </message>
    <message>
        <source>Check the address or command the server names for a typo, a missing &lt;&gt; or a stray space.
Check that the message has a valid From:, Date: and Message-ID: header.</source>
        <translation>Prüfen Sie die vom Server genannte Adresse bzw. den Befehl auf Tippfehler, fehlende &lt;&gt; oder ein überzähliges Leerzeichen.
Prüfen Sie, ob die Nachricht gültige Kopfzeilen From:, Date: und Message-ID: hat.</translation>
    </message>
    <message>
        <source>Run the test again in a few minutes; a mail server retries on its own.
If it persists for hours, tell the server's administrator.</source>
        <translation>Führen Sie den Test in ein paar Minuten erneut aus; ein Mailserver versucht es von selbst erneut.
Besteht das Problem stundenlang, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>Send the server's full reply to the recipient's administrator: only they can say which of their rules refused it.
Ask the recipient to have your address or domain allowed.</source>
        <translation>Senden Sie die vollständige Antwort des Servers an den Administrator des Empfängers: Nur er kann sagen, welche seiner Regeln sie abgelehnt hat.
Bitten Sie den Empfänger, Ihre Adresse oder Domain freischalten zu lassen.</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; a caps-lock or an expired password is the usual reason.
If the account has two-factor sign-in, use an app password.</source>
        <translation>Prüfen Sie den Benutzernamen (oft die vollständige Adresse) und das Passwort; meist liegt es an der Feststelltaste oder einem abgelaufenen Passwort.
Hat das Konto eine Zwei-Faktor-Anmeldung, verwenden Sie ein App-Passwort.</translation>
    </message>
    <message>
        <source>The provider no longer takes a plain password here: ask your mail administrator to allow SMTP AUTH for this mailbox, or use an app password or OAuth.</source>
        <translation>Der Provider akzeptiert hier kein einfaches Passwort mehr: Bitten Sie Ihren Mail-Administrator, SMTP AUTH für dieses Postfach zu erlauben, oder verwenden Sie ein App-Passwort oder OAuth.</translation>
    </message>
    <message>
        <source>Give a user name and password in the test (after STARTTLS), usually on port 587.</source>
        <translation>Geben Sie im Test einen Benutzernamen und ein Passwort an (nach STARTTLS), meist auf Port 587.</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN.</source>
        <translation>Auf Ihrer Seite ist nichts zu beheben: HELO funktioniert. Ohne ESMTP bietet der Server kein STARTTLS, AUTH, SIZE oder DSN.</translation>
    </message>
    <message>
        <source>Run the test without delivery notifications (DSN): this server does not take NOTIFY= or RET=.</source>
        <translation>Führen Sie den Test ohne Zustellbenachrichtigungen (DSN) aus: Dieser Server akzeptiert weder NOTIFY= noch RET=.</translation>
    </message>
    <message>
        <source>Check your public IP address on the common block lists (Spamhaus, Barracuda, SpamCop).
Try again from another network or through your provider's relay.</source>
        <translation>Prüfen Sie Ihre öffentliche IP-Adresse auf den gängigen Sperrlisten (Spamhaus, Barracuda, SpamCop).
Versuchen Sie es erneut aus einem anderen Netz oder über das Relay Ihres Providers.</translation>
    </message>
    <message>
        <source>Run the test again later; a server closes with 421 when it is overloaded or shutting down.</source>
        <translation>Führen Sie den Test später erneut aus; ein Server schließt mit 421, wenn er überlastet ist oder herunterfährt.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain; if it is right, the domain does not take mail. Ask the recipient for another address.</source>
        <translation>Prüfen Sie die Schreibweise der Domain; ist sie richtig, nimmt die Domain keine E-Mails an. Fragen Sie den Empfänger nach einer anderen Adresse.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest of the conversation.
Tell the server's administrator that STARTTLS is refused or broken.</source>
        <translation>Führen Sie den Test ohne STARTTLS aus, um den Rest der Sitzung zu prüfen.
Teilen Sie dem Administrator des Servers mit, dass STARTTLS abgelehnt wird oder defekt ist.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>Der Server hat den Start von TLS abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The provider has turned off password (basic) authentication for this account: %1.</source>
        <translation>Der Provider hat die Passwort-Authentifizierung (Basic Authentication) für dieses Konto abgeschaltet: %1.</translation>
    </message>
    <message>
        <source>The provider refuses password authentication for this account (5.7.139): %1.</source>
        <translation>Der Provider lehnt die Passwort-Authentifizierung für dieses Konto ab (5.7.139): %1.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert: %1.</translation>
    </message>
    <message>
        <source>The server refused the login (535): %1.</source>
        <translation>Der Server hat die Anmeldung abgelehnt (535): %1.</translation>
    </message>
    <message>
        <source>The server does not take the delivery-notification (DSN) parameters: %1.</source>
        <translation>Der Server akzeptiert die Parameter für Zustellbenachrichtigungen (DSN) nicht: %1.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII (SMTPUTF8): %1.</source>
        <translation>Der Server nimmt keine Adresse mit Zeichen außerhalb von ASCII an (SMTPUTF8): %1.</translation>
    </message>
    <message>
        <source>The server does not know EHLO: an old or filtering server (%1).</source>
        <translation>Der Server kennt EHLO nicht: ein alter oder filternder Server (%1).</translation>
    </message>
    <message>
        <source>The server does not implement EHLO: an old or filtering server (%1).</source>
        <translation>Der Server implementiert EHLO nicht: ein alter oder filternder Server (%1).</translation>
    </message>
    <message>
        <source>Deferred, not failed: the server greylists, turning away the first attempt from an unknown sender on purpose (%1).</source>
        <translation>Zurückgestellt, nicht fehlgeschlagen: Der Server verwendet Greylisting und weist den ersten Versuch eines unbekannten Absenders absichtlich ab (%1).</translation>
    </message>
    <message>
        <source>The message failed the sender authentication checks (SPF, DKIM or DMARC): %1.</source>
        <translation>Die Nachricht hat die Absenderauthentifizierung (SPF, DKIM oder DMARC) nicht bestanden: %1.</translation>
    </message>
    <message>
        <source>The server saw a protocol or command error: %1.</source>
        <translation>Der Server hat einen Protokoll- oder Befehlsfehler festgestellt: %1.</translation>
    </message>
    <message>
        <source>The server takes this only over an encrypted connection: %1.</source>
        <translation>Der Server akzeptiert dies nur über eine verschlüsselte Verbindung: %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from users who log in: %1.</source>
        <translation>Der Server nimmt E-Mails nur von angemeldeten Benutzern an: %1.</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address or domain because it is on a block list: %1.</source>
        <translation>Der Server lehnt E-Mails von Ihrer IP-Adresse oder Domain ab, weil sie auf einer Sperrliste steht: %1.</translation>
    </message>
    <message>
        <source>Your sending IP address has no matching host name in the DNS (PTR record): %1.</source>
        <translation>Ihre sendende IP-Adresse hat im DNS keinen passenden Hostnamen (PTR-Eintrag): %1.</translation>
    </message>
    <message>
        <source>The server limits how much or how fast you may send: %1.</source>
        <translation>Der Server begrenzt, wie viel oder wie schnell Sie senden dürfen: %1.</translation>
    </message>
    <message>
        <source>The provider distrusts mail from your IP address or domain (poor reputation): %1.</source>
        <translation>Der Provider misstraut E-Mails von Ihrer IP-Adresse oder Domain (schlechte Reputation): %1.</translation>
    </message>
    <message>
        <source>The sending account has reached its sending limit: %1.</source>
        <translation>Das sendende Konto hat sein Versandlimit erreicht: %1.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not take mail for that domain from you: %1.</source>
        <translation>Relaying verweigert: Dieser Server nimmt von Ihnen keine E-Mails für diese Domain an: %1.</translation>
    </message>
    <message>
        <source>The recipient's account exists but is disabled or inactive: %1.</source>
        <translation>Das Konto des Empfängers existiert, ist aber deaktiviert oder inaktiv: %1.</translation>
    </message>
    <message>
        <source>The server is short of disk space for now: %1.</source>
        <translation>Dem Server fehlt derzeit Speicherplatz: %1.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full: %1.</source>
        <translation>Das Postfach des Empfängers ist voll: %1.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts: %1.</source>
        <translation>Die Nachricht ist größer, als der Server annimmt: %1.</translation>
    </message>
    <message>
        <source>A filter classed the message's content as spam or dangerous: %1.</source>
        <translation>Ein Filter hat den Inhalt der Nachricht als Spam oder gefährlich eingestuft: %1.</translation>
    </message>
    <message>
        <source>The domain of the address does not exist in the DNS: %1.</source>
        <translation>Die Domain der Adresse existiert im DNS nicht: %1.</translation>
    </message>
    <message>
        <source>The server refused the command, address or header as malformed: %1.</source>
        <translation>Der Server hat den Befehl, die Adresse oder die Kopfzeile als fehlerhaft abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The recipient address does not exist on this server: %1.</source>
        <translation>Die Empfängeradresse existiert auf diesem Server nicht: %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from senders on its own allow list, and you are not on it: %1.</source>
        <translation>Der Server nimmt E-Mails nur von Absendern auf seiner eigenen Zulassungsliste an, und Sie stehen nicht darauf: %1.</translation>
    </message>
    <message>
        <source>The server is closing the connection for now, without a reason of its own: %1.</source>
        <translation>Der Server schließt die Verbindung vorerst, ohne einen eigenen Grund zu nennen: %1.</translation>
    </message>
    <message>
        <source>The server has a temporary problem of its own: %1.</source>
        <translation>Der Server hat ein eigenes vorübergehendes Problem: %1.</translation>
    </message>
    <message>
        <source>The server's own rules refused it, without naming one: %1.</source>
        <translation>Die eigenen Regeln des Servers haben abgelehnt, ohne eine zu nennen: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection (421): %1.</source>
        <translation>Der Server hat die Verbindung geschlossen (421): %1.</translation>
    </message>
    <message>
        <source>The server refused this client at the greeting (554), often because of a block list: %1.</source>
        <translation>Der Server hat diesen Client bei der Begrüßung abgelehnt (554), oft wegen einer Sperrliste: %1.</translation>
    </message>
    <message>
        <source>This host accepts no mail at all (521): %1.</source>
        <translation>Dieser Host nimmt überhaupt keine E-Mails an (521): %1.</translation>
    </message>
    <message>
        <source>The domain accepts no mail (556): %1.</source>
        <translation>Die Domain nimmt keine E-Mails an (556): %1.</translation>
    </message>
    <message>
        <source>Deferred, not failed: a temporary policy refusal at RCPT TO is most often greylisting (%1).</source>
        <translation>Zurückgestellt, nicht fehlgeschlagen: Eine vorübergehende Ablehnung per Richtlinie bei RCPT TO ist meist Greylisting (%1).</translation>
    </message>
    <message>
        <source>The provider refuses password authentication (5.7.139): %1.</source>
        <translation>Der Provider lehnt die Passwort-Authentifizierung ab (5.7.139): %1.</translation>
    </message>
    <message>
        <source>Microsoft's filters block mail from your address or tenant (5.7.5xx-7xx): %1.</source>
        <translation>Die Filter von Microsoft blockieren E-Mails von Ihrer Adresse oder Ihrem Mandanten (5.7.5xx-7xx): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox does not exist (x.1.1): %1.</source>
        <translation>Der Code allein bedeutet, dass das Postfach nicht existiert (x.1.1): %1.</translation>
    </message>
    <message>
        <source>The code alone means the recipient has no mailbox here (x.1.10): %1.</source>
        <translation>Der Code allein bedeutet, dass der Empfänger hier kein Postfach hat (x.1.10): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox has moved (x.1.6): %1.</source>
        <translation>Der Code allein bedeutet, dass das Postfach umgezogen ist (x.1.6): %1.</translation>
    </message>
    <message>
        <source>The code alone means the address's domain is wrong (x.1.2): %1.</source>
        <translation>Der Code allein bedeutet, dass die Domain der Adresse falsch ist (x.1.2): %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is malformed (x.1.3): %1.</source>
        <translation>Der Code allein bedeutet, dass die Adresse fehlerhaft ist (x.1.3): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is disabled (x.2.1): %1.</source>
        <translation>Der Code allein bedeutet, dass das Postfach deaktiviert ist (x.2.1): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is full (x.2.2): %1.</source>
        <translation>Der Code allein bedeutet, dass das Postfach voll ist (x.2.2): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the mailbox (x.2.3): %1.</source>
        <translation>Der Code allein bedeutet, dass die Nachricht für das Postfach zu groß ist (x.2.3): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the system (x.3.4): %1.</source>
        <translation>Der Code allein bedeutet, dass die Nachricht für das System zu groß ist (x.3.4): %1.</translation>
    </message>
    <message>
        <source>The code alone means the reverse DNS check failed (x.7.25): %1.</source>
        <translation>Der Code allein bedeutet, dass die Reverse-DNS-Prüfung fehlgeschlagen ist (x.7.25): %1.</translation>
    </message>
    <message>
        <source>The code alone means a DKIM or SPF check failed (x.7.20-26): %1.</source>
        <translation>Der Code allein bedeutet, dass eine DKIM- oder SPF-Prüfung fehlgeschlagen ist (x.7.20-26): %1.</translation>
    </message>
    <message>
        <source>The code alone means the credentials are wrong (x.7.8): %1.</source>
        <translation>Der Code allein bedeutet, dass die Anmeldedaten falsch sind (x.7.8): %1.</translation>
    </message>
    <message>
        <source>The code alone means encryption is needed (x.7.10): %1.</source>
        <translation>Der Code allein bedeutet, dass Verschlüsselung nötig ist (x.7.10): %1.</translation>
    </message>
    <message>
        <source>The code alone means the account is disabled (x.7.13): %1.</source>
        <translation>Der Code allein bedeutet, dass das Konto deaktiviert ist (x.7.13): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server saw a mail flood (x.7.28): %1.</source>
        <translation>Der Code allein bedeutet, dass der Server eine Mailflut festgestellt hat (x.7.28): %1.</translation>
    </message>
    <message>
        <source>The code alone means STARTTLS or a login is needed first (530): %1.</source>
        <translation>Der Code allein bedeutet, dass zuerst STARTTLS oder eine Anmeldung nötig ist (530): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 5.7.1 at RCPT TO usually means it will not take this recipient from you (relaying or policy): %1.</source>
        <translation>Der Server nennt keinen Grund; 5.7.1 bei RCPT TO bedeutet meist, dass er diesen Empfänger von Ihnen nicht annimmt (Relaying oder Richtlinie): %1.</translation>
    </message>
    <message>
        <source>The code alone means a network or routing problem on the server's side: %1.</source>
        <translation>Der Code allein bedeutet ein Netzwerk- oder Routingproblem auf der Seite des Servers: %1.</translation>
    </message>
    <message>
        <source>The code alone means a protocol or syntax error (x.5.x): %1.</source>
        <translation>Der Code allein bedeutet einen Protokoll- oder Syntaxfehler (x.5.x): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message's format was refused (x.6.x): %1.</source>
        <translation>Der Code allein bedeutet, dass das Format der Nachricht abgelehnt wurde (x.6.x): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 550 at RCPT TO alone most often means the mailbox does not exist: %1.</source>
        <translation>Der Server nennt keinen Grund; 550 allein bei RCPT TO bedeutet meist, dass das Postfach nicht existiert: %1.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server (551): %1.</source>
        <translation>Der Empfänger ist auf diesem Server nicht lokal (551): %1.</translation>
    </message>
    <message>
        <source>The code alone at RCPT TO means the mailbox's storage is exceeded (552): %1.</source>
        <translation>Der Code allein bei RCPT TO bedeutet, dass der Speicherplatz des Postfachs überschritten ist (552): %1.</translation>
    </message>
    <message>
        <source>The code alone after the message means it exceeded a storage limit (552): %1.</source>
        <translation>Der Code allein nach der Nachricht bedeutet, dass sie ein Speicherlimit überschritten hat (552): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 554 after the message alone usually means a content filter refused it: %1.</source>
        <translation>Der Server nennt keinen Grund; 554 allein nach der Nachricht bedeutet meist, dass ein Inhaltsfilter sie abgelehnt hat: %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is not allowed or malformed (553): %1.</source>
        <translation>Der Code allein bedeutet, dass die Adresse nicht erlaubt oder fehlerhaft ist (553): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server did not recognise the command (500): %1.</source>
        <translation>Der Code allein bedeutet, dass der Server den Befehl nicht erkannt hat (500): %1.</translation>
    </message>
    <message>
        <source>The code alone means a syntax error in the command's arguments (501): %1.</source>
        <translation>Der Code allein bedeutet einen Syntaxfehler in den Argumenten des Befehls (501): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not implement the command (502): %1.</source>
        <translation>Der Code allein bedeutet, dass der Server den Befehl nicht implementiert (502): %1.</translation>
    </message>
    <message>
        <source>The code alone means the commands came in the wrong order (503): %1.</source>
        <translation>Der Code allein bedeutet, dass die Befehle in falscher Reihenfolge kamen (503): %1.</translation>
    </message>
    <message>
        <source>The code alone means a command parameter is not implemented (504): %1.</source>
        <translation>Der Code allein bedeutet, dass ein Befehlsparameter nicht implementiert ist (504): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not know a MAIL FROM or RCPT TO parameter (555): %1.</source>
        <translation>Der Code allein bedeutet, dass der Server einen Parameter von MAIL FROM oder RCPT TO nicht kennt (555): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 4xx code alone means a temporary refusal: %1.</source>
        <translation>Der Server nennt keinen Grund; ein 4xx-Code allein bedeutet eine vorübergehende Ablehnung: %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 5xx code alone means a permanent refusal: %1.</source>
        <translation>Der Server nennt keinen Grund; ein 5xx-Code allein bedeutet eine dauerhafte Ablehnung: %1.</translation>
    </message>
    <message>
        <source>The server answered every step as it should: %1</source>
        <translation>Der Server hat jeden Schritt wie erwartet beantwortet: %1</translation>
    </message>
    <message>
        <source>Nothing to do. If mail still goes missing, look at the recipient's spam folder and quote the queue id to the recipient's administrator.</source>
        <translation>Nichts zu tun. Gehen weiterhin E-Mails verloren, sehen Sie im Spam-Ordner des Empfängers nach und nennen Sie dem Administrator des Empfängers die Queue-ID.</translation>
    </message>
    <message>
        <source>The name was not found in the DNS: %1</source>
        <translation>Der Name wurde im DNS nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Check the spelling of the host or domain.
If it is right, ask the domain's DNS administrator; check that this computer can reach its DNS server.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts bzw. der Domain.
Ist sie richtig, fragen Sie den DNS-Administrator der Domain; prüfen Sie, ob dieser Computer seinen DNS-Server erreicht.</translation>
    </message>
    <message>
        <source>The domain names no server that takes its mail: %1</source>
        <translation>Die Domain nennt keinen Server, der ihre E-Mails annimmt: %1</translation>
    </message>
    <message>
        <source>Ask the recipient for another address, or the domain's administrator to publish an MX record (a null MX means the domain takes no mail on purpose).</source>
        <translation>Fragen Sie den Empfänger nach einer anderen Adresse oder bitten Sie den Administrator der Domain, einen MX-Eintrag zu veröffentlichen (ein Null-MX bedeutet, dass die Domain absichtlich keine E-Mails annimmt).</translation>
    </message>
    <message>
        <source>The connection timed out: nothing answered, the packets were dropped on the way: %1</source>
        <translation>Zeitüberschreitung bei der Verbindung: Nichts hat geantwortet, die Pakete wurden unterwegs verworfen: %1</translation>
    </message>
    <message>
        <source>Port 25 is often blocked by the local network or the internet provider: try from another network, or port 587 with a login.
Check the firewall between you and the server.</source>
        <translation>Port 25 wird oft vom lokalen Netz oder vom Internetprovider gesperrt: Versuchen Sie es aus einem anderen Netz oder über Port 587 mit Anmeldung.
Prüfen Sie die Firewall zwischen Ihnen und dem Server.</translation>
    </message>
    <message>
        <source>The connection was refused: the host is up but nothing listens on that port: %1</source>
        <translation>Die Verbindung wurde abgelehnt: Der Host läuft, aber auf diesem Port lauscht nichts: %1</translation>
    </message>
    <message>
        <source>Check the host name and the port (25, 465 or 587).
If they are right, the mail service on that host is down: tell its administrator.</source>
        <translation>Prüfen Sie den Hostnamen und den Port (25, 465 oder 587).
Sind sie richtig, ist der Maildienst auf diesem Host ausgefallen: Informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>The network has no route to the server: %1</source>
        <translation>Das Netz hat keine Route zum Server: %1</translation>
    </message>
    <message>
        <source>Check this computer's network connection, then try from another network.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers und versuchen Sie es dann aus einem anderen Netz.</translation>
    </message>
    <message>
        <source>The server held its greeting back on purpose (a greet pause or tarpit): %1</source>
        <translation>Der Server hat seine Begrüßung absichtlich zurückgehalten (Greet-Pause oder Tarpit): %1</translation>
    </message>
    <message>
        <source>Nothing is broken: the delay is deliberate, to slow down spam senders. A mail server waits up to 5 minutes for the greeting (RFC 5321); do the same.
Do not send before the greeting: such a server refuses clients that talk too early.</source>
        <translation>Nichts ist kaputt: Die Verzögerung ist gewollt, um Spam-Versender zu bremsen. Ein Mailserver wartet bis zu 5 Minuten auf die Begrüßung (RFC 5321); tun Sie dasselbe.
Senden Sie nichts vor der Begrüßung: Ein solcher Server lehnt Clients ab, die zu früh senden.</translation>
    </message>
    <message>
        <source>What answered is not a plain SMTP server, or a firewall inspecting SMTP rewrites the conversation: %1</source>
        <translation>Was geantwortet hat, ist kein einfacher SMTP-Server, oder eine Firewall mit SMTP-Inspektion schreibt die Sitzung um: %1</translation>
    </message>
    <message>
        <source>Check the port: a web, POP3 or IMAP service does not speak SMTP.
A banner of asterisks comes from a firewall's SMTP inspection (such as Cisco's SMTP fixup): ask your network administrator to turn it off.</source>
        <translation>Prüfen Sie den Port: Ein Web-, POP3- oder IMAP-Dienst spricht kein SMTP.
Ein Banner aus Sternchen stammt von der SMTP-Inspektion einer Firewall (etwa Ciscos SMTP-Fixup): Bitten Sie Ihren Netzwerkadministrator, sie abzuschalten.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer: %1</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen: %1</translation>
    </message>
    <message>
        <source>Run the test again; if it drops at the same step, send the transcript to the server's administrator.
A drop during the message is often a filter or a size limit on the way.</source>
        <translation>Führen Sie den Test erneut aus; bricht er beim selben Schritt ab, senden Sie das Protokoll an den Administrator des Servers.
Ein Abbruch während der Nachricht ist oft ein Filter oder ein Größenlimit auf dem Weg.</translation>
    </message>
    <message>
        <source>The server stopped answering: %1</source>
        <translation>Der Server hat aufgehört zu antworten: %1</translation>
    </message>
    <message>
        <source>Run the test again later; if it stops at the same step, tell the server's administrator.</source>
        <translation>Führen Sie den Test später erneut aus; hört er beim selben Schritt auf, informieren Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest.
Tell the server's administrator: the server and this client share no TLS version or cipher, or the server broke off the handshake.</source>
        <translation>Führen Sie den Test ohne STARTTLS aus, um den Rest zu prüfen.
Informieren Sie den Administrator des Servers: Server und Client haben keine gemeinsame TLS-Version oder Cipher-Suite, oder der Server hat den Handshake abgebrochen.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Tell the server's administrator which problem the TLS report shows (expired, wrong name, unknown issuer).
To test the rest, accept the certificate once in the test.</source>
        <translation>Teilen Sie dem Administrator des Servers mit, welches Problem der TLS-Bericht zeigt (abgelaufen, falscher Name, unbekannter Aussteller).
Um den Rest zu testen, akzeptieren Sie das Zertifikat einmalig im Test.</translation>
    </message>
    <message>
        <source>The message is larger than the limit the server announced in its EHLO reply: %1</source>
        <translation>Die Nachricht ist größer als das Limit, das der Server in seiner EHLO-Antwort angekündigt hat: %1</translation>
    </message>
    <message>
        <source>Send a message below the SIZE limit the server announced: compress attachments or share them by link.</source>
        <translation>Senden Sie eine Nachricht unterhalb des angekündigten SIZE-Limits: Komprimieren Sie Anhänge oder teilen Sie sie per Link.</translation>
    </message>
    <message>
        <source>Delivery notifications were asked for, but the server does not offer DSN: %1</source>
        <translation>Zustellbenachrichtigungen wurden angefordert, aber der Server bietet kein DSN an: %1</translation>
    </message>
    <message>
        <source>Expect no delivery notification from this server; the message itself is not affected.</source>
        <translation>Erwarten Sie von diesem Server keine Zustellbenachrichtigung; die Nachricht selbst ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>The server refuses EHLO and HELO alike: it is not a working SMTP server, or a firewall filters the commands: %1</source>
        <translation>Der Server lehnt EHLO und HELO gleichermaßen ab: Es ist kein funktionierender SMTP-Server, oder eine Firewall filtert die Befehle: %1</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall's SMTP inspection sits in between.</source>
        <translation>Prüfen Sie den Port und ob die SMTP-Inspektion einer Firewall dazwischengeschaltet ist.</translation>
    </message>
    <message>
        <source>The server refused EHLO but took HELO: an old or filtering server without ESMTP: %1</source>
        <translation>Der Server hat EHLO abgelehnt, aber HELO angenommen: ein alter oder filternder Server ohne ESMTP: %1</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN; if mail must be encrypted, tell its administrator.</source>
        <translation>Auf Ihrer Seite ist nichts zu beheben: HELO funktioniert. Ohne ESMTP bietet der Server kein STARTTLS, AUTH, SIZE oder DSN; müssen E-Mails verschlüsselt sein, informieren Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>The test was stopped before it ended: %1</source>
        <translation>Der Test wurde vor seinem Ende abgebrochen: %1</translation>
    </message>
    <message>
        <source>Run the test again to the end.</source>
        <translation>Führen Sie den Test erneut bis zum Ende aus.</translation>
    </message>
    <message>
        <source>The test did not end as expected: %1</source>
        <translation>Der Test endete nicht wie erwartet: %1</translation>
    </message>
    <message>
        <source>Send the transcript to your mail administrator.</source>
        <translation>Senden Sie das Protokoll an Ihren Mail-Administrator.</translation>
    </message>
    <message>
        <source>No problem: the test passed</source>
        <translation>Kein Problem: Der Test hat bestanden</translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation>Ursache unbekannt</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Unbekannter Empfänger</translation>
    </message>
    <message>
        <source>Disabled account</source>
        <translation>Deaktiviertes Konto</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <source>Sending address on a block list</source>
        <translation>Sendende Adresse auf einer Sperrliste</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Schlechte Absenderreputation</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>SPF-, DKIM- oder DMARC-Fehler</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relaying verweigert</translation>
    </message>
    <message>
        <source>Content classed as spam or malware</source>
        <translation>Inhalt als Spam oder Malware eingestuft</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>No or wrong reverse DNS</source>
        <translation>Fehlendes oder falsches Reverse DNS</translation>
    </message>
    <message>
        <source>Greylisting (deferred)</source>
        <translation>Greylisting (zurückgestellt)</translation>
    </message>
    <message>
        <source>Bad syntax</source>
        <translation>Ungültige Syntax</translation>
    </message>
    <message>
        <source>Server busy or temporarily unavailable</source>
        <translation>Server ausgelastet oder vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The server's local policy</source>
        <translation>Lokale Richtlinie des Servers</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>No mail server (no or null MX)</source>
        <translation>Kein Mailserver (kein MX oder Null-MX)</translation>
    </message>
    <message>
        <source>This client refused</source>
        <translation>Dieser Client abgelehnt</translation>
    </message>
    <message>
        <source>Service closing the connection</source>
        <translation>Dienst schließt die Verbindung</translation>
    </message>
    <message>
        <source>Deliberate delay (tarpit or greet pause)</source>
        <translation>Absichtliche Verzögerung (Tarpit oder Greet-Pause)</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO nicht unterstützt</translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation>Kein SMTP-Server</translation>
    </message>
    <message>
        <source>Login or STARTTLS required first</source>
        <translation>Zuerst Anmeldung oder STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Falsche Anmeldedaten</translation>
    </message>
    <message>
        <source>Password login disabled by the provider</source>
        <translation>Passwort-Anmeldung vom Provider deaktiviert</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Delivery notifications (DSN) not supported</source>
        <translation>Zustellbenachrichtigungen (DSN) nicht unterstützt</translation>
    </message>
    <message>
        <source>You or your network</source>
        <translation>Sie oder Ihr Netz</translation>
    </message>
    <message>
        <source>Your mail administrator or provider</source>
        <translation>Ihr Mail-Administrator oder Provider</translation>
    </message>
    <message>
        <source>The recipient's mail administrator</source>
        <translation>Der Mail-Administrator des Empfängers</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Der Empfänger</translation>
    </message>
    <message>
        <source>Nobody (wait, or nothing to do)</source>
        <translation>Niemand (abwarten oder nichts zu tun)</translation>
    </message>
    <message>
        <source>The server refused XCLIENT from this client: %1.</source>
        <translation>Der Server hat XCLIENT von diesem Client abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts (postfix).</source>
        <translation>Tragen Sie die Adresse, von der aus dieser Test verbindet, in smtpd_authorized_xclient_hosts ein (postfix).</translation>
    </message>
</context>
<context>
    <name>mailflow::TextReport</name>
    <message>
        <source>Mailflow SMTP test report</source>
        <translation>Mailflow-Bericht zum SMTP-Test</translation>
    </message>
    <message>
        <source>Verdict:    %1 (exit code %2)</source>
        <translation>Befund:     %1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>Summary:    %1</source>
        <translation>Übersicht:  %1</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Server:     %1</translation>
    </message>
    <message>
        <source>Profile:    %1</source>
        <translation>Profil:     %1</translation>
    </message>
    <message>
        <source>Started:    %1</source>
        <translation>Gestartet:  %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Adressen und Hostnamen in diesem Bericht wurden durch Pseudonyme ersetzt.</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsChoices</name>
    <message>
        <source>%1 cannot be used: this build of Qt and OpenSSL offers only %2.</source>
        <translation>%1 kann nicht verwendet werden: Dieser Build von Qt und OpenSSL bietet nur %2 an.</translation>
    </message>
    <message>
        <source>Unknown TLS cipher: %1</source>
        <translation>Unbekannte TLS-Cipher-Suite: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Ein Client-Zertifikat braucht sowohl die Zertifikatsdatei als auch die zugehörige Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 enthält keinen verwendbaren privaten PEM-Schlüssel (RSA, EC oder DSA, unverschlüsselt).</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsReport</name>
    <message>
        <source>The certificate has expired: the server's administrator must renew it.</source>
        <translation>Das Zertifikat ist abgelaufen: Der Administrator des Servers muss es erneuern.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: its start date is in the future (or this computer's clock is wrong).</source>
        <translation>Das Zertifikat ist noch nicht gültig: Sein Beginndatum liegt in der Zukunft (oder die Uhr dieses Computers geht falsch).</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody vouches for it, so it cannot be told apart from an impostor's. Trust it explicitly (CA file) only if you know it is the server's.</source>
        <translation>Das Zertifikat ist selbstsigniert: Niemand bürgt dafür, daher lässt es sich nicht vom Zertifikat eines Betrügers unterscheiden. Vertrauen Sie ihm nur ausdrücklich (CA-Datei), wenn Sie wissen, dass es zum Server gehört.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust (a private CA, or a missing intermediate certificate on the server).</source>
        <translation>Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut (eine private CA oder ein auf dem Server fehlendes Zwischenzertifikat).</translation>
    </message>
    <message>
        <source>The certificate is for another name than the one connected to: check the server name, or the server presents the wrong certificate.</source>
        <translation>Das Zertifikat gilt für einen anderen Namen als den, mit dem verbunden wurde: Prüfen Sie den Servernamen, oder der Server präsentiert das falsche Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Das Zertifikat wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>The certificate is not trusted for this purpose.</source>
        <translation>Dem Zertifikat wird für diesen Zweck nicht vertraut.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The certificate failed verification.</source>
        <translation>Das Zertifikat hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The connection uses %1, older than TLS 1.2: it is considered insecure and many clients refuse it. The server should offer TLS 1.2 or 1.3.</source>
        <translation>Die Verbindung verwendet %1, älter als TLS 1.2: Das gilt als unsicher, und viele Clients lehnen es ab. Der Server sollte TLS 1.2 oder 1.3 anbieten.</translation>
    </message>
    <message numerus="yes">
        <source>The server's certificate expires in %n day(s) (%1): renew it soon.</source>
        <translation>
            <numerusform>Das Zertifikat des Servers läuft in %n Tag ab (%1): Erneuern Sie es bald.</numerusform>
            <numerusform>Das Zertifikat des Servers läuft in %n Tagen ab (%1): Erneuern Sie es bald.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS: no encrypted connection.</source>
        <translation>TLS: keine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2 (%3 bits)</source>
        <translation>TLS: %1, Cipher-Suite %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): none (an IP address was given)</source>
        <translation>Gesendeter Servername (SNI): keiner (es wurde eine IP-Adresse angegeben)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): %1</source>
        <translation>Gesendeter Servername (SNI): %1</translation>
    </message>
    <message>
        <source>Certificate %1: subject %2</source>
        <translation>Zertifikat %1: Antragsteller %2</translation>
    </message>
    <message>
        <source>  issuer: %1%2</source>
        <translation>  Aussteller: %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … und %n weiterer</numerusform>
            <numerusform> … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>  alternative names: %1</source>
        <translation>  Alternative Namen: %1</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>verbleibende Tage: %1</translation>
    </message>
    <message numerus="yes">
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag ABGELAUFEN</numerusform>
            <numerusform>seit %n Tagen ABGELAUFEN</numerusform>
        </translation>
    </message>
    <message>
        <source>  valid from %1 to %2 (%3)</source>
        <translation>  gültig von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>  key: %1 %2 bits</source>
        <translation>  Schlüssel: %1 %2 Bit</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation>  SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Name check: "%1" matches the certificate.</source>
        <translation>Namensprüfung: „%1“ passt zum Zertifikat.</translation>
    </message>
    <message>
        <source>Name check: "%1" does NOT match the certificate.</source>
        <translation>Namensprüfung: „%1“ passt NICHT zum Zertifikat.</translation>
    </message>
    <message>
        <source>Verification: passed (the chain leads to a trusted authority).</source>
        <translation>Verifizierung: bestanden (die Kette führt zu einer vertrauenswürdigen Zertifizierungsstelle).</translation>
    </message>
    <message>
        <source>Verification: FAILED.</source>
        <translation>Verifizierung: FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source> (Qt: %1)</source>
        <translation> (Qt: %1)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat verifiziert</translation>
    </message>
    <message>
        <source>certificate NOT verified: %1</source>
        <translation>Zertifikat NICHT verifiziert: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits), %4</source>
        <translation>%1, %2 (%3 Bit), %4</translation>
    </message>
    <message>
        <source>a protocol older than TLS 1.2</source>
        <translation>ein Protokoll älter als TLS 1.2</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsRptCheck</name>
    <message>
        <source>TLS reporting</source>
        <translation>TLS-Berichte</translation>
    </message>
    <message>
        <source>There is no recipient domain to check.</source>
        <translation>Es gibt keine Empfängerdomain zum Prüfen.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>TLS-Berichte für %1</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 could not be looked up: the name %2.</source>
        <translation>Der TLS-RPT-Eintrag von %1 konnte nicht abgefragt werden: Der Name %2.</translation>
    </message>
    <message>
        <source>%1 publishes no TLS-RPT record: senders do not report TLS failures to it.</source>
        <translation>%1 veröffentlicht keinen TLS-RPT-Eintrag: Absender melden TLS-Fehler nicht an die Domain.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is not valid (it needs "v=TLSRPTv1; rua=mailto:...").</source>
        <translation>Der TLS-RPT-Eintrag von %1 ist ungültig (erforderlich ist "v=TLSRPTv1; rua=mailto:...").</translation>
    </message>
    <message>
        <source>Senders report TLS failures for %1 to %2.</source>
        <translation>Absender melden TLS-Fehler für %1 an %2.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 was not answered within the check's time limit.</source>
        <translation>Der TLS-RPT-Eintrag von %1 wurde nicht innerhalb des Zeitlimits der Prüfung beantwortet.</translation>
    </message>
</context>
<context>
    <name>mailflow::Transcript</name>
    <message>
        <source>Mailflow sent</source>
        <translation>Mailflow hat gesendet</translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation>Server hat geantwortet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mailflow::TranscriptModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::TranscriptView</name>
    <message>
        <source>Ti&amp;mes</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Protokoll&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the time of each line, relative to the start of the test</source>
        <translation>Die Uhrzeit jeder Zeile relativ zum Start des Tests anzeigen</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorheriges suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Nächstes suchen (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole transcript when none is selected</source>
        <translation>Die ausgewählten Zeilen kopieren oder, wenn keine ausgewählt ist, das ganze Protokoll</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>mailflow::Verdict</name>
    <message>
        <source>Mail to %1 was accepted by %2.</source>
        <translation>E-Mail an %1 wurde von %2 angenommen.</translation>
    </message>
    <message>
        <source>Mail to %1 was accepted by %2 (queued as %3).</source>
        <translation>E-Mail an %1 wurde von %2 angenommen (in der Warteschlange als %3).</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fehlgeschlagen bei %1: %2</translation>
    </message>
    <message>
        <source>The test has not run yet.</source>
        <translation>Der Test wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 answered as expected up to %2; no message was sent.</source>
        <translation>%1 hat bis %2 wie erwartet geantwortet; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Warning at %1: %2</source>
        <translation>Warnung bei %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchRunner</name>
    <message>
        <source>a run passes</source>
        <translation>ein Lauf besteht</translation>
    </message>
    <message>
        <source>the result changes</source>
        <translation>sich das Ergebnis ändert</translation>
    </message>
    <message>
        <source>%1 hours have passed</source>
        <translation>%1 Stunden vergangen sind</translation>
    </message>
    <message>
        <source>Watching the profile %1: a run every %2 minutes until %3.</source>
        <translation>Profil %1 wird überwacht: alle %2 Minuten ein Lauf, bis %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>Time is up after %n run(s).</source>
        <translation>
            <numerusform>Die Zeit ist nach %n Lauf abgelaufen.</numerusform>
            <numerusform>Die Zeit ist nach %n Läufen abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchWindow</name>
    <message>
        <source>&amp;Start watching</source>
        <translation>Überwachung &amp;starten</translation>
    </message>
    <message>
        <source>Mailflow — watching "%1"</source>
        <translation>Mailflow — Überwachung von „%1“</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Runs the profile again on a schedule and tells you when its result changes (a DNS change propagating, a block-list removal, a greylisting wait).</source>
        <translation>Führt das Profil nach Zeitplan erneut aus und meldet, wenn sich sein Ergebnis ändert (eine sich verbreitende DNS-Änderung, eine Austragung aus einer Sperrliste, eine Greylisting-Wartezeit).</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Runs of this profile, newest first:</source>
        <translation>Läufe dieses Profils, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>Next run at %1</source>
        <translation>Nächster Lauf um %1</translation>
    </message>
    <message>
        <source>"%1" changed at %2: now %3%4</source>
        <translation>„%1“ hat sich um %2 geändert: jetzt %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Mailflow watch</source>
        <translation>Mailflow-Überwachung</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPage</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPanel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>R&amp;un to end</source>
        <translation>Bis zum &amp;Ende ausführen</translation>
    </message>
    <message>
        <source>Abor&amp;t</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Run this page's step now (Enter)</source>
        <translation>Den Schritt dieser Seite jetzt ausführen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Run the remaining steps in one go with the values entered, up to the stop point</source>
        <translation>Die restlichen Schritte mit den eingegebenen Werten in einem Durchgang ausführen, bis zum Endpunkt</translation>
    </message>
    <message>
        <source>Stop what is running and drop the connection; the transcript is kept</source>
        <translation>Laufende Vorgänge anhalten und die Verbindung trennen; das Protokoll bleibt erhalten</translation>
    </message>
    <message>
        <source>Connect again, keeping the transcript of what happened</source>
        <translation>Erneut verbinden, das Protokoll des bisherigen Ablaufs bleibt erhalten</translation>
    </message>
    <message>
        <source>to the end (send the mail)</source>
        <translation>bis zum Ende (E-Mail senden)</translation>
    </message>
    <message>
        <source>stop after RCPT (no mail sent)</source>
        <translation>nach RCPT aufhören (keine E-Mail gesendet)</translation>
    </message>
    <message>
        <source>stop after MAIL FROM</source>
        <translation>nach MAIL FROM aufhören</translation>
    </message>
    <message>
        <source>stop after EHLO</source>
        <translation>nach EHLO aufhören</translation>
    </message>
    <message>
        <source>stop after the greeting</source>
        <translation>nach der Begrüßung aufhören</translation>
    </message>
    <message>
        <source>Stop point</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Not connected yet: go Back to the Connect step and press Connect first (or Run to end).</source>
        <translation>Noch nicht verbunden: Gehen Sie mit „Zurück“ zum Schritt „Verbinden“ und klicken Sie zuerst auf „Verbinden“ (oder auf „Bis zum Ende ausführen“).</translation>
    </message>
    <message>
        <source>This step needs the steps before it: go Back and send them first.</source>
        <translation>Dieser Schritt setzt die vorherigen voraus: Gehen Sie zurück und senden Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>Warten, bis der Server die Nachricht annimmt…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Nachricht wird gesendet…</translation>
    </message>
    <message>
        <source>XCLIENT is sent just before MAIL FROM: choose a later stop point, or empty the XCLIENT field.</source>
        <translation>XCLIENT wird unmittelbar vor MAIL FROM gesendet: Wählen Sie einen späteren Endpunkt oder leeren Sie das XCLIENT-Feld.</translation>
    </message>
</context>
<context>
    <name>mailflow::Xclient</name>
    <message>
        <source>unknown attribute %1; XCLIENT takes %2.</source>
        <translation>unbekanntes Attribut %1; XCLIENT akzeptiert %2.</translation>
    </message>
    <message>
        <source>%1 needs a value (or [UNAVAILABLE]).</source>
        <translation>%1 braucht einen Wert (oder [UNAVAILABLE]).</translation>
    </message>
    <message>
        <source>%1: the value has a control character.</source>
        <translation>%1: Der Wert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 must be an IP address, not "%2".</source>
        <translation>%1 muss eine IP-Adresse sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 0 to 65535.</source>
        <translation>%1 muss eine Portnummer von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>PROTO must be SMTP or ESMTP.</source>
        <translation>PROTO muss SMTP oder ESMTP sein.</translation>
    </message>
    <message>
        <source>%1: at most 255 characters.</source>
        <translation>%1: höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>give NAME=VALUE, e.g. ADDR=192.0.2.1,NAME=mail.example.com.</source>
        <translation>Geben Sie NAME=WERT an, z. B. ADDR=192.0.2.1,NAME=mail.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not NAME=VALUE.</source>
        <translation>„%1“ ist nicht in der Form NAME=WERT.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tests an SMTP server step by step.</source>
        <translation>Testet einen SMTP-Server Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Open the window on the built-in practice server with SCENARIO.</source>
        <translation>Das Fenster mit dem eingebauten Übungsserver mit SZENARIO öffnen.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>szenario</translation>
    </message>
    <message>
        <source>The language of the window: %1 (default: the setting, else the system's).</source>
        <translation>Die Sprache des Fensters: %1 (Standard: die Einstellung, sonst die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
