<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>not failed: retry after %n s</source>
        <translation>
            <numerusform>not failed: retry after %n s</numerusform>
            <numerusform>not failed: retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::AllMxRunner</name>
    <message numerus="yes">
        <source>Deferred, not failed: retrying %n row(s) once</source>
        <translation>
            <numerusform>Deferred, not failed: retrying %n row once</numerusform>
            <numerusform>Deferred, not failed: retrying %n rows once</numerusform>
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
    <name>mailflow::CliParser</name>
    <message numerus="yes">
        <source>%n run(s).</source>
        <translation>
            <numerusform>%n run.</numerusform>
            <numerusform>%n runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::CliPracticeOptions</name>
    <message numerus="yes">
        <source>It accepts %n message(s) in this session, then answers 421.
</source>
        <translation>
            <numerusform>It accepts %n message in this session, then answers 421.
</numerusform>
            <numerusform>It accepts %n messages in this session, then answers 421.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::CliRunner</name>
    <message numerus="yes">
        <source>Deferred, not failed: retrying once in %n s.</source>
        <translation>
            <numerusform>Deferred, not failed: retrying once in %n s.</numerusform>
            <numerusform>Deferred, not failed: retrying once in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not failed; the server asks to retry after %n s</source>
        <translation>
            <numerusform>not failed; the server asks to retry after %n s</numerusform>
            <numerusform>not failed; the server asks to retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DataElider</name>
    <message numerus="yes">
        <source>[… %n lines (%1 bytes) of the message not shown …]</source>
        <translation>
            <numerusform>[… %n line (%1 bytes) of the message not shown …]</numerusform>
            <numerusform>[… %n lines (%1 bytes) of the message not shown …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DeliveryRule</name>
    <message numerus="yes">
        <source>A real sender would deliver to %1, after %n more preferred attempt(s) failed temporarily.</source>
        <translation>
            <numerusform>A real sender would deliver to %1, after %n more preferred attempt failed temporarily.</numerusform>
            <numerusform>A real sender would deliver to %1, after %n more preferred attempts failed temporarily.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DiagnosisBox</name>
    <message numerus="yes">
        <source>&amp;Retry after %n s</source>
        <translation>
            <numerusform>&amp;Retry after %n s</numerusform>
            <numerusform>&amp;Retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DnsMxResolver</name>
    <message numerus="yes">
        <source>Looking up the addresses of %n mail server(s)…</source>
        <translation>
            <numerusform>Looking up the addresses of %n mail server…</numerusform>
            <numerusform>Looking up the addresses of %n mail servers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::DnsQuery</name>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation>
            <numerusform>No answer within %n second</numerusform>
            <numerusform>No answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not be looked up (%1): no answer within %n second(s)</source>
        <translation>
            <numerusform>could not be looked up (%1): no answer within %n second</numerusform>
            <numerusform>could not be looked up (%1): no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::HistoryWindow</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::MxLookupResult</name>
    <message numerus="yes">
        <source>MX lookup of %1 asked %2: %3 (%n ms)</source>
        <translation>
            <numerusform>MX lookup of %1 asked %2: %3 (%n ms)</numerusform>
            <numerusform>MX lookup of %1 asked %2: %3 (%n ms)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::ProfileRunner</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::ReportSections</name>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 to %2 (%n day left)</numerusform>
            <numerusform>%1 to %2 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::SmtpSession</name>
    <message numerus="yes">
        <source>PIPELINING: the next %n commands go out in one write; each reply is judged in order.</source>
        <translation>
            <numerusform>PIPELINING: the next %n command goes out in one write; its reply is judged.</numerusform>
            <numerusform>PIPELINING: the next %n commands go out in one write; each reply is judged in order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::TlsReport</name>
    <message numerus="yes">
        <source> … and %n more</source>
        <translation>
            <numerusform> … and %n more</numerusform>
            <numerusform> … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s) (%1): renew it soon.</source>
        <translation>
            <numerusform>The server&apos;s certificate expires in %n day (%1): renew it soon.</numerusform>
            <numerusform>The server&apos;s certificate expires in %n days (%1): renew it soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>EXPIRED %n day(s) ago</source>
        <translation>
            <numerusform>EXPIRED %n day ago</numerusform>
            <numerusform>EXPIRED %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailflow::WatchRunner</name>
    <message numerus="yes">
        <source>Time is up after %n run(s).</source>
        <translation>
            <numerusform>Time is up after %n run.</numerusform>
            <numerusform>Time is up after %n runs.</numerusform>
        </translation>
    </message>
</context>
</TS>
