<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPane</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSpaceDialog</name>
    <message>
        <source>Enter a domain such as contoso.com. The wildcard character may start the address: &quot;*&quot;, &quot;*.com&quot; and &quot;*.contoso.com&quot; are allowed, &quot;*contoso.com&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example X400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include all subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When several connectors match a destination equally well, the lowest cost wins. From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an X.400 address (RFC 1685) such as o=MySite;p=MyOrg;a=adatum;c=us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the type first: SMTP and X400 addresses are checked; any other type made of letters and digits takes free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address of type %1 is free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space %1:%2 is already in the list. Edit that entry instead, or enter another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSpaceForm</name>
    <message>
        <source>&amp;SMTP Address Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom Address Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an SMTP address space; Alt+Down opens a menu that also offers a custom address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an SMTP address space; the arrow (Alt+Down) also offers a custom address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an SMTP address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or double-click edits the selected address space; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected address space (Alt+M, or Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address s&amp;paces this connector routes mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMT&amp;P domains this connector routes mail to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: mail to a non-SMTP address space still leaves this connector over SMTP, through a smart host. To deliver to a system that does not speak SMTP, such as a fax gateway, use a Foreign connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;coped send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Hub Transport servers in the same Active Directory site as the source servers may use this connector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSpaceModel</name>
    <message>
        <source>SMTP address space %1, including all subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP address space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 address space %2, cost %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSpacePage</name>
    <message>
        <source>Address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the address spaces to which this connector routes mail: the domains (or, on a Hub Transport server, other address types) whose recipients it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the SMTP domains to which this connector routes mail: the domains whose recipients it serves, such as contoso.com or *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSpaceParser</name>
    <message>
        <source>The address space type is empty. Enter SMTP, X400, or another type made of letters and digits, such as FAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Local&quot; is the scope prefix, not an address space type. Enter SMTP, X400, or another type made of letters and digits, such as FAX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space type &quot;%1&quot; contains &apos;%2&apos;. A type is made of letters and digits only, such as SMTP, X400 or FAX; the text before the first &apos;:&apos; of an address space is its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space cost %1 is not allowed: the cost must be between %2 and %3 (the lowest cost is preferred).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SMTP address space &quot;%1&quot; the wildcard &apos;*&apos; must be followed by a dot: enter &quot;*.%2&quot; for %2 and all its subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SMTP address space &quot;%1&quot; the wildcard &apos;*&apos; is not allowed there. Use &apos;*&apos; alone, or &apos;*.&apos; before a domain, such as *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SMTP address space. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X.400 address space &quot;%1&quot; has no components. Enter key=value pairs separated by &apos;;&apos;, such as o=MySite;p=MyOrg;a=adatum;c=us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X.400 address space &quot;%1&quot; has an empty component (two &apos;;&apos; in a row). Remove the extra &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component &quot;%1&quot; of the X.400 address space &quot;%2&quot; has no &apos;=&apos;. Each component is key=value, such as c=us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; in the X.400 address space &quot;%2&quot; is not known. Valid keys are %3 (in any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once in the X.400 address space &quot;%2&quot;. Give each key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; in the X.400 address space &quot;%2&quot; has no value. For a blank ADMD, write a single space: &quot;a= &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; in the X.400 address space &quot;%2&quot; has no value. Enter a value after the &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the X.400 address space &quot;%2&quot; is %3 characters long; it may have at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty. Enter a domain such as contoso.com, *.contoso.com, or * for all domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty. Enter the address this connector routes for the type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space is empty. Enter one such as contoso.com, SMTP:*.contoso.com;5 or X400:c=us;a= ;p=MyOrg;1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope prefix &quot;Local:&quot; in &quot;%1&quot; is not used by Exchange 2007 SP1. Remove it, and scope the connector with -IsScopedConnector $true (the Scoped send connector check box) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cost is required when the address contains &apos;;&apos;: end the entry with &apos;;&lt;cost&gt;&apos;, for example &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space cost after the last &apos;;&apos; is missing: the cost must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space cost &quot;%1&quot; is not valid: the cost must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address space with a local scope is not used by Exchange 2007 SP1. Clear the scope, and scope the connector with -IsScopedConnector $true (the Scoped send connector check box) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains the control character U+%2 (a line break or tab, for example). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmdletBinder</name>
    <message>
        <source>one text value, in quotes if it contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true or $false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (it is a switch), or :$true / :$false right after its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more address spaces separated by commas, such as &apos;SMTP:*.contoso.com;5&apos;,&apos;fabrikam.com&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more smart hosts separated by commas, such as 192.168.1.20,relay.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more server names separated by commas, such as EX01,EX02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size such as 20MB, &apos;512 KB&apos; or 1048576 (bytes), or unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as 00:10:00 or 1.00:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Get-Credential) or (Get-Credential &apos;user name&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Boolean value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$null is no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list of one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list of %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: %2; give %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos; to &apos;%2&apos;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no -IsScopedConnector: scope the connector with the Local: prefix on its address spaces instead, as in -AddressSpaces &apos;Local:*.contoso.com&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no -%2 switch: write -Usage %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 has no -%3; it came with Exchange 2007 SP1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter -%2. Its parameters are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter name -%1 is ambiguous: it matches %2. Write more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos; because it was given more than once. Give each parameter once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos; because it was given more than once (-%2 stands for -%1). Give each parameter once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing a value for parameter &apos;%1&apos;: write %2 after -%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the value &apos;%2&apos; without a parameter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is text, not a Boolean value; write $%3 (with the &apos;$&apos; and without quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: -%1 is a switch and takes no value but $true or $false (&apos;%2&apos; was given); write -%1 alone, or -%1:$false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is not a valid value; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: entry %2 of the list, &apos;%3&apos;, is not text; give %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: &apos;%2&apos; is not a valid port; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;Identity&apos;: the name is empty; give the name of a Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage was given more than once (%1). Give it once: either -Usage with one of %2, or one of the switches -Custom, -Internal, -Internet, -Partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove-SendConnector needs the name of the Send connector to remove: write Remove-SendConnector &apos;name&apos; or -Identity &apos;name&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the value &apos;%2&apos; here: only the %3 may be given without a parameter name, and it was already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 is a switch and takes no value after a space: write -%1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the parameter it is meant for before it, and put a value that contains spaces in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is another entry of -%1, separate the entries with commas: -%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it belongs to the value of -%1, put the whole value in quotes: -%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 0 to 2147483647</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter -%2: the usage is chosen when a Send connector is created and cannot be changed. Change the settings themselves instead (-SmartHosts, -SmartHostAuthMechanism, -DomainSecureEnabled…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the values that follow -%2: a password is never written on the command line. Write -%2 (Get-Credential &apos;user name&apos;) and enter the password when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 has no effect here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization is a file, not Active Directory, so the value was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shell keeps no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: Inquire is not available in this shell, which has no nested prompt to inquire with; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: the value given is not a credential. Write -%1 (Get-Credential) or -%1 (Get-Credential &apos;user name&apos;) and enter the password when asked: a password is never written on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;Instance&apos;: it takes a Send connector object, which this shell passes only through the pipeline. Write Get-SendConnector &apos;name&apos; | Set-SendConnector -Parameter value, or Set-SendConnector &apos;name&apos; -Parameter value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more e-mail addresses separated by commas, such as kim@contoso.com,&apos;sam@fabrikam.com&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: the list is empty; give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos;: the name is empty; give the name of a transport server, or leave out -%1 to test from the server the shell runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message size cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos; to &apos;%2&apos;: %3; give a size such as 10MB, &apos;512 KB&apos; or 1048576 (bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bind parameter &apos;%1&apos; to &apos;%2&apos;: a message has a size; give one such as 10MB, &apos;512 KB&apos; or 1048576 (bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmdletHelp</name>
    <message>
        <source>Creates a Send connector on a Hub Transport server or on an Edge Transport server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the configuration of one Send connector, or of every Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the settings of a Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The New-SendConnector cmdlet creates a Send connector in the organization file. On a Hub Transport server the connector belongs to the organization and is sent from its source servers; on an Edge Transport server it belongs to that server. Without -Name or -AddressSpaces the cmdlet asks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Get-SendConnector cmdlet shows the Send connectors of the side the shell runs on. Without -Identity it shows all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remove-SendConnector cmdlet deletes a Send connector. It asks for a confirmation unless -Confirm:$false is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Set-SendConnector cmdlet changes the settings given and leaves the others as they are. A multi-valued setting (-AddressSpaces, -SmartHosts, -SourceTransportServers) is replaced by the whole list given. The connector is named by -Identity, or comes from Get-SendConnector through the pipeline. It does not ask for a confirmation unless -Confirm is given, and prints nothing when it succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example creates a Send connector that sends mail for every domain on the Internet, found through DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example shows what would be created, without creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example lists every Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example shows every property of one Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example removes a Send connector without asking for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example raises the largest message size of one Send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example replaces the smart hosts of a Send connector read through the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example shows what a rename would do, without doing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the connector: at most 64 characters, unique among the organization&apos;s Send connectors. The parameter name may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains the connector sends mail to, each with an optional type and cost: &apos;contoso.com&apos;, &apos;SMTP:*.contoso.com;5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intended use, which sets the defaults of the other settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: look up the destination in DNS; $false: send through the smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers mail is sent through when DNS routing is off: names or IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connector authenticates to its smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name and password for basic authentication, given as (Get-Credential); the password is asked for and never written on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub Transport servers (or Edge Subscriptions) that send through the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: only the servers of the source servers&apos; Active Directory site use the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: resolve names with the external DNS servers configured on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest message the connector sends, such as 10MB, or unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port to connect to (25 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an idle connection stays open, as [d.]hh:mm:ss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$false: the connector is disabled, and no mail is sent through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text about the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the connector gives in HELO and EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: greet with HELO instead of EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: never use TLS even when the remote server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: send only over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$true: use mutual TLS authentication (domain security) with the destination domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose turns SMTP protocol logging on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local IP address to send from (Edge Transport servers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Receive connector whose mail this connector relays; replaces the address spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as -Usage %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppresses the cmdlet&apos;s extra questions; it does not suppress -Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies settings from an object read from Active Directory; it has no effect here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the Send connector. The parameter name may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector to change, as Get-SendConnector passes it through the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller to read and write through; it has no effect here (no Active Directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what the command would do, and does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks before the change is made; -Confirm:$false never asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes VERBOSE: lines saying what the cmdlet does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; these cmdlets write no debug messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do at an error: Continue (show it), SilentlyContinue (do not show it), Stop (show it and stop the script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; this shell keeps no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; it does not change the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required?                    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position?                    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cmdlet supports the common parameters: -Verbose, -Debug, -ErrorAction, -ErrorVariable, -OutVariable and -OutBuffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-------------------------- EXAMPLE %1 --------------------------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more information, type: &quot;get-help %1 -detailed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For technical information, type: &quot;get-help %1 -full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shell knows these cmdlets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;Get-Help &lt;cmdlet&gt;&quot;, &quot;Get-Help &lt;cmdlet&gt; -Full&quot;, &quot;Get-Help &lt;cmdlet&gt; -Examples&quot; or &quot;&lt;cmdlet&gt; -?&quot; for the help of one cmdlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-SendConnectorRouting is a product extension of this shell, not an Exchange 2007 cmdlet: a real Exchange Management Shell does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows which Send connector takes mail to each recipient (a product extension, not an Exchange 2007 cmdlet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Test-SendConnectorRouting cmdlet answers, for each recipient, what happens to a message of the size given sent from a transport server: delivered inside the organization (Internal), sent through a Send connector (Routed: the connector, the address space that matched, the source server, the cost and the next hop), or left in the Unreachable queue (Unreachable), with the reason. It prints one record per recipient, in order; -Explain adds every candidate connector and the step that eliminated it. It reads the organization file and changes nothing, so it needs no role, and it succeeds whatever the answer. Addresses come from -Recipient or from the pipeline; an invalid address is an error for that address only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example shows which Send connector takes a 5 MB message to kim@tailspintoys.com from the server the shell runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This example answers for two recipients read from the pipeline, as seen from EX03, and lists every candidate connector with the step that eliminated it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail addresses to test, separated by commas, or read from the pipeline. The parameter name may be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport server the message is sent from: a Hub Transport server, or an Edge Transport server that is not subscribed. By default, the server the shell runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the message, such as 10MB; connectors whose largest message size is smaller are not used. By default 0: no connector is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds, after each record, every candidate Send connector with the step that eliminated it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionPage</name>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard has finished. To close it, click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To copy the contents of this page, press Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard completed successfully. To close it, click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not create the connector. To fix the problem, click Back; nothing you entered is lost. To close the wizard without creating it, click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed Time: %1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SMTP Send Connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Management Shell command completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Management Shell command attempted:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorDraft</name>
    <message>
        <source>No server was given. Choose the Hub Transport server or unsubscribed Edge Transport server to create the connector on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; has no server named &quot;%2&quot;. Choose a Hub Transport server or an unsubscribed Edge Transport server: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is of type %2, not SMTP: DNS MX records cannot find its servers, so mail to it always goes to a smart host (over SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs a password as well as the user name. Enter it; it is kept in memory only and never written to the organization file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has %1 characters; it can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Partner connector uses domain security (mutual TLS), which cannot be used with the address space &quot;*&quot;. Replace &quot;*&quot; with the partner&apos;s domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Partner connector uses domain security (mutual TLS), which cannot be used with the address space &quot;*&quot;. Replace &quot;*&quot; with the partner&apos;s domains here, or click Back and choose another usage on the Introduction page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is of type %2, not SMTP: DNS cannot find its servers, and a %3 connector cannot route mail through smart hosts. Remove the address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is of type %2, not SMTP: DNS cannot find its servers, and a %3 connector cannot route mail through smart hosts. Remove the address space here, or click Back and choose the Custom, Internal or Internet usage on the Introduction page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing impact is shown once the connector has no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to routing: the same connectors carry mail for the same domains as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorHistory</name>
    <message>
        <source>Create &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &apos;%1&apos; (renamed &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change to redo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorListModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS (MX records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is routed with the DNS &quot;MX&quot; records of each recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is routed through these smart hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorName</name>
    <message>
        <source>The connector name is empty. Type a name that identifies the connector, for example &quot;Internet mail&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector name has %1 characters; it can have at most %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector name contains a control character (U+%1), such as a tab or a line break. Use only printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Send connector named &quot;%1&quot; already exists. Connector names must be unique (letter case does not count); choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorOperations</name>
    <message>
        <source>The organization file now says Exchange %1, but this change was made for Exchange %2, so nothing was changed. Start again from the file as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hub Transport side of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Send connector named &quot;%1&quot; on %2 (another program may have removed or renamed it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the Send connector &quot;%1&quot; after you opened it (changed: %2), so nothing was changed. Look at its current settings, then apply your change again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorPropertiesSheet</name>
    <message>
        <source>%1 Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-apply My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the settings you changed onto the connector as it is now; then click Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the connector as the other program left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Management Shell &amp;command that made this change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server&apos;s own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum message size (KB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum message size in KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &amp;logging level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the &amp;FQDN this connector will provide in response to HELO or EHLO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change smart host authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure smart host authentication settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: mail is routed with DNS MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled (use Disable in the action pane to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (use Enable in the action pane to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General: the connector&apos;s name, its protocol logging level, the FQDN it gives in HELO or EHLO and its maximum message size. Address Space: the domains it routes mail to. Network: DNS or smart hosts, and how it authenticates to them. Source Server: the servers that send its mail.

Apply writes your changes and shows the Exchange Management Shell command that makes the same change; when another program changed the connector meanwhile, nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes to the connector…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorSummary</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge Transport server %1 (its own connectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization (Hub Transport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, including all subdomains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (cost %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoped send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (&quot;Local:&quot; address spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (Exchange 2007 RTM scopes only with &quot;Local:&quot; in the shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Receive connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use domain name system (DNS) &quot;MX&quot; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route all mail through smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the External DNS Lookup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection inactivity time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN in HELO/EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the server&apos;s own name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain security (mutual TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set; kept in memory only, never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an Edge Transport server sends its own connectors&apos; mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Authentication over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Externally Secured (for example, with IPsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (an Edge Transport server&apos;s own connector cannot be scoped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorValidator</name>
    <message>
        <source>The organization has no server named &quot;%1&quot;. Choose one of its Edge Transport servers, or create the connector on the Hub side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Hub Transport server, not an Edge Transport server. Create the connector for the organization (Hub side) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization (EdgeSync), which replaces its Send connectors. Create the connector on a Hub Transport server instead; EdgeSync copies it to the Edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector linked to the Receive connector &quot;%1&quot; sends whatever that connector receives and cannot have address spaces. Remove the address spaces or clear LinkedReceiveConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector has no address space. Add at least one, for example &quot;contoso.com&quot;, or &quot;*&quot; for all Internet mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;--&quot; (all accepted domains) is valid only on a connector sent from an Edge Transport server. Use domain names here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;--&quot; (all accepted domains) must be the connector&apos;s only address space. Remove the others or remove &quot;--&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is not of type SMTP. A connector sent from an Edge Transport server takes only SMTP address spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Edge Transport server&apos;s own connector cannot be scoped to an Active Directory site. Remove the &quot;Local:&quot; prefix from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is listed more than once (entries %2 and %3). Keep only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2007 RTM has no IsScopedConnector setting. To scope the connector to its Active Directory site, prefix each address space with &quot;Local:&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Edge Transport server&apos;s own connector cannot be scoped to an Active Directory site. Clear the scoped Send connector option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Internal connector cannot use DNS MX records. Route its mail through smart hosts, or choose the Custom, Internet or Partner usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Partner connector cannot route mail through smart hosts. Use DNS MX records, or choose the Custom, Internal or Internet usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connector linked to a Receive connector must route mail through smart hosts. Turn DNS routing off and add at least one smart host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts are listed but the connector routes mail with DNS MX records. Either remove the smart hosts or turn DNS routing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector routes mail through smart hosts but none is listed. Add at least one smart host (an IP address or an FQDN), or use DNS MX records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is not of type SMTP, so DNS cannot find its servers. Route the connector&apos;s mail through smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host &quot;%1&quot; is listed more than once. Keep only one entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host authentication &quot;%1&quot; applies only to smart hosts, but the connector uses DNS MX records. Choose None, or route the mail through smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication needs a user name and a password for the smart hosts. Enter the user name, for example &quot;CONTOSO\relay&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name has %1 characters; it can have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name and password are used only with Basic authentication, not with &quot;%1&quot;. Remove the credential or choose BasicAuth or BasicAuthRequireTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication without TLS sends the password in clear text. Prefer Basic Authentication over TLS (BasicAuthRequireTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Edge Transport server&apos;s own connector is always sent by that server and takes no source servers. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector has no source server. Add at least one Hub Transport server or Edge Subscription that will send its mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source server &quot;%1&quot; is listed more than once. Keep only one entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no transport server named &quot;%1&quot;. Choose a Hub Transport server or an Edge Subscription of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; has no Edge Subscription, so it cannot be a source server. Subscribe it first, or choose a Hub Transport server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source servers mix Hub Transport servers and Edge Subscriptions. List only Hub Transport servers or only Edge Subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source servers are in several Active Directory sites (%1). Only the servers of the closest site will send mail, so the load is not balanced across them. Consider source servers from one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not valid. Enter a number from 0 to %2; SMTP uses 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 expects TLS from the first byte (implicit TLS), which Send connectors cannot speak. Use port 25 or 587, where STARTTLS is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum message size of %1 bytes is not valid. Enter 0 to %2 bytes (for example &quot;20MB&quot;), or &quot;unlimited&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection inactivity time-out must be between 00:00:01 and 1.00:00:00 (one day). The default is 00:10:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an internal name. Receiving servers on the Internet may reject a HELO/EHLO name they cannot resolve; use a public name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external DNS lookup settings are used only with DNS MX routing; this connector uses smart hosts, so the setting has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment has %1 characters; it can have at most %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequireTLS and IgnoreSTARTTLS contradict each other: the connector cannot both require TLS and never start it. Turn one of them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequireTLS on a connector for &quot;*&quot; makes mail to every server that does not offer TLS wait in the queue. Require TLS on connectors for specific domains instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) works only with DNS MX routing. Turn DNS routing on or turn DomainSecureEnabled off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) needs STARTTLS. Turn IgnoreSTARTTLS off or turn DomainSecureEnabled off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) cannot be used with the address space &quot;*&quot;. List the partner domains themselves, or turn DomainSecureEnabled off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SourceIPAddress can be set only on an Edge Transport server&apos;s connector; on the Hub side it must stay 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter an IPv4 address such as 10.0.0.5, an IPv6 address, or 0.0.0.0 to use any of the server&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange 2007 RTM supports only IPv4 addresses; &quot;%1&quot; needs Exchange 2007 SP1. Enter an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to &quot;%1&quot; larger than %2 will not be refused: the connector &quot;%3&quot; for &quot;%4&quot;, whose limit is %5, sends them instead, because a connector is skipped when a message is too large for it. Lower that connector&apos;s limit too if the limit matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector routes mail through smart hosts but none is listed. Add at least one smart host (an IP address or an FQDN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space &quot;%1&quot; is not of type SMTP, so DNS cannot find its servers, and a %2 connector cannot route mail through smart hosts. Change the usage to Custom, Internal or Internet, or use only SMTP address spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host &quot;%1&quot; is the organization&apos;s own Hub Transport server %2. It would route the mail with the organization&apos;s Send connectors again, back to this connector: a mail loop. Use a smart host outside the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host &quot;%1&quot; is the Edge Transport server %2, which sends this connector&apos;s mail: it would relay the mail to itself, in a loop. Use a smart host outside the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source servers of this scoped connector are in several Active Directory sites (%1): the connector is used by the Hub Transport servers of each of these sites, not of one, and only the servers of the closest site send its mail. Choose source servers from the one site the connector is meant for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleTree</name>
    <message>
        <source>Console tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Exchange organization &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s Send connectors, used by the Hub Transport servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subscribed to the organization by EdgeSync: its Send connectors are created on the Hub Transport side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not subscribed: it has Send connectors of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport servers, listed above the tabs of the one selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Exchange Management Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Send Connector...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Send connector with the New SMTP Send Connector wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the selected Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the selected Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every property of the selected Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the organization file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Organization...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another organization file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organization from &amp;Sample...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the sample organization (Contoso) and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Send Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to show only the connectors that contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Su&amp;bscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge subscriptions are created with EdgeSync and are not managed here. A subscribed Edge Transport server is marked &quot;(subscribed)&quot; in the console tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console &amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization &quot;%1&quot; has no server named &quot;%2&quot;; showing Hub Transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organization file has %n warning(s); the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The organization file %1 cannot be opened. It was not changed, and the console still shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 cannot be opened. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Exchange Management Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization file is open. Use File &gt; Open Organization (Ctrl+O) or File &gt; New Organization from Sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a Send connector in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the Send connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the Send connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Send connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; could not be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; could not be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure that you want to permanently remove the Send connector &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organization from Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample organization could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Send Connector Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Send Connector Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A replica of the Exchange Server 2007 Management Console&apos;s Send connectors and its New SMTP Send Connector wizard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 was changed by another program and cannot be read now; it was not changed here. The console shows the last version it could read and changes nothing until the file is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 was removed or renamed by another program. The console shows the last version it could read and changes nothing until the file is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file cannot be read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file cannot be read now, so nothing can be changed until it is repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport List...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list shown in the result pane as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;ge Transport servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are outside this console&apos;s scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s transport settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-spam features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail Address Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport R&amp;ules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;lobal Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-spa&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replicated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select Hub Transport under Organization Configuration to see the organization&apos;s Send connectors, or Edge Transport to see the Edge Transport servers&apos; own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no Edge Transport server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an Edge Transport server in the list above to see its Send connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subscribed to the organization by EdgeSync. The list shows, read-only, the Hub Transport side&apos;s Send connectors that EdgeSync replicates to it: those whose source servers include its Edge Subscription. Create and change Send connectors on the Hub Transport node instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no Edge Transport server to create a Send connector on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several Edge Transport servers keep Send connectors of their own: select the one to create the Send connector on in the list of Edge Transport servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Hub Transport or Edge Transport in the console tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the properties of the Send connector &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Send connectors shown, as sorted and filtered, as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a list of Send connectors first: Hub Transport or an Edge Transport server, Send Connectors tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone. It stays in the Edit menu, to try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be redone. It stays in the Edit menu, to try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector is replicated to the subscribed Edge Transport server by EdgeSync. Change it in Organization Configuration &gt; Hub Transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Routing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which Send connector carries mail for a recipient, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how long saving waits for another program that is changing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the organization file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the organization file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organization file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for another program&apos;s lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long saving a change waits while another program (a shell, another console) is writing the organization file, before it gives up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for another program&apos;s lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organization file %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is being saved to the organization file; wait until it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling the Send connector &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the Send connector &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the Send connector &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing: %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing: %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain name is empty. Enter a name such as contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name &quot;%1&quot; contains the character &apos;%2&apos;, which is not allowed. Use only letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name &quot;%1&quot; has an empty label: it starts or ends with a dot, or has two dots in a row. Remove the extra dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; of the domain name &quot;%2&quot; starts or ends with a hyphen. A hyphen is allowed only inside a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; of the domain name &quot;%2&quot; is longer than %3 characters once converted to its ASCII (&quot;xn--&quot;) form. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internationalised domain name &quot;%1&quot; cannot be converted to its ASCII (&quot;xn--&quot;) form. Check it for characters that are not allowed in domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; of the domain name &quot;%2&quot; is %3 characters long; a label may have at most %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name &quot;%1&quot; becomes &quot;%2&quot; in its ASCII form, which contains the character &apos;%3&apos;. Use only letters, digits, hyphens and dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name &quot;%1&quot; is %2 characters long; a domain name may have at most %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name &quot;%1&quot; is %2 characters long in its ASCII form &quot;%3&quot;; a domain name may have at most %4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fully qualified domain name: it needs at least two labels, such as mail.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fully qualified domain name: its last label &quot;%2&quot; is all digits. Enter a name such as mail.contoso.com, or an IP address in dotted form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard creates a new Send connector. Give it a name that identifies it, and select what it is meant for: the intended use decides its defaults and the permission set it grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the intended use for this Send connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;ternet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Unicode Text (Tab Delimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode Text (Comma Delimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 Text (Tab Delimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 Text (Comma Delimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettingsForm</name>
    <message>
        <source>Use domain name system (&amp;DNS) &quot;MX&quot; records to route mail automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route all mail through the following smart hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or double-click edits the selected smart host; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected smart host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected smart host (Alt+M, or Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the E&amp;xternal DNS Lookup settings on the transport server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up MX records with the DNS servers set for external lookups on the transport server instead of its own network adapter&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select how to send mail with this connector:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkSettingsPage</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select how this connector sends mail: by looking up the MX records of each destination in DNS, or by handing all mail to one or more smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewConnectorPage</name>
    <message>
        <source>New Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the configuration summary. To change a setting, click Back. To create the Send connector, click New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration &amp;summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPermissions</name>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync. Create the Send connector on the Hub Transport side instead; it reaches this server at the next synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync and a change made there would be overwritten. Change the Send connector on the Hub Transport side instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync. Remove the Send connector on the Hub Transport side instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create Send connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change Send connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove Send connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as one of them; a domain account is named in full, e.g. &quot;DOMAIN\user&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file lists nobody in that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrators are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is held by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot %2 on the Edge Transport server &quot;%3&quot;: that needs membership in the server&apos;s local Administrators group (Exchange Organization Administrators are not Edge administrators by that role). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot %2 on the Hub Transport side of the organization &quot;%3&quot;: that needs the Exchange Organization Administrator role. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationFile</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key &quot;%1&quot; is missing from %2. Add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key here; did you mean &quot;%2&quot;? Key names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key here. The allowed keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1, in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be &quot;%2&quot;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Remove the entry or fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears more than once in the same object. Keep only one; otherwise only the last would be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization file holds one JSON object ({ … }), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses version %1 of the organization file format, but this program reads versions up to %2. Open it with a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed applies only to Edge Transport servers; &quot;%1&quot; is a Hub Transport server. Remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub Transport server &quot;%1&quot; needs its Active Directory site: add &quot;Site&quot; with the name of one of the Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribed Edge Transport server &quot;%1&quot; needs the site of its Edge Subscription: add &quot;Site&quot; with the name of one of the Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is not subscribed, so it belongs to no Active Directory site. Remove &quot;Site&quot; (or make it null), or set &quot;Subscribed&quot; to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hub Transport server keeps no Send connectors of its own: put them in the organization&apos;s SendConnectors, with &quot;%1&quot; among their SourceTransportServers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed: EdgeSync replaces its Send connectors. Put them in the organization&apos;s SendConnectors instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object such as {&quot;UserName&quot;: &quot;CONTOSO\\relay&quot;}, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never stored in the organization file. Remove &quot;Password&quot;; the program asks for the password when it is needed and keeps it only in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of bytes from 0 to %1, or &quot;Unlimited&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object such as {&quot;Type&quot;: &quot;SMTP&quot;, &quot;Address&quot;: &quot;contoso.com&quot;, &quot;Cost&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Scope&quot; is used only in Exchange 2007 RTM files. In 2007 SP1 a connector is scoped as a whole: remove &quot;Scope&quot; and set &quot;IsScopedConnector&quot; to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Local&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope cannot be &quot;%1&quot;. The only scope is &quot;Local&quot; (only Hub Transport servers in the source servers&apos; site use the connector); leave Scope out otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. An organization file holds one JSON object; start from the sample organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early. It is cut short, or a closing brace, bracket or quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON (%1). Look for a missing comma, quote, brace or bracket at or just before this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is too large to be read. Use a number within the range the key allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), such as a NUL, a tab or a line break. Use only printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and objects are nested more than %1 levels deep here; an organization file nests at most 6. This is not an organization file, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 or UTF-32 (Unicode, as some Windows editors save it). Save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SchemaVersion must be a whole number (the version of the file format, %1 for this program); %2 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhenChanged &quot;%1&quot; is not a date and time in the form 2026-12-01T09:30:00Z (ISO 8601, with Z or an offset such as +01:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationRules</name>
    <message>
        <source>the Hub Transport side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled Send connector on %1 covers &quot;*&quot;: mail to any domain that no other connector names waits in the Unreachable queue. Create an Internet connector with the address space &quot;*&quot;, or enable the one you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is not a transport server of the organization &quot;%2&quot;. Valid servers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this connector, no enabled Send connector on %1 covers &quot;*&quot;: mail to any domain that no connector names will wait in the Unreachable queue. Add the address space &quot;*&quot; to this connector if it is meant for Internet mail, or create an Internet connector for &quot;*&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationStore</name>
    <message>
        <source>The organization file %1 could not be written: %2. The previous contents of the file are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 does not exist. Check the path, or create a new organization file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be created (check the permissions of the folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 is read-only, so nothing was changed. Make it writable (for example chmod u+w) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 already exists and was left unchanged. Choose another file name, or open the existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no writable folder for application data, so the default organization file cannot be created. Open an organization file by its path instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB, far larger than any organization file, so it was not read. Check that this is the organization file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: it is a folder, not a file. Name the organization file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: it is not a regular file (it is a device, a FIFO or a socket). Name a JSON file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 is a loop of symbolic links: following them leads back to a link already followed, never to a file. Make the link point to the organization file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be created because the disk is full (or your disk quota is used up). Free some space on it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be written because of a file size limit (ulimit -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be created because the file system is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2 on %3, since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, process %2 of user %3 on %4, since %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock on the organization file %1 was left by a program that no longer runs (%2); it was taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file %1 (of user %2) named no program holding it, and none held it; it was taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 is being changed by another program (%2). Nothing was changed after waiting %3 seconds; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 is being changed by another program. Nothing was changed after waiting %2 seconds; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 belongs to user %2, and this user may neither open it nor remove it. If no program of %2 is changing the file, ask %2 or an administrator to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 belongs to user %2 (group %3). Replacing it as user %4 would make %4 its owner, which only root can avoid, so nothing was changed. Make the change as %2, or as root (which keeps the owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary copy %1, left beside the organization file by a save that was interrupted, was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 is a symbolic link, which is never followed; remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationValidator</name>
    <message>
        <source>LocalServer names &quot;%1&quot;, which is not one of the Servers. Name a server listed under Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), such as a NUL, a tab or a line break. Use only printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another site is already named &quot;%1&quot;. Site names must be unique (letter case does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site link leads to &quot;%1&quot;, which is not one of the Sites. Name a site listed under Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has a site link to itself. A site link joins two different sites; remove this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; lists its link to &quot;%2&quot; more than once. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link between &quot;%1&quot; and &quot;%2&quot; is declared on both sites with different costs (%3 and %4). A site link has one cost: declare it once, or give both the same cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server is already named &quot;%1&quot;. Server names must be unique (letter case does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hub Transport server &quot;%1&quot; needs its Active Directory site: add &quot;Site&quot; with the name of one of the Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscribed Edge Transport server &quot;%1&quot; needs the site of its Edge Subscription: add &quot;Site&quot; with the name of one of the Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is not subscribed, so it belongs to no Active Directory site. Remove &quot;Site&quot; (or make it null), or set &quot;Subscribed&quot; to true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is in the site &quot;%2&quot;, which is not one of the Sites. Name a site listed under Sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Hub Transport server keeps no Send connectors of its own: put them in the organization&apos;s SendConnectors, with &quot;%1&quot; among their SourceTransportServers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed: EdgeSync replaces its Send connectors. Put them in the organization&apos;s SendConnectors instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EdgeAdministrators names &quot;%1&quot;, which is not one of the Servers. Name an Edge Transport server listed under Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Hub Transport server; EdgeAdministrators lists the local Administrators of Edge Transport servers only. Put Hub-side administrators in ExchangeOrganizationAdministrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector at %1 is already named &quot;%2&quot;. Connector names must be unique on each side (letter case does not count); rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source server &quot;%1&quot; is not one of the Servers. Name a Hub Transport server or a subscribed Edge Transport server listed under Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and the accepted domain at %2 are both the Default. An organization has one default accepted domain: set Default to false on all but one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted domain &quot;%1&quot; is not a valid domain name: %2 Write a domain such as contoso.com, or *.contoso.com for it and its subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accepted domain &quot;%1&quot; is already listed at %2. List each domain once (letter case does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the AcceptedDomains is the Default. Set &quot;Default&quot;: true on exactly one of them (usually the organization&apos;s main domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityParser</name>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Enter a size such as 10MB, 512KB or 1048576 (bytes), or &apos;unlimited&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid size for %2. Enter a whole number of bytes, or a number followed by B, KB, MB or GB (for example 10MB or 1.5 KB), or &apos;unlimited&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (&quot;%2&quot;). Enter a size from 0 to %3 bytes, or &apos;unlimited&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for %2. The largest size is %3 bytes (just under 2GB); enter &apos;unlimited&apos; for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of bytes. Use a smaller unit or a number that gives whole bytes (1.5KB is 1536 bytes; 1.3KB is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Enter a duration as [days.]hh:mm:ss, for example 00:10:00 for ten minutes or 1.00:00:00 for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid duration for %2. Write it as [days.]hh:mm:ss with two digits for hours, minutes and seconds, for example 00:10:00 or 1.00:00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid duration for %2: the number of days must be at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid duration for %2: the hours must be from 00 to 23 (write a whole day as 1.00:00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid duration for %2: the minutes must be from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid duration for %2: the seconds must be from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteExplanation</name>
    <message>
        <source>Delivered internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source server reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farther away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Send connector carries the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector is disabled, so it carries no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the Send connector&apos;s maximum message size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Send connector&apos;s source servers can be reached from the sending server&apos;s site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector is scoped to the sites of its source servers, and the sending server is in none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Send connector&apos;s address spaces covers the recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Send connector has a more specific address space for the recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Send connector with an equally specific address space costs less from the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Send connector of the same specificity and cost has a source server closer to the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Send connector ties on specificity, cost and proximity and its name sorts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, subscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted domain %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteExplanationModel</name>
    <message>
        <source>Send Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteResolver</name>
    <message>
        <source>The recipient &quot;%1&quot; is not an e-mail address: write it as name@domain, for example julia@contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; has nothing before the &quot;@&quot;: write it as name@domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; names an IP address instead of a domain; Send connectors route by domain. Use an address with a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; has an invalid domain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS MX (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an authoritative accepted domain (%2): the message is delivered inside the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; has the most specific address space for %2 (%3) at the least cost (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Hub Transport or Edge Transport server of this organization. Name one of its servers as the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed: it sends with the connectors EdgeSync replicates from the organization. Test routing from a Hub Transport server of its site instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message size cannot be negative; give it in bytes (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enabled Send connector that %1 may use has an address space for %2 and accepts a message of %3: the message waits in the Unreachable queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingAnalysis</name>
    <message>
        <source>the other subdomains of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge Transport server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sites %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector carries mail for at least one of its address spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wherever this connector wins, another connector is as specific, as cheap and as near, and this one wins only because its name sorts first: renaming either connector changes the route. Give them different address space costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From every sending server, for every message size it accepts, another connector wins for every domain its address spaces cover, or the mail stays inside the organization: this connector carries no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector is disabled or has no SMTP address space: it takes no part in SMTP routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, mail for %2, which no connector carried before, will go through this connector (address space %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, mail for %2 will go through this connector (address space %3) instead of &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, mail for %2 that this connector carried (address space %3) will have no route and wait in the Unreachable queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, mail for %2 that this connector carried (address space %3) will go through &quot;%4&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address space %1 will never be used: for every domain it covers, another connector wins from every sending server, or the mail stays inside the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingImpactView</name>
    <message>
        <source>Routing &amp;impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this connector changes in which connector carries mail for which domains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendConnectorWizard</name>
    <message>
        <source>New SMTP Send Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the New SMTP Send Connector wizard? The connector is not created and everything you entered is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name that identifies the connector (at most 64 characters, unique in the organization), and select its intended use. Custom: systems that are not Exchange servers. Internal: your own Exchange servers, as smart hosts. Internet: the Internet, through DNS MX records. Partner: partner domains that prove their identity with TLS certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domains this connector sends mail to. &quot;contoso.com&quot; is that domain only; &quot;*.contoso.com&quot; (Include all subdomains) is the domain and all its subdomains; &quot;*&quot; is every domain. &quot;*contoso.com&quot; is not valid. The most specific address space wins; the cost (1-100) only breaks ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connector finds the servers it delivers to: DNS MX records (Custom, Partner, Internet) or a fixed list of smart hosts (Custom, Internal, Internet), each an IP address or a fully qualified domain name. Non-SMTP address spaces always need smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connector authenticates to its smart hosts. Basic Authentication sends the password in clear unless you choose Basic Authentication over TLS. The password is kept in memory only and is never written to the organization file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source servers send this connector&apos;s mail. List Hub Transport servers or subscribed Edge Transport servers (Edge Subscriptions), never both. Servers in several Active Directory sites work, but only the closest site is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every setting of the new connector, including the defaults. Click Back to change something, or New to create the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether the connector was created and the Exchange Management Shell command that does the same. Press Ctrl+C to copy the text. If creating failed, click Back, fix the problem and click New again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Send connector…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellSession</name>
    <message>
        <source>The organization &quot;%1&quot; runs Exchange %2, not Exchange %3. Omit --exchange-version, or give the organization&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file names no local server. Name the server the shell runs on with --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization now runs Exchange %1, not Exchange %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; is no longer a transport server of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync. Create the Send connector on a Hub Transport server instead; it is replicated to this server at the next synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cmdlet %1 at command pipeline position 1
Supply values for the following parameters:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. The Send connector was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for user %1 is empty. Basic authentication needs the smart host&apos;s password for that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; was not found on %2. Run Get-SendConnector without an identity to list the Send connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Confirm
Are you sure you want to perform this action?
%1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync. Remove the Send connector on a Hub Transport server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended while a value for Identity was asked for. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector &quot;%1&quot; was not found on %2. Run Get-SendConnector to list the Send connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing Send connector &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended before the removal of Send connector &quot;%1&quot; was confirmed. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At line:%1 char:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in this shell always shows every property of a Send connector and takes no property names or parameters (got %2). Write &quot;| %1&quot; alone, or &quot;| %1 *&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot follow &quot;%2&quot; in a pipeline: this shell can only pass results from Get-SendConnector to Set-SendConnector, and to Format-List (fl) or Format-Table (ft) at the end of the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Help takes one cmdlet name; &apos;%1&apos; is one too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Help has no parameter -%1 here. Its parameters are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing a value for parameter &apos;Name&apos;: write the name of a cmdlet after -Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit takes one whole number, the exit status, as in &quot;exit 3&quot;; got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginning processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Send connector was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating Send connector &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended before the creation of Send connector &quot;%1&quot; was confirmed. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the organization file &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Send connectors of %1 from &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Transport server &quot;%1&quot; is subscribed to the organization: its Send connectors come from EdgeSync. Change the Send connector on a Hub Transport server instead; the change reaches this server at the next synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-SendConnector takes the Send connector either from the pipeline or from -Identity, not both: remove -Identity (or the name) after &quot;| Set-SendConnector&quot;, or run Set-SendConnector alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended while a value for Identity was asked for. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting Send connector &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command completed successfully but no settings of &quot;%1&quot; have been modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended before the change of Send connector &quot;%1&quot; was confirmed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of Exchange %2 does not take wildcards: -Identity names one Send connector exactly, and no Send connector on %3 is named &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would match %2 Send connectors (%3): name one of them, or change them all with Get-SendConnector | Set-SendConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would match %2 Send connectors (%3): name one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1? Write its whole name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Get-SendConnector to list the Send connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is &quot;Y&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend is not available: this shell has no nested prompt to suspend to. Answer Y, A, N or L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y - Continue with only the next step of the operation.
A - Continue with all the steps of the operation.
N - Skip this operation and proceed with the next operation.
L - Skip this operation and all subsequent operations.
S - Pause the current pipeline and return to the command prompt (not available in this shell).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing Send connector &quot;%1&quot; needs a confirmation, and there is no terminal to ask on. Add -Confirm:$false to remove it without asking, or -Confirm to read the answer from the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command execution stopped because the shell variable &quot;ErrorActionPreference&quot; is set to Stop: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems are not shown; correct the ones above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take values from the pipeline: in this shell only %2 does (its recipients). Give the value to a parameter of %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows its records as a list: write &quot;| Format-List&quot;, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &apos;%1&apos; is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name. This shell knows %2, %3, %4, %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing a value for parameter &apos;Parameter&apos;: write the name of a parameter of the cmdlet after -Parameter, or * for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Help could not find %1 in a help file in this session. This shell has help for %2, %3, %4, %5 and %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cmdlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no parameter matching &quot;%2&quot;. Its parameters are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes its recipients from the pipeline or from -%2, not from both: leave out -%2, or the values before the &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline input &apos;%1&apos; is not an e-mail address; pipe addresses as text, such as &apos;kim@contoso.com&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. Nothing was tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one recipient: give -%2 kim@contoso.com, or pipe addresses to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving %1 recipients from %2 in &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellSyntax</name>
    <message>
        <source>character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside double quotes, &apos;%1&apos; at %2 would be replaced by the value of a variable, and this shell has no variables. Put the text in single quotes to keep &apos;%1&apos; as it is, or write the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at %2 is a variable, and this shell has no variables: write the value itself. The only values written with &apos;$&apos; are $true, $false and $null; put text that contains &apos;$&apos; in single quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression &apos;%1&apos; at %2 is not supported. The only expressions this shell takes are (Get-Credential) and (Get-Credential &apos;user name&apos;); write other values as text, in quotes if they contain spaces or special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty pipe element at %1: write a command before each &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command must start with the name of a cmdlet, such as New-SendConnector, not with &apos;%1&apos; (at %2). Write the cmdlet name without quotes or brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command must start with the name of a cmdlet, such as New-SendConnector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &apos;(&apos; for this &apos;)&apos; to close; put the value in quotes if the &apos;)&apos; belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter -%1: at %2 has no value after its &apos;:&apos;. Write -%1:value, or leave out the &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter name is made of letters and digits: write -%1 value or -%1:value, and put the value in quotes if it contains special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is missing after the &apos;,&apos; at %1: write one after each comma, as in &apos;a&apos;,&apos;b&apos;, or remove the comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;@&apos; starts an array, as in @(&apos;a&apos;,&apos;b&apos;); put text that starts with &apos;@&apos; in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put text that contains &apos;}&apos; in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value that starts at %1 ends before it: separate values with a space or a comma, or put the whole value in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backtick escapes the character after it, and nothing follows it; remove it or double it (``) for a backtick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&amp;&apos;, &apos;&lt;&apos; and &apos;&gt;&apos; are operators in the shell; put text that contains them in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in single quotes that starts at %1 has no closing quote. Add a &apos; at its end, and write &apos;&apos; for a quote inside it (as in &apos;O&apos;&apos;Brien&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in double quotes that starts at %1 has no closing quote. Add a &quot; at its end, and write &quot;&quot; or `&quot; for a quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array that starts with &apos;@(&apos; at %1 has no closing &apos;)&apos;. Write it as @(&apos;a&apos;, &apos;b&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines are not supported inside @( ); separate the values of an array with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the array that starts at %1, separate the values with commas, as in @(&apos;a&apos;, &apos;b&apos;), and close it with &apos;)&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;(&apos; at %1 has no closing &apos;)&apos;. Write (Get-Credential) or (Get-Credential &apos;user name&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get-Credential&apos;s -Credential at %1 needs the user name after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write (Get-Credential) or (Get-Credential &apos;user name&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value at %1 nests arrays or expressions more than %2 levels deep; write the values in a flat list, as in @(&apos;a&apos;, &apos;b&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hashtable &apos;%1&apos; at %2 is not supported: Exchange 2007 has no @{Add=…} or @{Remove=…} syntax for multi-valued parameters. Give the whole list instead, as in -AddressSpaces &apos;contoso.com&apos;,&apos;fabrikam.com&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value at %1 is not a command. Pipe values to a cmdlet that takes them, as in &apos;kim@contoso.com&apos;,&apos;sam@fabrikam.com&apos; | Test-SendConnectorRouting, or start the command with the name of a cmdlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty pipe element after the &apos;|&apos; at %1: write a command after each &apos;|&apos;, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartHostDialog</name>
    <message>
        <source>Add Smart Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IP Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 192.168.1.20 or 2001:db8::20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified &amp;domain name (FQDN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified domain name (FQDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example relay.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server must be able to resolve the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Smart Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host %1 is already in the list. Enter another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartHostModel</name>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully qualified domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host %1, an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host %1, a fully qualified domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartHostParser</name>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address. Write four numbers from 0 to 255 separated by dots, without leading zeros, for example 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the unspecified address and cannot be a smart host. Enter the address of the server that should relay the mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address. Write eight groups of up to four hexadecimal digits separated by colons, &apos;::&apos; standing for a run of zero groups, for example 2001:db8::1, without a zone suffix such as %eth0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv6 address, and Exchange 2007 RTM accepts only IPv4 smart hosts. Enter an IPv4 address or a fully qualified domain name, or set the Exchange version to 2007 SP1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fully qualified domain name. Enter a name such as relay.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host is empty. Enter an IP address such as 192.168.1.20 or a fully qualified domain name such as relay.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid bracketed address. Enclose the whole IP address in brackets, as in [10.0.0.1], or leave the brackets out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a port. A smart host is only an address or a name: the port is set for the whole connector with -Port (25 unless changed). Enter &quot;%2&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; puts a name in brackets, but brackets are only for IP addresses. Enter the name without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a host name, not an IP address. Choose &apos;Fully qualified domain name (FQDN)&apos; to enter a name, or enter an IP address such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter an IP address such as 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a fully qualified domain name. Choose &apos;IP Address&apos; to enter an address, or enter a name such as relay.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fully qualified domain name. Enter a name such as relay.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of smart hosts is empty. Enter one or more IP addresses or fully qualified domain names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart host list has an empty entry (a comma at the start or the end, or two in a row). Remove the extra comma or enter a smart host there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartHostSecurityForm</name>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;asic Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Authentication over &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate only after STARTTLS has encrypted the session; the smart host needs a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange Server Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos between Exchange servers of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Externally &amp;Secured (for example, with IPsec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network between this server and the smart hosts is secured by other means and trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only: the organization file never holds the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the method used to authenticate to the smart hosts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmartHostSecurityPage</name>
    <message>
        <source>Smart host security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select how this connector authenticates to its smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceServerDialog</name>
    <message>
        <source>Select Hub Transport servers and Edge Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub Transport servers and Edge Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &amp;servers that send this connector&apos;s mail: Hub Transport servers or Edge Subscriptions, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection mixes Hub Transport servers and Edge Subscriptions. Select only Hub Transport servers or only Edge Subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list already holds Hub Transport servers (%1), so Edge Subscriptions cannot be added. Select Hub Transport servers, or remove the listed servers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list already holds Edge Subscriptions (%1), so Hub Transport servers cannot be added. Select Edge Subscriptions, or remove the listed servers first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceServerForm</name>
    <message>
        <source>Source servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete removes the selected servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Hub Transport servers or Edge Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected source servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected source servers (Alt+M, or Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source servers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceServerModel</name>
    <message>
        <source>Hub Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not a server of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, site %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceServerPage</name>
    <message>
        <source>Source Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Hub Transport servers, or the subscribed Edge Transport servers, that send mail through this connector. The server you are working on is listed already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Wizard steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestRoutingDialog</name>
    <message>
        <source>Test Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Send connector carries a message for a recipient, from a sending server, as the organization is now. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@domain, for example julia@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size in KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send connectors whose maximum message size is smaller are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a recipient and press Test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send connector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Send connector and why it was or was not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation (every Send connector):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageRules</name>
    <message>
        <source>An Internal connector routes mail through Exchange servers of your organization acting as smart hosts. DNS MX routing is available only for the Custom, Internet and Partner usages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Partner connector finds the partner&apos;s servers through DNS so that their TLS certificates can be verified. Smart hosts are available only for the Custom, Internal and Internet usages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail to systems that are not Exchange servers. You decide every setting of the connector yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail to other servers of your own Exchange organization. The connector hands mail to your internal Exchange servers, used as smart hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail to the Internet. The connector finds each destination&apos;s mail servers by looking up its MX records in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For mail to partner domains. The connector connects only to servers that prove their identity with a TLS certificate for an SMTP domain on the domain-secured list, which Set-TransportConfig -TLSSendDomainSecureList maintains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous Logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy Exchange Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub and Edge Transport Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Externally Secured Servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New SMTP Send Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file %1 cannot be used, so the wizard cannot start. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Send connector cannot be created on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Send connector console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization file to open (default: your copy of the sample organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to act on: a Hub Transport server or an unsubscribed Edge Transport server (default: the file&apos;s LocalServer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator the console acts as, checked against the organization file&apos;s role assignments (default: your login name). Give a domain account in full, e.g. &apos;CONTOSO\Administrator&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the New SMTP Send Connector wizard straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default organization file %1 could not be created, so the wizard cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
