<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CheckSeverity</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>mailflow::AboutDialog</name>
    <message>
        <source>About Mailflow</source>
        <translation>Acerca de Mailflow</translation>
    </message>
    <message>
        <source>Mailflow icon</source>
        <translation>Icono de Mailflow</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mailflow %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Finds out why mail does not flow: tests an SMTP server step by step, like "telnet host 25", and says what each reply means and what to do next.</source>
        <translation>Averigua por qué no fluye el correo: prueba un servidor SMTP paso a paso, como «telnet host 25», y explica qué significa cada respuesta y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressFamilyCheck</name>
    <message>
        <source>IPv4 against IPv6 for %1</source>
        <translation>IPv4 frente a IPv6 para %1</translation>
    </message>
    <message>
        <source>%1 passes over IPv4 but fails over IPv6. Providers are stricter with IPv6 senders: most want a reverse DNS name (PTR) for the sending IPv6 address, and some want SPF and DKIM as well.</source>
        <translation>%1 funciona por IPv4 pero falla por IPv6. Los proveedores son más estrictos con los remitentes IPv6: la mayoría exige un nombre de DNS inverso (PTR) para la dirección IPv6 de envío y algunos exigen además SPF y DKIM.</translation>
    </message>
    <message>
        <source>Give your IPv6 sending address a PTR record that resolves back to it, or send over IPv4 only.</source>
        <translation>Asigne a su dirección IPv6 de envío un registro PTR que resuelva de vuelta a ella, o envíe solo por IPv4.</translation>
    </message>
    <message>
        <source>%1 passes over IPv6 but fails over IPv4: the IPv4 path or address is the problem (a block list entry, a missing PTR or a filter on one family).</source>
        <translation>%1 funciona por IPv6 pero falla por IPv4: el problema es la ruta o la dirección IPv4 (una entrada en una lista de bloqueo, un PTR que falta o un filtro en una de las familias).</translation>
    </message>
    <message>
        <source>Compare the IPv4 rows' replies with the IPv6 rows' in the matrix.</source>
        <translation>Compare en la matriz las respuestas de las filas IPv4 con las de las filas IPv6.</translation>
    </message>
</context>
<context>
    <name>mailflow::AddressValidation</name>
    <message>
        <source>Enter a full address, like user@example.com.</source>
        <translation>Introduzca una dirección completa, como user@example.com.</translation>
    </message>
    <message>
        <source>The address contains a line break or a control character.</source>
        <translation>La dirección contiene un salto de línea o un carácter de control.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters.</source>
        <translation>La dirección tiene más de 254 caracteres.</translation>
    </message>
    <message>
        <source>Enter the address without angle brackets.</source>
        <translation>Introduzca la dirección sin corchetes angulares.</translation>
    </message>
    <message>
        <source>The address has no @: enter a full address, like user@example.com.</source>
        <translation>La dirección no tiene @: introduzca una dirección completa, como user@example.com.</translation>
    </message>
    <message>
        <source>The address has nothing before the @.</source>
        <translation>La dirección no tiene nada antes de la @.</translation>
    </message>
    <message>
        <source>The address has no domain after the @.</source>
        <translation>La dirección no tiene dominio después de la @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La parte anterior a la @ tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <translation>La dirección contiene un espacio.</translation>
    </message>
    <message>
        <source>The domain contains a space.</source>
        <translation>El dominio contiene un espacio.</translation>
    </message>
    <message>
        <source>The address literal after the @ is not an IP address.</source>
        <translation>El literal de dirección que sigue a la @ no es una dirección IP.</translation>
    </message>
    <message>
        <source>The domain has an empty label (two dots, or a dot at the start or end).</source>
        <translation>El dominio tiene una etiqueta vacía (dos puntos seguidos, o un punto al principio o al final).</translation>
    </message>
    <message>
        <source>The domain is not a valid domain name.</source>
        <translation>El dominio no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>Enter a server name or an IP address.</source>
        <translation>Introduzca un nombre de servidor o una dirección IP.</translation>
    </message>
    <message>
        <source>The server name contains a line break or a control character.</source>
        <translation>El nombre del servidor contiene un salto de línea o un carácter de control.</translation>
    </message>
    <message>
        <source>The server name contains a space.</source>
        <translation>El nombre del servidor contiene un espacio.</translation>
    </message>
    <message>
        <source>The server name is longer than 253 characters.</source>
        <translation>El nombre del servidor tiene más de 253 caracteres.</translation>
    </message>
    <message>
        <source>The server name is not a valid host name.</source>
        <translation>El nombre del servidor no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>%1 contains a line break or a control character.</source>
        <translation>%1 contiene un salto de línea o un carácter de control.</translation>
    </message>
    <message>
        <source>%1 is longer than 998 characters.</source>
        <translation>%1 tiene más de 998 caracteres.</translation>
    </message>
    <message>
        <source>A header needs a name.</source>
        <translation>Un encabezado necesita un nombre.</translation>
    </message>
    <message>
        <source>The header name "%1" may only contain printable ASCII letters without spaces or colons.</source>
        <translation>El nombre de encabezado «%1» solo puede contener caracteres ASCII imprimibles, sin espacios ni dos puntos.</translation>
    </message>
    <message>
        <source>A UNIX socket is written with its full path: unix:/run/dovecot/lmtp.</source>
        <translation>Un socket UNIX se escribe con su ruta completa: unix:/run/dovecot/lmtp.</translation>
    </message>
    <message>
        <source>The UNIX socket path is longer than 107 bytes.</source>
        <translation>La ruta del socket UNIX tiene más de 107 bytes.</translation>
    </message>
</context>
<context>
    <name>mailflow::AllMxRunner</name>
    <message>
        <source>Testing every MX of %1 on port %2, up to %3 (%4 at a time).</source>
        <translation>Probando todos los MX de %1 en el puerto %2, hasta %3 (%4 a la vez).</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>=== MX %1 (preference %2), %3: %4</source>
        <translation>=== MX %1 (preferencia %2), %3: %4</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>MX matrix:</source>
        <translation>Matriz de MX:</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Delivery rule (try in preference order, move on after a connection failure or a 4xx, stop at a 5xx):</source>
        <translation>Regla de entrega (probar por orden de preferencia, pasar al siguiente tras un fallo de conexión o un 4xx, detenerse ante un 5xx):</translation>
    </message>
    <message>
        <source>Delivery verdict: %1</source>
        <translation>Veredicto de entrega: %1</translation>
    </message>
    <message>
        <source>Attempts (the rows retried after a deliberate deferral):</source>
        <translation>Intentos (las filas reintentadas tras un aplazamiento deliberado):</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying %n row(s) once</source>
        <translation>
            <numerusform>Aplazado, no fallido: se reintenta %n fila una vez</numerusform>
            <numerusform>Aplazado, no fallido: se reintentan %n filas una vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s.</source>
        <translation>
            <numerusform>en %n s.</numerusform>
            <numerusform>en %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistCheck</name>
    <message>
        <source>Block lists: your address</source>
        <translation>Listas de bloqueo: su dirección</translation>
    </message>
    <message>
        <source>Your address is not looked up on the block lists: %1</source>
        <translation>Su dirección no se consulta en las listas de bloqueo: %1</translation>
    </message>
    <message>
        <source>not answered: the name %1</source>
        <translation>sin respuesta: el nombre %1</translation>
    </message>
    <message>
        <source>%1: your address %2</source>
        <translation>%1: su dirección %2</translation>
    </message>
    <message>
        <source>%1: the server's address %2</source>
        <translation>%1: la dirección del servidor %2</translation>
    </message>
    <message>
        <source>%1 is not listed on %2.</source>
        <translation>%1 no figura en %2.</translation>
    </message>
    <message>
        <source>%1 did not answer for %2 (%3); this says nothing about a listing.</source>
        <translation>%1 no respondió para %2 (%3); esto no indica nada sobre una inclusión en la lista.</translation>
    </message>
    <message>
        <source>Find out why the address sent mail the list objects to (an infected computer, a compromised account, a misconfigured server) and stop it.</source>
        <translation>Averigüe por qué la dirección envió el correo al que se opone la lista (un equipo infectado, una cuenta comprometida, un servidor mal configurado) y póngale fin.</translation>
    </message>
    <message>
        <source>Ask the list's operator for removal.</source>
        <translation>Solicite la exclusión al operador de la lista.</translation>
    </message>
    <message>
        <source>Ask for removal at %1.</source>
        <translation>Solicite la exclusión en %1.</translation>
    </message>
    <message>
        <source>If the address belongs to your mail or internet provider, send through the provider's mail servers and ask the provider to act.</source>
        <translation>Si la dirección pertenece a su proveedor de correo o de internet, envíe a través de los servidores de correo del proveedor y pídale que actúe.</translation>
    </message>
    <message>
        <source>Your address %1 is listed on %2: %3. Servers that use this list refuse your mail.</source>
        <translation>Su dirección %1 figura en %2: %3. Los servidores que usan esta lista rechazan su correo.</translation>
    </message>
    <message>
        <source>Tell the administrator of the server; its own outgoing mail may be refused elsewhere.</source>
        <translation>Avise al administrador del servidor; es posible que su propio correo saliente se rechace en otros servidores.</translation>
    </message>
    <message>
        <source>The server's address %1 is listed on %2: %3.</source>
        <translation>La dirección del servidor %1 figura en %2: %3.</translation>
    </message>
    <message>
        <source>not answered within the check's time limit</source>
        <translation>sin respuesta dentro del tiempo límite de la comprobación</translation>
    </message>
</context>
<context>
    <name>mailflow::BlocklistReading</name>
    <message>
        <source>not answered: the list does not know the query (a typo in the list's name or an unsupported query)</source>
        <translation>sin respuesta: la lista no reconoce la consulta (un error tipográfico en el nombre de la lista o una consulta no admitida)</translation>
    </message>
    <message>
        <source>not answered: the list refuses queries that come through a public or open DNS resolver; ask again through your own resolver</source>
        <translation>sin respuesta: la lista rechaza las consultas que llegan a través de un resolvedor DNS público o abierto; vuelva a consultar a través de su propio resolvedor</translation>
    </message>
    <message>
        <source>not answered: the DNS resolver used made too many queries to the list</source>
        <translation>sin respuesta: el resolvedor DNS utilizado hizo demasiadas consultas a la lista</translation>
    </message>
    <message>
        <source>not answered: the list returned an error code</source>
        <translation>sin respuesta: la lista devolvió un código de error</translation>
    </message>
    <message>
        <source>SBL: a known spam source or spam operation</source>
        <translation>SBL: una fuente u operación de spam conocida</translation>
    </message>
    <message>
        <source>CSS: Spamhaus saw spam sent from this address (often a misconfigured or compromised server)</source>
        <translation>CSS: Spamhaus detectó spam enviado desde esta dirección (a menudo un servidor mal configurado o comprometido)</translation>
    </message>
    <message>
        <source>XBL: the address sent traffic of infected or hijacked machines (botnet, open proxy)</source>
        <translation>XBL: la dirección envió tráfico de equipos infectados o secuestrados (botnet, proxy abierto)</translation>
    </message>
    <message>
        <source>DROP: the whole network is run by criminals or hijacked</source>
        <translation>DROP: toda la red está gestionada por delincuentes o ha sido secuestrada</translation>
    </message>
    <message>
        <source>PBL (listed by the ISP): the provider says this address should not send mail directly, only through its mail servers</source>
        <translation>PBL (incluida por el ISP): el proveedor indica que esta dirección no debe enviar correo directamente, solo a través de sus servidores de correo</translation>
    </message>
    <message>
        <source>PBL (listed by Spamhaus): an end-user address range that should not send mail directly</source>
        <translation>PBL (incluida por Spamhaus): un rango de direcciones de usuario final que no debe enviar correo directamente</translation>
    </message>
    <message>
        <source>SpamCop users reported spam from this address</source>
        <translation>Usuarios de SpamCop denunciaron spam procedente de esta dirección</translation>
    </message>
    <message>
        <source>Barracuda rates this address as a poor-reputation sender</source>
        <translation>Barracuda califica esta dirección como remitente de mala reputación</translation>
    </message>
    <message>
        <source>listed (return code %1)</source>
        <translation>en la lista (código de retorno %1)</translation>
    </message>
    <message>
        <source>listed with return code %1, which this list does not document</source>
        <translation>en la lista con el código de retorno %1, que esta lista no documenta</translation>
    </message>
    <message>
        <source>not answered: %1 is not a block list return code</source>
        <translation>sin respuesta: %1 no es un código de retorno de lista de bloqueo</translation>
    </message>
    <message>
        <source>"%1" is not a block list zone name.</source>
        <translation>«%1» no es un nombre de zona de lista de bloqueo.</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificateDecisionDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Continue for this test</source>
        <translation>&amp;Continuar en esta prueba</translation>
    </message>
    <message>
        <source>The server's certificate failed verification</source>
        <translation>El certificado del servidor no superó la verificación</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server's certificate could not be verified.&lt;/b&gt; Mail programs and servers that require TLS would refuse this connection. Stop the test, or continue for this one test only (the choice is written in the transcript).</source>
        <translation>&lt;b&gt;No se pudo verificar el certificado del servidor.&lt;/b&gt; Los programas de correo y los servidores que exigen TLS rechazarían esta conexión. Detenga la prueba o continúe solo en esta prueba (la decisión queda anotada en la transcripción).</translation>
    </message>
</context>
<context>
    <name>mailflow::CertificatePanel</name>
    <message>
        <source>Verification failed:</source>
        <translation>Error de verificación:</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>El certificado se verificó correctamente.</translation>
    </message>
    <message>
        <source>No TLS handshake in this test yet.</source>
        <translation>Todavía no hay ninguna negociación TLS en esta prueba.</translation>
    </message>
    <message>
        <source>TLS and certificate</source>
        <translation>TLS y certificado</translation>
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
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
    </message>
</context>
<context>
    <name>mailflow::CheckRunner</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Puerto 25 desde esta red</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relay abierto</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 e IPv6</translation>
    </message>
    <message>
        <source>Unknown check "%1"; the checks are: %2.</source>
        <translation>Comprobación desconocida «%1»; las comprobaciones son: %2.</translation>
    </message>
    <message>
        <source>The check did not finish within %1 s; the SMTP test did not wait for it.</source>
        <translation>La comprobación no terminó en %1 s; la prueba SMTP no la esperó.</translation>
    </message>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Su dirección tal como la ve el servidor</translation>
    </message>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>DNS inverso de su dirección</translation>
    </message>
    <message>
        <source>DNS block lists</source>
        <translation>Listas de bloqueo DNS</translation>
    </message>
    <message>
        <source>SPF of the sender domain</source>
        <translation>SPF del dominio remitente</translation>
    </message>
    <message>
        <source>DMARC of the sender domain</source>
        <translation>DMARC del dominio remitente</translation>
    </message>
    <message>
        <source>MTA-STS of the recipient domain</source>
        <translation>MTA-STS del dominio del destinatario</translation>
    </message>
    <message>
        <source>TLS reporting of the recipient domain</source>
        <translation>Informes TLS del dominio del destinatario</translation>
    </message>
</context>
<context>
    <name>mailflow::Checklist</name>
    <message>
        <source>DNS lookup</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <source>Connect and greeting</source>
        <translation>Conexión y saludo</translation>
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
        <translation>Negociación TLS</translation>
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
        <translation>Fin de los datos</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Quién debe actuar: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Select a row to see what it means.</source>
        <translation>Seleccione una fila para ver qué significa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lista de comprobación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Cause: %1 — who must act: %2</source>
        <translation>Causa: %1 — quién debe actuar: %2</translation>
    </message>
    <message>
        <source>Deferred, not failed: retry later.</source>
        <translation>Aplazado, no fallido: vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Quién debe actuar: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::CliParser</name>
    <message>
        <source>Run only these checks around the conversation (comma-separated): %1.</source>
        <translation>Ejecutar solo estas comprobaciones en torno a la conversación (separadas por comas): %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>Run none of the checks around the conversation, only the SMTP test.</source>
        <translation>No ejecutar ninguna de las comprobaciones en torno a la conversación, solo la prueba SMTP.</translation>
    </message>
    <message>
        <source>Run every check around the conversation but these (comma-separated).</source>
        <translation>Ejecutar todas las comprobaciones en torno a la conversación excepto estas (separadas por comas).</translation>
    </message>
    <message>
        <source>After the envelope, try RCPT TO an outside recipient from an outside sender and warn if the server accepts it (an open relay); then RSET. Never sends a message.</source>
        <translation>Tras el sobre, intentar un RCPT TO a un destinatario externo desde un remitente externo y avisar si el servidor lo acepta (un relay abierto); después, RSET. Nunca envía un mensaje.</translation>
    </message>
    <message>
        <source>The outside sender of --relay-check (default %1).</source>
        <translation>El remitente externo de --relay-check (predeterminado: %1).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>The outside recipient of --relay-check (default %1).</source>
        <translation>El destinatario externo de --relay-check (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Give one of --checks, --no-checks and --skip-checks.</source>
        <translation>Indique solo una de --checks, --no-checks y --skip-checks.</translation>
    </message>
    <message>
        <source>--checks: name at least one check (or use --no-checks).</source>
        <translation>--checks: indique al menos una comprobación (o use --no-checks).</translation>
    </message>
    <message>
        <source>saved the profile "%1" as %2</source>
        <translation>se guardó el perfil «%1» como %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>No runs kept yet.</source>
        <translation>Todavía no se ha guardado ninguna ejecución.</translation>
    </message>
    <message>
        <source>No run matches "%1".</source>
        <translation>Ninguna ejecución coincide con «%1».</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n ejecución.</numerusform>
            <numerusform>%n ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the kept runs, newest first, instead of running a test; words after the options search the server, domain, recipients, profile, verdict and cause. With --format json, as JSON.</source>
        <translation>Enumerar las ejecuciones guardadas, de la más reciente a la más antigua, en lugar de ejecutar una prueba; las palabras que siguen a las opciones buscan en el servidor, el dominio, los destinatarios, el perfil, el veredicto y la causa. Con --format json, en JSON.</translation>
    </message>
    <message>
        <source>Print the report of the kept run ID (--format json for JSON).</source>
        <translation>Mostrar el informe de la ejecución guardada ID (--format json para JSON).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--history lists runs and --history-show prints one: give one of them.</source>
        <translation>--history enumera las ejecuciones y --history-show muestra una: indique solo una de las dos.</translation>
    </message>
    <message>
        <source>--history-show: give the id of a run (see --history).</source>
        <translation>--history-show: indique el id de una ejecución (consulte --history).</translation>
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
        <translation>Códigos de salida:
  0  se superaron todos los pasos (el paso a HELO por sí solo es una advertencia, no un fallo)
  1  opciones o entrada incorrectas: no se envió nada
  2  no se pudo conectar (host no encontrado, conexión rechazada, inaccesible)
 21  saludo rechazado (421/554)     22  EHLO/HELO rechazado
 23  MAIL FROM rechazado            24  un destinatario rechazado o aplazado
 25  DATA rechazado                 26  mensaje rechazado tras el punto final
 27  QUIT fallido                   30  error de protocolo (no es una respuesta SMTP)
 31  tiempo de espera agotado en cualquier fase
 32  DNS: el dominio no existe, no tiene servidor de correo o tiene un MX nulo, o falló el DNS
 34  aplazado a propósito (greylisting): no es un fallo, vuelva a intentarlo más tarde
</translation>
    </message>
    <message>
        <source>With --all-mx: 0 when some MX passed every step, else the code of the MX that got furthest.
</source>
        <translation>Con --all-mx: 0 si algún MX superó todos los pasos; si no, el código del MX que llegó más lejos.
</translation>
    </message>
    <message>
        <source>Tests an SMTP server step by step, like "telnet host 25" (Microsoft KB 153119):
connect, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, with a transcript and a checklist.

</source>
        <translation>Prueba un servidor SMTP paso a paso, como «telnet host 25» (Microsoft KB 153119):
conexión, EHLO, MAIL FROM, RCPT TO, DATA, QUIT, con una transcripción y una lista de comprobación.

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>The language of the messages: %1 (default: the system's).</source>
        <translation>El idioma de los mensajes: %1 (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>--lang: unknown language "%1"; choose one of %2.</source>
        <translation>--lang: idioma desconocido «%1»; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Security: off, optional (STARTTLS when offered), starttls (required) or implicit (TLS from the start). Default: implicit on port 465, starttls on 587, optional otherwise.</source>
        <translation>Seguridad: off, optional (STARTTLS cuando se ofrece), starttls (obligatorio) o implicit (TLS desde el principio). Predeterminado: implicit en el puerto 465, starttls en el 587 y optional en los demás.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Go on when the server's certificate fails verification (written in the transcript).</source>
        <translation>Continuar cuando el certificado del servidor no supere la verificación (queda anotado en la transcripción).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for servers that ask for one.</source>
        <translation>Certificado de cliente (PEM) para los servidores que lo solicitan.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Clave privada (PEM) de --client-cert.</translation>
    </message>
    <message>
        <source>Log in (AUTH) after EHLO: auto (default: the strongest offered), plain, login, cram-md5, scram-sha-1, scram-sha-256, or with an access token xoauth2 or oauthbearer. Needs --auth-user.</source>
        <translation>Iniciar sesión (AUTH) después de EHLO: auto (predeterminado: el más seguro que se ofrezca), plain, login, cram-md5, scram-sha-1, scram-sha-256, o con un token de acceso xoauth2 u oauthbearer. Requiere --auth-user.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>User name for AUTH (implies --auth).</source>
        <translation>Nombre de usuario para AUTH (implica --auth).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Read the AUTH password from the first line of this file. Otherwise it comes from $MAILFLOW_PASSWORD or a prompt; never from the command line.</source>
        <translation>Leer la contraseña de AUTH de la primera línea de este archivo. Si no, se toma de $MAILFLOW_PASSWORD o se pregunta; nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Allow sending the credentials over an unencrypted connection.</source>
        <translation>Permitir el envío de las credenciales por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source> 28  AUTH refused or not possible   29  STARTTLS or TLS failed (certificate, handshake)
</source>
        <translation> 28  AUTH rechazado o imposible     29  fallo de STARTTLS o TLS (certificado, negociación)
</translation>
    </message>
    <message>
        <source>--tls: use off, optional, starttls or implicit.</source>
        <translation>--tls: use off, optional, starttls o implicit.</translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together.</source>
        <translation>--client-cert y --client-key van juntas.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: el archivo no existe.</translation>
    </message>
    <message>
        <source>--ca-file, --client-cert and --no-tls-verify need TLS (not --tls off).</source>
        <translation>--ca-file, --client-cert y --no-tls-verify requieren TLS (no --tls off).</translation>
    </message>
    <message>
        <source>--auth: use auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 or oauthbearer.</source>
        <translation>--auth: use auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2 u oauthbearer.</translation>
    </message>
    <message>
        <source>--auth needs --auth-user (the user name to log in with).</source>
        <translation>--auth requiere --auth-user (el nombre de usuario con el que iniciar sesión).</translation>
    </message>
    <message>
        <source>--auth-password-file and --auth-allow-plaintext need --auth-user.</source>
        <translation>--auth-password-file y --auth-allow-plaintext requieren --auth-user.</translation>
    </message>
    <message>
        <source>--quit-after auth needs --auth-user.</source>
        <translation>--quit-after auth requiere --auth-user.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 está vacío.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>AUTH needs a password: give --auth-password-file FILE or set MAILFLOW_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>AUTH necesita una contraseña: indique --auth-password-file ARCHIVO o defina MAILFLOW_PASSWORD, o ejecútelo en un terminal para que se le pregunte (nunca se toma de la línea de comandos).</translation>
    </message>
    <message>
        <source>--server: missing ] after the IPv6 address.</source>
        <translation>--server: falta ] después de la dirección IPv6.</translation>
    </message>
    <message>
        <source>--server: expected :PORT after ].</source>
        <translation>--server: se esperaba :PUERTO después de ].</translation>
    </message>
    <message>
        <source>--server: the port must be a number from 1 to 65535.</source>
        <translation>--server: el puerto debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Port (default 25).</source>
        <translation>Puerto (predeterminado: 25).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Name to send with EHLO/HELO.</source>
        <translation>Nombre que se envía con EHLO/HELO.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Envelope sender for MAIL FROM; "" or "&lt;&gt;" for the null sender.</source>
        <translation>Remitente del sobre para MAIL FROM; "" o "&lt;&gt;" para el remitente nulo.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Recipient for RCPT TO; repeat it or separate with commas.</source>
        <translation>Destinatario para RCPT TO; repítalo o separe con comas.</translation>
    </message>
    <message>
        <source>DSN NOTIFY= for every recipient: SUCCESS,FAILURE,DELAY or NEVER.</source>
        <translation>DSN NOTIFY= para todos los destinatarios: SUCCESS,FAILURE,DELAY o NEVER.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>DSN ORCPT= original recipient.</source>
        <translation>DSN ORCPT= destinatario original.</translation>
    </message>
    <message>
        <source>DSN RET=: full or hdrs.</source>
        <translation>DSN RET=: full o hdrs.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>DSN ENVID= envelope id.</source>
        <translation>DSN ENVID= id del sobre.</translation>
    </message>
    <message>
        <source>auto: send DSN parameters only when the server advertises DSN (default); force: always, as KB 153119 types them.</source>
        <translation>auto: enviar los parámetros DSN solo cuando el servidor anuncia DSN (predeterminado); force: siempre, tal como los escribe KB 153119.</translation>
    </message>
    <message>
        <source>An extra header "Name: value"; repeatable.</source>
        <translation>Un encabezado adicional "Nombre: valor"; se puede repetir.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Asunto del mensaje de prueba.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>Seconds to wait at each stage.</source>
        <translation>Segundos de espera en cada fase.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --%1.</source>
        <translation>--profile ejecuta la prueba guardada en el perfil: omita --%1.</translation>
    </message>
    <message>
        <source>--server is required (the host to test), or --mx DOMAIN to find it in DNS.</source>
        <translation>--server es obligatorio (el host que se va a probar), o bien --mx DOMINIO para buscarlo en DNS.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--ehlo: give one name without spaces.</source>
        <translation>--ehlo: indique un solo nombre sin espacios.</translation>
    </message>
    <message>
        <source>--timeout: give seconds, from 0.1 to 3600.</source>
        <translation>--timeout: indique los segundos, de 0,1 a 3600.</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--from is required (the envelope sender; "&lt;&gt;" for the null sender).</source>
        <translation>--from es obligatorio (el remitente del sobre; "&lt;&gt;" para el remitente nulo).</translation>
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
        <translation>--to es obligatorio (al menos un destinatario).</translation>
    </message>
    <message>
        <source>--orcpt: %1</source>
        <translation>--orcpt: %1</translation>
    </message>
    <message>
        <source>--ret: use full or hdrs.</source>
        <translation>--ret: use full o hdrs.</translation>
    </message>
    <message>
        <source>--dsn: use auto or force.</source>
        <translation>--dsn: use auto o force.</translation>
    </message>
    <message>
        <source>--header: write it as "Name: value".</source>
        <translation>--header: escríbalo como "Nombre: valor".</translation>
    </message>
    <message>
        <source>The header %1</source>
        <translation>El encabezado %1</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header: %1</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a body from standard input: give --body TEXT or --body @FILE.</source>
        <translation>--save-profile no puede guardar un cuerpo procedente de la entrada estándar: indique --body TEXTO o --body @ARCHIVO.</translation>
    </message>
    <message>
        <source>Output: text (default) or json.</source>
        <translation>Salida: text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Also write the report to FILE: .txt, .html, .json or .pdf by its extension. With several profiles, each report gets the profile name before the extension.</source>
        <translation>Escribir también el informe en ARCHIVO: .txt, .html, .json o .pdf según su extensión. Con varios perfiles, cada informe lleva el nombre del perfil antes de la extensión.</translation>
    </message>
    <message>
        <source>Run a saved profile: a NAME from the profiles folder, a FILE, or a FOLDER of profiles; repeatable. Several profiles end with a summary table and the worst exit code.</source>
        <translation>Ejecutar un perfil guardado: un NOMBRE de la carpeta de perfiles, un ARCHIVO o una CARPETA de perfiles; se puede repetir. Con varios perfiles se termina con una tabla resumen y el peor código de salida.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Keep this test (server or --mx domain, envelope, message and the other test options; never the password) as the profile NAME, replacing one of that name, then run it. Rerun it later with --profile NAME.</source>
        <translation>Guardar esta prueba (servidor o dominio de --mx, sobre, mensaje y las demás opciones de la prueba; nunca la contraseña) como el perfil NOMBRE, sustituyendo al que tenga ese nombre, y después ejecutarla. Vuelva a ejecutarla más tarde con --profile NOMBRE.</translation>
    </message>
    <message>
        <source>Mask for sharing outside the company: addresses, hosts or all (pseudonyms such as user1@domain1.example). Credentials are always masked.</source>
        <translation>Enmascarar para compartir fuera de la empresa: addresses, hosts o all (seudónimos como user1@domain1.example). Las credenciales siempre se enmascaran.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>No guardar esta ejecución en el historial.</translation>
    </message>
    <message>
        <source>--save: end the file name with .txt, .html, .json or .pdf.</source>
        <translation>--save: el nombre del archivo debe terminar en .txt, .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>--save-profile keeps the options of this command line: leave out --profile.</source>
        <translation>--save-profile guarda las opciones de esta línea de comandos: omita --profile.</translation>
    </message>
    <message>
        <source>give the profile a name.</source>
        <translation>asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>--save-profile: %1</source>
        <translation>--save-profile: %1</translation>
    </message>
    <message>
        <source>--redact: use addresses, hosts or all.</source>
        <translation>--redact: use addresses, hosts o all.</translation>
    </message>
    <message>
        <source>--format: use text or json.</source>
        <translation>--format: use text o json.</translation>
    </message>
    <message>
        <source>Runs are kept in the history folder; --format json adds "compare": what changed since the previous run of the same profile.
</source>
        <translation>Las ejecuciones se guardan en la carpeta del historial; --format json añade "compare": lo que ha cambiado desde la ejecución anterior del mismo perfil.
</translation>
    </message>
    <message>
        <source>Log in with the OAuth 2.0 access token in the first line of this file (XOAUTH2 or OAUTHBEARER). Otherwise it comes from $MAILFLOW_TOKEN or a prompt; never from the command line.</source>
        <translation>Iniciar sesión con el token de acceso OAuth 2.0 de la primera línea de este archivo (XOAUTH2 u OAUTHBEARER). Si no, se toma de $MAILFLOW_TOKEN o se pregunta; nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>With --auth login, send the user name with the command (AUTH LOGIN dXNlcg==).</source>
        <translation>Con --auth login, enviar el nombre de usuario junto con el comando (AUTH LOGIN dXNlcg==).</translation>
    </message>
    <message>
        <source>--auth-token-file and --auth-login-initial-response need --auth-user.</source>
        <translation>--auth-token-file y --auth-login-initial-response requieren --auth-user.</translation>
    </message>
    <message>
        <source>Give --auth-token-file or --auth-password-file, not both.</source>
        <translation>Indique --auth-token-file o --auth-password-file, no ambos.</translation>
    </message>
    <message>
        <source>--auth-token-file needs --auth auto, xoauth2 or oauthbearer.</source>
        <translation>--auth-token-file requiere --auth auto, xoauth2 u oauthbearer.</translation>
    </message>
    <message>
        <source>--auth-login-initial-response needs --auth login.</source>
        <translation>--auth-login-initial-response requiere --auth login.</translation>
    </message>
    <message>
        <source>Access token for %1: </source>
        <translation>Token de acceso de %1: </translation>
    </message>
    <message>
        <source>The OAuth login needs an access token: give --auth-token-file FILE or set MAILFLOW_TOKEN, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>El inicio de sesión OAuth necesita un token de acceso: indique --auth-token-file ARCHIVO o defina MAILFLOW_TOKEN, o ejecútelo en un terminal para que se le pregunte (nunca se toma de la línea de comandos).</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>FASE</translation>
    </message>
    <message>
        <source>When the server offers PIPELINING, send MAIL FROM, the RCPT TOs and DATA in one write and judge each reply in order.</source>
        <translation>Cuando el servidor ofrezca PIPELINING, enviar MAIL FROM, los RCPT TO y DATA de una sola vez y evaluar cada respuesta en orden.</translation>
    </message>
    <message>
        <source>--drop-after and --quit-after both say where to stop: give one of them.</source>
        <translation>--drop-after y --quit-after indican ambas dónde detenerse: indique solo una de ellas.</translation>
    </message>
    <message>
        <source>When the server defers the test on purpose (greylisting), wait SECONDS (default: the interval the server asks for, else %1 s), run it once more and report both attempts.</source>
        <translation>Cuando el servidor aplace la prueba a propósito (greylisting), esperar SEGUNDOS (predeterminado: el intervalo que pida el servidor o, si no, %1 s), ejecutarla una vez más e informar de ambos intentos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--retry-deferred: give a number of seconds from 0 to %1, not "%2".</source>
        <translation>--retry-deferred: indique un número de segundos entre 0 y %1, no «%2».</translation>
    </message>
    <message>
        <source>With several profiles: run at most N at a time (default 4; 1 runs them one after another). The output and the summary keep the profiles' order.</source>
        <translation>Con varios perfiles: ejecutar como máximo N a la vez (predeterminado: 4; con 1 se ejecutan uno tras otro). La salida y el resumen mantienen el orden de los perfiles.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Run the one --profile again every MINUTES (fractions allowed, e.g. 0.5), one line per run, until --until says to stop.</source>
        <translation>Volver a ejecutar el único --profile cada MINUTOS (se admiten fracciones, p. ej. 0.5), una línea por ejecución, hasta que --until indique que se detenga.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>With --watch: stop when the result changes (changes, the default), when a run passes (passes), or after HOURS (fractions allowed); repeatable: the first that happens stops.</source>
        <translation>Con --watch: detenerse cuando cambie el resultado (changes, el predeterminado), cuando una ejecución se supere (passes) o al cabo de HORAS (se admiten fracciones); se puede repetir: lo primero que ocurra detiene la supervisión.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>--jobs: give a number from 1 to 64.</source>
        <translation>--jobs: indique un número entre 1 y 64.</translation>
    </message>
    <message>
        <source>--until goes with --watch.</source>
        <translation>--until va con --watch.</translation>
    </message>
    <message>
        <source>--watch: give the minutes between runs, more than 0 and at most a week.</source>
        <translation>--watch: indique los minutos entre ejecuciones, más de 0 y como máximo una semana.</translation>
    </message>
    <message>
        <source>--watch reruns one saved test: give exactly one --profile NAME.</source>
        <translation>--watch vuelve a ejecutar una prueba guardada: indique exactamente un --profile NOMBRE.</translation>
    </message>
    <message>
        <source>--until: use passes, changes or a number of hours.</source>
        <translation>--until: use passes, changes o un número de horas.</translation>
    </message>
    <message>
        <source>With --watch: 0 when a run passed (--until passes), %1 when the result changed (--until changes), else at the time limit the last run's code.
</source>
        <translation>Con --watch: 0 si una ejecución se superó (--until passes), %1 si cambió el resultado (--until changes); si no, al llegar al límite de tiempo, el código de la última ejecución.
