<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CheckSeverity</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>mailflow::AboutDialog</name>
    <message>
        <source>About Mailflow</source>
        <translation>À propos de Mailflow</translation>
    </message>
    <message>
        <source>Mailflow icon</source>
        <translation>Icône de Mailflow</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Finds out why mail does not flow: tests an SMTP server step by step, like "telnet host 25", and says what each reply means and what to do next.</source>
        <translation>Trouve pourquoi le courrier ne passe pas : teste un serveur SMTP étape par étape, comme « telnet host 25 », et explique ce que signifie chaque réponse et quoi faire ensuite.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressFamilyCheck</name>
    <message>
        <source>IPv4 against IPv6 for %1</source>
        <translation>IPv4 contre IPv6 pour %1</translation>
    </message>
    <message>
        <source>%1 passes over IPv4 but fails over IPv6. Providers are stricter with IPv6 senders: most want a reverse DNS name (PTR) for the sending IPv6 address, and some want SPF and DKIM as well.</source>
        <translation>%1 réussit en IPv4 mais échoue en IPv6. Les fournisseurs sont plus stricts avec les expéditeurs IPv6 : la plupart exigent un nom DNS inverse (PTR) pour l'adresse IPv6 d'envoi, et certains exigent aussi SPF et DKIM.</translation>
    </message>
    <message>
        <source>Give your IPv6 sending address a PTR record that resolves back to it, or send over IPv4 only.</source>
        <translation>Attribuez à votre adresse IPv6 d'envoi un enregistrement PTR qui pointe de nouveau vers elle, ou envoyez uniquement en IPv4.</translation>
    </message>
    <message>
        <source>%1 passes over IPv6 but fails over IPv4: the IPv4 path or address is the problem (a block list entry, a missing PTR or a filter on one family).</source>
        <translation>%1 réussit en IPv6 mais échoue en IPv4 : le problème vient du chemin ou de l'adresse IPv4 (une inscription sur une liste de blocage, un PTR manquant ou un filtre sur une seule famille d'adresses).</translation>
    </message>
    <message>
        <source>Compare the IPv4 rows' replies with the IPv6 rows' in the matrix.</source>
        <translation>Comparez, dans la matrice, les réponses des lignes IPv4 avec celles des lignes IPv6.</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressValidation</name>
    <message>
        <source>Enter a full address, like user@example.com.</source>
        <translation>Saisissez une adresse complète, par exemple user@example.com.</translation>
    </message>
    <message>
        <source>The address contains a line break or a control character.</source>
        <translation>L'adresse contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>L'adresse dépasse 254 caractères.</translation>
    </message>
    <message>
        <source>Enter the address without angle brackets.</source>
        <translation>Saisissez l'adresse sans chevrons.</translation>
    </message>
    <message>
        <source>The address has no @: enter a full address, like user@example.com.</source>
        <translation>L'adresse n'a pas de @ : saisissez une adresse complète, par exemple user@example.com.</translation>
    </message>
    <message>
        <source>The address has nothing before the @.</source>
        <translation>L'adresse n'a rien avant le @.</translation>
    </message>
    <message>
        <source>The address has no domain after the @.</source>
        <translation>L'adresse n'a pas de domaine après le @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La partie avant le @ dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>L'adresse contient une espace.</translation>
    </message>
    <message>
        <source>The domain contains a space.</source>
        <translation>Le domaine contient une espace.</translation>
    </message>
    <message>
        <source>The address literal after the @ is not an IP address.</source>
        <translation>Le littéral d'adresse après le @ n'est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots, or a dot at the start or end).</source>
        <translation>Le domaine comporte une étiquette vide (deux points consécutifs, ou un point au début ou à la fin).</translation>
    </message>
    <message>
        <source>The domain is not a valid domain name.</source>
        <translation>Le domaine n'est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>Enter a server name or an IP address.</source>
        <translation>Saisissez un nom de serveur ou une adresse IP.</translation>
    </message>
    <message>
        <source>The server name contains a line break or a control character.</source>
        <translation>Le nom du serveur contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The server name contains a space.</source>
        <translation>Le nom du serveur contient une espace.</translation>
    </message>
    <message>
        <source>The server name is longer than 253 characters.</source>
        <translation>Le nom du serveur dépasse 253 caractères.</translation>
    </message>
    <message>
        <source>The server name is not a valid host name.</source>
        <translation>Le nom du serveur n'est pas un nom d'hôte valide.</translation>
    </message>
    <message>
        <source>%1 contains a line break or a control character.</source>
        <translation>%1 contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 is longer than 998 characters.</source>
        <translation>%1 dépasse 998 caractères.</translation>
    </message>
    <message>
        <source>A header needs a name.</source>
        <translation>Un en-tête doit avoir un nom.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII letters without spaces or colons.</source>
        <translation>Le nom d'en-tête « %1 » ne peut contenir que des caractères ASCII imprimables, sans espace ni deux-points.</translation>
    </message>
    <message>
        <source>A UNIX socket is written with its full path: unix:/run/dovecot/lmtp.</source>
        <translation>Un socket UNIX s'écrit avec son chemin complet : unix:/run/dovecot/lmtp.</translation>
    </message>
    <message>
        <source>The UNIX socket path is longer than 107 bytes.</source>
        <translation>Le chemin du socket UNIX dépasse 107 octets.</translation>
    </message>
