<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CmdletBinder</name>
    <message numerus="yes">
        <source>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is a list of %n value(s). %3</source>
        <translation>
            <numerusform>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is a list of %n value. %3</numerusform>
            <numerusform>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is a list of %n values. %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectivityResultModel</name>
    <message numerus="yes">
        <source>Testing: %1 of %n host(s) tested…</source>
        <translation>
            <numerusform>Testing: %1 of %n host tested…</numerusform>
            <numerusform>Testing: %1 of %n hosts tested…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectivityTest</name>
    <message numerus="yes">
        <source>The MX lookup for %1 got no answer within %n second(s).</source>
        <translation>
            <numerusform>The MX lookup for %1 got no answer within %n second.</numerusform>
            <numerusform>The MX lookup for %1 got no answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorValidator</name>
    <message numerus="yes">
        <source>%n source server(s) of the connector list(s) no external DNS servers (ExternalDNSServers): %1. They look up MX records with their network adapter&apos;s DNS servers instead, as if UseExternalDNSServersEnabled were off. List their external DNS servers in the organization file, or turn the setting off.</source>
        <translation>
            <numerusform>%n source server of the connector lists no external DNS servers (ExternalDNSServers): %1. It looks up MX records with its network adapter&apos;s DNS servers instead, as if UseExternalDNSServersEnabled were off. List its external DNS servers in the organization file, or turn the setting off.</numerusform>
            <numerusform>%n source servers of the connector list no external DNS servers (ExternalDNSServers): %1. They look up MX records with their network adapter&apos;s DNS servers instead, as if UseExternalDNSServersEnabled were off. List their external DNS servers in the organization file, or turn the setting off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message numerus="yes">
        <source>The organization file has %n warning(s); the first: %1</source>
        <translation>
            <numerusform>The organization file has %n warning: %1</numerusform>
            <numerusform>The organization file has %n warnings; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replicated</source>
        <translation>
            <numerusform>%n replicated</numerusform>
            <numerusform>%n replicated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organization in the directory has %n warning(s); the first: %1</source>
        <translation>
            <numerusform>The organization in the directory has %n warning: %1</numerusform>
            <numerusform>The organization in the directory has %n warnings; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message numerus="yes">
        <source>The directory holds %n organizations below %1 (%2); give the base DN of one that holds only one.</source>
        <translation>
            <numerusform>The directory holds %n organization below %1 (%2); give the base DN of one that holds only one.</numerusform>
            <numerusform>The directory holds %n organizations below %1 (%2); give the base DN of one that holds only one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message numerus="yes">
        <source>%1 could not be resolved within %n second(s).</source>
        <translation>
            <numerusform>%1 could not be resolved within %n second.</numerusform>
            <numerusform>%1 could not be resolved within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not accept a connection on port %2 within %n second(s).</source>
        <translation>
            <numerusform>%1 did not accept a connection on port %2 within %n second.</numerusform>
            <numerusform>%1 did not accept a connection on port %2 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but sent no banner within %n second(s).</source>
        <translation>
            <numerusform>%1 accepted the connection but sent no banner within %n second.</numerusform>
            <numerusform>%1 accepted the connection but sent no banner within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>The TLS handshake with %1 did not finish within %n second.</numerusform>
            <numerusform>The TLS handshake with %1 did not finish within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer QUIT within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer QUIT within %n second.</numerusform>
            <numerusform>%1 did not answer QUIT within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer the step &quot;%2&quot; within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer the step &quot;%2&quot; within %n second.</numerusform>
            <numerusform>%1 did not answer the step &quot;%2&quot; within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LdapConnection</name>
    <message numerus="yes">
        <source>the server did not answer within %n second(s).</source>
        <translation>
            <numerusform>the server did not answer within %n second.</numerusform>
            <numerusform>the server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationEntries</name>
    <message numerus="yes">
        <source>The entry %1 has %n values of %2, which takes one.</source>
        <translation>
            <numerusform>The entry %1 has %n value of %2, which takes one.</numerusform>
            <numerusform>The entry %1 has %n values of %2, which takes one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site link %1 must name exactly two sites in %2; it names %n.</source>
        <translation>
            <numerusform>The site link %1 must name exactly two sites in %2; it names %n.</numerusform>
            <numerusform>The site link %1 must name exactly two sites in %2; it names %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShellSession</name>
    <message numerus="yes">
        <source>%n more problem(s) are not shown; correct the ones above first.</source>
        <translation>
            <numerusform>%n more problem is not shown; correct the ones above first.</numerusform>
            <numerusform>%n more problems are not shown; correct the ones above first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n recipient(s) from %1 in &quot;%2&quot;.</source>
        <translation>
            <numerusform>Resolving %n recipient from %1 in &quot;%2&quot;.</numerusform>
            <numerusform>Resolving %n recipients from %1 in &quot;%2&quot;.</numerusform>
        </translation>
    </message>
</context>
</TS>