</translation>
    </message>
    <message>
        <source>The DNS block list zones to look your address up on (comma-separated; default %1).</source>
        <translation>Las zonas de listas de bloqueo DNS en las que consultar su dirección (separadas por comas; predeterminado: %1).</translation>
    </message>
    <message>
        <source>ZONES</source>
        <translation>ZONAS</translation>
    </message>
    <message>
        <source>--blocklists: %1</source>
        <translation>--blocklists: %1</translation>
    </message>
    <message>
        <source>Send the message with BDAT chunks instead of DATA: auto (when the server offers CHUNKING), force (even when it does not) or off (default). With BDAT nothing is dot-stuffed, and BODY=BINARYMIME is declared for 8-bit content when the server offers it.</source>
        <translation>Enviar el mensaje en fragmentos BDAT en lugar de con DATA: auto (cuando el servidor ofrece CHUNKING), force (aunque no lo ofrezca) u off (predeterminado). Con BDAT no se aplica relleno de puntos (dot-stuffing), y se declara BODY=BINARYMIME para el contenido de 8 bits cuando el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Bytes in each BDAT chunk but the last (a number, or with k or M); default: the whole message up to 1 MiB in one chunk, else chunks of 1 MiB.</source>
        <translation>Bytes de cada fragmento BDAT salvo el último (un número, o con k o M); predeterminado: el mensaje entero en un solo fragmento si ocupa hasta 1 MiB y, si no, fragmentos de 1 MiB.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>--bdat: use auto, force or off.</source>
        <translation>--bdat: use auto, force u off.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size: give a number of bytes from 1 to 1G, such as 65536, 64k or 1M.</source>
        <translation>--bdat-chunk-size: indique un número de bytes entre 1 y 1G, como 65536, 64k o 1M.</translation>
    </message>
    <message>
        <source>--bdat-chunk-size needs --bdat auto or --bdat force.</source>
        <translation>--bdat-chunk-size requiere --bdat auto o --bdat force.</translation>
    </message>
    <message>
        <source>The server: HOST, HOST:PORT, [IPv6]:PORT, or unix:PATH for a UNIX socket.</source>
        <translation>El servidor: HOST, HOST:PUERTO, [IPv6]:PUERTO o unix:RUTA para un socket UNIX.</translation>
    </message>
    <message>
        <source>Message body: TEXT, @FILE, or - for standard input. These tokens are replaced in the body and headers: %1 (%NEWLINE% in the body only).</source>
        <translation>Cuerpo del mensaje: TEXTO, @ARCHIVO o - para la entrada estándar. Estos marcadores se sustituyen en el cuerpo y en los encabezados: %1 (%NEWLINE% solo en el cuerpo).</translation>
    </message>
    <message>
        <source>The body is a complete message with its own headers: send it as is (with --body @FILE the same as --data FILE).</source>
        <translation>El cuerpo es un mensaje completo con sus propios encabezados: enviarlo tal cual (con --body @ARCHIVO equivale a --data ARCHIVO).</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv4 addresses.</source>
        <translation>Conectarse solo a las direcciones IPv4 del servidor.</translation>
    </message>
    <message>
        <source>Connect only to the server's IPv6 addresses.</source>
        <translation>Conectarse solo a las direcciones IPv6 del servidor.</translation>
    </message>
    <message>
        <source>Connect from this address of this computer: ADDR, ADDR:PORT, [IPv6]:PORT.</source>
        <translation>Conectarse desde esta dirección de este equipo: DIRECCIÓN, DIRECCIÓN:PUERTO, [IPv6]:PUERTO.</translation>
    </message>
    <message>
        <source>Connect through this SOCKS5 proxy (HOST:PORT); the proxy resolves the server's name.</source>
        <translation>Conectarse a través de este proxy SOCKS5 (HOST:PUERTO); el proxy resuelve el nombre del servidor.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Log in to the SOCKS5 proxy as this user.</source>
        <translation>Iniciar sesión en el proxy SOCKS5 con este usuario.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy's password, in the first line of this file. Otherwise it comes from $MAILFLOW_SOCKS5_PASSWORD or a prompt; never from the command line.</source>
        <translation>La contraseña del proxy SOCKS5, en la primera línea de este archivo. Si no, se toma de $MAILFLOW_SOCKS5_PASSWORD o se pregunta; nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>Give -4 or -6, not both.</source>
        <translation>Indique -4 o -6, no ambos.</translation>
    </message>
    <message>
        <source>--local-address: give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>--local-address: indique una dirección IP de este equipo, opcionalmente con :PUERTO (entre 1 y 65535).</translation>
    </message>
    <message>
        <source>--local-address: %1 is not an address of this computer.</source>
        <translation>--local-address: %1 no es una dirección de este equipo.</translation>
    </message>
    <message>
        <source>--local-address %1 is not of the family -4/-6 asks for.</source>
        <translation>--local-address %1 no es de la familia de direcciones que pide -4/-6.</translation>
    </message>
    <message>
        <source>--socks5-user and --socks5-password-file need --socks5 HOST:PORT.</source>
        <translation>--socks5-user y --socks5-password-file requieren --socks5 HOST:PUERTO.</translation>
    </message>
    <message>
        <source>-4 and -6 choose among the server's addresses: with --socks5 the proxy resolves the name.</source>
        <translation>-4 y -6 eligen entre las direcciones del servidor: con --socks5 es el proxy el que resuelve el nombre.</translation>
    </message>
    <message>
        <source>--socks5: give HOST:PORT, the port from 1 to 65535.</source>
        <translation>--socks5: indique HOST:PUERTO, con el puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>--socks5: %1</source>
        <translation>--socks5: %1</translation>
    </message>
    <message>
        <source>--socks5-user: at most 255 bytes.</source>
        <translation>--socks5-user: 255 bytes como máximo.</translation>
    </message>
    <message>
        <source>--socks5-password-file needs --socks5-user.</source>
        <translation>--socks5-password-file requiere --socks5-user.</translation>
    </message>
    <message>
        <source>SOCKS5 password for %1: </source>
        <translation>Contraseña de SOCKS5 para %1: </translation>
    </message>
    <message>
        <source>The SOCKS5 login needs a password: give --socks5-password-file FILE or set MAILFLOW_SOCKS5_PASSWORD, or run on a terminal to be asked (it is never taken from the command line).</source>
        <translation>El inicio de sesión SOCKS5 necesita una contraseña: indique --socks5-password-file ARCHIVO o defina MAILFLOW_SOCKS5_PASSWORD, o ejecútelo en un terminal para que se le pregunte (nunca se toma de la línea de comandos).</translation>
    </message>
    <message>
        <source>Speak LMTP to a delivery agent (Dovecot, Cyrus): LHLO instead of EHLO, and after the message one reply for each accepted recipient, each judged on its own.</source>
        <translation>Hablar LMTP con un agente de entrega (Dovecot, Cyrus): LHLO en lugar de EHLO y, después del mensaje, una respuesta por cada destinatario aceptado, que se evalúa por separado.</translation>
    </message>
    <message>
        <source>Connect to this UNIX socket instead of a host and port (the same as --server unix:PATH).</source>
        <translation>Conectarse a este socket UNIX en lugar de a un host y un puerto (equivale a --server unix:RUTA).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>--socket and --server both say where to connect: give one of them.</source>
        <translation>--socket y --server indican ambas dónde conectarse: indique solo una de ellas.</translation>
    </message>
    <message>
        <source>--socket: %1</source>
        <translation>--socket: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Send this file as an attachment after the text (MIME, base64); repeatable.</source>
        <translation>Enviar este archivo como adjunto después del texto (MIME, base64); se puede repetir.</translation>
    </message>
    <message>
        <source>Send this file (- for standard input) as the complete message, with its own headers (--body @FILE --raw-message does the same).</source>
        <translation>Enviar este archivo (- para la entrada estándar) como mensaje completo, con sus propios encabezados (--body @ARCHIVO --raw-message hace lo mismo).</translation>
    </message>
    <message>
        <source>Give --data or --body, not both.</source>
        <translation>Indique --data o --body, no ambos.</translation>
    </message>
    <message>
        <source>--save-profile cannot keep a message from standard input: give --data FILE.</source>
        <translation>--save-profile no puede guardar un mensaje procedente de la entrada estándar: indique --data ARCHIVO.</translation>
    </message>
    <message>
        <source>--data: cannot read %1: %2</source>
        <translation>--data: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--attach cannot add to a complete message (--data or --raw-message).</source>
        <translation>--attach no puede añadir nada a un mensaje completo (--data o --raw-message).</translation>
    </message>
    <message>
        <source>--attach: cannot read %1: %2</source>
        <translation>--attach: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--%1: give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>--%1: indique una dirección IP y un puerto, DIRECCIÓN:PUERTO o [IPv6]:PUERTO.</translation>
    </message>
    <message>
        <source>Send a PROXY protocol header (v1 text or v2 binary, as haproxy does) right after connecting, for a server behind a load balancer.</source>
        <translation>Enviar un encabezado del protocolo PROXY (v1 de texto o v2 binario, como hace haproxy) justo después de conectarse, para un servidor situado detrás de un balanceador de carga.</translation>
    </message>
    <message>
        <source>v1|v2</source>
        <translation>v1|v2</translation>
    </message>
    <message>
        <source>The client the PROXY header names (default: this computer's address and port).</source>
        <translation>El cliente que indica el encabezado PROXY (predeterminado: la dirección y el puerto de este equipo).</translation>
    </message>
    <message>
        <source>addr:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <source>The server address the PROXY header names (default: the address connected to).</source>
        <translation>La dirección del servidor que indica el encabezado PROXY (predeterminado: la dirección a la que se conecta).</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest need --proxy-protocol v1 or v2.</source>
        <translation>--proxy-source y --proxy-dest requieren --proxy-protocol v1 o v2.</translation>
    </message>
    <message>
        <source>--proxy-protocol: use v1 or v2.</source>
        <translation>--proxy-protocol: use v1 o v2.</translation>
    </message>
    <message>
        <source>--proxy-source and --proxy-dest must be of one family (both IPv4 or both IPv6).</source>
        <translation>--proxy-source y --proxy-dest deben ser de la misma familia (ambas IPv4 o ambas IPv6).</translation>
    </message>
    <message>
        <source>--proxy-protocol is for TCP connections, not a UNIX socket.</source>
        <translation>--proxy-protocol es para conexiones TCP, no para un socket UNIX.</translation>
    </message>
    <message>
        <source>NAME=VALUE,…</source>
        <translation>NOMBRE=VALOR,…</translation>
    </message>
    <message>
        <source>--xclient: %1</source>
        <translation>--xclient: %1</translation>
    </message>
    <message>
        <source>--xclient is sent after EHLO and AUTH, just before MAIL FROM: a test that stops after connect, ehlo or auth never reaches it.</source>
        <translation>--xclient se envía después de EHLO y AUTH, justo antes de MAIL FROM: una prueba que se detiene tras connect, ehlo o auth nunca llega a enviarlo.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH; when it does not, or refuses the login, go on without logging in.</source>
        <translation>Iniciar sesión cuando el servidor ofrezca AUTH; si no lo ofrece o rechaza el inicio de sesión, continuar sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Log in when the server offers AUTH (a refused login fails the test); go on without when it does not offer it.</source>
        <translation>Iniciar sesión cuando el servidor ofrezca AUTH (un inicio de sesión rechazado hace fallar la prueba); continuar sin él si no lo ofrece.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict exclude each other.</source>
        <translation>--auth-optional y --auth-optional-strict se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--auth-optional and --auth-optional-strict need --auth-user.</source>
        <translation>--auth-optional y --auth-optional-strict requieren --auth-user.</translation>
    </message>
    <message>
        <source>Stop after this stage and QUIT: connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>Detenerse tras esta fase y enviar QUIT: connect, ehlo, auth, xclient, mail, rcpt o data.</translation>
    </message>
    <message>
        <source>--quit-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--quit-after: use connect, ehlo, auth, xclient, mail, rcpt o data.</translation>
    </message>
    <message>
        <source>Print the message that would be sent (headers, body, attachments, tokens filled) and exit without connecting.</source>
        <translation>Mostrar el mensaje que se enviaría (encabezados, cuerpo, adjuntos, con los tokens sustituidos) y salir sin conectarse.</translation>
    </message>
    <message>
        <source>Stop after STAGE (connect, ehlo, auth, xclient, mail, rcpt or data) and close the connection without QUIT, as a broken client would.</source>
        <translation>Detenerse tras FASE (connect, ehlo, auth, xclient, mail, rcpt o data) y cerrar la conexión sin QUIT, como haría un cliente defectuoso.</translation>
    </message>
    <message>
        <source>--drop-after: use connect, ehlo, auth, xclient, mail, rcpt or data.</source>
        <translation>--drop-after: use connect, ehlo, auth, xclient, mail, rcpt o data.</translation>
    </message>
    <message>
        <source>TLS versions the handshake may use: tlsv1_2, tlsv1_2+ (1.2 or later), tlsv1_3 or any (default).</source>
        <translation>Versiones de TLS que puede usar la negociación: tlsv1_2, tlsv1_2+ (1.2 o posterior), tlsv1_3 o any (predeterminado).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>Offer only these ciphers (OpenSSL names separated by ':', e.g. ECDHE-RSA-AES128-GCM-SHA256).</source>
        <translation>Ofrecer solo estos conjuntos de cifrado (nombres de OpenSSL separados por ':', p. ej. ECDHE-RSA-AES128-GCM-SHA256).</translation>
    </message>
    <message>
        <source>Send this name as SNI and check the certificate against it, instead of the server's host name.</source>
        <translation>Enviar este nombre como SNI y comprobar el certificado con él, en lugar de con el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>Write the certificate chain the server sent to FILE (PEM).</source>
        <translation>Escribir en ARCHIVO (PEM) la cadena de certificados que envió el servidor.</translation>
    </message>
    <message>
        <source>--tls-protocol: use %1.</source>
        <translation>--tls-protocol: use %1.</translation>
    </message>
    <message>
        <source>--tls-cipher: unknown cipher name: %1 (see openssl ciphers -s).</source>
        <translation>--tls-cipher: nombre de conjunto de cifrado desconocido: %1 (consulte openssl ciphers -s).</translation>
    </message>
    <message>
        <source>--tls-sni: "%1" is not a host name.</source>
        <translation>--tls-sni: «%1» no es un nombre de host.</translation>
    </message>
    <message>
        <source>--tls-protocol, --tls-cipher, --tls-sni and --tls-peer-cert need TLS (not --tls off).</source>
        <translation>--tls-protocol, --tls-cipher, --tls-sni y --tls-peer-cert requieren TLS (no --tls off).</translation>
    </message>
    <message>
        <source>After EHLO, send postfix's XCLIENT with these attributes (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT), then EHLO again; repeatable; ";" starts another XCLIENT command.</source>
        <translation>Después de EHLO, enviar el XCLIENT de postfix con estos atributos (ADDR, NAME, PORT, PROTO, HELO, LOGIN, DESTADDR, DESTPORT) y, a continuación, EHLO de nuevo; se puede repetir; un ";" inicia otro comando XCLIENT.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered or is refused, go on without it.</source>
        <translation>Si no se ofrece XCLIENT o se rechaza, continuar sin él.</translation>
    </message>
    <message>
        <source>When XCLIENT is not offered, go on without it; a refusal still fails the test.</source>
        <translation>Si no se ofrece XCLIENT, continuar sin él; un rechazo sigue haciendo fallar la prueba.</translation>
    </message>
    <message>
        <source>Send the XCLIENT attributes even when the server's XCLIENT line does not list them.</source>
        <translation>Enviar los atributos de XCLIENT aunque la línea XCLIENT del servidor no los incluya.</translation>
    </message>
    <message>
        <source>Send XCLIENT right after the first EHLO, before STARTTLS and AUTH.</source>
        <translation>Enviar XCLIENT justo después del primer EHLO, antes de STARTTLS y AUTH.</translation>
    </message>
    <message>
        <source>A test that stops after XCLIENT needs --xclient.</source>
        <translation>Una prueba que se detiene tras XCLIENT requiere --xclient.</translation>
    </message>
    <message>
        <source>--%1 needs --xclient.</source>
        <translation>--%1 requiere --xclient.</translation>
    </message>
    <message>
        <source>Give --xclient-optional or --xclient-optional-strict, not both.</source>
        <translation>Indique --xclient-optional o --xclient-optional-strict, no ambas.</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPdf</name>
    <message>
        <source>cannot load the PDF writer (%1): %2</source>
        <translation>no se puede cargar el generador de PDF (%1): %2</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
</context>
<context>
    <name>mailflow::CliPracticeOptions</name>
    <message>
        <source>Practice on the built-in server: run the test against SCENARIO (no --server needed); "list" prints the scenarios.</source>
        <translation>Practicar con el servidor integrado: ejecutar la prueba contra ESCENARIO (no hace falta --server); "list" muestra los escenarios.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>Run the built-in practice server with SCENARIO until interrupted, for telnet, swaks or a mail client.</source>
        <translation>Ejecutar el servidor de práctica integrado con ESCENARIO hasta que se interrumpa, para telnet, swaks o un cliente de correo.</translation>
    </message>
    <message>
        <source>With --serve-practice: the loopback address and port to listen on (default 127.0.0.1:2525).</source>
        <translation>Con --serve-practice: la dirección de loopback y el puerto en que escuchar (predeterminado: 127.0.0.1:2525).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <source>With --serve-practice: how many messages the server accepts before a rate limit's 421 (the rate-limited scenario; default %1).</source>
        <translation>Con --serve-practice: cuántos mensajes acepta el servidor antes del 421 de un límite de velocidad (el escenario rate-limited; predeterminado: %1).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Give --practice or --serve-practice, not both.</source>
        <translation>Indique --practice o --serve-practice, no ambas.</translation>
    </message>
    <message>
        <source>--listen goes with --serve-practice.</source>
        <translation>--listen va con --serve-practice.</translation>
    </message>
    <message>
        <source>--practice-limit goes with --serve-practice.</source>
        <translation>--practice-limit va con --serve-practice.</translation>
    </message>
    <message>
        <source>Practice mode tests the built-in server: leave out --server, --mx, --all-mx and --profile.</source>
        <translation>El modo de práctica prueba el servidor integrado: omita --server, --mx, --all-mx y --profile.</translation>
    </message>
    <message>
        <source>--listen: the practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>--listen: el servidor de práctica solo escucha en una dirección de loopback (127.0.0.1 o ::1), no en %1.</translation>
    </message>
    <message>
        <source>--listen: the port must be a number from 0 to 65535.</source>
        <translation>--listen: el puerto debe ser un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--practice-limit: give a number of messages, 0 or more.</source>
        <translation>--practice-limit: indique un número de mensajes, 0 o más.</translation>
    </message>
    <message>
        <source>there is no practice scenario "%1". The scenarios are:</source>
        <translation>no existe el escenario de práctica «%1». Los escenarios son:</translation>
    </message>
    <message>
        <source>practice scenario %1: %2</source>
        <translation>escenario de práctica %1: %2</translation>
    </message>
    <message>
        <source>The delivery status notification the server sends back to %1:</source>
        <translation>La notificación del estado de la entrega que el servidor devuelve a %1:</translation>
    </message>
    <message>
        <source>Practice server "%1" (%2) listening on %3.
Account for AUTH: %4 / %5. Press Ctrl+C to stop.
</source>
        <translation>Servidor de práctica «%1» (%2) escuchando en %3.
Cuenta para AUTH: %4 / %5. Pulse Ctrl+C para detenerlo.
</translation>
    </message>
    <message numerus="yes">
        <source>It accepts %n message(s) in this session, then answers 421.
</source>
        <translation>
            <numerusform>Acepta %n mensaje en esta sesión y después responde 421.
</numerusform>
            <numerusform>Acepta %n mensajes en esta sesión y después responde 421.
</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted %1 from &lt;%2&gt; to %3 (%4 bytes)
</source>
        <translation>aceptado %1 de &lt;%2&gt; para %3 (%4 bytes)
</translation>
    </message>
</context>
<context>
    <name>mailflow::CliRunner</name>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Quién debe actuar:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Deferred:</source>
        <translation>Aplazado:</translation>
    </message>
    <message numerus="yes">
        <source>not failed; the server asks to retry after %n s</source>
        <translation>
            <numerusform>no es un fallo; el servidor pide reintentar al cabo de %n s</numerusform>
            <numerusform>no es un fallo; el servidor pide reintentar al cabo de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed; retry later</source>
        <translation>no es un fallo; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Indicios:</translation>
    </message>
    <message>
        <source>thin: the server gives no reason; this rests on the reply code alone</source>
        <translation>escasos: el servidor no da ningún motivo; esto se basa solo en el código de respuesta</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcripción:</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>líneas %1</translation>
    </message>
    <message>
        <source>Provider tag:</source>
        <translation>Etiqueta del proveedor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Siguientes pasos:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>SUPERADO</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>APLAZADO</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de comprobación:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Hint: --ca-file FILE trusts a private CA; --no-tls-verify goes on despite the certificate for this one test.</source>
        <translation>Sugerencia: --ca-file ARCHIVO confía en una CA privada; --no-tls-verify continúa pese al certificado solo en esta prueba.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deferred, not failed: retrying once in %n s.</source>
        <translation>
            <numerusform>Aplazado, no fallido: se reintentará una vez dentro de %n s.</numerusform>
            <numerusform>Aplazado, no fallido: se reintentará una vez dentro de %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Intentos:</translation>
    </message>
    <message>
        <source>No previous run of the profile "%1" to compare with.</source>
        <translation>No hay ninguna ejecución anterior del perfil «%1» con la que comparar.</translation>
    </message>
    <message>
        <source>Since the previous run:</source>
        <translation>Desde la ejecución anterior:</translation>
    </message>
    <message>
        <source>the server sent no certificate.</source>
        <translation>el servidor no envió ningún certificado.</translation>
    </message>
</context>
<context>
    <name>mailflow::ClientReverseDnsCheck</name>
    <message>
        <source>Reverse DNS of your address</source>
        <translation>DNS inverso de su dirección</translation>
    </message>
    <message>
        <source>Your reverse DNS is not checked: %1</source>
        <translation>No se comprueba su DNS inverso: %1</translation>
    </message>
    <message>
        <source>Reverse DNS of your address %1</source>
        <translation>DNS inverso de su dirección %1</translation>
    </message>
    <message>
        <source>Ask whoever owns the address (your internet or hosting provider) to set a PTR record naming your mail server, and an A/AAAA record of that name pointing back to %1.</source>
        <translation>Pida al titular de la dirección (su proveedor de internet o de alojamiento) que configure un registro PTR con el nombre de su servidor de correo y un registro A/AAAA de ese nombre que apunte de vuelta a %1.</translation>
    </message>
    <message>
        <source>Or send through your provider's mail servers, which have it.</source>
        <translation>O envíe a través de los servidores de correo de su proveedor, que sí lo tienen.</translation>
    </message>
    <message>
        <source>%1 has reverse DNS %2, and that name points back to it (forward-confirmed).</source>
        <translation>%1 tiene el DNS inverso %2, y ese nombre apunta de vuelta a la dirección (confirmado en sentido directo).</translation>
    </message>
    <message>
        <source>%1 has reverse DNS (%2), but no such name points back to it: many servers treat that like no reverse DNS at all.</source>
        <translation>%1 tiene DNS inverso (%2), pero ese nombre no apunta de vuelta a la dirección: muchos servidores lo tratan como si no hubiera DNS inverso.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR record): many servers refuse mail from such an address, Gmail and Microsoft among them.</source>
        <translation>%1 no tiene DNS inverso (registro PTR): muchos servidores, entre ellos Gmail y Microsoft, rechazan el correo procedente de una dirección así.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 could not be looked up: %2</source>
        <translation>No se pudo consultar el DNS inverso de %1: %2</translation>
    </message>
    <message>
        <source>EHLO name against reverse DNS</source>
        <translation>Nombre EHLO frente a DNS inverso</translation>
    </message>
    <message>
        <source>The EHLO name we sent is not known.</source>
        <translation>No se conoce el nombre EHLO que enviamos.</translation>
    </message>
    <message>
        <source>The EHLO name %1 is the address's reverse DNS name.</source>
        <translation>El nombre EHLO %1 es el nombre de DNS inverso de la dirección.</translation>
    </message>
    <message>
        <source>We said EHLO %1, but the address's reverse DNS name is %2; some servers want them to match.</source>
        <translation>Enviamos EHLO %1, pero el nombre de DNS inverso de la dirección es %2; algunos servidores exigen que coincidan.</translation>
    </message>
    <message>
        <source>The reverse DNS of %1 was not answered within the check's time limit.</source>
        <translation>La consulta del DNS inverso de %1 no obtuvo respuesta dentro del tiempo límite de la comprobación.</translation>
    </message>
    <message>
        <source>Send the reverse DNS name %1 as the EHLO name (the Greeting page's "Name to send" field, or --ehlo).</source>
        <translation>Envíe el nombre de DNS inverso %1 como nombre EHLO (el campo «Nombre que se envía» de la página Saludo, o --ehlo).</translation>
    </message>
</context>
<context>
    <name>mailflow::CompareDialog</name>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectPage</name>
    <message>
        <source>Automatic (by port)</source>
        <translation>Automático (según el puerto)</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>Off (plain text)</source>
        <translation>Desactivado (texto sin cifrar)</translation>
    </message>
    <message>
        <source>Optional STARTTLS</source>
        <translation>STARTTLS opcional</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS cuando se ofrezca</translation>
    </message>
    <message>
        <source>Required STARTTLS</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>&amp;Verify the server's certificate</source>
        <translation>&amp;Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Test &amp;AUTH (log in) after EHLO</source>
        <translation>Probar &amp;AUTH (inicio de sesión) después de EHLO</translation>
    </message>
    <message>
        <source>Send the user name with AUTH LOGIN (&amp;initial response)</source>
        <translation>Enviar el nombre de usuario con AUTH LOGIN (respuesta &amp;inicial)</translation>
    </message>
    <message>
        <source>Allow AUTH &amp;without TLS (sends the password readable)</source>
        <translation>Permitir AUTH &amp;sin TLS (envía la contraseña legible)</translation>
    </message>
    <message>
        <source>Remember the password in the desktop's &amp;keyring</source>
        <translation>Recordar la contraseña en el &amp;llavero del escritorio</translation>
    </message>
    <message>
        <source>Mailflow opens a connection to the server, as &lt;i&gt;telnet server 25&lt;/i&gt; would. A working server answers first, with &lt;b&gt;220&lt;/b&gt; followed by its name. No answer, a refused connection or another code means mail cannot get in here.</source>
        <translation>Mailflow abre una conexión con el servidor, como haría &lt;i&gt;telnet servidor 25&lt;/i&gt;. Un servidor que funciona responde primero, con &lt;b&gt;220&lt;/b&gt; seguido de su nombre. Si no hay respuesta, se rechaza la conexión o llega otro código, el correo no puede entrar por aquí.</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elija una configuración predefinida…</translation>
    </message>
    <message>
        <source>25: server to server, STARTTLS when offered</source>
        <translation>25: de servidor a servidor, STARTTLS cuando se ofrezca</translation>
    </message>
    <message>
        <source>587: submission, STARTTLS required + AUTH</source>
        <translation>587: envío (submission), STARTTLS obligatorio + AUTH</translation>
    </message>
    <message>
        <source>465: submission over implicit TLS + AUTH</source>
        <translation>465: envío (submission) por TLS implícito + AUTH</translation>
    </message>
    <message>
        <source>Automatic: 465 implicit TLS, 587 STARTTLS required, otherwise STARTTLS when offered</source>
        <translation>Automático: 465 TLS implícito, 587 STARTTLS obligatorio y, en los demás, STARTTLS cuando se ofrezca</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Predefinido:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Automatic (best offered)</source>
        <translation>Automático (el mejor que se ofrezca)</translation>
    </message>
    <message>
        <source>XOAUTH2 (access token)</source>
        <translation>XOAUTH2 (token de acceso)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (access token)</source>
        <translation>OAUTHBEARER (token de acceso)</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file, and masked in the transcript.</source>
        <translation>Nunca se guarda en un archivo de Mailflow y se enmascara en la transcripción.</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>AUTH LOGIN dXNlcg==: the user name goes with the command, as some clients do; a server that mishandles it fails here.</source>
        <translation>AUTH LOGIN dXNlcg==: el nombre de usuario va con el comando, como hacen algunos clientes; un servidor que no lo gestiona bien falla aquí.</translation>
    </message>
    <message>
        <source>Kept by the desktop's secret store (never in a Mailflow file). Where none runs, the password is asked for each time.</source>
        <translation>Lo guarda el almacén de secretos del escritorio (nunca un archivo de Mailflow). Donde no hay ninguno, la contraseña se pide cada vez.</translation>
    </message>
    <message>
        <source>Password filled in from the desktop's keyring.</source>
        <translation>Contraseña rellenada desde el llavero del escritorio.</translation>
    </message>
    <message>
        <source>The password is remembered in the desktop's keyring.</source>
        <translation>La contraseña se recuerda en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Server: %1, port %2 (%3)</source>
        <translation>Servidor: %1, puerto %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Advanced connection</source>
        <translation>Conexión avanzada</translation>
    </message>
    <message>
        <source>Speak &amp;LMTP to a delivery agent (LHLO; a reply per recipient)</source>
        <translation>&amp;Hablar LMTP con un agente de entrega (LHLO; una respuesta por destinatario)</translation>
    </message>
    <message>
        <source>For Dovecot or Cyrus LMTP (RFC 2033), on a port or a UNIX socket written unix:/path as the server.</source>
        <translation>Para LMTP de Dovecot o Cyrus (RFC 2033), en un puerto o en un socket UNIX escrito como unix:/ruta en el campo del servidor.</translation>
    </message>
    <message>
        <source>Any secure version</source>
        <translation>Cualquier versión segura</translation>
    </message>
    <message>
        <source>TLS 1.2 only</source>
        <translation>Solo TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.2 or later</source>
        <translation>TLS 1.2 o posterior</translation>
    </message>
    <message>
        <source>TLS 1.3 only</source>
        <translation>Solo TLS 1.3</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>OpenSSL cipher names separated by ':'; only these are offered.</source>
        <translation>Nombres de conjuntos de cifrado de OpenSSL separados por ':'; solo se ofrecen estos.</translation>
    </message>
    <message>
        <source>the server's host name</source>
        <translation>el nombre de host del servidor</translation>
    </message>
    <message>
        <source>Sent as SNI and checked against the certificate instead of the server's host name.</source>
        <translation>Se envía como SNI y se comprueba con el certificado en lugar del nombre de host del servidor.</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Conjunto de cifrado desconocido: %1</translation>
    </message>
    <message>
        <source>The SNI name must be a host name.</source>
        <translation>El nombre SNI debe ser un nombre de host.</translation>
    </message>
    <message>
        <source>TLS &amp;protocol versions:</source>
        <translation>V&amp;ersiones del protocolo TLS:</translation>
    </message>
    <message>
        <source>Cip&amp;hers:</source>
        <translation>Con&amp;juntos de cifrado:</translation>
    </message>
    <message>
        <source>SNI name:</source>
        <translation>Nombre SNI:</translation>
    </message>
</context>
<context>
    <name>mailflow::ConnectionControls</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Solo IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Solo IPv6</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>v1 (text)</source>
        <translation>v1 (texto)</translation>
    </message>
    <message>
        <source>v2 (binary)</source>
        <translation>v2 (binario)</translation>
    </message>
    <message>
        <source>Give an IP address and a port, ADDR:PORT or [IPv6]:PORT.</source>
        <translation>Indique una dirección IP y un puerto, DIRECCIÓN:PUERTO o [IPv6]:PUERTO.</translation>
    </message>
    <message>
        <source>Address &amp;family:</source>
        <translation>&amp;Familia de direcciones:</translation>
    </message>
    <message>
        <source>Local a&amp;ddress:</source>
        <translation>Dirección &amp;local:</translation>
    </message>
    <message>
        <source>optional: ADDR or ADDR:PORT</source>
        <translation>opcional: DIRECCIÓN o DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <source>SOCKS&amp;5 proxy:</source>
        <translation>Proxy SOCKS&amp;5:</translation>
    </message>
    <message>
        <source>optional: HOST:PORT</source>
        <translation>opcional: HOST:PUERTO</translation>
    </message>
    <message>
        <source>SOCKS5 user:</source>
        <translation>Usuario de SOCKS5:</translation>
    </message>
    <message>
        <source>Never saved in a Mailflow file.</source>
        <translation>Nunca se guarda en un archivo de Mailflow.</translation>
    </message>
    <message>
        <source>SOCKS5 password:</source>
        <translation>Contraseña de SOCKS5:</translation>
    </message>
    <message>
        <source>A PROXY protocol header first, as a load balancer in front of the server sends.</source>
        <translation>Primero un encabezado del protocolo PROXY, como el que envía un balanceador de carga situado delante del servidor.</translation>
    </message>
    <message>
        <source>PROXY s&amp;ource:</source>
        <translation>&amp;Origen PROXY:</translation>
    </message>
    <message>
        <source>optional: ADDR:PORT</source>
        <translation>opcional: DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <source>Give an IP address of this computer, optionally with :PORT (1 to 65535).</source>
        <translation>Indique una dirección IP de este equipo, opcionalmente con :PUERTO (entre 1 y 65535).</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer.</source>
        <translation>%1 no es una dirección de este equipo.</translation>
    </message>
    <message>
        <source>%1 is not of the chosen address family.</source>
        <translation>%1 no es de la familia de direcciones elegida.</translation>
    </message>
    <message>
        <source>Give HOST:PORT, the port from 1 to 65535.</source>
        <translation>Indique HOST:PUERTO, con el puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The proxy resolves the server's name: leave the address family automatic.</source>
        <translation>El proxy resuelve el nombre del servidor: deje la familia de direcciones en «Automática».</translation>
    </message>
    <message>
        <source>PROXY des&amp;tination:</source>
        <translation>&amp;Destino PROXY:</translation>
    </message>
    <message>
        <source>The source and the destination must be of one family (both IPv4 or both IPv6).</source>
        <translation>El origen y el destino deben ser de la misma familia (ambos IPv4 o ambos IPv6).</translation>
    </message>
    <message>
        <source>PRO&amp;XY header:</source>
        <translation>&amp;Encabezado PROXY:</translation>
    </message>
</context>
<context>
    <name>mailflow::ConsoleWidget</name>
    <message>
        <source>Send &amp;command</source>
        <translation>Enviar &amp;comando</translation>
    </message>
    <message>
        <source>C&amp;onsole:</source>
        <translation>C&amp;onsola:</translation>
    </message>
    <message>
        <source>Type an SMTP command (NOOP, RSET, VRFY …) and press Enter; Up/Down for history</source>
        <translation>Escriba un comando SMTP (NOOP, RSET, VRFY …) y pulse Intro; Arriba/Abajo para el historial</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Comando SMTP</translation>
    </message>
</context>
<context>
    <name>mailflow::DataElider</name>
    <message numerus="yes">
        <source>[… %n lines (%1 bytes) of the message not shown …]</source>
        <translation>
            <numerusform>[… no se muestra %n línea (%1 bytes) del mensaje …]</numerusform>
            <numerusform>[… no se muestran %n líneas (%1 bytes) del mensaje …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DataFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DeliveryRule</name>
    <message>
        <source>There is no mail server to try: a real sender bounces the mail.</source>
        <translation>No hay ningún servidor de correo que probar: un remitente real devuelve el correo.</translation>
    </message>
    <message>
        <source>%1: not tried.</source>
        <translation>%1: no se ha probado.</translation>
    </message>
    <message>
        <source>%1: %2 — a sender tries the next server.</source>
        <translation>%1: %2 — un remitente prueba el siguiente servidor.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>no se pudo conectar</translation>
    </message>
    <message>
        <source>temporary failure</source>
        <translation>error temporal</translation>
    </message>
    <message>
        <source>%1: %2 — a sender stops here.</source>
        <translation>%1: %2 — un remitente se detiene aquí.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1: accepted — the mail is delivered here.</source>
        <translation>%1: aceptado — el correo se entrega aquí.</translation>
    </message>
    <message>
        <source>Every mail server deferred the mail or could not be reached: a real sender keeps it in its queue and retries later (usually for several days) before it bounces.</source>
        <translation>Todos los servidores de correo aplazaron el correo o no estaban accesibles: un remitente real lo mantiene en su cola y lo reintenta más tarde (normalmente durante varios días) antes de devolverlo.</translation>
    </message>
    <message>
        <source>A real sender would deliver to %1, the most preferred mail server.</source>
        <translation>Un remitente real entregaría a %1, el servidor de correo de mayor preferencia.</translation>
    </message>
    <message numerus="yes">
        <source>A real sender would deliver to %1, after %n more preferred attempt(s) failed temporarily.</source>
        <translation>
            <numerusform>Un remitente real entregaría a %1, después de que %n intento de mayor preferencia fallara temporalmente.</numerusform>
            <numerusform>Un remitente real entregaría a %1, después de que %n intentos de mayor preferencia fallaran temporalmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>a 5xx reply</source>
        <translation>una respuesta 5xx</translation>
    </message>
    <message>
        <source>%1 refused with %2: a real sender stops there and the mail bounces back to the sender; the servers after it are not tried.</source>
        <translation>%1 rechazó con %2: un remitente real se detiene ahí y el correo se devuelve al remitente; los servidores siguientes no se prueban.</translation>
    </message>
</context>
<context>
    <name>mailflow::DiagnosisBox</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Causa:</translation>
    </message>
    <message>
        <source>Who must act:</source>
        <translation>Quién debe actuar:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué ha ocurrido:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Siguientes pasos:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Indicios:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(The server gives no reason: this rests on the reply code alone.)</source>
        <translation>(El servidor no da ningún motivo: esto se basa solo en el código de respuesta).</translation>
    </message>
    <message>
        <source>no transcript lines</source>
        <translation>sin líneas de transcripción</translation>
    </message>
    <message>
        <source>transcript lines %1</source>
        <translation>líneas de transcripción %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry after %n s</source>
        <translation>
            <numerusform>&amp;Reintentar dentro de %n s</numerusform>
            <numerusform>&amp;Reintentar dentro de %n s</numerusform>
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
        <translation>No hay ningún dominio remitente para el que comprobar DMARC.</translation>
    </message>
    <message>
        <source>DMARC of %1</source>
        <translation>DMARC de %1</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC policy (_dmarc TXT record).</source>
        <translation>%1 no publica ninguna política DMARC (registro TXT _dmarc).</translation>
    </message>
    <message>
        <source>Publish a DMARC record (start with p=none and a rua= report address) once SPF and DKIM cover all of the domain's mail.</source>
        <translation>Publique un registro DMARC (empiece con p=none y una dirección de informes rua=) cuando SPF y DKIM cubran todo el correo del dominio.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 is not valid (%2), so receivers ignore it.</source>
        <translation>El registro DMARC de %1 no es válido (%2), por lo que los receptores lo ignoran.</translation>
    </message>
    <message>
        <source>Correct the _dmarc TXT record of %1.</source>
        <translation>Corrija el registro TXT _dmarc de %1.</translation>
    </message>
    <message>
        <source>no aggregate reports</source>
        <translation>sin informes agregados</translation>
    </message>
    <message>
        <source>reports to %1</source>
        <translation>informes a %1</translation>
    </message>
    <message>
        <source>The DMARC policy of %1 is p=%2 (pct=%3, DKIM alignment %4, SPF alignment %5, %6).</source>
        <translation>La política DMARC de %1 es p=%2 (pct=%3, alineación DKIM %4, alineación SPF %5, %6).</translation>
    </message>
    <message>
        <source>%1 tells receivers to refuse mail that passes neither SPF nor DKIM (p=reject), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, that is why it was refused.</source>
        <translation>%1 indica a los receptores que rechacen el correo que no supera ni SPF ni DKIM (p=reject), y SPF no se supera para su dirección %2 (%3): salvo que el mensaje lleve una firma DKIM válida de %1, ese es el motivo del rechazo.</translation>
    </message>
    <message>
        <source>%1 tells receivers to treat mail that passes neither SPF nor DKIM as spam (p=quarantine), and SPF does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, it is refused or lands in spam.</source>
        <translation>%1 indica a los receptores que traten como spam el correo que no supera ni SPF ni DKIM (p=quarantine), y SPF no se supera para su dirección %2 (%3): salvo que el mensaje lleve una firma DKIM válida de %1, se rechaza o acaba en spam.</translation>
    </message>
    <message>
        <source>DMARC against SPF</source>
        <translation>DMARC frente a SPF</translation>
    </message>
    <message>
        <source>Send through the servers the SPF record of %1 lists, or add this address to it.</source>
        <translation>Envíe a través de los servidores que enumera el registro SPF de %1, o añada esta dirección a él.</translation>
    </message>
    <message>
        <source>Sign the domain's outgoing mail with DKIM.</source>
        <translation>Firme con DKIM el correo saliente del dominio.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 was not answered within the check's time limit.</source>
        <translation>La consulta del registro DMARC de %1 no obtuvo respuesta dentro del tiempo límite de la comprobación.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMilestone</name>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record for the server that receives its mail.</source>
        <translation>Pida al administrador DNS del dominio que publique un registro MX para el servidor que recibe su correo.</translation>
    </message>
    <message>
        <source>Nothing to fix on the sending side: ask the recipient for another address, or ask the domain owner whether the null MX is intended.</source>
        <translation>No hay nada que corregir en el lado del remitente: pida al destinatario otra dirección, o pregunte al titular del dominio si el MX nulo es intencionado.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain in the address; if it is right, the domain's registration or DNS delegation is broken.</source>
        <translation>Compruebe cómo está escrito el dominio en la dirección; si es correcto, el registro del dominio o su delegación DNS están dañados.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to publish an MX record.</source>
        <translation>Pida al administrador DNS del dominio que publique un registro MX.</translation>
    </message>
    <message>
        <source>Try again later, or ask another DNS server; if it persists, tell the domain's DNS administrator.</source>
        <translation>Vuelva a intentarlo más tarde o consulte otro servidor DNS; si persiste, avise al administrador DNS del dominio.</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server; check that this computer can reach its DNS server.</source>
        <translation>Vuelva a intentarlo o consulte otro servidor DNS; compruebe que este equipo puede llegar a su servidor DNS.</translation>
    </message>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Escriba un dominio (example.com) o una dirección de correo electrónico (user@example.com).</translation>
    </message>
    <message>
        <source>Try again, or ask another DNS server.</source>
        <translation>Vuelva a intentarlo o consulte otro servidor DNS.</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 no tiene dirección</translation>
    </message>
    <message>
        <source>The MX host %1 has no address to connect to: senders skip it and try the next one.</source>
        <translation>El host MX %1 no tiene ninguna dirección a la que conectarse: los remitentes lo omiten y prueban el siguiente.</translation>
    </message>
    <message>
        <source>Ask the domain's DNS administrator to give the MX host an A or AAAA record, or to remove the MX record.</source>
        <translation>Pida al administrador DNS del dominio que asigne al host MX un registro A o AAAA, o que elimine el registro MX.</translation>
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
        <translation>El correo sigue fluyendo; pida al administrador DNS del dominio que haga apuntar el registro MX a un nombre de host normal con dirección.</translation>
    </message>
    <message>
        <source>%1 (DNS said: %2)</source>
        <translation>%1 (respuesta del DNS: %2)</translation>
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
        <translation>Sin registro MX: el propio %1 recibe el correo (MX implícito)</translation>
    </message>
    <message>
        <source>Mail can still flow through the other MX hosts; ask the domain's DNS administrator to fix the records named above.</source>
        <translation>El correo puede seguir fluyendo a través de los demás hosts MX; pida al administrador DNS del dominio que corrija los registros indicados arriba.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMxResolver</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>Consultando los registros MX de %1 (preguntando a %2)…</translation>
    </message>
    <message>
        <source>%1 has no MX record; looking for its own A/AAAA addresses…</source>
        <translation>%1 no tiene ningún registro MX; buscando sus propias direcciones A/AAAA…</translation>
    </message>
    <message>
        <source>The MX record names the IP address %1 instead of a host name, which RFC 5321 does not allow: many senders (Postfix, Exim) skip this MX.</source>
        <translation>El registro MX indica la dirección IP %1 en lugar de un nombre de host, algo que RFC 5321 no permite: muchos remitentes (Postfix, Exim) omiten este MX.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (“0 .”) together with other MX records; RFC 7505 does not allow this, and senders ignore the null MX.</source>
        <translation>%1 publica un MX nulo («0 .») junto con otros registros MX; RFC 7505 no lo permite y los remitentes ignoran el MX nulo.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the addresses of %n mail server(s)…</source>
        <translation>
            <numerusform>Consultando las direcciones de %n servidor de correo…</numerusform>
            <numerusform>Consultando las direcciones de %n servidores de correo…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2. An MX record must name a host directly (RFC 2181 §10.3, RFC 5321 §5.1); most senders cope, some refuse.</source>
        <translation>%1 es un alias (CNAME) de %2. Un registro MX debe indicar un host directamente (RFC 2181 §10.3, RFC 5321 §5.1); la mayoría de los remitentes lo toleran, algunos lo rechazan.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>No MX record: %1 itself is used as the mail server (implicit MX).</source>
        <translation>Sin registro MX: el propio %1 se usa como servidor de correo (MX implícito).</translation>
    </message>
    <message>
        <source>No DNS server answers at %1 (nothing listens on its port 53). Check the DNS server address, or leave it empty to use the system resolver.</source>
        <translation>Ningún servidor DNS responde en %1 (nada escucha en su puerto 53). Compruebe la dirección del servidor DNS o déjela vacía para usar el resolvedor del sistema.</translation>
    </message>
    <message>
        <source>%1 refused to answer questions about %2 (REFUSED). It may not serve your network: try the system resolver or another DNS server.</source>
        <translation>%1 se negó a responder consultas sobre %2 (REFUSED). Puede que no dé servicio a su red: pruebe con el resolvedor del sistema o con otro servidor DNS.</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has an address: mail for it cannot be delivered until this is fixed.</source>
        <translation>Ninguno de los servidores de correo de %1 tiene dirección: el correo para este dominio no se puede entregar hasta que se corrija.</translation>
    </message>
</context>
<context>
    <name>mailflow::DnsQuery</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo</numerusform>
            <numerusform>Sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>is still being looked up (%1)</source>
        <translation>todavía se está consultando (%1)</translation>
    </message>
    <message>
        <source>has %1 records</source>
        <translation>tiene registros %1</translation>
    </message>
    <message>
        <source>has no %1 record</source>
        <translation>no tiene registro %1</translation>
    </message>
    <message>
        <source>does not exist in DNS</source>
        <translation>no existe en DNS</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server failed to answer (SERVFAIL)</source>
        <translation>no se pudo consultar (%1): el servidor DNS no pudo responder (SERVFAIL)</translation>
    </message>
    <message>
        <source>could not be looked up (%1): the DNS server refused to answer (REFUSED)</source>
        <translation>no se pudo consultar (%1): el servidor DNS se negó a responder (REFUSED)</translation>
    </message>
    <message numerus="yes">
        <source>could not be looked up (%1): no answer within %n second(s)</source>
        <translation>
            <numerusform>no se pudo consultar (%1): sin respuesta en %n segundo</numerusform>
            <numerusform>no se pudo consultar (%1): sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>was not looked up (%1): the lookup was stopped</source>
        <translation>no se consultó (%1): la consulta se detuvo</translation>
    </message>
    <message>
        <source>could not be looked up (%1): %2</source>
        <translation>no se pudo consultar (%1): %2</translation>
    </message>
</context>
<context>
    <name>mailflow::DomainName</name>
    <message>
        <source>Type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>Escriba un dominio (example.com) o una dirección de correo electrónico (user@example.com).</translation>
    </message>
    <message>
        <source>%1 is an IP address, not a domain: it has no MX records. Connect to it directly instead.</source>
        <translation>%1 es una dirección IP, no un dominio: no tiene registros MX. Conéctese directamente a ella.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between two dots.</source>
        <translation>«%1» tiene una parte vacía entre dos puntos.</translation>
    </message>
    <message>
        <source>“%1” has a part longer than 63 characters.</source>
        <translation>«%1» tiene una parte de más de 63 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>«%1» no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>“%1” is too long for a domain name (more than 253 characters).</source>
        <translation>«%1» es demasiado largo para un nombre de dominio (más de 253 caracteres).</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a domain name cannot contain.</source>
        <translation>«%1» contiene «%2», que no puede aparecer en un nombre de dominio.</translation>
    </message>
</context>
<context>
    <name>mailflow::EnvelopePage</name>
    <message>
        <source>Send &amp;MAIL FROM</source>
        <translation>Enviar &amp;MAIL FROM</translation>
    </message>
    <message>
        <source>&amp;RSET</source>
        <translation>&amp;RSET</translation>
    </message>
    <message>
        <source>A&amp;dd recipient</source>
        <translation>&amp;Añadir destinatario</translation>
    </message>
    <message>
        <source>Send NOTIFY= even when the server does not advertise &amp;DSN</source>
        <translation>Enviar NOTIFY= aunque el servidor no anuncie &amp;DSN</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Send MAIL FROM, the recipients and DATA in one batch (PIPELINING)</source>
        <translation>Enviar MAIL FROM, los destinatarios y DATA en un solo lote (PIPELINING)</translation>
    </message>
    <message>
        <source>The envelope says who sends and who receives. &lt;b&gt;MAIL FROM&lt;/b&gt; gives the sender and &lt;b&gt;RCPT TO&lt;/b&gt; each recipient; the server should answer &lt;b&gt;250&lt;/b&gt; to each. A 550 to RCPT usually means the mailbox does not exist or the server will not relay for that domain; a 4xx means try again later.</source>
        <translation>El sobre indica quién envía y quién recibe. &lt;b&gt;MAIL FROM&lt;/b&gt; indica el remitente y &lt;b&gt;RCPT TO&lt;/b&gt; cada destinatario; el servidor debería responder &lt;b&gt;250&lt;/b&gt; a cada uno. Un 550 a RCPT suele significar que el buzón no existe o que el servidor no hace relay para ese dominio; un 4xx significa que hay que volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>you@example.com (empty: &lt;&gt; null sender)</source>
        <translation>usted@example.com (vacío: &lt;&gt; remitente nulo)</translation>
    </message>
    <message>
        <source>RSET: forget the sender and recipients given so far, keep the connection</source>
        <translation>RSET: olvidar el remitente y los destinatarios indicados hasta ahora, manteniendo la conexión</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>Remi&amp;tente:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt; (each with its own delivery-notification request):</source>
        <translation>&lt;b&gt;Destinatarios&lt;/b&gt; (cada uno con su propia solicitud de notificación de entrega):</translation>
    </message>
    <message>
        <source>Only when the server offers PIPELINING and the test runs on its own; each reply is judged in the order of the commands.</source>
        <translation>Solo cuando el servidor ofrece PIPELINING y la prueba se ejecuta por sí sola; cada respuesta se evalúa en el orden de los comandos.</translation>
    </message>
    <message>
        <source>Addresses with characters outside ASCII go with SMTPUTF8 when the server offers it; otherwise the transcript says so and gives the ASCII form of the domain.</source>
        <translation>Las direcciones con caracteres fuera de ASCII se envían con SMTPUTF8 cuando el servidor lo ofrece; si no, la transcripción lo indica y da la forma ASCII del dominio.</translation>
    </message>
    <message>
        <source>Envelope (MAIL FROM, RCPT TO)</source>
        <translation>Sobre (MAIL FROM, RCPT TO)</translation>
    </message>
    <message>
        <source>&amp;Send RCPT TO</source>
        <translation>&amp;Enviar RCPT TO</translation>
    </message>
    <message>
        <source>&amp;Send MAIL FROM</source>
        <translation>&amp;Enviar MAIL FROM</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN. NOTIFY= is sent anyway, as you asked; the server may refuse it with 555.</source>
        <translation>Nota: este servidor no anunció DSN. NOTIFY= se envía de todos modos, como ha solicitado; el servidor puede rechazarlo con 555.</translation>
    </message>
    <message>
        <source>Note: this server did not advertise DSN, so delivery notifications cannot be asked for; the NOTIFY options are not sent unless you tick the box above.</source>
        <translation>Nota: este servidor no anunció DSN, por lo que no se pueden solicitar notificaciones de entrega; las opciones NOTIFY no se envían a menos que marque la casilla de arriba.</translation>
    </message>
    <message>
        <source>The server advertised DSN: the NOTIFY options are sent with each RCPT TO.</source>
        <translation>El servidor anunció DSN: las opciones NOTIFY se envían con cada RCPT TO.</translation>
    </message>
    <message>
        <source>After the envelope, RCPT TO an address outside the server's domains from an outside sender, then RSET; no message is sent. A server that accepts it relays for anyone.</source>
        <translation>Después del sobre, enviar RCPT TO a una dirección ajena a los dominios del servidor desde un remitente externo y, después, RSET; no se envía ningún mensaje. Un servidor que lo acepta hace relay para cualquiera.</translation>
    </message>
    <message>
        <source>Check whether the server is an &amp;open relay</source>
        <translation>Comprobar si el servidor es un relay a&amp;bierto</translation>
    </message>
    <message>
        <source>optional: NAME=VALUE,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</source>
        <translation>opcional: NOMBRE=VALOR,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)</translation>
    </message>
    <message>
        <source>&amp;XCLIENT:</source>
        <translation>&amp;XCLIENT:</translation>
    </message>
    <message>
        <source>After EHLO, postfix's XCLIENT with these attributes, then EHLO again; a ";" starts another XCLIENT command.</source>
        <translation>Después de EHLO, el XCLIENT de postfix con estos atributos y, a continuación, EHLO de nuevo; un ";" inicia otro comando XCLIENT.</translation>
    </message>
</context>
<context>
    <name>mailflow::EvidenceActions</name>
    <message>
        <source>History not written: %1</source>
        <translation>No se escribió el historial: %1</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>&amp;Guardar informe como…</translation>
    </message>
    <message>
        <source>Save the transcript and checklist as text, HTML, JSON or PDF for a ticket</source>
        <translation>Guardar la transcripción y la lista de comprobación como texto, HTML, JSON o PDF para una incidencia</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Copy the report as plain text, to paste into a ticket</source>
        <translation>Copiar el informe como texto sin formato, para pegarlo en una incidencia</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every test run, kept automatically</source>
        <translation>Todas las ejecuciones de prueba, guardadas automáticamente</translation>
    </message>
    <message>
        <source>Save as &amp;profile…</source>
        <translation>Guardar como &amp;perfil…</translation>
    </message>
    <message>
        <source>Keep the values entered to run the same test again later</source>
        <translation>Guardar los valores introducidos para volver a ejecutar la misma prueba más adelante</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>Pe&amp;rfiles…</translation>
    </message>
    <message>
        <source>Open, rerun and manage saved test profiles</source>
        <translation>Abrir, volver a ejecutar y gestionar los perfiles de prueba guardados</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>How much history is kept</source>
        <translation>Cuánto historial se conserva</translation>
    </message>
    <message>
        <source>&amp;Watch a profile…</source>
        <translation>&amp;Supervisar un perfil…</translation>
    </message>
    <message>
        <source>Rerun a profile every few minutes and be told when its result changes</source>
        <translation>Volver a ejecutar un perfil cada pocos minutos y recibir un aviso cuando cambie su resultado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Mailflow</source>
        <translation>Mailflow</translation>
    </message>
    <message>
        <source>The report was not saved.

%1

The test is still here: save it in another folder.</source>
        <translation>No se guardó el informe.

%1

La prueba sigue aquí: guárdela en otra carpeta.</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Plain text (*.txt);;HTML report (*.html);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Texto sin formato (*.txt);;Informe HTML (*.html);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Guardar informe como</translation>
    </message>
    <message>
        <source>Report copied to the clipboard</source>
        <translation>Informe copiado al portapapeles</translation>
    </message>
    <message>
        <source>There is no profile to watch yet: run a test, then Profiles ▸ Save as profile.</source>
        <translation>Todavía no hay ningún perfil que supervisar: ejecute una prueba y después Perfiles ▸ Guardar como perfil.</translation>
    </message>
    <message>
        <source>Watch a profile</source>
        <translation>Supervisar un perfil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>The profile was not saved.

%1</source>
        <translation>No se guardó el perfil.

%1</translation>
    </message>
    <message>
        <source>Saved as profile "%1"</source>
        <translation>Guardado como perfil «%1»</translation>
    </message>
    <message>
        <source>Save as profile</source>
        <translation>Guardar como perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>A profile named "%1" exists. Replace it?</source>
        <translation>Ya existe un perfil llamado «%1». ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Profile "%1" opened</source>
        <translation>Perfil «%1» abierto</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run:
%2</source>
        <translation>El perfil «%1» no se puede ejecutar:
%2</translation>
    </message>
    <message>
        <source>Rerun profile</source>
        <translation>Volver a ejecutar el perfil</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>The profile "%1" cannot run: %2</source>
        <translation>El perfil «%1» no se puede ejecutar: %2</translation>
    </message>
    <message>
        <source>First run of the profile "%1": nothing to compare with yet.</source>
        <translation>Primera ejecución del perfil «%1»: todavía no hay nada con lo que comparar.</translation>
    </message>
    <message>
        <source>The previous run could not be read: %1</source>
        <translation>No se pudo leer la ejecución anterior: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile "%1"&lt;/b&gt;: this run (%2, %3) against the previous one (%4, %5).</source>
        <translation>&lt;b&gt;Perfil «%1»&lt;/b&gt;: esta ejecución (%2, %3) frente a la anterior (%4, %5).</translation>
    </message>
</context>
<context>
    <name>mailflow::FieldCheck</name>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un puerto es un número entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>mailflow::FinishPage</name>
    <message>
        <source>Start a&amp;gain</source>
        <translation>Empezar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Go on in the conso&amp;le</source>
        <translation>Continuar en la conso&amp;la</translation>
    </message>
    <message>
        <source>&lt;b&gt;QUIT&lt;/b&gt; ends the conversation politely; the server answers &lt;b&gt;221&lt;/b&gt; and closes the connection. Below is the verdict to paste into the ticket, and every step in short.</source>
        <translation>&lt;b&gt;QUIT&lt;/b&gt; termina la conversación de forma ordenada; el servidor responde &lt;b&gt;221&lt;/b&gt; y cierra la conexión. Debajo se muestra el veredicto para pegarlo en la incidencia y un resumen de cada paso.</translation>
    </message>
    <message>
        <source>Finish (QUIT)</source>
        <translation>Fin (QUIT)</translation>
    </message>
    <message>
        <source>&amp;Send QUIT</source>
        <translation>&amp;Enviar QUIT</translation>
    </message>
</context>
<context>
    <name>mailflow::GreetingPage</name>
    <message>
        <source>The client introduces itself with &lt;b&gt;EHLO&lt;/b&gt; and its own name. The server should answer &lt;b&gt;250&lt;/b&gt; and list what it supports (size limit, DSN, STARTTLS, AUTH …). An old server answers 500 to EHLO; Mailflow then says HELO instead.</source>
        <translation>El cliente se presenta con &lt;b&gt;EHLO&lt;/b&gt; y su propio nombre. El servidor debería responder &lt;b&gt;250&lt;/b&gt; y enumerar lo que admite (límite de tamaño, DSN, STARTTLS, AUTH …). Un servidor antiguo responde 500 a EHLO; Mailflow envía entonces HELO.</translation>
    </message>
    <message>
        <source>The name sent with EHLO. Leave empty to use this computer's name.</source>
        <translation>El nombre que se envía con EHLO. Déjelo vacío para usar el nombre de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Name to send:</source>
        <translation>&amp;Nombre que se envía:</translation>
    </message>
    <message>
        <source>Greeting (EHLO)</source>
        <translation>Saludo (EHLO)</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS, AUTH</source>
        <translation>&amp;Enviar EHLO, STARTTLS, AUTH</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, STARTTLS</source>
        <translation>&amp;Enviar EHLO, STARTTLS</translation>
    </message>
    <message>
        <source>&amp;Send EHLO, AUTH</source>
        <translation>&amp;Enviar EHLO, AUTH</translation>
    </message>
    <message>
        <source>&amp;Send EHLO</source>
        <translation>&amp;Enviar EHLO</translation>
    </message>
    <message>
        <source>The server listed no extensions: no size limit, DSN, STARTTLS or AUTH.</source>
        <translation>El servidor no enumeró ninguna extensión: ni límite de tamaño, ni DSN, ni STARTTLS, ni AUTH.</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>El servidor ofrece: %1</translation>
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
        <translation>Error de la base de datos del historial en %1</translation>
    </message>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>No se puede crear la carpeta del historial %1.</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program and stayed locked</source>
        <translation>La base de datos del historial %1 está bloqueada por otro programa y ha seguido bloqueada</translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2)</source>
        <translation>La base de datos del historial %1 está dañada (%2)</translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation>No se puede abrir la base de datos del historial %1</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer Mailflow (schema %2; this version knows schema %3). It is left untouched; runs are not kept until it is moved away.</source>
        <translation>La base de datos del historial %1 la escribió una versión más reciente de Mailflow (esquema %2; esta versión conoce el esquema %3). Se deja intacta; las ejecuciones no se guardan hasta que se mueva a otro lugar.</translation>
    </message>
    <message>
        <source>%1. It could not be moved aside either; the history is off for this run.</source>
        <translation>%1. Tampoco se pudo apartar; el historial está desactivado en esta ejecución.</translation>
    </message>
    <message>
        <source>%1. It was moved to %2 and a new history started.</source>
        <translation>%1. Se movió a %2 y se inició un historial nuevo.</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Incompleto (interrumpido)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (MX of %2)</source>
        <translation>%1 (MX de %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Mailflow history file (no start line).</source>
        <translation>%1 no es un archivo de historial de Mailflow (no tiene línea de inicio).</translation>
    </message>
    <message>
        <source>%1 is not in the history: it is not a Mailflow history file, or it was added after the history was imported.</source>
        <translation>%1 no está en el historial: no es un archivo de historial de Mailflow o se añadió después de importar el historial.</translation>
    </message>
    <message>
        <source>No run %1 in the history.</source>
        <translation>No hay ninguna ejecución %1 en el historial.</translation>
    </message>
    <message>
        <source>The run did not finish (the program was closed or stopped). %1</source>
        <translation>La ejecución no terminó (el programa se cerró o se detuvo). %1</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryWindow</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Mailflow — history</source>
        <translation>Mailflow — historial</translation>
    </message>
    <message>
        <source>Every test is kept here automatically. Database: %1</source>
        <translation>Todas las pruebas se guardan aquí automáticamente. Base de datos: %1</translation>
    </message>
    <message>
        <source>Search server, domain, recipient, profile, verdict, cause…</source>
        <translation>Buscar servidor, dominio, destinatario, perfil, veredicto, causa…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Incomplete (cut short)</source>
        <translation>Incompleto (interrumpido)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Cualquier perfil</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Cualquier causa</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>No se pudo abrir la ejecución: %1</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exportar ejecución</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Plain text (*.txt);;JSON (*.json);;PDF (*.pdf)</source>
        <translation>Informe HTML (*.html);;Texto sin formato (*.txt);;JSON (*.json);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Delete this run from the history?</source>
        <translation>¿Desea eliminar esta ejecución del historial?</translation>
    </message>
    <message>
        <source>The run could not be deleted: %1</source>
        <translation>No se pudo eliminar la ejecución: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::HostAddressLookup</name>
    <message>
        <source>does not exist in DNS</source>
        <translation>no existe en DNS</translation>
    </message>
    <message>
        <source>has no A or AAAA record (no address)</source>
        <translation>no tiene registro A ni AAAA (sin dirección)</translation>
    </message>
</context>
<context>
    <name>mailflow::HtmlReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Informe de Mailflow: %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciado el %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Código de salida %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>No step was timed.</source>
        <translation>No se cronometró ningún paso.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>SHA-256 del certificado:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Las direcciones y los nombres de host de este informe se han sustituido por seudónimos.</translation>
    </message>
</context>
<context>
    <name>mailflow::MainWindow</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected, greeting received</source>
        <translation>Conectado, saludo recibido</translation>
    </message>
    <message>
        <source>Greeted (EHLO/HELO accepted)</source>
        <translation>Saludo intercambiado (EHLO/HELO aceptado)</translation>
    </message>
    <message>
        <source>In a mail transaction</source>
        <translation>En una transacción de correo</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Enviando el mensaje</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cerrando</translation>
    </message>
    <message>
        <source>Mailflow — SMTP test</source>
        <translation>Mailflow — prueba SMTP</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Mailflow</source>
        <translation>&amp;Acerca de Mailflow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>Enviar este arc&amp;hivo como mensaje (tiene sus propios encabezados):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;DATA&lt;/b&gt; asks to send the message; the server should answer &lt;b&gt;354&lt;/b&gt;. Mailflow then sends the headers and the body and ends with a line holding a single dot; the server answers &lt;b&gt;250&lt;/b&gt;, often with a queue id, when it has taken the message.</source>
        <translation>&lt;b&gt;DATA&lt;/b&gt; solicita enviar el mensaje; el servidor debería responder &lt;b&gt;354&lt;/b&gt;. Mailflow envía entonces los encabezados y el cuerpo, y termina con una línea que contiene un único punto; el servidor responde &lt;b&gt;250&lt;/b&gt;, a menudo con un identificador de cola, cuando ha aceptado el mensaje.</translation>
    </message>
    <message>
        <source>Mailflow test message</source>
        <translation>Mensaje de prueba de Mailflow</translation>
    </message>
    <message>
        <source>Extra headers, one per line: X-Ticket: 12345</source>
        <translation>Encabezados adicionales, uno por línea: X-Ticket: 12345</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Este es un mensaje de prueba enviado por Mailflow para comprobar que el correo fluye.
</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>E&amp;xtra headers:</source>
        <translation>Encabe&amp;zados adicionales:</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>Cue&amp;rpo:</translation>
    </message>
    <message>
        <source>Message file</source>
        <translation>Archivo de mensaje</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Mensajes (*.eml *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Message (DATA)</source>
        <translation>Mensaje (DATA)</translation>
    </message>
    <message>
        <source>"%1" is not a header: write Name: value.</source>
        <translation>«%1» no es un encabezado: escriba Nombre: valor.</translation>
    </message>
    <message>
        <source>Choose the file to send.</source>
        <translation>Elija el archivo que se va a enviar.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>&amp;Send DATA</source>
        <translation>&amp;Enviar DATA</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>BDAT chunks when the server offers CHUNKING</source>
        <translation>Fragmentos BDAT cuando el servidor ofrece CHUNKING</translation>
    </message>
    <message>
        <source>BDAT chunks even when not offered</source>
        <translation>Fragmentos BDAT aunque no se ofrezcan</translation>
    </message>
    <message>
        <source>BDAT (RFC 3030) sends the message in counted chunks, each answered with 250: no dot-stuffing and no final dot.</source>
        <translation>BDAT (RFC 3030) envía el mensaje en fragmentos de tamaño indicado, cada uno respondido con 250: sin relleno de puntos (dot-stuffing) ni punto final.</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Send the message &amp;with:</source>
        <translation>Enviar el mensaje &amp;con:</translation>
    </message>
    <message>
        <source>BDAT &amp;chunk size:</source>
        <translation>&amp;Tamaño de fragmento BDAT:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Attach&amp;ments:</source>
        <translation>Ad&amp;juntos:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>mailflow::MessageSource</name>
    <message>
        <source>Mailflow test message</source>
        <translation>Mensaje de prueba de Mailflow</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>No se puede leer el archivo de mensaje %1: %2</translation>
    </message>
    <message>
        <source>This is a test message sent by Mailflow to check that mail flows.
</source>
        <translation>Este es un mensaje de prueba enviado por Mailflow para comprobar que el correo fluye.
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
        <translation>No hay ningún dominio de destinatario que comprobar.</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>DANE (TLSA records) is not checked: Qt 6.4's DNS lookup cannot ask for TLSA records.</source>
        <translation>DANE (registros TLSA) no se comprueba: la consulta DNS de Qt 6.4 no puede solicitar registros TLSA.</translation>
    </message>
    <message>
        <source>MTA-STS record of %1</source>
        <translation>Registro MTA-STS de %1</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 could not be looked up: the name %2.</source>
        <translation>No se pudo consultar el registro MTA-STS de %1: el nombre %2.</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy: senders may deliver to it without TLS or with any certificate.</source>
        <translation>%1 no publica ninguna política MTA-STS: los remitentes pueden entregarle correo sin TLS o con cualquier certificado.</translation>
    </message>
    <message>
        <source>The MTA-STS record of %1 is not valid (it needs "v=STSv1; id=..." with an id of 1 to 32 letters and digits).</source>
        <translation>El registro MTA-STS de %1 no es válido (necesita "v=STSv1; id=..." con un id de 1 a 32 letras y dígitos).</translation>
    </message>
    <message>
        <source>%1 announces an MTA-STS policy (id %2).</source>
        <translation>%1 anuncia una política MTA-STS (id %2).</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió HTTP %1</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>Política MTA-STS de %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy of %1 could not be used (%2): senders without a cached copy deliver as if there were none.</source>
        <translation>No se pudo usar la política MTA-STS de %1 (%2): los remitentes sin una copia en caché entregan como si no existiera.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.%1/.well-known/mta-sts.txt with a valid certificate for mta-sts.%1.</source>
        <translation>Publique la política en https://mta-sts.%1/.well-known/mta-sts.txt con un certificado válido para mta-sts.%1.</translation>
    </message>
    <message>
        <source>senders must deliver over TLS with a valid certificate to a listed MX host, or not at all</source>
        <translation>los remitentes deben entregar por TLS con un certificado válido a un host MX de la lista, o no entregar</translation>
    </message>
    <message>
        <source>senders report TLS problems but deliver anyway</source>
        <translation>los remitentes informan de los problemas de TLS, pero entregan igualmente</translation>
    </message>
    <message>
        <source>the policy is being withdrawn; senders ignore it</source>
        <translation>la política se está retirando; los remitentes la ignoran</translation>
    </message>
    <message>
        <source>The policy's mode is %1: %2 (mx %3, max_age %4 seconds).</source>
        <translation>El modo de la política es %1: %2 (mx %3, max_age %4 segundos).</translation>
    </message>
    <message>
        <source>MX hosts against the MTA-STS policy</source>
        <translation>Hosts MX frente a la política MTA-STS</translation>
    </message>
    <message>
        <source>%1 has no MX hosts to compare with the policy.</source>
        <translation>%1 no tiene hosts MX que comparar con la política.</translation>
    </message>
    <message>
        <source>Every MX host of %1 matches the policy (%2).</source>
        <translation>Todos los hosts MX de %1 coinciden con la política (%2).</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns: senders that honour MTA-STS refuse to deliver to them.</source>
        <translation>Los hosts MX %1 no coinciden con los patrones mx de la política: los remitentes que respetan MTA-STS se niegan a entregarles correo.</translation>
    </message>
    <message>
        <source>The MX hosts %1 do not match the policy's mx patterns; in mode %2 senders only report it.</source>
        <translation>Los hosts MX %1 no coinciden con los patrones mx de la política; en el modo %2 los remitentes solo informan de ello.</translation>
    </message>
    <message>
        <source>Add the MX hosts to the policy's mx lines (and change its id in the _mta-sts record).</source>
        <translation>Añada los hosts MX a las líneas mx de la política (y cambie su id en el registro _mta-sts).</translation>
    </message>
    <message>
        <source>The MTA-STS check of %1 did not end within its time limit.</source>
        <translation>La comprobación MTA-STS de %1 no terminó dentro de su tiempo límite.</translation>
    </message>
    <message>
        <source>MX certificates for MTA-STS</source>
        <translation>Certificados de los MX para MTA-STS</translation>
    </message>
    <message>
        <source>%1 is an MX host of %2, but this test did not use TLS with it.</source>
        <translation>%1 es un host MX de %2, pero esta prueba no usó TLS con él.</translation>
    </message>
    <message>
        <source>the server tested is not one of the MX hosts of %1.</source>
        <translation>el servidor probado no es uno de los hosts MX de %1.</translation>
    </message>
    <message>
        <source>The MX hosts' certificates were not checked: %1</source>
        <translation>No se comprobaron los certificados de los hosts MX: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 validates, as MTA-STS requires.</source>
        <translation>El certificado de %1 se valida correctamente, como exige MTA-STS.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate: senders that honour the policy (mode enforce) refuse to deliver to it.</source>
        <translation>El certificado de %1 no se valida: los remitentes que respetan la política (modo enforce) se niegan a entregarle correo.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not validate; in mode testing senders only report it.</source>
        <translation>El certificado de %1 no se valida; en el modo testing los remitentes solo informan de ello.</translation>
    </message>
    <message>
        <source>Install a certificate for %1 from a public certificate authority, with the whole chain.</source>
        <translation>Instale para %1 un certificado de una autoridad de certificación pública, con la cadena completa.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCli</name>
    <message>
        <source>Looking up the MX records of %1 (asking %2)…</source>
        <translation>Consultando los registros MX de %1 (preguntando a %2)…</translation>
    </message>
    <message>
        <source>DNS answer from %1 in %2 ms: %3</source>
        <translation>Respuesta DNS de %1 en %2 ms: %3</translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>Respuesta del DNS: %1</translation>
    </message>
    <message>
        <source>Pref</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>advertencia:</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>error:</translation>
    </message>
    <message>
        <source>None of the MX hosts of %1 has an address: there is no server to test.</source>
        <translation>Ninguno de los hosts MX de %1 tiene dirección: no hay ningún servidor que probar.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Testing the most preferred MX that has an address: %1 (preference %2) at %3 port %4.</source>
        <translation>Probando el MX de mayor preferencia que tiene dirección: %1 (preferencia %2) en %3, puerto %4.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxCliParser</name>
    <message>
        <source>Look up the MX records of DOMAIN (or of an address's domain) and test the most preferred mail server. Without --server, the domain of the first --to is used.</source>
        <translation>Consultar los registros MX de DOMINIO (o del dominio de una dirección) y probar el servidor de correo de mayor preferencia. Sin --server, se usa el dominio del primer --to.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <source>Test every MX host and each of its addresses (up to RCPT TO unless --quit-after says otherwise), print the matrix and where a real sender would deliver.</source>
        <translation>Probar todos los hosts MX y cada una de sus direcciones (hasta RCPT TO, salvo que --quit-after indique otra cosa), mostrar la matriz e indicar dónde entregaría un remitente real.</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IPv4 address, port 53) instead of the system resolver.</source>
        <translation>Consultar este servidor DNS (una dirección IPv4, puerto 53) en lugar del resolvedor del sistema.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Seconds to wait for each DNS answer (default 10).</source>
        <translation>Segundos de espera para cada respuesta DNS (predeterminado: 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--profile runs the test saved in the profile: leave out --mx and --all-mx.</source>
        <translation>--profile ejecuta la prueba guardada en el perfil: omita --mx y --all-mx.</translation>
    </message>
    <message>
        <source>--mx and --all-mx find the server in DNS: leave --server out.</source>
        <translation>--mx y --all-mx buscan el servidor en DNS: omita --server.</translation>
    </message>
    <message>
        <source>--mx: give a domain (example.com) or an address (user@example.com), or a --to address.</source>
        <translation>--mx: indique un dominio (example.com) o una dirección (user@example.com), o una dirección de --to.</translation>
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
        <translation>--dns-timeout: indique los segundos, de 0,1 a 600.</translation>
    </message>
</context>
<context>
    <name>mailflow::MxLookupResult</name>
    <message>
        <source>Mail for %1 goes to the mail servers (MX) below; senders try the lowest preference number first.</source>
        <translation>El correo para %1 va a los servidores de correo (MX) siguientes; los remitentes prueban primero el número de preferencia más bajo.</translation>
    </message>
    <message>
        <source>%1 has no MX record, but it has an address: senders deliver to %1 itself (the “implicit MX” of RFC 5321). This works, but a domain that receives mail should publish an MX record.</source>
        <translation>%1 no tiene registro MX, pero sí una dirección: los remitentes entregan al propio %1 (el «MX implícito» de RFC 5321). Funciona, pero un dominio que recibe correo debería publicar un registro MX.</translation>
    </message>
    <message>
        <source>%1 publishes a “null MX” (RFC 7505): it declares that it accepts no mail at all, so senders bounce mail for it at once. This is the domain owner's choice, not a fault.</source>
        <translation>%1 publica un «MX nulo» (RFC 7505): declara que no acepta ningún correo, por lo que los remitentes devuelven de inmediato el correo dirigido a él. Es una decisión del titular del dominio, no un fallo.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN). Check the spelling; mail to this domain bounces.</source>
        <translation>%1 no existe en DNS (NXDOMAIN). Compruebe cómo está escrito; el correo a este dominio se devuelve.</translation>
    </message>
    <message>
        <source>%1 exists, but has neither MX nor A/AAAA records: there is no server to deliver its mail to, so mail to it bounces.</source>
        <translation>%1 existe, pero no tiene registros MX ni A/AAAA: no hay ningún servidor al que entregar su correo, por lo que el correo dirigido a él se devuelve.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1 (SERVFAIL). The domain's own DNS servers may be down or misconfigured; senders keep the mail and retry later.</source>
        <translation>El servidor DNS no pudo responder para %1 (SERVFAIL). Es posible que los servidores DNS del propio dominio estén caídos o mal configurados; los remitentes conservan el correo y lo reintentan más tarde.</translation>
    </message>
    <message>
        <source>The DNS server gave no answer about %1 in time. It may be unreachable or slow: try again, or ask another DNS server.</source>
        <translation>El servidor DNS no respondió a tiempo sobre %1. Puede que sea inaccesible o lento: vuelva a intentarlo o consulte otro servidor DNS.</translation>
    </message>
    <message>
        <source>Nothing to look up: type a domain (example.com) or an e-mail address (user@example.com).</source>
        <translation>No hay nada que consultar: escriba un dominio (example.com) o una dirección de correo electrónico (user@example.com).</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed.</source>
        <translation>Falló la consulta DNS de %1.</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup of %1 asked %2: %3 (%n ms)</source>
        <translation>
            <numerusform>La consulta MX de %1 preguntó a %2: %3 (%n ms)</numerusform>
            <numerusform>La consulta MX de %1 preguntó a %2: %3 (%n ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS said: %1</source>
        <translation>Respuesta del DNS: %1</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>         warning: %1</source>
        <translation>         advertencia: %1</translation>
    </message>
    <message>
        <source>         error: %1</source>
        <translation>         error: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  advertencia: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::MxMatrixDialog</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Test all MX hosts</source>
        <translation>Probar todos los hosts MX</translation>
    </message>
    <message>
        <source>Double-click a row to see its transcript</source>
        <translation>Haga doble clic en una fila para ver su transcripción</translation>
    </message>
    <message>
        <source>Every mail exchanger of %1 on port %2, up to RCPT TO (no mail is sent).</source>
        <translation>Todos los servidores de correo (MX) de %1 en el puerto %2, hasta RCPT TO (no se envía ningún correo).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Transcript: %1 (%2)</source>
        <translation>Transcripción: %1 (%2)</translation>
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
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>Quién debe actuar: %1</translation>
    </message>
    <message>
        <source>MX host (pref.)</source>
        <translation>Host MX (pref.)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>%1 — fails over IPv6, passes over IPv4</source>
        <translation>%1 — falla por IPv6, funciona por IPv4</translation>
    </message>
    <message>
        <source>%1 — fails over IPv4, passes over IPv6</source>
        <translation>%1 — falla por IPv4, funciona por IPv6</translation>
    </message>
</context>
<context>
    <name>mailflow::MxResolver</name>
    <message>
        <source>%1 is an IPv6 address. Mailflow can ask a DNS server only by its IPv4 address (Qt 6.4 would silently use the system resolver instead). Type the server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>%1 es una dirección IPv6. Mailflow solo puede consultar un servidor DNS por su dirección IPv4 (Qt 6.4 usaría en silencio el resolvedor del sistema). Escriba la dirección IPv4 del servidor o deje el campo vacío para usar el resolvedor del sistema.</translation>
    </message>
    <message>
        <source>A DNS server can only be asked on port 53; leave the port out.</source>
        <translation>Un servidor DNS solo se puede consultar en el puerto 53; omita el puerto.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Type the DNS server's IPv4 address, or leave the field empty to use the system resolver.</source>
        <translation>«%1» no es una dirección IP. Escriba la dirección IPv4 del servidor DNS o deje el campo vacío para usar el resolvedor del sistema.</translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation>el resolvedor del sistema</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>Servidor DNS %1</translation>
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
        <translation>Conexión</translation>
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
        <translation>no probado: la prueba se detuvo</translation>
    </message>
    <message>
        <source>not tested yet</source>
        <translation>todavía no probado</translation>
    </message>
    <message>
        <source>MX %1 (preference %2) is not tested: it has no address.</source>
        <translation>El MX %1 (preferencia %2) no se prueba: no tiene dirección.</translation>
    </message>
    <message>
        <source>Testing MX %1 (preference %2) at %3 port %4.</source>
        <translation>Probando el MX %1 (preferencia %2) en %3, puerto %4.</translation>
    </message>
    <message>
        <source>Not tested: the host has no address</source>
        <translation>No probado: el host no tiene dirección</translation>
    </message>
    <message>
        <source>Not run: the test was stopped</source>
        <translation>No ejecutado: la prueba se detuvo</translation>
    </message>
    <message>
        <source>Stopped before it ran.</source>
        <translation>Detenido antes de ejecutarse.</translation>
    </message>
</context>
<context>
    <name>mailflow::OAuthSasl</name>
    <message>
        <source> The server asks for the scope "%1".</source>
        <translation> El servidor solicita el ámbito «%1».</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1): it has expired, was revoked or was not issued for this account.</source>
        <translation>El servidor rechazó el token de acceso (estado %1): ha caducado, se revocó o no se emitió para esta cuenta.</translation>
    </message>
    <message>
        <source>Access tokens last about an hour: get a new one for this user and try again. Check that the user name is the account the token was issued to.</source>
        <translation>Los tokens de acceso duran aproximadamente una hora: obtenga uno nuevo para este usuario y vuelva a intentarlo. Compruebe que el nombre de usuario es la cuenta para la que se emitió el token.</translation>
    </message>
    <message>
        <source>The access token is valid but does not allow sending mail (status %1: insufficient scope).</source>
        <translation>El token de acceso es válido, pero no permite enviar correo (estado %1: ámbito insuficiente).</translation>
    </message>
    <message>
        <source>Request the token with the mail scope: https://mail.google.com/ for Gmail, https://outlook.office.com/SMTP.Send for Microsoft 365.</source>
        <translation>Solicite el token con el ámbito de correo: https://mail.google.com/ para Gmail, https://outlook.office.com/SMTP.Send para Microsoft 365.</translation>
    </message>
    <message>
        <source>The server refused the OAuth login with status %1.</source>
        <translation>El servidor rechazó el inicio de sesión OAuth con el estado %1.</translation>
    </message>
    <message>
        <source>Status 400 means the request was malformed: check the user name and that the token is an OAuth 2.0 access token (not an ID or refresh token).</source>
        <translation>El estado 400 significa que la solicitud tenía un formato incorrecto: compruebe el nombre de usuario y que el token sea un token de acceso OAuth 2.0 (no un token de ID ni de actualización).</translation>
    </message>
</context>
<context>
    <name>mailflow::OpenRelayCheck</name>
    <message>
        <source>Relaying from outside to outside</source>
        <translation>Relay de fuera a fuera</translation>
    </message>
    <message>
        <source>The open relay check did not get to the outside recipient: the server stopped answering or refused RSET.</source>
        <translation>La comprobación de relay abierto no llegó al destinatario externo: el servidor dejó de responder o rechazó RSET.</translation>
    </message>
    <message>
        <source>The server refused the outside sender (%1), so relaying could not be tried; that is no proof either way.</source>
        <translation>El servidor rechazó el remitente externo (%1), por lo que no se pudo probar el relay; eso no demuestra nada en ningún sentido.</translation>
    </message>
    <message>
        <source>The server accepted the outside recipient (%1) after authentication: relaying for an authenticated user is what a submission server does, not an open relay.</source>
        <translation>El servidor aceptó el destinatario externo (%1) tras la autenticación: hacer relay para un usuario autenticado es lo que hace un servidor de envío, no un relay abierto.</translation>
    </message>
    <message>
        <source>OPEN RELAY: the server accepted mail from an outside sender (%1) for an outside recipient (%2) without authentication (%3). Spammers find such servers within hours; block lists list them soon after.</source>
        <translation>RELAY ABIERTO: el servidor aceptó correo de un remitente externo (%1) para un destinatario externo (%2) sin autenticación (%3). Los spammers encuentran estos servidores en cuestión de horas, y las listas de bloqueo los incluyen poco después.</translation>
    </message>
    <message>
        <source>Allow relaying only for authenticated users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation>Permita el relay solo para usuarios autenticados y sus propias redes (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</translation>
    </message>
    <message>
        <source>Run the check again from a network outside the server's own: many servers relay for their own network only, which is fine.</source>
        <translation>Vuelva a ejecutar la comprobación desde una red ajena a la del servidor: muchos servidores solo hacen relay para su propia red, lo cual es correcto.</translation>
    </message>
    <message>
        <source>The server deferred the outside recipient (%1); that is no proof either way.</source>
        <translation>El servidor aplazó el destinatario externo (%1); eso no demuestra nada en ningún sentido.</translation>
    </message>
    <message>
        <source>The server refused to relay for an outside recipient (%1): not an open relay.</source>
        <translation>El servidor se negó a hacer relay para un destinatario externo (%1): no es un relay abierto.</translation>
    </message>
</context>
<context>
    <name>mailflow::OwnAddressCheck</name>
    <message>
        <source>Your address as the server sees it</source>
        <translation>Su dirección tal como la ve el servidor</translation>
    </message>
    <message>
        <source>Your public address is unknown: the server did not name it and no connection was made.</source>
        <translation>Su dirección pública es desconocida: el servidor no la indicó y no se estableció ninguna conexión.</translation>
    </message>
    <message>
        <source>This computer's address %1 is private and the server did not name the address it sees, so your public address is unknown; your reverse DNS and block lists are not checked.</source>
        <translation>La dirección %1 de este equipo es privada y el servidor no indicó la dirección que ve, por lo que su dirección pública es desconocida; no se comprueban su DNS inverso ni las listas de bloqueo.</translation>
    </message>
    <message>
        <source>The server sees you as %1, a private address: it is inside your network or behind the same NAT, so your public address is unknown.</source>
        <translation>El servidor le ve como %1, una dirección privada: está dentro de su red o detrás del mismo NAT, por lo que su dirección pública es desconocida.</translation>
    </message>
    <message>
        <source>Your public address is %1 (this computer's own address; the server did not name it).</source>
        <translation>Su dirección pública es %1 (la propia dirección de este equipo; el servidor no la indicó).</translation>
    </message>
    <message>
        <source>The server sees you as %1.</source>
        <translation>El servidor le ve como %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::PasswordVault</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>No se pudo recordar la contraseña: %1</translation>
    </message>
    <message>
        <source>No password is remembered for %1.</source>
        <translation>No hay ninguna contraseña recordada para %1.</translation>
    </message>
    <message>
        <source>The desktop's keyring is not available: %1</source>
        <translation>El llavero del escritorio no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::PdfReport</name>
    <message>
        <source>Mailflow report: %1</source>
        <translation>Informe de Mailflow: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF needs a QGuiApplication.</source>
        <translation>No se puede escribir %1: el PDF necesita una QGuiApplication.</translation>
    </message>
</context>
<context>
    <name>mailflow::PortProbeCheck</name>
    <message>
        <source>Port 25 from this network</source>
        <translation>Puerto 25 desde esta red</translation>
    </message>
    <message>
        <source>port 25 (the test): %1</source>
        <translation>puerto 25 (la prueba): %1</translation>
    </message>
    <message>
        <source>Port 25 answers over %1 but not over the address family the test used: the block is on one family's path (often IPv4 or IPv6 filtered differently by a provider).</source>
        <translation>El puerto 25 responde por %1, pero no por la familia de direcciones que usó la prueba: el bloqueo está en la ruta de una de las familias (a menudo un proveedor filtra IPv4 e IPv6 de forma distinta).</translation>
    </message>
    <message>
        <source>Ask your network administrator or provider why outgoing port 25 is filtered on one address family only.</source>
        <translation>Pregunte a su administrador de red o a su proveedor por qué el puerto 25 saliente está filtrado solo en una familia de direcciones.</translation>
    </message>
    <message>
        <source>Port 25 seems blocked between you and the server — %1 answers; many ISPs and cloud providers block outgoing port 25.</source>
        <translation>El puerto 25 parece bloqueado entre usted y el servidor (%1 sí responde); muchos ISP y proveedores de nube bloquean el puerto 25 saliente.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Ask your network administrator or provider whether outgoing port 25 is blocked.</source>
        <translation>Pregunte a su administrador de red o a su proveedor si el puerto 25 saliente está bloqueado.</translation>
    </message>
    <message>
        <source>Send through your mail provider's submission server (587 with authentication), or run the test from another network to compare.</source>
        <translation>Envíe a través del servidor de envío (submission) de su proveedor de correo (587 con autenticación), o ejecute la prueba desde otra red para comparar.</translation>
    </message>
    <message>
        <source>The server's address answers on another port (refused, not silent) while port 25 gets no answer: a firewall on the way drops port 25, on your side or the server's.</source>
        <translation>La dirección del servidor responde en otro puerto (rechaza, no calla) mientras que el puerto 25 no obtiene respuesta: un cortafuegos en el camino descarta el puerto 25, en su lado o en el del servidor.</translation>
    </message>
    <message>
        <source>Run the test from another network: if port 25 answers there, the block is on your side.</source>
        <translation>Ejecute la prueba desde otra red: si allí el puerto 25 responde, el bloqueo está en su lado.</translation>
    </message>
    <message>
        <source>Neither port 25 nor 587 nor 465 answered: the server is unreachable from here as a whole, not port 25 alone (down, a wrong address, or a firewall dropping everything).</source>
        <translation>No respondió ni el puerto 25, ni el 587, ni el 465: el servidor es inaccesible desde aquí en su totalidad, no solo el puerto 25 (caído, una dirección errónea o un cortafuegos que lo descarta todo).</translation>
    </message>
    <message>
        <source>Check the server's address and whether it is up; run the test from another network to compare.</source>
        <translation>Compruebe la dirección del servidor y si está en funcionamiento; ejecute la prueba desde otra red para comparar.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>conexión restablecida</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeMode</name>
    <message>
        <source>P&amp;ractice</source>
        <translation>P&amp;ráctica</translation>
    </message>
    <message>
        <source>&amp;Next in the tour: a refusal</source>
        <translation>&amp;Siguiente en la visita: un rechazo</translation>
    </message>
    <message>
        <source>Practice &amp;tour (a passing test, then a refusal)</source>
        <translation>&amp;Visita de práctica (una prueba superada y luego un rechazo)</translation>
    </message>
    <message>
        <source>&amp;Stop the practice server</source>
        <translation>&amp;Detener el servidor de práctica</translation>
    </message>
    <message>
        <source>Practice on a built-in server</source>
        <translation>Practicar con un servidor integrado</translation>
    </message>
    <message>
        <source>No mail server at hand? Try the test on a safe server inside Mailflow: a passing test and the common refusals.</source>
        <translation>¿No tiene un servidor de correo a mano? Pruebe con un servidor seguro integrado en Mailflow: una prueba superada y los rechazos habituales.</translation>
    </message>
    <message>
        <source>Welcome to Mailflow</source>
        <translation>Bienvenido a Mailflow</translation>
    </message>
    <message>
        <source>No mail server at hand? Mailflow has one built in for practice.

The practice tour runs the test twice on it: first a server that accepts the message, then one that refuses it, with the refusal explained.</source>
        <translation>¿No tiene un servidor de correo a mano? Mailflow incluye uno para practicar.

La visita de práctica ejecuta la prueba dos veces en él: primero con un servidor que acepta el mensaje y después con uno que lo rechaza, con la explicación del rechazo.</translation>
    </message>
    <message>
        <source>Start the practice &amp;tour</source>
        <translation>Iniciar la &amp;visita de práctica</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>There is no practice scenario "%1".</source>
        <translation>No existe el escenario de práctica «%1».</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice: %1 on %2 — %3</source>
        <translation>Práctica: %1 en %2 — %3</translation>
    </message>
    <message>
        <source>Press Next on each page to run its step and go on, or Run to end.</source>
        <translation>Pulse Siguiente en cada página para ejecutar su paso y continuar, o Ejecutar hasta el final.</translation>
    </message>
    <message>
        <source>Tour, 1 of 2: a server that accepts the message. </source>
        <translation>Visita, 1 de 2: un servidor que acepta el mensaje. </translation>
    </message>
    <message>
        <source>Tour, 2 of 2: a server that refuses it. </source>
        <translation>Visita, 2 de 2: un servidor que lo rechaza. </translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>En qué fijarse: %1</translation>
    </message>
    <message>
        <source>You saw what this scenario teaches: %1 — %2.
%3</source>
        <translation>Ya ha visto lo que enseña este escenario: %1 — %2.
%3</translation>
    </message>
    <message>
        <source>This run did not show the lesson (%1 should be %2). Run the whole test, without changing the settings the practice filled in.</source>
        <translation>Esta ejecución no mostró la lección (%1 debería ser %2). Ejecute la prueba completa sin cambiar los ajustes que ha rellenado la práctica.</translation>
    </message>
    <message>
        <source>Open the &amp;received message</source>
        <translation>Abrir el mensaje &amp;recibido</translation>
    </message>
    <message>
        <source>Open the &amp;delivery receipt</source>
        <translation>Abrir el acuse de &amp;entrega</translation>
    </message>
    <message>
        <source>Delivery receipt sent back to %1</source>
        <translation>Acuse de entrega devuelto a %1</translation>
    </message>
    <message>
        <source>Message received by the practice server</source>
        <translation>Mensaje recibido por el servidor de práctica</translation>
    </message>
    <message>
        <source>Envelope: from &lt;%1&gt; to %2; queued as %3.</source>
        <translation>Sobre: de &lt;%1&gt; para %2; en cola como %3.</translation>
    </message>
</context>
<context>
    <name>mailflow::PracticeServer</name>
    <message>
        <source>Cannot make the practice certificate (%1).</source>
        <translation>No se puede crear el certificado de práctica (%1).</translation>
    </message>
    <message>
        <source>The practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>El servidor de práctica solo escucha en una dirección de loopback (127.0.0.1 o ::1), no en %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the port is already in use by another program. Choose another port.</source>
        <translation>No se puede escuchar en %1: otro programa ya está usando el puerto. Elija otro puerto.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::PreferencesDialog</name>
    <message>
        <source>Mailflow — preferences</source>
        <translation>Mailflow — preferencias</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Sin límite de antigüedad</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> ejecuciones</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Sin límite de número</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No size limit</source>
        <translation>Sin límite de tamaño</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language shows the next time Mailflow starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Mailflow.</translation>
    </message>
    <message>
        <source>Every test is kept in the history. The oldest runs are removed when any of these limits is passed, each time Mailflow starts and when you press OK.</source>
        <translation>Todas las pruebas se guardan en el historial. Las ejecuciones más antiguas se eliminan cuando se supera cualquiera de estos límites, cada vez que se inicia Mailflow y cuando pulsa Aceptar.</translation>
    </message>
    <message>
        <source>Keep runs for at most:</source>
        <translation>Conservar las ejecuciones como máximo:</translation>
    </message>
    <message>
        <source>Keep at most:</source>
        <translation>Conservar como máximo:</translation>
    </message>
    <message>
        <source>Keep at most (total size):</source>
        <translation>Conservar como máximo (tamaño total):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Checks around the conversation</source>
        <translation>Comprobaciones en torno a la conversación</translation>
    </message>
    <message>
        <source>Run beside each test; none delays it. A profile's own choice wins while it is loaded.</source>
        <translation>Se ejecutan junto a cada prueba; ninguna la retrasa. Mientras haya un perfil cargado, prevalece lo que elija ese perfil.</translation>
    </message>
    <message>
        <source>Runs only when the Envelope page's open relay box is ticked.</source>
        <translation>Solo se ejecuta cuando está marcada la casilla de relay abierto de la página Sobre.</translation>
    </message>
    <message>
        <source>the Server page's, else the system resolver</source>
        <translation>el de la página Servidor o, si no, el resolvedor del sistema</translation>
    </message>
    <message>
        <source>&amp;Block list zones:</source>
        <translation>Zonas de listas de &amp;bloqueo:</translation>
    </message>
    <message>
        <source>&amp;DNS server for the checks:</source>
        <translation>Servidor &amp;DNS para las comprobaciones:</translation>
    </message>
</context>
<context>
    <name>mailflow::Profile</name>
    <message>
        <source>must be one of auto, off, optional, starttls, implicit.</source>
        <translation>debe ser uno de estos: auto, off, optional, starttls, implicit.</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate.</source>
        <translation>un certificado de cliente necesita su clave, y una clave su certificado.</translation>
    </message>
    <message>
        <source>must be one of none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</source>
        <translation>debe ser uno de estos: none, auto, plain, login, cram-md5, scram-sha-1, scram-sha-256, xoauth2, oauthbearer.</translation>
    </message>
    <message>
        <source>must be none, starttls or tls.</source>
        <translation>debe ser none, starttls o tls.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB, far more than a profile holds; it was not read.</source>
        <translation>%1: el archivo ocupa más de %2 MB, mucho más de lo que contiene un perfil; no se ha leído.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3 (offset %4): %5. The file may be truncated or damaged; it was left as it is.</source>
        <translation>%1: JSON no válido en la línea %2, columna %3 (posición %4): %5. Es posible que el archivo esté truncado o dañado; se ha dejado tal cual.</translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object at the top level.</source>
        <translation>%1: un perfil debe ser un objeto JSON en el nivel superior.</translation>
    </message>
    <message>
        <source>is "%1", expected "mailflow-profile": this is not a Mailflow profile.</source>
        <translation>es «%1», se esperaba «mailflow-profile»: esto no es un perfil de Mailflow.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>falta.</translation>
    </message>
    <message>
        <source>is %1: the profile was written by a newer Mailflow; this version reads profile version %2. Update Mailflow to open it.</source>
        <translation>es %1: el perfil lo escribió una versión más reciente de Mailflow; esta versión lee la versión de perfil %2. Actualice Mailflow para abrirlo.</translation>
    </message>
    <message>
        <source>must be one name without spaces.</source>
        <translation>debe ser un solo nombre sin espacios.</translation>
    </message>
    <message>
        <source>must be an object with an "address".</source>
        <translation>debe ser un objeto con un "address".</translation>
    </message>
    <message>
        <source>must be "auto" or "force".</source>
        <translation>debe ser "auto" o "force".</translation>
    </message>
    <message>
        <source>must be "full" or "hdrs".</source>
        <translation>debe ser "full" o "hdrs".</translation>
    </message>
    <message>
        <source>%1: key "target": give a host or an MX domain to test.</source>
        <translation>%1: clave "target": indique un host o un dominio MX que probar.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 does not exist.</source>
        <translation>%1: clave "message.bodyFile": el archivo de cuerpo %2 no existe.</translation>
    </message>
    <message>
        <source>%1: key "message.bodyFile": the body file %2 cannot be read.</source>
        <translation>%1: clave "message.bodyFile": no se puede leer el archivo de cuerpo %2.</translation>
    </message>
    <message>
        <source>%1: key "recipients": at least one recipient is needed to go past MAIL FROM.</source>
        <translation>%1: clave "recipients": se necesita al menos un destinatario para pasar de MAIL FROM.</translation>
    </message>
    <message>
        <source>%1: key "%2": %3</source>
        <translation>%1: clave "%2": %3</translation>
    </message>
    <message>
        <source>%1: key "%2" ignored: profiles never keep a password.</source>
        <translation>%1: se ignora la clave "%2": los perfiles nunca guardan una contraseña.</translation>
    </message>
    <message>
        <source>%1: unknown key "%2" ignored.</source>
        <translation>%1: se ignora la clave desconocida "%2".</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>debe ser una cadena.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>must be one of any, ipv4, ipv6.</source>
        <translation>debe ser uno de estos: any, ipv4, ipv6.</translation>
    </message>
    <message>
        <source>must be an IP address.</source>
        <translation>debe ser una dirección IP.</translation>
    </message>
    <message>
        <source>must be auto, force or off.</source>
        <translation>debe ser auto, force u off.</translation>
    </message>
    <message>
        <source>must be "all", "none", "only:LIST" or "off:LIST".</source>
        <translation>debe ser "all", "none", "only:LISTA" u "off:LISTA".</translation>
    </message>
    <message>
        <source>must be a file name.</source>
        <translation>debe ser un nombre de archivo.</translation>
    </message>
    <message>
        <source>a complete message (raw) cannot have attachments.</source>
        <translation>un mensaje completo (raw) no puede tener adjuntos.</translation>
    </message>
    <message>
        <source>must be v1 or v2.</source>
        <translation>debe ser v1 o v2.</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>must be one of required, optional, optional-strict.</source>
        <translation>debe ser uno de estos: required, optional, optional-strict.</translation>
    </message>
    <message>
        <source>must be required, optional or optional-strict.</source>
        <translation>debe ser required, optional u optional-strict.</translation>
    </message>
    <message>
        <source>must be one of connect, ehlo, auth, xclient, mail, rcpt, data, quit.</source>
        <translation>debe ser uno de estos: connect, ehlo, auth, xclient, mail, rcpt, data, quit.</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileManager</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rerun</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Fill the wizard with this profile's values, to step through it</source>
        <translation>Rellenar el asistente con los valores de este perfil, para recorrerlo paso a paso</translation>
    </message>
    <message>
        <source>Run this profile to its stop point in one go and show what changed</source>
        <translation>Ejecutar este perfil de una vez hasta su punto de parada y mostrar qué ha cambiado</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (dañado)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete the profile "%1"?</source>
        <translation>¿Desea eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Mailflow profiles (*.json)</source>
        <translation>Perfiles de Mailflow (*.json)</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileRunner</name>
    <message>
        <source>No profiles (*.json) in the folder %1.</source>
        <translation>No hay perfiles (*.json) en la carpeta %1.</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>The MX lookup of %1 found no server to test.</source>
        <translation>La consulta MX de %1 no encontró ningún servidor que probar.</translation>
    </message>
    <message>
        <source>no previous run</source>
        <translation>sin ejecución anterior</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>Worst exit code: %1</source>
        <translation>Peor código de salida: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileStore</name>
    <message>
        <source>Cannot create the profiles folder %1.</source>
        <translation>No se puede crear la carpeta de perfiles %1.</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>No se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>No profile named "%1" in %2, and no such file.</source>
        <translation>No hay ningún perfil llamado «%1» en %2, ni existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Give the profile a name before saving it.</source>
        <translation>Asigne un nombre al perfil antes de guardarlo.</translation>
    </message>
    <message>
        <source>The profile "%1" already uses the file %2; choose another name.</source>
        <translation>El perfil «%1» ya usa el archivo %2; elija otro nombre.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>El nombre nuevo está vacío.</translation>
    </message>
    <message>
        <source>No profile named "%1".</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Cannot rename: %1</source>
        <translation>No se puede cambiar el nombre: %1</translation>
    </message>
    <message>
        <source>Saved as "%1" but could not remove the old file %2.</source>
        <translation>Se guardó como «%1», pero no se pudo eliminar el archivo antiguo %2.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the profile "%1": %2</source>
        <translation>No se puede leer el perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ProxyHeader</name>
    <message>
        <source>The PROXY header needs a source and a destination address of one family (IPv4 or IPv6), not %1 and %2.</source>
        <translation>El encabezado PROXY necesita una dirección de origen y una de destino de la misma familia (IPv4 o IPv6), no %1 y %2.</translation>
    </message>
    <message>
        <source>PROXY v2 (binary, %1 bytes): PROXY %2 %3 -&gt; %4</source>
        <translation>PROXY v2 (binario, %1 bytes): PROXY %2 %3 -&gt; %4</translation>
    </message>
</context>
<context>
    <name>mailflow::RecipientRow</name>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Send RCPT</source>
        <translation>Enviar RCPT</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Dirección del destinatario</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this recipient</source>
        <translation>Quitar este destinatario</translation>
    </message>
    <message>
        <source>NOTIFY=SUCCESS: ask for a receipt when the mail is delivered</source>
        <translation>NOTIFY=SUCCESS: solicitar un acuse cuando se entregue el correo</translation>
    </message>
    <message>
        <source>NOTIFY=FAILURE: ask for a report when delivery fails</source>
        <translation>NOTIFY=FAILURE: solicitar un informe cuando falle la entrega</translation>
    </message>
    <message>
        <source>NOTIFY=DELAY: ask for a report when delivery is delayed</source>
        <translation>NOTIFY=DELAY: solicitar un informe cuando se retrase la entrega</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER: ask for no report at all</source>
        <translation>NOTIFY=NEVER: no solicitar ningún informe</translation>
    </message>
    <message>
        <source>Notify:</source>
        <translation>Notificar:</translation>
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
        <translation>Estado distinto o no definido</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Mailbox problem</source>
        <translation>Problema con el buzón</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problema del sistema de correo</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problema de red o de enrutamiento</translation>
    </message>
    <message>
        <source>Mail protocol problem</source>
        <translation>Problema del protocolo de correo</translation>
    </message>
    <message>
        <source>Message content or format problem</source>
        <translation>Problema de contenido o de formato del mensaje</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Problema de seguridad o de política</translation>
    </message>
    <message>
        <source>No further detail given</source>
        <translation>No se dan más detalles</translation>
    </message>
    <message>
        <source>Address problem (no further detail)</source>
        <translation>Problema con la dirección (sin más detalles)</translation>
    </message>
    <message>
        <source>Mailbox does not exist (bad destination mailbox address)</source>
        <translation>El buzón no existe (dirección de buzón de destino incorrecta)</translation>
    </message>
    <message>
        <source>The domain of the address does not exist or takes no mail (bad destination system)</source>
        <translation>El dominio de la dirección no existe o no acepta correo (sistema de destino incorrecto)</translation>
    </message>
    <message>
        <source>Recipient address is not written correctly (bad syntax)</source>
        <translation>La dirección del destinatario no está bien escrita (sintaxis incorrecta)</translation>
    </message>
    <message>
        <source>Recipient address is ambiguous: it matches several mailboxes</source>
        <translation>La dirección del destinatario es ambigua: coincide con varios buzones</translation>
    </message>
    <message>
        <source>Recipient address is valid</source>
        <translation>La dirección del destinatario es válida</translation>
    </message>
    <message>
        <source>Mailbox has moved and there is no forwarding address</source>
        <translation>El buzón se ha trasladado y no hay dirección de reenvío</translation>
    </message>
    <message>
        <source>Sender address is not written correctly (bad syntax)</source>
        <translation>La dirección del remitente no está bien escrita (sintaxis incorrecta)</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist or cannot be reached</source>
        <translation>El dominio de la dirección del remitente no existe o no es accesible</translation>
    </message>
    <message>
        <source>Message passed on to a mail system that cannot send delivery reports</source>
        <translation>El mensaje se pasó a un sistema de correo que no puede enviar informes de entrega</translation>
    </message>
    <message>
        <source>The recipient's domain accepts no mail at all (null MX)</source>
        <translation>El dominio del destinatario no acepta ningún correo (MX nulo)</translation>
    </message>
    <message>
        <source>Mailbox problem (no further detail)</source>
        <translation>Problema con el buzón (sin más detalles)</translation>
    </message>
    <message>
        <source>Mailbox is disabled and does not accept messages</source>
        <translation>El buzón está deshabilitado y no acepta mensajes</translation>
    </message>
    <message>
        <source>Mailbox is full</source>
        <translation>El buzón está lleno</translation>
    </message>
    <message>
        <source>Message is larger than the recipient's limit</source>
        <translation>El mensaje supera el límite del destinatario</translation>
    </message>
    <message>
        <source>Problem expanding a mailing list</source>
        <translation>Problema al expandir una lista de distribución</translation>
    </message>
    <message>
        <source>Mail system problem (no further detail)</source>
        <translation>Problema del sistema de correo (sin más detalles)</translation>
    </message>
    <message>
        <source>Mail system is out of storage space</source>
        <translation>El sistema de correo se ha quedado sin espacio de almacenamiento</translation>
    </message>
    <message>
        <source>Mail system is not accepting messages now (e.g. shutting down)</source>
        <translation>El sistema de correo no acepta mensajes en este momento (p. ej., se está apagando)</translation>
    </message>
    <message>
        <source>Mail system cannot provide a feature the message needs</source>
        <translation>El sistema de correo no puede ofrecer una función que el mensaje necesita</translation>
    </message>
    <message>
        <source>Message is larger than the mail system accepts</source>
        <translation>El mensaje supera el tamaño que acepta el sistema de correo</translation>
    </message>
    <message>
        <source>Mail system is configured incorrectly</source>
        <translation>El sistema de correo está mal configurado</translation>
    </message>
    <message>
        <source>The message's requested priority was changed</source>
        <translation>Se cambió la prioridad solicitada para el mensaje</translation>
    </message>
    <message>
        <source>Network or routing problem (no further detail)</source>
        <translation>Problema de red o de enrutamiento (sin más detalles)</translation>
    </message>
    <message>
        <source>The next mail server did not answer</source>
        <translation>El siguiente servidor de correo no respondió</translation>
    </message>
    <message>
        <source>The connection to the next mail server broke</source>
        <translation>Se interrumpió la conexión con el siguiente servidor de correo</translation>
    </message>
    <message>
        <source>A directory server (such as DNS) failed</source>
        <translation>Falló un servidor de directorio (como el DNS)</translation>
    </message>
    <message>
        <source>No route to the destination (e.g. no usable MX records)</source>
        <translation>No hay ruta al destino (p. ej., no hay registros MX utilizables)</translation>
    </message>
    <message>
        <source>Mail system is congested</source>
        <translation>El sistema de correo está congestionado</translation>
    </message>
    <message>
        <source>A routing loop was detected</source>
        <translation>Se detectó un bucle de enrutamiento</translation>
    </message>
    <message>
        <source>Delivery time expired: the message waited too long in a queue</source>
        <translation>Se agotó el tiempo de entrega: el mensaje esperó demasiado en una cola</translation>
    </message>
    <message>
        <source>Mail protocol problem (no further detail)</source>
        <translation>Problema del protocolo de correo (sin más detalles)</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Comando no válido</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Error de sintaxis</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Argumentos del comando no válidos</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Versión de protocolo incorrecta</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>La línea del intercambio de autenticación es demasiado larga</translation>
    </message>
    <message>
        <source>Message content or format problem (no further detail)</source>
        <translation>Problema de contenido o de formato del mensaje (sin más detalles)</translation>
    </message>
    <message>
        <source>Message content type is not supported</source>
        <translation>El tipo de contenido del mensaje no es compatible</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not allowed</source>
        <translation>Es necesario convertir el mensaje, pero no está permitido</translation>
    </message>
    <message>
        <source>Conversion of the message is needed but not supported</source>
        <translation>Es necesario convertir el mensaje, pero no se admite</translation>
    </message>
    <message>
        <source>The message was converted with some loss</source>
        <translation>El mensaje se convirtió con cierta pérdida</translation>
    </message>
    <message>
        <source>Conversion of the message failed</source>
        <translation>Falló la conversión del mensaje</translation>
    </message>
    <message>
        <source>Message content is not available</source>
        <translation>El contenido del mensaje no está disponible</translation>
    </message>
    <message>
        <source>Non-ASCII addresses are not allowed for this sender or recipient</source>
        <translation>No se permiten direcciones no ASCII para este remitente o destinatario</translation>
    </message>
    <message>
        <source>A UTF-8 reply is needed but the client does not allow it</source>
        <translation>Se necesita una respuesta UTF-8, pero el cliente no la permite</translation>
    </message>
    <message>
        <source>A message with UTF-8 headers cannot be passed on to a recipient</source>
        <translation>Un mensaje con encabezados UTF-8 no se puede pasar a un destinatario</translation>
    </message>
    <message>
        <source>Security or policy problem (no further detail)</source>
        <translation>Problema de seguridad o de política (sin más detalles)</translation>
    </message>
    <message>
        <source>Delivery not authorized: refused by policy</source>
        <translation>Entrega no autorizada: rechazada por política</translation>
    </message>
    <message>
        <source>Expanding this mailing list is not allowed</source>
        <translation>No se permite expandir esta lista de distribución</translation>
    </message>
    <message>
        <source>A security conversion is needed but not possible</source>
        <translation>Se necesita una conversión de seguridad, pero no es posible</translation>
    </message>
    <message>
        <source>Security features are not supported</source>
        <translation>No se admiten las funciones de seguridad</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Error criptográfico</translation>
    </message>
    <message>
        <source>Cryptographic algorithm is not supported</source>
        <translation>El algoritmo criptográfico no es compatible</translation>
    </message>
    <message>
        <source>Message integrity check failed</source>
        <translation>Falló la comprobación de integridad del mensaje</translation>
    </message>
    <message>
        <source>Authentication credentials invalid: wrong user name or password</source>
        <translation>Credenciales de autenticación no válidas: nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>El mecanismo de autenticación es demasiado débil</translation>
    </message>
    <message>
        <source>Encryption is needed for this</source>
        <translation>Para esto se necesita cifrado</translation>
    </message>
    <message>
        <source>Encryption is required for this authentication mechanism</source>
        <translation>Este mecanismo de autenticación requiere cifrado</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Se necesita una transición de contraseña</translation>
    </message>
    <message>
        <source>User account is disabled</source>
        <translation>La cuenta de usuario está deshabilitada</translation>
    </message>
    <message>
        <source>A trust relationship is required</source>
        <translation>Se requiere una relación de confianza</translation>
    </message>
    <message>
        <source>The message's priority is too low</source>
        <translation>La prioridad del mensaje es demasiado baja</translation>
    </message>
    <message>
        <source>The message is too big for its priority</source>
        <translation>El mensaje es demasiado grande para su prioridad</translation>
    </message>
    <message>
        <source>The mailbox has a new owner since the date the sender gave</source>
        <translation>El buzón tiene un nuevo titular desde la fecha indicada por el remitente</translation>
    </message>
    <message>
        <source>The domain has a new owner since the date the sender gave</source>
        <translation>El dominio tiene un nuevo titular desde la fecha indicada por el remitente</translation>
    </message>
    <message>
        <source>The mailbox owner check (RRVS) cannot be completed</source>
        <translation>No se puede completar la comprobación del titular del buzón (RRVS)</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>No se encontró ninguna firma DKIM que se supere</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>No se encontró ninguna firma DKIM aceptable</translation>
    </message>
    <message>
        <source>No valid DKIM signature of the author's domain found</source>
        <translation>No se encontró ninguna firma DKIM válida del dominio del autor</translation>
    </message>
    <message>
        <source>SPF validation failed: the sending IP address is not allowed for the sender's domain</source>
        <translation>Falló la validación SPF: la dirección IP de envío no está autorizada para el dominio del remitente</translation>
    </message>
    <message>
        <source>SPF validation error: the sender domain's SPF record could not be evaluated</source>
        <translation>Error de validación SPF: no se pudo evaluar el registro SPF del dominio del remitente</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed: the sending IP address has no matching host name</source>
        <translation>Falló la validación del DNS inverso: la dirección IP de envío no tiene un nombre de host coincidente</translation>
    </message>
    <message>
        <source>Several authentication checks (SPF, DKIM, reverse DNS) failed</source>
        <translation>Fallaron varias comprobaciones de autenticación (SPF, DKIM, DNS inverso)</translation>
    </message>
    <message>
        <source>The sender's domain accepts no mail (null MX), so it may not send either</source>
        <translation>El dominio del remitente no acepta correo (MX nulo), por lo que tampoco puede enviarlo</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Falló la validación ARC</translation>
    </message>
    <message>
        <source>The recipient requires TLS all the way (REQUIRETLS) but a hop lacks it</source>
        <translation>El destinatario exige TLS en todo el recorrido (REQUIRETLS), pero un salto no lo tiene</translation>
    </message>
    <message>
        <source>The server answered with a reply the test did not expect at this step.</source>
        <translation>El servidor respondió con una respuesta que la prueba no esperaba en este paso.</translation>
    </message>
    <message>
        <source>Read the server's reply in the transcript; its code and text say what it wanted.</source>
        <translation>Lea la respuesta del servidor en la transcripción; su código y su texto indican lo que quería.</translation>
    </message>
    <message>
        <source>The domain does not exist in DNS, or it has no mail (MX) or address records.</source>
        <translation>El dominio no existe en DNS o no tiene registros de correo (MX) ni de dirección.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain. If it is right, ask the domain's owner whether its MX records are published, and check that your DNS server answers for other names you know exist.</source>
        <translation>Compruebe cómo está escrito el dominio. Si es correcto, pregunte al titular del dominio si sus registros MX están publicados y compruebe que su servidor DNS responde para otros nombres que sepa que existen.</translation>
    </message>
    <message>
        <source>The host name does not resolve: DNS has no address for it.</source>
        <translation>El nombre de host no se resuelve: el DNS no tiene ninguna dirección para él.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name, and check that your DNS server works by looking up another name you know exists.</source>
        <translation>Compruebe cómo está escrito el nombre de host y que su servidor DNS funciona consultando otro nombre que sepa que existe.</translation>
    </message>
    <message>
        <source>The DNS server did not answer in time.</source>
        <translation>El servidor DNS no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Check the DNS server address in the test, and that this computer may reach it on port 53 (UDP and TCP). Try again: DNS servers sometimes drop single queries.</source>
        <translation>Compruebe la dirección del servidor DNS de la prueba y que este equipo puede llegar a él por el puerto 53 (UDP y TCP). Vuelva a intentarlo: los servidores DNS a veces descartan consultas sueltas.</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached from this computer.</source>
        <translation>No se puede llegar al servidor DNS desde este equipo.</translation>
    </message>
    <message>
        <source>Check this computer's network connection and the DNS server address in the test.</source>
        <translation>Compruebe la conexión de red de este equipo y la dirección del servidor DNS de la prueba.</translation>
    </message>
    <message>
        <source>The host answered, but nothing accepts connections on that port: the connection was refused.</source>
        <translation>El host respondió, pero nada acepta conexiones en ese puerto: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check the port (25 between mail servers, 587 for sending with a login, 465 for implicit TLS), that the mail service is running, and that no firewall rejects the connection (a firewall that sends a reset looks the same).</source>
        <translation>Compruebe el puerto (25 entre servidores de correo, 587 para enviar con inicio de sesión, 465 para TLS implícito), que el servicio de correo está en funcionamiento y que ningún cortafuegos rechaza la conexión (un cortafuegos que envía un reset tiene el mismo aspecto).</translation>
    </message>
    <message>
        <source>There is no network route from this computer to the host.</source>
        <translation>No hay ninguna ruta de red desde este equipo hasta el host.</translation>
    </message>
    <message>
        <source>Check this computer's network connection, VPN and proxy. If only an IPv6 address fails, the host has an IPv6 address your network cannot reach: test its IPv4 address.</source>
        <translation>Compruebe la conexión de red, la VPN y el proxy de este equipo. Si solo falla una dirección IPv6, el host tiene una dirección IPv6 que su red no alcanza: pruebe su dirección IPv4.</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: something on the way drops the packets silently.</source>
        <translation>El intento de conexión no obtuvo ninguna respuesta: algo en el camino descarta los paquetes en silencio.</translation>
    </message>
    <message>
        <source>Very often your internet provider or company firewall blocks outgoing port 25 (common on home and office networks): test from another network, or send through your provider's mail server on port 587. Otherwise a firewall in front of the server drops the connection, or the host is down.</source>
        <translation>Muy a menudo su proveedor de internet o el cortafuegos de la empresa bloquea el puerto 25 saliente (algo habitual en redes domésticas y de oficina): pruebe desde otra red o envíe a través del servidor de correo de su proveedor por el puerto 587. Si no, un cortafuegos delante del servidor descarta la conexión o el host está caído.</translation>
    </message>
    <message>
        <source>The connection is open but the server sends no greeting (220). Some servers wait on purpose before greeting (tarpitting) to catch spam software that talks too early; others are overloaded.</source>
        <translation>La conexión está abierta, pero el servidor no envía ningún saludo (220). Algunos servidores esperan a propósito antes de saludar (tarpitting) para detectar software de spam que habla demasiado pronto; otros están sobrecargados.</translation>
    </message>
    <message>
        <source>Raise the greeting timeout (RFC 5321 allows 5 minutes) and run the test again. If the greeting never comes, a firewall or proxy that inspects SMTP may be holding it back, or the server is overloaded: ask its administrator.</source>
        <translation>Aumente el tiempo de espera del saludo (RFC 5321 permite 5 minutos) y vuelva a ejecutar la prueba. Si el saludo no llega nunca, puede que lo esté reteniendo un cortafuegos o proxy que inspecciona SMTP, o que el servidor esté sobrecargado: consulte a su administrador.</translation>
    </message>
    <message>
        <source>The server closed the connection without greeting you: it refuses your address (a blocklist, too many connections) or the mail service is broken.</source>
        <translation>El servidor cerró la conexión sin saludar: rechaza su dirección (una lista de bloqueo, demasiadas conexiones) o el servicio de correo está averiado.</translation>
    </message>
    <message>
        <source>Try again in a few minutes and from another network, check your public IP address on blocklists, and ask the server's administrator.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos y desde otra red, compruebe si su dirección IP pública figura en listas de bloqueo y consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server stopped answering in the middle of the conversation: it may be slowing down on purpose (tarpitting after a suspicious command), be overloaded, or a firewall broke the connection.</source>
        <translation>El servidor dejó de responder a mitad de la conversación: puede que esté ralentizándose a propósito (tarpitting tras un comando sospechoso), que esté sobrecargado o que un cortafuegos haya cortado la conexión.</translation>
    </message>
    <message>
        <source>Raise the timeout (RFC 5321 allows servers 5 minutes per command) and run the test again. If it always stops at the same step, look at the transcript around that step.</source>
        <translation>Aumente el tiempo de espera (RFC 5321 concede a los servidores 5 minutos por comando) y vuelva a ejecutar la prueba. Si siempre se detiene en el mismo paso, examine la transcripción en torno a ese paso.</translation>
    </message>
    <message>
        <source>The whole message was sent but the server has not confirmed it: scanning the content (antivirus, anti-spam) or handing it on is taking long.</source>
        <translation>Se envió el mensaje completo, pero el servidor no lo ha confirmado: el análisis del contenido (antivirus, antispam) o su reenvío está tardando.</translation>
    </message>
    <message>
        <source>Raise the end-of-data timeout (RFC 5321 allows 10 minutes) and run the test again. Do not resend at once: the server may have accepted the message anyway, and a resend would make a duplicate.</source>
        <translation>Aumente el tiempo de espera de fin de datos (RFC 5321 permite 10 minutos) y vuelva a ejecutar la prueba. No lo reenvíe de inmediato: puede que el servidor haya aceptado el mensaje de todos modos y un reenvío crearía un duplicado.</translation>
    </message>
    <message>
        <source>The TLS handshake got no answer.</source>
        <translation>La negociación TLS no obtuvo respuesta.</translation>
    </message>
    <message>
        <source>Check whether the port expects STARTTLS or implicit TLS: on port 465 turn implicit TLS on, on 25 and 587 use STARTTLS. A firewall that inspects SMTP may also break STARTTLS.</source>
        <translation>Compruebe si el puerto espera STARTTLS o TLS implícito: en el puerto 465 active TLS implícito; en el 25 y el 587 use STARTTLS. Un cortafuegos que inspecciona SMTP también puede estropear STARTTLS.</translation>
    </message>
    <message>
        <source>The server did not answer QUIT. This is harmless: everything before it was already done.</source>
        <translation>El servidor no respondió a QUIT. Esto es inofensivo: todo lo anterior ya se había completado.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Raise the timeout and run the test again; if it persists, ask the server's administrator.</source>
        <translation>Aumente el tiempo de espera y vuelva a ejecutar la prueba; si persiste, consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection while receiving the message: the message may exceed a size limit, a content filter may have cut it off, or the server crashed.</source>
        <translation>El servidor cerró la conexión mientras recibía el mensaje: puede que el mensaje supere un límite de tamaño, que un filtro de contenido lo haya cortado o que el servidor se haya bloqueado.</translation>
    </message>
    <message>
        <source>Try a small plain-text message. Compare the size with the SIZE limit in the EHLO reply. If small messages pass and large ones fail, it is a size limit or a filter on the way (some firewalls that inspect SMTP break large transfers).</source>
        <translation>Pruebe con un mensaje pequeño de texto sin formato. Compare el tamaño con el límite SIZE de la respuesta a EHLO. Si los mensajes pequeños pasan y los grandes fallan, se trata de un límite de tamaño o de un filtro en el camino (algunos cortafuegos que inspeccionan SMTP estropean las transferencias grandes).</translation>
    </message>
    <message>
        <source>The connection broke during the TLS handshake: the two sides share no TLS version or cipher, or the server has no usable certificate.</source>
        <translation>La conexión se interrumpió durante la negociación TLS: las dos partes no comparten ninguna versión de TLS ni ningún cifrado, o el servidor no tiene un certificado utilizable.</translation>
    </message>
    <message>
        <source>Look at the TLS details in the transcript, test with another TLS version if the test allows it, and tell the server's administrator.</source>
        <translation>Examine los detalles de TLS en la transcripción, pruebe con otra versión de TLS si la prueba lo permite e informe al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT. This is harmless: the test is over.</source>
        <translation>El servidor cerró la conexión sin responder a QUIT. Esto es inofensivo: la prueba ha terminado.</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly.</source>
        <translation>El servidor cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>Look at the last reply in the transcript: servers often close after a 421 or after too many errors. Run the test again; if it always happens at the same step, ask the server's administrator.</source>
        <translation>Examine la última respuesta de la transcripción: los servidores suelen cerrar tras un 421 o tras demasiados errores. Vuelva a ejecutar la prueba; si siempre ocurre en el mismo paso, consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The other side does not answer like an SMTP server: its bytes are not SMTP replies.</source>
        <translation>El otro extremo no responde como un servidor SMTP: sus bytes no son respuestas SMTP.</translation>
    </message>
    <message>
        <source>Check the port: a web server, POP3 or IMAP server answers differently. On a port with implicit TLS (usually 465) turn implicit TLS on; without it the test sees only encrypted bytes.</source>
        <translation>Compruebe el puerto: un servidor web, POP3 o IMAP responde de otra forma. En un puerto con TLS implícito (normalmente el 465), active TLS implícito; sin él, la prueba solo ve bytes cifrados.</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection could not be set up: the certificate is not trusted, does not match the host name, or has expired, or the two sides share no TLS version or cipher.</source>
        <translation>No se pudo establecer la conexión cifrada (TLS): el certificado no es de confianza, no coincide con el nombre de host o ha caducado, o las dos partes no comparten ninguna versión de TLS ni ningún cifrado.</translation>
    </message>
    <message>
        <source>Look at the certificate details: the names it lists compared with the host you connected to, its expiry date and its issuer. A name mismatch often means you connected by IP address or by a name the certificate does not list.</source>
        <translation>Examine los detalles del certificado: los nombres que incluye comparados con el host al que se conectó, su fecha de caducidad y su emisor. Una discrepancia de nombre suele significar que se conectó por dirección IP o por un nombre que el certificado no incluye.</translation>
    </message>
    <message>
        <source>You stopped the test.</source>
        <translation>Ha detenido la prueba.</translation>
    </message>
    <message>
        <source>Nothing to do: run it again when ready.</source>
        <translation>No hay nada que hacer: vuelva a ejecutarla cuando esté listo.</translation>
    </message>
    <message>
        <source>A problem on this computer stopped the test (for example a file could not be read).</source>
        <translation>Un problema en este equipo detuvo la prueba (por ejemplo, no se pudo leer un archivo).</translation>
    </message>
    <message>
        <source>Read the error message shown with it, and check the file names and settings in the test.</source>
        <translation>Lea el mensaje de error que se muestra junto a él y compruebe los nombres de archivo y los ajustes de la prueba.</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>Respuesta de estado del sistema o de ayuda.</translation>
    </message>
    <message>
        <source>Help message meant for people.</source>
        <translation>Mensaje de ayuda destinado a personas.</translation>
    </message>
    <message>
        <source>Service ready: the server greets you.</source>
        <translation>Servicio preparado: el servidor le saluda.</translation>
    </message>
    <message>
        <source>Service closing the connection: goodbye.</source>
        <translation>El servicio cierra la conexión: adiós.</translation>
    </message>
    <message>
        <source>Authentication succeeded.</source>
        <translation>Autenticación correcta.</translation>
    </message>
    <message>
        <source>Requested action done.</source>
        <translation>Acción solicitada completada.</translation>
    </message>
    <message>
        <source>User not local: the server will forward the message.</source>
        <translation>Usuario no local: el servidor reenviará el mensaje.</translation>
    </message>
    <message>
        <source>Cannot verify the user, but will accept the message and try to deliver it.</source>
        <translation>No se puede verificar el usuario, pero se aceptará el mensaje y se intentará entregarlo.</translation>
    </message>
    <message>
        <source>The server waits for the next part of the login.</source>
        <translation>El servidor espera la siguiente parte del inicio de sesión.</translation>
    </message>
    <message>
        <source>Start the message; end it with a line holding only a dot.</source>
        <translation>Comience el mensaje; termínelo con una línea que contenga solo un punto.</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection.</source>
        <translation>Servicio no disponible: el servidor está cerrando la conexión.</translation>
    </message>
    <message>
        <source>A password transition is needed.</source>
        <translation>Se necesita una transición de contraseña.</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy or temporarily blocked).</source>
        <translation>Buzón no disponible por ahora (ocupado o bloqueado temporalmente).</translation>
    </message>
    <message>
        <source>Action aborted: a temporary problem on the server.</source>
        <translation>Acción cancelada: un problema temporal en el servidor.</translation>
    </message>
    <message>
        <source>Insufficient storage on the server, or too many recipients.</source>
        <translation>Almacenamiento insuficiente en el servidor o demasiados destinatarios.</translation>
    </message>
    <message>
        <source>TLS or authentication is temporarily not available.</source>
        <translation>TLS o la autenticación no están disponibles temporalmente.</translation>
    </message>
    <message>
        <source>The server cannot handle the command's parameters now.</source>
        <translation>El servidor no puede gestionar ahora los parámetros del comando.</translation>
    </message>
    <message>
        <source>Command not recognized: syntax error.</source>
        <translation>Comando no reconocido: error de sintaxis.</translation>
    </message>
    <message>
        <source>Syntax error in the command's parameters or arguments.</source>
        <translation>Error de sintaxis en los parámetros o argumentos del comando.</translation>
    </message>
    <message>
        <source>Command not implemented.</source>
        <translation>Comando no implementado.</translation>
    </message>
    <message>
        <source>Bad sequence of commands.</source>
        <translation>Secuencia de comandos incorrecta.</translation>
    </message>
    <message>
        <source>Command parameter not implemented.</source>
        <translation>Parámetro del comando no implementado.</translation>
    </message>
    <message>
        <source>This host does not accept mail.</source>
        <translation>Este host no acepta correo.</translation>
    </message>
    <message>
        <source>Authentication required, or STARTTLS first.</source>
        <translation>Se requiere autenticación, o primero STARTTLS.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak.</source>
        <translation>El mecanismo de autenticación es demasiado débil.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid.</source>
        <translation>Credenciales de autenticación no válidas.</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism.</source>
        <translation>Se requiere cifrado para el mecanismo de autenticación solicitado.</translation>
    </message>
    <message>
        <source>Mailbox unavailable: not found, no access, or refused by policy.</source>
        <translation>Buzón no disponible: no encontrado, sin acceso o rechazado por política.</translation>
    </message>
    <message>
        <source>User not local: the server names another address to try.</source>
        <translation>Usuario no local: el servidor indica otra dirección que probar.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: message too large or mailbox full.</source>
        <translation>Límite de almacenamiento superado: mensaje demasiado grande o buzón lleno.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed: the address is malformed or not permitted.</source>
        <translation>Nombre de buzón no permitido: la dirección está mal formada o no está permitida.</translation>
    </message>
    <message>
        <source>Transaction failed (in the greeting: no SMTP service for you here).</source>
        <translation>La transacción falló (en el saludo: aquí no hay servicio SMTP para usted).</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognized or not implemented.</source>
        <translation>Parámetros de MAIL FROM o RCPT TO no reconocidos o no implementados.</translation>
    </message>
    <message>
        <source>The domain does not accept mail.</source>
        <translation>El dominio no acepta correo.</translation>
    </message>
    <message>
        <source>Success: the server accepted the command.</source>
        <translation>Correcto: el servidor aceptó el comando.</translation>
    </message>
    <message>
        <source>The server waits for more input.</source>
        <translation>El servidor espera más datos.</translation>
    </message>
    <message>
        <source>Temporary failure: not accepted this time, try again later.</source>
        <translation>Error temporal: no se ha aceptado esta vez; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Permanent failure: the command was refused.</source>
        <translation>Error permanente: se rechazó el comando.</translation>
    </message>
    <message>
        <source>A temporary refusal, not an error by itself. Very often this is greylisting: the server turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later. It can also mean a busy mailbox or a lookup that failed on the server.</source>
        <translation>Un rechazo temporal, que por sí solo no es un error. Muy a menudo se trata de greylisting: el servidor rechaza el primer intento de un remitente que no conoce y acepta el mismo mensaje cuando se reintenta unos minutos después. También puede indicar un buzón ocupado o una consulta que falló en el servidor.</translation>
    </message>
    <message>
        <source>A real mail server retries on its own, so this is not a fault by itself. Run the test again in 5 to 15 minutes; it should then pass. If the same reply comes back for hours, read the server's text and contact its administrator.</source>
        <translation>Un servidor de correo real reintenta por su cuenta, así que esto no es un fallo en sí mismo. Vuelva a ejecutar la prueba dentro de 5 a 15 minutos; entonces debería superarse. Si la misma respuesta se repite durante horas, lea el texto del servidor y póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not accept mail for that recipient's domain from you. A server takes mail only for its own domains, or from users who have logged in.</source>
        <translation>Relay denegado: este servidor no le acepta correo para el dominio de ese destinatario. Un servidor solo acepta correo para sus propios dominios o de usuarios que han iniciado sesión.</translation>
    </message>
    <message>
        <source>To test delivery to that domain, test against the recipient domain's own MX host instead of this server. To send to other domains through this server, authenticate first (log in with AUTH, usually on port 587).</source>
        <translation>Para probar la entrega a ese dominio, haga la prueba contra el host MX del propio dominio del destinatario en lugar de este servidor. Para enviar a otros dominios a través de este servidor, autentíquese primero (inicie sesión con AUTH, normalmente en el puerto 587).</translation>
    </message>
    <message>
        <source>The mailbox does not exist: the server does not know this recipient address.</source>
        <translation>El buzón no existe: el servidor no conoce esta dirección de destinatario.</translation>
    </message>
    <message>
        <source>Check the spelling of the address, including the part after the @, and ask the recipient for the correct one. An old address may have been deleted.</source>
        <translation>Compruebe cómo está escrita la dirección, incluida la parte posterior a la @, y pida al destinatario la dirección correcta. Es posible que una dirección antigua se haya eliminado.</translation>
    </message>
    <message>
        <source>The server refuses you because your IP address (or your sender domain) is on a blocklist of spam sources.</source>
        <translation>El servidor le rechaza porque su dirección IP (o su dominio remitente) figura en una lista de bloqueo de fuentes de spam.</translation>
    </message>
    <message>
        <source>The server's text usually names the blocklist and gives a URL: look up your public IP address there and follow its removal procedure. Until then, send through your provider's relay.</source>
        <translation>El texto del servidor suele indicar la lista de bloqueo y una URL: busque allí su dirección IP pública y siga su procedimiento de exclusión. Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>SPF check failed: the sender domain's SPF record does not list the IP address you are sending from.</source>
        <translation>Falló la comprobación SPF: el registro SPF del dominio remitente no incluye la dirección IP desde la que envía.</translation>
    </message>
    <message>
        <source>Send through a server the sender domain's SPF record allows, or ask the domain's owner to add your sending IP address to its SPF record. For a quick test, use a sender address of a domain that authorises this IP address.</source>
        <translation>Envíe a través de un servidor que el registro SPF del dominio remitente permita, o pida al titular del dominio que añada su dirección IP de envío a su registro SPF. Para una prueba rápida, use una dirección de remitente de un dominio que autorice esta dirección IP.</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature for the sender's domain, and the server requires one.</source>
        <translation>El mensaje no tiene una firma DKIM válida del dominio del remitente y el servidor la exige.</translation>
    </message>
    <message>
        <source>A test message sent from here is not signed. Send the test through the domain's normal outgoing server, which should sign it, or use a sender domain that does not require DKIM.</source>
        <translation>Un mensaje de prueba enviado desde aquí no va firmado. Envíe la prueba a través del servidor saliente habitual del dominio, que debería firmarlo, o use un dominio remitente que no exija DKIM.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed: the IP address you send from has no host name (PTR record), or that name does not point back to the same address.</source>
        <translation>Falló la comprobación del DNS inverso: la dirección IP desde la que envía no tiene nombre de host (registro PTR), o ese nombre no apunta de vuelta a la misma dirección.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider or hosting company) to set a PTR record for the sending IP address that resolves back to it. Until then, send through your provider's relay.</source>
        <translation>Pida a quien gestiona sus direcciones IP (proveedor de internet o empresa de alojamiento) que configure un registro PTR para la dirección IP de envío que resuelva de vuelta a ella. Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link. The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Envíe un mensaje más pequeño: comprima los adjuntos o compártalos mediante un enlace. La línea SIZE de la respuesta a EHLO muestra el límite del servidor en bytes.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation>El buzón del destinatario está lleno.</translation>
    </message>
    <message>
        <source>Tell the recipient another way (phone, another address) to make room. A temporary (4xx) refusal is retried by real mail servers for a few days; a permanent (5xx) one comes back as a bounce.</source>
        <translation>Avise al destinatario por otra vía (teléfono, otra dirección) para que libere espacio. Los servidores de correo reales reintentan durante unos días un rechazo temporal (4xx); uno permanente (5xx) vuelve como rebote.</translation>
    </message>
    <message>
        <source>500 command not recognized: the server did not understand the command.</source>
        <translation>500 comando no reconocido: el servidor no entendió el comando.</translation>
    </message>
    <message>
        <source>Check the command for a syntax error (a typo, a missing colon after MAIL FROM or RCPT TO, a stray space), and check that you are really talking to an SMTP server and not, say, a web or POP3 server on that port.</source>
        <translation>Compruebe si el comando tiene un error de sintaxis (una errata, la falta de los dos puntos tras MAIL FROM o RCPT TO, un espacio de más) y que realmente está hablando con un servidor SMTP y no, por ejemplo, con un servidor web o POP3 en ese puerto.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO: it is an old server that does not speak ESMTP (extended SMTP).</source>
        <translation>El servidor no entiende EHLO: es un servidor antiguo que no habla ESMTP (SMTP extendido).</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO will be tried instead. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or delivery notifications (DSN).</source>
        <translation>No hay nada que corregir por su parte: se probará HELO en su lugar. Sin ESMTP, el servidor no ofrece STARTTLS, AUTH, SIZE ni notificaciones de entrega (DSN).</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: it cannot encrypt this connection.</source>
        <translation>El servidor no ofrece STARTTLS: no puede cifrar esta conexión.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS, or use the server's port with implicit TLS (465) if it has one. If mail to this server must be encrypted, tell its administrator.</source>
        <translation>Ejecute la prueba sin STARTTLS, o use el puerto del servidor con TLS implícito (465) si lo tiene. Si el correo a este servidor debe ir cifrado, avise a su administrador.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first: it accepts this command only after STARTTLS.</source>
        <translation>El servidor quiere que la conexión se cifre primero: solo acepta este comando después de STARTTLS.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Active STARTTLS en la prueba (o use el puerto 465 con TLS implícito) y vuelva a ejecutarla.</translation>
    </message>
    <message>
        <source>Authentication required: the server takes mail only from users who log in.</source>
        <translation>Se requiere autenticación: el servidor solo acepta correo de usuarios que inician sesión.</translation>
    </message>
    <message>
        <source>Give a user name and password (AUTH) in the test, after STARTTLS. Port 587 (submission) is the usual port for sending as a logged-in user.</source>
        <translation>Indique un nombre de usuario y una contraseña (AUTH) en la prueba, después de STARTTLS. El puerto 587 (submission) es el habitual para enviar como usuario autenticado.</translation>
    </message>
    <message>
        <source>The server considers this login mechanism too weak.</source>
        <translation>El servidor considera demasiado débil este mecanismo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Choose a stronger mechanism from the AUTH line of the EHLO reply, or turn on STARTTLS first: many servers allow PLAIN and LOGIN only inside TLS.</source>
        <translation>Elija un mecanismo más seguro de la línea AUTH de la respuesta a EHLO, o active primero STARTTLS: muchos servidores solo permiten PLAIN y LOGIN dentro de TLS.</translation>
    </message>
    <message>
        <source>Login failed: the server did not accept the user name and password (credentials invalid).</source>
        <translation>Error de inicio de sesión: el servidor no aceptó el nombre de usuario y la contraseña (credenciales no válidas).</translation>
    </message>
    <message>
        <source>Check the user name form: some servers want the full address (user@example.com), others only the part before the @. Check the password (Caps Lock, keyboard layout). For an account with multi-factor sign-in, use an app password; some providers also need SMTP login turned on for the mailbox.</source>
        <translation>Compruebe el formato del nombre de usuario: algunos servidores exigen la dirección completa (user@example.com) y otros solo la parte anterior a la @. Compruebe la contraseña (Bloq Mayús, distribución del teclado). En una cuenta con autenticación multifactor, use una contraseña de aplicación; algunos proveedores también exigen activar el inicio de sesión SMTP para el buzón.</translation>
    </message>
    <message>
        <source>The server requires encryption for this login mechanism.</source>
        <translation>El servidor exige cifrado para este mecanismo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS (or use port 465 with implicit TLS) before logging in.</source>
        <translation>Active STARTTLS (o use el puerto 465 con TLS implícito) antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Look at the earlier steps: one of them failed (a refused sender or recipient, a failed login), so the server is not ready for this command. Fix that step first.</source>
        <translation>Examine los pasos anteriores: uno de ellos falló (un remitente o destinatario rechazado, un inicio de sesión fallido), por lo que el servidor no está preparado para este comando. Corrija primero ese paso.</translation>
    </message>
    <message>
        <source>This host or domain accepts no mail at all.</source>
        <translation>Este host o dominio no acepta ningún correo.</translation>
    </message>
    <message>
        <source>Check the domain's MX records: you may be testing a host that is not meant to receive mail. If the recipient's domain takes no mail, the address cannot be used; ask for another one.</source>
        <translation>Compruebe los registros MX del dominio: puede que esté probando un host que no está destinado a recibir correo. Si el dominio del destinatario no acepta correo, la dirección no se puede usar; pida otra.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII here (SMTPUTF8, RFC 6531).</source>
        <translation>El servidor no acepta aquí una dirección con caracteres fuera de ASCII (SMTPUTF8, RFC 6531).</translation>
    </message>
    <message>
        <source>Use an ASCII address; when only the domain has other characters, its ACE form (xn--…) names the same domain.</source>
        <translation>Use una dirección ASCII; cuando solo el dominio tiene otros caracteres, su forma ACE (xn--…) designa el mismo dominio.</translation>
    </message>
    <message>
        <source>The server does not accept a parameter of MAIL FROM or RCPT TO (such as SIZE=, NOTIFY=, ORCPT= or RET=).</source>
        <translation>El servidor no acepta un parámetro de MAIL FROM o RCPT TO (como SIZE=, NOTIFY=, ORCPT= o RET=).</translation>
    </message>
    <message>
        <source>Use only the extensions the server announced in its EHLO reply (DSN for NOTIFY=, ORCPT=, RET=; SIZE for SIZE=), or run the test without the optional parameters.</source>
        <translation>Use solo las extensiones que el servidor anunció en su respuesta a EHLO (DSN para NOTIFY=, ORCPT=, RET=; SIZE para SIZE=), o ejecute la prueba sin los parámetros opcionales.</translation>
    </message>
    <message>
        <source>The server refuses your connection: your IP address is blocklisted or not allowed by its policy.</source>
        <translation>El servidor rechaza su conexión: su dirección IP figura en una lista de bloqueo o su política no la permite.</translation>
    </message>
    <message>
        <source>Read the server's text: it often names a blocklist and gives a URL where you can check your IP address and ask for removal. Otherwise send through your provider's relay, or ask the server's administrator why your address is refused.</source>
        <translation>Lea el texto del servidor: a menudo indica una lista de bloqueo y una URL donde puede comprobar su dirección IP y solicitar la exclusión. Si no, envíe a través del relay de su proveedor o pregunte al administrador del servidor por qué se rechaza su dirección.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: it was classed as spam or a virus, or it broke a content or sender policy (such as DMARC).</source>
        <translation>El servidor recibió el mensaje y lo rechazó: se clasificó como spam o virus, o incumplía una política de contenido o de remitente (como DMARC).</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Try a short plain-text message; check the sender domain's SPF, DKIM and DMARC records; remove attachments or links that may be blocked.</source>
        <translation>Lea el motivo en el texto del servidor. Pruebe con un mensaje breve de texto sin formato; compruebe los registros SPF, DKIM y DMARC del dominio remitente; quite los adjuntos o enlaces que puedan estar bloqueados.</translation>
    </message>
    <message>
        <source>The server refuses mail from this sender by policy: SPF does not allow your IP address for the sender's domain, your IP address or domain is on a blocklist, or this sender must log in first.</source>
        <translation>El servidor rechaza el correo de este remitente por política: SPF no autoriza su dirección IP para el dominio del remitente, su dirección IP o su dominio figura en una lista de bloqueo, o este remitente debe iniciar sesión primero.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Check that the sender domain's SPF record lists the IP address you send from, check your IP address on public blocklists, or log in (AUTH) if the sender is a user of this server.</source>
        <translation>Lea el motivo en el texto del servidor. Compruebe que el registro SPF del dominio remitente incluye la dirección IP desde la que envía, compruebe su dirección IP en las listas de bloqueo públicas o inicie sesión (AUTH) si el remitente es usuario de este servidor.</translation>
    </message>
    <message>
        <source>The recipient is not on this server; the server names another address to use.</source>
        <translation>El destinatario no está en este servidor; el servidor indica otra dirección que usar.</translation>
    </message>
    <message>
        <source>Use the address given in the server's text: %2</source>
        <translation>Use la dirección que figura en el texto del servidor: %2</translation>
    </message>
    <message>
        <source>Temporarily refused by policy (%1): often greylisting, a rate limit, or a check that could not be completed right now.</source>
        <translation>Rechazado temporalmente por política (%1): a menudo greylisting, un límite de velocidad o una comprobación que no se pudo completar en ese momento.</translation>
    </message>
    <message>
        <source>The server is ready and greets you: it speaks SMTP and accepts connections from your address.</source>
        <translation>El servidor está preparado y le saluda: habla SMTP y acepta conexiones desde su dirección.</translation>
    </message>
    <message>
        <source>The server is ready to encrypt the connection (TLS).</source>
        <translation>El servidor está preparado para cifrar la conexión (TLS).</translation>
    </message>
    <message>
        <source>Nothing to do: the TLS handshake follows.</source>
        <translation>No hay nada que hacer: a continuación viene la negociación TLS.</translation>
    </message>
    <message>
        <source>The server accepted the greeting. The lines of its reply list the extensions it offers (SIZE limit, STARTTLS, AUTH, DSN and others).</source>
        <translation>El servidor aceptó el saludo. Las líneas de su respuesta enumeran las extensiones que ofrece (límite SIZE, STARTTLS, AUTH, DSN y otras).</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>El servidor aceptó la dirección del remitente.</translation>
    </message>
    <message>
        <source>The server accepted this recipient.</source>
        <translation>El servidor aceptó este destinatario.</translation>
    </message>
    <message>
        <source>The recipient is not on this server, but the server will forward the message.</source>
        <translation>El destinatario no está en este servidor, pero el servidor reenviará el mensaje.</translation>
    </message>
    <message>
        <source>The server cannot check this recipient now, but accepts the message and will try to deliver it.</source>
        <translation>El servidor no puede comprobar ahora este destinatario, pero acepta el mensaje e intentará entregarlo.</translation>
    </message>
    <message>
        <source>Nothing to do, but this does not prove the mailbox exists: a bounce may still come later.</source>
        <translation>No hay nada que hacer, pero esto no demuestra que el buzón exista: todavía puede llegar un rebote más tarde.</translation>
    </message>
    <message>
        <source>Go ahead: the server is ready for the message. Headers and body follow, ended by a line with a single dot.</source>
        <translation>Adelante: el servidor está preparado para el mensaje. Siguen los encabezados y el cuerpo, terminados con una línea que contiene un único punto.</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery: from now on delivering it is the server's job.</source>
        <translation>El servidor aceptó el mensaje para su entrega: a partir de ahora, entregarlo es tarea del servidor.</translation>
    </message>
    <message>
        <source>Nothing to do. If the message never arrives, give the server's administrator the time of this test and the queue id from the reply (%3): that is how they find it in their logs.</source>
        <translation>No hay nada que hacer. Si el mensaje no llega nunca, facilite al administrador del servidor la hora de esta prueba y el identificador de cola de la respuesta (%3): así es como lo encuentra en sus registros.</translation>
    </message>
    <message>
        <source>The server said goodbye and closed the connection: the test ended cleanly.</source>
        <translation>El servidor se despidió y cerró la conexión: la prueba terminó correctamente.</translation>
    </message>
    <message>
        <source>Login succeeded: the server accepted the user name and password.</source>
        <translation>Inicio de sesión correcto: el servidor aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The server asks for the next part of the login (user name, password or a challenge).</source>
        <translation>El servidor solicita la siguiente parte del inicio de sesión (nombre de usuario, contraseña o un desafío).</translation>
    </message>
    <message>
        <source>Nothing to do: the answer is sent automatically.</source>
        <translation>No hay nada que hacer: la respuesta se envía automáticamente.</translation>
    </message>
    <message>
        <source>The server accepted the command: %1.</source>
        <translation>El servidor aceptó el comando: %1.</translation>
    </message>
    <message>
        <source>The server waits for more input: %1.</source>
        <translation>El servidor espera más datos: %1.</translation>
    </message>
    <message>
        <source>Nothing to do: the test sends what the server asked for.</source>
        <translation>No hay nada que hacer: la prueba envía lo que el servidor solicitó.</translation>
    </message>
    <message>
        <source>Greylisting: the server deliberately turns away the first attempt from a sender it does not know and accepts the same message when it is retried a few minutes later.</source>
        <translation>Greylisting: el servidor rechaza deliberadamente el primer intento de un remitente que no conoce y acepta el mismo mensaje cuando se reintenta unos minutos después.</translation>
    </message>
    <message>
        <source>Not a fault: real mail servers retry on their own. Run the test again after the delay the text names (usually 1 to 15 minutes); it should then pass.</source>
        <translation>No es un fallo: los servidores de correo reales reintentan por su cuenta. Vuelva a ejecutar la prueba tras el plazo que indica el texto (normalmente de 1 a 15 minutos); entonces debería superarse.</translation>
    </message>
    <message>
        <source>Rate limit: the server limits how many connections or messages it takes from your address, and you are over the limit for now.</source>
        <translation>Límite de velocidad: el servidor limita cuántas conexiones o mensajes acepta desde su dirección, y por ahora usted ha superado el límite.</translation>
    </message>
    <message>
        <source>Wait a while and test again; stop other programs that send through the same address. Real mail servers slow down and retry on their own.</source>
        <translation>Espere un rato y vuelva a probar; detenga otros programas que envíen a través de la misma dirección. Los servidores de correo reales reducen el ritmo y reintentan por su cuenta.</translation>
    </message>
    <message>
        <source>DMARC check failed: the sender domain asks receivers to refuse mail that passes neither SPF nor DKIM for that domain, and this message passes neither.</source>
        <translation>Falló la comprobación DMARC: el dominio remitente pide a los receptores que rechacen el correo que no supere ni SPF ni DKIM para ese dominio, y este mensaje no supera ninguno de los dos.</translation>
    </message>
    <message>
        <source>The server is not taking connections right now: it is shutting down, too busy, or deliberately slowing down senders it does not trust (tarpitting).</source>
        <translation>El servidor no acepta conexiones en este momento: se está apagando, está demasiado ocupado o ralentiza deliberadamente a los remitentes en los que no confía (tarpitting).</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host. If it persists, the server may be limiting connections from your address; ask its administrator.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos o pruebe el siguiente host MX del dominio. Si persiste, es posible que el servidor esté limitando las conexiones desde su dirección; consulte a su administrador.</translation>
    </message>
    <message>
        <source>The server greeted you with a temporary refusal (%1): it takes no mail from you right now.</source>
        <translation>El servidor le saludó con un rechazo temporal (%1): en este momento no le acepta correo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes, or test the domain's next MX host.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos o pruebe el siguiente host MX del dominio.</translation>
    </message>
    <message>
        <source>The server answered the connection with a refusal (%1): it will not talk to you.</source>
        <translation>El servidor respondió a la conexión con un rechazo (%1): no va a comunicarse con usted.</translation>
    </message>
    <message>
        <source>The server refused the name given in EHLO: it must be a full host name (with dots) or an IP address in square brackets.</source>
        <translation>El servidor rechazó el nombre indicado en EHLO: debe ser un nombre de host completo (con puntos) o una dirección IP entre corchetes.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the test to this computer's full host name as the internet sees it, or to its public IP address in square brackets.</source>
        <translation>Configure como nombre EHLO de la prueba el nombre de host completo de este equipo tal como se ve desde internet, o su dirección IP pública entre corchetes.</translation>
    </message>
    <message>
        <source>The server refused the greeting (EHLO): %1.</source>
        <translation>El servidor rechazó el saludo (EHLO): %1.</translation>
    </message>
    <message>
        <source>Read the server's text. Some servers refuse EHLO names that do not resolve in DNS or that claim to be the server itself: use this computer's real host name.</source>
        <translation>Lea el texto del servidor. Algunos servidores rechazan nombres EHLO que no se resuelven en DNS o que dicen ser el propio servidor: use el nombre de host real de este equipo.</translation>
    </message>
    <message>
        <source>TLS is temporarily not available on the server (for example its certificate cannot be loaded).</source>
        <translation>TLS no está disponible temporalmente en el servidor (por ejemplo, no se puede cargar su certificado).</translation>
    </message>
    <message>
        <source>Try again later and tell the server's administrator. Do not send passwords over the unencrypted connection meanwhile.</source>
        <translation>Vuelva a intentarlo más tarde e informe al administrador del servidor. Mientras tanto, no envíe contraseñas por la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>El servidor se negó a iniciar TLS: %1.</translation>
    </message>
    <message>
        <source>The server needs a one-time password transition before this mechanism can be used.</source>
        <translation>El servidor necesita una transición de contraseña única antes de que se pueda usar este mecanismo.</translation>
    </message>
    <message>
        <source>Log in once with PLAIN over an encrypted connection (STARTTLS) so the server can update its stored password, then try this mechanism again.</source>
        <translation>Inicie sesión una vez con PLAIN por una conexión cifrada (STARTTLS) para que el servidor pueda actualizar la contraseña almacenada y, después, vuelva a probar este mecanismo.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>La cuenta está deshabilitada.</translation>
    </message>
    <message>
        <source>Ask the account's administrator to enable it (it may be locked after failed logins or for sending spam).</source>
        <translation>Pida al administrador de la cuenta que la habilite (puede estar bloqueada tras inicios de sesión fallidos o por enviar spam).</translation>
    </message>
    <message>
        <source>Temporary login failure: the server could not check your credentials right now.</source>
        <translation>Error temporal de inicio de sesión: el servidor no pudo comprobar sus credenciales en este momento.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, tell the server's administrator (its user directory may be unreachable).</source>
        <translation>Vuelva a intentarlo dentro de unos minutos; si persiste, informe al administrador del servidor (puede que su directorio de usuarios no esté accesible).</translation>
    </message>
    <message>
        <source>The server could not read the login data (bad encoding, or the login was cancelled).</source>
        <translation>El servidor no pudo leer los datos de inicio de sesión (codificación incorrecta o se canceló el inicio de sesión).</translation>
    </message>
    <message>
        <source>Check the user name and password for stray characters, or choose another mechanism (LOGIN instead of PLAIN).</source>
        <translation>Compruebe que el nombre de usuario y la contraseña no contienen caracteres sobrantes, o elija otro mecanismo (LOGIN en lugar de PLAIN).</translation>
    </message>
    <message>
        <source>The server does not offer login (AUTH) here.</source>
        <translation>El servidor no ofrece aquí inicio de sesión (AUTH).</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587: check the EHLO reply for an AUTH line.</source>
        <translation>Muchos servidores ofrecen AUTH solo después de STARTTLS o solo en el puerto de envío 587: busque una línea AUTH en la respuesta a EHLO.</translation>
    </message>
    <message>
        <source>The server does not support this login mechanism.</source>
        <translation>El servidor no admite este mecanismo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Choose one of the mechanisms listed on the AUTH line of the EHLO reply.</source>
        <translation>Elija uno de los mecanismos que figuran en la línea AUTH de la respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Login is not possible now: you are already logged in, or the server offers no AUTH on this connection.</source>
        <translation>No es posible iniciar sesión ahora: ya ha iniciado sesión o el servidor no ofrece AUTH en esta conexión.</translation>
    </message>
    <message>
        <source>Check the EHLO reply for an AUTH line; many servers announce it only after STARTTLS.</source>
        <translation>Busque una línea AUTH en la respuesta a EHLO; muchos servidores solo la anuncian después de STARTTLS.</translation>
    </message>
    <message>
        <source>Login failed: %1.</source>
        <translation>Error de inicio de sesión: %1.</translation>
    </message>
    <message>
        <source>Read the server's text; check the user name, the password and the chosen mechanism.</source>
        <translation>Lea el texto del servidor; compruebe el nombre de usuario, la contraseña y el mecanismo elegido.</translation>
    </message>
    <message>
        <source>The server requires STARTTLS and a login before it accepts this command.</source>
        <translation>El servidor exige STARTTLS y un inicio de sesión antes de aceptar este comando.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test; if the text asks for authentication, also give a user name and password (AUTH), usually on port 587.</source>
        <translation>Active STARTTLS en la prueba; si el texto pide autenticación, indique también un nombre de usuario y una contraseña (AUTH), normalmente en el puerto 587.</translation>
    </message>
    <message>
        <source>The server does not allow this sender address: it is malformed, or you may send only as your own address.</source>
        <translation>El servidor no permite esta dirección de remitente: está mal formada o solo puede enviar con su propia dirección.</translation>
    </message>
    <message>
        <source>Use the address of the account you logged in with, written as &lt;user@example.com&gt;, and check its spelling.</source>
        <translation>Use la dirección de la cuenta con la que inició sesión, escrita como &lt;user@example.com&gt;, y compruebe cómo está escrita.</translation>
    </message>
    <message>
        <source>The message size given with MAIL FROM (SIZE=) is larger than the server accepts.</source>
        <translation>El tamaño del mensaje indicado con MAIL FROM (SIZE=) supera lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>The sender address is not written correctly.</source>
        <translation>La dirección del remitente no está bien escrita.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, no display name, one @.</source>
        <translation>Escríbala como user@example.com: sin espacios, sin nombre para mostrar y con una sola @.</translation>
    </message>
    <message>
        <source>The domain of the sender address does not exist in DNS or cannot receive replies.</source>
        <translation>El dominio de la dirección del remitente no existe en DNS o no puede recibir respuestas.</translation>
    </message>
    <message>
        <source>Use a sender address whose domain exists and has MX (or address) records, so bounces can reach it; check the domain part for typos.</source>
        <translation>Use una dirección de remitente cuyo dominio exista y tenga registros MX (o de dirección), para que los rebotes puedan llegarle; compruebe si la parte del dominio tiene erratas.</translation>
    </message>
    <message>
        <source>The server refused the sender: %1.</source>
        <translation>El servidor rechazó el remitente: %1.</translation>
    </message>
    <message>
        <source>The domain of the recipient address does not exist or takes no mail.</source>
        <translation>El dominio de la dirección del destinatario no existe o no acepta correo.</translation>
    </message>
    <message>
        <source>Check the part after the @ for typos, and check the domain's MX records.</source>
        <translation>Compruebe si la parte posterior a la @ tiene erratas y revise los registros MX del dominio.</translation>
    </message>
    <message>
        <source>The recipient address is not written correctly.</source>
        <translation>La dirección del destinatario no está bien escrita.</translation>
    </message>
    <message>
        <source>Write it as user@example.com: no spaces, commas or display name, one @.</source>
        <translation>Escríbala como user@example.com: sin espacios, comas ni nombre para mostrar y con una sola @.</translation>
    </message>
    <message>
        <source>The mailbox has moved and the server knows no forwarding address.</source>
        <translation>El buzón se ha trasladado y el servidor no conoce ninguna dirección de reenvío.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Pida al destinatario la nueva dirección.</translation>
    </message>
    <message>
        <source>The sender's domain publishes a null MX: it accepts no mail, so it may not send mail either.</source>
        <translation>El dominio del remitente publica un MX nulo: no acepta correo, por lo que tampoco puede enviarlo.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that can receive mail (bounces must be deliverable).</source>
        <translation>Use una dirección de remitente de un dominio que pueda recibir correo (los rebotes deben poder entregarse).</translation>
    </message>
    <message>
        <source>The mailbox is disabled and does not accept messages.</source>
        <translation>El buzón está deshabilitado y no acepta mensajes.</translation>
    </message>
    <message>
        <source>Reach the recipient another way: the account may have been closed or suspended.</source>
        <translation>Póngase en contacto con el destinatario por otra vía: es posible que la cuenta se haya cerrado o suspendido.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Demasiados destinatarios para un solo mensaje.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message. Real mail servers send the rest in another transaction on their own.</source>
        <translation>Envíe a menos destinatarios por mensaje. Los servidores de correo reales envían el resto en otra transacción por su cuenta.</translation>
    </message>
    <message>
        <source>The server takes no more recipients now: too many recipients for one message, or it is short of storage space.</source>
        <translation>El servidor no acepta más destinatarios ahora: demasiados destinatarios para un solo mensaje, o le falta espacio de almacenamiento.</translation>
    </message>
    <message>
        <source>Send to fewer recipients per message (real mail servers send the rest in another transaction on their own), or retry later if the server is out of space.</source>
        <translation>Envíe a menos destinatarios por mensaje (los servidores de correo reales envían el resto en otra transacción por su cuenta), o vuelva a intentarlo más tarde si el servidor se ha quedado sin espacio.</translation>
    </message>
    <message>
        <source>The server refused this recipient: the mailbox does not exist, or the server will not accept mail for it from you.</source>
        <translation>El servidor rechazó este destinatario: el buzón no existe o el servidor no le acepta correo para él.</translation>
    </message>
    <message>
        <source>Check the spelling of the address and read the server's text: "user unknown" means ask the recipient for the right address; "relay" means this server does not handle that domain for you: test the recipient domain's own MX host.</source>
        <translation>Compruebe cómo está escrita la dirección y lea el texto del servidor: «user unknown» significa que debe pedir al destinatario la dirección correcta; «relay» significa que este servidor no gestiona ese dominio para usted: pruebe el host MX del propio dominio del destinatario.</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address: it is malformed or not accepted here.</source>
        <translation>El servidor no permite esta dirección de destinatario: está mal formada o no se acepta aquí.</translation>
    </message>
    <message>
        <source>Check the address: written as &lt;user@example.com&gt;, no spaces, the right domain.</source>
        <translation>Compruebe la dirección: escrita como &lt;user@example.com&gt;, sin espacios y con el dominio correcto.</translation>
    </message>
    <message>
        <source>The server refused this recipient (transaction failed), most often because it does not relay mail for that domain from you, or by policy.</source>
        <translation>El servidor rechazó este destinatario (la transacción falló), casi siempre porque no le hace relay de correo para ese dominio, o por política.</translation>
    </message>
    <message>
        <source>The server refused this recipient: %1.</source>
        <translation>El servidor rechazó este destinatario: %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason and check the spelling of the address.</source>
        <translation>Lea el motivo en el texto del servidor y compruebe cómo está escrita la dirección.</translation>
    </message>
    <message>
        <source>The server cannot handle a parameter of this command right now (such as SIZE= or NOTIFY=).</source>
        <translation>El servidor no puede gestionar ahora un parámetro de este comando (como SIZE= o NOTIFY=).</translation>
    </message>
    <message>
        <source>Try again later, or run the test without the optional parameters.</source>
        <translation>Vuelva a intentarlo más tarde o ejecute la prueba sin los parámetros opcionales.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: DATA was refused because no recipient has been accepted.</source>
        <translation>Secuencia de comandos incorrecta: se rechazó DATA porque no se ha aceptado ningún destinatario.</translation>
    </message>
    <message>
        <source>Fix the refused RCPT TO first: the server needs at least one accepted recipient before the message.</source>
        <translation>Corrija primero el RCPT TO rechazado: el servidor necesita al menos un destinatario aceptado antes del mensaje.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: RCPT TO came without an accepted MAIL FROM.</source>
        <translation>Secuencia de comandos incorrecta: RCPT TO llegó sin un MAIL FROM aceptado.</translation>
    </message>
    <message>
        <source>Fix the refused MAIL FROM first.</source>
        <translation>Corrija primero el MAIL FROM rechazado.</translation>
    </message>
    <message>
        <source>The server received the message and refused it: %1.</source>
        <translation>El servidor recibió el mensaje y lo rechazó: %1.</translation>
    </message>
    <message>
        <source>The server will not take a message now: %1.</source>
        <translation>El servidor no acepta un mensaje ahora: %1.</translation>
    </message>
    <message>
        <source>Check that at least one recipient was accepted, and read the server's text.</source>
        <translation>Compruebe que se aceptó al menos un destinatario y lea el texto del servidor.</translation>
    </message>
    <message>
        <source>SPF check error: the sender domain's SPF record is broken or could not be looked up.</source>
        <translation>Error de comprobación SPF: el registro SPF del dominio remitente está dañado o no se pudo consultar.</translation>
    </message>
    <message>
        <source>Ask the sender domain's owner to check its SPF record (syntax, too many lookups); if it was a DNS timeout, retry later.</source>
        <translation>Pida al titular del dominio remitente que revise su registro SPF (sintaxis, demasiadas consultas); si fue un tiempo de espera agotado del DNS, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Several sender checks failed at once (SPF, DKIM, reverse DNS).</source>
        <translation>Fallaron a la vez varias comprobaciones del remitente (SPF, DKIM, DNS inverso).</translation>
    </message>
    <message>
        <source>Send through the sender domain's normal outgoing server, which SPF allows and which signs with DKIM, from an IP address with a proper reverse DNS name.</source>
        <translation>Envíe a través del servidor saliente habitual del dominio remitente, que SPF autoriza y que firma con DKIM, desde una dirección IP con un nombre de DNS inverso correcto.</translation>
    </message>
    <message>
        <source>The server is closing the connection: it is shutting down, overloaded, or you hit one of its limits (connections, commands or errors).</source>
        <translation>El servidor está cerrando la conexión: se está apagando, está sobrecargado o ha alcanzado uno de sus límites (conexiones, comandos o errores).</translation>
    </message>
    <message>
        <source>Try again later. A real mail server retries on its own; repeated 421 replies from one server point at a limit on your address.</source>
        <translation>Vuelva a intentarlo más tarde. Un servidor de correo real reintenta por su cuenta; si un servidor responde 421 repetidamente, apunta a un límite sobre su dirección.</translation>
    </message>
    <message>
        <source>The server is short of storage space right now.</source>
        <translation>En este momento al servidor le falta espacio de almacenamiento.</translation>
    </message>
    <message>
        <source>Try again later; a real mail server retries on its own. If it lasts, tell the server's administrator.</source>
        <translation>Vuelva a intentarlo más tarde; un servidor de correo real reintenta por su cuenta. Si se prolonga, informe al administrador del servidor.</translation>
    </message>
    <message>
        <source>Syntax error in the arguments: the server knows the command but not what followed it.</source>
        <translation>Error de sintaxis en los argumentos: el servidor conoce el comando, pero no lo que venía detrás.</translation>
    </message>
    <message>
        <source>Check the syntax: addresses go in angle brackets with no spaces or display name (MAIL FROM:&lt;user@example.com&gt;), and parameters must be ones the server announced.</source>
        <translation>Compruebe la sintaxis: las direcciones van entre corchetes angulares, sin espacios ni nombre para mostrar (MAIL FROM:&lt;user@example.com&gt;), y los parámetros deben ser de los que anunció el servidor.</translation>
    </message>
    <message>
        <source>The server does not implement this command.</source>
        <translation>El servidor no implementa este comando.</translation>
    </message>
    <message>
        <source>Leave the command out or use another one; the EHLO reply lists what the server offers.</source>
        <translation>Omita el comando o use otro; la respuesta a EHLO enumera lo que ofrece el servidor.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: the command came at the wrong moment (for example RCPT before MAIL, or DATA with no accepted recipient).</source>
        <translation>Secuencia de comandos incorrecta: el comando llegó en un momento inadecuado (por ejemplo, RCPT antes de MAIL, o DATA sin ningún destinatario aceptado).</translation>
    </message>
    <message>
        <source>The server does not implement this parameter of the command.</source>
        <translation>El servidor no implementa este parámetro del comando.</translation>
    </message>
    <message>
        <source>Use only parameters the server announced in its EHLO reply.</source>
        <translation>Use solo los parámetros que el servidor anunció en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Storage limit exceeded: the message is too large or the mailbox is full.</source>
        <translation>Límite de almacenamiento superado: el mensaje es demasiado grande o el buzón está lleno.</translation>
    </message>
    <message>
        <source>Compare the message size with the SIZE limit in the EHLO reply, and ask the recipient whether the mailbox is full.</source>
        <translation>Compare el tamaño del mensaje con el límite SIZE de la respuesta a EHLO y pregunte al destinatario si el buzón está lleno.</translation>
    </message>
    <message>
        <source>The server refused QUIT (%1). This is harmless: the test is over.</source>
        <translation>El servidor rechazó QUIT (%1). Esto es inofensivo: la prueba ha terminado.</translation>
    </message>
    <message>
        <source>A temporary refusal: %1. The server expects the command to be tried again later.</source>
        <translation>Un rechazo temporal: %1. El servidor espera que el comando se vuelva a intentar más tarde.</translation>
    </message>
    <message>
        <source>Not a fault by itself: real mail servers retry for days. Run the test again in a few minutes; if it persists, read the server's text and contact its administrator.</source>
        <translation>No es un fallo en sí mismo: los servidores de correo reales reintentan durante días. Vuelva a ejecutar la prueba dentro de unos minutos; si persiste, lea el texto del servidor y póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>A permanent refusal: %1.</source>
        <translation>Un rechazo permanente: %1.</translation>
    </message>
    <message>
        <source>Read the server's text for the reason. Retrying the same thing will not help: something in the request or on the server must change.</source>
        <translation>Lea el motivo en el texto del servidor. Repetir lo mismo no servirá de nada: algo tiene que cambiar en la solicitud o en el servidor.</translation>
    </message>
    <message>
        <source>The server answered with a code SMTP does not define, so its meaning is unknown.</source>
        <translation>El servidor respondió con un código que SMTP no define, por lo que se desconoce su significado.</translation>
    </message>
    <message>
        <source>Check that this is really an SMTP server, and read its text: %2</source>
        <translation>Compruebe que se trata realmente de un servidor SMTP y lea su texto: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::ReplyParser</name>
    <message>
        <source>… (line longer than 4096 bytes, rest not shown)</source>
        <translation>… (línea de más de 4096 bytes; no se muestra el resto)</translation>
    </message>
    <message>
        <source>The server sent a line longer than 4096 bytes; SMTP allows 512.</source>
        <translation>El servidor envió una línea de más de 4096 bytes; SMTP permite 512.</translation>
    </message>
    <message>
        <source>The server ended a line with a bare LF instead of CR LF.</source>
        <translation>El servidor terminó una línea con un LF solo en lugar de CR LF.</translation>
    </message>
    <message>
        <source>The server sent a CR without LF inside a line.</source>
        <translation>El servidor envió un CR sin LF dentro de una línea.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: "%1".</source>
        <translation>El servidor envió una línea que no es una respuesta SMTP: «%1».</translation>
    </message>
    <message>
        <source>The server answered with code %1, which SMTP does not define.</source>
        <translation>El servidor respondió con el código %1, que SMTP no define.</translation>
    </message>
    <message>
        <source>The lines of one reply disagree on the code (%1, then %2).</source>
        <translation>Las líneas de una misma respuesta no coinciden en el código (%1 y después %2).</translation>
    </message>
    <message>
        <source>The server sent a reply of more than 1000 lines.</source>
        <translation>El servidor envió una respuesta de más de 1000 líneas.</translation>
    </message>
    <message>
        <source>The enhanced status %1 does not match the reply code %2.</source>
        <translation>El estado mejorado %1 no coincide con el código de respuesta %2.</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportData</name>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportSections</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>Del %1 al %2 (queda %n día)</numerusform>
            <numerusform>Del %1 al %2 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Conjunto de cifrado</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 bits)</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Nombre del servidor (SNI)</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(no se envió ninguno)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificado %1</translation>
    </message>
    <message>
        <source> subject</source>
        <translation> sujeto</translation>
    </message>
    <message>
        <source> issuer</source>
        <translation> emisor</translation>
    </message>
    <message>
        <source> valid</source>
        <translation> validez</translation>
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
        <translation>Consulta MX de</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>MX %1 %2</source>
        <translation>MX %1 %2</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Reverse DNS of</source>
        <translation>DNS inverso de</translation>
    </message>
    <message>
        <source>PTR names</source>
        <translation>Nombres PTR</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha ocurrido</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message numerus="yes">
        <source>not failed: retry after %n s</source>
        <translation>
            <numerusform>no es un fallo: reintentar al cabo de %n s</numerusform>
            <numerusform>no es un fallo: reintentar al cabo de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>not failed: retry later</source>
        <translation>no es un fallo: reintentar más tarde</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>thin: the server gives no reason, this rests on the code alone</source>
        <translation>escasos: el servidor no da ningún motivo, esto se basa solo en el código</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Líneas de la transcripción</translation>
    </message>
    <message>
        <source>Provider tag</source>
        <translation>Etiqueta del proveedor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Dirección local</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(predeterminado del sistema)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Around the conversation</source>
        <translation>En torno a la conversación</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportShareDialog</name>
    <message>
        <source>&amp;Mask addresses and host names (for sharing outside the company)</source>
        <translation>&amp;Enmascarar direcciones y nombres de host (para compartir fuera de la empresa)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Passwords are always masked. Preview of the report:</source>
        <translation>Las contraseñas siempre se enmascaran. Vista previa del informe:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
</context>
<context>
    <name>mailflow::ReportWriter</name>
    <message>
        <source>Cannot write %1: use .txt, .html or .json (PDF needs the PDF writer).</source>
        <translation>No se puede escribir %1: use .txt, .html o .json (el PDF necesita el generador de PDF).</translation>
    </message>
</context>
<context>
    <name>mailflow::ReverseDnsCheck</name>
    <message>
        <source>there is no address to look up</source>
        <translation>no hay ninguna dirección que consultar</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, and %2 points back to %1 (forward-confirmed).</source>
        <translation>DNS inverso: %1 se llama %2, y %2 apunta de vuelta a %1 (confirmado en sentido directo).</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 is named %2, but that name does not point back to %1 (not forward-confirmed). This matters when the server also sends mail: many receivers distrust senders without matching reverse DNS.</source>
        <translation>DNS inverso: %1 se llama %2, pero ese nombre no apunta de vuelta a %1 (no confirmado en sentido directo). Esto importa si el servidor también envía correo: muchos receptores desconfían de los remitentes sin un DNS inverso coincidente.</translation>
    </message>
    <message>
        <source>Reverse DNS: %1 has no PTR record (no name). Harmless for receiving mail; a server that also sends mail should have one.</source>
        <translation>DNS inverso: %1 no tiene registro PTR (ningún nombre). No afecta a la recepción de correo; un servidor que también envíe correo debería tenerlo.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked: %2.</source>
        <translation>No se pudo comprobar el DNS inverso de %1: %2.</translation>
    </message>
    <message>
        <source>The 220 banner does not start with the server's host name, as RFC 5321 §4.3.1 expects. Harmless, but it makes the server harder to identify.</source>
        <translation>El banner 220 no empieza con el nombre de host del servidor, como espera RFC 5321 §4.3.1. Es inofensivo, pero dificulta identificar el servidor.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, which matches the reverse DNS.</source>
        <translation>El banner 220 indica %1, que coincide con el DNS inverso.</translation>
    </message>
    <message>
        <source>The 220 banner names %1, but reverse DNS names %2. Many healthy servers differ (load balancers, hosted mail); this is for information.</source>
        <translation>El banner 220 indica %1, pero el DNS inverso indica %2. Muchos servidores en buen estado difieren (balanceadores de carga, correo alojado); es solo informativo.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunCompare</name>
    <message>
        <source>Verdict: %1 before, %2 now.</source>
        <translation>Veredicto: antes %1, ahora %2.</translation>
    </message>
    <message>
        <source>%1: new step, %2 now.</source>
        <translation>%1: paso nuevo, ahora %2.</translation>
    </message>
    <message>
        <source>%1 now fails (%2), was %3 (%4).</source>
        <translation>%1 ahora falla (%2); antes era %3 (%4).</translation>
    </message>
    <message>
        <source>%1 now passes (%2), was %3 (%4).</source>
        <translation>%1 ahora se supera (%2); antes era %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is now a warning (%2), was %3 (%4).</source>
        <translation>%1 es ahora una advertencia (%2); antes era %3 (%4).</translation>
    </message>
    <message>
        <source>%1 was %2 before and is %3 now.</source>
        <translation>%1 era %2 antes y ahora es %3.</translation>
    </message>
    <message>
        <source>%1: the server answers %2 now, %3 before.</source>
        <translation>%1: el servidor responde ahora %2, antes %3.</translation>
    </message>
    <message>
        <source>%1: same code, different words: "%2" now, "%3" before.</source>
        <translation>%1: el mismo código, palabras distintas: ahora «%2», antes «%3».</translation>
    </message>
    <message>
        <source>%1 is slower: %2 ms now, %3 ms before.</source>
        <translation>%1 es más lento: ahora %2 ms, antes %3 ms.</translation>
    </message>
    <message>
        <source>%1 is no longer part of the test (was %2).</source>
        <translation>%1 ya no forma parte de la prueba (era %2).</translation>
    </message>
    <message>
        <source>The server now shows a certificate (%1).</source>
        <translation>El servidor muestra ahora un certificado (%1).</translation>
    </message>
    <message>
        <source>The server certificate changed: %1 now, %2 before.</source>
        <translation>El certificado del servidor ha cambiado: ahora %1, antes %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nothing changed since the previous run.</source>
        <translation>No ha cambiado nada desde la ejecución anterior.</translation>
    </message>
</context>
<context>
    <name>mailflow::RunViewer</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (read-only, from the history)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 (solo lectura, del historial)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Mailflow — run of %1</source>
        <translation>Mailflow — ejecución de %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SaslPrep</name>
    <message>
        <source>it contains a character SASLprep does not allow (a control, private-use, surrogate or non-character code point).</source>
        <translation>contiene un carácter que SASLprep no permite (un carácter de control, de uso privado, un sustituto o un punto de código no carácter).</translation>
    </message>
    <message>
        <source>it mixes right-to-left and left-to-right characters in a way SASLprep does not allow.</source>
        <translation>mezcla caracteres de derecha a izquierda y de izquierda a derecha de una forma que SASLprep no permite.</translation>
    </message>
</context>
<context>
    <name>mailflow::ScramClient</name>
    <message>
        <source>The server ended SCRAM with the error "%1".</source>
        <translation>El servidor terminó SCRAM con el error «%1».</translation>
    </message>
    <message>
        <source>The server's SCRAM nonce does not extend the one sent: the exchange is not trustworthy.</source>
        <translation>El nonce SCRAM del servidor no amplía el enviado: el intercambio no es de fiar.</translation>
    </message>
    <message>
        <source>The server's SCRAM message has no valid salt or iteration count.</source>
        <translation>El mensaje SCRAM del servidor no tiene una sal o un número de iteraciones válidos.</translation>
    </message>
    <message>
        <source>The server refused the SCRAM proof: "%1".</source>
        <translation>El servidor rechazó la prueba SCRAM: «%1».</translation>
    </message>
    <message>
        <source>The server's SCRAM signature is wrong: it does not know this password, so it may not be the server that holds the account.</source>
        <translation>La firma SCRAM del servidor es incorrecta: no conoce esta contraseña, así que puede que no sea el servidor que aloja la cuenta.</translation>
    </message>
    <message>
        <source>The user name cannot be used with SCRAM: %1</source>
        <translation>El nombre de usuario no se puede usar con SCRAM: %1</translation>
    </message>
    <message>
        <source>The password cannot be used with SCRAM: %1</source>
        <translation>La contraseña no se puede usar con SCRAM: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::SecurityUi</name>
    <message>
        <source>Certificate…</source>
        <translation>Certificado…</translation>
    </message>
    <message>
        <source>What the TLS handshake showed: protocol, cipher, certificate chain</source>
        <translation>Lo que mostró la negociación TLS: protocolo, conjunto de cifrado, cadena de certificados</translation>
    </message>
    <message>
        <source>Encrypted (%1)</source>
        <translation>Cifrado (%1)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <source>The connection is not encrypted (or there is none).</source>
        <translation>La conexión no está cifrada (o no hay conexión).</translation>
    </message>
</context>
<context>
    <name>mailflow::ServerPage</name>
    <message>
        <source>&amp;Look up MX</source>
        <translation>&amp;Consultar MX</translation>
    </message>
    <message>
        <source>Test &amp;all MX hosts…</source>
        <translation>Probar &amp;todos los hosts MX…</translation>
    </message>
    <message>
        <source>Which mail server do you want to test? Enter a recipient's address or a domain (user@example.com, example.com) and press &lt;b&gt;Look up MX&lt;/b&gt; to see which servers receive its mail, or enter a server's name or IP address directly. Port 25 is where servers receive mail from other servers; 587 and 465 are where mail programs hand in mail; 2525 is a common alternative.</source>
        <translation>¿Qué servidor de correo desea probar? Introduzca la dirección de un destinatario o un dominio (user@example.com, example.com) y pulse &lt;b&gt;Consultar MX&lt;/b&gt; para ver qué servidores reciben su correo, o introduzca directamente el nombre o la dirección IP de un servidor. El puerto 25 es donde los servidores reciben correo de otros servidores; el 587 y el 465 son donde los programas de correo entregan el correo para su envío; el 2525 es una alternativa habitual.</translation>
    </message>
    <message>
        <source>user@example.com, example.com or mail.example.com</source>
        <translation>user@example.com, example.com o mail.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>25: server to server (SMTP)</source>
        <translation>25: de servidor a servidor (SMTP)</translation>
    </message>
    <message>
        <source>587: submission by mail programs, usually STARTTLS and a password</source>
        <translation>587: envío desde programas de correo, normalmente con STARTTLS y contraseña</translation>
    </message>
    <message>
        <source>465: submission over TLS from the first byte</source>
        <translation>465: envío por TLS desde el primer byte</translation>
    </message>
    <message>
        <source>2525: alternative port some providers offer</source>
        <translation>2525: puerto alternativo que ofrecen algunos proveedores</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>resolvedor del sistema</translation>
    </message>
    <message>
        <source>An IPv4 address of a DNS server to ask instead of the system's resolver.</source>
        <translation>Dirección IPv4 de un servidor DNS al que consultar en lugar del resolvedor del sistema.</translation>
    </message>
    <message>
        <source>Test every address of every MX host up to RCPT TO (no mail is sent)</source>
        <translation>Probar todas las direcciones de todos los hosts MX hasta RCPT TO (no se envía ningún correo)</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Pref.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Última prueba</translation>
    </message>
    <message>
        <source>Mail exchangers</source>
        <translation>Servidores de correo (MX)</translation>
    </message>
    <message>
        <source>Ser&amp;ver or address:</source>
        <translation>Ser&amp;vidor o dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Servidor &amp;DNS:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implícito</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no probado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answered by %1 in %2 ms.</source>
        <translation>Respondido por %1 en %2 ms.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionOptions</name>
    <message>
        <source>Unknown NOTIFY keyword "%1": use SUCCESS, FAILURE, DELAY or NEVER.</source>
        <translation>Palabra clave de NOTIFY desconocida «%1»: use SUCCESS, FAILURE, DELAY o NEVER.</translation>
    </message>
    <message>
        <source>NOTIFY=NEVER cannot be combined with other keywords.</source>
        <translation>NOTIFY=NEVER no se puede combinar con otras palabras clave.</translation>
    </message>
</context>
<context>
    <name>mailflow::SessionWire</name>
    <message>
        <source>Trying %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB before the client spoke again (during the TLS handshake or the certificate decision); the connection was closed.</source>
        <translation>El servidor envió más de %1 KiB antes de que el cliente volviera a hablar (durante la negociación TLS o la decisión sobre el certificado); se cerró la conexión.</translation>
    </message>
</context>
<context>
    <name>mailflow::SmtpSession</name>
    <message>
        <source>"%1" was not sent.</source>
        <translation>No se envió «%1».</translation>
    </message>
    <message>
        <source>The server answered before the command was sent (it did not wait for the client), so its replies cannot be matched to commands; %1</source>
        <translation>El servidor respondió antes de que se enviara el comando (no esperó al cliente), por lo que sus respuestas no se pueden asociar a los comandos; %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>No recipient was accepted, so no message was sent.</source>
        <translation>No se aceptó ningún destinatario, por lo que no se envió ningún mensaje.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation>El servidor envió una respuesta que nadie había pedido.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>El servidor cerró la conexión durante la negociación TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection while the message was being sent.</source>
        <translation>El servidor cerró la conexión mientras se enviaba el mensaje.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The server kept one reply trickling in for %1 s without ending it; the test stopped waiting.</source>
        <translation>El servidor mantuvo una respuesta llegando a cuentagotas durante %1 s sin terminarla; la prueba dejó de esperar.</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>Sin respuesta en %1 s.</translation>
    </message>
    <message>
        <source>Aborted by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>Aborted by the user</source>
        <translation>Cancelado por el usuario</translation>
    </message>
    <message>
        <source>No user name was given for AUTH.</source>
        <translation>No se indicó ningún nombre de usuario para AUTH.</translation>
    </message>
    <message>
        <source>No access token was given for AUTH.</source>
        <translation>No se indicó ningún token de acceso para AUTH.</translation>
    </message>
    <message>
        <source>No password was given for AUTH.</source>
        <translation>No se indicó ninguna contraseña para AUTH.</translation>
    </message>
    <message>
        <source>The credentials were not sent: the connection is not encrypted, and anyone on the path could read them.</source>
        <translation>No se enviaron las credenciales: la conexión no está cifrada y cualquiera en el camino podría leerlas.</translation>
    </message>
    <message>
        <source>Use STARTTLS (ports 25, 587) or implicit TLS (port 465). Only if you must test a login without TLS, allow it explicitly for this test.</source>
        <translation>Use STARTTLS (puertos 25, 587) o TLS implícito (puerto 465). Solo si tiene que probar un inicio de sesión sin TLS, permítalo explícitamente para esta prueba.</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted (login without TLS was not allowed for this test).</source>
        <translation>Credenciales no enviadas: la conexión no está cifrada (no se permitió el inicio de sesión sin TLS en esta prueba).</translation>
    </message>
    <message>
        <source>%1 logs in with a password, but an access token was given.</source>
        <translation>%1 inicia sesión con una contraseña, pero se indicó un token de acceso.</translation>
    </message>
    <message>
        <source>%1 logs in with an OAuth access token, but a password was given.</source>
        <translation>%1 inicia sesión con un token de acceso OAuth, pero se indicó una contraseña.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply, so there is no way to log in here.</source>
        <translation>El servidor no ofreció AUTH en su respuesta a EHLO, así que aquí no hay forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS, or only on the submission port 587 (or 465): change the port or turn on TLS.</source>
        <translation>Muchos servidores ofrecen AUTH solo después de STARTTLS o solo en el puerto de envío 587 (o 465): cambie el puerto o active TLS.</translation>
    </message>
    <message>
        <source>The server offers no OAuth login (XOAUTH2 or OAUTHBEARER) for the access token, only %1.</source>
        <translation>El servidor no ofrece inicio de sesión OAuth (XOAUTH2 u OAUTHBEARER) para el token de acceso, solo %1.</translation>
    </message>
    <message>
        <source>Log in with a password instead, or check that OAuth is enabled for SMTP on this server (Microsoft 365: "Authenticated SMTP" for the mailbox).</source>
        <translation>Inicie sesión con una contraseña o compruebe que OAuth está habilitado para SMTP en este servidor (Microsoft 365: «SMTP autenticado» para el buzón).</translation>
    </message>
    <message>
        <source>The server offers only login mechanisms this program does not speak (%1).</source>
        <translation>El servidor solo ofrece mecanismos de inicio de sesión que este programa no admite (%1).</translation>
    </message>
    <message>
        <source>Force PLAIN, LOGIN, CRAM-MD5 or SCRAM to try one anyway.</source>
        <translation>Fuerce PLAIN, LOGIN, CRAM-MD5 o SCRAM para probar uno de todos modos.</translation>
    </message>
    <message>
        <source>No usable AUTH mechanism offered</source>
        <translation>No se ofrece ningún mecanismo AUTH utilizable</translation>
    </message>
    <message>
        <source>Sending credentials over an UNENCRYPTED connection, as allowed for this test: anyone on the path can read them.</source>
        <translation>Enviando las credenciales por una conexión SIN CIFRAR, tal como se permitió para esta prueba: cualquiera en el camino puede leerlas.</translation>
    </message>
    <message>
        <source>The server did not offer AUTH %1; trying it anyway as it was chosen.</source>
        <translation>El servidor no ofreció AUTH %1; se prueba de todos modos porque se eligió.</translation>
    </message>
    <message>
        <source>Logging in as "%1" with %2.</source>
        <translation>Iniciando sesión como «%1» con %2.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"</source>
        <translation>Desafío (descodificado): «%1»</translation>
    </message>
    <message>
        <source>Cancelling the login.</source>
        <translation>Cancelando el inicio de sesión.</translation>
    </message>
    <message>
        <source>Check that the host name is the server that holds the account; a proxy or interception device in between cannot take part in SCRAM.</source>
        <translation>Compruebe que el nombre de host corresponde al servidor que aloja la cuenta; un proxy o un dispositivo de interceptación intermedio no puede participar en SCRAM.</translation>
    </message>
    <message>
        <source>The server asked for more than this mechanism needs; cancelling the login.</source>
        <translation>El servidor pidió más de lo que necesita este mecanismo; se cancela el inicio de sesión.</translation>
    </message>
    <message>
        <source>Challenge (decoded): "%1"; type the answer in base64 (it is hidden in the transcript).</source>
        <translation>Desafío (descodificado): «%1»; escriba la respuesta en base64 (se oculta en la transcripción).</translation>
    </message>
    <message>
        <source>Closed without QUIT, as asked (a client that drops the connection).</source>
        <translation>Cerrado sin QUIT, como se pidió (un cliente que corta la conexión).</translation>
    </message>
    <message>
        <source>The server closed the connection without answering QUIT.</source>
        <translation>El servidor cerró la conexión sin responder a QUIT.</translation>
    </message>
    <message>
        <source>Connection closed without a 221 reply</source>
        <translation>Conexión cerrada sin respuesta 221</translation>
    </message>
    <message>
        <source>A command cannot contain a line break or a control character.</source>
        <translation>Un comando no puede contener un salto de línea ni un carácter de control.</translation>
    </message>
    <message>
        <source>Not connected: connect first.</source>
        <translation>Sin conexión: conéctese primero.</translation>
    </message>
    <message>
        <source>Wait for the reply to the last command.</source>
        <translation>Espere la respuesta al último comando.</translation>
    </message>
    <message>
        <source>The message stopped moving: no progress for %1 s.</source>
        <translation>El mensaje dejó de avanzar: ningún progreso en %1 s.</translation>
    </message>
    <message>
        <source>No reply to the end of the message within %1 s.</source>
        <translation>Sin respuesta al final del mensaje en %1 s.</translation>
    </message>
    <message>
        <source>the message was not sent.</source>
        <translation>no se envió el mensaje.</translation>
    </message>
    <message>
        <source>Type the message, then a line with a single "." to end it.</source>
        <translation>Escriba el mensaje y después una línea con un único «.» para terminarlo.</translation>
    </message>
    <message>
        <source>The server answered before the message was complete.</source>
        <translation>El servidor respondió antes de que el mensaje estuviera completo.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so mail to or from %1 cannot go through it: the part before the @ has characters outside ASCII and has no ASCII form.</source>
        <translation>El servidor no ofrece SMTPUTF8, por lo que el correo hacia o desde %1 no puede pasar por él: la parte anterior a la @ tiene caracteres fuera de ASCII y no tiene forma ASCII.</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so it cannot take %1 as written; the ASCII (ACE) form of the same address is %2.</source>
        <translation>El servidor no ofrece SMTPUTF8, por lo que no puede aceptar %1 tal como está escrita; la forma ASCII (ACE) de la misma dirección es %2.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters but the server did not offer 8BITMIME; they may arrive garbled.</source>
        <translation>El mensaje tiene caracteres de 8 bits, pero el servidor no ofreció 8BITMIME; pueden llegar deformados.</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them anyway).</source>
        <translation>El servidor no anunció DSN, por lo que no se envían RET= ni ENVID= (fuerce DSN para enviarlos de todos modos).</translation>
    </message>
    <message>
        <source>The server did not advertise DSN, so NOTIFY= and ORCPT= are not sent (force DSN to send them anyway, as KB 153119 does by hand).</source>
        <translation>El servidor no anunció DSN, por lo que no se envían NOTIFY= ni ORCPT= (fuerce DSN para enviarlos de todos modos, como hace a mano KB 153119).</translation>
    </message>
    <message>
        <source>TLS settings: %1</source>
        <translation>Ajustes de TLS: %1</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Conectando con %1, puerto %2…</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>Conectado a %1 desde %2.</translation>
    </message>
    <message>
        <source>Could not connect within %1 s.</source>
        <translation>No se pudo conectar en %1 s.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO (it does not speak ESMTP); trying HELO.</source>
        <translation>El servidor no entiende EHLO (no habla ESMTP); se prueba HELO.</translation>
    </message>
    <message>
        <source>%1 (HELO: no ESMTP extensions such as SIZE, DSN, STARTTLS or AUTH)</source>
        <translation>%1 (HELO: sin extensiones ESMTP como SIZE, DSN, STARTTLS o AUTH)</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>El servidor ofrece: %1</translation>
    </message>
    <message>
        <source>The EHLO reply has "XXXXXXXA" where STARTTLS would be: a firewall that inspects SMTP is hiding STARTTLS from this client.</source>
        <translation>La respuesta a EHLO contiene «XXXXXXXA» donde debería estar STARTTLS: un cortafuegos que inspecciona SMTP está ocultando STARTTLS a este cliente.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the test goes on unencrypted.</source>
        <translation>El servidor no ofrece STARTTLS: la prueba continúa sin cifrar.</translation>
    </message>
    <message>
        <source>The server answered before the pipelined commands were sent, so its replies cannot be matched to them.</source>
        <translation>El servidor respondió antes de que se enviaran los comandos en pipeline, por lo que sus respuestas no se pueden asociar a ellos.</translation>
    </message>
    <message numerus="yes">
        <source>PIPELINING: the next %n commands go out in one write; each reply is judged in order.</source>
        <translation>
            <numerusform>PIPELINING: el siguiente %n comando sale en una sola escritura; cada respuesta se evalúa en orden.</numerusform>
            <numerusform>PIPELINING: los %n comandos siguientes salen en una sola escritura; cada respuesta se evalúa en orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent more replies than the pipelined batch had commands.</source>
        <translation>El servidor envió más respuestas que comandos tenía el lote en pipeline.</translation>
    </message>
    <message>
        <source>The reply "%1" cannot be the answer to %2: the server answered the pipelined commands out of order or a different number of times.</source>
        <translation>La respuesta «%1» no puede corresponder a %2: el servidor respondió a los comandos en pipeline en otro orden o un número de veces distinto.</translation>
    </message>
    <message>
        <source>The server said 354 to DATA although it accepted no recipient (RFC 2920 asks for a refusal).</source>
        <translation>El servidor respondió 354 a DATA aunque no aceptó ningún destinatario (RFC 2920 exige un rechazo).</translation>
    </message>
    <message>
        <source>The server answered %1 of the %2 pipelined commands, then nothing for %3 s.</source>
        <translation>El servidor respondió a %1 de los %2 comandos en pipeline y después nada durante %3 s.</translation>
    </message>
    <message>
        <source>Open relay check: an outside sender to an outside recipient, then RSET; no message is sent.</source>
        <translation>Comprobación de relay abierto: un remitente externo a un destinatario externo y después RSET; no se envía ningún mensaje.</translation>
    </message>
    <message>
        <source>The server accepted a recipient outside its domains from an outside sender: it may be an open relay.</source>
        <translation>El servidor aceptó un destinatario ajeno a sus dominios desde un remitente externo: puede ser un relay abierto.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so mail to it travels unencrypted. The test goes on without TLS (opportunistic mode).</source>
        <translation>El servidor no ofrece STARTTLS, por lo que el correo que recibe viaja sin cifrar. La prueba continúa sin TLS (modo oportunista).</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS; sending it anyway because this test requires TLS.</source>
        <translation>El servidor no ofreció STARTTLS; se envía de todos modos porque esta prueba exige TLS.</translation>
    </message>
    <message>
        <source>STARTTLS was refused and this test requires TLS: stopping before anything else is sent.</source>
        <translation>Se rechazó STARTTLS y esta prueba exige TLS: se detiene antes de enviar nada más.</translation>
    </message>
    <message>
        <source>STARTTLS was refused: the test goes on unencrypted (opportunistic mode).</source>
        <translation>Se rechazó STARTTLS: la prueba continúa sin cifrar (modo oportunista).</translation>
    </message>
    <message>
        <source>STARTTLS was refused</source>
        <translation>Se rechazó STARTTLS</translation>
    </message>
    <message>
        <source>The server sent more lines right after its 220 to STARTTLS; they were discarded, as RFC 3207 requires (a sign of a broken server or of an injection attempt).</source>
        <translation>El servidor envió más líneas justo después de su 220 a STARTTLS; se descartaron, como exige RFC 3207 (señal de un servidor defectuoso o de un intento de inyección).</translation>
    </message>
    <message>
        <source>Connected; TLS handshake before the greeting</source>
        <translation>Conectado; negociación TLS antes del saludo</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (no SNI: %1 is an IP address; the certificate must name it).</source>
        <translation>Iniciando la negociación TLS (sin SNI: %1 es una dirección IP; el certificado debe incluirla).</translation>
    </message>
    <message>
        <source>Starting the TLS handshake (SNI %1).</source>
        <translation>Iniciando la negociación TLS (SNI %1).</translation>
    </message>
    <message>
        <source>The server offered STARTTLS and said 220, but the TLS handshake failed. A firewall or security appliance that inspects SMTP often does this; so do a server with a broken certificate setup, or no TLS version and cipher in common.</source>
        <translation>El servidor ofreció STARTTLS y respondió 220, pero la negociación TLS falló. Es habitual con un cortafuegos o dispositivo de seguridad que inspecciona SMTP; también con un servidor con la configuración de certificados dañada o sin ninguna versión de TLS ni conjunto de cifrado en común.</translation>
    </message>
    <message>
        <source>The TLS handshake failed right after connecting. If this port expects STARTTLS (25, 587) rather than implicit TLS (465), choose STARTTLS.</source>
        <translation>La negociación TLS falló nada más conectar. Si este puerto espera STARTTLS (25, 587) en lugar de TLS implícito (465), elija STARTTLS.</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the handshake failed, so the test connects again and goes on without TLS, as mail servers do (postfix's "may" level). Mail to this server would travel unencrypted.</source>
        <translation>TLS oportunista: la negociación falló, así que la prueba vuelve a conectarse y continúa sin TLS, como hacen los servidores de correo (el nivel «may» de postfix). El correo a este servidor viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>%1 — went on without TLS</source>
        <translation>%1 — continuó sin TLS</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la negociación TLS falló</translation>
    </message>
    <message>
        <source>Certificate verification is turned off for this test: continuing although the certificate failed verification.</source>
        <translation>La verificación de certificados está desactivada en esta prueba: se continúa aunque el certificado no superó la verificación.</translation>
    </message>
    <message>
        <source>verification turned off for this test</source>
        <translation>verificación desactivada en esta prueba</translation>
    </message>
    <message>
        <source>Opportunistic TLS: the certificate failed verification, but the test goes on encrypted, as mail servers do on port 25. Require STARTTLS to make this a failure.</source>
        <translation>TLS oportunista: el certificado no superó la verificación, pero la prueba continúa cifrada, como hacen los servidores de correo en el puerto 25. Exija STARTTLS para que esto cuente como fallo.</translation>
    </message>
    <message>
        <source>opportunistic TLS, not verified</source>
        <translation>TLS oportunista, sin verificar</translation>
    </message>
    <message>
        <source>Waiting for a decision: continue despite the certificate?</source>
        <translation>Esperando una decisión: ¿continuar pese al certificado?</translation>
    </message>
    <message>
        <source>Continuing despite the certificate problems, as chosen for this test only.</source>
        <translation>Se continúa pese a los problemas del certificado, tal como se eligió solo para esta prueba.</translation>
    </message>
    <message>
        <source>continued anyway, as chosen for this test</source>
        <translation>se continuó de todos modos, tal como se eligió para esta prueba</translation>
    </message>
    <message>
        <source>Stopped: the server's certificate failed verification.</source>
        <translation>Detenido: el certificado del servidor no superó la verificación.</translation>
    </message>
    <message>
        <source>The connection is encrypted, but tell the server's administrator what is listed here.</source>
        <translation>La conexión está cifrada, pero informe al administrador del servidor de lo que se indica aquí.</translation>
    </message>
    <message>
        <source>Have the certificate fixed on the server. If you know the certificate is the server's (a private CA), trust that CA with a CA file, or continue anyway for this one test.</source>
        <translation>Haga que corrijan el certificado en el servidor. Si sabe que el certificado es del servidor (una CA privada), confíe en esa CA con un archivo de CA o continúe de todos modos solo en esta prueba.</translation>
    </message>
    <message>
        <source>New after STARTTLS: %1</source>
        <translation>Novedades tras STARTTLS: %1</translation>
    </message>
    <message>
        <source>The server offers AUTH only inside TLS (a common and sensible setup).</source>
        <translation>El servidor solo ofrece AUTH dentro de TLS (una configuración habitual y sensata).</translation>
    </message>
    <message>
        <source>The server requires STARTTLS first (530), and this test did not encrypt the connection: use STARTTLS (ports 25, 587) or implicit TLS (port 465).</source>
        <translation>El servidor exige primero STARTTLS (530) y esta prueba no cifró la conexión: use STARTTLS (puertos 25, 587) o TLS implícito (puerto 465).</translation>
    </message>
    <message>
        <source>after STARTTLS</source>
        <translation>después de STARTTLS</translation>
    </message>
    <message>
        <source>again, without TLS</source>
        <translation>de nuevo, sin TLS</translation>
    </message>
    <message>
        <source>The message went in one BDAT chunk: its reply is the end of data.</source>
        <translation>El mensaje se envió en un solo fragmento BDAT: su respuesta marca el final de los datos.</translation>
    </message>
    <message>
        <source>The message file changed while it was being sent.</source>
        <translation>El archivo del mensaje cambió mientras se enviaba.</translation>
    </message>
    <message>
        <source>A BDAT chunk is answered with 250, never with %1: the server does not handle CHUNKING as it should.</source>
        <translation>Un fragmento BDAT se responde con 250, nunca con %1: el servidor no gestiona CHUNKING como debería.</translation>
    </message>
    <message>
        <source>The server answered before the BDAT chunk was complete, so its replies cannot be matched to the chunks.</source>
        <translation>El servidor respondió antes de que se completara el fragmento BDAT, por lo que sus respuestas no se pueden asociar a los fragmentos.</translation>
    </message>
    <message>
        <source>the rest of the message was not sent.</source>
        <translation>no se envió el resto del mensaje.</translation>
    </message>
    <message>
        <source>No reply to the BDAT chunk within %1 s.</source>
        <translation>Sin respuesta al fragmento BDAT en %1 s.</translation>
    </message>
    <message>
        <source>Refused at RCPT TO: LMTP answers the message only for accepted recipients.</source>
        <translation>Rechazado en RCPT TO: LMTP solo responde al mensaje por los destinatarios aceptados.</translation>
    </message>
    <message>
        <source>Connecting to the UNIX socket %1…</source>
        <translation>Conectando con el socket UNIX %1…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the SOCKS5 proxy %3 port %4…</source>
        <translation>Conectando con %1, puerto %2, a través del proxy SOCKS5 %3, puerto %4…</translation>
    </message>
    <message>
        <source>Connected to the UNIX socket %1.</source>
        <translation>Conectado al socket UNIX %1.</translation>
    </message>
    <message>
        <source>The server does not understand LHLO: it does not speak LMTP (and LMTP has no HELO to fall back to). Is this an SMTP port?</source>
        <translation>El servidor no entiende LHLO: no habla LMTP (y LMTP no tiene HELO al que recurrir). ¿Es este un puerto SMTP?</translation>
    </message>
    <message>
        <source>A PROXY header was sent first: a server that does not expect one takes it for a command and answers it (postfix must have smtpd_upstream_proxy_protocol = haproxy), and one that expects the other version of it closes the connection.</source>
        <translation>Primero se envió un encabezado PROXY: un servidor que no lo espera lo toma por un comando y lo responde (postfix debe tener smtpd_upstream_proxy_protocol = haproxy), y uno que espera la otra versión cierra la conexión.</translation>
    </message>
    <message>
        <source>Send the header only to a server set up for the PROXY protocol, with the version it expects.</source>
        <translation>Envíe el encabezado solo a un servidor configurado para el protocolo PROXY, con la versión que espera.</translation>
    </message>
    <message>
        <source>The server does not let this client use XCLIENT: its address is not in the list of hosts allowed to (postfix: smtpd_authorized_xclient_hosts).</source>
        <translation>El servidor no permite que este cliente use XCLIENT: su dirección no figura en la lista de hosts autorizados (postfix: smtpd_authorized_xclient_hosts).</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts in the server's main.cf (then "postfix reload"), or run the test from a host that is listed.</source>
        <translation>Añada la dirección desde la que se conecta esta prueba a smtpd_authorized_xclient_hosts en el main.cf del servidor (y después ejecute «postfix reload»), o ejecute la prueba desde un host que figure en la lista.</translation>
    </message>
    <message>
        <source>The server could not read an XCLIENT attribute (a name it does not know, or a value it rejects).</source>
        <translation>El servidor no pudo interpretar un atributo de XCLIENT (un nombre que no conoce o un valor que rechaza).</translation>
    </message>
    <message>
        <source>Send only the attributes on the XCLIENT line of the EHLO reply; an address must be an IP address (IPv6 with the IPV6: prefix, which this program adds).</source>
        <translation>Envíe solo los atributos que figuran en la línea XCLIENT de la respuesta a EHLO; una dirección debe ser una dirección IP (IPv6 con el prefijo IPV6:, que este programa añade).</translation>
    </message>
    <message>
        <source>XCLIENT is not allowed at this point (postfix refuses it during a mail transaction).</source>
        <translation>XCLIENT no se permite en este punto (postfix lo rechaza durante una transacción de correo).</translation>
    </message>
    <message>
        <source>The server does not offer XCLIENT (its EHLO reply has no XCLIENT line).</source>
        <translation>El servidor no ofrece XCLIENT (su respuesta a EHLO no tiene línea XCLIENT).</translation>
    </message>
    <message>
        <source>XCLIENT is offered only to the hosts the server allows (postfix: smtpd_authorized_xclient_hosts); to all others the EHLO reply does not list it.</source>
        <translation>XCLIENT solo se ofrece a los hosts que el servidor autoriza (postfix: smtpd_authorized_xclient_hosts); a todos los demás, la respuesta a EHLO no lo incluye.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts, or run the test from a host that is listed.</source>
        <translation>Añada la dirección desde la que se conecta esta prueba a smtpd_authorized_xclient_hosts, o ejecute la prueba desde un host que figure en la lista.</translation>
    </message>
    <message>
        <source>The server takes only the XCLIENT attributes its EHLO reply lists.</source>
        <translation>El servidor solo acepta los atributos de XCLIENT que incluye su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Leave out the attributes the server does not offer.</source>
        <translation>Omita los atributos que el servidor no ofrece.</translation>
    </message>
    <message>
        <source>The server accepted XCLIENT and greeted again; the conversation starts over with EHLO.</source>
        <translation>El servidor aceptó XCLIENT y volvió a enviar el saludo; la conversación empieza de nuevo con EHLO.</translation>
    </message>
    <message>
        <source>%1; EHLO again: %2</source>
        <translation>%1; EHLO de nuevo: %2</translation>
    </message>
    <message>
        <source>EHLO after XCLIENT: %1</source>
        <translation>EHLO después de XCLIENT: %1</translation>
    </message>
    <message>
        <source>%1 — AUTH is optional for this test: going on without logging in</source>
        <translation>%1 — AUTH es opcional en esta prueba: se continúa sin iniciar sesión</translation>
    </message>
    <message>
        <source>AUTH not offered — it is optional for this test: going on without logging in</source>
        <translation>AUTH no se ofrece — es opcional en esta prueba: se continúa sin iniciar sesión</translation>
    </message>
    <message>
        <source>This test allowed only some TLS versions or ciphers (%1): the server may offer none of them.</source>
        <translation>Esta prueba solo permitía algunas versiones de TLS o conjuntos de cifrado (%1): puede que el servidor no ofrezca ninguno de ellos.</translation>
    </message>
    <message>
        <source>%1 The test goes on without XCLIENT, as asked.</source>
        <translation>%1 La prueba continúa sin XCLIENT, como se pidió.</translation>
    </message>
    <message>
        <source>The server's XCLIENT line offers %1, not %2.</source>
        <translation>La línea XCLIENT del servidor ofrece %1, no %2.</translation>
    </message>
    <message>
        <source>%1 They are sent anyway, as asked.</source>
        <translation>%1 Se envían de todos modos, como se pidió.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <source>The server refused XCLIENT: %1.</source>
        <translation>El servidor rechazó XCLIENT: %1.</translation>
    </message>
</context>
<context>
    <name>mailflow::SocketTransport</name>
    <message>
        <source>The name %1 could not be resolved: %2</source>
        <translation>No se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <source>The connection could not be handed to the TLS layer.</source>
        <translation>No se pudo pasar la conexión a la capa TLS.</translation>
    </message>
    <message>
        <source>The UNIX socket path %1 is too long.</source>
        <translation>La ruta del socket UNIX %1 es demasiado larga.</translation>
    </message>
    <message>
        <source>Cannot connect to the UNIX socket %1: %2</source>
        <translation>No se puede conectar con el socket UNIX %1: %2</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 no tiene ninguna dirección IPv6.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 no tiene ninguna dirección IPv4.</translation>
    </message>
    <message>
        <source>Connected to the SOCKS5 proxy %1.</source>
        <translation>Conectado al proxy SOCKS5 %1.</translation>
    </message>
    <message>
        <source>Cannot connect from %1: %2</source>
        <translation>No se puede conectar desde %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::Socks5Handshake</name>
    <message>
        <source>general SOCKS server failure</source>
        <translation>fallo general del servidor SOCKS</translation>
    </message>
    <message>
        <source>connection not allowed by the proxy's rules</source>
        <translation>las reglas del proxy no permiten la conexión</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>host inaccesible</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL caducado</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>comando no admitido</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>tipo de dirección no admitido</translation>
    </message>
    <message>
        <source>unknown reply %1</source>
        <translation>respuesta desconocida %1</translation>
    </message>
    <message>
        <source>The proxy does not speak SOCKS5.</source>
        <translation>El proxy no habla SOCKS5.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy wants a user name and password.</source>
        <translation>El proxy SOCKS5 exige un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy accepts none of the login methods offered.</source>
        <translation>El proxy SOCKS5 no acepta ninguno de los métodos de inicio de sesión ofrecidos.</translation>
    </message>
    <message>
        <source>SOCKS5: logging in to the proxy as %1.</source>
        <translation>SOCKS5: iniciando sesión en el proxy como %1.</translation>
    </message>
    <message>
        <source>SOCKS5: asking the proxy to connect to %1 port %2.</source>
        <translation>SOCKS5: solicitando al proxy que se conecte con %1, puerto %2.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy refused the user name or password.</source>
        <translation>El proxy SOCKS5 rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy could not connect to %1 port %2: %3</source>
        <translation>El proxy SOCKS5 no pudo conectarse con %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>The SOCKS5 proxy sent an address of unknown type %1.</source>
        <translation>El proxy SOCKS5 envió una dirección de tipo desconocido %1.</translation>
    </message>
    <message>
        <source>SOCKS5: the proxy connected to %1 port %2.</source>
        <translation>SOCKS5: el proxy se ha conectado con %1, puerto %2.</translation>
    </message>
</context>
<context>
    <name>mailflow::SpfCheck</name>
    <message>
        <source>Your domain's SPF record includes %1 (through "%2"): SPF passes.</source>
        <translation>El registro SPF de su dominio incluye %1 (a través de «%2»): SPF se supera.</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1: receivers that check SPF treat mail for %2 from this address as forged ("%3").</source>
        <translation>El registro SPF de su dominio no incluye %1: los receptores que comprueban SPF consideran falsificado el correo de %2 procedente de esta dirección («%3»).</translation>
    </message>
    <message>
        <source>Your domain's SPF record does not include %1 and marks mail for %2 from it as suspicious ("%3").</source>
        <translation>El registro SPF de su dominio no incluye %1 y marca como sospechoso el correo de %2 procedente de ella («%3»).</translation>
    </message>
    <message>
        <source>The SPF record of %1 says nothing about %2 (neutral).</source>
        <translation>El registro SPF de %1 no dice nada sobre %2 (neutral).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record, so receivers cannot tell its mail from forgeries.</source>
        <translation>%1 no publica ningún registro SPF, por lo que los receptores no pueden distinguir su correo de las falsificaciones.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is broken (%2): receivers read it as an error, and many refuse the mail.</source>
        <translation>El registro SPF de %1 está dañado (%2): los receptores lo interpretan como un error y muchos rechazan el correo.</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be evaluated: %2.</source>
        <translation>No se pudo evaluar el registro SPF de %1: %2.</translation>
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
        <translation>No hay ningún dominio remitente para el que comprobar SPF.</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 no publica ningún registro SPF.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is "%2"; it is not evaluated because your public address is unknown.</source>
        <translation>El registro SPF de %1 es «%2»; no se evalúa porque su dirección pública es desconocida.</translation>
    </message>
    <message>
        <source>Send through the servers your domain's SPF record lists (usually your provider's), or add "%1:%2" to the SPF record of %3.</source>
        <translation>Envíe a través de los servidores que enumera el registro SPF de su dominio (normalmente los de su proveedor), o añada «%1:%2» al registro SPF de %3.</translation>
    </message>
    <message>
        <source>Publish an SPF record for %1 that lists the servers sending its mail.</source>
        <translation>Publique para %1 un registro SPF que enumere los servidores que envían su correo.</translation>
    </message>
    <message>
        <source>Fix the SPF record of %1: one record only, known mechanisms, at most 10 DNS lookups (include, a, mx, ptr, exists, redirect) in all.</source>
        <translation>Corrija el registro SPF de %1: un único registro, mecanismos conocidos y, como máximo, 10 consultas DNS (include, a, mx, ptr, exists, redirect) en total.</translation>
    </message>
    <message>
        <source>The SPF record of %1 was not evaluated within the check's time limit.</source>
        <translation>El registro SPF de %1 no se evaluó dentro del tiempo límite de la comprobación.</translation>
    </message>