</context>
<context>
    <name>mailflow::AllMxRunner</name>
    <message>
        <source>Testing every MX of %1 on port %2, up to %3 (%4 at a time).</source>
        <translation>Test de chaque MX de %1 sur le port %2, jusqu'à %3 (%4 à la fois).</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>=== MX %1 (preference %2), %3: %4</source>
        <translation>=== MX %1 (préférence %2), %3 : %4</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Matrice MX :</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Delivery rule (try in preference order, move on after a connection failure or a 4xx, stop at a 5xx):</source>
        <translation>Règle de remise (essayer dans l'ordre de préférence, passer au suivant après un échec de connexion ou un 4xx, s'arrêter à un 5xx) :</translation>
    </message>
    <message>
        <source>Delivery verdict: %1</source>
        <translation>Verdict de remise : %1</translation>
    </message>
    <message>
        <source>Attempts (the rows retried after a deliberate deferral):</source>
        <translation>Tentatives (les lignes réessayées après un report délibéré) :</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying %n row(s) once</source>
        <translation>
            <numerusform>Différé, pas en échec : nouvel essai de %n ligne</numerusform>
            <numerusform>Différé, pas en échec : nouvel essai de %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s.</source>
        <translation>
            <numerusform>dans %n s.</numerusform>
            <numerusform>dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistCheck</name>
    <message>
        <source>Block lists: your address</source>
        <translation>Listes de blocage : votre adresse</translation>
    </message>
    <message>
        <source>Your address is not looked up on the block lists: %1</source>
        <translation>Votre adresse n'est pas recherchée dans les listes de blocage : %1</translation>
    </message>
    <message>
        <source>not answered: the name %1</source>
        <translation>sans réponse : le nom %1</translation>
    </message>
    <message>
        <source>%1: your address %2</source>
        <translation>%1 : votre adresse %2</translation>
    </message>
    <message>
        <source>%1: the server's address %2</source>
        <translation>%1 : l'adresse du serveur %2</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 ne figure pas sur %2.</translation>
    </message>
    <message>
        <source>%1 did not answer for %2 (%3); this says nothing about a listing.</source>
        <translation>%1 n'a pas répondu pour %2 (%3) ; cela n'indique rien sur une inscription.</translation>
    </message>
    <message>
        <source>Find out why the address sent mail the list objects to (an infected computer, a compromised account, a misconfigured server) and stop it.</source>
        <translation>Trouvez pourquoi l'adresse a envoyé le courrier que la liste lui reproche (un ordinateur infecté, un compte compromis, un serveur mal configuré) et faites-le cesser.</translation>
    </message>
    <message>
        <source>Ask the list's operator for removal.</source>
        <translation>Demandez le retrait à l'opérateur de la liste.</translation>
    </message>
    <message>
        <source>Ask for removal at %1.</source>
        <translation>Demandez le retrait sur %1.</translation>
    </message>
    <message>
        <source>If the address belongs to your mail or internet provider, send through the provider's mail servers and ask the provider to act.</source>
        <translation>Si l'adresse appartient à votre fournisseur de messagerie ou d'accès à Internet, envoyez par les serveurs de messagerie du fournisseur et demandez-lui d'intervenir.</translation>
    </message>
    <message>
        <source>Your address %1 is listed on %2: %3. Servers that use this list refuse your mail.</source>
        <translation>Votre adresse %1 figure sur %2 : %3. Les serveurs qui utilisent cette liste refusent votre courrier.</translation>
    </message>
    <message>
        <source>Tell the administrator of the server; its own outgoing mail may be refused elsewhere.</source>
        <translation>Prévenez l'administrateur du serveur ; son propre courrier sortant risque d'être refusé ailleurs.</translation>
    </message>
    <message>
        <source>The server's address %1 is listed on %2: %3.</source>
        <translation>L'adresse du serveur %1 figure sur %2 : %3.</translation>
    </message>
    <message>
        <source>not answered within the check's time limit</source>
        <translation>pas de réponse dans le délai imparti à la vérification</translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistReading</name>
    <message>
        <source>not answered: the list does not know the query (a typo in the list's name or an unsupported query)</source>
        <translation>sans réponse : la liste ne connaît pas la requête (une faute de frappe dans le nom de la liste ou une requête non prise en charge)</translation>
    </message>
    <message>
        <source>not answered: the list refuses queries that come through a public or open DNS resolver; ask again through your own resolver</source>
        <translation>sans réponse : la liste refuse les requêtes qui passent par un résolveur DNS public ou ouvert ; réessayez via votre propre résolveur</translation>
    </message>
    <message>
        <source>not answered: the DNS resolver used made too many queries to the list</source>
        <translation>sans réponse : le résolveur DNS utilisé a envoyé trop de requêtes à la liste</translation>
    </message>
    <message>
        <source>not answered: the list returned an error code</source>
        <translation>sans réponse : la liste a renvoyé un code d'erreur</translation>
    </message>
    <message>
        <source>SBL: a known spam source or spam operation</source>
        <translation>SBL : une source ou une opération de spam connue</translation>
    </message>
    <message>
        <source>CSS: Spamhaus saw spam sent from this address (often a misconfigured or compromised server)</source>
        <translation>CSS : Spamhaus a vu du spam envoyé depuis cette adresse (souvent un serveur mal configuré ou compromis)</translation>
    </message>
    <message>
        <source>XBL: the address sent traffic of infected or hijacked machines (botnet, open proxy)</source>
        <translation>XBL : l'adresse a émis du trafic de machines infectées ou détournées (botnet, proxy ouvert)</translation>
    </message>
    <message>
        <source>DROP: the whole network is run by criminals or hijacked</source>
        <translation>DROP : l'ensemble du réseau est exploité par des criminels ou détourné</translation>
    </message>
    <message>
        <source>PBL (listed by the ISP): the provider says this address should not send mail directly, only through its mail servers</source>
        <translation>PBL (inscrit par le FAI) : le fournisseur indique que cette adresse ne doit pas envoyer de courrier directement, mais uniquement via ses serveurs de messagerie</translation>
    </message>
    <message>
        <source>PBL (listed by Spamhaus): an end-user address range that should not send mail directly</source>
        <translation>PBL (inscrit par Spamhaus) : une plage d'adresses d'utilisateurs finaux qui ne doit pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>SpamCop users reported spam from this address</source>
        <translation>Des utilisateurs de SpamCop ont signalé du spam provenant de cette adresse</translation>
    </message>
    <message>
        <source>Barracuda rates this address as a poor-reputation sender</source>
        <translation>Barracuda considère cette adresse comme un expéditeur de mauvaise réputation</translation>
    </message>
    <message>
        <source>listed (return code %1)</source>
        <translation>inscrite (code de retour %1)</translation>
    </message>
    <message>
        <source>listed with return code %1, which this list does not document</source>
        <translation>inscrite avec le code de retour %1, que cette liste ne documente pas</translation>
    </message>
    <message>
        <source>not answered: %1 is not a block list return code</source>
        <translation>sans réponse : %1 n'est pas un code de retour de liste de blocage</translation>
    </message>
    <message>
        <source>"%1" is not a block list zone name.</source>
        <translation>« %1 » n'est pas un nom de zone de liste de blocage.</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificateDecisionDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Continue for this test</source>
        <translation>&amp;Continuer pour ce test</translation>
    </message>
    <message>
        <source>The server's certificate failed verification</source>
        <translation>La vérification du certificat du serveur a échoué</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server's certificate could not be verified.&lt;/b&gt; Mail programs and servers that require TLS would refuse this connection. Stop the test, or continue for this one test only (the choice is written in the transcript).</source>
        <translation>&lt;b&gt;Le certificat du serveur n'a pas pu être vérifié.&lt;/b&gt; Les logiciels et serveurs de messagerie qui exigent TLS refuseraient cette connexion. Arrêtez le test, ou continuez pour ce test uniquement (le choix est consigné dans le journal).</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificatePanel</name>
    <message>
        <source>Verification failed:</source>
        <translation>Échec de la vérification :</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Le certificat a été vérifié.</translation>
    </message>
    <message>
        <source>No TLS handshake in this test yet.</source>
        <translation>Aucune négociation TLS dans ce test pour l'instant.</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS et certificat</translation>
    </message>
</context>
<context>
    <name>mailflow::CheckFindingText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Vérifications :</translation>
    </message>
</context>
<context>
    <name>mailflow::CheckRunner</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Port 25 depuis ce réseau</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relais ouvert</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 et IPv6</translation>
    </message>
    <message>
        <source>Unknown check "%1"; the checks are: %2.</source>
        <translation>Vérification « %1 » inconnue ; les vérifications sont : %2.</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s; the SMTP test did not wait for it.</source>
        <translation>La vérification ne s'est pas terminée en %1 s ; le test SMTP ne l'a pas attendue.</translation>
    </message>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Votre adresse telle que le serveur la voit</translation>
    </message>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>DNS inverse de votre adresse</translation>
    </message>
    <message>
        <source>DNS block lists</source>
        <translation>Listes de blocage DNS</translation>
    </message>
    <message>
        <source>SPF of the sender domain</source>
        <translation>SPF du domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>DMARC of the sender domain</source>
        <translation>DMARC du domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>MTA-STS of the recipient domain</source>
        <translation>MTA-STS du domaine du destinataire</translation>
    </message>
    <message>
        <source>TLS reporting of the recipient domain</source>
        <translation>Rapports TLS du domaine du destinataire</translation>
    </message>
</context>
<context>
    <name>mailflow::Checklist</name>
    <message>
        <source>DNS lookup</source>
        <translation>Recherche DNS</translation>
    </message>
    <message>
        <source>Connect and greeting</source>
        <translation>Connexion et accueil</translation>
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
        <translation>Négociation TLS</translation>
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
        <translation>Fin des données</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
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
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Select a row to see what it means.</source>
        <translation>Sélectionnez une ligne pour voir ce qu'elle signifie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liste de contrôle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Cause: %1 — who must act: %2</source>
        <translation>Cause : %1 — qui doit agir : %2</translation>
    </message>
    <message>
        <source>Deferred, not failed: retry later.</source>
        <translation>Différé, pas en échec : réessayez plus tard.</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::CliParser</name>
    <message>
        <source>Run only these checks around the conversation (comma-separated): %1.</source>
        <translation>N'exécuter que ces vérifications autour de la session (séparées par des virgules) : %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Run none of the checks around the conversation, only the SMTP test.</source>
        <translation>N'exécuter aucune des vérifications autour de la session, seulement le test SMTP.</translation>
    </message>
    <message>
        <source>Run every check around the conversation but these (comma-separated).</source>
        <translation>Exécuter toutes les vérifications autour de la session sauf celles-ci (séparées par des virgules).</translation>
    </message>
    <message>
        <source>After the envelope, try RCPT TO an outside recipient from an outside sender and warn if the server accepts it (an open relay); then RSET. Never sends a message.</source>
        <translation>Après l'enveloppe, essayer RCPT TO vers un destinataire externe depuis un expéditeur externe et avertir si le serveur l'accepte (relais ouvert) ; puis RSET. N'envoie jamais de message.</translation>
    </message>
    <message>
        <source>The outside sender of --relay-check (default %1).</source>
        <translation>L'expéditeur externe de --relay-check (par défaut %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The outside recipient of --relay-check (default %1).</source>
        <translation>Le destinataire externe de --relay-check (par défaut %1).</translation>
    </message>
    <message>
        <source>Give one of --checks, --no-checks and --skip-checks.</source>
        <translation>Indiquez une seule option parmi --checks, --no-checks et --skip-checks.</translation>
    </message>
    <message>
        <source>--checks: name at least one check (or use --no-checks).</source>
        <translation>--checks : nommez au moins une vérification (ou utilisez --no-checks).</translation>
    </message>
    <message>
        <source>saved the profile "%1" as %2</source>
        <translation>profil « %1 » enregistré sous %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique : %1</translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation>Aucune exécution conservée pour l'instant.</translation>
    </message>
    <message>
        <source>No run matches "%1".</source>
        <translation>Aucune exécution ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n exécution.</numerusform>
            <numerusform>%n exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the kept runs, newest first, instead of running a test; words after the options search the server, domain, recipients, profile, verdict and cause. With --format json, as JSON.</source>
        <translation>Lister les exécutions conservées, de la plus récente à la plus ancienne, au lieu de lancer un test ; les mots placés après les options sont recherchés dans le serveur, le domaine, les destinataires, le profil, le verdict et la cause. Avec --format json, en JSON.</translation>
    </message>
    <message>
        <source>Print the report of the kept run ID (--format json for JSON).</source>
        <translation>Afficher le rapport de l'exécution conservée ID (--format json pour du JSON).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--history lists runs and --history-show prints one: give one of them.</source>
        <translation>--history liste les exécutions et --history-show en affiche une : indiquez l'une des deux options.</translation>
    </message>
    <message>
        <source>--history-show: give the id of a run (see --history).</source>
        <translation>--history-show : indiquez l'id d'une exécution (voir --history).</translation>
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
        <translation>Codes de sortie :
  0  toutes les étapes ont réussi (un repli sur HELO seul est un avertissement, pas un échec)
  1  options ou saisie incorrectes : rien n'a été envoyé
  2  connexion impossible (hôte introuvable, refusée, injoignable)
 21  accueil refusé (421/554)     22  EHLO/HELO refusé
 23  MAIL FROM refusé             24  un destinataire refusé ou différé
 25  DATA refusé                  26  message refusé après le point final
 27  échec de QUIT                30  erreur de protocole (pas une réponse SMTP)
 31  délai dépassé à une étape quelconque
 32  DNS : le domaine n'existe pas, n'a pas de serveur de messagerie ou a un MX nul, ou le DNS a échoué
 34  différé volontairement (greylisting) : pas en échec, réessayez plus tard
</translation>
    </message>
    <message>
        <source>With --all-mx: 0 when some MX passed every step, else the code of the MX that got furthest.
</source>
        <translation>Avec --all-mx : 0 si un MX a réussi toutes les étapes, sinon le code du MX allé le plus loin.
</translation>
    </message>
    <message>
        <source>Tests an SMTP server step by step, like "telnet host 25" (Microsoft KB 153119):
connect, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, with a transcript and a checklist.

</source>
        <translation>Teste un serveur SMTP étape par étape, comme « telnet host 25 » (Microsoft KB 153119) :
connexion, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, avec un journal et une liste de contrôle.

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>The language of the messages: %1 (default: the system's).</source>
        <translation>La langue des messages : %1 (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>--lang: unknown language "%1"; choose one of %2.</source>
        <translation>--lang : langue « %1 » inconnue ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Security: off, optional (STARTTLS when offered), starttls (required) or implicit (TLS from the start). Default: implicit on port 465, starttls on 587, optional otherwise.</source>
        <translation>Sécurité : off (aucune), optional (STARTTLS s'il est proposé), starttls (obligatoire) ou implicit (TLS dès le début). Par défaut : implicit sur le port 465, starttls sur le 587, optional sinon.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Go on when the server's certificate fails verification (written in the transcript).</source>
        <translation>Continuer quand la vérification du certificat du serveur échoue (consigné dans le journal).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d'AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificat client (PEM) pour les serveurs qui en demandent un.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Clé privée (PEM) de --client-cert.</translation>
    </message>
    <message>
        <source>Log in (AUTH) after EHLO: auto (default: the strongest offered), plain, login, cram-md5, scram-sha-1, scram-sha-256, or with an access token xoauth2 or oauthbearer. Needs --auth-user.</source>
        <translation>S'authentifier (AUTH) après EHLO : auto (par défaut : le mécanisme le plus fort proposé), plain, login, cram-md5, scram-sha-1, scram-sha-256, ou avec un jeton d'accès xoauth2 ou oauthbearer. Nécessite --auth-user.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>User name for AUTH (implies --auth).</source>
        <translation>Nom d'utilisateur pour AUTH (implique --auth).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Read the AUTH password from the first line of this file. Otherwise it comes from $MAILFLOW_PASSWORD or a prompt; never from the command line.</source>
        <translation>Lire le mot de passe AUTH sur la première ligne de ce fichier. Sinon, il provient de $MAILFLOW_PASSWORD ou d'une invite ; jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>Allow sending the credentials over an unencrypted connection.</source>
        <translation>Autoriser l'envoi des identifiants sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source> 28  AUTH refused or not possible   29  STARTTLS or TLS failed (certificate, handshake)
</source>
        <translation> 28  AUTH refusé ou impossible     29  échec de STARTTLS ou de TLS (certificat, négociation)
</translation>
    </message>
    <message>
        <source>--tls: use off, optional, starttls or implicit.</source>
        <translation>--tls : utilisez off, optional, starttls ou implicit.</translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together.</source>
        <translation>--client-cert et --client-key vont ensemble.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <source>--ca-file, --client-cert and --no-tls-verify need TLS (not --tls off).</source>
        <translation>--ca-file, --client-cert et --no-tls-verify nécessitent TLS (pas --tls off).</translation>
    </message>
    <message>
        <source>--auth: use auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer.</source>
        <translation>--auth : utilisez auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>--auth needs --auth-user (the user name to log in with).</source>
        <translation>--auth nécessite --auth-user (le nom d'utilisateur pour l'authentification).</translation>
    </message>
    <message>
        <source>--auth-password-file and --auth-allow-plaintext need --auth-user.</source>
        <translation>--auth-password-file et --auth-allow-plaintext nécessitent --auth-user.</translation>
    </message>
    <message>
        <source>--quit-after auth needs --auth-user.</source>
        <translation>--quit-after auth nécessite --auth-user.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1 : impossible de lire %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1 : %2 est vide.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>AUTH needs a password: give --auth-password-file FILE or set MAILFLOW_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>AUTH nécessite un mot de passe : indiquez --auth-password-file FICHIER ou définissez MAILFLOW_PASSWORD, ou lancez la commande dans un terminal pour qu'il vous soit demandé (il n'est jamais lu sur la ligne de commande).</translation>
    </message>
    <message>
        <source>--server: missing ] after the IPv6 address.</source>
        <translation>--server : ] manquant après l'adresse IPv6.</translation>
    </message>
    <message>
        <source>--server: expected :PORT after ].</source>
        <translation>--server : :PORT attendu après ].</translation>
    </message>
    <message>
        <source>--server: the port must be a number from 1 to 65535.</source>
        <translation>--server : le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Port (default 25).</source>
        <translation>Port (par défaut 25).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Name to send with EHLO/HELO.</source>
        <translation>Nom à envoyer avec EHLO/HELO.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Envelope sender for MAIL FROM; "" or "&lt;&gt;" for the null sender.</source>
        <translation>Expéditeur d'enveloppe pour MAIL FROM ; "" ou "&lt;&gt;" pour l'expéditeur nul.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Recipient for RCPT TO; repeat it or separate with commas.</source>
        <translation>Destinataire pour RCPT TO ; répétez l'option ou séparez par des virgules.</translation>
    </message>
    <message>
        <source>DSN NOTIFY= for every recipient: SUCCESS,FAILURE,DELAY or NEVER.</source>
        <translation>DSN NOTIFY= pour chaque destinataire : SUCCESS,FAILURE,DELAY ou NEVER.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>DSN ORCPT= original recipient.</source>
        <translation>DSN ORCPT= destinataire d'origine.</translation>
    </message>
    <message>
        <source>DSN RET=: full or hdrs.</source>
        <translation>DSN RET= : full ou hdrs.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>quoi</translation>
    </message>
    <message>
        <source>DSN ENVID= envelope id.</source>
        <translation>DSN ENVID= identifiant d'enveloppe.</translation>
    </message>
    <message>
        <source>auto: send DSN parameters only when the server advertises DSN (default); force: always, as KB 153119 types them.</source>
        <translation>auto : n'envoyer les paramètres DSN que si le serveur annonce DSN (par défaut) ; force : toujours, tels que KB 153119 les saisit.</translation>
    </message>
    <message>
        <source>An extra header "Name: value"; repeatable.</source>
        <translation>Un en-tête supplémentaire « Nom: valeur » ; répétable.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Objet du message de test.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage.</source>
        <translation>Secondes d'attente à chaque étape.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --%1.</source>
        <translation>--profile lance le test enregistré dans le profil : omettez --%1.</translation>
    </message>
    <message>
        <source>--server is required (the host to test), or --mx DOMAIN to find it in DNS.</source>
        <translation>--server est obligatoire (l'hôte à tester), ou --mx DOMAINE pour le trouver dans le DNS.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server : %1</translation>
    </message>
    <message>
        <source>--ehlo: give one name without spaces.</source>
        <translation>--ehlo : indiquez un seul nom, sans espace.</translation>
    </message>
    <message>
        <source>--timeout: give seconds, from 0.1 to 3600.</source>
        <translation>--timeout : indiquez un nombre de secondes, de 0.1 à 3600.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from : %1</translation>
    </message>
    <message>
        <source>--from is required (the envelope sender; "&lt;&gt;" for the null sender).</source>
        <translation>--from est obligatoire (l'expéditeur d'enveloppe ; "&lt;&gt;" pour l'expéditeur nul).</translation>
    </message>
    <message>
        <source>--notify: %1</source>
        <translation>--notify : %1</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1 : %2</translation>
    </message>
    <message>
        <source>--to is required (at least one recipient).</source>
        <translation>--to est obligatoire (au moins un destinataire).</translation>
    </message>
    <message>
        <source>--orcpt: %1</source>
        <translation>--orcpt : %1</translation>
    </message>
    <message>
        <source>--ret: use full or hdrs.</source>
        <translation>--ret : utilisez full ou hdrs.</translation>
    </message>
    <message>
        <source>--dsn: use auto or force.</source>
        <translation>--dsn : utilisez auto ou force.</translation>
    </message>
    <message>
        <source>--header: write it as "Name: value".</source>
        <translation>--header : écrivez-le sous la forme « Nom: valeur ».</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>L'en-tête %1</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header : %1</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a body from standard input: give --body TEXT or --body @FILE.</source>
        <translation>--save-profile ne peut pas conserver un corps lu sur l'entrée standard : indiquez --body TEXTE ou --body @FICHIER.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Also write the report to FILE: .txt, .html, .json or .pdf by its extension. With several profiles, each report gets the profile name before the extension.</source>
        <translation>Écrire aussi le rapport dans FICHIER : .txt, .html, .json ou .pdf selon l'extension. Avec plusieurs profils, chaque rapport reçoit le nom du profil avant l'extension.</translation>
    </message>
    <message>
        <source>Run a saved profile: a NAME from the profiles folder, a FILE, or a FOLDER of profiles; repeatable. Several profiles end with a summary table and the worst exit code.</source>
        <translation>Lancer un profil enregistré : un NOM du dossier des profils, un FICHIER ou un DOSSIER de profils ; répétable. Plusieurs profils se terminent par un tableau récapitulatif et le code de sortie le plus grave.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Keep this test (server or --mx domain, envelope, message and the other test options; never the password) as the profile NAME, replacing one of that name, then run it. Rerun it later with --profile NAME.</source>
        <translation>Conserver ce test (serveur ou domaine --mx, enveloppe, message et autres options du test ; jamais le mot de passe) comme profil NOM, en remplaçant celui qui porte ce nom, puis le lancer. Relancez-le ensuite avec --profile NOM.</translation>
    </message>
    <message>
        <source>Mask for sharing outside the company: addresses, hosts or all (pseudonyms such as user1@domain1.example). Credentials are always masked.</source>
        <translation>Masquer pour un partage hors de l'entreprise : addresses, hosts ou all (pseudonymes tels que user1@domain1.example). Les identifiants sont toujours masqués.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>Ne pas conserver cette exécution dans l'historique.</translation>
    </message>
    <message>
        <source>--save: end the file name with .txt, .html, .json or .pdf.</source>
        <translation>--save : terminez le nom du fichier par .txt, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>--save-profile keeps the options of this command line: leave out --profile.</source>
        <translation>--save-profile conserve les options de cette ligne de commande : omettez --profile.</translation>
    </message>
    <message>
        <source>give the profile a name.</source>
        <translation>donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>--save-profile: %1</source>
        <translation>--save-profile : %1</translation>
    </message>
    <message>
        <source>--redact: use addresses, hosts or all.</source>
        <translation>--redact : utilisez addresses, hosts ou all.</translation>
    </message>
    <message>
        <source>--format: use text or json.</source>
        <translation>--format : utilisez text ou json.</translation>
    </message>
    <message>
        <source>Runs are kept in the history folder; --format json adds "compare": what changed since the previous run of the same profile.
</source>
        <translation>Les exécutions sont conservées dans le dossier de l'historique ; --format json ajoute "compare" : ce qui a changé depuis l'exécution précédente du même profil.
</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2.0 access token in the first line of this file (XOAUTH2 or OAUTHBEARER). Otherwise it comes from $MAILFLOW_TOKEN or a prompt; never from the command line.</source>
        <translation>S'authentifier avec le jeton d'accès OAuth 2.0 lu sur la première ligne de ce fichier (XOAUTH2 ou OAUTHBEARER). Sinon, il provient de $MAILFLOW_TOKEN ou d'une invite ; jamais de la ligne de commande.</translation>
    </message>
    <message>
        <source>With --auth login, send the user name with the command (AUTH LOGIN dXNlcg==).</source>
        <translation>Avec --auth login, envoyer le nom d'utilisateur avec la commande (AUTH LOGIN dXNlcg==).</translation>
    </message>
    <message>
        <source>--auth-token-file and --auth-login-initial-response need --auth-user.</source>
        <translation>--auth-token-file et --auth-login-initial-response nécessitent --auth-user.</translation>
    </message>
    <message>
        <source>Give --auth-token-file or --auth-password-file, not both.</source>
        <translation>Indiquez --auth-token-file ou --auth-password-file, pas les deux.</translation>
    </message>
    <message>
        <source>--auth-token-file needs --auth auto, xoauth2 or oauthbearer.</source>
        <translation>--auth-token-file nécessite --auth auto, xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>--auth-login-initial-response needs --auth login.</source>
        <translation>--auth-login-initial-response nécessite --auth login.</translation>
    </message>
    <message>
        <source>Access token for %1: </source>
        <translation>Jeton d'accès pour %1 : </translation>
    </message>
    <message>
        <source>The OAuth login needs an access token: give --auth-token-file FILE or set MAILFLOW_TOKEN, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>L'authentification OAuth nécessite un jeton d'accès : indiquez --auth-token-file FICHIER ou définissez MAILFLOW_TOKEN, ou lancez la commande dans un terminal pour qu'il vous soit demandé (il n'est jamais lu sur la ligne de commande).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>When the server offers PIPELINING, send MAIL FROM, the RCPT TOs and DATA in one write and judge each reply in order.</source>
        <translation>Quand le serveur propose PIPELINING, envoyer MAIL FROM, les RCPT TO et DATA en une seule écriture et évaluer chaque réponse dans l'ordre.</translation>
    </message>
    <message>
        <source>--drop-after and --quit-after both say where to stop: give one of them.</source>
        <translation>--drop-after et --quit-after indiquent tous deux où s'arrêter : indiquez l'une des deux options.</translation>
    </message>
    <message>
        <source>When the server defers the test on purpose (greylisting), wait SECONDS (default: the interval the server asks for, else %1 s), run it once more and report both attempts.</source>
        <translation>Quand le serveur diffère volontairement le test (greylisting), attendre SECONDES (par défaut : l'intervalle demandé par le serveur, sinon %1 s), le relancer une fois et rendre compte des deux tentatives.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--retry-deferred: give a number of seconds from 0 to %1, not "%2".</source>
        <translation>--retry-deferred : indiquez un nombre de secondes de 0 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>With several profiles: run at most N at a time (default 4; 1 runs them one after another). The output and the summary keep the profiles' order.</source>
        <translation>Avec plusieurs profils : en lancer au plus N à la fois (4 par défaut ; 1 les lance l'un après l'autre). La sortie et le récapitulatif respectent l'ordre des profils.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Run the one --profile again every MINUTES (fractions allowed, e.g. 0.5), one line per run, until --until says to stop.</source>
        <translation>Relancer l'unique --profile toutes les MINUTES (fractions autorisées, p. ex. 0.5), une ligne par exécution, jusqu'à ce que --until indique de s'arrêter.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>With --watch: stop when the result changes (changes, the default), when a run passes (passes), or after HOURS (fractions allowed); repeatable: the first that happens stops.</source>
        <translation>Avec --watch : s'arrêter quand le résultat change (changes, par défaut), quand une exécution réussit (passes) ou au bout de HEURES (fractions autorisées) ; répétable : la première condition remplie arrête.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>--jobs: give a number from 1 to 64.</source>
        <translation>--jobs : indiquez un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--until goes with --watch.</source>
        <translation>--until va avec --watch.</translation>
    </message>
    <message>
        <source>--watch: give the minutes between runs, more than 0 and at most a week.</source>
        <translation>--watch : indiquez les minutes entre deux exécutions, plus de 0 et au plus une semaine.</translation>
    </message>
    <message>
        <source>--watch reruns one saved test: give exactly one --profile NAME.</source>
        <translation>--watch relance un seul test enregistré : indiquez exactement un --profile NOM.</translation>
    </message>
    <message>
        <source>--until: use passes, changes or a number of hours.</source>
        <translation>--until : utilisez passes, changes ou un nombre d'heures.</translation>
    </message>
    <message>
        <source>With --watch: 0 when a run passed (--until passes), %1 when the result changed (--until changes), else at the time limit the last run's code.
</source>
        <translation>Avec --watch : 0 quand une exécution a réussi (--until passes), %1 quand le résultat a changé (--until changes), sinon, à la limite de temps, le code de la dernière exécution.
</translation>
    </message>
    <message>
        <source>The DNS block list zones to look your address up on (comma-separated; default %1).</source>
        <translation>Les zones de listes de blocage DNS où rechercher votre adresse (séparées par des virgules ; par défaut %1).</translation>
    </message>
    <message>
        <source>ZONES</source>
        <translation>ZONES</translation>
    </message>
    <message>
        <source>--blocklists: %1</source>
        <translation>--blocklists : %1</translation>
    </message>
    <message>
        <source>Send the message with BDAT chunks instead of DATA: auto (when the server offers CHUNKING), force (even when it does not) or off (default). With BDAT nothing is dot-stuffed, and BODY=BINARYMIME is declared for 8-bit content when the server offers it.</source>
        <translation>Envoyer le message en blocs BDAT au lieu de DATA : auto (quand le serveur propose CHUNKING), force (même s'il ne le propose pas) ou off (par défaut). Avec BDAT, aucun point n'est doublé, et BODY=BINARYMIME est déclaré pour un contenu 8 bits quand le serveur le propose.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Bytes in each BDAT chunk but the last (a number, or with k or M); default: the whole message up to 1 MiB in one chunk, else chunks of 1 MiB.</source>
        <translation>Octets de chaque bloc BDAT sauf le dernier (un nombre, ou avec k ou M) ; par défaut : le message entier en un seul bloc jusqu'à 1 Mio, sinon des blocs de 1 Mio.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>--bdat: use auto, force or off.</source>
        <translation>--bdat : utilisez auto, force ou off.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size: give a number of bytes from 1 to 1G, such as 65536, 64k or 1M.</source>
        <translation>--bdat-chunk-size : indiquez un nombre d'octets de 1 à 1G, par exemple 65536, 64k ou 1M.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size needs --bdat auto or --bdat force.</source>
        <translation>--bdat-chunk-size nécessite --bdat auto ou --bdat force.</translation>
    </message>
    <message>
        <source>The server: HOST, HOST:PORT, [IPv6]:PORT, or unix:PATH for a UNIX socket.</source>
        <translation>Le serveur : HÔTE, HÔTE:PORT, [IPv6]:PORT, ou unix:CHEMIN pour un socket UNIX.</translation>
    </message>
    <message>
        <source>Message body: TEXT, @FILE, or - for standard input. These tokens are replaced in the body and headers: %1 (%NEWLINE% in the body only).</source>
        <translation>Corps du message : TEXTE, @FICHIER, ou - pour l'entrée standard. Ces jetons sont remplacés dans le corps et les en-têtes : %1 (%NEWLINE% dans le corps seulement).</translation>
    </message>
    <message>
        <source>The body is a complete message with its own headers: send it as is (with --body @FILE the same as --data FILE).</source>
        <translation>Le corps est un message complet avec ses propres en-têtes : l'envoyer tel quel (avec --body @FICHIER, équivaut à --data FICHIER).</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv4 addresses.</source>
        <translation>Se connecter uniquement aux adresses IPv4 du serveur.</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv6 addresses.</source>
        <translation>Se connecter uniquement aux adresses IPv6 du serveur.</translation>
    </message>
    <message>
        <source>Connect from this address of this computer: ADDR, ADDR:PORT, [IPv6]:PORT.</source>
        <translation>Se connecter depuis cette adresse de cet ordinateur : ADRESSE, ADRESSE:PORT, [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Connect through this SOCKS5 proxy (HOST:PORT); the proxy resolves the server's name.</source>
        <translation>Se connecter via ce proxy SOCKS5 (HÔTE:PORT) ; le proxy résout le nom du serveur.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Log in to the SOCKS5 proxy as this user.</source>
        <translation>S'authentifier auprès du proxy SOCKS5 avec cet utilisateur.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy's password, in the first line of this file. Otherwise it comes from $MAILFLOW_SOCKS5_PASSWORD or a prompt; never from the command line.</source>
        <translation>Le mot de passe du proxy SOCKS5, en première ligne de ce fichier. Sinon, il est lu dans $MAILFLOW_SOCKS5_PASSWORD ou demandé à l'invite ; jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Give -4 or -6, not both.</source>
        <translation>Indiquez -4 ou -6, pas les deux.</translation>
    </message>
    <message>
        <source>--local-address: give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>--local-address : indiquez une adresse IP de cet ordinateur, éventuellement suivie de :PORT (1 à 65535).</translation>
    </message>
    <message>
        <source>--local-address: %1 is not an address of this computer.</source>
        <translation>--local-address : %1 n'est pas une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>--local-address %1 is not of the family -4/-6 asks for.</source>
        <translation>--local-address %1 n'est pas de la famille d'adresses demandée par -4/-6.</translation>
    </message>
    <message>
        <source>--socks5-user and --socks5-password-file need --socks5 HOST:PORT.</source>
        <translation>--socks5-user et --socks5-password-file nécessitent --socks5 HÔTE:PORT.</translation>
    </message>
    <message>
        <source>-4 and -6 choose among the server's addresses: with --socks5 the proxy resolves the name.</source>
        <translation>-4 et -6 choisissent parmi les adresses du serveur : avec --socks5, c'est le proxy qui résout le nom.</translation>
    </message>
    <message>
        <source>--socks5: give HOST:PORT, the port from 1 to 65535.</source>
        <translation>--socks5 : indiquez HÔTE:PORT, avec un port de 1 à 65535.</translation>
    </message>
    <message>
        <source>--socks5: %1</source>
        <translation>--socks5 : %1</translation>
    </message>
    <message>
        <source>--socks5-user: at most 255 bytes.</source>
        <translation>--socks5-user : 255 octets au maximum.</translation>
    </message>
    <message>
        <source>--socks5-password-file needs --socks5-user.</source>
        <translation>--socks5-password-file nécessite --socks5-user.</translation>
    </message>
    <message>
        <source>SOCKS5 password for %1: </source>
        <translation>Mot de passe SOCKS5 pour %1 : </translation>
    </message>
    <message>
        <source>The SOCKS5 login needs a password: give --socks5-password-file FILE or set MAILFLOW_SOCKS5_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>L'authentification SOCKS5 nécessite un mot de passe : indiquez --socks5-password-file FICHIER ou définissez MAILFLOW_SOCKS5_PASSWORD, ou lancez la commande dans un terminal pour qu'il vous soit demandé (il n'est jamais lu sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Speak LMTP to a delivery agent (Dovecot, Cyrus): LHLO instead of EHLO, and after the message one reply for each accepted recipient, each judged on its own.</source>
        <translation>Parler LMTP à un agent de distribution (Dovecot, Cyrus) : LHLO au lieu de EHLO et, après le message, une réponse pour chaque destinataire accepté, chacune évaluée séparément.</translation>
    </message>
    <message>
        <source>Connect to this UNIX socket instead of a host and port (the same as --server unix:PATH).</source>
        <translation>Se connecter à ce socket UNIX au lieu d'un hôte et d'un port (équivaut à --server unix:CHEMIN).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>--socket and --server both say where to connect: give one of them.</source>
        <translation>--socket et --server indiquent tous deux où se connecter : n'en donnez qu'un.</translation>
    </message>
    <message>
        <source>--socket: %1</source>
        <translation>--socket : %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c'est un dossier</translation>
    </message>
    <message>
        <source>Send this file as an attachment after the text (MIME, base64); repeatable.</source>
        <translation>Envoyer ce fichier en pièce jointe après le texte (MIME, base64) ; répétable.</translation>
    </message>
    <message>
        <source>Send this file (- for standard input) as the complete message, with its own headers (--body @FILE --raw-message does the same).</source>
        <translation>Envoyer ce fichier (- pour l'entrée standard) comme message complet, avec ses propres en-têtes (--body @FICHIER --raw-message fait de même).</translation>
    </message>
    <message>
        <source>Give --data or --body, not both.</source>
        <translation>Indiquez --data ou --body, pas les deux.</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a message from standard input: give --data FILE.</source>
        <translation>--save-profile ne peut pas conserver un message lu sur l'entrée standard : indiquez --data FICHIER.</translation>
    </message>
    <message>
        <source>--data: cannot read %1: %2</source>
        <translation>--data : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--attach cannot add to a complete message (--data or --raw-message).</source>
        <translation>--attach ne peut rien ajouter à un message complet (--data ou --raw-message).</translation>
    </message>
    <message>
        <source>--attach: cannot read %1: %2</source>
        <translation>--attach : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>--%1: give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>--%1 : indiquez une adresse IP et un port, ADRESSE:PORT ou [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Send a PROXY protocol header (v1 text or v2 binary, as haproxy does) right after connecting, for a server behind a load balancer.</source>
        <translation>Envoyer un en-tête du protocole PROXY (v1 texte ou v2 binaire, comme le fait haproxy) juste après la connexion, pour un serveur placé derrière un répartiteur de charge.</translation>
    </message>
    <message>
        <source>v1|v2</source>
        <translation>v1|v2</translation>
    </message>
    <message>
        <source>The client the PROXY header names (default: this computer's address and port).</source>
        <translation>Le client indiqué dans l'en-tête PROXY (par défaut : l'adresse et le port de cet ordinateur).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>The server address the PROXY header names (default: the address connected to).</source>
        <translation>L'adresse du serveur indiquée dans l'en-tête PROXY (par défaut : l'adresse à laquelle le test se connecte).</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest need --proxy-protocol v1 or v2.</source>
        <translation>--proxy-source et --proxy-dest nécessitent --proxy-protocol v1 ou v2.</translation>
    </message>
    <message>
        <source>--proxy-protocol: use v1 or v2.</source>
        <translation>--proxy-protocol : utilisez v1 ou v2.</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest must be of one family (both IPv4 or both IPv6).</source>
        <translation>--proxy-source et --proxy-dest doivent être de la même famille d'adresses (toutes deux IPv4 ou toutes deux IPv6).</translation>
    </message>
    <message>
        <source>--proxy-protocol is for TCP connections, not a UNIX socket.</source>
        <translation>--proxy-protocol s'applique aux connexions TCP, pas à un socket UNIX.</translation>
    </message>
    <message>
        <source>NAME=VALUE,…</source>
        <translation>NOM=VALEUR,…</translation>
    </message>
    <message>
        <source>--xclient: %1</source>
        <translation>--xclient : %1</translation>
    </message>
    <message>
        <source>--xclient is sent after EHLO and AUTH, just before MAIL FROM: a test that stops after connect, ehlo or auth never reaches it.</source>
        <translation>--xclient est envoyé après EHLO et AUTH, juste avant MAIL FROM : un test qui s'arrête après connect, ehlo ou auth ne l'atteint jamais.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH; when it does not, or refuses the login, go on without logging in.</source>
        <translation>S'authentifier si le serveur propose AUTH ; s'il ne le propose pas, ou s'il refuse l'authentification, continuer sans s'authentifier.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH (a refused login fails the test); go on without when it does not offer it.</source>
        <translation>S'authentifier si le serveur propose AUTH (une authentification refusée fait échouer le test) ; continuer sans s'il ne le propose pas.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict exclude each other.</source>
        <translation>--auth-optional et --auth-optional-strict s'excluent mutuellement.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict need --auth-user.</source>
        <translation>--auth-optional et --auth-optional-strict nécessitent --auth-user.</translation>
    </message>
    <message>
        <source>Stop after this stage and QUIT: connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>S'arrêter après cette étape et envoyer QUIT : connect, ehlo, auth, xclient, mail, rcpt ou data.</translation>
    </message>
    <message>
        <source>--quit-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--quit-after : utilisez connect, ehlo, auth, xclient, mail, rcpt ou data.</translation>
    </message>
    <message>
        <source>Print the message that would be sent (headers, body, attachments, tokens filled) and exit without connecting.</source>
        <translation>Afficher le message qui serait envoyé (en-têtes, corps, pièces jointes, jetons remplacés) et quitter sans se connecter.</translation>
    </message>
    <message>
        <source>Stop after STAGE (connect, ehlo, auth, xclient, mail, rcpt or data) and close the connection without QUIT, as a broken client would.</source>
        <translation>S'arrêter après ÉTAPE (connect, ehlo, auth, xclient, mail, rcpt ou data) et fermer la connexion sans QUIT, comme le ferait un client défaillant.</translation>
    </message>
    <message>
        <source>--drop-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--drop-after : utilisez connect, ehlo, auth, xclient, mail, rcpt ou data.</translation>
    </message>
    <message>
        <source>TLS versions the handshake may use: tlsv1_2, tlsv1_2+ (1.2 or later), tlsv1_3 or any (default).</source>
        <translation>Versions TLS autorisées pour la négociation : tlsv1_2, tlsv1_2+ (1.2 ou ultérieure), tlsv1_3 ou any (par défaut).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Offer only these ciphers (OpenSSL names separated by ':', e.g. ECDHE-RSA-AES128-GCM-SHA256).</source>
        <translation>Ne proposer que ces suites de chiffrement (noms OpenSSL séparés par « : », p. ex. ECDHE-RSA-AES128-GCM-SHA256).</translation>
    </message>
    <message>
        <source>Send this name as SNI and check the certificate against it, instead of the server's host name.</source>
        <translation>Envoyer ce nom comme SNI et vérifier le certificat par rapport à lui, au lieu du nom d'hôte du serveur.</translation>
    </message>
    <message>
        <source>Write the certificate chain the server sent to FILE (PEM).</source>
        <translation>Écrire dans FICHIER la chaîne de certificats envoyée par le serveur (PEM).</translation>
    </message>
    <message>
        <source>--tls-protocol: use %1.</source>
        <translation>--tls-protocol : utilisez %1.</translation>
    </message>
    <message>
        <source>--tls-cipher: unknown cipher name: %1 (see openssl ciphers -s).</source>
        <translation>--tls-cipher : nom de suite de chiffrement inconnu : %1 (voir openssl ciphers -s).</translation>
    </message>
    <message>
        <source>--tls-sni: "%1" is not a host name.</source>
        <translation>--tls-sni : « %1 » n'est pas un nom d'hôte.</translation>
    </message>
    <message>
        <source>--tls-protocol, --tls-cipher, --tls-sni and --tls-peer-cert need TLS (not --tls off).</source>
        <translation>--tls-protocol, --tls-cipher, --tls-sni et --tls-peer-cert nécessitent TLS (pas --tls off).</translation>
    </message>
    <message>
        <source>After EHLO, send postfix's XCLIENT with these attributes (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT), then EHLO again; repeatable; ";" starts another XCLIENT command.</source>
        <translation>Après EHLO, envoyer la commande XCLIENT de postfix avec ces attributs (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT), puis de nouveau EHLO ; répétable ; « ; » commence une autre commande XCLIENT.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered or is refused, go on without it.</source>
        <translation>Si XCLIENT n'est pas proposé ou est refusé, continuer sans.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered, go on without it; a refusal still fails the test.</source>
        <translation>Si XCLIENT n'est pas proposé, continuer sans ; un refus fait tout de même échouer le test.</translation>
    </message>
    <message>
        <source>Send the XCLIENT attributes even when the server's XCLIENT line does not list them.</source>
        <translation>Envoyer les attributs XCLIENT même si la ligne XCLIENT du serveur ne les mentionne pas.</translation>
    </message>
    <message>
        <source>Send XCLIENT right after the first EHLO, before STARTTLS and AUTH.</source>
        <translation>Envoyer XCLIENT juste après le premier EHLO, avant STARTTLS et AUTH.</translation>
    </message>
    <message>
        <source>A test that stops after XCLIENT needs --xclient.</source>
        <translation>Un test qui s'arrête après XCLIENT nécessite --xclient.</translation>
    </message>
    <message>
        <source>--%1 needs --xclient.</source>
        <translation>--%1 nécessite --xclient.</translation>
    </message>
    <message>
        <source>Give --xclient-optional or --xclient-optional-strict, not both.</source>
        <translation>Indiquez --xclient-optional ou --xclient-optional-strict, pas les deux.</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPdf</name>
    <message>
        <source>cannot load the PDF writer (%1): %2</source>
        <translation>impossible de charger le générateur PDF (%1) : %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPracticeOptions</name>
    <message>
        <source>Practice on the built-in server: run the test against SCENARIO (no --server needed); "list" prints the scenarios.</source>
        <translation>S'entraîner sur le serveur intégré : lancer le test contre SCÉNARIO (--server inutile) ; « list » affiche les scénarios.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Run the built-in practice server with SCENARIO until interrupted, for telnet, swaks or a mail client.</source>
        <translation>Lancer le serveur d'entraînement intégré avec SCÉNARIO jusqu'à interruption, pour telnet, swaks ou un client de messagerie.</translation>
    </message>
    <message>
        <source>With --serve-practice: the loopback address and port to listen on (default 127.0.0.1:2525).</source>
        <translation>Avec --serve-practice : l'adresse de bouclage et le port d'écoute (par défaut 127.0.0.1:2525).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>adresse:port</translation>
    </message>
    <message>
        <source>With --serve-practice: how many messages the server accepts before a rate limit's 421 (the rate-limited scenario; default %1).</source>
        <translation>Avec --serve-practice : combien de messages le serveur accepte avant le 421 d'une limite de débit (scénario rate-limited ; par défaut %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Give --practice or --serve-practice, not both.</source>
        <translation>Indiquez --practice ou --serve-practice, pas les deux.</translation>
    </message>
    <message>
        <source>--listen goes with --serve-practice.</source>
        <translation>--listen va avec --serve-practice.</translation>
    </message>
    <message>
        <source>--practice-limit goes with --serve-practice.</source>
        <translation>--practice-limit va avec --serve-practice.</translation>
    </message>
    <message>
        <source>Practice mode tests the built-in server: leave out --server, --mx, --all-mx and --profile.</source>
        <translation>Le mode entraînement teste le serveur intégré : omettez --server, --mx, --all-mx et --profile.</translation>
    </message>
    <message>
        <source>--listen: the practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>--listen : le serveur d'entraînement n'écoute que sur une adresse de bouclage (127.0.0.1 ou ::1), pas sur %1.</translation>
    </message>
    <message>
        <source>--listen: the port must be a number from 0 to 65535.</source>
        <translation>--listen : le port doit être un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--practice-limit: give a number of messages, 0 or more.</source>
        <translation>--practice-limit : indiquez un nombre de messages, 0 ou plus.</translation>
    </message>
    <message>
        <source>there is no practice scenario "%1". The scenarios are:</source>
        <translation>il n'existe pas de scénario d'entraînement « %1 ». Les scénarios sont :</translation>
    </message>
    <message>
        <source>practice scenario %1: %2</source>
        <translation>scénario d'entraînement %1 : %2</translation>
    </message>
    <message>
        <source>The delivery status notification the server sends back to %1:</source>
        <translation>L'avis d'état de remise (DSN) que le serveur renvoie à %1 :</translation>
    </message>
    <message>
        <source>Practice server "%1" (%2) listening on %3.
Account for AUTH: %4 / %5. Press Ctrl+C to stop.
</source>
        <translation>Serveur d'entraînement « %1 » (%2) à l'écoute sur %3.
Compte pour AUTH : %4 / %5. Appuyez sur Ctrl+C pour arrêter.
</translation>
    </message>
    <message numerus="yes">
        <source>It accepts %n message(s) in this session, then answers 421.
</source>
        <translation>
            <numerusform>Il accepte %n message dans cette session, puis répond 421.
</numerusform>
            <numerusform>Il accepte %n messages dans cette session, puis répond 421.
</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted %1 from &lt;%2&gt; to %3 (%4 bytes)
</source>
        <translation>accepté %1 de &lt;%2&gt; pour %3 (%4 octets)
</translation>
    </message>
</context>
<context>
    <name>mailflow::CliRunner</name>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnostic :</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Qui doit agir :</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>Deferred:</source>
        <translation>Différé :</translation>
    </message>
    <message numerus="yes">
        <source>not failed; the server asks to retry after %n s</source>
        <translation>
            <numerusform>pas en échec ; le serveur demande de réessayer après %n s</numerusform>
            <numerusform>pas en échec ; le serveur demande de réessayer après %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed; retry later</source>
        <translation>pas en échec ; réessayez plus tard</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>thin: the server gives no reason; this rests on the reply code alone</source>
        <translation>faibles : le serveur ne donne aucune raison ; ceci repose uniquement sur le code de réponse</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <source>Provider tag:</source>
        <translation>Étiquette du fournisseur :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes :</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>DIFFÉRÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Hint: --ca-file FILE trusts a private CA; --no-tls-verify goes on despite the certificate for this one test.</source>
        <translation>Astuce : --ca-file FICHIER fait confiance à une AC privée ; --no-tls-verify continue malgré le certificat pour ce seul test.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying once in %n s.</source>
        <translation>
            <numerusform>Différé, pas en échec : nouvel essai dans %n s.</numerusform>
            <numerusform>Différé, pas en échec : nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Tentatives :</translation>
    </message>
    <message>
        <source>No previous run of the profile "%1" to compare with.</source>
        <translation>Aucune exécution précédente du profil « %1 » à laquelle comparer.</translation>
    </message>
    <message>
        <source>Since the previous run:</source>
        <translation>Depuis l'exécution précédente :</translation>
    </message>
    <message>
        <source>the server sent no certificate.</source>
        <translation>le serveur n'a envoyé aucun certificat.</translation>
    </message>
</context>
<context>
    <name>mailflow::ClientReverseDnsCheck</name>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>DNS inverse de votre adresse</translation>
    </message>
    <message>
        <source>Your reverse DNS is not checked: %1</source>
        <translation>Votre DNS inverse n'est pas vérifié : %1</translation>
    </message>
    <message>
        <source>Reverse DNS of your address %1</source>
        <translation>DNS inverse de votre adresse %1</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your internet or hosting provider) to set a PTR record naming your mail server, and an A/AAAA record of that name pointing back to %1.</source>
        <translation>Demandez au propriétaire de l'adresse (votre fournisseur d'accès ou d'hébergement) de créer un enregistrement PTR nommant votre serveur de messagerie, et un enregistrement A/AAAA de ce nom pointant vers %1.</translation>
    </message>
    <message>
        <source>Or send through your provider's mail servers, which have it.</source>
        <translation>Ou envoyez par les serveurs de messagerie de votre fournisseur, qui en disposent.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, and that name points back to it (forward-confirmed).</source>
        <translation>%1 a le DNS inverse %2, et ce nom pointe de nouveau vers elle (confirmé dans les deux sens).</translation>
    </message>
    <message>
        <source>%1 has reverse DNS (%2), but no such name points back to it: many servers treat that like no reverse DNS at all.</source>
        <translation>%1 a un DNS inverse (%2), mais ce nom ne pointe pas vers elle : de nombreux serveurs traitent ce cas comme une absence de DNS inverse.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR record): many servers refuse mail from such an address, Gmail and Microsoft among them.</source>
        <translation>%1 n'a pas de DNS inverse (enregistrement PTR) : de nombreux serveurs refusent le courrier provenant d'une telle adresse, dont Gmail et Microsoft.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be looked up: %2</source>
        <translation>Le DNS inverse de %1 n'a pas pu être recherché : %2</translation>
    </message>
    <message>
        <source>EHLO name against reverse DNS</source>
        <translation>Nom EHLO et DNS inverse</translation>
    </message>
    <message>
        <source>The EHLO name we sent is not known.</source>
        <translation>Le nom EHLO que nous avons envoyé est inconnu.</translation>
    </message>
    <message>
        <source>The EHLO name %1 is the address's reverse DNS name.</source>
        <translation>Le nom EHLO %1 est le nom DNS inverse de l'adresse.</translation>
    </message>
    <message>
        <source>We said EHLO %1, but the address's reverse DNS name is %2; some servers want them to match.</source>
        <translation>Nous avons envoyé EHLO %1, mais le nom DNS inverse de l'adresse est %2 ; certains serveurs exigent qu'ils correspondent.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 was not answered within the check's time limit.</source>
        <translation>Le DNS inverse de %1 n'a pas répondu dans le délai imparti à la vérification.</translation>
    </message>
    <message>
        <source>Send the reverse DNS name %1 as the EHLO name (the Greeting page's "Name to send" field, or --ehlo).</source>
        <translation>Envoyez le nom DNS inverse %1 comme nom EHLO (champ « Nom à envoyer » de la page Présentation, ou --ehlo).</translation>
    </message>
</context>
<context>
    <name>mailflow::CompareDialog</name>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectPage</name>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automatique (selon le port)</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Off (plain text)</source>
        <translation>Désactivé (texte en clair)</translation>
    </message>
    <message>
        <source>Optional STARTTLS</source>
        <translation>STARTTLS facultatif</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS s'il est proposé</translation>
    </message>
    <message>
        <source>Required STARTTLS</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate</source>
        <translation>&amp;Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Test &amp;AUTH (log in) after EHLO</source>
        <translation>Tester &amp;AUTH (authentification) après EHLO</translation>
    </message>
    <message>
        <source>Send the user name with AUTH LOGIN (&amp;initial response)</source>
        <translation>Envoyer le nom d'utilisateur avec AUTH LOGIN (réponse &amp;initiale)</translation>
    </message>
    <message>
        <source>Allow AUTH &amp;without TLS (sends the password readable)</source>
        <translation>Autoriser AUTH &amp;sans TLS (envoie le mot de passe en clair)</translation>
    </message>
    <message>
        <source>Remember the password in the desktop's &amp;keyring</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du bureau</translation>
    </message>
    <message>
        <source>Mailflow opens a connection to the server, as &lt;i&gt;telnet server 25&lt;/i&gt; would. A working server answers first, with &lt;b&gt;220&lt;/b&gt; followed by its name. No answer, a refused connection or another code means mail cannot get in here.</source>
        <translation>Mailflow ouvre une connexion vers le serveur, comme le ferait &lt;i&gt;telnet server 25&lt;/i&gt;. Un serveur qui fonctionne répond le premier, par &lt;b&gt;220&lt;/b&gt; suivi de son nom. Pas de réponse, une connexion refusée ou un autre code signifient que le courrier ne peut pas entrer ici.</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Choisir un préréglage…</translation>
    </message>
    <message>
        <source>25: server to server, STARTTLS when offered</source>
        <translation>25 : de serveur à serveur, STARTTLS s'il est proposé</translation>
    </message>
    <message>
        <source>587: submission, STARTTLS required + AUTH</source>
        <translation>587 : soumission, STARTTLS obligatoire + AUTH</translation>
    </message>
    <message>
        <source>465: submission over implicit TLS + AUTH</source>
        <translation>465 : soumission en TLS implicite + AUTH</translation>
    </message>
    <message>
        <source>Automatic: 465 implicit TLS, 587 STARTTLS required, otherwise STARTTLS when offered</source>
        <translation>Automatique : 465 TLS implicite, 587 STARTTLS obligatoire, sinon STARTTLS s'il est proposé</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Pré&amp;réglage :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Chi&amp;ffrement :</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Ava&amp;ncé</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d'AC :</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Automatic (best offered)</source>
        <translation>Automatique (le meilleur proposé)</translation>
    </message>
    <message>
        <source>XOAUTH2 (access token)</source>
        <translation>XOAUTH2 (jeton d'accès)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (access token)</source>
        <translation>OAUTHBEARER (jeton d'accès)</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file, and masked in the transcript.</source>
        <translation>Jamais enregistré dans un fichier Mailflow, et masqué dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mécanisme :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>AUTH LOGIN dXNlcg==: the user name goes with the command, as some clients do; a server that mishandles it fails here.</source>
        <translation>AUTH LOGIN dXNlcg== : le nom d'utilisateur accompagne la commande, comme le font certains clients ; un serveur qui gère mal ce cas échoue ici.</translation>
    </message>
    <message>
        <source>Kept by the desktop's secret store (never in a Mailflow file). Where none runs, the password is asked for each time.</source>
        <translation>Conservé par le coffre à secrets du bureau (jamais dans un fichier Mailflow). En l'absence de coffre, le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
        <source>Password filled in from the desktop's keyring.</source>
        <translation>Mot de passe rempli depuis le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The password is remembered in the desktop's keyring.</source>
        <translation>Le mot de passe est mémorisé dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d'accès :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server: %1, port %2 (%3)</source>
        <translation>Serveur : %1, port %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Advanced connection</source>
        <translation>Connexion avancée</translation>
    </message>
    <message>
        <source>Speak &amp;LMTP to a delivery agent (LHLO; a reply per recipient)</source>
        <translation>Parler &amp;LMTP à un agent de distribution (LHLO ; une réponse par destinataire)</translation>
    </message>
    <message>
        <source>For Dovecot or Cyrus LMTP (RFC 2033), on a port or a UNIX socket written unix:/path as the server.</source>
        <translation>Pour LMTP avec Dovecot ou Cyrus (RFC 2033), sur un port ou sur un socket UNIX indiqué comme serveur sous la forme unix:/chemin.</translation>
    </message>
    <message>
        <source>Any secure version</source>
        <translation>Toute version sécurisée</translation>
    </message>
    <message>
        <source>TLS 1.2 only</source>
        <translation>TLS 1.2 uniquement</translation>
    </message>
    <message>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 ou ultérieure</translation>
    </message>
    <message>
        <source>TLS 1.3 only</source>
        <translation>TLS 1.3 uniquement</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>OpenSSL cipher names separated by ':'; only these are offered.</source>
        <translation>Noms OpenSSL des suites de chiffrement, séparés par « : » ; seules celles-ci sont proposées.</translation>
    </message>
    <message>
        <source>the server's host name</source>
        <translation>le nom d'hôte du serveur</translation>
    </message>
    <message>
        <source>Sent as SNI and checked against the certificate instead of the server's host name.</source>
        <translation>Envoyé comme SNI et vérifié par rapport au certificat, au lieu du nom d'hôte du serveur.</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Suite de chiffrement inconnue : %1</translation>
    </message>
    <message>
        <source>The SNI name must be a host name.</source>
        <translation>Le nom SNI doit être un nom d'hôte.</translation>
    </message>
    <message>
        <source>TLS &amp;protocol versions:</source>
        <translation>V&amp;ersions du protocole TLS :</translation>
    </message>
    <message>
        <source>Cip&amp;hers:</source>
        <translation>Suites de c&amp;hiffrement :</translation>
    </message>
    <message>
        <source>SNI name:</source>
        <translation>Nom SNI :</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectionControls</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 uniquement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 uniquement</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>v1 (text)</source>
        <translation>v1 (texte)</translation>
    </message>
    <message>
        <source>v2 (binary)</source>
        <translation>v2 (binaire)</translation>
    </message>
    <message>
        <source>Give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>Indiquez une adresse IP et un port : ADR:PORT ou [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Address &amp;family:</source>
        <translation>&amp;Famille d'adresses :</translation>
    </message>
    <message>
        <source>Local a&amp;ddress:</source>
        <translation>A&amp;dresse locale :</translation>
    </message>
    <message>
        <source>optional: ADDR or ADDR:PORT</source>
        <translation>facultatif : ADR ou ADR:PORT</translation>
    </message>
    <message>
        <source>SOCKS&amp;5 proxy:</source>
        <translation>Proxy SOCKS&amp;5 :</translation>
    </message>
    <message>
        <source>optional: HOST:PORT</source>
        <translation>facultatif : HÔTE:PORT</translation>
    </message>
    <message>
        <source>SOCKS5 user:</source>
        <translation>Utilisateur SOCKS5 :</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file.</source>
        <translation>Jamais enregistré dans un fichier Mailflow.</translation>
    </message>
    <message>
        <source>SOCKS5 password:</source>
        <translation>Mot de passe SOCKS5 :</translation>
    </message>
    <message>
        <source>A PROXY protocol header first, as a load balancer in front of the server sends.</source>
        <translation>D'abord un en-tête du protocole PROXY, comme l'envoie un répartiteur de charge placé devant le serveur.</translation>
    </message>
    <message>
        <source>PROXY s&amp;ource:</source>
        <translation>S&amp;ource PROXY :</translation>
    </message>
    <message>
        <source>optional: ADDR:PORT</source>
        <translation>facultatif : ADR:PORT</translation>
    </message>
    <message>
        <source>Give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>Indiquez une adresse IP de cet ordinateur, éventuellement suivie de :PORT (1 à 65535).</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer.</source>
        <translation>%1 n'est pas une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is not of the chosen address family.</source>
        <translation>%1 n'est pas de la famille d'adresses choisie.</translation>
    </message>
    <message>
        <source>Give HOST:PORT, the port from 1 to 65535.</source>
        <translation>Indiquez HÔTE:PORT, avec un port de 1 à 65535.</translation>
    </message>
    <message>
        <source>The proxy resolves the server's name: leave the address family automatic.</source>
        <translation>C'est le proxy qui résout le nom du serveur : laissez la famille d'adresses sur Automatique.</translation>
    </message>
    <message>
        <source>PROXY des&amp;tination:</source>
        <translation>D&amp;estination PROXY :</translation>
    </message>
    <message>
        <source>The source and the destination must be of one family (both IPv4 or both IPv6).</source>
        <translation>La source et la destination doivent être de la même famille d'adresses (toutes deux IPv4 ou toutes deux IPv6).</translation>
    </message>
    <message>
        <source>PRO&amp;XY header:</source>
        <translation>En-&amp;tête PROXY :</translation>
    </message>
</context>
<context>
    <name>mailflow::ConsoleWidget</name>
    <message>
        <source>Send &amp;command</source>
        <translation>Envoyer la &amp;commande</translation>
    </message>
    <message>
        <source>C&amp;onsole:</source>
        <translation>C&amp;onsole :</translation>
    </message>
    <message>
        <source>Type an SMTP command (NOOP, RSET, VRFY …) and press Enter; Up/Down for history</source>
        <translation>Saisissez une commande SMTP (NOOP, RSET, VRFY …) et appuyez sur Entrée ; Haut/Bas pour l'historique</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Commande SMTP</translation>
    </message>
</context>
<context>
    <name>mailflow::DataElider</name>
    <message numerus="yes">
        <source>[… %n lines (%1 bytes) of the message not shown …]</source>
        <translation>
            <numerusform>[… %n ligne (%1 octets) du message non affichée …]</numerusform>
            <numerusform>[… %n lignes (%1 octets) du message non affichées …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DataFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DeliveryRule</name>
    <message>
        <source>There is no mail server to try: a real sender bounces the mail.</source>
        <translation>Il n'y a aucun serveur de messagerie à essayer : un véritable expéditeur renvoie le courrier en erreur.</translation>
    </message>
    <message>
        <source>%1: not tried.</source>
        <translation>%1 : non essayé.</translation>
    </message>
    <message>
        <source>%1: %2 — a sender tries the next server.</source>
        <translation>%1 : %2 — un expéditeur essaie le serveur suivant.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>échec temporaire</translation>
    </message>
    <message>
        <source>%1: %2 — a sender stops here.</source>
        <translation>%1 : %2 — un expéditeur s'arrête ici.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1: accepted — the mail is delivered here.</source>
        <translation>%1 : accepté — le courrier est remis ici.</translation>
    </message>
    <message>
        <source>Every mail server deferred the mail or could not be reached: a real sender keeps it in its queue and retries later (usually for several days) before it bounces.</source>
        <translation>Tous les serveurs de messagerie ont différé le courrier ou étaient injoignables : un véritable expéditeur le garde dans sa file d'attente et réessaie plus tard (en général pendant plusieurs jours) avant de le renvoyer en erreur.</translation>
    </message>
    <message>
        <source>A real sender would deliver to %1, the most preferred mail server.</source>
        <translation>Un véritable expéditeur remettrait à %1, le serveur de messagerie de plus haute préférence.</translation>
    </message>
    <message numerus="yes">
        <source>A real sender would deliver to %1, after %n more preferred attempt(s) failed temporarily.</source>
        <translation>
            <numerusform>Un véritable expéditeur remettrait à %1, après l'échec temporaire de %n tentative de préférence plus haute.</numerusform>
            <numerusform>Un véritable expéditeur remettrait à %1, après l'échec temporaire de %n tentatives de préférence plus haute.</numerusform>
        </translation>
    </message>
    <message>
        <source>a 5xx reply</source>
        <translation>une réponse 5xx</translation>
    </message>
    <message>
        <source>%1 refused with %2: a real sender stops there and the mail bounces back to the sender; the servers after it are not tried.</source>
        <translation>%1 a refusé avec %2 : un véritable expéditeur s'arrête là et le courrier revient en erreur à l'expéditeur ; les serveurs suivants ne sont pas essayés.</translation>
    </message>
</context>
<context>
    <name>mailflow::DiagnosisBox</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Qui doit agir :</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s'est passé :</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes :</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(The server gives no reason: this rests on the reply code alone.)</source>
        <translation>(Le serveur ne donne aucune raison : ceci repose uniquement sur le code de réponse.)</translation>
    </message>
    <message>
        <source>no transcript lines</source>
        <translation>aucune ligne du journal</translation>
    </message>
    <message>
        <source>transcript lines %1</source>
        <translation>lignes du journal %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry after %n s</source>
        <translation>
            <numerusform>&amp;Réessayer après %n s</numerusform>
            <numerusform>&amp;Réessayer après %n s</numerusform>
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
        <translation>Il n'y a pas de domaine expéditeur pour lequel vérifier DMARC.</translation>
    </message>
    <message>
        <source>DMARC of %1</source>
        <translation>DMARC de %1</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy (_dmarc TXT record).</source>
        <translation>%1 ne publie aucune politique DMARC (enregistrement TXT _dmarc).</translation>
    </message>
    <message>
        <source>Publish a DMARC record (start with p=none and a rua= report address) once SPF and DKIM cover all of the domain's mail.</source>
        <translation>Publiez un enregistrement DMARC (commencez par p=none et une adresse de rapport rua=) une fois que SPF et DKIM couvrent tout le courrier du domaine.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is not valid (%2), so receivers ignore it.</source>
        <translation>L'enregistrement DMARC de %1 n'est pas valide (%2) ; les destinataires l'ignorent donc.</translation>
    </message>
    <message>
        <source>Correct the _dmarc TXT record of %1.</source>
        <translation>Corrigez l'enregistrement TXT _dmarc de %1.</translation>
    </message>
    <message>
        <source>no aggregate reports</source>
        <translation>aucun rapport agrégé</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>rapports envoyés à %1</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=%2 (pct=%3, DKIM alignment %4, SPF alignment %5, %6).</source>
        <translation>La politique DMARC de %1 est p=%2 (pct=%3, alignement DKIM %4, alignement SPF %5, %6).</translation>
    </message>
    <message>
        <source>%1 tells receivers to refuse mail that passes neither SPF nor DKIM (p=reject), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, that is why it was refused.</source>
        <translation>%1 demande aux destinataires de refuser le courrier qui ne passe ni SPF ni DKIM (p=reject), et SPF échoue pour votre adresse %2 (%3) : à moins que le message ne porte une signature DKIM valide de %1, c'est la raison du refus.</translation>
    </message>
    <message>
        <source>%1 tells receivers to treat mail that passes neither SPF nor DKIM as spam (p=quarantine), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, it is refused or lands in spam.</source>
        <translation>%1 demande aux destinataires de traiter comme spam le courrier qui ne passe ni SPF ni DKIM (p=quarantine), et SPF échoue pour votre adresse %2 (%3) : à moins que le message ne porte une signature DKIM valide de %1, il est refusé ou classé en spam.</translation>
    </message>
    <message>
        <source>DMARC against SPF</source>
        <translation>DMARC et SPF</translation>
    </message>
    <message>
        <source>Send through the servers the SPF record of %1 lists, or add this address to it.</source>
        <translation>Envoyez par les serveurs que liste l'enregistrement SPF de %1, ou ajoutez-y cette adresse.</translation>
    </message>
    <message>
        <source>Sign the domain's outgoing mail with DKIM.</source>
        <translation>Signez le courrier sortant du domaine avec DKIM.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 was not answered within the check's time limit.</source>
        <translation>L'enregistrement DMARC de %1 n'a pas répondu dans le délai imparti à la vérification.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMilestone</name>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record for the server that receives its mail.</source>
        <translation>Demandez à l'administrateur DNS du domaine de publier un enregistrement MX pour le serveur qui reçoit son courrier.</translation>
    </message>
    <message>
        <source>Nothing to fix on the sending side: ask the recipient for another address, or ask the domain owner whether the null MX is intended.</source>
        <translation>Rien à corriger côté expéditeur : demandez une autre adresse au destinataire, ou demandez au propriétaire du domaine si le MX nul est voulu.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain in the address; if it is right, the domain's registration or DNS delegation is broken.</source>
        <translation>Vérifiez l'orthographe du domaine dans l'adresse ; s'il est correct, l'enregistrement du domaine ou sa délégation DNS est défaillant.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record.</source>
        <translation>Demandez à l'administrateur DNS du domaine de publier un enregistrement MX.</translation>
    </message>
    <message>
        <source>Try again later, or ask another DNS server; if it persists, tell the domain's DNS administrator.</source>
        <translation>Réessayez plus tard ou interrogez un autre serveur DNS ; si le problème persiste, prévenez l'administrateur DNS du domaine.</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server; check that this computer can reach its DNS server.</source>
        <translation>Réessayez ou interrogez un autre serveur DNS ; vérifiez que cet ordinateur peut joindre son serveur DNS.</translation>
    </message>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Saisissez un domaine (example.com) ou une adresse e-mail (user@example.com).</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server.</source>
        <translation>Réessayez ou interrogez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 n'a pas d'adresse</translation>
    </message>
    <message>
        <source>The MX host %1 has no address to connect to: senders skip it and try the next one.</source>
        <translation>L'hôte MX %1 n'a aucune adresse à laquelle se connecter : les expéditeurs l'ignorent et essaient le suivant.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to give the MX host an A or AAAA record, or to remove the MX record.</source>
        <translation>Demandez à l'administrateur DNS du domaine d'attribuer à l'hôte MX un enregistrement A ou AAAA, ou de supprimer l'enregistrement MX.</translation>
    </message>
    <message>
        <source>MX %1 %2: %3</source>
        <translation>MX %1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mail still flows; ask the domain's DNS administrator to point the MX record at a plain host name with an address.</source>
        <translation>Le courrier passe toujours ; demandez à l'administrateur DNS du domaine de faire pointer l'enregistrement MX vers un simple nom d'hôte doté d'une adresse.</translation>
    </message>
    <message>
        <source>%1 (DNS said: %2)</source>
        <translation>%1 (réponse DNS : %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX : %1</translation>
    </message>
    <message>
        <source>No MX record: %1 itself receives the mail (implicit MX)</source>
        <translation>Aucun enregistrement MX : %1 reçoit lui-même le courrier (MX implicite)</translation>
    </message>
    <message>
        <source>Mail can still flow through the other MX hosts; ask the domain's DNS administrator to fix the records named above.</source>
        <translation>Le courrier peut encore passer par les autres hôtes MX ; demandez à l'administrateur DNS du domaine de corriger les enregistrements cités ci-dessus.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMxResolver</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>Recherche des enregistrements MX de %1 (auprès de %2)…</translation>
    </message>
    <message>
        <source>%1 has no MX record; looking for its own A/AAAA addresses…</source>
        <translation>%1 n'a pas d'enregistrement MX ; recherche de ses propres adresses A/AAAA…</translation>
    </message>
    <message>
        <source>The MX record names the IP address %1 instead of a host name, which RFC 5321 does not allow: many senders (Postfix, Exim) skip this MX.</source>
        <translation>L'enregistrement MX désigne l'adresse IP %1 au lieu d'un nom d'hôte, ce que la RFC 5321 n'autorise pas : de nombreux expéditeurs (Postfix, Exim) ignorent ce MX.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”) together with other MX records; RFC 7505 does not allow this, and senders ignore the null MX.</source>
        <translation>%1 publie un MX nul (« 0 . ») en plus d'autres enregistrements MX ; la RFC 7505 ne l'autorise pas, et les expéditeurs ignorent le MX nul.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the addresses of %n mail server(s)…</source>
        <translation>
            <numerusform>Recherche des adresses de %n serveur de messagerie…</numerusform>
            <numerusform>Recherche des adresses de %n serveurs de messagerie…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2. An MX record must name a host directly (RFC 2181 §10.3, RFC 5321 §5.1); most senders cope, some refuse.</source>
        <translation>%1 est un alias (CNAME) de %2. Un enregistrement MX doit désigner directement un hôte (RFC 2181 §10.3, RFC 5321 §5.1) ; la plupart des expéditeurs s'en accommodent, certains refusent.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>No MX record: %1 itself is used as the mail server (implicit MX).</source>
        <translation>Aucun enregistrement MX : %1 lui-même sert de serveur de messagerie (MX implicite).</translation>
    </message>
    <message>
        <source>No DNS server answers at %1 (nothing listens on its port 53). Check the DNS server address, or leave it empty to use the system resolver.</source>
        <translation>Aucun serveur DNS ne répond à %1 (rien n'écoute sur son port 53). Vérifiez l'adresse du serveur DNS, ou laissez-la vide pour utiliser le résolveur du système.</translation>
    </message>
    <message>
        <source>%1 refused to answer questions about %2 (REFUSED). It may not serve your network: try the system resolver or another DNS server.</source>
        <translation>%1 a refusé de répondre aux questions sur %2 (REFUSED). Il ne dessert peut-être pas votre réseau : essayez le résolveur du système ou un autre serveur DNS.</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has an address: mail for it cannot be delivered until this is fixed.</source>
        <translation>Aucun des serveurs de messagerie de %1 n'a d'adresse : le courrier qui lui est destiné ne peut pas être remis tant que ce n'est pas corrigé.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsQuery</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde</numerusform>
            <numerusform>Aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>is still being looked up (%1)</source>
        <translation>est encore en cours de recherche (%1)</translation>
    </message>
    <message>
        <source>has %1 records</source>
        <translation>a des enregistrements %1</translation>
    </message>
    <message>
        <source>has no %1 record</source>
        <translation>n'a pas d'enregistrement %1</translation>
    </message>
    <message>
        <source>does not exist in DNS</source>
        <translation>n'existe pas dans le DNS</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server failed to answer (SERVFAIL)</source>
        <translation>n'a pas pu être recherché (%1) : le serveur DNS n'a pas réussi à répondre (SERVFAIL)</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server refused to answer (REFUSED)</source>
        <translation>n'a pas pu être recherché (%1) : le serveur DNS a refusé de répondre (REFUSED)</translation>
    </message>
    <message numerus="yes">
        <source>could not be looked up (%1): no answer within %n second(s)</source>
        <translation>
            <numerusform>n'a pas pu être recherché (%1) : aucune réponse en %n seconde</numerusform>
            <numerusform>n'a pas pu être recherché (%1) : aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>was not looked up (%1): the lookup was stopped</source>
        <translation>n'a pas été recherché (%1) : la recherche a été interrompue</translation>
    </message>
    <message>
        <source>could not be looked up (%1): %2</source>
        <translation>n'a pas pu être recherché (%1) : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DomainName</name>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Saisissez un domaine (example.com) ou une adresse e-mail (user@example.com).</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a domain: it has no MX records. Connect to it directly instead.</source>
        <translation>%1 est une adresse IP, pas un domaine : elle n'a pas d'enregistrements MX. Connectez-vous-y plutôt directement.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between two dots.</source>
        <translation>« %1 » comporte une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>“%1” has a part longer than 63 characters.</source>
        <translation>« %1 » comporte une partie de plus de 63 caractères.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>« %1 » n'est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>“%1” is too long for a domain name (more than 253 characters).</source>
        <translation>« %1 » est trop long pour un nom de domaine (plus de 253 caractères).</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a domain name cannot contain.</source>
        <translation>« %1 » contient « %2 », qu'un nom de domaine ne peut pas contenir.</translation>
    </message>
</context>
<context>
    <name>mailflow::EnvelopePage</name>
    <message>
        <source>Send &amp;MAIL FROM</source>
        <translation>Envoyer &amp;MAIL FROM</translation>
    </message>
    <message>
        <source>&amp;RSET</source>
        <translation>&amp;RSET</translation>
    </message>
    <message>
        <source>A&amp;dd recipient</source>
        <translation>A&amp;jouter un destinataire</translation>
    </message>
    <message>
        <source>Send NOTIFY= even when the server does not advertise &amp;DSN</source>
        <translation>Envoyer NOTIFY= même si le serveur n'annonce pas &amp;DSN</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Send MAIL FROM, the recipients and DATA in one batch (PIPELINING)</source>
        <translation>Envoyer MAIL FROM, les destinataires et DATA en un seul lot (PIPELINING)</translation>
    </message>
    <message>
        <source>The envelope says who sends and who receives. &lt;b&gt;MAIL FROM&lt;/b&gt; gives the sender and &lt;b&gt;RCPT TO&lt;/b&gt; each recipient; the server should answer &lt;b&gt;250&lt;/b&gt; to each. A 550 to RCPT usually means the mailbox does not exist or the server will not relay for that domain; a 4xx means try again later.</source>
        <translation>L'enveloppe indique qui envoie et qui reçoit. &lt;b&gt;MAIL FROM&lt;/b&gt; donne l'expéditeur et &lt;b&gt;RCPT TO&lt;/b&gt; chaque destinataire ; le serveur doit répondre &lt;b&gt;250&lt;/b&gt; à chacun. Un 550 à RCPT signifie en général que la boîte aux lettres n'existe pas ou que le serveur refuse de relayer pour ce domaine ; un 4xx signifie qu'il faut réessayer plus tard.</translation>
    </message>
    <message>
        <source>you@example.com (empty: &lt;&gt; null sender)</source>
        <translation>you@example.com (vide : expéditeur nul &lt;&gt;)</translation>
    </message>
    <message>
        <source>RSET: forget the sender and recipients given so far, keep the connection</source>
        <translation>RSET : oublier l'expéditeur et les destinataires indiqués jusqu'ici, garder la connexion</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>Ex&amp;péditeur :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt; (each with its own delivery-notification request):</source>
        <translation>&lt;b&gt;Destinataires&lt;/b&gt; (chacun avec sa propre demande d'accusé de remise) :</translation>
    </message>
    <message>
        <source>Only when the server offers PIPELINING and the test runs on its own; each reply is judged in the order of the commands.</source>
        <translation>Uniquement si le serveur propose PIPELINING et que le test s'exécute seul ; chaque réponse est évaluée dans l'ordre des commandes.</translation>
    </message>
    <message>
        <source>Addresses with characters outside ASCII go with SMTPUTF8 when the server offers it; otherwise the transcript says so and gives the ASCII form of the domain.</source>
        <translation>Les adresses contenant des caractères hors ASCII sont envoyées avec SMTPUTF8 si le serveur le propose ; sinon, le journal le signale et donne la forme ASCII du domaine.</translation>
    </message>
    <message>
        <source>Envelope (MAIL FROM, RCPT TO)</source>
        <translation>Enveloppe (MAIL FROM, RCPT TO)</translation>
    </message>
    <message>
        <source>&amp;Send RCPT TO</source>
        <translation>&amp;Envoyer RCPT TO</translation>
    </message>
    <message>
        <source>&amp;Send MAIL FROM</source>
        <translation>&amp;Envoyer MAIL FROM</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN. NOTIFY= is sent anyway, as you asked; the server may refuse it with 555.</source>
        <translation>Remarque : ce serveur n'a pas annoncé DSN. NOTIFY= est tout de même envoyé, comme vous l'avez demandé ; le serveur peut le refuser avec 555.</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN, so delivery notifications cannot be asked for; the NOTIFY options are not sent unless you tick the box above.</source>
        <translation>Remarque : ce serveur n'a pas annoncé DSN ; les accusés de remise ne peuvent donc pas être demandés. Les options NOTIFY ne sont envoyées que si vous cochez la case ci-dessus.</translation>
    </message>
    <message>
        <source>The server advertised DSN: the NOTIFY options are sent with each RCPT TO.</source>
        <translation>Le serveur a annoncé DSN : les options NOTIFY sont envoyées avec chaque RCPT TO.</translation>
    </message>
    <message>
        <source>After the envelope, RCPT TO an address outside the server's domains from an outside sender, then RSET; no message is sent. A server that accepts it relays for anyone.</source>
        <translation>Après l'enveloppe, RCPT TO vers une adresse hors des domaines du serveur depuis un expéditeur externe, puis RSET ; aucun message n'est envoyé. Un serveur qui l'accepte relaie pour n'importe qui.</translation>
    </message>
    <message>
        <source>Check whether the server is an &amp;open relay</source>
        <translation>Vérifier si le serveur est un relais &amp;ouvert</translation>
    </message>
    <message>
        <source>optional: NAME=VALUE,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</source>
        <translation>facultatif : NOM=VALEUR,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</translation>
    </message>
    <message>
        <source>&amp;XCLIENT:</source>
        <translation>&amp;XCLIENT :</translation>
    </message>
    <message>
        <source>After EHLO, postfix's XCLIENT with these attributes, then EHLO again; a ";" starts another XCLIENT command.</source>
        <translation>Après EHLO, la commande XCLIENT de postfix avec ces attributs, puis de nouveau EHLO ; un « ; » commence une autre commande XCLIENT.</translation>
    </message>
</context>
<context>
    <name>mailflow::EvidenceActions</name>
    <message>
        <source>History not written: %1</source>
        <translation>Historique non enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>&amp;Enregistrer le rapport sous…</translation>
    </message>
    <message>
        <source>Save the transcript and checklist as text, HTML, JSON or PDF for a ticket</source>
        <translation>Enregistrer le journal et la liste de contrôle en texte, HTML, JSON ou PDF pour un ticket</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the report as plain text, to paste into a ticket</source>
        <translation>Copier le rapport en texte brut, à coller dans un ticket</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every test run, kept automatically</source>
        <translation>Chaque exécution de test, conservée automatiquement</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Enregistrer comme &amp;profil…</translation>
    </message>
    <message>
        <source>Keep the values entered to run the same test again later</source>
        <translation>Conserver les valeurs saisies pour relancer le même test plus tard</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofils…</translation>
    </message>
    <message>
        <source>Open, rerun and manage saved test profiles</source>
        <translation>Ouvrir, relancer et gérer les profils de test enregistrés</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>How much history is kept</source>
        <translation>Quelle quantité d'historique conserver</translation>
    </message>
    <message>
        <source>&amp;Watch a profile…</source>
        <translation>&amp;Surveiller un profil…</translation>
    </message>
    <message>
        <source>Rerun a profile every few minutes and be told when its result changes</source>
        <translation>Relancer un profil toutes les quelques minutes et être prévenu quand son résultat change</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Mailflow</source>
        <translation>Mailflow</translation>
    </message>
    <message>
        <source>The report was not saved.

%1

The test is still here: save it in another folder.</source>
        <translation>Le rapport n'a pas été enregistré.

%1

Le test est toujours là : enregistrez-le dans un autre dossier.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Plain text (*.txt);;HTML report (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Texte brut (*.txt);;Rapport HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Rapport copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>There is no profile to watch yet: run a test, then Profiles ▸ Save as profile.</source>
        <translation>Il n'y a encore aucun profil à surveiller : lancez un test, puis Profils ▸ Enregistrer comme profil.</translation>
    </message>
    <message>
        <source>Watch a profile</source>
        <translation>Surveiller un profil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>The profile was not saved.

%1</source>
        <translation>Le profil n'a pas été enregistré.

%1</translation>
    </message>
    <message>
        <source>Saved as profile "%1"</source>
        <translation>Enregistré comme profil « %1 »</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>A profile named "%1" exists. Replace it?</source>
        <translation>Un profil nommé « %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Profile "%1" opened</source>
        <translation>Profil « %1 » ouvert</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run:
%2</source>
        <translation>Le profil « %1 » ne peut pas être lancé :
%2</translation>
    </message>
    <message>
        <source>Rerun profile</source>
        <translation>Relancer le profil</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run: %2</source>
        <translation>Le profil « %1 » ne peut pas être lancé : %2</translation>
    </message>
    <message>
        <source>First run of the profile "%1": nothing to compare with yet.</source>
        <translation>Première exécution du profil « %1 » : rien à comparer pour l'instant.</translation>
    </message>
    <message>
        <source>The previous run could not be read: %1</source>
        <translation>L'exécution précédente n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile "%1"&lt;/b&gt;: this run (%2, %3) against the previous one (%4, %5).</source>
        <translation>&lt;b&gt;Profil « %1 »&lt;/b&gt; : cette exécution (%2, %3) comparée à la précédente (%4, %5).</translation>
    </message>
</context>
<context>
    <name>mailflow::FieldCheck</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>mailflow::FinishPage</name>
    <message>
        <source>Start a&amp;gain</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Go on in the conso&amp;le</source>
        <translation>Continuer dans la conso&amp;le</translation>
    </message>
    <message>
        <source>&lt;b&gt;QUIT&lt;/b&gt; ends the conversation politely; the server answers &lt;b&gt;221&lt;/b&gt; and closes the connection. Below is the verdict to paste into the ticket, and every step in short.</source>
        <translation>&lt;b&gt;QUIT&lt;/b&gt; termine poliment la session ; le serveur répond &lt;b&gt;221&lt;/b&gt; et ferme la connexion. Ci-dessous figurent le verdict à coller dans le ticket et un résumé de chaque étape.</translation>
    </message>
    <message>
        <source>Finish (QUIT)</source>
        <translation>Fin (QUIT)</translation>
    </message>
    <message>
        <source>&amp;Send QUIT</source>
        <translation>&amp;Envoyer QUIT</translation>
    </message>
</context>
<context>
    <name>mailflow::GreetingPage</name>
    <message>
        <source>The client introduces itself with &lt;b&gt;EHLO&lt;/b&gt; and its own name. The server should answer &lt;b&gt;250&lt;/b&gt; and list what it supports (size limit, DSN, STARTTLS, AUTH …). An old server answers 500 to EHLO; Mailflow then says HELO instead.</source>
        <translation>Le client se présente avec &lt;b&gt;EHLO&lt;/b&gt; et son propre nom. Le serveur doit répondre &lt;b&gt;250&lt;/b&gt; et lister ce qu'il prend en charge (taille maximale, DSN, STARTTLS, AUTH …). Un ancien serveur répond 500 à EHLO ; Mailflow envoie alors HELO à la place.</translation>
    </message>
    <message>
        <source>The name sent with EHLO. Leave empty to use this computer's name.</source>
        <translation>Le nom envoyé avec EHLO. Laissez vide pour utiliser le nom de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Name to send:</source>
        <translation>&amp;Nom à envoyer :</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <translation>Présentation (EHLO)</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS, AUTH</source>
        <translation>&amp;Envoyer EHLO, STARTTLS, AUTH</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS</source>
        <translation>&amp;Envoyer EHLO, STARTTLS</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, AUTH</source>
        <translation>&amp;Envoyer EHLO, AUTH</translation>
    </message>
    <message>
        <source>&amp;Send EHLO</source>
        <translation>&amp;Envoyer EHLO</translation>
    </message>
    <message>
        <source>The server listed no extensions: no size limit, DSN, STARTTLS or AUTH.</source>
        <translation>Le serveur n'a annoncé aucune extension : ni taille maximale, ni DSN, ni STARTTLS, ni AUTH.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Le serveur propose : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryDatabase</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>History database error in %1</source>
        <translation>Erreur de la base de données de l'historique dans %1</translation>
    </message>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>Impossible de créer le dossier de l'historique %1.</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program and stayed locked</source>
        <translation>La base de données de l'historique %1 est verrouillée par un autre programme et l'est restée</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2)</source>
        <translation>La base de données de l'historique %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation>Impossible d'ouvrir la base de données de l'historique %1</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Mailflow (schema %2; this version knows schema %3). It is left untouched; runs are not kept until it is moved away.</source>
        <translation>La base de données de l'historique %1 a été écrite par une version plus récente de Mailflow (schéma %2 ; cette version connaît le schéma %3). Elle n'est pas modifiée ; les exécutions ne sont pas conservées tant qu'elle n'a pas été déplacée.</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside either; the history is off for this run.</source>
        <translation>%1. Elle n'a pas pu non plus être mise de côté ; l'historique est désactivé pour cette exécution.</translation>
    </message>
    <message>
        <source>%1. It was moved to %2 and a new history started.</source>
        <translation>%1. Elle a été déplacée vers %2 et un nouvel historique a été créé.</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Incomplet (interrompu)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 (MX of %2)</source>
        <translation>%1 (MX de %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Mailflow history file (no start line).</source>
        <translation>%1 n'est pas un fichier d'historique Mailflow (pas de ligne de début).</translation>
    </message>
    <message>
        <source>%1 is not in the history: it is not a Mailflow history file, or it was added after the history was imported.</source>
        <translation>%1 ne figure pas dans l'historique : ce n'est pas un fichier d'historique Mailflow, ou il a été ajouté après l'importation de l'historique.</translation>
    </message>
    <message>
        <source>No run %1 in the history.</source>
        <translation>Aucune exécution %1 dans l'historique.</translation>
    </message>
    <message>
        <source>The run did not finish (the program was closed or stopped). %1</source>
        <translation>L'exécution ne s'est pas terminée (le programme a été fermé ou arrêté). %1</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryWindow</name>
    <message>
        <source>Any time</source>
        <translation>N'importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Mailflow — history</source>
        <translation>Mailflow — historique</translation>
    </message>
    <message>
        <source>Every test is kept here automatically. Database: %1</source>
        <translation>Chaque test est conservé ici automatiquement. Base de données : %1</translation>
    </message>
    <message>
        <source>Search server, domain, recipient, profile, verdict, cause…</source>
        <translation>Rechercher serveur, domaine, destinataire, profil, verdict, cause…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Incomplet (interrompu)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>L'exécution n'a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exporter l'exécution</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Plain text (*.txt);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Rapport HTML (*.html);;Texte brut (*.txt);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Delete this run from the history?</source>
        <translation>Supprimer cette exécution de l'historique ?</translation>
    </message>
    <message>
        <source>The run could not be deleted: %1</source>
        <translation>L'exécution n'a pas pu être supprimée : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::HostAddressLookup</name>
    <message>
        <source>does not exist in DNS</source>
        <translation>n'existe pas dans le DNS</translation>
    </message>
    <message>
        <source>has no A or AAAA record (no address)</source>
        <translation>n'a pas d'enregistrement A ou AAAA (aucune adresse)</translation>
    </message>
</context>
<context>
    <name>mailflow::HtmlReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Rapport Mailflow : %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarré le %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Code de sortie %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>No step was timed.</source>
        <translation>Aucune étape n'a été chronométrée.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Durée par étape</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Certificat SHA-256 :</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Les adresses et les noms d'hôte de ce rapport ont été remplacés par des pseudonymes.</translation>
    </message>
</context>
<context>
    <name>mailflow::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Connected, greeting received</source>
        <translation>Connecté, accueil reçu</translation>
    </message>
    <message>
        <source>Greeted (EHLO/HELO accepted)</source>
        <translation>Présenté (EHLO/HELO accepté)</translation>
    </message>
    <message>
        <source>In a mail transaction</source>
        <translation>Dans une transaction de messagerie</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envoi du message</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Mailflow — SMTP test</source>
        <translation>Mailflow — test SMTP</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mailflow</source>
        <translation>À &amp;propos de Mailflow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Envoyer ce fic&amp;hier comme message (il a ses propres en-têtes) :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&lt;b&gt;DATA&lt;/b&gt; asks to send the message; the server should answer &lt;b&gt;354&lt;/b&gt;. Mailflow then sends the headers and the body and ends with a line holding a single dot; the server answers &lt;b&gt;250&lt;/b&gt;, often with a queue id, when it has taken the message.</source>
        <translation>&lt;b&gt;DATA&lt;/b&gt; demande à envoyer le message ; le serveur doit répondre &lt;b&gt;354&lt;/b&gt;. Mailflow envoie alors les en-têtes et le corps, et termine par une ligne ne contenant qu'un point ; le serveur répond &lt;b&gt;250&lt;/b&gt;, souvent avec un identifiant de file d'attente, quand il a pris en charge le message.</translation>
    </message>
    <message>
        <source>Mailflow test message</source>
        <translation>Message de test Mailflow</translation>
    </message>
    <message>
        <source>Extra headers, one per line: X-Ticket: 12345</source>
        <translation>En-têtes supplémentaires, un par ligne : X-Ticket: 12345</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Ceci est un message de test envoyé par Mailflow pour vérifier que le courrier passe.
</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>En-têtes supplé&amp;mentaires :</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>Message file</source>
        <translation>Fichier du message</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Message (DATA)</source>
        <translation>Message (DATA)</translation>
    </message>
    <message>
        <source>"%1" is not a header: write Name: value.</source>
        <translation>« %1 » n'est pas un en-tête : écrivez Nom: valeur.</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>Choisissez le fichier à envoyer.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&amp;Send DATA</source>
        <translation>&amp;Envoyer DATA</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>BDAT chunks when the server offers CHUNKING</source>
        <translation>Blocs BDAT si le serveur propose CHUNKING</translation>
    </message>
    <message>
        <source>BDAT chunks even when not offered</source>
        <translation>Blocs BDAT même s'ils ne sont pas proposés</translation>
    </message>
    <message>
        <source>BDAT (RFC 3030) sends the message in counted chunks, each answered with 250: no dot-stuffing and no final dot.</source>
        <translation>BDAT (RFC 3030) envoie le message en blocs de taille annoncée, chacun acquitté par 250 : aucun point doublé et pas de point final.</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Send the message &amp;with:</source>
        <translation>Envoyer le message &amp;avec :</translation>
    </message>
    <message>
        <source>BDAT &amp;chunk size:</source>
        <translation>&amp;Taille des blocs BDAT :</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>&amp;Pièces jointes :</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
</context>
<context>
    <name>mailflow::MessageSource</name>
    <message>
        <source>Mailflow test message</source>
        <translation>Message de test Mailflow</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Impossible de lire le fichier du message %1 : %2</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Ceci est un message de test envoyé par Mailflow pour vérifier que le courrier passe.
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
        <translation>Il n'y a pas de domaine destinataire à vérifier.</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>DANE (TLSA records) is not checked: Qt 6.4's DNS lookup cannot ask for TLSA records.</source>
        <translation>DANE (enregistrements TLSA) n'est pas vérifié : la recherche DNS de Qt 6.4 ne peut pas demander d'enregistrements TLSA.</translation>
    </message>
    <message>
        <source>MTA-STS record of %1</source>
        <translation>Enregistrement MTA-STS de %1</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 could not be looked up: the name %2.</source>
        <translation>L'enregistrement MTA-STS de %1 n'a pas pu être recherché : le nom %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS or with any certificate.</source>
        <translation>%1 ne publie aucune politique MTA-STS : les expéditeurs peuvent lui remettre le courrier sans TLS ou avec n'importe quel certificat.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is not valid (it needs "v=STSv1; id=..." with an id of 1 to 32 letters and digits).</source>
        <translation>L'enregistrement MTA-STS de %1 n'est pas valide (il doit contenir "v=STSv1; id=..." avec un id de 1 à 32 lettres et chiffres).</translation>
    </message>
    <message>
        <source>%1 announces an MTA-STS policy (id %2).</source>
        <translation>%1 annonce une politique MTA-STS (id %2).</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>Politique MTA-STS de %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 could not be used (%2): senders without a cached copy deliver as if there were none.</source>
        <translation>La politique MTA-STS de %1 n'a pas pu être utilisée (%2) : les expéditeurs sans copie en cache remettent comme s'il n'y en avait pas.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.%1/.well-known/mta-sts.txt with a valid certificate for mta-sts.%1.</source>
        <translation>Publiez la politique à l'adresse https://mta-sts.%1/.well-known/mta-sts.txt avec un certificat valide pour mta-sts.%1.</translation>
    </message>
    <message>
        <source>senders must deliver over TLS with a valid certificate to a listed MX host, or not at all</source>
        <translation>les expéditeurs doivent remettre en TLS avec un certificat valide à un hôte MX listé, ou pas du tout</translation>
    </message>
    <message>
        <source>senders report TLS problems but deliver anyway</source>
        <translation>les expéditeurs signalent les problèmes TLS mais remettent quand même</translation>
    </message>
    <message>
        <source>the policy is being withdrawn; senders ignore it</source>
        <translation>la politique est en cours de retrait ; les expéditeurs l'ignorent</translation>
    </message>
    <message>
        <source>The policy's mode is %1: %2 (mx %3, max_age %4 seconds).</source>
        <translation>Le mode de la politique est %1 : %2 (mx %3, max_age %4 secondes).</translation>
    </message>
    <message>
        <source>MX hosts against the MTA-STS policy</source>
        <translation>Hôtes MX et politique MTA-STS</translation>
    </message>
    <message>
        <source>%1 has no MX hosts to compare with the policy.</source>
        <translation>%1 n'a aucun hôte MX à comparer avec la politique.</translation>
    </message>
    <message>
        <source>Every MX host of %1 matches the policy (%2).</source>
        <translation>Tous les hôtes MX de %1 correspondent à la politique (%2).</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns: senders that honour MTA-STS refuse to deliver to them.</source>
        <translation>Les hôtes MX %1 ne correspondent pas aux motifs mx de la politique : les expéditeurs qui respectent MTA-STS refusent de leur remettre le courrier.</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns; in mode %2 senders only report it.</source>
        <translation>Les hôtes MX %1 ne correspondent pas aux motifs mx de la politique ; en mode %2, les expéditeurs se contentent de le signaler.</translation>
    </message>
    <message>
        <source>Add the MX hosts to the policy's mx lines (and change its id in the _mta-sts record).</source>
        <translation>Ajoutez les hôtes MX aux lignes mx de la politique (et changez son id dans l'enregistrement _mta-sts).</translation>
    </message>
    <message>
        <source>The MTA-STS check of %1 did not end within its time limit.</source>
        <translation>La vérification MTA-STS de %1 ne s'est pas terminée dans le délai imparti.</translation>
    </message>
    <message>
        <source>MX certificates for MTA-STS</source>
        <translation>Certificats des MX pour MTA-STS</translation>
    </message>
    <message>
        <source>%1 is an MX host of %2, but this test did not use TLS with it.</source>
        <translation>%1 est un hôte MX de %2, mais ce test ne l'a pas contacté en TLS.</translation>
    </message>
    <message>
        <source>the server tested is not one of the MX hosts of %1.</source>
        <translation>le serveur testé ne fait pas partie des hôtes MX de %1.</translation>
    </message>
    <message>
        <source>The MX hosts' certificates were not checked: %1</source>
        <translation>Les certificats des hôtes MX n'ont pas été vérifiés : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 validates, as MTA-STS requires.</source>
        <translation>Le certificat de %1 est valide, comme l'exige MTA-STS.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate: senders that honour the policy (mode enforce) refuse to deliver to it.</source>
        <translation>Le certificat de %1 n'est pas valide : les expéditeurs qui respectent la politique (mode enforce) refusent de lui remettre le courrier.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate; in mode testing senders only report it.</source>
        <translation>Le certificat de %1 n'est pas valide ; en mode testing, les expéditeurs se contentent de le signaler.</translation>
    </message>
    <message>
        <source>Install a certificate for %1 from a public certificate authority, with the whole chain.</source>
        <translation>Installez pour %1 un certificat d'une autorité de certification publique, avec la chaîne complète.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCli</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>Recherche des enregistrements MX de %1 (auprès de %2)…</translation>
    </message>
    <message>
        <source>DNS answer from %1 in %2 ms: %3</source>
        <translation>Réponse DNS de %1 en %2 ms : %3</translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>Réponse DNS : %1</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <source>None of the MX hosts of %1 has an address: there is no server to test.</source>
        <translation>Aucun des hôtes MX de %1 n'a d'adresse : il n'y a aucun serveur à tester.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Testing the most preferred MX that has an address: %1 (preference %2) at %3 port %4.</source>
        <translation>Test du MX de plus haute préférence doté d'une adresse : %1 (préférence %2) à %3 port %4.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCliParser</name>
    <message>
        <source>Look up the MX records of DOMAIN (or of an address's domain) and test the most preferred mail server. Without --server, the domain of the first --to is used.</source>
        <translation>Rechercher les enregistrements MX de DOMAINE (ou du domaine d'une adresse) et tester le serveur de messagerie de plus haute préférence. Sans --server, le domaine du premier --to est utilisé.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>Test every MX host and each of its addresses (up to RCPT TO unless --quit-after says otherwise), print the matrix and where a real sender would deliver.</source>
        <translation>Tester chaque hôte MX et chacune de ses adresses (jusqu'à RCPT TO, sauf indication contraire de --quit-after), afficher la matrice et le serveur auquel un véritable expéditeur remettrait.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IPv4 address, port 53) instead of the system resolver.</source>
        <translation>Interroger ce serveur DNS (une adresse IPv4, port 53) au lieu du résolveur du système.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Seconds to wait for each DNS answer (default 10).</source>
        <translation>Secondes d'attente pour chaque réponse DNS (10 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --mx and --all-mx.</source>
        <translation>--profile lance le test enregistré dans le profil : omettez --mx et --all-mx.</translation>
    </message>
    <message>
        <source>--mx and --all-mx find the server in DNS: leave --server out.</source>
        <translation>--mx et --all-mx trouvent le serveur dans le DNS : omettez --server.</translation>
    </message>
    <message>
        <source>--mx: give a domain (example.com) or an address (user@example.com), or a --to address.</source>
        <translation>--mx : indiquez un domaine (example.com) ou une adresse (user@example.com), ou une adresse --to.</translation>
    </message>
    <message>
        <source>--mx: %1</source>
        <translation>--mx : %1</translation>
    </message>
    <message>
        <source>--dns-server: %1</source>
        <translation>--dns-server : %1</translation>
    </message>
    <message>
        <source>--dns-timeout: give seconds, from 0.1 to 600.</source>
        <translation>--dns-timeout : indiquez un nombre de secondes, de 0.1 à 600.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxLookupResult</name>
    <message>
        <source>Mail for %1 goes to the mail servers (MX) below; senders try the lowest preference number first.</source>
        <translation>Le courrier pour %1 est acheminé vers les serveurs de messagerie (MX) ci-dessous ; les expéditeurs essaient d'abord le plus petit numéro de préférence.</translation>
    </message>
    <message>
        <source>%1 has no MX record, but it has an address: senders deliver to %1 itself (the “implicit MX” of RFC 5321). This works, but a domain that receives mail should publish an MX record.</source>
        <translation>%1 n'a pas d'enregistrement MX, mais a une adresse : les expéditeurs remettent à %1 lui-même (le « MX implicite » de la RFC 5321). Cela fonctionne, mais un domaine qui reçoit du courrier devrait publier un enregistrement MX.</translation>
    </message>
    <message>
        <source>%1 publishes a “null MX” (RFC 7505): it declares that it accepts no mail at all, so senders bounce mail for it at once. This is the domain owner's choice, not a fault.</source>
        <translation>%1 publie un « MX nul » (RFC 7505) : il déclare n'accepter aucun courrier, et les expéditeurs renvoient donc immédiatement en erreur le courrier qui lui est destiné. C'est un choix du propriétaire du domaine, pas une panne.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN). Check the spelling; mail to this domain bounces.</source>
        <translation>%1 n'existe pas dans le DNS (NXDOMAIN). Vérifiez l'orthographe ; le courrier destiné à ce domaine revient en erreur.</translation>
    </message>
    <message>
        <source>%1 exists, but has neither MX nor A/AAAA records: there is no server to deliver its mail to, so mail to it bounces.</source>
        <translation>%1 existe, mais n'a ni enregistrement MX ni enregistrement A/AAAA : il n'y a aucun serveur auquel remettre son courrier, qui revient donc en erreur.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1 (SERVFAIL). The domain's own DNS servers may be down or misconfigured; senders keep the mail and retry later.</source>
        <translation>Le serveur DNS n'a pas pu répondre pour %1 (SERVFAIL). Les serveurs DNS du domaine sont peut-être hors service ou mal configurés ; les expéditeurs gardent le courrier et réessaient plus tard.</translation>
    </message>
    <message>
        <source>The DNS server gave no answer about %1 in time. It may be unreachable or slow: try again, or ask another DNS server.</source>
        <translation>Le serveur DNS n'a pas répondu à temps au sujet de %1. Il est peut-être injoignable ou lent : réessayez, ou interrogez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>Nothing to look up: type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Rien à rechercher : saisissez un domaine (example.com) ou une adresse e-mail (user@example.com).</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed.</source>
        <translation>La recherche DNS pour %1 a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup of %1 asked %2: %3 (%n ms)</source>
        <translation>
            <numerusform>Recherche MX de %1 auprès de %2 : %3 (%n ms)</numerusform>
            <numerusform>Recherche MX de %1 auprès de %2 : %3 (%n ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>Réponse DNS : %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>         warning: %1</source>
        <translation>         avertissement : %1</translation>
    </message>
    <message>
        <source>         error: %1</source>
        <translation>         erreur : %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::MxMatrixDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Test all MX hosts</source>
        <translation>Tester tous les hôtes MX</translation>
    </message>
    <message>
        <source>Double-click a row to see its transcript</source>
        <translation>Double-cliquez sur une ligne pour voir son journal</translation>
    </message>
    <message>
        <source>Every mail exchanger of %1 on port %2, up to RCPT TO (no mail is sent).</source>
        <translation>Chaque serveur de messagerie (MX) de %1 sur le port %2, jusqu'à RCPT TO (aucun courrier n'est envoyé).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Transcript: %1 (%2)</source>
        <translation>Journal : %1 (%2)</translation>
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
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Qui doit agir : %1</translation>
    </message>
    <message>
        <source>MX host (pref.)</source>
        <translation>Hôte MX (préf.)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>%1 — fails over IPv6, passes over IPv4</source>
        <translation>%1 — échoue en IPv6, réussit en IPv4</translation>
    </message>
    <message>
        <source>%1 — fails over IPv4, passes over IPv6</source>
        <translation>%1 — échoue en IPv4, réussit en IPv6</translation>
    </message>
</context>
<context>
    <name>mailflow::MxResolver</name>
    <message>
        <source>%1 is an IPv6 address. Mailflow can ask a DNS server only by its IPv4 address (Qt 6.4 would silently use the system resolver instead). Type the server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>%1 est une adresse IPv6. Mailflow ne peut interroger un serveur DNS que par son adresse IPv4 (Qt 6.4 utiliserait silencieusement le résolveur du système à la place). Saisissez l'adresse IPv4 du serveur, ou laissez le champ vide pour utiliser le résolveur du système.</translation>
    </message>
    <message>
        <source>A DNS server can only be asked on port 53; leave the port out.</source>
        <translation>Un serveur DNS ne peut être interrogé que sur le port 53 ; n'indiquez pas de port.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Type the DNS server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>« %1 » n'est pas une adresse IP. Saisissez l'adresse IPv4 du serveur DNS, ou laissez le champ vide pour utiliser le résolveur du système.</translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>Serveur DNS %1</translation>
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
        <translation>Connexion</translation>
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
        <translation>Fin</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>not tested: the test was stopped</source>
        <translation>non testé : le test a été arrêté</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>pas encore testé</translation>
    </message>
    <message>
        <source>MX %1 (preference %2) is not tested: it has no address.</source>
        <translation>Le MX %1 (préférence %2) n'est pas testé : il n'a pas d'adresse.</translation>
    </message>
    <message>
        <source>Testing MX %1 (preference %2) at %3 port %4.</source>
        <translation>Test du MX %1 (préférence %2) à %3 port %4.</translation>
    </message>
    <message>
        <source>Not tested: the host has no address</source>
        <translation>Non testé : l'hôte n'a pas d'adresse</translation>
    </message>
    <message>
        <source>Not run: the test was stopped</source>
        <translation>Non exécuté : le test a été arrêté</translation>
    </message>
    <message>
        <source>Stopped before it ran.</source>
        <translation>Arrêté avant de s'exécuter.</translation>
    </message>
</context>
<context>
    <name>mailflow::OAuthSasl</name>
    <message>
        <source> The server asks for the scope "%1".</source>
        <translation> Le serveur demande la portée (scope) « %1 ».</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1): it has expired, was revoked or was not issued for this account.</source>
        <translation>Le serveur a refusé le jeton d'accès (statut %1) : il a expiré, a été révoqué ou n'a pas été émis pour ce compte.</translation>
    </message>
    <message>
        <source>Access tokens last about an hour: get a new one for this user and try again. Check that the user name is the account the token was issued to.</source>
        <translation>Les jetons d'accès durent environ une heure : obtenez-en un nouveau pour cet utilisateur et réessayez. Vérifiez que le nom d'utilisateur est bien le compte pour lequel le jeton a été émis.</translation>
    </message>
    <message>
        <source>The access token is valid but does not allow sending mail (status %1: insufficient scope).</source>
        <translation>Le jeton d'accès est valide mais ne permet pas d'envoyer du courrier (statut %1 : portée insuffisante).</translation>
    </message>
    <message>
        <source>Request the token with the mail scope: https://mail.google.com/ for Gmail, https://outlook.office.com/SMTP.Send for Microsoft 365.</source>
        <translation>Demandez le jeton avec la portée de messagerie : https://mail.google.com/ pour Gmail, https://outlook.office.com/SMTP.Send pour Microsoft 365.</translation>
    </message>
    <message>
        <source>The server refused the OAuth login with status %1.</source>
        <translation>Le serveur a refusé l'authentification OAuth avec le statut %1.</translation>
    </message>
    <message>
        <source>Status 400 means the request was malformed: check the user name and that the token is an OAuth 2.0 access token (not an ID or refresh token).</source>
        <translation>Le statut 400 signifie que la requête était mal formée : vérifiez le nom d'utilisateur et que le jeton est bien un jeton d'accès OAuth 2.0 (pas un jeton d'identité ni un jeton d'actualisation).</translation>
    </message>
</context>
<context>
    <name>mailflow::OpenRelayCheck</name>
    <message>
        <source>Relaying from outside to outside</source>
        <translation>Relais de l'extérieur vers l'extérieur</translation>
    </message>
    <message>
        <source>The open relay check did not get to the outside recipient: the server stopped answering or refused RSET.</source>
        <translation>La vérification de relais ouvert n'est pas arrivée jusqu'au destinataire externe : le serveur a cessé de répondre ou a refusé RSET.</translation>
    </message>
    <message>
        <source>The server refused the outside sender (%1), so relaying could not be tried; that is no proof either way.</source>
        <translation>Le serveur a refusé l'expéditeur externe (%1) ; le relais n'a donc pas pu être essayé. Cela ne prouve rien dans un sens ni dans l'autre.</translation>
    </message>
    <message>
        <source>The server accepted the outside recipient (%1) after authentication: relaying for an authenticated user is what a submission server does, not an open relay.</source>
        <translation>Le serveur a accepté le destinataire externe (%1) après authentification : relayer pour un utilisateur authentifié, c'est le rôle d'un serveur de soumission, pas un relais ouvert.</translation>
    </message>
    <message>
        <source>OPEN RELAY: the server accepted mail from an outside sender (%1) for an outside recipient (%2) without authentication (%3). Spammers find such servers within hours; block lists list them soon after.</source>
        <translation>RELAIS OUVERT : le serveur a accepté du courrier d'un expéditeur externe (%1) pour un destinataire externe (%2) sans authentification (%3). Les spammeurs trouvent ce genre de serveur en quelques heures ; les listes de blocage l'inscrivent peu après.</translation>
    </message>
    <message>
        <source>Allow relaying only for authenticated users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation>N'autorisez le relais que pour les utilisateurs authentifiés et vos propres réseaux (Postfix : smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</translation>
    </message>
    <message>
        <source>Run the check again from a network outside the server's own: many servers relay for their own network only, which is fine.</source>
        <translation>Relancez la vérification depuis un réseau extérieur à celui du serveur : de nombreux serveurs ne relaient que pour leur propre réseau, ce qui est normal.</translation>
    </message>
    <message>
        <source>The server deferred the outside recipient (%1); that is no proof either way.</source>
        <translation>Le serveur a différé le destinataire externe (%1) ; cela ne prouve rien dans un sens ni dans l'autre.</translation>
    </message>
    <message>
        <source>The server refused to relay for an outside recipient (%1): not an open relay.</source>
        <translation>Le serveur a refusé de relayer pour un destinataire externe (%1) : ce n'est pas un relais ouvert.</translation>
    </message>
</context>
<context>
    <name>mailflow::OwnAddressCheck</name>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Votre adresse telle que le serveur la voit</translation>
    </message>
    <message>
        <source>Your public address is unknown: the server did not name it and no connection was made.</source>
        <translation>Votre adresse publique est inconnue : le serveur ne l'a pas indiquée et aucune connexion n'a été établie.</translation>
    </message>
    <message>
        <source>This computer's address %1 is private and the server did not name the address it sees, so your public address is unknown; your reverse DNS and block lists are not checked.</source>
        <translation>L'adresse %1 de cet ordinateur est privée et le serveur n'a pas indiqué l'adresse qu'il voit ; votre adresse publique est donc inconnue, et votre DNS inverse et les listes de blocage ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>The server sees you as %1, a private address: it is inside your network or behind the same NAT, so your public address is unknown.</source>
        <translation>Le serveur vous voit comme %1, une adresse privée : il se trouve dans votre réseau ou derrière le même NAT, votre adresse publique est donc inconnue.</translation>
    </message>
    <message>
        <source>Your public address is %1 (this computer's own address; the server did not name it).</source>
        <translation>Votre adresse publique est %1 (l'adresse propre de cet ordinateur ; le serveur ne l'a pas indiquée).</translation>
    </message>
    <message>
        <source>The server sees you as %1.</source>
        <translation>Le serveur vous voit comme %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::PasswordVault</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>Le mot de passe n'a pas pu être mémorisé : %1</translation>
    </message>
    <message>
        <source>No password is remembered for %1.</source>
        <translation>Aucun mot de passe n'est mémorisé pour %1.</translation>
    </message>
    <message>
        <source>The desktop's keyring is not available: %1</source>
        <translation>Le trousseau du bureau n'est pas disponible : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::PdfReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Rapport Mailflow : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF needs a QGuiApplication.</source>
        <translation>Impossible d'écrire %1 : le PDF nécessite une QGuiApplication.</translation>
    </message>
</context>
<context>
    <name>mailflow::PortProbeCheck</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Port 25 depuis ce réseau</translation>
    </message>
    <message>
        <source>port 25 (the test): %1</source>
        <translation>port 25 (le test) : %1</translation>
    </message>
    <message>
        <source>Port 25 answers over %1 but not over the address family the test used: the block is on one family's path (often IPv4 or IPv6 filtered differently by a provider).</source>
        <translation>Le port 25 répond en %1 mais pas dans la famille d'adresses utilisée par le test : le blocage se situe sur le chemin d'une seule famille (souvent IPv4 et IPv6 filtrés différemment par un fournisseur).</translation>
    </message>
    <message>
        <source>Ask your network administrator or provider why outgoing port 25 is filtered on one address family only.</source>
        <translation>Demandez à votre administrateur réseau ou à votre fournisseur pourquoi le port 25 sortant est filtré pour une seule famille d'adresses.</translation>
    </message>
    <message>
        <source>Port 25 seems blocked between you and the server — %1 answers; many ISPs and cloud providers block outgoing port 25.</source>
        <translation>Le port 25 semble bloqué entre vous et le serveur — %1 répond ; de nombreux FAI et fournisseurs de cloud bloquent le port 25 sortant.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Ask your network administrator or provider whether outgoing port 25 is blocked.</source>
        <translation>Demandez à votre administrateur réseau ou à votre fournisseur si le port 25 sortant est bloqué.</translation>
    </message>
    <message>
        <source>Send through your mail provider's submission server (587 with authentication), or run the test from another network to compare.</source>
        <translation>Envoyez par le serveur de soumission de votre fournisseur de messagerie (587 avec authentification), ou lancez le test depuis un autre réseau pour comparer.</translation>
    </message>
    <message>
        <source>The server's address answers on another port (refused, not silent) while port 25 gets no answer: a firewall on the way drops port 25, on your side or the server's.</source>
        <translation>L'adresse du serveur répond sur un autre port (refus, pas de silence) alors que le port 25 ne reçoit aucune réponse : un pare-feu sur le trajet bloque le port 25, de votre côté ou de celui du serveur.</translation>
    </message>
    <message>
        <source>Run the test from another network: if port 25 answers there, the block is on your side.</source>
        <translation>Lancez le test depuis un autre réseau : si le port 25 y répond, le blocage est de votre côté.</translation>
    </message>
    <message>
        <source>Neither port 25 nor 587 nor 465 answered: the server is unreachable from here as a whole, not port 25 alone (down, a wrong address, or a firewall dropping everything).</source>
        <translation>Ni le port 25, ni le 587, ni le 465 n'ont répondu : le serveur est entièrement injoignable d'ici, pas seulement sur le port 25 (arrêté, adresse erronée, ou pare-feu qui bloque tout).</translation>
    </message>
    <message>
        <source>Check the server's address and whether it is up; run the test from another network to compare.</source>
        <translation>Vérifiez l'adresse du serveur et qu'il est en service ; lancez le test depuis un autre réseau pour comparer.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>connexion réinitialisée</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeMode</name>
    <message>
        <source>P&amp;ractice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Next in the tour: a refusal</source>
        <translation>&amp;Suite de la visite : un refus</translation>
    </message>
    <message>
        <source>Practice &amp;tour (a passing test, then a refusal)</source>
        <translation>&amp;Visite d'entraînement (un test réussi, puis un refus)</translation>
    </message>
    <message>
        <source>&amp;Stop the practice server</source>
        <translation>Arrê&amp;ter le serveur d'entraînement</translation>
    </message>
    <message>
        <source>Practice on a built-in server</source>
        <translation>S'entraîner sur un serveur intégré</translation>
    </message>
    <message>
        <source>No mail server at hand? Try the test on a safe server inside Mailflow: a passing test and the common refusals.</source>
        <translation>Pas de serveur de messagerie sous la main ? Essayez le test sur un serveur sans risque intégré à Mailflow : un test réussi et les refus les plus courants.</translation>
    </message>
    <message>
        <source>Welcome to Mailflow</source>
        <translation>Bienvenue dans Mailflow</translation>
    </message>
    <message>
        <source>No mail server at hand? Mailflow has one built in for practice.

The practice tour runs the test twice on it: first a server that accepts the message, then one that refuses it, with the refusal explained.</source>
        <translation>Pas de serveur de messagerie sous la main ? Mailflow en intègre un pour s'entraîner.

La visite d'entraînement lance le test deux fois sur ce serveur : d'abord un serveur qui accepte le message, puis un qui le refuse, avec l'explication du refus.</translation>
    </message>
    <message>
        <source>Start the practice &amp;tour</source>
        <translation>&amp;Lancer la visite d'entraînement</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>There is no practice scenario "%1".</source>
        <translation>Il n'existe pas de scénario d'entraînement « %1 ».</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Practice: %1 on %2 — %3</source>
        <translation>Entraînement : %1 sur %2 — %3</translation>
    </message>
    <message>
        <source>Press Next on each page to run its step and go on, or Run to end.</source>
        <translation>Appuyez sur Suivant sur chaque page pour exécuter son étape et continuer, ou sur Exécuter jusqu'au bout.</translation>
    </message>
    <message>
        <source>Tour, 1 of 2: a server that accepts the message. </source>
        <translation>Visite, 1 sur 2 : un serveur qui accepte le message. </translation>
    </message>
    <message>
        <source>Tour, 2 of 2: a server that refuses it. </source>
        <translation>Visite, 2 sur 2 : un serveur qui le refuse. </translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>À observer : %1</translation>
    </message>
    <message>
        <source>You saw what this scenario teaches: %1 — %2.
%3</source>
        <translation>Vous avez vu ce qu'enseigne ce scénario : %1 — %2.
%3</translation>
    </message>
    <message>
        <source>This run did not show the lesson (%1 should be %2). Run the whole test, without changing the settings the practice filled in.</source>
        <translation>Cette exécution n'a pas montré la leçon (%1 devrait être %2). Lancez le test complet, sans modifier les réglages remplis par l'entraînement.</translation>
    </message>
    <message>
        <source>Open the &amp;received message</source>
        <translation>Ouvrir le message &amp;reçu</translation>
    </message>
    <message>
        <source>Open the &amp;delivery receipt</source>
        <translation>Ouvrir l'&amp;accusé de remise</translation>
    </message>
    <message>
        <source>Delivery receipt sent back to %1</source>
        <translation>Accusé de remise renvoyé à %1</translation>
    </message>
    <message>
        <source>Message received by the practice server</source>
        <translation>Message reçu par le serveur d'entraînement</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2; queued as %3.</source>
        <translation>Enveloppe : de &lt;%1&gt; pour %2 ; mis en file d'attente sous %3.</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeServer</name>
    <message>
        <source>Cannot make the practice certificate (%1).</source>
        <translation>Impossible de créer le certificat d'entraînement (%1).</translation>
    </message>
    <message>
        <source>The practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>Le serveur d'entraînement n'écoute que sur une adresse de bouclage (127.0.0.1 ou ::1), pas sur %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the port is already in use by another program. Choose another port.</source>
        <translation>Impossible d'écouter sur %1 : le port est déjà utilisé par un autre programme. Choisissez un autre port.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d'écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::PreferencesDialog</name>
    <message>
        <source>Mailflow — preferences</source>
        <translation>Mailflow — préférences</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Aucune limite d'âge</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> exécutions</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Aucune limite de nombre</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>No size limit</source>
        <translation>Aucune limite de taille</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>A new language shows the next time Mailflow starts.</source>
        <translation>Une nouvelle langue s'affiche au prochain démarrage de Mailflow.</translation>
    </message>
    <message>
        <source>Every test is kept in the history. The oldest runs are removed when any of these limits is passed, each time Mailflow starts and when you press OK.</source>
        <translation>Chaque test est conservé dans l'historique. Les exécutions les plus anciennes sont supprimées dès que l'une de ces limites est dépassée, à chaque démarrage de Mailflow et quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Keep runs for at most:</source>
        <translation>Conserver les exécutions au plus :</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>En conserver au plus :</translation>
    </message>
    <message>
        <source>Keep at most (total size):</source>
        <translation>En conserver au plus (taille totale) :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Checks around the conversation</source>
        <translation>Vérifications autour de la session</translation>
    </message>
    <message>
        <source>Run beside each test; none delays it. A profile's own choice wins while it is loaded.</source>
        <translation>Exécutées en parallèle de chaque test ; aucune ne le retarde. Tant qu'un profil est chargé, ses propres choix l'emportent.</translation>
    </message>
    <message>
        <source>Runs only when the Envelope page's open relay box is ticked.</source>
        <translation>S'exécute uniquement si la case de relais ouvert de la page Enveloppe est cochée.</translation>
    </message>
    <message>
        <source>the Server page's, else the system resolver</source>
        <translation>celui de la page Serveur, sinon le résolveur du système</translation>
    </message>
    <message>
        <source>&amp;Block list zones:</source>
        <translation>&amp;Zones de listes de blocage :</translation>
    </message>
    <message>
        <source>&amp;DNS server for the checks:</source>
        <translation>Serveur &amp;DNS des vérifications :</translation>
    </message>
</context>
<context>
    <name>mailflow::Profile</name>
    <message>
        <source>must be one of auto, off, optional, starttls, implicit.</source>
        <translation>doit valoir auto, off, optional, starttls ou implicit.</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate.</source>
        <translation>un certificat client a besoin de sa clé, et une clé de son certificat.</translation>
    </message>
    <message>
        <source>must be one of none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>doit valoir none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>must be none, starttls or tls.</source>
        <translation>doit valoir none, starttls ou tls.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, far more than a profile holds; it was not read.</source>
        <translation>%1 : le fichier dépasse %2 Mo, bien plus que ce que contient un profil ; il n'a pas été lu.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3 (offset %4): %5. The file may be truncated or damaged; it was left as it is.</source>
        <translation>%1 : JSON non valide à la ligne %2, colonne %3 (position %4) : %5. Le fichier est peut-être tronqué ou endommagé ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object at the top level.</source>
        <translation>%1 : un profil doit être un objet JSON au premier niveau.</translation>
    </message>
    <message>
        <source>is "%1", expected "mailflow-profile": this is not a Mailflow profile.</source>
        <translation>vaut « %1 », « mailflow-profile » attendu : ce n'est pas un profil Mailflow.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absente.</translation>
    </message>
    <message>
        <source>is %1: the profile was written by a newer Mailflow; this version reads profile version %2. Update Mailflow to open it.</source>
        <translation>vaut %1 : le profil a été écrit par une version plus récente de Mailflow ; cette version lit les profils de version %2. Mettez Mailflow à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>must be one name without spaces.</source>
        <translation>doit être un seul nom, sans espace.</translation>
    </message>
    <message>
        <source>must be an object with an "address".</source>
        <translation>doit être un objet avec une "address".</translation>
    </message>
    <message>
        <source>must be "auto" or "force".</source>
        <translation>doit valoir "auto" ou "force".</translation>
    </message>
    <message>
        <source>must be "full" or "hdrs".</source>
        <translation>doit valoir "full" ou "hdrs".</translation>
    </message>
    <message>
        <source>%1: key "target": give a host or an MX domain to test.</source>
        <translation>%1 : clé "target" : indiquez un hôte ou un domaine MX à tester.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 does not exist.</source>
        <translation>%1 : clé "message.bodyFile" : le fichier de corps %2 n'existe pas.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 cannot be read.</source>
        <translation>%1 : clé "message.bodyFile" : le fichier de corps %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: key "recipients": at least one recipient is needed to go past MAIL FROM.</source>
        <translation>%1 : clé "recipients" : il faut au moins un destinataire pour aller au-delà de MAIL FROM.</translation>
    </message>
    <message>
        <source>%1: key "%2": %3</source>
        <translation>%1 : clé "%2" : %3</translation>
    </message>
    <message>
        <source>%1: key "%2" ignored: profiles never keep a password.</source>
        <translation>%1 : clé "%2" ignorée : les profils ne conservent jamais de mot de passe.</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1 : clé inconnue "%2" ignorée.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>doit être une chaîne.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>doit valoir true ou false.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>doit être une liste.</translation>
    </message>
    <message>
        <source>must be one of any, ipv4, ipv6.</source>
        <translation>doit valoir any, ipv4 ou ipv6.</translation>
    </message>
    <message>
        <source>must be an IP address.</source>
        <translation>doit être une adresse IP.</translation>
    </message>
    <message>
        <source>must be auto, force or off.</source>
        <translation>doit valoir auto, force ou off.</translation>
    </message>
    <message>
        <source>must be "all", "none", "only:LIST" or "off:LIST".</source>
        <translation>doit valoir "all", "none", "only:LIST" ou "off:LIST".</translation>
    </message>
    <message>
        <source>must be a file name.</source>
        <translation>doit être un nom de fichier.</translation>
    </message>
    <message>
        <source>a complete message (raw) cannot have attachments.</source>
        <translation>un message complet (raw) ne peut pas avoir de pièces jointes.</translation>
    </message>
    <message>
        <source>must be v1 or v2.</source>
        <translation>doit valoir v1 ou v2.</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>doit valoir l'une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>must be one of required, optional, optional-strict.</source>
        <translation>doit valoir l'une des valeurs suivantes : required, optional, optional-strict.</translation>
    </message>
    <message>
        <source>must be required, optional or optional-strict.</source>
        <translation>doit valoir required, optional ou optional-strict.</translation>
    </message>
    <message>
        <source>must be one of connect, ehlo, auth, xclient, mail, rcpt, data, quit.</source>
        <translation>doit valoir l'une des valeurs suivantes : connect, ehlo, auth, xclient, mail, rcpt, data, quit.</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileManager</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Fill the wizard with this profile's values, to step through it</source>
        <translation>Remplir l'assistant avec les valeurs de ce profil, pour le suivre étape par étape</translation>
    </message>
    <message>
        <source>Run this profile to its stop point in one go and show what changed</source>
        <translation>Exécuter ce profil d'un seul coup jusqu'à son point d'arrêt et montrer ce qui a changé</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (endommagé)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nom de la copie :</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Mailflow profiles (*.json)</source>
        <translation>Profils Mailflow (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileRunner</name>
    <message>
        <source>No profiles (*.json) in the folder %1.</source>
        <translation>Aucun profil (*.json) dans le dossier %1.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The MX lookup of %1 found no server to test.</source>
        <translation>La recherche MX de %1 n'a trouvé aucun serveur à tester.</translation>
    </message>
    <message>
        <source>no previous run</source>
        <translation>aucune exécution précédente</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Récapitulatif :</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Worst exit code: %1</source>
        <translation>Code de sortie le plus grave : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileStore</name>
    <message>
        <source>Cannot create the profiles folder %1.</source>
        <translation>Impossible de créer le dossier des profils %1.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Impossible de lire le profil %1 : %2</translation>
    </message>
    <message>
        <source>No profile named "%1" in %2, and no such file.</source>
        <translation>Aucun profil nommé « %1 » dans %2, et aucun fichier de ce nom.</translation>
    </message>
    <message>
        <source>Give the profile a name before saving it.</source>
        <translation>Donnez un nom au profil avant de l'enregistrer.</translation>
    </message>
    <message>
        <source>The profile "%1" already uses the file %2; choose another name.</source>
        <translation>Le profil « %1 » utilise déjà le fichier %2 ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Le nouveau nom est vide.</translation>
    </message>
    <message>
        <source>No profile named "%1".</source>
        <translation>Aucun profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>Cannot rename: %1</source>
        <translation>Impossible de renommer : %1</translation>
    </message>
    <message>
        <source>Saved as "%1" but could not remove the old file %2.</source>
        <translation>Enregistré sous « %1 », mais l'ancien fichier %2 n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the profile "%1": %2</source>
        <translation>Impossible de lire le profil « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ProxyHeader</name>
    <message>
        <source>The PROXY header needs a source and a destination address of one family (IPv4 or IPv6), not %1 and %2.</source>
        <translation>L'en-tête PROXY nécessite une adresse source et une adresse de destination de la même famille (IPv4 ou IPv6), pas %1 et %2.</translation>
    </message>
    <message>
        <source>PROXY v2 (binary, %1 bytes): PROXY %2 %3 -&gt; %4</source>
        <translation>PROXY v2 (binaire, %1 octets) : PROXY %2 %3 -&gt; %4</translation>
    </message>
</context>
<context>
    <name>mailflow::RecipientRow</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Send RCPT</source>
        <translation>Envoyer RCPT</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Adresse du destinataire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this recipient</source>
        <translation>Supprimer ce destinataire</translation>
    </message>
    <message>
        <source>NOTIFY=SUCCESS: ask for a receipt when the mail is delivered</source>
        <translation>NOTIFY=SUCCESS : demander un accusé quand le courrier est remis</translation>
    </message>
    <message>
        <source>NOTIFY=FAILURE: ask for a report when delivery fails</source>
        <translation>NOTIFY=FAILURE : demander un rapport quand la remise échoue</translation>
    </message>
    <message>
        <source>NOTIFY=DELAY: ask for a report when delivery is delayed</source>
        <translation>NOTIFY=DELAY : demander un rapport quand la remise est retardée</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER: ask for no report at all</source>
        <translation>NOTIFY=NEVER : ne demander aucun rapport</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notifier :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ReplyCatalog</name>
    <message>
        <source>Other or undefined status</source>
        <translation>État autre ou non défini</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d'adresse</translation>
    </message>
    <message>
        <source>Mailbox problem</source>
        <translation>Problème de boîte aux lettres</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problème du système de messagerie</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problème de réseau ou de routage</translation>
    </message>
    <message>
        <source>Mail protocol problem</source>
        <translation>Problème de protocole de messagerie</translation>
    </message>
    <message>
        <source>Message content or format problem</source>
        <translation>Problème de contenu ou de format du message</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Problème de sécurité ou de stratégie</translation>
    </message>
    <message>
        <source>No further detail given</source>
        <translation>Aucun détail supplémentaire fourni</translation>
    </message>
    <message>
        <source>Address problem (no further detail)</source>
        <translation>Problème d'adresse (sans autre détail)</translation>
    </message>
    <message>
        <source>Mailbox does not exist (bad destination mailbox address)</source>
        <translation>La boîte aux lettres n'existe pas (adresse de boîte de destination incorrecte)</translation>
    </message>
    <message>
        <source>The domain of the address does not exist or takes no mail (bad destination system)</source>
        <translation>Le domaine de l'adresse n'existe pas ou n'accepte pas de courrier (système de destination incorrect)</translation>
    </message>
    <message>
        <source>Recipient address is not written correctly (bad syntax)</source>
        <translation>L'adresse du destinataire est mal écrite (syntaxe incorrecte)</translation>
    </message>
    <message>
        <source>Recipient address is ambiguous: it matches several mailboxes</source>
        <translation>L'adresse du destinataire est ambiguë : elle correspond à plusieurs boîtes aux lettres</translation>
    </message>
    <message>
        <source>Recipient address is valid</source>
        <translation>L'adresse du destinataire est valide</translation>
    </message>
    <message>
        <source>Mailbox has moved and there is no forwarding address</source>
        <translation>La boîte aux lettres a été déplacée et il n'y a pas d'adresse de réexpédition</translation>
    </message>
    <message>
        <source>Sender address is not written correctly (bad syntax)</source>
        <translation>L'adresse de l'expéditeur est mal écrite (syntaxe incorrecte)</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist or cannot be reached</source>
        <translation>Le domaine de l'adresse de l'expéditeur n'existe pas ou est injoignable</translation>
    </message>
    <message>
        <source>Message passed on to a mail system that cannot send delivery reports</source>
        <translation>Message transmis à un système de messagerie qui ne peut pas envoyer d'avis de remise</translation>
    </message>
    <message>
        <source>The recipient's domain accepts no mail at all (null MX)</source>
        <translation>Le domaine du destinataire n'accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>Mailbox problem (no further detail)</source>
        <translation>Problème de boîte aux lettres (sans autre détail)</translation>
    </message>
    <message>
        <source>Mailbox is disabled and does not accept messages</source>
        <translation>La boîte aux lettres est désactivée et n'accepte pas de messages</translation>
    </message>
    <message>
        <source>Mailbox is full</source>
        <translation>La boîte aux lettres est pleine</translation>
    </message>
    <message>
        <source>Message is larger than the recipient's limit</source>
        <translation>Le message dépasse la limite du destinataire</translation>
    </message>
    <message>
        <source>Problem expanding a mailing list</source>
        <translation>Problème lors de l'expansion d'une liste de diffusion</translation>
    </message>
    <message>
        <source>Mail system problem (no further detail)</source>
        <translation>Problème du système de messagerie (sans autre détail)</translation>
    </message>
    <message>
        <source>Mail system is out of storage space</source>
        <translation>Le système de messagerie manque d'espace de stockage</translation>
    </message>
    <message>
        <source>Mail system is not accepting messages now (e.g. shutting down)</source>
        <translation>Le système de messagerie n'accepte pas de messages pour le moment (p. ex. arrêt en cours)</translation>
    </message>
    <message>
        <source>Mail system cannot provide a feature the message needs</source>
        <translation>Le système de messagerie ne peut pas fournir une fonction dont le message a besoin</translation>
    </message>
    <message>
        <source>Message is larger than the mail system accepts</source>
        <translation>Le message dépasse la taille acceptée par le système de messagerie</translation>
    </message>
    <message>
        <source>Mail system is configured incorrectly</source>
        <translation>Le système de messagerie est mal configuré</translation>
    </message>
    <message>
        <source>The message's requested priority was changed</source>
        <translation>La priorité demandée pour le message a été modifiée</translation>
    </message>
    <message>
        <source>Network or routing problem (no further detail)</source>
        <translation>Problème de réseau ou de routage (sans autre détail)</translation>
    </message>
    <message>
        <source>The next mail server did not answer</source>
        <translation>Le serveur de messagerie suivant n'a pas répondu</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke</source>
        <translation>La connexion au serveur de messagerie suivant a été coupée</translation>
    </message>
    <message>
        <source>A directory server (such as DNS) failed</source>
        <translation>Un serveur d'annuaire (tel que le DNS) a échoué</translation>
    </message>
    <message>
        <source>No route to the destination (e.g. no usable MX records)</source>
        <translation>Aucune route vers la destination (p. ex. aucun enregistrement MX utilisable)</translation>
    </message>
    <message>
        <source>Mail system is congested</source>
        <translation>Le système de messagerie est saturé</translation>
    </message>
    <message>
        <source>A routing loop was detected</source>
        <translation>Une boucle de routage a été détectée</translation>
    </message>
    <message>
        <source>Delivery time expired: the message waited too long in a queue</source>
        <translation>Délai de remise expiré : le message a attendu trop longtemps dans une file d'attente</translation>
    </message>
    <message>
        <source>Mail protocol problem (no further detail)</source>
        <translation>Problème de protocole de messagerie (sans autre détail)</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version du protocole</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>La ligne d'échange d'authentification est trop longue</translation>
    </message>
    <message>
        <source>Message content or format problem (no further detail)</source>
        <translation>Problème de contenu ou de format du message (sans autre détail)</translation>
    </message>
    <message>
        <source>Message content type is not supported</source>
        <translation>Le type de contenu du message n'est pas pris en charge</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not allowed</source>
        <translation>Une conversion du message est nécessaire mais n'est pas autorisée</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not supported</source>
        <translation>Une conversion du message est nécessaire mais n'est pas prise en charge</translation>
    </message>
    <message>
        <source>The message was converted with some loss</source>
        <translation>Le message a été converti avec perte</translation>
    </message>
    <message>
        <source>Conversion of the message failed</source>
        <translation>La conversion du message a échoué</translation>
    </message>
    <message>
        <source>Message content is not available</source>
        <translation>Le contenu du message n'est pas disponible</translation>
    </message>
    <message>
        <source>Non-ASCII addresses are not allowed for this sender or recipient</source>
        <translation>Les adresses non ASCII ne sont pas autorisées pour cet expéditeur ou ce destinataire</translation>
    </message>
    <message>
        <source>A UTF-8 reply is needed but the client does not allow it</source>
        <translation>Une réponse UTF-8 est nécessaire mais le client ne l'autorise pas</translation>
    </message>
    <message>
        <source>A message with UTF-8 headers cannot be passed on to a recipient</source>
        <translation>Un message avec des en-têtes UTF-8 ne peut pas être transmis à un destinataire</translation>
    </message>
    <message>
        <source>Security or policy problem (no further detail)</source>
        <translation>Problème de sécurité ou de stratégie (sans autre détail)</translation>
    </message>
    <message>
        <source>Delivery not authorized: refused by policy</source>
        <translation>Remise non autorisée : refusée par la stratégie</translation>
    </message>
    <message>
        <source>Expanding this mailing list is not allowed</source>
        <translation>L'expansion de cette liste de diffusion n'est pas autorisée</translation>
    </message>
    <message>
        <source>A security conversion is needed but not possible</source>
        <translation>Une conversion de sécurité est nécessaire mais impossible</translation>
    </message>
    <message>
        <source>Security features are not supported</source>
        <translation>Les fonctions de sécurité ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>Cryptographic algorithm is not supported</source>
        <translation>L'algorithme cryptographique n'est pas pris en charge</translation>
    </message>
    <message>
        <source>Message integrity check failed</source>
        <translation>Le contrôle d'intégrité du message a échoué</translation>
    </message>
    <message>
        <source>Authentication credentials invalid: wrong user name or password</source>
        <translation>Identifiants d'authentification non valides : nom d'utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Le mécanisme d'authentification est trop faible</translation>
    </message>
    <message>
        <source>Encryption is needed for this</source>
        <translation>Le chiffrement est nécessaire pour cela</translation>
    </message>
    <message>
        <source>Encryption is required for this authentication mechanism</source>
        <translation>Le chiffrement est obligatoire pour ce mécanisme d'authentification</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Un changement de mot de passe est nécessaire</translation>
    </message>
    <message>
        <source>User account is disabled</source>
        <translation>Le compte utilisateur est désactivé</translation>
    </message>
    <message>
        <source>A trust relationship is required</source>
        <translation>Une relation d'approbation est requise</translation>
    </message>
    <message>
        <source>The message's priority is too low</source>
        <translation>La priorité du message est trop basse</translation>
    </message>
    <message>
        <source>The message is too big for its priority</source>
        <translation>Le message est trop volumineux pour sa priorité</translation>
    </message>
    <message>
        <source>The mailbox has a new owner since the date the sender gave</source>
        <translation>La boîte aux lettres a changé de propriétaire depuis la date indiquée par l'expéditeur</translation>
    </message>
    <message>
        <source>The domain has a new owner since the date the sender gave</source>
        <translation>Le domaine a changé de propriétaire depuis la date indiquée par l'expéditeur</translation>
    </message>
    <message>
        <source>The mailbox owner check (RRVS) cannot be completed</source>
        <translation>La vérification du propriétaire de la boîte aux lettres (RRVS) ne peut pas aboutir</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Aucune signature DKIM valide trouvée</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Aucune signature DKIM acceptable trouvée</translation>
    </message>
    <message>
        <source>No valid DKIM signature of the author's domain found</source>
        <translation>Aucune signature DKIM valide du domaine de l'auteur trouvée</translation>
    </message>
    <message>
        <source>SPF validation failed: the sending IP address is not allowed for the sender's domain</source>
        <translation>Échec de la validation SPF : l'adresse IP d'envoi n'est pas autorisée pour le domaine de l'expéditeur</translation>
    </message>
    <message>
        <source>SPF validation error: the sender domain's SPF record could not be evaluated</source>
        <translation>Erreur de validation SPF : l'enregistrement SPF du domaine de l'expéditeur n'a pas pu être évalué</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed: the sending IP address has no matching host name</source>
        <translation>Échec de la validation du DNS inverse : l'adresse IP d'envoi n'a pas de nom d'hôte correspondant</translation>
    </message>
    <message>
        <source>Several authentication checks (SPF, DKIM, reverse DNS) failed</source>
        <translation>Plusieurs contrôles d'authentification (SPF, DKIM, DNS inverse) ont échoué</translation>
    </message>
    <message>
        <source>The sender's domain accepts no mail (null MX), so it may not send either</source>
        <translation>Le domaine de l'expéditeur n'accepte aucun courrier (MX nul) ; il ne peut donc pas non plus en envoyer</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The recipient requires TLS all the way (REQUIRETLS) but a hop lacks it</source>
        <translation>Le destinataire exige TLS sur tout le trajet (REQUIRETLS), mais un relais ne le prend pas en charge</translation>
    </message>
    <message>
        <source>The server answered with a reply the test did not expect at this step.</source>
        <translation>Le serveur a envoyé une réponse que le test n'attendait pas à cette étape.</translation>
    </message>
    <message>
        <source>Read the server's reply in the transcript; its code and text say what it wanted.</source>
        <translation>Lisez la réponse du serveur dans le journal ; son code et son texte indiquent ce qu'il voulait.</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS, or it has no mail (MX) or address records.</source>
        <translation>Le domaine n'existe pas dans le DNS, ou n'a pas d'enregistrements de messagerie (MX) ni d'adresse.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is right, ask the domain's owner whether its MX records are published, and check that your DNS server answers for other names you know exist.</source>
        <translation>Vérifiez l'orthographe du domaine. S'il est correct, demandez au propriétaire du domaine si ses enregistrements MX sont publiés, et vérifiez que votre serveur DNS répond pour d'autres noms dont vous savez qu'ils existent.</translation>
    </message>
    <message>
        <source>The host name does not resolve: DNS has no address for it.</source>
        <translation>Le nom d'hôte ne se résout pas : le DNS n'a aucune adresse pour lui.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, and check that your DNS server works by looking up another name you know exists.</source>
        <translation>Vérifiez l'orthographe du nom d'hôte, et vérifiez que votre serveur DNS fonctionne en recherchant un autre nom dont vous savez qu'il existe.</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time.</source>
        <translation>Le serveur DNS n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the DNS server address in the test, and that this computer may reach it on port 53 (UDP and TCP). Try again: DNS servers sometimes drop single queries.</source>
        <translation>Vérifiez l'adresse du serveur DNS dans le test, et que cet ordinateur peut le joindre sur le port 53 (UDP et TCP). Réessayez : les serveurs DNS perdent parfois des requêtes isolées.</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached from this computer.</source>
        <translation>Le serveur DNS est injoignable depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Check this computer's network connection and the DNS server address in the test.</source>
        <translation>Vérifiez la connexion réseau de cet ordinateur et l'adresse du serveur DNS dans le test.</translation>
    </message>
    <message>
        <source>The host answered, but nothing accepts connections on that port: the connection was refused.</source>
        <translation>L'hôte a répondu, mais rien n'accepte de connexions sur ce port : la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Check the port (25 between mail servers, 587 for sending with a login, 465 for implicit TLS), that the mail service is running, and that no firewall rejects the connection (a firewall that sends a reset looks the same).</source>
        <translation>Vérifiez le port (25 entre serveurs de messagerie, 587 pour l'envoi avec authentification, 465 pour le TLS implicite), que le service de messagerie fonctionne et qu'aucun pare-feu ne rejette la connexion (un pare-feu qui envoie un reset produit le même effet).</translation>
    </message>
    <message>
        <source>There is no network route from this computer to the host.</source>
        <translation>Il n'existe aucune route réseau entre cet ordinateur et l'hôte.</translation>
    </message>
    <message>
        <source>Check this computer's network connection, VPN and proxy. If only an IPv6 address fails, the host has an IPv6 address your network cannot reach: test its IPv4 address.</source>
        <translation>Vérifiez la connexion réseau, le VPN et le proxy de cet ordinateur. Si seule une adresse IPv6 échoue, l'hôte a une adresse IPv6 que votre réseau ne peut pas joindre : testez son adresse IPv4.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: something on the way drops the packets silently.</source>
        <translation>La tentative de connexion n'a reçu aucune réponse : un équipement sur le trajet supprime silencieusement les paquets.</translation>
    </message>
    <message>
        <source>Very often your internet provider or company firewall blocks outgoing port 25 (common on home and office networks): test from another network, or send through your provider's mail server on port 587. Otherwise a firewall in front of the server drops the connection, or the host is down.</source>
        <translation>Très souvent, votre fournisseur d'accès ou le pare-feu de l'entreprise bloque le port 25 sortant (fréquent sur les réseaux domestiques et de bureau) : testez depuis un autre réseau, ou envoyez par le serveur de messagerie de votre fournisseur sur le port 587. Sinon, un pare-feu devant le serveur bloque la connexion, ou l'hôte est arrêté.</translation>
    </message>
    <message>
        <source>The connection is open but the server sends no greeting (220). Some servers wait on purpose before greeting (tarpitting) to catch spam software that talks too early; others are overloaded.</source>
        <translation>La connexion est ouverte mais le serveur n'envoie pas de message d'accueil (220). Certains serveurs attendent volontairement avant l'accueil (tarpitting) pour piéger les logiciels de spam qui parlent trop tôt ; d'autres sont surchargés.</translation>
    </message>
    <message>
        <source>Raise the greeting timeout (RFC 5321 allows 5 minutes) and run the test again. If the greeting never comes, a firewall or proxy that inspects SMTP may be holding it back, or the server is overloaded: ask its administrator.</source>
        <translation>Augmentez le délai d'attente de l'accueil (la RFC 5321 autorise 5 minutes) et relancez le test. Si l'accueil n'arrive jamais, un pare-feu ou un proxy qui inspecte SMTP le retient peut-être, ou le serveur est surchargé : contactez son administrateur.</translation>
    </message>
    <message>
        <source>The server closed the connection without greeting you: it refuses your address (a blocklist, too many connections) or the mail service is broken.</source>
        <translation>Le serveur a fermé la connexion sans vous accueillir : il refuse votre adresse (liste de blocage, trop de connexions) ou le service de messagerie est défaillant.</translation>
    </message>
    <message>
        <source>Try again in a few minutes and from another network, check your public IP address on blocklists, and ask the server's administrator.</source>
        <translation>Réessayez dans quelques minutes et depuis un autre réseau, vérifiez si votre adresse IP publique figure sur des listes de blocage, et contactez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation: it may be slowing down on purpose (tarpitting after a suspicious command), be overloaded, or a firewall broke the connection.</source>
        <translation>Le serveur a cessé de répondre au milieu de la session : il ralentit peut-être volontairement (tarpitting après une commande suspecte), est surchargé, ou un pare-feu a coupé la connexion.</translation>
    </message>
    <message>
        <source>Raise the timeout (RFC 5321 allows servers 5 minutes per command) and run the test again. If it always stops at the same step, look at the transcript around that step.</source>
        <translation>Augmentez le délai d'attente (la RFC 5321 accorde aux serveurs 5 minutes par commande) et relancez le test. S'il s'arrête toujours à la même étape, examinez le journal autour de cette étape.</translation>
    </message>
    <message>
        <source>The whole message was sent but the server has not confirmed it: scanning the content (antivirus, anti-spam) or handing it on is taking long.</source>
        <translation>Tout le message a été envoyé mais le serveur ne l'a pas confirmé : l'analyse du contenu (antivirus, antispam) ou sa transmission prend du temps.</translation>
    </message>
    <message>
        <source>Raise the end-of-data timeout (RFC 5321 allows 10 minutes) and run the test again. Do not resend at once: the server may have accepted the message anyway, and a resend would make a duplicate.</source>
        <translation>Augmentez le délai d'attente de fin de données (la RFC 5321 autorise 10 minutes) et relancez le test. Ne renvoyez pas tout de suite : le serveur a peut-être accepté le message malgré tout, et un renvoi créerait un doublon.</translation>
    </message>
    <message>
        <source>The TLS handshake got no answer.</source>
        <translation>La négociation TLS n'a reçu aucune réponse.</translation>
    </message>
    <message>
        <source>Check whether the port expects STARTTLS or implicit TLS: on port 465 turn implicit TLS on, on 25 and 587 use STARTTLS. A firewall that inspects SMTP may also break STARTTLS.</source>
        <translation>Vérifiez si le port attend STARTTLS ou du TLS implicite : sur le port 465, activez le TLS implicite ; sur le 25 et le 587, utilisez STARTTLS. Un pare-feu qui inspecte SMTP peut aussi casser STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT. This is harmless: everything before it was already done.</source>
        <translation>Le serveur n'a pas répondu à QUIT. C'est sans conséquence : tout ce qui précède a déjà été fait.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Raise the timeout and run the test again; if it persists, ask the server's administrator.</source>
        <translation>Augmentez le délai d'attente et relancez le test ; si le problème persiste, contactez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server closed the connection while receiving the message: the message may exceed a size limit, a content filter may have cut it off, or the server crashed.</source>
        <translation>Le serveur a fermé la connexion pendant la réception du message : le message dépasse peut-être une limite de taille, un filtre de contenu l'a peut-être coupé, ou le serveur a planté.</translation>
    </message>
    <message>
        <source>Try a small plain-text message. Compare the size with the SIZE limit in the EHLO reply. If small messages pass and large ones fail, it is a size limit or a filter on the way (some firewalls that inspect SMTP break large transfers).</source>
        <translation>Essayez un petit message en texte brut. Comparez la taille avec la limite SIZE de la réponse EHLO. Si les petits messages passent et les gros échouent, il s'agit d'une limite de taille ou d'un filtre sur le trajet (certains pare-feux qui inspectent SMTP cassent les gros transferts).</translation>
    </message>
    <message>
        <source>The connection broke during the TLS handshake: the two sides share no TLS version or cipher, or the server has no usable certificate.</source>
        <translation>La connexion a été coupée pendant la négociation TLS : les deux parties n'ont aucune version TLS ni suite de chiffrement en commun, ou le serveur n'a pas de certificat utilisable.</translation>
    </message>
    <message>
        <source>Look at the TLS details in the transcript, test with another TLS version if the test allows it, and tell the server's administrator.</source>
        <translation>Examinez les détails TLS dans le journal, testez avec une autre version de TLS si le test le permet, et prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT. This is harmless: the test is over.</source>
        <translation>Le serveur a fermé la connexion sans répondre à QUIT. C'est sans conséquence : le test est terminé.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue.</translation>
    </message>
    <message>
        <source>Look at the last reply in the transcript: servers often close after a 421 or after too many errors. Run the test again; if it always happens at the same step, ask the server's administrator.</source>
        <translation>Examinez la dernière réponse dans le journal : les serveurs ferment souvent la connexion après un 421 ou après trop d'erreurs. Relancez le test ; si cela se produit toujours à la même étape, contactez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The other side does not answer like an SMTP server: its bytes are not SMTP replies.</source>
        <translation>L'interlocuteur ne répond pas comme un serveur SMTP : ses octets ne sont pas des réponses SMTP.</translation>
    </message>
    <message>
        <source>Check the port: a web server, POP3 or IMAP server answers differently. On a port with implicit TLS (usually 465) turn implicit TLS on; without it the test sees only encrypted bytes.</source>
        <translation>Vérifiez le port : un serveur web, POP3 ou IMAP répond différemment. Sur un port à TLS implicite (en général 465), activez le TLS implicite ; sans lui, le test ne voit que des octets chiffrés.</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection could not be set up: the certificate is not trusted, does not match the host name, or has expired, or the two sides share no TLS version or cipher.</source>
        <translation>La connexion chiffrée (TLS) n'a pas pu être établie : le certificat n'est pas approuvé, ne correspond pas au nom d'hôte ou a expiré, ou les deux parties n'ont aucune version TLS ni suite de chiffrement en commun.</translation>
    </message>
    <message>
        <source>Look at the certificate details: the names it lists compared with the host you connected to, its expiry date and its issuer. A name mismatch often means you connected by IP address or by a name the certificate does not list.</source>
        <translation>Examinez les détails du certificat : les noms qu'il contient comparés à l'hôte auquel vous vous êtes connecté, sa date d'expiration et son émetteur. Une non-correspondance de nom signifie souvent que vous vous êtes connecté par adresse IP ou par un nom que le certificat ne contient pas.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Vous avez arrêté le test.</translation>
    </message>
    <message>
        <source>Nothing to do: run it again when ready.</source>
        <translation>Rien à faire : relancez-le quand vous serez prêt.</translation>
    </message>
    <message>
        <source>A problem on this computer stopped the test (for example a file could not be read).</source>
        <translation>Un problème sur cet ordinateur a arrêté le test (par exemple, un fichier n'a pas pu être lu).</translation>
    </message>
    <message>
        <source>Read the error message shown with it, and check the file names and settings in the test.</source>
        <translation>Lisez le message d'erreur affiché avec lui, et vérifiez les noms de fichiers et les réglages du test.</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>Réponse d'état du système ou d'aide.</translation>
    </message>
    <message>
        <source>Help message meant for people.</source>
        <translation>Message d'aide destiné aux personnes.</translation>
    </message>
    <message>
        <source>Service ready: the server greets you.</source>
        <translation>Service prêt : le serveur vous accueille.</translation>
    </message>
    <message>
        <source>Service closing the connection: goodbye.</source>
        <translation>Le service ferme la connexion : au revoir.</translation>
    </message>
    <message>
        <source>Authentication succeeded.</source>
        <translation>Authentification réussie.</translation>
    </message>
    <message>
        <source>Requested action done.</source>
        <translation>Action demandée effectuée.</translation>
    </message>
    <message>
        <source>User not local: the server will forward the message.</source>
        <translation>Utilisateur non local : le serveur va réexpédier le message.</translation>
    </message>
    <message>
        <source>Cannot verify the user, but will accept the message and try to deliver it.</source>
        <translation>Impossible de vérifier l'utilisateur, mais le message sera accepté et le serveur tentera de le remettre.</translation>
    </message>
    <message>
        <source>The server waits for the next part of the login.</source>
        <translation>Le serveur attend la partie suivante de l'authentification.</translation>
    </message>
    <message>
        <source>Start the message; end it with a line holding only a dot.</source>
        <translation>Commencez le message ; terminez-le par une ligne ne contenant qu'un point.</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection.</source>
        <translation>Service non disponible : le serveur ferme la connexion.</translation>
    </message>
    <message>
        <source>A password transition is needed.</source>
        <translation>Un changement de mot de passe est nécessaire.</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy or temporarily blocked).</source>
        <translation>Boîte aux lettres indisponible pour le moment (occupée ou temporairement bloquée).</translation>
    </message>
    <message>
        <source>Action aborted: a temporary problem on the server.</source>
        <translation>Action abandonnée : problème temporaire sur le serveur.</translation>
    </message>
    <message>
        <source>Insufficient storage on the server, or too many recipients.</source>
        <translation>Espace de stockage insuffisant sur le serveur, ou trop de destinataires.</translation>
    </message>
    <message>
        <source>TLS or authentication is temporarily not available.</source>
        <translation>TLS ou l'authentification est temporairement indisponible.</translation>
    </message>
    <message>
        <source>The server cannot handle the command's parameters now.</source>
        <translation>Le serveur ne peut pas traiter les paramètres de la commande pour le moment.</translation>
    </message>
    <message>
        <source>Command not recognized: syntax error.</source>
        <translation>Commande non reconnue : erreur de syntaxe.</translation>
    </message>
    <message>
        <source>Syntax error in the command's parameters or arguments.</source>
        <translation>Erreur de syntaxe dans les paramètres ou arguments de la commande.</translation>
    </message>
    <message>
        <source>Command not implemented.</source>
        <translation>Commande non implémentée.</translation>
    </message>
    <message>
        <source>Bad sequence of commands.</source>
        <translation>Mauvaise séquence de commandes.</translation>
    </message>
    <message>
        <source>Command parameter not implemented.</source>
        <translation>Paramètre de commande non implémenté.</translation>
    </message>
    <message>
        <source>This host does not accept mail.</source>
        <translation>Cet hôte n'accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Authentication required, or STARTTLS first.</source>
        <translation>Authentification requise, ou STARTTLS d'abord.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak.</source>
        <translation>Le mécanisme d'authentification est trop faible.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid.</source>
        <translation>Identifiants d'authentification non valides.</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism.</source>
        <translation>Chiffrement requis pour le mécanisme d'authentification demandé.</translation>
    </message>
    <message>
        <source>Mailbox unavailable: not found, no access, or refused by policy.</source>
        <translation>Boîte aux lettres indisponible : introuvable, accès refusé, ou refusée par la stratégie.</translation>
    </message>
    <message>
        <source>User not local: the server names another address to try.</source>
        <translation>Utilisateur non local : le serveur indique une autre adresse à essayer.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: message too large or mailbox full.</source>
        <translation>Limite de stockage dépassée : message trop volumineux ou boîte aux lettres pleine.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed: the address is malformed or not permitted.</source>
        <translation>Nom de boîte aux lettres non autorisé : l'adresse est mal formée ou n'est pas permise.</translation>
    </message>
    <message>
        <source>Transaction failed (in the greeting: no SMTP service for you here).</source>
        <translation>Échec de la transaction (dans l'accueil : pas de service SMTP pour vous ici).</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognized or not implemented.</source>
        <translation>Paramètres de MAIL FROM ou RCPT TO non reconnus ou non implémentés.</translation>
    </message>
    <message>
        <source>The domain does not accept mail.</source>
        <translation>Le domaine n'accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Success: the server accepted the command.</source>
        <translation>Succès : le serveur a accepté la commande.</translation>
    </message>
    <message>
        <source>The server waits for more input.</source>
        <translation>Le serveur attend d'autres données.</translation>
    </message>
    <message>
        <source>Temporary failure: not accepted this time, try again later.</source>
        <translation>Échec temporaire : non accepté cette fois, réessayez plus tard.</translation>
    </message>
    <message>
        <source>Permanent failure: the command was refused.</source>
        <translation>Échec permanent : la commande a été refusée.</translation>
    </message>
    <message>
        <source>A temporary refusal, not an error by itself. Very often this is greylisting: the server turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later. It can also mean a busy mailbox or a lookup that failed on the server.</source>
        <translation>Un refus temporaire, qui n'est pas une erreur en soi. Très souvent, il s'agit de greylisting : le serveur rejette la première tentative d'un expéditeur qu'il ne connaît pas et accepte le même message lorsqu'il est renvoyé quelques minutes plus tard. Cela peut aussi indiquer une boîte aux lettres occupée ou une recherche qui a échoué sur le serveur.</translation>
    </message>
    <message>
        <source>A real mail server retries on its own, so this is not a fault by itself. Run the test again in 5 to 15 minutes; it should then pass. If the same reply comes back for hours, read the server's text and contact its administrator.</source>
        <translation>Un vrai serveur de messagerie réessaie de lui-même ; ce n'est donc pas une panne en soi. Relancez le test dans 5 à 15 minutes ; il devrait alors réussir. Si la même réponse revient pendant des heures, lisez le texte du serveur et contactez son administrateur.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not accept mail for that recipient's domain from you. A server takes mail only for its own domains, or from users who have logged in.</source>
        <translation>Relais refusé : ce serveur n'accepte pas de votre part du courrier pour le domaine de ce destinataire. Un serveur n'accepte du courrier que pour ses propres domaines, ou de la part d'utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>To test delivery to that domain, test against the recipient domain's own MX host instead of this server. To send to other domains through this server, authenticate first (log in with AUTH, usually on port 587).</source>
        <translation>Pour tester la remise vers ce domaine, testez l'hôte MX du domaine du destinataire plutôt que ce serveur. Pour envoyer vers d'autres domaines par ce serveur, authentifiez-vous d'abord (AUTH, en général sur le port 587).</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the server does not know this recipient address.</source>
        <translation>La boîte aux lettres n'existe pas : le serveur ne connaît pas cette adresse de destinataire.</translation>
    </message>
    <message>
        <source>Check the spelling of the address, including the part after the @, and ask the recipient for the correct one. An old address may have been deleted.</source>
        <translation>Vérifiez l'orthographe de l'adresse, y compris la partie après le @, et demandez la bonne adresse au destinataire. Une ancienne adresse a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>The server refuses you because your IP address (or your sender domain) is on a blocklist of spam sources.</source>
        <translation>Le serveur vous refuse parce que votre adresse IP (ou votre domaine expéditeur) figure sur une liste de blocage de sources de spam.</translation>
    </message>
    <message>
        <source>The server's text usually names the blocklist and gives a URL: look up your public IP address there and follow its removal procedure. Until then, send through your provider's relay.</source>
        <translation>Le texte du serveur indique en général la liste de blocage et une URL : recherchez-y votre adresse IP publique et suivez sa procédure de retrait. En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>SPF check failed: the sender domain's SPF record does not list the IP address you are sending from.</source>
        <translation>Échec du contrôle SPF : l'enregistrement SPF du domaine expéditeur ne contient pas l'adresse IP depuis laquelle vous envoyez.</translation>
    </message>
    <message>
        <source>Send through a server the sender domain's SPF record allows, or ask the domain's owner to add your sending IP address to its SPF record. For a quick test, use a sender address of a domain that authorises this IP address.</source>
        <translation>Envoyez par un serveur qu'autorise l'enregistrement SPF du domaine expéditeur, ou demandez au propriétaire du domaine d'ajouter votre adresse IP d'envoi à son enregistrement SPF. Pour un test rapide, utilisez une adresse d'expéditeur d'un domaine qui autorise cette adresse IP.</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature for the sender's domain, and the server requires one.</source>
        <translation>Le message n'a pas de signature DKIM valide pour le domaine de l'expéditeur, et le serveur en exige une.</translation>
    </message>
    <message>
        <source>A test message sent from here is not signed. Send the test through the domain's normal outgoing server, which should sign it, or use a sender domain that does not require DKIM.</source>
        <translation>Un message de test envoyé d'ici n'est pas signé. Envoyez le test par le serveur sortant habituel du domaine, qui devrait le signer, ou utilisez un domaine expéditeur qui n'exige pas DKIM.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed: the IP address you send from has no host name (PTR record), or that name does not point back to the same address.</source>
        <translation>Échec du contrôle du DNS inverse : l'adresse IP d'envoi n'a pas de nom d'hôte (enregistrement PTR), ou ce nom ne pointe pas vers la même adresse.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider or hosting company) to set a PTR record for the sending IP address that resolves back to it. Until then, send through your provider's relay.</source>
        <translation>Demandez au gestionnaire de vos adresses IP (fournisseur d'accès ou hébergeur) de créer pour l'adresse IP d'envoi un enregistrement PTR qui se résout vers elle. En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Le message dépasse la taille acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link. The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Envoyez un message plus petit : compressez les pièces jointes ou partagez-les par lien. La ligne SIZE de la réponse EHLO indique la limite du serveur en octets.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation>La boîte aux lettres du destinataire est pleine.</translation>
    </message>
    <message>
        <source>Tell the recipient another way (phone, another address) to make room. A temporary (4xx) refusal is retried by real mail servers for a few days; a permanent (5xx) one comes back as a bounce.</source>
        <translation>Prévenez le destinataire par un autre moyen (téléphone, autre adresse) pour qu'il libère de l'espace. Un refus temporaire (4xx) est réessayé pendant quelques jours par les vrais serveurs de messagerie ; un refus permanent (5xx) revient sous forme de rapport de non-remise.</translation>
    </message>
    <message>
        <source>500 command not recognized: the server did not understand the command.</source>
        <translation>500 commande non reconnue : le serveur n'a pas compris la commande.</translation>
    </message>
    <message>
        <source>Check the command for a syntax error (a typo, a missing colon after MAIL FROM or RCPT TO, a stray space), and check that you are really talking to an SMTP server and not, say, a web or POP3 server on that port.</source>
        <translation>Recherchez une erreur de syntaxe dans la commande (faute de frappe, deux-points manquant après MAIL FROM ou RCPT TO, espace en trop), et vérifiez que vous parlez bien à un serveur SMTP et non, par exemple, à un serveur web ou POP3 sur ce port.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO: it is an old server that does not speak ESMTP (extended SMTP).</source>
        <translation>Le serveur ne comprend pas EHLO : c'est un ancien serveur qui ne parle pas ESMTP (SMTP étendu).</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO will be tried instead. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or delivery notifications (DSN).</source>
        <translation>Rien à corriger de votre côté : HELO sera essayé à la place. Sans ESMTP, le serveur ne propose ni STARTTLS, ni AUTH, ni SIZE, ni accusés de remise (DSN).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: it cannot encrypt this connection.</source>
        <translation>Le serveur ne propose pas STARTTLS : il ne peut pas chiffrer cette connexion.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS, or use the server's port with implicit TLS (465) if it has one. If mail to this server must be encrypted, tell its administrator.</source>
        <translation>Lancez le test sans STARTTLS, ou utilisez le port du serveur à TLS implicite (465) s'il en a un. Si le courrier vers ce serveur doit être chiffré, prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first: it accepts this command only after STARTTLS.</source>
        <translation>Le serveur veut d'abord une connexion chiffrée : il n'accepte cette commande qu'après STARTTLS.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Activez STARTTLS dans le test (ou utilisez le port 465 avec TLS implicite) et relancez-le.</translation>
    </message>
    <message>
        <source>Authentication required: the server takes mail only from users who log in.</source>
        <translation>Authentification requise : le serveur n'accepte du courrier que des utilisateurs authentifiés.</translation>
    </message>
    <message>
        <source>Give a user name and password (AUTH) in the test, after STARTTLS. Port 587 (submission) is the usual port for sending as a logged-in user.</source>
        <translation>Indiquez un nom d'utilisateur et un mot de passe (AUTH) dans le test, après STARTTLS. Le port 587 (soumission) est le port habituel pour envoyer en tant qu'utilisateur authentifié.</translation>
    </message>
    <message>
        <source>The server considers this login mechanism too weak.</source>
        <translation>Le serveur juge ce mécanisme d'authentification trop faible.</translation>
    </message>
    <message>
        <source>Choose a stronger mechanism from the AUTH line of the EHLO reply, or turn on STARTTLS first: many servers allow PLAIN and LOGIN only inside TLS.</source>
        <translation>Choisissez un mécanisme plus fort dans la ligne AUTH de la réponse EHLO, ou activez d'abord STARTTLS : de nombreux serveurs n'autorisent PLAIN et LOGIN qu'à l'intérieur de TLS.</translation>
    </message>
    <message>
        <source>Login failed: the server did not accept the user name and password (credentials invalid).</source>
        <translation>Échec de l'authentification : le serveur n'a pas accepté le nom d'utilisateur et le mot de passe (identifiants non valides).</translation>
    </message>
    <message>
        <source>Check the user name form: some servers want the full address (user@example.com), others only the part before the @. Check the password (Caps Lock, keyboard layout). For an account with multi-factor sign-in, use an app password; some providers also need SMTP login turned on for the mailbox.</source>
        <translation>Vérifiez la forme du nom d'utilisateur : certains serveurs veulent l'adresse complète (user@example.com), d'autres seulement la partie avant le @. Vérifiez le mot de passe (Verr. Maj, disposition du clavier). Pour un compte avec authentification multifacteur, utilisez un mot de passe d'application ; certains fournisseurs exigent aussi que l'authentification SMTP soit activée pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The server requires encryption for this login mechanism.</source>
        <translation>Le serveur exige le chiffrement pour ce mécanisme d'authentification.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS (or use port 465 with implicit TLS) before logging in.</source>
        <translation>Activez STARTTLS (ou utilisez le port 465 avec TLS implicite) avant de vous authentifier.</translation>
    </message>
    <message>
        <source>Look at the earlier steps: one of them failed (a refused sender or recipient, a failed login), so the server is not ready for this command. Fix that step first.</source>
        <translation>Examinez les étapes précédentes : l'une d'elles a échoué (expéditeur ou destinataire refusé, échec d'authentification) ; le serveur n'est donc pas prêt pour cette commande. Corrigez d'abord cette étape.</translation>
    </message>
    <message>
        <source>This host or domain accepts no mail at all.</source>
        <translation>Cet hôte ou ce domaine n'accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Check the domain's MX records: you may be testing a host that is not meant to receive mail. If the recipient's domain takes no mail, the address cannot be used; ask for another one.</source>
        <translation>Vérifiez les enregistrements MX du domaine : vous testez peut-être un hôte qui n'est pas censé recevoir de courrier. Si le domaine du destinataire n'accepte pas de courrier, l'adresse est inutilisable ; demandez-en une autre.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII here (SMTPUTF8, RFC 6531).</source>
        <translation>Le serveur n'accepte pas ici d'adresse contenant des caractères hors ASCII (SMTPUTF8, RFC 6531).</translation>
    </message>
    <message>
        <source>Use an ASCII address; when only the domain has other characters, its ACE form (xn--…) names the same domain.</source>
        <translation>Utilisez une adresse ASCII ; lorsque seul le domaine contient d'autres caractères, sa forme ACE (xn--…) désigne le même domaine.</translation>
    </message>
    <message>
        <source>The server does not accept a parameter of MAIL FROM or RCPT TO (such as SIZE=, NOTIFY=, ORCPT= or RET=).</source>
        <translation>Le serveur n'accepte pas un paramètre de MAIL FROM ou de RCPT TO (tel que SIZE=, NOTIFY=, ORCPT= ou RET=).</translation>
    </message>
    <message>
        <source>Use only the extensions the server announced in its EHLO reply (DSN for NOTIFY=, ORCPT=, RET=; SIZE for SIZE=), or run the test without the optional parameters.</source>
        <translation>N'utilisez que les extensions annoncées par le serveur dans sa réponse EHLO (DSN pour NOTIFY=, ORCPT=, RET= ; SIZE pour SIZE=), ou lancez le test sans les paramètres facultatifs.</translation>
    </message>
    <message>
        <source>The server refuses your connection: your IP address is blocklisted or not allowed by its policy.</source>
        <translation>Le serveur refuse votre connexion : votre adresse IP figure sur une liste de blocage ou n'est pas autorisée par sa stratégie.</translation>
    </message>
    <message>
        <source>Read the server's text: it often names a blocklist and gives a URL where you can check your IP address and ask for removal. Otherwise send through your provider's relay, or ask the server's administrator why your address is refused.</source>
        <translation>Lisez le texte du serveur : il indique souvent une liste de blocage et une URL où vérifier votre adresse IP et demander le retrait. Sinon, envoyez par le relais de votre fournisseur, ou demandez à l'administrateur du serveur pourquoi votre adresse est refusée.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: it was classed as spam or a virus, or it broke a content or sender policy (such as DMARC).</source>
        <translation>Le serveur a reçu le message et l'a refusé : il a été classé comme spam ou virus, ou il enfreint une règle de contenu ou d'expéditeur (comme DMARC).</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Try a short plain-text message; check the sender domain's SPF, DKIM and DMARC records; remove attachments or links that may be blocked.</source>
        <translation>Lisez le texte du serveur pour connaître la raison. Essayez un court message en texte brut ; vérifiez les enregistrements SPF, DKIM et DMARC du domaine expéditeur ; retirez les pièces jointes ou les liens susceptibles d'être bloqués.</translation>
    </message>
    <message>
        <source>The server refuses mail from this sender by policy: SPF does not allow your IP address for the sender's domain, your IP address or domain is on a blocklist, or this sender must log in first.</source>
        <translation>Le serveur refuse par stratégie le courrier de cet expéditeur : SPF n'autorise pas votre adresse IP pour le domaine de l'expéditeur, votre adresse IP ou votre domaine figure sur une liste de blocage, ou cet expéditeur doit d'abord s'authentifier.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Check that the sender domain's SPF record lists the IP address you send from, check your IP address on public blocklists, or log in (AUTH) if the sender is a user of this server.</source>
        <translation>Lisez le texte du serveur pour connaître la raison. Vérifiez que l'enregistrement SPF du domaine expéditeur contient l'adresse IP depuis laquelle vous envoyez, vérifiez votre adresse IP sur les listes de blocage publiques, ou authentifiez-vous (AUTH) si l'expéditeur est un utilisateur de ce serveur.</translation>
    </message>
    <message>
        <source>The recipient is not on this server; the server names another address to use.</source>
        <translation>Le destinataire n'est pas sur ce serveur ; le serveur indique une autre adresse à utiliser.</translation>
    </message>
    <message>
        <source>Use the address given in the server's text: %2</source>
        <translation>Utilisez l'adresse indiquée dans le texte du serveur : %2</translation>
    </message>
    <message>
        <source>Temporarily refused by policy (%1): often greylisting, a rate limit, or a check that could not be completed right now.</source>
        <translation>Refus temporaire par stratégie (%1) : souvent du greylisting, une limite de débit ou un contrôle qui n'a pas pu aboutir pour le moment.</translation>
    </message>
    <message>
        <source>The server is ready and greets you: it speaks SMTP and accepts connections from your address.</source>
        <translation>Le serveur est prêt et vous accueille : il parle SMTP et accepte les connexions depuis votre adresse.</translation>
    </message>
    <message>
        <source>The server is ready to encrypt the connection (TLS).</source>
        <translation>Le serveur est prêt à chiffrer la connexion (TLS).</translation>
    </message>
    <message>
        <source>Nothing to do: the TLS handshake follows.</source>
        <translation>Rien à faire : la négociation TLS suit.</translation>
    </message>
    <message>
        <source>The server accepted the greeting. The lines of its reply list the extensions it offers (SIZE limit, STARTTLS, AUTH, DSN and others).</source>
        <translation>Le serveur a accepté la présentation. Les lignes de sa réponse listent les extensions qu'il propose (limite SIZE, STARTTLS, AUTH, DSN et autres).</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>Le serveur a accepté l'adresse de l'expéditeur.</translation>
    </message>
    <message>
        <source>The server accepted this recipient.</source>
        <translation>Le serveur a accepté ce destinataire.</translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server will forward the message.</source>
        <translation>Le destinataire n'est pas sur ce serveur, mais le serveur va réexpédier le message.</translation>
    </message>
    <message>
        <source>The server cannot check this recipient now, but accepts the message and will try to deliver it.</source>
        <translation>Le serveur ne peut pas vérifier ce destinataire pour le moment, mais il accepte le message et tentera de le remettre.</translation>
    </message>
    <message>
        <source>Nothing to do, but this does not prove the mailbox exists: a bounce may still come later.</source>
        <translation>Rien à faire, mais cela ne prouve pas que la boîte aux lettres existe : un rapport de non-remise peut encore arriver plus tard.</translation>
    </message>
    <message>
        <source>Go ahead: the server is ready for the message. Headers and body follow, ended by a line with a single dot.</source>
        <translation>Allez-y : le serveur est prêt à recevoir le message. Les en-têtes et le corps suivent, terminés par une ligne ne contenant qu'un point.</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery: from now on delivering it is the server's job.</source>
        <translation>Le serveur a accepté le message pour remise : à partir de maintenant, sa remise est l'affaire du serveur.</translation>
    </message>
    <message>
        <source>Nothing to do. If the message never arrives, give the server's administrator the time of this test and the queue id from the reply (%3): that is how they find it in their logs.</source>
        <translation>Rien à faire. Si le message n'arrive jamais, donnez à l'administrateur du serveur l'heure de ce test et l'identifiant de file d'attente de la réponse (%3) : c'est ainsi qu'il le retrouve dans ses journaux.</translation>
    </message>
    <message>
        <source>The server said goodbye and closed the connection: the test ended cleanly.</source>
        <translation>Le serveur a dit au revoir et fermé la connexion : le test s'est terminé proprement.</translation>
    </message>
    <message>
        <source>Login succeeded: the server accepted the user name and password.</source>
        <translation>Authentification réussie : le serveur a accepté le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server asks for the next part of the login (user name, password or a challenge).</source>
        <translation>Le serveur demande la partie suivante de l'authentification (nom d'utilisateur, mot de passe ou défi).</translation>
    </message>
    <message>
        <source>Nothing to do: the answer is sent automatically.</source>
        <translation>Rien à faire : la réponse est envoyée automatiquement.</translation>
    </message>
    <message>
        <source>The server accepted the command: %1.</source>
        <translation>Le serveur a accepté la commande : %1.</translation>
    </message>
    <message>
        <source>The server waits for more input: %1.</source>
        <translation>Le serveur attend d'autres données : %1.</translation>
    </message>
    <message>
        <source>Nothing to do: the test sends what the server asked for.</source>
        <translation>Rien à faire : le test envoie ce que le serveur a demandé.</translation>
    </message>
    <message>
        <source>Greylisting: the server deliberately turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later.</source>
        <translation>Greylisting : le serveur rejette volontairement la première tentative d'un expéditeur qu'il ne connaît pas et accepte le même message lorsqu'il est renvoyé quelques minutes plus tard.</translation>
    </message>
    <message>
        <source>Not a fault: real mail servers retry on their own. Run the test again after the delay the text names (usually 1 to 15 minutes); it should then pass.</source>
        <translation>Ce n'est pas une panne : les vrais serveurs de messagerie réessaient d'eux-mêmes. Relancez le test après le délai indiqué dans le texte (en général 1 à 15 minutes) ; il devrait alors réussir.</translation>
    </message>
    <message>
        <source>Rate limit: the server limits how many connections or messages it takes from your address, and you are over the limit for now.</source>
        <translation>Limite de débit : le serveur limite le nombre de connexions ou de messages qu'il accepte depuis votre adresse, et vous dépassez cette limite pour le moment.</translation>
    </message>
    <message>
        <source>Wait a while and test again; stop other programs that send through the same address. Real mail servers slow down and retry on their own.</source>
        <translation>Patientez un moment et refaites le test ; arrêtez les autres programmes qui envoient par la même adresse. Les vrais serveurs de messagerie ralentissent et réessaient d'eux-mêmes.</translation>
    </message>
    <message>
        <source>DMARC check failed: the sender domain asks receivers to refuse mail that passes neither SPF nor DKIM for that domain, and this message passes neither.</source>
        <translation>Échec du contrôle DMARC : le domaine expéditeur demande aux destinataires de refuser le courrier qui ne passe ni SPF ni DKIM pour ce domaine, et ce message ne passe ni l'un ni l'autre.</translation>
    </message>
    <message>
        <source>The server is not taking connections right now: it is shutting down, too busy, or deliberately slowing down senders it does not trust (tarpitting).</source>
        <translation>Le serveur n'accepte pas de connexions pour le moment : il est en cours d'arrêt, trop occupé, ou ralentit volontairement les expéditeurs en qui il n'a pas confiance (tarpitting).</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host. If it persists, the server may be limiting connections from your address; ask its administrator.</source>
        <translation>Réessayez dans quelques minutes, ou testez l'hôte MX suivant du domaine. Si le problème persiste, le serveur limite peut-être les connexions depuis votre adresse ; contactez son administrateur.</translation>
    </message>
    <message>
        <source>The server greeted you with a temporary refusal (%1): it takes no mail from you right now.</source>
        <translation>Le serveur vous a accueilli par un refus temporaire (%1) : il n'accepte pas de courrier de votre part pour le moment.</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host.</source>
        <translation>Réessayez dans quelques minutes, ou testez l'hôte MX suivant du domaine.</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal (%1): it will not talk to you.</source>
        <translation>Le serveur a répondu à la connexion par un refus (%1) : il refuse de dialoguer avec vous.</translation>
    </message>
    <message>
        <source>The server refused the name given in EHLO: it must be a full host name (with dots) or an IP address in square brackets.</source>
        <translation>Le serveur a refusé le nom indiqué dans EHLO : ce doit être un nom d'hôte complet (avec des points) ou une adresse IP entre crochets.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the test to this computer's full host name as the internet sees it, or to its public IP address in square brackets.</source>
        <translation>Définissez dans le test le nom EHLO sur le nom d'hôte complet de cet ordinateur tel qu'Internet le voit, ou sur son adresse IP publique entre crochets.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO): %1.</source>
        <translation>Le serveur a refusé la présentation (EHLO) : %1.</translation>
    </message>
    <message>
        <source>Read the server's text. Some servers refuse EHLO names that do not resolve in DNS or that claim to be the server itself: use this computer's real host name.</source>
        <translation>Lisez le texte du serveur. Certains serveurs refusent les noms EHLO qui ne se résolvent pas dans le DNS ou qui prétendent être le serveur lui-même : utilisez le vrai nom d'hôte de cet ordinateur.</translation>
    </message>
    <message>
        <source>TLS is temporarily not available on the server (for example its certificate cannot be loaded).</source>
        <translation>TLS est temporairement indisponible sur le serveur (par exemple, son certificat ne peut pas être chargé).</translation>
    </message>
    <message>
        <source>Try again later and tell the server's administrator. Do not send passwords over the unencrypted connection meanwhile.</source>
        <translation>Réessayez plus tard et prévenez l'administrateur du serveur. En attendant, n'envoyez pas de mot de passe sur la connexion non chiffrée.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>Le serveur a refusé de démarrer TLS : %1.</translation>
    </message>
    <message>
        <source>The server needs a one-time password transition before this mechanism can be used.</source>
        <translation>Le serveur exige un changement de mot de passe ponctuel avant que ce mécanisme puisse être utilisé.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over an encrypted connection (STARTTLS) so the server can update its stored password, then try this mechanism again.</source>
        <translation>Authentifiez-vous une fois avec PLAIN sur une connexion chiffrée (STARTTLS) pour que le serveur mette à jour le mot de passe qu'il stocke, puis réessayez ce mécanisme.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>Ask the account's administrator to enable it (it may be locked after failed logins or for sending spam).</source>
        <translation>Demandez à l'administrateur du compte de le réactiver (il a peut-être été verrouillé après des échecs d'authentification ou pour envoi de spam).</translation>
    </message>
    <message>
        <source>Temporary login failure: the server could not check your credentials right now.</source>
        <translation>Échec temporaire de l'authentification : le serveur n'a pas pu vérifier vos identifiants pour le moment.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, tell the server's administrator (its user directory may be unreachable).</source>
        <translation>Réessayez dans quelques minutes ; si le problème persiste, prévenez l'administrateur du serveur (son annuaire d'utilisateurs est peut-être injoignable).</translation>
    </message>
    <message>
        <source>The server could not read the login data (bad encoding, or the login was cancelled).</source>
        <translation>Le serveur n'a pas pu lire les données d'authentification (encodage incorrect, ou authentification annulée).</translation>
    </message>
    <message>
        <source>Check the user name and password for stray characters, or choose another mechanism (LOGIN instead of PLAIN).</source>
        <translation>Recherchez des caractères parasites dans le nom d'utilisateur et le mot de passe, ou choisissez un autre mécanisme (LOGIN au lieu de PLAIN).</translation>
    </message>
    <message>
        <source>The server does not offer login (AUTH) here.</source>
        <translation>Le serveur ne propose pas d'authentification (AUTH) ici.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587: check the EHLO reply for an AUTH line.</source>
        <translation>De nombreux serveurs ne proposent AUTH qu'après STARTTLS, ou uniquement sur le port de soumission 587 : cherchez une ligne AUTH dans la réponse EHLO.</translation>
    </message>
    <message>
        <source>The server does not support this login mechanism.</source>
        <translation>Le serveur ne prend pas en charge ce mécanisme d'authentification.</translation>
    </message>
    <message>
        <source>Choose one of the mechanisms listed on the AUTH line of the EHLO reply.</source>
        <translation>Choisissez l'un des mécanismes listés dans la ligne AUTH de la réponse EHLO.</translation>
    </message>
    <message>
        <source>Login is not possible now: you are already logged in, or the server offers no AUTH on this connection.</source>
        <translation>Authentification impossible pour le moment : vous êtes déjà authentifié, ou le serveur ne propose pas AUTH sur cette connexion.</translation>
    </message>
    <message>
        <source>Check the EHLO reply for an AUTH line; many servers announce it only after STARTTLS.</source>
        <translation>Cherchez une ligne AUTH dans la réponse EHLO ; de nombreux serveurs ne l'annoncent qu'après STARTTLS.</translation>
    </message>
    <message>
        <source>Login failed: %1.</source>
        <translation>Échec de l'authentification : %1.</translation>
    </message>
    <message>
        <source>Read the server's text; check the user name, the password and the chosen mechanism.</source>
        <translation>Lisez le texte du serveur ; vérifiez le nom d'utilisateur, le mot de passe et le mécanisme choisi.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS and a login before it accepts this command.</source>
        <translation>Le serveur exige STARTTLS et une authentification avant d'accepter cette commande.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test; if the text asks for authentication, also give a user name and password (AUTH), usually on port 587.</source>
        <translation>Activez STARTTLS dans le test ; si le texte demande une authentification, indiquez aussi un nom d'utilisateur et un mot de passe (AUTH), en général sur le port 587.</translation>
    </message>
    <message>
        <source>The server does not allow this sender address: it is malformed, or you may send only as your own address.</source>
        <translation>Le serveur n'autorise pas cette adresse d'expéditeur : elle est mal formée, ou vous ne pouvez envoyer qu'avec votre propre adresse.</translation>
    </message>
    <message>
        <source>Use the address of the account you logged in with, written as &lt;user@example.com&gt;, and check its spelling.</source>
        <translation>Utilisez l'adresse du compte avec lequel vous vous êtes authentifié, écrite sous la forme &lt;user@example.com&gt;, et vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>The message size given with MAIL FROM (SIZE=) is larger than the server accepts.</source>
        <translation>La taille du message indiquée avec MAIL FROM (SIZE=) dépasse ce que le serveur accepte.</translation>
    </message>
    <message>
        <source>The sender address is not written correctly.</source>
        <translation>L'adresse de l'expéditeur est mal écrite.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, no display name, one @.</source>
        <translation>Écrivez-la sous la forme user@example.com : sans espace, sans nom d'affichage, avec un seul @.</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist in DNS or cannot receive replies.</source>
        <translation>Le domaine de l'adresse de l'expéditeur n'existe pas dans le DNS ou ne peut pas recevoir de réponses.</translation>
    </message>
    <message>
        <source>Use a sender address whose domain exists and has MX (or address) records, so bounces can reach it; check the domain part for typos.</source>
        <translation>Utilisez une adresse d'expéditeur dont le domaine existe et a des enregistrements MX (ou d'adresse), afin que les rapports de non-remise puissent l'atteindre ; vérifiez que la partie domaine ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1.</source>
        <translation>Le serveur a refusé l'expéditeur : %1.</translation>
    </message>
    <message>
        <source>The domain of the recipient address does not exist or takes no mail.</source>
        <translation>Le domaine de l'adresse du destinataire n'existe pas ou n'accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Check the part after the @ for typos, and check the domain's MX records.</source>
        <translation>Recherchez d'éventuelles fautes de frappe dans la partie après le @, et vérifiez les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>The recipient address is not written correctly.</source>
        <translation>L'adresse du destinataire est mal écrite.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, commas or display name, one @.</source>
        <translation>Écrivez-la sous la forme user@example.com : sans espace, virgule ni nom d'affichage, avec un seul @.</translation>
    </message>
    <message>
        <source>The mailbox has moved and the server knows no forwarding address.</source>
        <translation>La boîte aux lettres a été déplacée et le serveur ne connaît aucune adresse de réexpédition.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Demandez la nouvelle adresse au destinataire.</translation>
    </message>
    <message>
        <source>The sender's domain publishes a null MX: it accepts no mail, so it may not send mail either.</source>
        <translation>Le domaine de l'expéditeur publie un MX nul : il n'accepte aucun courrier, il ne peut donc pas non plus en envoyer.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that can receive mail (bounces must be deliverable).</source>
        <translation>Utilisez une adresse d'expéditeur d'un domaine qui peut recevoir du courrier (les rapports de non-remise doivent pouvoir être remis).</translation>
    </message>
    <message>
        <source>The mailbox is disabled and does not accept messages.</source>
        <translation>La boîte aux lettres est désactivée et n'accepte pas de messages.</translation>
    </message>
    <message>
        <source>Reach the recipient another way: the account may have been closed or suspended.</source>
        <translation>Contactez le destinataire par un autre moyen : le compte a peut-être été fermé ou suspendu.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Trop de destinataires pour un seul message.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message. Real mail servers send the rest in another transaction on their own.</source>
        <translation>Envoyez à moins de destinataires par message. Les vrais serveurs de messagerie envoient d'eux-mêmes le reste dans une autre transaction.</translation>
    </message>
    <message>
        <source>The server takes no more recipients now: too many recipients for one message, or it is short of storage space.</source>
        <translation>Le serveur n'accepte plus de destinataires pour le moment : trop de destinataires pour un seul message, ou il manque d'espace de stockage.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message (real mail servers send the rest in another transaction on their own), or retry later if the server is out of space.</source>
        <translation>Envoyez à moins de destinataires par message (les vrais serveurs de messagerie envoient d'eux-mêmes le reste dans une autre transaction), ou réessayez plus tard si le serveur manque d'espace.</translation>
    </message>
    <message>
        <source>The server refused this recipient: the mailbox does not exist, or the server will not accept mail for it from you.</source>
        <translation>Le serveur a refusé ce destinataire : la boîte aux lettres n'existe pas, ou le serveur n'accepte pas de votre part du courrier pour elle.</translation>
    </message>
    <message>
        <source>Check the spelling of the address and read the server's text: "user unknown" means ask the recipient for the right address; "relay" means this server does not handle that domain for you: test the recipient domain's own MX host.</source>
        <translation>Vérifiez l'orthographe de l'adresse et lisez le texte du serveur : « user unknown » signifie qu'il faut demander la bonne adresse au destinataire ; « relay » signifie que ce serveur ne gère pas ce domaine pour vous : testez l'hôte MX du domaine du destinataire.</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address: it is malformed or not accepted here.</source>
        <translation>Le serveur n'autorise pas cette adresse de destinataire : elle est mal formée ou n'est pas acceptée ici.</translation>
    </message>
    <message>
        <source>Check the address: written as &lt;user@example.com&gt;, no spaces, the right domain.</source>
        <translation>Vérifiez l'adresse : écrite sous la forme &lt;user@example.com&gt;, sans espace, avec le bon domaine.</translation>
    </message>
    <message>
        <source>The server refused this recipient (transaction failed), most often because it does not relay mail for that domain from you, or by policy.</source>
        <translation>Le serveur a refusé ce destinataire (échec de la transaction), le plus souvent parce qu'il ne relaie pas de votre part le courrier pour ce domaine, ou en raison de sa stratégie.</translation>
    </message>
    <message>
        <source>The server refused this recipient: %1.</source>
        <translation>Le serveur a refusé ce destinataire : %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason and check the spelling of the address.</source>
        <translation>Lisez le texte du serveur pour connaître la raison, et vérifiez l'orthographe de l'adresse.</translation>
    </message>
    <message>
        <source>The server cannot handle a parameter of this command right now (such as SIZE= or NOTIFY=).</source>
        <translation>Le serveur ne peut pas traiter pour le moment un paramètre de cette commande (tel que SIZE= ou NOTIFY=).</translation>
    </message>
    <message>
        <source>Try again later, or run the test without the optional parameters.</source>
        <translation>Réessayez plus tard, ou lancez le test sans les paramètres facultatifs.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: DATA was refused because no recipient has been accepted.</source>
        <translation>Mauvaise séquence de commandes : DATA a été refusé car aucun destinataire n'a été accepté.</translation>
    </message>
    <message>
        <source>Fix the refused RCPT TO first: the server needs at least one accepted recipient before the message.</source>
        <translation>Corrigez d'abord le RCPT TO refusé : le serveur a besoin d'au moins un destinataire accepté avant le message.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: RCPT TO came without an accepted MAIL FROM.</source>
        <translation>Mauvaise séquence de commandes : RCPT TO est arrivé sans MAIL FROM accepté.</translation>
    </message>
    <message>
        <source>Fix the refused MAIL FROM first.</source>
        <translation>Corrigez d'abord le MAIL FROM refusé.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: %1.</source>
        <translation>Le serveur a reçu le message et l'a refusé : %1.</translation>
    </message>
    <message>
        <source>The server will not take a message now: %1.</source>
        <translation>Le serveur n'accepte pas de message pour le moment : %1.</translation>
    </message>
    <message>
        <source>Check that at least one recipient was accepted, and read the server's text.</source>
        <translation>Vérifiez qu'au moins un destinataire a été accepté, et lisez le texte du serveur.</translation>
    </message>
    <message>
        <source>SPF check error: the sender domain's SPF record is broken or could not be looked up.</source>
        <translation>Erreur du contrôle SPF : l'enregistrement SPF du domaine expéditeur est défectueux ou n'a pas pu être recherché.</translation>
    </message>
    <message>
        <source>Ask the sender domain's owner to check its SPF record (syntax, too many lookups); if it was a DNS timeout, retry later.</source>
        <translation>Demandez au propriétaire du domaine expéditeur de vérifier son enregistrement SPF (syntaxe, trop de recherches) ; s'il s'agissait d'un délai DNS dépassé, réessayez plus tard.</translation>
    </message>
    <message>
        <source>Several sender checks failed at once (SPF, DKIM, reverse DNS).</source>
        <translation>Plusieurs contrôles de l'expéditeur ont échoué en même temps (SPF, DKIM, DNS inverse).</translation>
    </message>
    <message>
        <source>Send through the sender domain's normal outgoing server, which SPF allows and which signs with DKIM, from an IP address with a proper reverse DNS name.</source>
        <translation>Envoyez par le serveur sortant habituel du domaine expéditeur, autorisé par SPF et qui signe avec DKIM, depuis une adresse IP dotée d'un nom DNS inverse correct.</translation>
    </message>
    <message>
        <source>The server is closing the connection: it is shutting down, overloaded, or you hit one of its limits (connections, commands or errors).</source>
        <translation>Le serveur ferme la connexion : il est en cours d'arrêt, surchargé, ou vous avez atteint l'une de ses limites (connexions, commandes ou erreurs).</translation>
    </message>
    <message>
        <source>Try again later. A real mail server retries on its own; repeated 421 replies from one server point at a limit on your address.</source>
        <translation>Réessayez plus tard. Un vrai serveur de messagerie réessaie de lui-même ; des réponses 421 répétées d'un même serveur indiquent une limite appliquée à votre adresse.</translation>
    </message>
    <message>
        <source>The server is short of storage space right now.</source>
        <translation>Le serveur manque d'espace de stockage pour le moment.</translation>
    </message>
    <message>
        <source>Try again later; a real mail server retries on its own. If it lasts, tell the server's administrator.</source>
        <translation>Réessayez plus tard ; un vrai serveur de messagerie réessaie de lui-même. Si cela dure, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Syntax error in the arguments: the server knows the command but not what followed it.</source>
        <translation>Erreur de syntaxe dans les arguments : le serveur connaît la commande mais pas ce qui la suit.</translation>
    </message>
    <message>
        <source>Check the syntax: addresses go in angle brackets with no spaces or display name (MAIL FROM:&lt;user@example.com&gt;), and parameters must be ones the server announced.</source>
        <translation>Vérifiez la syntaxe : les adresses s'écrivent entre chevrons, sans espace ni nom d'affichage (MAIL FROM:&lt;user@example.com&gt;), et les paramètres doivent faire partie de ceux annoncés par le serveur.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>Le serveur n'implémente pas cette commande.</translation>
    </message>
    <message>
        <source>Leave the command out or use another one; the EHLO reply lists what the server offers.</source>
        <translation>Omettez la commande ou utilisez-en une autre ; la réponse EHLO liste ce que propose le serveur.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: the command came at the wrong moment (for example RCPT before MAIL, or DATA with no accepted recipient).</source>
        <translation>Mauvaise séquence de commandes : la commande est arrivée au mauvais moment (par exemple RCPT avant MAIL, ou DATA sans destinataire accepté).</translation>
    </message>
    <message>
        <source>The server does not implement this parameter of the command.</source>
        <translation>Le serveur n'implémente pas ce paramètre de la commande.</translation>
    </message>
    <message>
        <source>Use only parameters the server announced in its EHLO reply.</source>
        <translation>N'utilisez que les paramètres annoncés par le serveur dans sa réponse EHLO.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: the message is too large or the mailbox is full.</source>
        <translation>Limite de stockage dépassée : le message est trop volumineux ou la boîte aux lettres est pleine.</translation>
    </message>
    <message>
        <source>Compare the message size with the SIZE limit in the EHLO reply, and ask the recipient whether the mailbox is full.</source>
        <translation>Comparez la taille du message avec la limite SIZE de la réponse EHLO, et demandez au destinataire si sa boîte aux lettres est pleine.</translation>
    </message>
    <message>
        <source>The server refused QUIT (%1). This is harmless: the test is over.</source>
        <translation>Le serveur a refusé QUIT (%1). C'est sans conséquence : le test est terminé.</translation>
    </message>
    <message>
        <source>A temporary refusal: %1. The server expects the command to be tried again later.</source>
        <translation>Un refus temporaire : %1. Le serveur attend que la commande soit réessayée plus tard.</translation>
    </message>
    <message>
        <source>Not a fault by itself: real mail servers retry for days. Run the test again in a few minutes; if it persists, read the server's text and contact its administrator.</source>
        <translation>Ce n'est pas une panne en soi : les vrais serveurs de messagerie réessaient pendant plusieurs jours. Relancez le test dans quelques minutes ; si le problème persiste, lisez le texte du serveur et contactez son administrateur.</translation>
    </message>
    <message>
        <source>A permanent refusal: %1.</source>
        <translation>Un refus permanent : %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Retrying the same thing will not help: something in the request or on the server must change.</source>
        <translation>Lisez le texte du serveur pour connaître la raison. Réessayer la même chose n'aidera pas : quelque chose doit changer dans la requête ou sur le serveur.</translation>
    </message>
    <message>
        <source>The server answered with a code SMTP does not define, so its meaning is unknown.</source>
        <translation>Le serveur a répondu avec un code que SMTP ne définit pas ; sa signification est donc inconnue.</translation>
    </message>
    <message>
        <source>Check that this is really an SMTP server, and read its text: %2</source>
        <translation>Vérifiez qu'il s'agit bien d'un serveur SMTP, et lisez son texte : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ReplyParser</name>
    <message>
        <source>… (line longer than 4096 bytes, rest not shown)</source>
        <translation>… (ligne de plus de 4096 octets, la suite n'est pas affichée)</translation>
    </message>
    <message>
        <source>The server sent a line longer than 4096 bytes; SMTP allows 512.</source>
        <translation>Le serveur a envoyé une ligne de plus de 4096 octets ; SMTP en autorise 512.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare LF instead of CR LF.</source>
        <translation>Le serveur a terminé une ligne par un LF seul au lieu de CR LF.</translation>
    </message>
    <message>
        <source>The server sent a CR without LF inside a line.</source>
        <translation>Le serveur a envoyé un CR sans LF au milieu d'une ligne.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: "%1".</source>
        <translation>Le serveur a envoyé une ligne qui n'est pas une réponse SMTP : « %1 ».</translation>
    </message>
    <message>
        <source>The server answered with code %1, which SMTP does not define.</source>
        <translation>Le serveur a répondu avec le code %1, que SMTP ne définit pas.</translation>
    </message>
    <message>
        <source>The lines of one reply disagree on the code (%1, then %2).</source>
        <translation>Les lignes d'une même réponse n'ont pas le même code (%1, puis %2).</translation>
    </message>
    <message>
        <source>The server sent a reply of more than 1000 lines.</source>
        <translation>Le serveur a envoyé une réponse de plus de 1000 lignes.</translation>
    </message>
    <message>
        <source>The enhanced status %1 does not match the reply code %2.</source>
        <translation>Le code d'état étendu %1 ne correspond pas au code de réponse %2.</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportData</name>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportSections</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>Du %1 au %2 (%n jour restant)</numerusform>
            <numerusform>Du %1 au %2 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Nom du serveur (SNI)</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(aucun envoyé)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source> subject</source>
        <translation> sujet</translation>
    </message>
    <message>
        <source> issuer</source>
        <translation> émetteur</translation>
    </message>
    <message>
        <source> valid</source>
        <translation> validité</translation>
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
        <translation>Recherche MX de</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Serveur interrogé</translation>
    </message>
    <message>
        <source>Reverse DNS of</source>
        <translation>DNS inverse de</translation>
    </message>
    <message>
        <source>PTR names</source>
        <translation>Noms PTR</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différé</translation>
    </message>
    <message numerus="yes">
        <source>not failed: retry after %n s</source>
        <translation>
            <numerusform>pas en échec : réessayer après %n s</numerusform>
            <numerusform>pas en échec : réessayer après %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed: retry later</source>
        <translation>pas en échec : réessayer plus tard</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>thin: the server gives no reason, this rests on the code alone</source>
        <translation>faibles : le serveur ne donne aucune raison, ceci repose uniquement sur le code</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Provider tag</source>
        <translation>Étiquette du fournisseur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d'exploitation</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Adresse locale</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(valeur par défaut du système)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Around the conversation</source>
        <translation>Autour de la session</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportShareDialog</name>
    <message>
        <source>&amp;Mask addresses and host names (for sharing outside the company)</source>
        <translation>&amp;Masquer les adresses et les noms d'hôte (pour un partage hors de l'entreprise)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Passwords are always masked. Preview of the report:</source>
        <translation>Les mots de passe sont toujours masqués. Aperçu du rapport :</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportWriter</name>
    <message>
        <source>Cannot write %1: use .txt, .html or .json (PDF needs the PDF writer).</source>
        <translation>Impossible d'écrire %1 : utilisez .txt, .html ou .json (le PDF nécessite le générateur PDF).</translation>
    </message>
</context>
<context>
    <name>mailflow::ReverseDnsCheck</name>
    <message>
        <source>there is no address to look up</source>
        <translation>il n'y a aucune adresse à rechercher</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, and %2 points back to %1 (forward-confirmed).</source>
        <translation>DNS inverse : %1 s'appelle %2, et %2 pointe de nouveau vers %1 (confirmé dans les deux sens).</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, but that name does not point back to %1 (not forward-confirmed). This matters when the server also sends mail: many receivers distrust senders without matching reverse DNS.</source>
        <translation>DNS inverse : %1 s'appelle %2, mais ce nom ne pointe pas vers %1 (non confirmé dans les deux sens). C'est important si le serveur envoie aussi du courrier : de nombreux destinataires se méfient des expéditeurs sans DNS inverse concordant.</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 has no PTR record (no name). Harmless for receiving mail; a server that also sends mail should have one.</source>
        <translation>DNS inverse : %1 n'a pas d'enregistrement PTR (aucun nom). Sans conséquence pour la réception du courrier ; un serveur qui envoie aussi du courrier devrait en avoir un.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked: %2.</source>
        <translation>Le DNS inverse de %1 n'a pas pu être vérifié : %2.</translation>
    </message>
    <message>
        <source>The 220 banner does not start with the server's host name, as RFC 5321 §4.3.1 expects. Harmless, but it makes the server harder to identify.</source>
        <translation>La bannière 220 ne commence pas par le nom d'hôte du serveur, comme l'attend la RFC 5321 §4.3.1. Sans conséquence, mais le serveur est plus difficile à identifier.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, which matches the reverse DNS.</source>
        <translation>La bannière 220 indique %1, ce qui correspond au DNS inverse.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, but reverse DNS names %2. Many healthy servers differ (load balancers, hosted mail); this is for information.</source>
        <translation>La bannière 220 indique %1, mais le DNS inverse indique %2. De nombreux serveurs sains présentent cette différence (répartiteurs de charge, messagerie hébergée) ; ceci est donné à titre d'information.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunCompare</name>
    <message>
        <source>Verdict: %1 before, %2 now.</source>
        <translation>Verdict : %1 avant, %2 maintenant.</translation>
    </message>
    <message>
        <source>%1: new step, %2 now.</source>
        <translation>%1 : nouvelle étape, %2 maintenant.</translation>
    </message>
    <message>
        <source>%1 now fails (%2), was %3 (%4).</source>
        <translation>%1 échoue maintenant (%2), était %3 (%4).</translation>
    </message>
    <message>
        <source>%1 now passes (%2), was %3 (%4).</source>
        <translation>%1 réussit maintenant (%2), était %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is now a warning (%2), was %3 (%4).</source>
        <translation>%1 est maintenant un avertissement (%2), était %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was %2 before and is %3 now.</source>
        <translation>%1 était %2 avant et est %3 maintenant.</translation>
    </message>
    <message>
        <source>%1: the server answers %2 now, %3 before.</source>
        <translation>%1 : le serveur répond %2 maintenant, %3 avant.</translation>
    </message>
    <message>
        <source>%1: same code, different words: "%2" now, "%3" before.</source>
        <translation>%1 : même code, texte différent : « %2 » maintenant, « %3 » avant.</translation>
    </message>
    <message>
        <source>%1 is slower: %2 ms now, %3 ms before.</source>
        <translation>%1 est plus lent : %2 ms maintenant, %3 ms avant.</translation>
    </message>
    <message>
        <source>%1 is no longer part of the test (was %2).</source>
        <translation>%1 ne fait plus partie du test (était %2).</translation>
    </message>
    <message>
        <source>The server now shows a certificate (%1).</source>
        <translation>Le serveur présente maintenant un certificat (%1).</translation>
    </message>
    <message>
        <source>The server certificate changed: %1 now, %2 before.</source>
        <translation>Le certificat du serveur a changé : %1 maintenant, %2 avant.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nothing changed since the previous run.</source>
        <translation>Rien n'a changé depuis l'exécution précédente.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunViewer</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (read-only, from the history)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (lecture seule, depuis l'historique)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Mailflow — run of %1</source>
        <translation>Mailflow — exécution de %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SaslPrep</name>
    <message>
        <source>it contains a character SASLprep does not allow (a control, private-use, surrogate or non-character code point).</source>
        <translation>il contient un caractère que SASLprep n'autorise pas (caractère de contrôle, à usage privé, demi-codet ou point de code non-caractère).</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right characters in a way SASLprep does not allow.</source>
        <translation>il mélange des caractères de droite à gauche et de gauche à droite d'une manière que SASLprep n'autorise pas.</translation>
    </message>
</context>
<context>
    <name>mailflow::ScramClient</name>
    <message>
        <source>The server ended SCRAM with the error "%1".</source>
        <translation>Le serveur a terminé SCRAM avec l'erreur « %1 ».</translation>
    </message>
    <message>
        <source>The server's SCRAM nonce does not extend the one sent: the exchange is not trustworthy.</source>
        <translation>Le nonce SCRAM du serveur ne prolonge pas celui qui a été envoyé : l'échange n'est pas digne de confiance.</translation>
    </message>
    <message>
        <source>The server's SCRAM message has no valid salt or iteration count.</source>
        <translation>Le message SCRAM du serveur ne contient pas de sel ou de nombre d'itérations valide.</translation>
    </message>
    <message>
        <source>The server refused the SCRAM proof: "%1".</source>
        <translation>Le serveur a refusé la preuve SCRAM : « %1 ».</translation>
    </message>
    <message>
        <source>The server's SCRAM signature is wrong: it does not know this password, so it may not be the server that holds the account.</source>
        <translation>La signature SCRAM du serveur est incorrecte : il ne connaît pas ce mot de passe ; ce n'est donc peut-être pas le serveur qui détient le compte.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: %1</source>
        <translation>Le nom d'utilisateur ne peut pas être utilisé avec SCRAM : %1</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: %1</source>
        <translation>Le mot de passe ne peut pas être utilisé avec SCRAM : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SecurityUi</name>
    <message>
        <source>Certificate…</source>
        <translation>Certificat…</translation>
    </message>
    <message>
        <source>What the TLS handshake showed: protocol, cipher, certificate chain</source>
        <translation>Ce qu'a montré la négociation TLS : protocole, suite de chiffrement, chaîne de certificats</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Chiffré (%1)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>The connection is not encrypted (or there is none).</source>
        <translation>La connexion n'est pas chiffrée (ou il n'y en a pas).</translation>
    </message>
</context>
<context>
    <name>mailflow::ServerPage</name>
    <message>
        <source>&amp;Look up MX</source>
        <translation>&amp;Rechercher les MX</translation>
    </message>
    <message>
        <source>Test &amp;all MX hosts…</source>
        <translation>Tester &amp;tous les hôtes MX…</translation>
    </message>
    <message>
        <source>Which mail server do you want to test? Enter a recipient's address or a domain (user@example.com, example.com) and press &lt;b&gt;Look up MX&lt;/b&gt; to see which servers receive its mail, or enter a server's name or IP address directly. Port 25 is where servers receive mail from other servers; 587 and 465 are where mail programs hand in mail; 2525 is a common alternative.</source>
        <translation>Quel serveur de messagerie voulez-vous tester ? Saisissez l'adresse d'un destinataire ou un domaine (user@example.com, example.com) et appuyez sur &lt;b&gt;Rechercher les MX&lt;/b&gt; pour voir quels serveurs reçoivent son courrier, ou saisissez directement le nom ou l'adresse IP d'un serveur. Le port 25 est celui où les serveurs reçoivent le courrier des autres serveurs ; 587 et 465 sont ceux où les logiciels de messagerie déposent le courrier ; 2525 est une alternative courante.</translation>
    </message>
    <message>
        <source>user@example.com, example.com or mail.example.com</source>
        <translation>user@example.com, example.com ou mail.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>25: server to server (SMTP)</source>
        <translation>25 : de serveur à serveur (SMTP)</translation>
    </message>
    <message>
        <source>587: submission by mail programs, usually STARTTLS and a password</source>
        <translation>587 : soumission par les logiciels de messagerie, en général STARTTLS et un mot de passe</translation>
    </message>
    <message>
        <source>465: submission over TLS from the first byte</source>
        <translation>465 : soumission en TLS dès le premier octet</translation>
    </message>
    <message>
        <source>2525: alternative port some providers offer</source>
        <translation>2525 : port alternatif proposé par certains fournisseurs</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur du système</translation>
    </message>
    <message>
        <source>An IPv4 address of a DNS server to ask instead of the system's resolver.</source>
        <translation>L'adresse IPv4 d'un serveur DNS à interroger à la place du résolveur du système.</translation>
    </message>
    <message>
        <source>Test every address of every MX host up to RCPT TO (no mail is sent)</source>
        <translation>Tester chaque adresse de chaque hôte MX jusqu'à RCPT TO (aucun courrier n'est envoyé)</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Préf.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Mail exchangers</source>
        <translation>Serveurs de messagerie (MX)</translation>
    </message>
    <message>
        <source>Ser&amp;ver or address:</source>
        <translation>Ser&amp;veur ou adresse :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implicite</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Answered by %1 in %2 ms.</source>
        <translation>Réponse de %1 en %2 ms.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionOptions</name>
    <message>
        <source>Unknown NOTIFY keyword "%1": use SUCCESS, FAILURE, DELAY or NEVER.</source>
        <translation>Mot-clé NOTIFY « %1 » inconnu : utilisez SUCCESS, FAILURE, DELAY ou NEVER.</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER cannot be combined with other keywords.</source>
        <translation>NOTIFY=NEVER ne peut pas être combiné avec d'autres mots-clés.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionWire</name>
    <message>
        <source>Trying %1…</source>
        <translation>Tentative sur %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB before the client spoke again (during the TLS handshake or the certificate decision); the connection was closed.</source>
        <translation>Le serveur a envoyé plus de %1 Kio avant que le client reprenne la parole (pendant la négociation TLS ou la décision sur le certificat) ; la connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>mailflow::SmtpSession</name>
    <message>
        <source>"%1" was not sent.</source>
        <translation>« %1 » n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>The server answered before the command was sent (it did not wait for the client), so its replies cannot be matched to commands; %1</source>
        <translation>Le serveur a répondu avant l'envoi de la commande (il n'a pas attendu le client) ; ses réponses ne peuvent donc pas être associées aux commandes ; %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>No recipient was accepted, so no message was sent.</source>
        <translation>Aucun destinataire n'a été accepté ; aucun message n'a donc été envoyé.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation>Le serveur a envoyé une réponse que personne n'a demandée.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection while the message was being sent.</source>
        <translation>Le serveur a fermé la connexion pendant l'envoi du message.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server kept one reply trickling in for %1 s without ending it; the test stopped waiting.</source>
        <translation>Le serveur a fait traîner une réponse pendant %1 s sans la terminer ; le test a cessé d'attendre.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>Aborted by the user.</source>
        <translation>Interrompu par l'utilisateur.</translation>
    </message>
    <message>
        <source>Aborted by the user</source>
        <translation>Interrompu par l'utilisateur</translation>
    </message>
    <message>
        <source>No user name was given for AUTH.</source>
        <translation>Aucun nom d'utilisateur n'a été indiqué pour AUTH.</translation>
    </message>
    <message>
        <source>No access token was given for AUTH.</source>
        <translation>Aucun jeton d'accès n'a été indiqué pour AUTH.</translation>
    </message>
    <message>
        <source>No password was given for AUTH.</source>
        <translation>Aucun mot de passe n'a été indiqué pour AUTH.</translation>
    </message>
    <message>
        <source>The credentials were not sent: the connection is not encrypted, and anyone on the path could read them.</source>
        <translation>Les identifiants n'ont pas été envoyés : la connexion n'est pas chiffrée, et n'importe qui sur le trajet pourrait les lire.</translation>
    </message>
    <message>
        <source>Use STARTTLS (ports 25, 587) or implicit TLS (port 465). Only if you must test a login without TLS, allow it explicitly for this test.</source>
        <translation>Utilisez STARTTLS (ports 25, 587) ou le TLS implicite (port 465). Uniquement si vous devez tester une authentification sans TLS, autorisez-la explicitement pour ce test.</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted (login without TLS was not allowed for this test).</source>
        <translation>Identifiants non envoyés : la connexion n'est pas chiffrée (l'authentification sans TLS n'était pas autorisée pour ce test).</translation>
    </message>
    <message>
        <source>%1 logs in with a password, but an access token was given.</source>
        <translation>%1 s'authentifie avec un mot de passe, mais un jeton d'accès a été fourni.</translation>
    </message>
    <message>
        <source>%1 logs in with an OAuth access token, but a password was given.</source>
        <translation>%1 s'authentifie avec un jeton d'accès OAuth, mais un mot de passe a été fourni.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply, so there is no way to log in here.</source>
        <translation>Le serveur n'a pas proposé AUTH dans sa réponse EHLO ; il est donc impossible de s'authentifier ici.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587 (or 465): change the port or turn on TLS.</source>
        <translation>De nombreux serveurs ne proposent AUTH qu'après STARTTLS, ou uniquement sur le port de soumission 587 (ou 465) : changez de port ou activez TLS.</translation>
    </message>
    <message>
        <source>The server offers no OAuth login (XOAUTH2 or OAUTHBEARER) for the access token, only %1.</source>
        <translation>Le serveur ne propose aucune authentification OAuth (XOAUTH2 ou OAUTHBEARER) pour le jeton d'accès, seulement %1.</translation>
    </message>
    <message>
        <source>Log in with a password instead, or check that OAuth is enabled for SMTP on this server (Microsoft 365: "Authenticated SMTP" for the mailbox).</source>
        <translation>Authentifiez-vous plutôt avec un mot de passe, ou vérifiez qu'OAuth est activé pour SMTP sur ce serveur (Microsoft 365 : « SMTP authentifié » pour la boîte aux lettres).</translation>
    </message>
    <message>
        <source>The server offers only login mechanisms this program does not speak (%1).</source>
        <translation>Le serveur ne propose que des mécanismes d'authentification que ce programme ne gère pas (%1).</translation>
    </message>
    <message>
        <source>Force PLAIN, LOGIN, CRAM-MD5 or SCRAM to try one anyway.</source>
        <translation>Forcez PLAIN, LOGIN, CRAM-MD5 ou SCRAM pour en essayer un malgré tout.</translation>
    </message>
    <message>
        <source>No usable AUTH mechanism offered</source>
        <translation>Aucun mécanisme AUTH utilisable proposé</translation>
    </message>
    <message>
        <source>Sending credentials over an UNENCRYPTED connection, as allowed for this test: anyone on the path can read them.</source>
        <translation>Envoi des identifiants sur une connexion NON CHIFFRÉE, comme autorisé pour ce test : n'importe qui sur le trajet peut les lire.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH %1; trying it anyway as it was chosen.</source>
        <translation>Le serveur n'a pas proposé AUTH %1 ; essai quand même, puisqu'il a été choisi.</translation>
    </message>
    <message>
        <source>Logging in as "%1" with %2.</source>
        <translation>Authentification en tant que « %1 » avec %2.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"</source>
        <translation>Défi (décodé) : « %1 »</translation>
    </message>
    <message>
        <source>Cancelling the login.</source>
        <translation>Annulation de l'authentification.</translation>
    </message>
    <message>
        <source>Check that the host name is the server that holds the account; a proxy or interception device in between cannot take part in SCRAM.</source>
        <translation>Vérifiez que le nom d'hôte est bien celui du serveur qui détient le compte ; un proxy ou un dispositif d'interception intermédiaire ne peut pas participer à SCRAM.</translation>
    </message>
    <message>
        <source>The server asked for more than this mechanism needs; cancelling the login.</source>
        <translation>Le serveur a demandé plus que ce dont ce mécanisme a besoin ; annulation de l'authentification.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"; type the answer in base64 (it is hidden in the transcript).</source>
        <translation>Défi (décodé) : « %1 » ; saisissez la réponse en base64 (elle est masquée dans le journal).</translation>
    </message>
    <message>
        <source>Closed without QUIT, as asked (a client that drops the connection).</source>
        <translation>Fermé sans QUIT, comme demandé (un client qui coupe la connexion).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>Le serveur a fermé la connexion sans répondre à QUIT.</translation>
    </message>
    <message>
        <source>Connection closed without a 221 reply</source>
        <translation>Connexion fermée sans réponse 221</translation>
    </message>
    <message>
        <source>A command cannot contain a line break or a control character.</source>
        <translation>Une commande ne peut pas contenir de saut de ligne ni de caractère de contrôle.</translation>
    </message>
    <message>
        <source>Not connected: connect first.</source>
        <translation>Non connecté : connectez-vous d'abord.</translation>
    </message>
    <message>
        <source>Wait for the reply to the last command.</source>
        <translation>Attendez la réponse à la dernière commande.</translation>
    </message>
    <message>
        <source>The message stopped moving: no progress for %1 s.</source>
        <translation>L'envoi du message s'est bloqué : aucune progression depuis %1 s.</translation>
    </message>
    <message>
        <source>No reply to the end of the message within %1 s.</source>
        <translation>Aucune réponse à la fin du message en %1 s.</translation>
    </message>
    <message>
        <source>the message was not sent.</source>
        <translation>le message n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>Type the message, then a line with a single "." to end it.</source>
        <translation>Saisissez le message, puis une ligne ne contenant que « . » pour le terminer.</translation>
    </message>
    <message>
        <source>The server answered before the message was complete.</source>
        <translation>Le serveur a répondu avant que le message soit complet.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so mail to or from %1 cannot go through it: the part before the @ has characters outside ASCII and has no ASCII form.</source>
        <translation>Le serveur ne propose pas SMTPUTF8 ; le courrier à destination ou en provenance de %1 ne peut donc pas passer par lui : la partie avant le @ contient des caractères hors ASCII et n'a pas de forme ASCII.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so it cannot take %1 as written; the ASCII (ACE) form of the same address is %2.</source>
        <translation>Le serveur ne propose pas SMTPUTF8 ; il ne peut donc pas accepter %1 tel quel ; la forme ASCII (ACE) de la même adresse est %2.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters but the server did not offer 8BITMIME; they may arrive garbled.</source>
        <translation>Le message contient des caractères 8 bits mais le serveur n'a pas proposé 8BITMIME ; ils risquent d'arriver altérés.</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them anyway).</source>
        <translation>Le serveur n'a pas annoncé DSN ; RET= et ENVID= ne sont donc pas envoyés (forcez DSN pour les envoyer malgré tout).</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so NOTIFY= and ORCPT= are not sent (force DSN to send them anyway, as KB 153119 does by hand).</source>
        <translation>Le serveur n'a pas annoncé DSN ; NOTIFY= et ORCPT= ne sont donc pas envoyés (forcez DSN pour les envoyer malgré tout, comme le fait KB 153119 à la main).</translation>
    </message>
    <message>
        <source>TLS settings: %1</source>
        <translation>Paramètres TLS : %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Connexion à %1 port %2…</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>Connecté à %1 depuis %2.</translation>
    </message>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation>Connexion impossible en %1 s.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO (it does not speak ESMTP); trying HELO.</source>
        <translation>Le serveur ne comprend pas EHLO (il ne parle pas ESMTP) ; essai de HELO.</translation>
    </message>
    <message>
        <source>%1 (HELO: no ESMTP extensions such as SIZE, DSN, STARTTLS or AUTH)</source>
        <translation>%1 (HELO : aucune extension ESMTP telle que SIZE, DSN, STARTTLS ou AUTH)</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>Le serveur propose : %1</translation>
    </message>
    <message>
        <source>The EHLO reply has "XXXXXXXA" where STARTTLS would be: a firewall that inspects SMTP is hiding STARTTLS from this client.</source>
        <translation>La réponse EHLO contient « XXXXXXXA » à la place de STARTTLS : un pare-feu qui inspecte SMTP masque STARTTLS à ce client.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the test goes on unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS : le test continue sans chiffrement.</translation>
    </message>
    <message>
        <source>The server answered before the pipelined commands were sent, so its replies cannot be matched to them.</source>
        <translation>Le serveur a répondu avant l'envoi des commandes en pipeline ; ses réponses ne peuvent donc pas leur être associées.</translation>
    </message>
    <message numerus="yes">
        <source>PIPELINING: the next %n commands go out in one write; each reply is judged in order.</source>
        <translation>
            <numerusform>PIPELINING : la commande suivante part en une seule écriture ; sa réponse est évaluée dans l'ordre.</numerusform>
            <numerusform>PIPELINING : les %n commandes suivantes partent en une seule écriture ; chaque réponse est évaluée dans l'ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent more replies than the pipelined batch had commands.</source>
        <translation>Le serveur a envoyé plus de réponses que le lot en pipeline ne comptait de commandes.</translation>
    </message>
    <message>
        <source>The reply "%1" cannot be the answer to %2: the server answered the pipelined commands out of order or a different number of times.</source>
        <translation>La réponse « %1 » ne peut pas correspondre à %2 : le serveur a répondu aux commandes en pipeline dans le désordre ou un nombre de fois différent.</translation>
    </message>
    <message>
        <source>The server said 354 to DATA although it accepted no recipient (RFC 2920 asks for a refusal).</source>
        <translation>Le serveur a répondu 354 à DATA alors qu'il n'avait accepté aucun destinataire (la RFC 2920 demande un refus).</translation>
    </message>
    <message>
        <source>The server answered %1 of the %2 pipelined commands, then nothing for %3 s.</source>
        <translation>Le serveur a répondu à %1 des %2 commandes en pipeline, puis plus rien pendant %3 s.</translation>
    </message>
    <message>
        <source>Open relay check: an outside sender to an outside recipient, then RSET; no message is sent.</source>
        <translation>Vérification de relais ouvert : un expéditeur externe vers un destinataire externe, puis RSET ; aucun message n'est envoyé.</translation>
    </message>
    <message>
        <source>The server accepted a recipient outside its domains from an outside sender: it may be an open relay.</source>
        <translation>Le serveur a accepté un destinataire hors de ses domaines de la part d'un expéditeur externe : il s'agit peut-être d'un relais ouvert.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so mail to it travels unencrypted. The test goes on without TLS (opportunistic mode).</source>
        <translation>Le serveur ne propose pas STARTTLS ; le courrier qui lui est destiné circule donc en clair. Le test continue sans TLS (mode opportuniste).</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS; sending it anyway because this test requires TLS.</source>
        <translation>Le serveur n'a pas proposé STARTTLS ; envoi quand même, car ce test exige TLS.</translation>
    </message>
    <message>
        <source>STARTTLS was refused and this test requires TLS: stopping before anything else is sent.</source>
        <translation>STARTTLS a été refusé et ce test exige TLS : arrêt avant tout autre envoi.</translation>
    </message>
    <message>
        <source>STARTTLS was refused: the test goes on unencrypted (opportunistic mode).</source>
        <translation>STARTTLS a été refusé : le test continue sans chiffrement (mode opportuniste).</translation>
    </message>
    <message>
        <source>STARTTLS was refused</source>
        <translation>STARTTLS a été refusé</translation>
    </message>
    <message>
        <source>The server sent more lines right after its 220 to STARTTLS; they were discarded, as RFC 3207 requires (a sign of a broken server or of an injection attempt).</source>
        <translation>Le serveur a envoyé d'autres lignes juste après son 220 à STARTTLS ; elles ont été ignorées, comme l'exige la RFC 3207 (signe d'un serveur défaillant ou d'une tentative d'injection).</translation>
    </message>
    <message>
        <source>Connected; TLS handshake before the greeting</source>
        <translation>Connecté ; négociation TLS avant l'accueil</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (no SNI: %1 is an IP address; the certificate must name it).</source>
        <translation>Début de la négociation TLS (pas de SNI : %1 est une adresse IP ; le certificat doit la mentionner).</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (SNI %1).</source>
        <translation>Début de la négociation TLS (SNI %1).</translation>
    </message>
    <message>
        <source>The server offered STARTTLS and said 220, but the TLS handshake failed. A firewall or security appliance that inspects SMTP often does this; so do a server with a broken certificate setup, or no TLS version and cipher in common.</source>
        <translation>Le serveur a proposé STARTTLS et répondu 220, mais la négociation TLS a échoué. C'est souvent le fait d'un pare-feu ou d'un équipement de sécurité qui inspecte SMTP ; c'est aussi le cas d'un serveur dont le certificat est mal configuré, ou sans version TLS ni suite de chiffrement en commun.</translation>
    </message>
    <message>
        <source>The TLS handshake failed right after connecting. If this port expects STARTTLS (25, 587) rather than implicit TLS (465), choose STARTTLS.</source>
        <translation>La négociation TLS a échoué juste après la connexion. Si ce port attend STARTTLS (25, 587) plutôt que le TLS implicite (465), choisissez STARTTLS.</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the handshake failed, so the test connects again and goes on without TLS, as mail servers do (postfix's "may" level). Mail to this server would travel unencrypted.</source>
        <translation>TLS opportuniste : la négociation a échoué ; le test se reconnecte donc et continue sans TLS, comme le font les serveurs de messagerie (niveau « may » de postfix). Le courrier vers ce serveur circulerait en clair.</translation>
    </message>
    <message>
        <source>%1 — went on without TLS</source>
        <translation>%1 — poursuivi sans TLS</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>Certificate verification is turned off for this test: continuing although the certificate failed verification.</source>
        <translation>La vérification du certificat est désactivée pour ce test : poursuite bien que la vérification du certificat ait échoué.</translation>
    </message>
    <message>
        <source>verification turned off for this test</source>
        <translation>vérification désactivée pour ce test</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the certificate failed verification, but the test goes on encrypted, as mail servers do on port 25. Require STARTTLS to make this a failure.</source>
        <translation>TLS opportuniste : la vérification du certificat a échoué, mais le test continue chiffré, comme le font les serveurs de messagerie sur le port 25. Exigez STARTTLS pour en faire un échec.</translation>
    </message>
    <message>
        <source>opportunistic TLS, not verified</source>
        <translation>TLS opportuniste, non vérifié</translation>
    </message>
    <message>
        <source>Waiting for a decision: continue despite the certificate?</source>
        <translation>En attente d'une décision : continuer malgré le certificat ?</translation>
    </message>
    <message>
        <source>Continuing despite the certificate problems, as chosen for this test only.</source>
        <translation>Poursuite malgré les problèmes de certificat, comme choisi pour ce test uniquement.</translation>
    </message>
    <message>
        <source>continued anyway, as chosen for this test</source>
        <translation>poursuivi malgré tout, comme choisi pour ce test</translation>
    </message>
    <message>
        <source>Stopped: the server's certificate failed verification.</source>
        <translation>Arrêté : la vérification du certificat du serveur a échoué.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but tell the server's administrator what is listed here.</source>
        <translation>La connexion est chiffrée, mais signalez à l'administrateur du serveur ce qui est listé ici.</translation>
    </message>
    <message>
        <source>Have the certificate fixed on the server. If you know the certificate is the server's (a private CA), trust that CA with a CA file, or continue anyway for this one test.</source>
        <translation>Faites corriger le certificat sur le serveur. Si vous savez que le certificat est bien celui du serveur (AC privée), faites confiance à cette AC avec un fichier d'AC, ou continuez malgré tout pour ce seul test.</translation>
    </message>
    <message>
        <source>New after STARTTLS: %1</source>
        <translation>Nouveau après STARTTLS : %1</translation>
    </message>
    <message>
        <source>The server offers AUTH only inside TLS (a common and sensible setup).</source>
        <translation>Le serveur ne propose AUTH qu'à l'intérieur de TLS (une configuration courante et judicieuse).</translation>
    </message>
    <message>
        <source>The server requires STARTTLS first (530), and this test did not encrypt the connection: use STARTTLS (ports 25, 587) or implicit TLS (port 465).</source>
        <translation>Le serveur exige d'abord STARTTLS (530), et ce test n'a pas chiffré la connexion : utilisez STARTTLS (ports 25, 587) ou le TLS implicite (port 465).</translation>
    </message>
    <message>
        <source>after STARTTLS</source>
        <translation>après STARTTLS</translation>
    </message>
    <message>
        <source>again, without TLS</source>
        <translation>de nouveau, sans TLS</translation>
    </message>
    <message>
        <source>The message went in one BDAT chunk: its reply is the end of data.</source>
        <translation>Le message est parti en un seul bloc BDAT : sa réponse marque la fin des données.</translation>
    </message>
    <message>
        <source>The message file changed while it was being sent.</source>
        <translation>Le fichier du message a été modifié pendant son envoi.</translation>
    </message>
    <message>
        <source>A BDAT chunk is answered with 250, never with %1: the server does not handle CHUNKING as it should.</source>
        <translation>Un bloc BDAT est acquitté par 250, jamais par %1 : le serveur ne gère pas CHUNKING correctement.</translation>
    </message>
    <message>
        <source>The server answered before the BDAT chunk was complete, so its replies cannot be matched to the chunks.</source>
        <translation>Le serveur a répondu avant la fin du bloc BDAT : ses réponses ne peuvent donc pas être associées aux blocs.</translation>
    </message>
    <message>
        <source>the rest of the message was not sent.</source>
        <translation>le reste du message n'a pas été envoyé.</translation>
    </message>
    <message>
        <source>No reply to the BDAT chunk within %1 s.</source>
        <translation>Aucune réponse au bloc BDAT en %1 s.</translation>
    </message>
    <message>
        <source>Refused at RCPT TO: LMTP answers the message only for accepted recipients.</source>
        <translation>Refusé à RCPT TO : en LMTP, le message ne reçoit de réponse que pour les destinataires acceptés.</translation>
    </message>
    <message>
        <source>Connecting to the UNIX socket %1…</source>
        <translation>Connexion au socket UNIX %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the SOCKS5 proxy %3 port %4…</source>
        <translation>Connexion à %1 port %2 via le proxy SOCKS5 %3 port %4…</translation>
    </message>
    <message>
        <source>Connected to the UNIX socket %1.</source>
        <translation>Connecté au socket UNIX %1.</translation>
    </message>
    <message>
        <source>The server does not understand LHLO: it does not speak LMTP (and LMTP has no HELO to fall back to). Is this an SMTP port?</source>
        <translation>Le serveur ne comprend pas LHLO : il ne parle pas LMTP (et LMTP n'a pas de HELO de repli). S'agit-il d'un port SMTP ?</translation>
    </message>
    <message>
        <source>A PROXY header was sent first: a server that does not expect one takes it for a command and answers it (postfix must have smtpd_upstream_proxy_protocol = haproxy), and one that expects the other version of it closes the connection.</source>
        <translation>Un en-tête PROXY a été envoyé en premier : un serveur qui n'en attend pas le prend pour une commande et y répond (postfix doit avoir smtpd_upstream_proxy_protocol = haproxy), et un serveur qui en attend l'autre version ferme la connexion.</translation>
    </message>
    <message>
        <source>Send the header only to a server set up for the PROXY protocol, with the version it expects.</source>
        <translation>N'envoyez l'en-tête qu'à un serveur configuré pour le protocole PROXY, dans la version qu'il attend.</translation>
    </message>
    <message>
        <source>The server does not let this client use XCLIENT: its address is not in the list of hosts allowed to (postfix: smtpd_authorized_xclient_hosts).</source>
        <translation>Le serveur n'autorise pas ce client à utiliser XCLIENT : son adresse ne figure pas dans la liste des hôtes autorisés (postfix : smtpd_authorized_xclient_hosts).</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts in the server's main.cf (then "postfix reload"), or run the test from a host that is listed.</source>
        <translation>Ajoutez l'adresse depuis laquelle ce test se connecte à smtpd_authorized_xclient_hosts dans le main.cf du serveur (puis « postfix reload »), ou lancez le test depuis un hôte de la liste.</translation>
    </message>
    <message>
        <source>The server could not read an XCLIENT attribute (a name it does not know, or a value it rejects).</source>
        <translation>Le serveur n'a pas pu lire un attribut XCLIENT (un nom qu'il ne connaît pas, ou une valeur qu'il refuse).</translation>
    </message>
    <message>
        <source>Send only the attributes on the XCLIENT line of the EHLO reply; an address must be an IP address (IPv6 with the IPV6: prefix, which this program adds).</source>
        <translation>N'envoyez que les attributs de la ligne XCLIENT de la réponse EHLO ; une adresse doit être une adresse IP (IPv6 avec le préfixe IPV6:, que ce programme ajoute).</translation>
    </message>
    <message>
        <source>XCLIENT is not allowed at this point (postfix refuses it during a mail transaction).</source>
        <translation>XCLIENT n'est pas autorisé à ce stade (postfix le refuse pendant une transaction de messagerie).</translation>
    </message>
    <message>
        <source>The server does not offer XCLIENT (its EHLO reply has no XCLIENT line).</source>
        <translation>Le serveur ne propose pas XCLIENT (sa réponse EHLO ne comporte aucune ligne XCLIENT).</translation>
    </message>
    <message>
        <source>XCLIENT is offered only to the hosts the server allows (postfix: smtpd_authorized_xclient_hosts); to all others the EHLO reply does not list it.</source>
        <translation>XCLIENT n'est proposé qu'aux hôtes que le serveur autorise (postfix : smtpd_authorized_xclient_hosts) ; pour tous les autres, la réponse EHLO ne le mentionne pas.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts, or run the test from a host that is listed.</source>
        <translation>Ajoutez l'adresse depuis laquelle ce test se connecte à smtpd_authorized_xclient_hosts, ou lancez le test depuis un hôte de la liste.</translation>
    </message>
    <message>
        <source>The server takes only the XCLIENT attributes its EHLO reply lists.</source>
        <translation>Le serveur n'accepte que les attributs XCLIENT que liste sa réponse EHLO.</translation>
    </message>
    <message>
        <source>Leave out the attributes the server does not offer.</source>
        <translation>Omettez les attributs que le serveur ne propose pas.</translation>
    </message>
    <message>
        <source>The server accepted XCLIENT and greeted again; the conversation starts over with EHLO.</source>
        <translation>Le serveur a accepté XCLIENT et a renvoyé un accueil ; la session recommence par EHLO.</translation>
    </message>
    <message>
        <source>%1; EHLO again: %2</source>
        <translation>%1 ; nouvel EHLO : %2</translation>
    </message>
    <message>
        <source>EHLO after XCLIENT: %1</source>
        <translation>EHLO après XCLIENT : %1</translation>
    </message>
    <message>
        <source>%1 — AUTH is optional for this test: going on without logging in</source>
        <translation>%1 — AUTH est facultatif pour ce test : poursuite sans authentification</translation>
    </message>
    <message>
        <source>AUTH not offered — it is optional for this test: going on without logging in</source>
        <translation>AUTH non proposé — il est facultatif pour ce test : poursuite sans authentification</translation>
    </message>
    <message>
        <source>This test allowed only some TLS versions or ciphers (%1): the server may offer none of them.</source>
        <translation>Ce test n'autorisait que certaines versions TLS ou suites de chiffrement (%1) : il se peut que le serveur n'en propose aucune.</translation>
    </message>
    <message>
        <source>%1 The test goes on without XCLIENT, as asked.</source>
        <translation>%1 Le test continue sans XCLIENT, comme demandé.</translation>
    </message>
    <message>
        <source>The server's XCLIENT line offers %1, not %2.</source>
        <translation>La ligne XCLIENT du serveur propose %1, pas %2.</translation>
    </message>
    <message>
        <source>%1 They are sent anyway, as asked.</source>
        <translation>%1 Ils sont tout de même envoyés, comme demandé.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The server refused XCLIENT: %1.</source>
        <translation>Le serveur a refusé XCLIENT : %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::SocketTransport</name>
    <message>
        <source>The name %1 could not be resolved: %2</source>
        <translation>Le nom %1 n'a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>La connexion n'a pas pu être transmise à la couche TLS.</translation>
    </message>
    <message>
        <source>The UNIX socket path %1 is too long.</source>
        <translation>Le chemin du socket UNIX %1 est trop long.</translation>
    </message>
    <message>
        <source>Cannot connect to the UNIX socket %1: %2</source>
        <translation>Impossible de se connecter au socket UNIX %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 n'a pas d'adresse IPv6.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 n'a pas d'adresse IPv4.</translation>
    </message>
    <message>
        <source>Connected to the SOCKS5 proxy %1.</source>
        <translation>Connecté au proxy SOCKS5 %1.</translation>
    </message>
    <message>
        <source>Cannot connect from %1: %2</source>
        <translation>Impossible de se connecter depuis %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::Socks5Handshake</name>
    <message>
        <source>general SOCKS server failure</source>
        <translation>défaillance générale du serveur SOCKS</translation>
    </message>
    <message>
        <source>connection not allowed by the proxy's rules</source>
        <translation>connexion non autorisée par les règles du proxy</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte injoignable</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL expiré</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>commande non prise en charge</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>type d'adresse non pris en charge</translation>
    </message>
    <message>
        <source>unknown reply %1</source>
        <translation>réponse inconnue %1</translation>
    </message>
    <message>
        <source>The proxy does not speak SOCKS5.</source>
        <translation>Le proxy ne parle pas SOCKS5.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy wants a user name and password.</source>
        <translation>Le proxy SOCKS5 demande un nom d'utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy accepts none of the login methods offered.</source>
        <translation>Le proxy SOCKS5 n'accepte aucune des méthodes d'authentification proposées.</translation>
    </message>
    <message>
        <source>SOCKS5: logging in to the proxy as %1.</source>
        <translation>SOCKS5 : authentification auprès du proxy en tant que %1.</translation>
    </message>
    <message>
        <source>SOCKS5: asking the proxy to connect to %1 port %2.</source>
        <translation>SOCKS5 : demande au proxy de se connecter à %1 port %2.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy refused the user name or password.</source>
        <translation>Le proxy SOCKS5 a refusé le nom d'utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy could not connect to %1 port %2: %3</source>
        <translation>Le proxy SOCKS5 n'a pas pu se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy sent an address of unknown type %1.</source>
        <translation>Le proxy SOCKS5 a envoyé une adresse de type inconnu %1.</translation>
    </message>
    <message>
        <source>SOCKS5: the proxy connected to %1 port %2.</source>
        <translation>SOCKS5 : le proxy s'est connecté à %1 port %2.</translation>
    </message>
</context>
<context>
    <name>mailflow::SpfCheck</name>
    <message>
        <source>Your domain's SPF record includes %1 (through "%2"): SPF passes.</source>
        <translation>L'enregistrement SPF de votre domaine inclut %1 (via « %2 ») : SPF réussit.</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1: receivers that check SPF treat mail for %2 from this address as forged ("%3").</source>
        <translation>L'enregistrement SPF de votre domaine n'inclut pas %1 : les destinataires qui vérifient SPF considèrent comme falsifié le courrier pour %2 provenant de cette adresse (« %3 »).</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1 and marks mail for %2 from it as suspicious ("%3").</source>
        <translation>L'enregistrement SPF de votre domaine n'inclut pas %1 et marque comme suspect le courrier pour %2 qui en provient (« %3 »).</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about %2 (neutral).</source>
        <translation>L'enregistrement SPF de %1 ne dit rien de %2 (neutral).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell its mail from forgeries.</source>
        <translation>%1 ne publie aucun enregistrement SPF ; les destinataires ne peuvent donc pas distinguer son courrier des falsifications.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers read it as an error, and many refuse the mail.</source>
        <translation>L'enregistrement SPF de %1 est défectueux (%2) : les destinataires le lisent comme une erreur, et beaucoup refusent le courrier.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be evaluated: %2.</source>
        <translation>L'enregistrement SPF de %1 n'a pas pu être évalué : %2.</translation>
    </message>
    <message>
        <source>SPF of %1</source>
        <translation>SPF de %1</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>There is no sender domain to check SPF for.</source>
        <translation>Il n'y a pas de domaine expéditeur pour lequel vérifier SPF.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 ne publie aucun enregistrement SPF.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is "%2"; it is not evaluated because your public address is unknown.</source>
        <translation>L'enregistrement SPF de %1 est « %2 » ; il n'est pas évalué car votre adresse publique est inconnue.</translation>
    </message>
    <message>
        <source>Send through the servers your domain's SPF record lists (usually your provider's), or add "%1:%2" to the SPF record of %3.</source>
        <translation>Envoyez par les serveurs que liste l'enregistrement SPF de votre domaine (en général ceux de votre fournisseur), ou ajoutez « %1:%2 » à l'enregistrement SPF de %3.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %1 that lists the servers sending its mail.</source>
        <translation>Publiez pour %1 un enregistrement SPF qui liste les serveurs envoyant son courrier.</translation>
    </message>
    <message>
        <source>Fix the SPF record of %1: one record only, known mechanisms, at most 10 DNS lookups (include, a, mx, ptr, exists, redirect) in all.</source>
        <translation>Corrigez l'enregistrement SPF de %1 : un seul enregistrement, des mécanismes connus, au plus 10 recherches DNS (include, a, mx, ptr, exists, redirect) au total.</translation>
    </message>
    <message>
        <source>The SPF record of %1 was not evaluated within the check's time limit.</source>
        <translation>L'enregistrement SPF de %1 n'a pas été évalué dans le délai imparti à la vérification.</translation>
    </message>
</context>
<context>
    <name>mailflow::StepResult</name>
    <message>
        <source>Running — waiting for the server (expected %1)</source>
        <translation>En cours — attente du serveur (attendu : %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Expected %1, got: %2</source>
        <translation>Attendu : %1, reçu : %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
</context>
<context>
    <name>mailflow::TestDiagnosis</name>
    <message>
        <source>Check the spelling of the address, including the part after the @.
Ask the recipient for the correct address by another way (phone, another address).</source>
        <translation>Vérifiez l'orthographe de l'adresse, y compris la partie après le @.
Demandez la bonne adresse au destinataire par un autre moyen (téléphone, autre adresse).</translation>
    </message>
    <message>
        <source>Ask the recipient, by another way, for an address that is in use.
If the account should be active, the recipient's administrator has to enable it again.</source>
        <translation>Demandez au destinataire, par un autre moyen, une adresse en service.
Si le compte devrait être actif, l'administrateur du destinataire doit le réactiver.</translation>
    </message>
    <message>
        <source>Tell the recipient by another way to make room in the mailbox.
Send again once the recipient has done so; a mail server retries a temporary refusal on its own.</source>
        <translation>Prévenez le destinataire par un autre moyen pour qu'il libère de l'espace dans sa boîte aux lettres.
Renvoyez le message une fois que c'est fait ; un serveur de messagerie réessaie de lui-même après un refus temporaire.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link.
The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Envoyez un message plus petit : compressez les pièces jointes ou partagez-les par lien.
La ligne SIZE de la réponse EHLO indique la limite du serveur en octets.</translation>
    </message>
    <message>
        <source>Wait and send again later; do not retry in a tight loop, it prolongs the limit.
If it happens every day, ask your mail administrator to spread the sending or raise the limit.</source>
        <translation>Patientez et renvoyez plus tard ; ne réessayez pas en boucle rapprochée, cela prolonge la limitation.
Si cela se produit tous les jours, demandez à votre administrateur de messagerie d'étaler les envois ou de relever la limite.</translation>
    </message>
    <message>
        <source>Look up your public IP address on the block list the server names and follow its removal procedure.
Find out why the address was listed (an infected computer, an open relay) before asking for removal.
Until then, send through your provider's relay.</source>
        <translation>Recherchez votre adresse IP publique sur la liste de blocage indiquée par le serveur et suivez sa procédure de retrait.
Trouvez pourquoi l'adresse a été inscrite (ordinateur infecté, relais ouvert) avant de demander le retrait.
En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>Ask your mail administrator to check the sending IP address and domain at the provider's postmaster pages and in its feedback loops.
Stop bulk or unwanted mail from that address, check for a compromised account, then send again later.</source>
        <translation>Demandez à votre administrateur de messagerie de vérifier l'adresse IP et le domaine d'envoi sur les pages postmaster du fournisseur et dans ses boucles de rétroaction (feedback loops).
Faites cesser l'envoi en masse ou non sollicité depuis cette adresse, recherchez un compte compromis, puis renvoyez plus tard.</translation>
    </message>
    <message>
        <source>Ask the sender domain's administrator to publish SPF that lists this sending server, sign with DKIM and align both with the From: domain (DMARC).
For a quick test, send through the domain's own outgoing server.</source>
        <translation>Demandez à l'administrateur du domaine expéditeur de publier un SPF qui liste ce serveur d'envoi, de signer avec DKIM et d'aligner les deux sur le domaine du From: (DMARC).
Pour un test rapide, envoyez par le serveur sortant du domaine lui-même.</translation>
    </message>
    <message>
        <source>Send to an ASCII address: when only the domain has other characters, its ACE form (xn--…) reaches the same mailbox.
An address with other characters before the @ needs servers that offer SMTPUTF8 on the whole way; ask the recipient for an ASCII address.</source>
        <translation>Envoyez à une adresse ASCII : lorsque seul le domaine contient d'autres caractères, sa forme ACE (xn--…) atteint la même boîte aux lettres.
Une adresse contenant d'autres caractères avant le @ nécessite des serveurs qui proposent SMTPUTF8 sur tout le trajet ; demandez une adresse ASCII au destinataire.</translation>
    </message>
    <message>
        <source>Test against the recipient domain's own MX host instead of this server.
To send to other domains through this server, log in first (AUTH, usually on port 587).</source>
        <translation>Testez l'hôte MX du domaine du destinataire plutôt que ce serveur.
Pour envoyer vers d'autres domaines par ce serveur, authentifiez-vous d'abord (AUTH, en général sur le port 587).</translation>
    </message>
    <message>
        <source>Send a plain test message without attachments or links; if that passes, the content was the reason.
Remove the attachment or link the filter objects to, or send it another way.</source>
        <translation>Envoyez un simple message de test sans pièce jointe ni lien ; s'il passe, c'est le contenu qui était en cause.
Retirez la pièce jointe ou le lien que le filtre conteste, ou envoyez-le par un autre moyen.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Activez STARTTLS dans le test (ou utilisez le port 465 avec TLS implicite) et relancez-le.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider, hosting company) for a PTR record of the sending address whose name points back to it.
Until then, send through your provider's relay.</source>
        <translation>Demandez au gestionnaire de vos adresses IP (fournisseur d'accès, hébergeur) un enregistrement PTR pour l'adresse d'envoi, dont le nom pointe de nouveau vers elle.
En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>Nothing is broken: retry after the interval the server asks for (often 1 to 15 minutes); a mail server does so on its own.
Only if the same reply comes back for hours, contact the recipient's administrator.</source>
        <translation>Rien n'est cassé : réessayez après l'intervalle demandé par le serveur (souvent 1 à 15 minutes) ; un serveur de messagerie le fait de lui-même.
Uniquement si la même réponse revient pendant des heures, contactez l'administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Check the address or command the server names for a typo, a missing &lt;&gt; or a stray space.
Check that the message has a valid From:, Date: and Message-ID: header.</source>
        <translation>Recherchez dans l'adresse ou la commande indiquée par le serveur une faute de frappe, des &lt;&gt; manquants ou une espace en trop.
Vérifiez que le message comporte des en-têtes From:, Date: et Message-ID: valides.</translation>
    </message>
    <message>
        <source>Run the test again in a few minutes; a mail server retries on its own.
If it persists for hours, tell the server's administrator.</source>
        <translation>Relancez le test dans quelques minutes ; un serveur de messagerie réessaie de lui-même.
Si le problème persiste pendant des heures, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>Send the server's full reply to the recipient's administrator: only they can say which of their rules refused it.
Ask the recipient to have your address or domain allowed.</source>
        <translation>Transmettez la réponse complète du serveur à l'administrateur du destinataire : lui seul peut dire laquelle de ses règles l'a refusée.
Demandez au destinataire de faire autoriser votre adresse ou votre domaine.</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; a caps-lock or an expired password is the usual reason.
If the account has two-factor sign-in, use an app password.</source>
        <translation>Vérifiez le nom d'utilisateur (souvent l'adresse complète) et le mot de passe ; un Verr. Maj ou un mot de passe expiré en est la cause habituelle.
Si le compte utilise l'authentification à deux facteurs, utilisez un mot de passe d'application.</translation>
    </message>
    <message>
        <source>The provider no longer takes a plain password here: ask your mail administrator to allow SMTP AUTH for this mailbox, or use an app password or OAuth.</source>
        <translation>Le fournisseur n'accepte plus de simple mot de passe ici : demandez à votre administrateur de messagerie d'autoriser SMTP AUTH pour cette boîte aux lettres, ou utilisez un mot de passe d'application ou OAuth.</translation>
    </message>
    <message>
        <source>Give a user name and password in the test (after STARTTLS), usually on port 587.</source>
        <translation>Indiquez un nom d'utilisateur et un mot de passe dans le test (après STARTTLS), en général sur le port 587.</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN.</source>
        <translation>Rien à corriger de votre côté : HELO fonctionne. Sans ESMTP, le serveur ne propose ni STARTTLS, ni AUTH, ni SIZE, ni DSN.</translation>
    </message>
    <message>
        <source>Run the test without delivery notifications (DSN): this server does not take NOTIFY= or RET=.</source>
        <translation>Lancez le test sans accusés de remise (DSN) : ce serveur n'accepte ni NOTIFY= ni RET=.</translation>
    </message>
    <message>
        <source>Check your public IP address on the common block lists (Spamhaus, Barracuda, SpamCop).
Try again from another network or through your provider's relay.</source>
        <translation>Vérifiez votre adresse IP publique sur les listes de blocage courantes (Spamhaus, Barracuda, SpamCop).
Réessayez depuis un autre réseau ou par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>Run the test again later; a server closes with 421 when it is overloaded or shutting down.</source>
        <translation>Relancez le test plus tard ; un serveur ferme avec 421 lorsqu'il est surchargé ou en cours d'arrêt.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain; if it is right, the domain does not take mail. Ask the recipient for another address.</source>
        <translation>Vérifiez l'orthographe du domaine ; s'il est correct, le domaine n'accepte pas de courrier. Demandez une autre adresse au destinataire.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest of the conversation.
Tell the server's administrator that STARTTLS is refused or broken.</source>
        <translation>Lancez le test sans STARTTLS pour vérifier le reste de la session.
Signalez à l'administrateur du serveur que STARTTLS est refusé ou défaillant.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>Le serveur a refusé de démarrer TLS : %1.</translation>
    </message>
    <message>
        <source>The provider has turned off password (basic) authentication for this account: %1.</source>
        <translation>Le fournisseur a désactivé l'authentification par mot de passe (basique) pour ce compte : %1.</translation>
    </message>
    <message>
        <source>The provider refuses password authentication for this account (5.7.139): %1.</source>
        <translation>Le fournisseur refuse l'authentification par mot de passe pour ce compte (5.7.139) : %1.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1.</source>
        <translation>Le serveur n'a pas accepté le nom d'utilisateur ou le mot de passe : %1.</translation>
    </message>
    <message>
        <source>The server refused the login (535): %1.</source>
        <translation>Le serveur a refusé l'authentification (535) : %1.</translation>
    </message>
    <message>
        <source>The server does not take the delivery-notification (DSN) parameters: %1.</source>
        <translation>Le serveur n'accepte pas les paramètres d'accusé de remise (DSN) : %1.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII (SMTPUTF8): %1.</source>
        <translation>Le serveur n'accepte pas d'adresse contenant des caractères hors ASCII (SMTPUTF8) : %1.</translation>
    </message>
    <message>
        <source>The server does not know EHLO: an old or filtering server (%1).</source>
        <translation>Le serveur ne connaît pas EHLO : un serveur ancien ou filtrant (%1).</translation>
    </message>
    <message>
        <source>The server does not implement EHLO: an old or filtering server (%1).</source>
        <translation>Le serveur n'implémente pas EHLO : un serveur ancien ou filtrant (%1).</translation>
    </message>
    <message>
        <source>Deferred, not failed: the server greylists, turning away the first attempt from an unknown sender on purpose (%1).</source>
        <translation>Différé, pas en échec : le serveur pratique le greylisting et rejette volontairement la première tentative d'un expéditeur inconnu (%1).</translation>
    </message>
    <message>
        <source>The message failed the sender authentication checks (SPF, DKIM or DMARC): %1.</source>
        <translation>Le message a échoué aux contrôles d'authentification de l'expéditeur (SPF, DKIM ou DMARC) : %1.</translation>
    </message>
    <message>
        <source>The server saw a protocol or command error: %1.</source>
        <translation>Le serveur a constaté une erreur de protocole ou de commande : %1.</translation>
    </message>
    <message>
        <source>The server takes this only over an encrypted connection: %1.</source>
        <translation>Le serveur n'accepte ceci que sur une connexion chiffrée : %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from users who log in: %1.</source>
        <translation>Le serveur n'accepte du courrier que des utilisateurs authentifiés : %1.</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address or domain because it is on a block list: %1.</source>
        <translation>Le serveur refuse le courrier de votre adresse IP ou de votre domaine parce qu'il figure sur une liste de blocage : %1.</translation>
    </message>
    <message>
        <source>Your sending IP address has no matching host name in the DNS (PTR record): %1.</source>
        <translation>Votre adresse IP d'envoi n'a pas de nom d'hôte correspondant dans le DNS (enregistrement PTR) : %1.</translation>
    </message>
    <message>
        <source>The server limits how much or how fast you may send: %1.</source>
        <translation>Le serveur limite le volume ou la vitesse de vos envois : %1.</translation>
    </message>
    <message>
        <source>The provider distrusts mail from your IP address or domain (poor reputation): %1.</source>
        <translation>Le fournisseur se méfie du courrier de votre adresse IP ou de votre domaine (mauvaise réputation) : %1.</translation>
    </message>
    <message>
        <source>The sending account has reached its sending limit: %1.</source>
        <translation>Le compte d'envoi a atteint sa limite d'envoi : %1.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not take mail for that domain from you: %1.</source>
        <translation>Relais refusé : ce serveur n'accepte pas de votre part du courrier pour ce domaine : %1.</translation>
    </message>
    <message>
        <source>The recipient's account exists but is disabled or inactive: %1.</source>
        <translation>Le compte du destinataire existe mais est désactivé ou inactif : %1.</translation>
    </message>
    <message>
        <source>The server is short of disk space for now: %1.</source>
        <translation>Le serveur manque d'espace disque pour le moment : %1.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full: %1.</source>
        <translation>La boîte aux lettres du destinataire est pleine : %1.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts: %1.</source>
        <translation>Le message dépasse la taille acceptée par le serveur : %1.</translation>
    </message>
    <message>
        <source>A filter classed the message's content as spam or dangerous: %1.</source>
        <translation>Un filtre a classé le contenu du message comme spam ou dangereux : %1.</translation>
    </message>
    <message>
        <source>The domain of the address does not exist in the DNS: %1.</source>
        <translation>Le domaine de l'adresse n'existe pas dans le DNS : %1.</translation>
    </message>
    <message>
        <source>The server refused the command, address or header as malformed: %1.</source>
        <translation>Le serveur a refusé la commande, l'adresse ou l'en-tête comme mal formé : %1.</translation>
    </message>
    <message>
        <source>The recipient address does not exist on this server: %1.</source>
        <translation>L'adresse du destinataire n'existe pas sur ce serveur : %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from senders on its own allow list, and you are not on it: %1.</source>
        <translation>Le serveur n'accepte du courrier que des expéditeurs de sa propre liste d'autorisation, et vous n'y figurez pas : %1.</translation>
    </message>
    <message>
        <source>The server is closing the connection for now, without a reason of its own: %1.</source>
        <translation>Le serveur ferme la connexion pour le moment, sans raison propre : %1.</translation>
    </message>
    <message>
        <source>The server has a temporary problem of its own: %1.</source>
        <translation>Le serveur a lui-même un problème temporaire : %1.</translation>
    </message>
    <message>
        <source>The server's own rules refused it, without naming one: %1.</source>
        <translation>Les règles du serveur l'ont refusé, sans en nommer une : %1.</translation>
    </message>
    <message>
        <source>The server closed the connection (421): %1.</source>
        <translation>Le serveur a fermé la connexion (421) : %1.</translation>
    </message>
    <message>
        <source>The server refused this client at the greeting (554), often because of a block list: %1.</source>
        <translation>Le serveur a refusé ce client dès l'accueil (554), souvent à cause d'une liste de blocage : %1.</translation>
    </message>
    <message>
        <source>This host accepts no mail at all (521): %1.</source>
        <translation>Cet hôte n'accepte aucun courrier (521) : %1.</translation>
    </message>
    <message>
        <source>The domain accepts no mail (556): %1.</source>
        <translation>Le domaine n'accepte aucun courrier (556) : %1.</translation>
    </message>
    <message>
        <source>Deferred, not failed: a temporary policy refusal at RCPT TO is most often greylisting (%1).</source>
        <translation>Différé, pas en échec : un refus temporaire par stratégie au RCPT TO est le plus souvent du greylisting (%1).</translation>
    </message>
    <message>
        <source>The provider refuses password authentication (5.7.139): %1.</source>
        <translation>Le fournisseur refuse l'authentification par mot de passe (5.7.139) : %1.</translation>
    </message>
    <message>
        <source>Microsoft's filters block mail from your address or tenant (5.7.5xx-7xx): %1.</source>
        <translation>Les filtres de Microsoft bloquent le courrier de votre adresse ou de votre tenant (5.7.5xx-7xx) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox does not exist (x.1.1): %1.</source>
        <translation>Le code seul signifie que la boîte aux lettres n'existe pas (x.1.1) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the recipient has no mailbox here (x.1.10): %1.</source>
        <translation>Le code seul signifie que le destinataire n'a pas de boîte aux lettres ici (x.1.10) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox has moved (x.1.6): %1.</source>
        <translation>Le code seul signifie que la boîte aux lettres a été déplacée (x.1.6) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the address's domain is wrong (x.1.2): %1.</source>
        <translation>Le code seul signifie que le domaine de l'adresse est incorrect (x.1.2) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is malformed (x.1.3): %1.</source>
        <translation>Le code seul signifie que l'adresse est mal formée (x.1.3) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is disabled (x.2.1): %1.</source>
        <translation>Le code seul signifie que la boîte aux lettres est désactivée (x.2.1) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is full (x.2.2): %1.</source>
        <translation>Le code seul signifie que la boîte aux lettres est pleine (x.2.2) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the mailbox (x.2.3): %1.</source>
        <translation>Le code seul signifie que le message est trop volumineux pour la boîte aux lettres (x.2.3) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the system (x.3.4): %1.</source>
        <translation>Le code seul signifie que le message est trop volumineux pour le système (x.3.4) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the reverse DNS check failed (x.7.25): %1.</source>
        <translation>Le code seul signifie que le contrôle du DNS inverse a échoué (x.7.25) : %1.</translation>
    </message>
    <message>
        <source>The code alone means a DKIM or SPF check failed (x.7.20-26): %1.</source>
        <translation>Le code seul signifie qu'un contrôle DKIM ou SPF a échoué (x.7.20-26) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the credentials are wrong (x.7.8): %1.</source>
        <translation>Le code seul signifie que les identifiants sont incorrects (x.7.8) : %1.</translation>
    </message>
    <message>
        <source>The code alone means encryption is needed (x.7.10): %1.</source>
        <translation>Le code seul signifie que le chiffrement est nécessaire (x.7.10) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the account is disabled (x.7.13): %1.</source>
        <translation>Le code seul signifie que le compte est désactivé (x.7.13) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the server saw a mail flood (x.7.28): %1.</source>
        <translation>Le code seul signifie que le serveur a constaté un afflux massif de courrier (x.7.28) : %1.</translation>
    </message>
    <message>
        <source>The code alone means STARTTLS or a login is needed first (530): %1.</source>
        <translation>Le code seul signifie que STARTTLS ou une authentification est d'abord nécessaire (530) : %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 5.7.1 at RCPT TO usually means it will not take this recipient from you (relaying or policy): %1.</source>
        <translation>Le serveur ne donne aucune raison ; 5.7.1 au RCPT TO signifie en général qu'il n'accepte pas ce destinataire de votre part (relais ou stratégie) : %1.</translation>
    </message>
    <message>
        <source>The code alone means a network or routing problem on the server's side: %1.</source>
        <translation>Le code seul signifie un problème de réseau ou de routage du côté du serveur : %1.</translation>
    </message>
    <message>
        <source>The code alone means a protocol or syntax error (x.5.x): %1.</source>
        <translation>Le code seul signifie une erreur de protocole ou de syntaxe (x.5.x) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the message's format was refused (x.6.x): %1.</source>
        <translation>Le code seul signifie que le format du message a été refusé (x.6.x) : %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 550 at RCPT TO alone most often means the mailbox does not exist: %1.</source>
        <translation>Le serveur ne donne aucune raison ; un 550 seul au RCPT TO signifie le plus souvent que la boîte aux lettres n'existe pas : %1.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server (551): %1.</source>
        <translation>Le destinataire n'est pas local à ce serveur (551) : %1.</translation>
    </message>
    <message>
        <source>The code alone at RCPT TO means the mailbox's storage is exceeded (552): %1.</source>
        <translation>Le code seul au RCPT TO signifie que l'espace de stockage de la boîte aux lettres est dépassé (552) : %1.</translation>
    </message>
    <message>
        <source>The code alone after the message means it exceeded a storage limit (552): %1.</source>
        <translation>Le code seul après le message signifie qu'il a dépassé une limite de stockage (552) : %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 554 after the message alone usually means a content filter refused it: %1.</source>
        <translation>Le serveur ne donne aucune raison ; un 554 seul après le message signifie en général qu'un filtre de contenu l'a refusé : %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is not allowed or malformed (553): %1.</source>
        <translation>Le code seul signifie que l'adresse n'est pas autorisée ou est mal formée (553) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the server did not recognise the command (500): %1.</source>
        <translation>Le code seul signifie que le serveur n'a pas reconnu la commande (500) : %1.</translation>
    </message>
    <message>
        <source>The code alone means a syntax error in the command's arguments (501): %1.</source>
        <translation>Le code seul signifie une erreur de syntaxe dans les arguments de la commande (501) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not implement the command (502): %1.</source>
        <translation>Le code seul signifie que le serveur n'implémente pas la commande (502) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the commands came in the wrong order (503): %1.</source>
        <translation>Le code seul signifie que les commandes sont arrivées dans le mauvais ordre (503) : %1.</translation>
    </message>
    <message>
        <source>The code alone means a command parameter is not implemented (504): %1.</source>
        <translation>Le code seul signifie qu'un paramètre de commande n'est pas implémenté (504) : %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not know a MAIL FROM or RCPT TO parameter (555): %1.</source>
        <translation>Le code seul signifie que le serveur ne connaît pas un paramètre de MAIL FROM ou RCPT TO (555) : %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 4xx code alone means a temporary refusal: %1.</source>
        <translation>Le serveur ne donne aucune raison ; un code 4xx seul signifie un refus temporaire : %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 5xx code alone means a permanent refusal: %1.</source>
        <translation>Le serveur ne donne aucune raison ; un code 5xx seul signifie un refus permanent : %1.</translation>
    </message>
    <message>
        <source>The server answered every step as it should: %1</source>
        <translation>Le serveur a répondu correctement à chaque étape : %1</translation>
    </message>
    <message>
        <source>Nothing to do. If mail still goes missing, look at the recipient's spam folder and quote the queue id to the recipient's administrator.</source>
        <translation>Rien à faire. Si du courrier disparaît encore, regardez dans le dossier spam du destinataire et communiquez l'identifiant de file d'attente à l'administrateur du destinataire.</translation>
    </message>
    <message>
        <source>The name was not found in the DNS: %1</source>
        <translation>Le nom est introuvable dans le DNS : %1</translation>
    </message>
    <message>
        <source>Check the spelling of the host or domain.
If it is right, ask the domain's DNS administrator; check that this computer can reach its DNS server.</source>
        <translation>Vérifiez l'orthographe de l'hôte ou du domaine.
S'il est correct, contactez l'administrateur DNS du domaine ; vérifiez que cet ordinateur peut joindre son serveur DNS.</translation>
    </message>
    <message>
        <source>The domain names no server that takes its mail: %1</source>
        <translation>Le domaine n'indique aucun serveur qui accepte son courrier : %1</translation>
    </message>
    <message>
        <source>Ask the recipient for another address, or the domain's administrator to publish an MX record (a null MX means the domain takes no mail on purpose).</source>
        <translation>Demandez une autre adresse au destinataire, ou à l'administrateur du domaine de publier un enregistrement MX (un MX nul signifie que le domaine refuse volontairement le courrier).</translation>
    </message>
    <message>
        <source>The connection timed out: nothing answered, the packets were dropped on the way: %1</source>
        <translation>Délai de connexion dépassé : rien n'a répondu, les paquets ont été supprimés en chemin : %1</translation>
    </message>
    <message>
        <source>Port 25 is often blocked by the local network or the internet provider: try from another network, or port 587 with a login.
Check the firewall between you and the server.</source>
        <translation>Le port 25 est souvent bloqué par le réseau local ou le fournisseur d'accès : essayez depuis un autre réseau, ou le port 587 avec authentification.
Vérifiez le pare-feu entre vous et le serveur.</translation>
    </message>
    <message>
        <source>The connection was refused: the host is up but nothing listens on that port: %1</source>
        <translation>La connexion a été refusée : l'hôte est en service mais rien n'écoute sur ce port : %1</translation>
    </message>
    <message>
        <source>Check the host name and the port (25, 465 or 587).
If they are right, the mail service on that host is down: tell its administrator.</source>
        <translation>Vérifiez le nom d'hôte et le port (25, 465 ou 587).
S'ils sont corrects, le service de messagerie de cet hôte est arrêté : prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The network has no route to the server: %1</source>
        <translation>Le réseau n'a aucune route vers le serveur : %1</translation>
    </message>
    <message>
        <source>Check this computer's network connection, then try from another network.</source>
        <translation>Vérifiez la connexion réseau de cet ordinateur, puis essayez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>The server held its greeting back on purpose (a greet pause or tarpit): %1</source>
        <translation>Le serveur a volontairement retardé son accueil (greet pause ou tarpit) : %1</translation>
    </message>
    <message>
        <source>Nothing is broken: the delay is deliberate, to slow down spam senders. A mail server waits up to 5 minutes for the greeting (RFC 5321); do the same.
Do not send before the greeting: such a server refuses clients that talk too early.</source>
        <translation>Rien n'est cassé : le délai est volontaire, pour ralentir les expéditeurs de spam. Un serveur de messagerie attend l'accueil jusqu'à 5 minutes (RFC 5321) ; faites de même.
N'envoyez rien avant l'accueil : un tel serveur refuse les clients qui parlent trop tôt.</translation>
    </message>
    <message>
        <source>What answered is not a plain SMTP server, or a firewall inspecting SMTP rewrites the conversation: %1</source>
        <translation>Ce qui a répondu n'est pas un simple serveur SMTP, ou un pare-feu qui inspecte SMTP réécrit la session : %1</translation>
    </message>
    <message>
        <source>Check the port: a web, POP3 or IMAP service does not speak SMTP.
A banner of asterisks comes from a firewall's SMTP inspection (such as Cisco's SMTP fixup): ask your network administrator to turn it off.</source>
        <translation>Vérifiez le port : un service web, POP3 ou IMAP ne parle pas SMTP.
Une bannière faite d'astérisques provient de l'inspection SMTP d'un pare-feu (comme le SMTP fixup de Cisco) : demandez à votre administrateur réseau de la désactiver.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer: %1</source>
        <translation>Le serveur a fermé la connexion sans répondre : %1</translation>
    </message>
    <message>
        <source>Run the test again; if it drops at the same step, send the transcript to the server's administrator.
A drop during the message is often a filter or a size limit on the way.</source>
        <translation>Relancez le test ; si la connexion tombe à la même étape, envoyez le journal à l'administrateur du serveur.
Une coupure pendant le message est souvent due à un filtre ou à une limite de taille sur le trajet.</translation>
    </message>
    <message>
        <source>The server stopped answering: %1</source>
        <translation>Le serveur a cessé de répondre : %1</translation>
    </message>
    <message>
        <source>Run the test again later; if it stops at the same step, tell the server's administrator.</source>
        <translation>Relancez le test plus tard ; s'il s'arrête à la même étape, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest.
Tell the server's administrator: the server and this client share no TLS version or cipher, or the server broke off the handshake.</source>
        <translation>Lancez le test sans STARTTLS pour vérifier le reste.
Prévenez l'administrateur du serveur : le serveur et ce client n'ont aucune version TLS ni suite de chiffrement en commun, ou le serveur a interrompu la négociation.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n'est pas approuvé : %1</translation>
    </message>
    <message>
        <source>Tell the server's administrator which problem the TLS report shows (expired, wrong name, unknown issuer).
To test the rest, accept the certificate once in the test.</source>
        <translation>Indiquez à l'administrateur du serveur le problème que montre le rapport TLS (expiré, nom incorrect, émetteur inconnu).
Pour tester le reste, acceptez une fois le certificat dans le test.</translation>
    </message>
    <message>
        <source>The message is larger than the limit the server announced in its EHLO reply: %1</source>
        <translation>Le message dépasse la limite annoncée par le serveur dans sa réponse EHLO : %1</translation>
    </message>
    <message>
        <source>Send a message below the SIZE limit the server announced: compress attachments or share them by link.</source>
        <translation>Envoyez un message inférieur à la limite SIZE annoncée par le serveur : compressez les pièces jointes ou partagez-les par lien.</translation>
    </message>
    <message>
        <source>Delivery notifications were asked for, but the server does not offer DSN: %1</source>
        <translation>Des accusés de remise ont été demandés, mais le serveur ne propose pas DSN : %1</translation>
    </message>
    <message>
        <source>Expect no delivery notification from this server; the message itself is not affected.</source>
        <translation>N'attendez aucun accusé de remise de ce serveur ; le message lui-même n'est pas concerné.</translation>
    </message>
    <message>
        <source>The server refuses EHLO and HELO alike: it is not a working SMTP server, or a firewall filters the commands: %1</source>
        <translation>Le serveur refuse EHLO comme HELO : ce n'est pas un serveur SMTP fonctionnel, ou un pare-feu filtre les commandes : %1</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall's SMTP inspection sits in between.</source>
        <translation>Vérifiez le port, et si l'inspection SMTP d'un pare-feu s'intercale.</translation>
    </message>
    <message>
        <source>The server refused EHLO but took HELO: an old or filtering server without ESMTP: %1</source>
        <translation>Le serveur a refusé EHLO mais accepté HELO : un serveur ancien ou filtrant, sans ESMTP : %1</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN; if mail must be encrypted, tell its administrator.</source>
        <translation>Rien à corriger de votre côté : HELO fonctionne. Sans ESMTP, le serveur ne propose ni STARTTLS, ni AUTH, ni SIZE, ni DSN ; si le courrier doit être chiffré, prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The test was stopped before it ended: %1</source>
        <translation>Le test a été arrêté avant la fin : %1</translation>
    </message>
    <message>
        <source>Run the test again to the end.</source>
        <translation>Relancez le test jusqu'au bout.</translation>
    </message>
    <message>
        <source>The test did not end as expected: %1</source>
        <translation>Le test ne s'est pas terminé comme prévu : %1</translation>
    </message>
    <message>
        <source>Send the transcript to your mail administrator.</source>
        <translation>Envoyez le journal à votre administrateur de messagerie.</translation>
    </message>
    <message>
        <source>No problem: the test passed</source>
        <translation>Aucun problème : le test a réussi</translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation>Cause inconnue</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>Disabled account</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Sending address on a block list</source>
        <translation>Adresse d'envoi sur une liste de blocage</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Mauvaise réputation de l'expéditeur</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>Échec SPF, DKIM ou DMARC</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>Content classed as spam or malware</source>
        <translation>Contenu classé comme spam ou logiciel malveillant</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obligatoire</translation>
    </message>
    <message>
        <source>No or wrong reverse DNS</source>
        <translation>DNS inverse absent ou incorrect</translation>
    </message>
    <message>
        <source>Greylisting (deferred)</source>
        <translation>Greylisting (différé)</translation>
    </message>
    <message>
        <source>Bad syntax</source>
        <translation>Syntaxe incorrecte</translation>
    </message>
    <message>
        <source>Server busy or temporarily unavailable</source>
        <translation>Serveur occupé ou temporairement indisponible</translation>
    </message>
    <message>
        <source>The server's local policy</source>
        <translation>La stratégie locale du serveur</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>No mail server (no or null MX)</source>
        <translation>Aucun serveur de messagerie (MX absent ou nul)</translation>
    </message>
    <message>
        <source>This client refused</source>
        <translation>Ce client est refusé</translation>
    </message>
    <message>
        <source>Service closing the connection</source>
        <translation>Le service ferme la connexion</translation>
    </message>
    <message>
        <source>Deliberate delay (tarpit or greet pause)</source>
        <translation>Délai volontaire (tarpit ou greet pause)</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO non pris en charge</translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation>Pas un serveur SMTP</translation>
    </message>
    <message>
        <source>Login or STARTTLS required first</source>
        <translation>Authentification ou STARTTLS requis d'abord</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Identifiants incorrects</translation>
    </message>
    <message>
        <source>Password login disabled by the provider</source>
        <translation>Authentification par mot de passe désactivée par le fournisseur</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion coupée</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Delivery notifications (DSN) not supported</source>
        <translation>Accusés de remise (DSN) non pris en charge</translation>
    </message>
    <message>
        <source>You or your network</source>
        <translation>Vous ou votre réseau</translation>
    </message>
    <message>
        <source>Your mail administrator or provider</source>
        <translation>Votre administrateur de messagerie ou votre fournisseur</translation>
    </message>
    <message>
        <source>The recipient's mail administrator</source>
        <translation>L'administrateur de messagerie du destinataire</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>Nobody (wait, or nothing to do)</source>
        <translation>Personne (attendre, ou rien à faire)</translation>
    </message>
    <message>
        <source>The server refused XCLIENT from this client: %1.</source>
        <translation>Le serveur a refusé XCLIENT de la part de ce client : %1.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts (postfix).</source>
        <translation>Ajoutez l'adresse depuis laquelle ce test se connecte à smtpd_authorized_xclient_hosts (postfix).</translation>
    </message>
</context>
<context>
    <name>mailflow::TextReport</name>
    <message>
        <source>Mailflow SMTP test report</source>
        <translation>Rapport de test SMTP Mailflow</translation>
    </message>
    <message>
        <source>Verdict:    %1 (exit code %2)</source>
        <translation>Verdict :   %1 (code de sortie %2)</translation>
    </message>
    <message>
        <source>Summary:    %1</source>
        <translation>Résumé :    %1</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Serveur :   %1</translation>
    </message>
    <message>
        <source>Profile:    %1</source>
        <translation>Profil :    %1</translation>
    </message>
    <message>
        <source>Started:    %1</source>
        <translation>Démarré :   %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificat SHA-256 : %1</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Les adresses et les noms d'hôte de ce rapport ont été remplacés par des pseudonymes.</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsChoices</name>
    <message>
        <source>%1 cannot be used: this build of Qt and OpenSSL offers only %2.</source>
        <translation>%1 ne peut pas être utilisé : cette installation de Qt et d'OpenSSL ne propose que %2.</translation>
    </message>
    <message>
        <source>Unknown TLS cipher: %1</source>
        <translation>Suite de chiffrement TLS inconnue : %1</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificat client nécessite à la fois le fichier du certificat et celui de sa clé.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 ne contient aucune clé privée PEM utilisable (RSA, EC ou DSA, non chiffrée).</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsReport</name>
    <message>
        <source>The certificate has expired: the server's administrator must renew it.</source>
        <translation>Le certificat a expiré : l'administrateur du serveur doit le renouveler.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: its start date is in the future (or this computer's clock is wrong).</source>
        <translation>Le certificat n'est pas encore valide : sa date de début est dans le futur (ou l'horloge de cet ordinateur est fausse).</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody vouches for it, so it cannot be told apart from an impostor's. Trust it explicitly (CA file) only if you know it is the server's.</source>
        <translation>Le certificat est auto-signé : personne ne s'en porte garant, il est donc impossible de le distinguer de celui d'un imposteur. Ne lui faites explicitement confiance (fichier d'AC) que si vous savez qu'il appartient au serveur.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust (a private CA, or a missing intermediate certificate on the server).</source>
        <translation>Le certificat a été émis par une autorité que cet ordinateur n'approuve pas (une AC privée, ou un certificat intermédiaire manquant sur le serveur).</translation>
    </message>
    <message>
        <source>The certificate is for another name than the one connected to: check the server name, or the server presents the wrong certificate.</source>
        <translation>Le certificat concerne un autre nom que celui auquel vous êtes connecté : vérifiez le nom du serveur, ou le serveur présente le mauvais certificat.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>Le certificat a été révoqué par son émetteur.</translation>
    </message>
    <message>
        <source>The certificate is not trusted for this purpose.</source>
        <translation>Le certificat n'est pas approuvé pour cet usage.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n'a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate failed verification.</source>
        <translation>La vérification du certificat a échoué.</translation>
    </message>
    <message>
        <source>The connection uses %1, older than TLS 1.2: it is considered insecure and many clients refuse it. The server should offer TLS 1.2 or 1.3.</source>
        <translation>La connexion utilise %1, plus ancien que TLS 1.2 : il est considéré comme non sûr et de nombreux clients le refusent. Le serveur devrait proposer TLS 1.2 ou 1.3.</translation>
    </message>
    <message numerus="yes">
        <source>The server's certificate expires in %n day(s) (%1): renew it soon.</source>
        <translation>
            <numerusform>Le certificat du serveur expire dans %n jour (%1) : renouvelez-le rapidement.</numerusform>
            <numerusform>Le certificat du serveur expire dans %n jours (%1) : renouvelez-le rapidement.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS: no encrypted connection.</source>
        <translation>TLS : aucune connexion chiffrée.</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2 (%3 bits)</source>
        <translation>TLS : %1, suite de chiffrement %2 (%3 bits)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): none (an IP address was given)</source>
        <translation>Nom du serveur envoyé (SNI) : aucun (une adresse IP a été indiquée)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): %1</source>
        <translation>Nom du serveur envoyé (SNI) : %1</translation>
    </message>
    <message>
        <source>Certificate %1: subject %2</source>
        <translation>Certificat %1 : sujet %2</translation>
    </message>
    <message>
        <source>  issuer: %1%2</source>
        <translation>  émetteur : %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (auto-signé)</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … et %n autre</numerusform>
            <numerusform> … et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>  alternative names: %1</source>
        <translation>  noms alternatifs : %1</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>jours restants : %1</translation>
    </message>
    <message numerus="yes">
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>EXPIRÉ depuis %n jour</numerusform>
            <numerusform>EXPIRÉ depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>  valid from %1 to %2 (%3)</source>
        <translation>  valide du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>  key: %1 %2 bits</source>
        <translation>  clé : %1 %2 bits</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation>  empreinte SHA-256 : %1</translation>
    </message>
    <message>
        <source>Name check: "%1" matches the certificate.</source>
        <translation>Contrôle du nom : « %1 » correspond au certificat.</translation>
    </message>
    <message>
        <source>Name check: "%1" does NOT match the certificate.</source>
        <translation>Contrôle du nom : « %1 » ne correspond PAS au certificat.</translation>
    </message>
    <message>
        <source>Verification: passed (the chain leads to a trusted authority).</source>
        <translation>Vérification : réussie (la chaîne mène à une autorité approuvée).</translation>
    </message>
    <message>
        <source>Verification: FAILED.</source>
        <translation>Vérification : ÉCHEC.</translation>
    </message>
    <message>
        <source> (Qt: %1)</source>
        <translation> (Qt : %1)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Pas de TLS</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificat vérifié</translation>
    </message>
    <message>
        <source>certificate NOT verified: %1</source>
        <translation>certificat NON vérifié : %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits), %4</source>
        <translation>%1, %2 (%3 bits), %4</translation>
    </message>
    <message>
        <source>a protocol older than TLS 1.2</source>
        <translation>un protocole plus ancien que TLS 1.2</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsRptCheck</name>
    <message>
        <source>TLS reporting</source>
        <translation>Rapports TLS</translation>
    </message>
    <message>
        <source>There is no recipient domain to check.</source>
        <translation>Il n'y a pas de domaine destinataire à vérifier.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>Rapports TLS de %1</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 could not be looked up: the name %2.</source>
        <translation>L'enregistrement TLS-RPT de %1 n'a pas pu être recherché : le nom %2.</translation>
    </message>
    <message>
        <source>%1 publishes no TLS-RPT record: senders do not report TLS failures to it.</source>
        <translation>%1 ne publie aucun enregistrement TLS-RPT : les expéditeurs ne lui signalent pas les échecs TLS.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is not valid (it needs "v=TLSRPTv1; rua=mailto:...").</source>
        <translation>L'enregistrement TLS-RPT de %1 n'est pas valide (il doit contenir "v=TLSRPTv1; rua=mailto:...").</translation>
    </message>
    <message>
        <source>Senders report TLS failures for %1 to %2.</source>
        <translation>Les expéditeurs signalent les échecs TLS pour %1 à %2.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 was not answered within the check's time limit.</source>
        <translation>L'enregistrement TLS-RPT de %1 n'a pas répondu dans le délai imparti à la vérification.</translation>
    </message>
</context>
<context>
    <name>mailflow::Transcript</name>
    <message>
        <source>Mailflow sent</source>
        <translation>Envoyé par Mailflow</translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>mailflow::TranscriptModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::TranscriptView</name>
    <message>
        <source>Ti&amp;mes</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Journal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the time of each line, relative to the start of the test</source>
        <translation>Afficher l'heure de chaque ligne, relative au début du test</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Rechercher le précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Rechercher le suivant (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole transcript when none is selected</source>
        <translation>Copier les lignes sélectionnées, ou tout le journal si aucune n'est sélectionnée</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>mailflow::Verdict</name>
    <message>
        <source>Mail to %1 was accepted by %2.</source>
        <translation>Le courrier pour %1 a été accepté par %2.</translation>
    </message>
    <message>
        <source>Mail to %1 was accepted by %2 (queued as %3).</source>
        <translation>Le courrier pour %1 a été accepté par %2 (mis en file d'attente sous %3).</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Échec à l'étape %1 : %2</translation>
    </message>
    <message>
        <source>The test has not run yet.</source>
        <translation>Le test n'a pas encore été exécuté.</translation>
    </message>
    <message>
        <source>%1 answered as expected up to %2; no message was sent.</source>
        <translation>%1 a répondu comme prévu jusqu'à %2 ; aucun message n'a été envoyé.</translation>
    </message>
    <message>
        <source>Warning at %1: %2</source>
        <translation>Avertissement à l'étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchRunner</name>
    <message>
        <source>a run passes</source>
        <translation>une exécution réussisse</translation>
    </message>
    <message>
        <source>the result changes</source>
        <translation>le résultat change</translation>
    </message>
    <message>
        <source>%1 hours have passed</source>
        <translation>%1 heures se soient écoulées</translation>
    </message>
    <message>
        <source>Watching the profile %1: a run every %2 minutes until %3.</source>
        <translation>Surveillance du profil %1 : une exécution toutes les %2 minutes jusqu'à ce que %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>Time is up after %n run(s).</source>
        <translation>
            <numerusform>Temps écoulé après %n exécution.</numerusform>
            <numerusform>Temps écoulé après %n exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(modifié)</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchWindow</name>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Démarrer la surveillance</translation>
    </message>
    <message>
        <source>Mailflow — watching "%1"</source>
        <translation>Mailflow — surveillance de « %1 »</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Runs the profile again on a schedule and tells you when its result changes (a DNS change propagating, a block-list removal, a greylisting wait).</source>
        <translation>Relance le profil selon un calendrier et vous prévient quand son résultat change (propagation d'une modification DNS, retrait d'une liste de blocage, attente de greylisting).</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Runs of this profile, newest first:</source>
        <translation>Exécutions de ce profil, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>A&amp;rrêter la surveillance</translation>
    </message>
    <message>
        <source>Next run at %1</source>
        <translation>Prochaine exécution à %1</translation>
    </message>
    <message>
        <source>"%1" changed at %2: now %3%4</source>
        <translation>« %1 » a changé à %2 : maintenant %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Mailflow watch</source>
        <translation>Surveillance Mailflow</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPage</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPanel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>R&amp;un to end</source>
        <translation>E&amp;xécuter jusqu'au bout</translation>
    </message>
    <message>
        <source>Abor&amp;t</source>
        <translation>&amp;Interrompre</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>Reco&amp;nnecter</translation>
    </message>
    <message>
        <source>Run this page's step now (Enter)</source>
        <translation>Exécuter maintenant l'étape de cette page (Entrée)</translation>
    </message>
    <message>
        <source>Run the remaining steps in one go with the values entered, up to the stop point</source>
        <translation>Exécuter d'un seul coup les étapes restantes avec les valeurs saisies, jusqu'au point d'arrêt</translation>
    </message>
    <message>
        <source>Stop what is running and drop the connection; the transcript is kept</source>
        <translation>Arrêter ce qui est en cours et couper la connexion ; le journal est conservé</translation>
    </message>
    <message>
        <source>Connect again, keeping the transcript of what happened</source>
        <translation>Se reconnecter, en conservant le journal de ce qui s'est passé</translation>
    </message>
    <message>
        <source>to the end (send the mail)</source>
        <translation>jusqu'au bout (envoyer le courrier)</translation>
    </message>
    <message>
        <source>stop after RCPT (no mail sent)</source>
        <translation>s'arrêter après RCPT (aucun courrier envoyé)</translation>
    </message>
    <message>
        <source>stop after MAIL FROM</source>
        <translation>s'arrêter après MAIL FROM</translation>
    </message>
    <message>
        <source>stop after EHLO</source>
        <translation>s'arrêter après EHLO</translation>
    </message>
    <message>
        <source>stop after the greeting</source>
        <translation>s'arrêter après l'accueil</translation>
    </message>
    <message>
        <source>Stop point</source>
        <translation>Point d'arrêt</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Not connected yet: go Back to the Connect step and press Connect first (or Run to end).</source>
        <translation>Pas encore connecté : revenez à l'étape Connexion avec Précédent et appuyez d'abord sur Connecter (ou sur Exécuter jusqu'au bout).</translation>
    </message>
    <message>
        <source>This step needs the steps before it: go Back and send them first.</source>
        <translation>Cette étape nécessite les étapes précédentes : revenez en arrière avec Précédent et envoyez-les d'abord.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 sur %2 envoyés</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>En attente de l'acceptation du message par le serveur…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Envoi du message…</translation>
    </message>
    <message>
        <source>XCLIENT is sent just before MAIL FROM: choose a later stop point, or empty the XCLIENT field.</source>
        <translation>XCLIENT est envoyé juste avant MAIL FROM : choisissez un point d'arrêt ultérieur, ou videz le champ XCLIENT.</translation>
    </message>
</context>
<context>
    <name>mailflow::Xclient</name>
    <message>
        <source>unknown attribute %1; XCLIENT takes %2.</source>
        <translation>attribut %1 inconnu ; XCLIENT accepte %2.</translation>
    </message>
    <message>
        <source>%1 needs a value (or [UNAVAILABLE]).</source>
        <translation>%1 nécessite une valeur (ou [UNAVAILABLE]).</translation>
    </message>
    <message>
        <source>%1: the value has a control character.</source>
        <translation>%1 : la valeur contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>%1 must be an IP address, not "%2".</source>
        <translation>%1 doit être une adresse IP, pas « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a port number from 0 to 65535.</source>
        <translation>%1 doit être un numéro de port de 0 à 65535.</translation>
    </message>
    <message>
        <source>PROTO must be SMTP or ESMTP.</source>
        <translation>PROTO doit valoir SMTP ou ESMTP.</translation>
    </message>
    <message>
        <source>%1: at most 255 characters.</source>
        <translation>%1 : 255 caractères au maximum.</translation>
    </message>
    <message>
        <source>give NAME=VALUE, e.g. ADDR=192.0.2.1,NAME=mail.example.com.</source>
        <translation>indiquez NOM=VALEUR, p. ex. ADDR=192.0.2.1,NAME=mail.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not NAME=VALUE.</source>
        <translation>« %1 » n'est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 est indiqué deux fois.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tests an SMTP server step by step.</source>
        <translation>Teste un serveur SMTP étape par étape.</translation>
    </message>
    <message>
        <source>Open the window on the built-in practice server with SCENARIO.</source>
        <translation>Ouvrir la fenêtre sur le serveur d'entraînement intégré avec SCÉNARIO.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>The language of the window: %1 (default: the setting, else the system's).</source>
        <translation>La langue de la fenêtre : %1 (par défaut : le réglage, sinon celle du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
</TS>