</context>
<context>
    <name>mailflow::StepResult</name>
    <message>
        <source>Running — waiting for the server (expected %1)</source>
        <translation>En curso: esperando al servidor (se espera %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected %1, got: %2</source>
        <translation>Se esperaba %1 y se recibió: %2</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
</context>
<context>
    <name>mailflow::TestDiagnosis</name>
    <message>
        <source>Check the spelling of the address, including the part after the @.
Ask the recipient for the correct address by another way (phone, another address).</source>
        <translation>Compruebe cómo está escrita la dirección, incluida la parte posterior a la @.
Pida al destinatario la dirección correcta por otra vía (teléfono, otra dirección).</translation>
    </message>
    <message>
        <source>Ask the recipient, by another way, for an address that is in use.
If the account should be active, the recipient's administrator has to enable it again.</source>
        <translation>Pida al destinatario, por otra vía, una dirección que esté en uso.
Si la cuenta debería estar activa, el administrador del destinatario tiene que volver a habilitarla.</translation>
    </message>
    <message>
        <source>Tell the recipient by another way to make room in the mailbox.
Send again once the recipient has done so; a mail server retries a temporary refusal on its own.</source>
        <translation>Avise al destinatario por otra vía para que libere espacio en el buzón.
Vuelva a enviar cuando lo haya hecho; un servidor de correo reintenta por su cuenta un rechazo temporal.</translation>
    </message>
    <message>
        <source>Send a smaller message: compress attachments or share them by link.
The SIZE line of the EHLO reply shows the server's limit in bytes.</source>
        <translation>Envíe un mensaje más pequeño: comprima los adjuntos o compártalos mediante un enlace.
La línea SIZE de la respuesta a EHLO muestra el límite del servidor en bytes.</translation>
    </message>
    <message>
        <source>Wait and send again later; do not retry in a tight loop, it prolongs the limit.
If it happens every day, ask your mail administrator to spread the sending or raise the limit.</source>
        <translation>Espere y vuelva a enviar más tarde; no reintente en un bucle continuo, porque prolonga el límite.
Si ocurre todos los días, pida a su administrador de correo que reparta los envíos o aumente el límite.</translation>
    </message>
    <message>
        <source>Look up your public IP address on the block list the server names and follow its removal procedure.
Find out why the address was listed (an infected computer, an open relay) before asking for removal.
Until then, send through your provider's relay.</source>
        <translation>Busque su dirección IP pública en la lista de bloqueo que indica el servidor y siga su procedimiento de exclusión.
Averigüe por qué se incluyó la dirección (un equipo infectado, un relay abierto) antes de solicitar la exclusión.
Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>Ask your mail administrator to check the sending IP address and domain at the provider's postmaster pages and in its feedback loops.
Stop bulk or unwanted mail from that address, check for a compromised account, then send again later.</source>
        <translation>Pida a su administrador de correo que revise la dirección IP de envío y el dominio en las páginas para postmasters del proveedor y en sus bucles de comentarios (feedback loops).
Detenga el correo masivo o no deseado que sale de esa dirección, compruebe si hay alguna cuenta comprometida y vuelva a enviar más tarde.</translation>
    </message>
    <message>
        <source>Ask the sender domain's administrator to publish SPF that lists this sending server, sign with DKIM and align both with the From: domain (DMARC).
For a quick test, send through the domain's own outgoing server.</source>
        <translation>Pida al administrador del dominio remitente que publique un SPF que incluya este servidor de envío, que firme con DKIM y que alinee ambos con el dominio del From: (DMARC).
Para una prueba rápida, envíe a través del servidor saliente del propio dominio.</translation>
    </message>
    <message>
        <source>Send to an ASCII address: when only the domain has other characters, its ACE form (xn--…) reaches the same mailbox.
An address with other characters before the @ needs servers that offer SMTPUTF8 on the whole way; ask the recipient for an ASCII address.</source>
        <translation>Envíe a una dirección ASCII: cuando solo el dominio tiene otros caracteres, su forma ACE (xn--…) llega al mismo buzón.
Una dirección con otros caracteres antes de la @ necesita servidores que ofrezcan SMTPUTF8 en todo el recorrido; pida al destinatario una dirección ASCII.</translation>
    </message>
    <message>
        <source>Test against the recipient domain's own MX host instead of this server.
To send to other domains through this server, log in first (AUTH, usually on port 587).</source>
        <translation>Haga la prueba contra el host MX del propio dominio del destinatario en lugar de este servidor.
Para enviar a otros dominios a través de este servidor, inicie sesión primero (AUTH, normalmente en el puerto 587).</translation>
    </message>
    <message>
        <source>Send a plain test message without attachments or links; if that passes, the content was the reason.
Remove the attachment or link the filter objects to, or send it another way.</source>
        <translation>Envíe un mensaje de prueba sencillo sin adjuntos ni enlaces; si se acepta, el motivo era el contenido.
Quite el adjunto o el enlace al que se opone el filtro, o envíelo por otra vía.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.</source>
        <translation>Active STARTTLS en la prueba (o use el puerto 465 con TLS implícito) y vuelva a ejecutarla.</translation>
    </message>
    <message>
        <source>Ask whoever runs your IP addresses (internet provider, hosting company) for a PTR record of the sending address whose name points back to it.
Until then, send through your provider's relay.</source>
        <translation>Pida a quien gestiona sus direcciones IP (proveedor de internet, empresa de alojamiento) un registro PTR para la dirección de envío cuyo nombre apunte de vuelta a ella.
Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>Nothing is broken: retry after the interval the server asks for (often 1 to 15 minutes); a mail server does so on its own.
Only if the same reply comes back for hours, contact the recipient's administrator.</source>
        <translation>No hay nada averiado: reintente tras el intervalo que pide el servidor (a menudo de 1 a 15 minutos); un servidor de correo lo hace por su cuenta.
Solo si la misma respuesta se repite durante horas, póngase en contacto con el administrador del destinatario.</translation>
    </message>
    <message>
        <source>Check the address or command the server names for a typo, a missing &lt;&gt; or a stray space.
Check that the message has a valid From:, Date: and Message-ID: header.</source>
        <translation>Compruebe si la dirección o el comando que indica el servidor tiene una errata, le faltan los &lt;&gt; o tiene un espacio de más.
Compruebe que el mensaje tiene encabezados From:, Date: y Message-ID: válidos.</translation>
    </message>
    <message>
        <source>Run the test again in a few minutes; a mail server retries on its own.
If it persists for hours, tell the server's administrator.</source>
        <translation>Vuelva a ejecutar la prueba dentro de unos minutos; un servidor de correo reintenta por su cuenta.
Si persiste durante horas, informe al administrador del servidor.</translation>
    </message>
    <message>
        <source>Send the server's full reply to the recipient's administrator: only they can say which of their rules refused it.
Ask the recipient to have your address or domain allowed.</source>
        <translation>Envíe la respuesta completa del servidor al administrador del destinatario: solo él puede decir cuál de sus reglas la rechazó.
Pida al destinatario que haga permitir su dirección o su dominio.</translation>
    </message>
    <message>
        <source>Check the user name (often the full address) and the password; a caps-lock or an expired password is the usual reason.
If the account has two-factor sign-in, use an app password.</source>
        <translation>Compruebe el nombre de usuario (a menudo la dirección completa) y la contraseña; el Bloq Mayús o una contraseña caducada son el motivo habitual.
Si la cuenta tiene verificación en dos pasos, use una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>The provider no longer takes a plain password here: ask your mail administrator to allow SMTP AUTH for this mailbox, or use an app password or OAuth.</source>
        <translation>El proveedor ya no acepta aquí una contraseña simple: pida a su administrador de correo que permita SMTP AUTH para este buzón, o use una contraseña de aplicación u OAuth.</translation>
    </message>
    <message>
        <source>Give a user name and password in the test (after STARTTLS), usually on port 587.</source>
        <translation>Indique un nombre de usuario y una contraseña en la prueba (después de STARTTLS), normalmente en el puerto 587.</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN.</source>
        <translation>No hay nada que corregir por su parte: HELO funciona. Sin ESMTP, el servidor no ofrece STARTTLS, AUTH, SIZE ni DSN.</translation>
    </message>
    <message>
        <source>Run the test without delivery notifications (DSN): this server does not take NOTIFY= or RET=.</source>
        <translation>Ejecute la prueba sin notificaciones de entrega (DSN): este servidor no acepta NOTIFY= ni RET=.</translation>
    </message>
    <message>
        <source>Check your public IP address on the common block lists (Spamhaus, Barracuda, SpamCop).
Try again from another network or through your provider's relay.</source>
        <translation>Compruebe su dirección IP pública en las listas de bloqueo habituales (Spamhaus, Barracuda, SpamCop).
Vuelva a intentarlo desde otra red o a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>Run the test again later; a server closes with 421 when it is overloaded or shutting down.</source>
        <translation>Vuelva a ejecutar la prueba más tarde; un servidor cierra con 421 cuando está sobrecargado o se está apagando.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain; if it is right, the domain does not take mail. Ask the recipient for another address.</source>
        <translation>Compruebe cómo está escrito el dominio; si es correcto, el dominio no acepta correo. Pida al destinatario otra dirección.</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest of the conversation.
Tell the server's administrator that STARTTLS is refused or broken.</source>
        <translation>Ejecute la prueba sin STARTTLS para comprobar el resto de la conversación.
Informe al administrador del servidor de que STARTTLS se rechaza o no funciona.</translation>
    </message>
    <message>
        <source>The server refused to start TLS: %1.</source>
        <translation>El servidor se negó a iniciar TLS: %1.</translation>
    </message>
    <message>
        <source>The provider has turned off password (basic) authentication for this account: %1.</source>
        <translation>El proveedor ha desactivado la autenticación con contraseña (básica) para esta cuenta: %1.</translation>
    </message>
    <message>
        <source>The provider refuses password authentication for this account (5.7.139): %1.</source>
        <translation>El proveedor rechaza la autenticación con contraseña para esta cuenta (5.7.139): %1.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password: %1.</source>
        <translation>El servidor no aceptó el nombre de usuario o la contraseña: %1.</translation>
    </message>
    <message>
        <source>The server refused the login (535): %1.</source>
        <translation>El servidor rechazó el inicio de sesión (535): %1.</translation>
    </message>
    <message>
        <source>The server does not take the delivery-notification (DSN) parameters: %1.</source>
        <translation>El servidor no acepta los parámetros de notificación de entrega (DSN): %1.</translation>
    </message>
    <message>
        <source>The server does not take an address with characters outside ASCII (SMTPUTF8): %1.</source>
        <translation>El servidor no acepta una dirección con caracteres fuera de ASCII (SMTPUTF8): %1.</translation>
    </message>
    <message>
        <source>The server does not know EHLO: an old or filtering server (%1).</source>
        <translation>El servidor no conoce EHLO: un servidor antiguo o con filtrado (%1).</translation>
    </message>
    <message>
        <source>The server does not implement EHLO: an old or filtering server (%1).</source>
        <translation>El servidor no implementa EHLO: un servidor antiguo o con filtrado (%1).</translation>
    </message>
    <message>
        <source>Deferred, not failed: the server greylists, turning away the first attempt from an unknown sender on purpose (%1).</source>
        <translation>Aplazado, no fallido: el servidor aplica greylisting y rechaza a propósito el primer intento de un remitente desconocido (%1).</translation>
    </message>
    <message>
        <source>The message failed the sender authentication checks (SPF, DKIM or DMARC): %1.</source>
        <translation>El mensaje no superó las comprobaciones de autenticación del remitente (SPF, DKIM o DMARC): %1.</translation>
    </message>
    <message>
        <source>The server saw a protocol or command error: %1.</source>
        <translation>El servidor detectó un error de protocolo o de comando: %1.</translation>
    </message>
    <message>
        <source>The server takes this only over an encrypted connection: %1.</source>
        <translation>El servidor solo acepta esto por una conexión cifrada: %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from users who log in: %1.</source>
        <translation>El servidor solo acepta correo de usuarios que inician sesión: %1.</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address or domain because it is on a block list: %1.</source>
        <translation>El servidor rechaza el correo de su dirección IP o dominio porque figura en una lista de bloqueo: %1.</translation>
    </message>
    <message>
        <source>Your sending IP address has no matching host name in the DNS (PTR record): %1.</source>
        <translation>Su dirección IP de envío no tiene un nombre de host coincidente en el DNS (registro PTR): %1.</translation>
    </message>
    <message>
        <source>The server limits how much or how fast you may send: %1.</source>
        <translation>El servidor limita cuánto o a qué ritmo puede enviar: %1.</translation>
    </message>
    <message>
        <source>The provider distrusts mail from your IP address or domain (poor reputation): %1.</source>
        <translation>El proveedor desconfía del correo de su dirección IP o dominio (mala reputación): %1.</translation>
    </message>
    <message>
        <source>The sending account has reached its sending limit: %1.</source>
        <translation>La cuenta de envío ha alcanzado su límite de envío: %1.</translation>
    </message>
    <message>
        <source>Relaying denied: this server does not take mail for that domain from you: %1.</source>
        <translation>Relay denegado: este servidor no le acepta correo para ese dominio: %1.</translation>
    </message>
    <message>
        <source>The recipient's account exists but is disabled or inactive: %1.</source>
        <translation>La cuenta del destinatario existe, pero está deshabilitada o inactiva: %1.</translation>
    </message>
    <message>
        <source>The server is short of disk space for now: %1.</source>
        <translation>Por ahora al servidor le falta espacio en disco: %1.</translation>
    </message>
    <message>
        <source>The recipient's mailbox is full: %1.</source>
        <translation>El buzón del destinatario está lleno: %1.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts: %1.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor: %1.</translation>
    </message>
    <message>
        <source>A filter classed the message's content as spam or dangerous: %1.</source>
        <translation>Un filtro clasificó el contenido del mensaje como spam o peligroso: %1.</translation>
    </message>
    <message>
        <source>The domain of the address does not exist in the DNS: %1.</source>
        <translation>El dominio de la dirección no existe en el DNS: %1.</translation>
    </message>
    <message>
        <source>The server refused the command, address or header as malformed: %1.</source>
        <translation>El servidor rechazó el comando, la dirección o el encabezado por estar mal formado: %1.</translation>
    </message>
    <message>
        <source>The recipient address does not exist on this server: %1.</source>
        <translation>La dirección del destinatario no existe en este servidor: %1.</translation>
    </message>
    <message>
        <source>The server takes mail only from senders on its own allow list, and you are not on it: %1.</source>
        <translation>El servidor solo acepta correo de remitentes de su propia lista de permitidos, y usted no figura en ella: %1.</translation>
    </message>
    <message>
        <source>The server is closing the connection for now, without a reason of its own: %1.</source>
        <translation>El servidor cierra la conexión por ahora, sin dar un motivo propio: %1.</translation>
    </message>
    <message>
        <source>The server has a temporary problem of its own: %1.</source>
        <translation>El servidor tiene un problema temporal propio: %1.</translation>
    </message>
    <message>
        <source>The server's own rules refused it, without naming one: %1.</source>
        <translation>Las reglas propias del servidor lo rechazaron, sin indicar cuál: %1.</translation>
    </message>
    <message>
        <source>The server closed the connection (421): %1.</source>
        <translation>El servidor cerró la conexión (421): %1.</translation>
    </message>
    <message>
        <source>The server refused this client at the greeting (554), often because of a block list: %1.</source>
        <translation>El servidor rechazó este cliente en el saludo (554), a menudo por una lista de bloqueo: %1.</translation>
    </message>
    <message>
        <source>This host accepts no mail at all (521): %1.</source>
        <translation>Este host no acepta ningún correo (521): %1.</translation>
    </message>
    <message>
        <source>The domain accepts no mail (556): %1.</source>
        <translation>El dominio no acepta correo (556): %1.</translation>
    </message>
    <message>
        <source>Deferred, not failed: a temporary policy refusal at RCPT TO is most often greylisting (%1).</source>
        <translation>Aplazado, no fallido: un rechazo temporal por política en RCPT TO suele deberse a greylisting (%1).</translation>
    </message>
    <message>
        <source>The provider refuses password authentication (5.7.139): %1.</source>
        <translation>El proveedor rechaza la autenticación con contraseña (5.7.139): %1.</translation>
    </message>
    <message>
        <source>Microsoft's filters block mail from your address or tenant (5.7.5xx-7xx): %1.</source>
        <translation>Los filtros de Microsoft bloquean el correo de su dirección o de su inquilino (tenant) (5.7.5xx-7xx): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox does not exist (x.1.1): %1.</source>
        <translation>El código por sí solo significa que el buzón no existe (x.1.1): %1.</translation>
    </message>
    <message>
        <source>The code alone means the recipient has no mailbox here (x.1.10): %1.</source>
        <translation>El código por sí solo significa que el destinatario no tiene buzón aquí (x.1.10): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox has moved (x.1.6): %1.</source>
        <translation>El código por sí solo significa que el buzón se ha trasladado (x.1.6): %1.</translation>
    </message>
    <message>
        <source>The code alone means the address's domain is wrong (x.1.2): %1.</source>
        <translation>El código por sí solo significa que el dominio de la dirección es incorrecto (x.1.2): %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is malformed (x.1.3): %1.</source>
        <translation>El código por sí solo significa que la dirección está mal formada (x.1.3): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is disabled (x.2.1): %1.</source>
        <translation>El código por sí solo significa que el buzón está deshabilitado (x.2.1): %1.</translation>
    </message>
    <message>
        <source>The code alone means the mailbox is full (x.2.2): %1.</source>
        <translation>El código por sí solo significa que el buzón está lleno (x.2.2): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the mailbox (x.2.3): %1.</source>
        <translation>El código por sí solo significa que el mensaje es demasiado grande para el buzón (x.2.3): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message is too big for the system (x.3.4): %1.</source>
        <translation>El código por sí solo significa que el mensaje es demasiado grande para el sistema (x.3.4): %1.</translation>
    </message>
    <message>
        <source>The code alone means the reverse DNS check failed (x.7.25): %1.</source>
        <translation>El código por sí solo significa que falló la comprobación del DNS inverso (x.7.25): %1.</translation>
    </message>
    <message>
        <source>The code alone means a DKIM or SPF check failed (x.7.20-26): %1.</source>
        <translation>El código por sí solo significa que falló una comprobación DKIM o SPF (x.7.20-26): %1.</translation>
    </message>
    <message>
        <source>The code alone means the credentials are wrong (x.7.8): %1.</source>
        <translation>El código por sí solo significa que las credenciales son incorrectas (x.7.8): %1.</translation>
    </message>
    <message>
        <source>The code alone means encryption is needed (x.7.10): %1.</source>
        <translation>El código por sí solo significa que se necesita cifrado (x.7.10): %1.</translation>
    </message>
    <message>
        <source>The code alone means the account is disabled (x.7.13): %1.</source>
        <translation>El código por sí solo significa que la cuenta está deshabilitada (x.7.13): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server saw a mail flood (x.7.28): %1.</source>
        <translation>El código por sí solo significa que el servidor detectó una avalancha de correo (x.7.28): %1.</translation>
    </message>
    <message>
        <source>The code alone means STARTTLS or a login is needed first (530): %1.</source>
        <translation>El código por sí solo significa que antes se necesita STARTTLS o un inicio de sesión (530): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 5.7.1 at RCPT TO usually means it will not take this recipient from you (relaying or policy): %1.</source>
        <translation>El servidor no da ningún motivo; 5.7.1 en RCPT TO suele significar que no le acepta este destinatario (relay o política): %1.</translation>
    </message>
    <message>
        <source>The code alone means a network or routing problem on the server's side: %1.</source>
        <translation>El código por sí solo significa un problema de red o de enrutamiento en el lado del servidor: %1.</translation>
    </message>
    <message>
        <source>The code alone means a protocol or syntax error (x.5.x): %1.</source>
        <translation>El código por sí solo significa un error de protocolo o de sintaxis (x.5.x): %1.</translation>
    </message>
    <message>
        <source>The code alone means the message's format was refused (x.6.x): %1.</source>
        <translation>El código por sí solo significa que se rechazó el formato del mensaje (x.6.x): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 550 at RCPT TO alone most often means the mailbox does not exist: %1.</source>
        <translation>El servidor no da ningún motivo; un 550 en RCPT TO por sí solo suele significar que el buzón no existe: %1.</translation>
    </message>
    <message>
        <source>The recipient is not local to this server (551): %1.</source>
        <translation>El destinatario no es local en este servidor (551): %1.</translation>
    </message>
    <message>
        <source>The code alone at RCPT TO means the mailbox's storage is exceeded (552): %1.</source>
        <translation>El código por sí solo en RCPT TO significa que se ha superado el almacenamiento del buzón (552): %1.</translation>
    </message>
    <message>
        <source>The code alone after the message means it exceeded a storage limit (552): %1.</source>
        <translation>El código por sí solo tras el mensaje significa que este superó un límite de almacenamiento (552): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; 554 after the message alone usually means a content filter refused it: %1.</source>
        <translation>El servidor no da ningún motivo; un 554 tras el mensaje por sí solo suele significar que lo rechazó un filtro de contenido: %1.</translation>
    </message>
    <message>
        <source>The code alone means the address is not allowed or malformed (553): %1.</source>
        <translation>El código por sí solo significa que la dirección no está permitida o está mal formada (553): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server did not recognise the command (500): %1.</source>
        <translation>El código por sí solo significa que el servidor no reconoció el comando (500): %1.</translation>
    </message>
    <message>
        <source>The code alone means a syntax error in the command's arguments (501): %1.</source>
        <translation>El código por sí solo significa un error de sintaxis en los argumentos del comando (501): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not implement the command (502): %1.</source>
        <translation>El código por sí solo significa que el servidor no implementa el comando (502): %1.</translation>
    </message>
    <message>
        <source>The code alone means the commands came in the wrong order (503): %1.</source>
        <translation>El código por sí solo significa que los comandos llegaron en un orden incorrecto (503): %1.</translation>
    </message>
    <message>
        <source>The code alone means a command parameter is not implemented (504): %1.</source>
        <translation>El código por sí solo significa que un parámetro del comando no está implementado (504): %1.</translation>
    </message>
    <message>
        <source>The code alone means the server does not know a MAIL FROM or RCPT TO parameter (555): %1.</source>
        <translation>El código por sí solo significa que el servidor no conoce un parámetro de MAIL FROM o RCPT TO (555): %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 4xx code alone means a temporary refusal: %1.</source>
        <translation>El servidor no da ningún motivo; un código 4xx por sí solo significa un rechazo temporal: %1.</translation>
    </message>
    <message>
        <source>The server gives no reason; a 5xx code alone means a permanent refusal: %1.</source>
        <translation>El servidor no da ningún motivo; un código 5xx por sí solo significa un rechazo permanente: %1.</translation>
    </message>
    <message>
        <source>The server answered every step as it should: %1</source>
        <translation>El servidor respondió correctamente en todos los pasos: %1</translation>
    </message>
    <message>
        <source>Nothing to do. If mail still goes missing, look at the recipient's spam folder and quote the queue id to the recipient's administrator.</source>
        <translation>No hay nada que hacer. Si sigue perdiéndose correo, revise la carpeta de spam del destinatario y facilite el identificador de cola al administrador del destinatario.</translation>
    </message>
    <message>
        <source>The name was not found in the DNS: %1</source>
        <translation>No se encontró el nombre en el DNS: %1</translation>
    </message>
    <message>
        <source>Check the spelling of the host or domain.
If it is right, ask the domain's DNS administrator; check that this computer can reach its DNS server.</source>
        <translation>Compruebe cómo está escrito el host o el dominio.
Si es correcto, consulte al administrador DNS del dominio; compruebe que este equipo puede llegar a su servidor DNS.</translation>
    </message>
    <message>
        <source>The domain names no server that takes its mail: %1</source>
        <translation>El dominio no indica ningún servidor que acepte su correo: %1</translation>
    </message>
    <message>
        <source>Ask the recipient for another address, or the domain's administrator to publish an MX record (a null MX means the domain takes no mail on purpose).</source>
        <translation>Pida al destinatario otra dirección, o al administrador del dominio que publique un registro MX (un MX nulo significa que el dominio no acepta correo a propósito).</translation>
    </message>
    <message>
        <source>The connection timed out: nothing answered, the packets were dropped on the way: %1</source>
        <translation>Se agotó el tiempo de espera de la conexión: nada respondió, los paquetes se descartaron por el camino: %1</translation>
    </message>
    <message>
        <source>Port 25 is often blocked by the local network or the internet provider: try from another network, or port 587 with a login.
Check the firewall between you and the server.</source>
        <translation>La red local o el proveedor de internet bloquean a menudo el puerto 25: pruebe desde otra red o por el puerto 587 con inicio de sesión.
Compruebe el cortafuegos entre usted y el servidor.</translation>
    </message>
    <message>
        <source>The connection was refused: the host is up but nothing listens on that port: %1</source>
        <translation>Se rechazó la conexión: el host está activo, pero nada escucha en ese puerto: %1</translation>
    </message>
    <message>
        <source>Check the host name and the port (25, 465 or 587).
If they are right, the mail service on that host is down: tell its administrator.</source>
        <translation>Compruebe el nombre de host y el puerto (25, 465 o 587).
Si son correctos, el servicio de correo de ese host está caído: avise a su administrador.</translation>
    </message>
    <message>
        <source>The network has no route to the server: %1</source>
        <translation>La red no tiene ninguna ruta hasta el servidor: %1</translation>
    </message>
    <message>
        <source>Check this computer's network connection, then try from another network.</source>
        <translation>Compruebe la conexión de red de este equipo y después pruebe desde otra red.</translation>
    </message>
    <message>
        <source>The server held its greeting back on purpose (a greet pause or tarpit): %1</source>
        <translation>El servidor retuvo su saludo a propósito (una pausa de saludo o tarpit): %1</translation>
    </message>
    <message>
        <source>Nothing is broken: the delay is deliberate, to slow down spam senders. A mail server waits up to 5 minutes for the greeting (RFC 5321); do the same.
Do not send before the greeting: such a server refuses clients that talk too early.</source>
        <translation>No hay nada averiado: el retraso es deliberado, para frenar a los remitentes de spam. Un servidor de correo espera hasta 5 minutos el saludo (RFC 5321); haga lo mismo.
No envíe nada antes del saludo: un servidor así rechaza a los clientes que hablan demasiado pronto.</translation>
    </message>
    <message>
        <source>What answered is not a plain SMTP server, or a firewall inspecting SMTP rewrites the conversation: %1</source>
        <translation>Lo que respondió no es un servidor SMTP normal, o un cortafuegos que inspecciona SMTP reescribe la conversación: %1</translation>
    </message>
    <message>
        <source>Check the port: a web, POP3 or IMAP service does not speak SMTP.
A banner of asterisks comes from a firewall's SMTP inspection (such as Cisco's SMTP fixup): ask your network administrator to turn it off.</source>
        <translation>Compruebe el puerto: un servicio web, POP3 o IMAP no habla SMTP.
Un banner de asteriscos procede de la inspección SMTP de un cortafuegos (como el SMTP fixup de Cisco): pida a su administrador de red que la desactive.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer: %1</source>
        <translation>El servidor cerró la conexión sin responder: %1</translation>
    </message>
    <message>
        <source>Run the test again; if it drops at the same step, send the transcript to the server's administrator.
A drop during the message is often a filter or a size limit on the way.</source>
        <translation>Vuelva a ejecutar la prueba; si se corta en el mismo paso, envíe la transcripción al administrador del servidor.
Un corte durante el mensaje suele deberse a un filtro o a un límite de tamaño en el camino.</translation>
    </message>
    <message>
        <source>The server stopped answering: %1</source>
        <translation>El servidor dejó de responder: %1</translation>
    </message>
    <message>
        <source>Run the test again later; if it stops at the same step, tell the server's administrator.</source>
        <translation>Vuelva a ejecutar la prueba más tarde; si se detiene en el mismo paso, informe al administrador del servidor.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Falló la negociación TLS: %1</translation>
    </message>
    <message>
        <source>Run the test without STARTTLS to check the rest.
Tell the server's administrator: the server and this client share no TLS version or cipher, or the server broke off the handshake.</source>
        <translation>Ejecute la prueba sin STARTTLS para comprobar el resto.
Informe al administrador del servidor: el servidor y este cliente no comparten ninguna versión de TLS ni conjunto de cifrado, o el servidor interrumpió la negociación.</translation>
    </message>
    <message>
        <source>The server's certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>Tell the server's administrator which problem the TLS report shows (expired, wrong name, unknown issuer).
To test the rest, accept the certificate once in the test.</source>
        <translation>Indique al administrador del servidor qué problema muestra el informe TLS (caducado, nombre incorrecto, emisor desconocido).
Para probar el resto, acepte el certificado una vez en la prueba.</translation>
    </message>
    <message>
        <source>The message is larger than the limit the server announced in its EHLO reply: %1</source>
        <translation>El mensaje supera el límite que el servidor anunció en su respuesta a EHLO: %1</translation>
    </message>
    <message>
        <source>Send a message below the SIZE limit the server announced: compress attachments or share them by link.</source>
        <translation>Envíe un mensaje por debajo del límite SIZE que anunció el servidor: comprima los adjuntos o compártalos mediante un enlace.</translation>
    </message>
    <message>
        <source>Delivery notifications were asked for, but the server does not offer DSN: %1</source>
        <translation>Se solicitaron notificaciones de entrega, pero el servidor no ofrece DSN: %1</translation>
    </message>
    <message>
        <source>Expect no delivery notification from this server; the message itself is not affected.</source>
        <translation>No espere ninguna notificación de entrega de este servidor; el mensaje en sí no se ve afectado.</translation>
    </message>
    <message>
        <source>The server refuses EHLO and HELO alike: it is not a working SMTP server, or a firewall filters the commands: %1</source>
        <translation>El servidor rechaza tanto EHLO como HELO: no es un servidor SMTP operativo o un cortafuegos filtra los comandos: %1</translation>
    </message>
    <message>
        <source>Check the port, and whether a firewall's SMTP inspection sits in between.</source>
        <translation>Compruebe el puerto y si hay por medio una inspección SMTP de un cortafuegos.</translation>
    </message>
    <message>
        <source>The server refused EHLO but took HELO: an old or filtering server without ESMTP: %1</source>
        <translation>El servidor rechazó EHLO pero aceptó HELO: un servidor antiguo o con filtrado, sin ESMTP: %1</translation>
    </message>
    <message>
        <source>Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or DSN; if mail must be encrypted, tell its administrator.</source>
        <translation>No hay nada que corregir por su parte: HELO funciona. Sin ESMTP, el servidor no ofrece STARTTLS, AUTH, SIZE ni DSN; si el correo debe ir cifrado, avise a su administrador.</translation>
    </message>
    <message>
        <source>The test was stopped before it ended: %1</source>
        <translation>La prueba se detuvo antes de terminar: %1</translation>
    </message>
    <message>
        <source>Run the test again to the end.</source>
        <translation>Vuelva a ejecutar la prueba hasta el final.</translation>
    </message>
    <message>
        <source>The test did not end as expected: %1</source>
        <translation>La prueba no terminó como se esperaba: %1</translation>
    </message>
    <message>
        <source>Send the transcript to your mail administrator.</source>
        <translation>Envíe la transcripción a su administrador de correo.</translation>
    </message>
    <message>
        <source>No problem: the test passed</source>
        <translation>Ningún problema: la prueba se superó</translation>
    </message>
    <message>
        <source>Cause unknown</source>
        <translation>Causa desconocida</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>Disabled account</source>
        <translation>Cuenta deshabilitada</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de velocidad alcanzado</translation>
    </message>
    <message>
        <source>Sending address on a block list</source>
        <translation>Dirección de envío en una lista de bloqueo</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Mala reputación del remitente</translation>
    </message>
    <message>
        <source>SPF, DKIM or DMARC failure</source>
        <translation>Fallo de SPF, DKIM o DMARC</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relay denegado</translation>
    </message>
    <message>
        <source>Content classed as spam or malware</source>
        <translation>Contenido clasificado como spam o malware</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>Se requiere TLS</translation>
    </message>
    <message>
        <source>No or wrong reverse DNS</source>
        <translation>DNS inverso ausente o incorrecto</translation>
    </message>
    <message>
        <source>Greylisting (deferred)</source>
        <translation>Greylisting (aplazado)</translation>
    </message>
    <message>
        <source>Bad syntax</source>
        <translation>Sintaxis incorrecta</translation>
    </message>
    <message>
        <source>Server busy or temporarily unavailable</source>
        <translation>Servidor ocupado o no disponible temporalmente</translation>
    </message>
    <message>
        <source>The server's local policy</source>
        <translation>La política local del servidor</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tiempo de espera de conexión agotado</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>No mail server (no or null MX)</source>
        <translation>Sin servidor de correo (MX ausente o nulo)</translation>
    </message>
    <message>
        <source>This client refused</source>
        <translation>Este cliente ha sido rechazado</translation>
    </message>
    <message>
        <source>Service closing the connection</source>
        <translation>El servicio cierra la conexión</translation>
    </message>
    <message>
        <source>Deliberate delay (tarpit or greet pause)</source>
        <translation>Retraso deliberado (tarpit o pausa de saludo)</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO no admitido</translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation>No es un servidor SMTP</translation>
    </message>
    <message>
        <source>Login or STARTTLS required first</source>
        <translation>Se requiere antes inicio de sesión o STARTTLS</translation>
    </message>
    <message>
        <source>Wrong credentials</source>
        <translation>Credenciales incorrectas</translation>
    </message>
    <message>
        <source>Password login disabled by the provider</source>
        <translation>Inicio de sesión con contraseña desactivado por el proveedor</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Conexión interrumpida</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falló la negociación TLS</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema con el certificado</translation>
    </message>
    <message>
        <source>Delivery notifications (DSN) not supported</source>
        <translation>Notificaciones de entrega (DSN) no admitidas</translation>
    </message>
    <message>
        <source>You or your network</source>
        <translation>Usted o su red</translation>
    </message>
    <message>
        <source>Your mail administrator or provider</source>
        <translation>Su administrador de correo o su proveedor</translation>
    </message>
    <message>
        <source>The recipient's mail administrator</source>
        <translation>El administrador de correo del destinatario</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>Nobody (wait, or nothing to do)</source>
        <translation>Nadie (esperar, o no hay nada que hacer)</translation>
    </message>
    <message>
        <source>The server refused XCLIENT from this client: %1.</source>
        <translation>El servidor rechazó XCLIENT de este cliente: %1.</translation>
    </message>
    <message>
        <source>Add the address this test connects from to smtpd_authorized_xclient_hosts (postfix).</source>
        <translation>Añada la dirección desde la que se conecta esta prueba a smtpd_authorized_xclient_hosts (postfix).</translation>
    </message>
</context>
<context>
    <name>mailflow::TextReport</name>
    <message>
        <source>Mailflow SMTP test report</source>
        <translation>Informe de prueba SMTP de Mailflow</translation>
    </message>
    <message>
        <source>Verdict:    %1 (exit code %2)</source>
        <translation>Veredicto:  %1 (código de salida %2)</translation>
    </message>
    <message>
        <source>Summary:    %1</source>
        <translation>Resumen:    %1</translation>
    </message>
    <message>
        <source>Server:     %1</source>
        <translation>Servidor:   %1</translation>
    </message>
    <message>
        <source>Profile:    %1</source>
        <translation>Perfil:     %1</translation>
    </message>
    <message>
        <source>Started:    %1</source>
        <translation>Inicio:     %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>Addresses and host names in this report were replaced by pseudonyms.</source>
        <translation>Las direcciones y los nombres de host de este informe se han sustituido por seudónimos.</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsChoices</name>
    <message>
        <source>%1 cannot be used: this build of Qt and OpenSSL offers only %2.</source>
        <translation>%1 no se puede usar: esta compilación de Qt y OpenSSL solo ofrece %2.</translation>
    </message>
    <message>
        <source>Unknown TLS cipher: %1</source>
        <translation>Conjunto de cifrado TLS desconocido: %1</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsFiles</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate file and its key file.</source>
        <translation>Un certificado de cliente necesita tanto el archivo del certificado como el de su clave.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1 holds no usable PEM private key (RSA, EC or DSA, not encrypted).</source>
        <translation>%1 no contiene ninguna clave privada PEM utilizable (RSA, EC o DSA, sin cifrar).</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsReport</name>
    <message>
        <source>The certificate has expired: the server's administrator must renew it.</source>
        <translation>El certificado ha caducado: el administrador del servidor debe renovarlo.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: its start date is in the future (or this computer's clock is wrong).</source>
        <translation>El certificado todavía no es válido: su fecha de inicio está en el futuro (o el reloj de este equipo no está en hora).</translation>
    </message>
    <message>
        <source>The certificate is self-signed: nobody vouches for it, so it cannot be told apart from an impostor's. Trust it explicitly (CA file) only if you know it is the server's.</source>
        <translation>El certificado es autofirmado: nadie responde por él, por lo que no se puede distinguir del de un impostor. Confíe en él explícitamente (archivo de CA) solo si sabe que es del servidor.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust (a private CA, or a missing intermediate certificate on the server).</source>
        <translation>El certificado lo emitió una autoridad en la que este equipo no confía (una CA privada, o falta un certificado intermedio en el servidor).</translation>
    </message>
    <message>
        <source>The certificate is for another name than the one connected to: check the server name, or the server presents the wrong certificate.</source>
        <translation>El certificado es para un nombre distinto del que se usó para conectar: compruebe el nombre del servidor, o bien el servidor presenta un certificado incorrecto.</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>El emisor ha revocado el certificado.</translation>
    </message>
    <message>
        <source>The certificate is not trusted for this purpose.</source>
        <translation>El certificado no es de confianza para este propósito.</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
    <message>
        <source>The certificate failed verification.</source>
        <translation>El certificado no superó la verificación.</translation>
    </message>
    <message>
        <source>The connection uses %1, older than TLS 1.2: it is considered insecure and many clients refuse it. The server should offer TLS 1.2 or 1.3.</source>
        <translation>La conexión usa %1, anterior a TLS 1.2: se considera insegura y muchos clientes la rechazan. El servidor debería ofrecer TLS 1.2 o 1.3.</translation>
    </message>
    <message numerus="yes">
        <source>The server's certificate expires in %n day(s) (%1): renew it soon.</source>
        <translation>
            <numerusform>El certificado del servidor caduca dentro de %n día (%1): renuévelo pronto.</numerusform>
            <numerusform>El certificado del servidor caduca dentro de %n días (%1): renuévelo pronto.</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS: no encrypted connection.</source>
        <translation>TLS: no hay conexión cifrada.</translation>
    </message>
    <message>
        <source>TLS: %1, cipher %2 (%3 bits)</source>
        <translation>TLS: %1, conjunto de cifrado %2 (%3 bits)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): none (an IP address was given)</source>
        <translation>Nombre de servidor enviado (SNI): ninguno (se indicó una dirección IP)</translation>
    </message>
    <message>
        <source>Server name sent (SNI): %1</source>
        <translation>Nombre de servidor enviado (SNI): %1</translation>
    </message>
    <message>
        <source>Certificate %1: subject %2</source>
        <translation>Certificado %1: sujeto %2</translation>
    </message>
    <message>
        <source>  issuer: %1%2</source>
        <translation>  emisor: %1%2</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … y %n más</numerusform>
            <numerusform> … y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>  alternative names: %1</source>
        <translation>  nombres alternativos: %1</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>días restantes: %1</translation>
    </message>
    <message numerus="yes">
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>CADUCÓ hace %n día</numerusform>
            <numerusform>CADUCÓ hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>  valid from %1 to %2 (%3)</source>
        <translation>  válido del %1 al %2 (%3)</translation>
    </message>
    <message>
        <source>  key: %1 %2 bits</source>
        <translation>  clave: %1 de %2 bits</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1</source>
        <translation>  huella digital SHA-256: %1</translation>
    </message>
    <message>
        <source>Name check: "%1" matches the certificate.</source>
        <translation>Comprobación del nombre: «%1» coincide con el certificado.</translation>
    </message>
    <message>
        <source>Name check: "%1" does NOT match the certificate.</source>
        <translation>Comprobación del nombre: «%1» NO coincide con el certificado.</translation>
    </message>
    <message>
        <source>Verification: passed (the chain leads to a trusted authority).</source>
        <translation>Verificación: superada (la cadena lleva hasta una autoridad de confianza).</translation>
    </message>
    <message>
        <source>Verification: FAILED.</source>
        <translation>Verificación: FALLIDA.</translation>
    </message>
    <message>
        <source> (Qt: %1)</source>
        <translation> (Qt: %1)</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Sin TLS</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificado verificado</translation>
    </message>
    <message>
        <source>certificate NOT verified: %1</source>
        <translation>certificado NO verificado: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits), %4</source>
        <translation>%1, %2 (%3 bits), %4</translation>
    </message>
    <message>
        <source>a protocol older than TLS 1.2</source>
        <translation>un protocolo anterior a TLS 1.2</translation>
    </message>
</context>
<context>
    <name>mailflow::TlsRptCheck</name>
    <message>
        <source>TLS reporting</source>
        <translation>Informes TLS</translation>
    </message>
    <message>
        <source>There is no recipient domain to check.</source>
        <translation>No hay ningún dominio de destinatario que comprobar.</translation>
    </message>
    <message>
        <source>TLS reporting of %1</source>
        <translation>Informes TLS de %1</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 could not be looked up: the name %2.</source>
        <translation>No se pudo consultar el registro TLS-RPT de %1: el nombre %2.</translation>
    </message>
    <message>
        <source>%1 publishes no TLS-RPT record: senders do not report TLS failures to it.</source>
        <translation>%1 no publica ningún registro TLS-RPT: los remitentes no le informan de los fallos de TLS.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 is not valid (it needs "v=TLSRPTv1; rua=mailto:...").</source>
        <translation>El registro TLS-RPT de %1 no es válido (necesita "v=TLSRPTv1; rua=mailto:...").</translation>
    </message>
    <message>
        <source>Senders report TLS failures for %1 to %2.</source>
        <translation>Los remitentes informan de los fallos de TLS de %1 a %2.</translation>
    </message>
    <message>
        <source>The TLS-RPT record of %1 was not answered within the check's time limit.</source>
        <translation>La consulta del registro TLS-RPT de %1 no obtuvo respuesta dentro del tiempo límite de la comprobación.</translation>
    </message>
</context>
<context>
    <name>mailflow::Transcript</name>
    <message>
        <source>Mailflow sent</source>
        <translation>Mailflow envió</translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation>El servidor respondió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
        <translation>&amp;Tiempos</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transcript&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transcripción&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the time of each line, relative to the start of the test</source>
        <translation>Mostrar la hora de cada línea, relativa al inicio de la prueba</translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous (Shift+F3)</source>
        <translation>Buscar anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next (F3)</source>
        <translation>Buscar siguiente (F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected lines, or the whole transcript when none is selected</source>
        <translation>Copiar las líneas seleccionadas o toda la transcripción si no hay ninguna seleccionada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>mailflow::Verdict</name>
    <message>
        <source>Mail to %1 was accepted by %2.</source>
        <translation>%2 aceptó el correo para %1.</translation>
    </message>
    <message>
        <source>Mail to %1 was accepted by %2 (queued as %3).</source>
        <translation>%2 aceptó el correo para %1 (en cola como %3).</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Fallo en %1: %2</translation>
    </message>
    <message>
        <source>The test has not run yet.</source>
        <translation>La prueba todavía no se ha ejecutado.</translation>
    </message>
    <message>
        <source>%1 answered as expected up to %2; no message was sent.</source>
        <translation>%1 respondió según lo esperado hasta %2; no se envió ningún mensaje.</translation>
    </message>
    <message>
        <source>Warning at %1: %2</source>
        <translation>Advertencia en %1: %2</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchRunner</name>
    <message>
        <source>a run passes</source>
        <translation>se supere una ejecución</translation>
    </message>
    <message>
        <source>the result changes</source>
        <translation>cambie el resultado</translation>
    </message>
    <message>
        <source>%1 hours have passed</source>
        <translation>hayan pasado %1 horas</translation>
    </message>
    <message>
        <source>Watching the profile %1: a run every %2 minutes until %3.</source>
        <translation>Supervisando el perfil %1: una ejecución cada %2 minutos hasta que %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <source>Time is up after %n run(s).</source>
        <translation>
            <numerusform>Tiempo agotado tras %n ejecución.</numerusform>
            <numerusform>Tiempo agotado tras %n ejecuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(cambiado)</translation>
    </message>
</context>
<context>
    <name>mailflow::WatchWindow</name>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Iniciar supervisión</translation>
    </message>
    <message>
        <source>Mailflow — watching "%1"</source>
        <translation>Mailflow — supervisando «%1»</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Runs the profile again on a schedule and tells you when its result changes (a DNS change propagating, a block-list removal, a greylisting wait).</source>
        <translation>Vuelve a ejecutar el perfil de forma programada y le avisa cuando cambia su resultado (un cambio de DNS que se propaga, una exclusión de una lista de bloqueo, una espera de greylisting).</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Runs of this profile, newest first:</source>
        <translation>Ejecuciones de este perfil, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Detener supervisión</translation>
    </message>
    <message>
        <source>Next run at %1</source>
        <translation>Próxima ejecución a las %1</translation>
    </message>
    <message>
        <source>"%1" changed at %2: now %3%4</source>
        <translation>«%1» cambió a las %2: ahora %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Mailflow watch</source>
        <translation>Supervisión de Mailflow</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPage</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>mailflow::WizardPanel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>no probado</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>R&amp;un to end</source>
        <translation>Ejecutar &amp;hasta el final</translation>
    </message>
    <message>
        <source>Abor&amp;t</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Reco&amp;nnect</source>
        <translation>Reco&amp;nectar</translation>
    </message>
    <message>
        <source>Run this page's step now (Enter)</source>
        <translation>Ejecutar ahora el paso de esta página (Intro)</translation>
    </message>
    <message>
        <source>Run the remaining steps in one go with the values entered, up to the stop point</source>
        <translation>Ejecutar de una vez los pasos restantes con los valores introducidos, hasta el punto de parada</translation>
    </message>
    <message>
        <source>Stop what is running and drop the connection; the transcript is kept</source>
        <translation>Detener lo que se está ejecutando y cortar la conexión; la transcripción se conserva</translation>
    </message>
    <message>
        <source>Connect again, keeping the transcript of what happened</source>
        <translation>Volver a conectar, conservando la transcripción de lo ocurrido</translation>
    </message>
    <message>
        <source>to the end (send the mail)</source>
        <translation>hasta el final (enviar el correo)</translation>
    </message>
    <message>
        <source>stop after RCPT (no mail sent)</source>
        <translation>detenerse tras RCPT (no se envía correo)</translation>
    </message>
    <message>
        <source>stop after MAIL FROM</source>
        <translation>detenerse tras MAIL FROM</translation>
    </message>
    <message>
        <source>stop after EHLO</source>
        <translation>detenerse tras EHLO</translation>
    </message>
    <message>
        <source>stop after the greeting</source>
        <translation>detenerse tras el saludo</translation>
    </message>
    <message>
        <source>Stop point</source>
        <translation>Punto de parada</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Not connected yet: go Back to the Connect step and press Connect first (or Run to end).</source>
        <translation>Todavía no hay conexión: vuelva Atrás al paso Conectar y pulse primero Conectar (o Ejecutar hasta el final).</translation>
    </message>
    <message>
        <source>This step needs the steps before it: go Back and send them first.</source>
        <translation>Este paso necesita los pasos anteriores: vuelva Atrás y envíelos primero.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 de %2 enviados</translation>
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation>Esperando a que el servidor acepte el mensaje…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <source>XCLIENT is sent just before MAIL FROM: choose a later stop point, or empty the XCLIENT field.</source>
        <translation>XCLIENT se envía justo antes de MAIL FROM: elija un punto de detención posterior o vacíe el campo XCLIENT.</translation>
    </message>
</context>
<context>
    <name>mailflow::Xclient</name>
    <message>
        <source>unknown attribute %1; XCLIENT takes %2.</source>
        <translation>atributo desconocido %1; XCLIENT admite %2.</translation>
    </message>
    <message>
        <source>%1 needs a value (or [UNAVAILABLE]).</source>
        <translation>%1 necesita un valor (o [UNAVAILABLE]).</translation>
    </message>
    <message>
        <source>%1: the value has a control character.</source>
        <translation>%1: el valor contiene un carácter de control.</translation>
    </message>
    <message>
        <source>%1 must be an IP address, not "%2".</source>
        <translation>%1 debe ser una dirección IP, no «%2».</translation>
    </message>
    <message>
        <source>%1 must be a port number from 0 to 65535.</source>
        <translation>%1 debe ser un número de puerto entre 0 y 65535.</translation>
    </message>
    <message>
        <source>PROTO must be SMTP or ESMTP.</source>
        <translation>PROTO debe ser SMTP o ESMTP.</translation>
    </message>
    <message>
        <source>%1: at most 255 characters.</source>
        <translation>%1: 255 caracteres como máximo.</translation>
    </message>
    <message>
        <source>give NAME=VALUE, e.g. ADDR=192.0.2.1,NAME=mail.example.com.</source>
        <translation>indique NOMBRE=VALOR, p. ej. ADDR=192.0.2.1,NAME=mail.example.com.</translation>
    </message>
    <message>
        <source>"%1" is not NAME=VALUE.</source>
        <translation>«%1» no tiene la forma NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1 se indica dos veces.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tests an SMTP server step by step.</source>
        <translation>Prueba un servidor SMTP paso a paso.</translation>
    </message>
    <message>
        <source>Open the window on the built-in practice server with SCENARIO.</source>
        <translation>Abrir la ventana con el servidor de práctica integrado y ESCENARIO.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>The language of the window: %1 (default: the setting, else the system's).</source>
        <translation>El idioma de la ventana: %1 (predeterminado: el del ajuste o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
</context>
</TS>
