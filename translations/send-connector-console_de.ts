<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPane</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>AddressSpaceDialog</name>
    <message>
        <source>Enter a domain such as contoso.com. The wildcard character may start the address: "*", "*.com" and "*.contoso.com" are allowed, "*contoso.com" is not.</source>
        <translation>Geben Sie eine Domäne wie contoso.com ein. Das Platzhalterzeichen darf am Anfang der Adresse stehen: "*", "*.com" und "*.contoso.com" sind zulässig, "*contoso.com" nicht.</translation>
    </message>
    <message>
        <source>for example X400</source>
        <translation>zum Beispiel X400</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Include all subdomains</source>
        <translation>Alle &amp;Unterdomänen einschließen</translation>
    </message>
    <message>
        <source>When several connectors match a destination equally well, the lowest cost wins. From %1 to %2.</source>
        <translation>Wenn mehrere Connectors gleich gut zu einem Ziel passen, gewinnt der mit den niedrigsten Kosten. Von %1 bis %2.</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>Edit Address Space</source>
        <translation>Adressraum bearbeiten</translation>
    </message>
    <message>
        <source>Add Address Space</source>
        <translation>Adressraum hinzufügen</translation>
    </message>
    <message>
        <source>SMTP Address Space</source>
        <translation>SMTP-Adressraum</translation>
    </message>
    <message>
        <source>Custom Address Space</source>
        <translation>Benutzerdefinierter Adressraum</translation>
    </message>
    <message>
        <source>Enter an X.400 address (RFC 1685) such as o=MySite;p=MyOrg;a=adatum;c=us.</source>
        <translation>Geben Sie eine X.400-Adresse (RFC 1685) ein, z. B. o=MySite;p=MyOrg;a=adatum;c=us.</translation>
    </message>
    <message>
        <source>Enter the type first: SMTP and X400 addresses are checked; any other type made of letters and digits takes free text.</source>
        <translation>Geben Sie zuerst den Typ ein: SMTP- und X400-Adressen werden überprüft; jeder andere Typ aus Buchstaben und Ziffern akzeptiert freien Text.</translation>
    </message>
    <message>
        <source>An address of type %1 is free text.</source>
        <translation>Eine Adresse vom Typ %1 ist freier Text.</translation>
    </message>
    <message>
        <source>The address space %1:%2 is already in the list. Edit that entry instead, or enter another address.</source>
        <translation>Der Adressraum %1:%2 ist bereits in der Liste enthalten. Bearbeiten Sie stattdessen diesen Eintrag, oder geben Sie eine andere Adresse ein.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
</context>
<context>
    <name>AddressSpaceForm</name>
    <message>
        <source>&amp;SMTP Address Space…</source>
        <translation>&amp;SMTP-Adressraum…</translation>
    </message>
    <message>
        <source>&amp;Custom Address Space…</source>
        <translation>&amp;Benutzerdefinierter Adressraum…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>H&amp;inzufügen</translation>
    </message>
    <message>
        <source>Adds an SMTP address space; Alt+Down opens a menu that also offers a custom address space</source>
        <translation>Fügt einen SMTP-Adressraum hinzu; Alt+Nach-unten öffnet ein Menü, das auch einen benutzerdefinierten Adressraum anbietet</translation>
    </message>
    <message>
        <source>Add an SMTP address space; the arrow (Alt+Down) also offers a custom address space</source>
        <translation>Einen SMTP-Adressraum hinzufügen; der Pfeil (Alt+Nach-unten) bietet auch einen benutzerdefinierten Adressraum an</translation>
    </message>
    <message>
        <source>Add an SMTP address space</source>
        <translation>Einen SMTP-Adressraum hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>F2 or double-click edits the selected address space; Delete removes it.</source>
        <translation>F2 oder Doppelklicken bearbeitet den ausgewählten Adressraum; Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>Edit the selected address space</source>
        <translation>Den ausgewählten Adressraum bearbeiten</translation>
    </message>
    <message>
        <source>Removes the selected address space</source>
        <translation>Entfernt den ausgewählten Adressraum</translation>
    </message>
    <message>
        <source>Remove the selected address space (Alt+M, or Delete in the list)</source>
        <translation>Den ausgewählten Adressraum entfernen (Alt+M oder Entf in der Liste)</translation>
    </message>
    <message>
        <source>Address s&amp;paces this connector routes mail to:</source>
        <translation>&amp;Adressräume, an die dieser Connector E-Mails weiterleitet:</translation>
    </message>
    <message>
        <source>SMT&amp;P domains this connector routes mail to:</source>
        <translation>SMT&amp;P-Domänen, an die dieser Connector E-Mails weiterleitet:</translation>
    </message>
    <message>
        <source>Note: mail to a non-SMTP address space still leaves this connector over SMTP, through a smart host. To deliver to a system that does not speak SMTP, such as a fax gateway, use a Foreign connector.</source>
        <translation>Hinweis: E-Mails an einen Nicht-SMTP-Adressraum verlassen diesen Connector trotzdem über SMTP, und zwar über einen Smarthost. Verwenden Sie für die Zustellung an ein System, das kein SMTP unterstützt, z. B. ein Faxgateway, einen Fremdconnector.</translation>
    </message>
    <message>
        <source>S&amp;coped send connector</source>
        <translation>Be&amp;reichsbezogener Sendeconnector</translation>
    </message>
    <message>
        <source>Only Hub Transport servers in the same Active Directory site as the source servers may use this connector.</source>
        <translation>Nur Hub-Transport-Server im selben Active Directory-Standort wie die Quellserver dürfen diesen Connector verwenden.</translation>
    </message>
</context>
<context>
    <name>AddressSpaceModel</name>
    <message>
        <source>SMTP address space %1, including all subdomains</source>
        <translation>SMTP-Adressraum %1, einschließlich aller Unterdomänen</translation>
    </message>
    <message>
        <source>SMTP address space %1</source>
        <translation>SMTP-Adressraum %1</translation>
    </message>
    <message>
        <source>%1 address space %2, cost %3</source>
        <translation>%1-Adressraum %2, Kosten %3</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>AddressSpacePage</name>
    <message>
        <source>Address space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Specify the address spaces to which this connector routes mail: the domains (or, on a Hub Transport server, other address types) whose recipients it serves.</source>
        <translation>Geben Sie die Adressräume an, an die dieser Connector E-Mails weiterleitet: die Domänen (oder, auf einem Hub-Transport-Server, andere Adresstypen), deren Empfänger er bedient.</translation>
    </message>
    <message>
        <source>Specify the SMTP domains to which this connector routes mail: the domains whose recipients it serves, such as contoso.com or *.contoso.com.</source>
        <translation>Geben Sie die SMTP-Domänen an, an die dieser Connector E-Mails weiterleitet: die Domänen, deren Empfänger er bedient, z. B. contoso.com oder *.contoso.com.</translation>
    </message>
</context>
<context>
    <name>AddressSpaceParser</name>
    <message>
        <source>The address space type is empty. Enter SMTP, X400, or another type made of letters and digits, such as FAX.</source>
        <translation>Der Adressraumtyp ist leer. Geben Sie SMTP, X400 oder einen anderen Typ aus Buchstaben und Ziffern ein, z. B. FAX.</translation>
    </message>
    <message>
        <source>"Local" is the scope prefix, not an address space type. Enter SMTP, X400, or another type made of letters and digits, such as FAX.</source>
        <translation>"Local" ist das Bereichspräfix, kein Adressraumtyp. Geben Sie SMTP, X400 oder einen anderen Typ aus Buchstaben und Ziffern ein, z. B. FAX.</translation>
    </message>
    <message>
        <source>The address space type "%1" contains '%2'. A type is made of letters and digits only, such as SMTP, X400 or FAX; the text before the first ':' of an address space is its type.</source>
        <translation>Der Adressraumtyp "%1" enthält '%2'. Ein Typ besteht nur aus Buchstaben und Ziffern, z. B. SMTP, X400 oder FAX; der Text vor dem ersten ':' eines Adressraums ist sein Typ.</translation>
    </message>
    <message>
        <source>The address space cost %1 is not allowed: the cost must be between %2 and %3 (the lowest cost is preferred).</source>
        <translation>Die Adressraumkosten %1 sind nicht zulässig: Die Kosten müssen zwischen %2 und %3 liegen (die niedrigsten Kosten werden bevorzugt).</translation>
    </message>
    <message>
        <source>In the SMTP address space "%1" the wildcard '*' must be followed by a dot: enter "*.%2" for %2 and all its subdomains.</source>
        <translation>Im SMTP-Adressraum "%1" muss auf den Platzhalter '*' ein Punkt folgen: Geben Sie "*.%2" für %2 und alle Unterdomänen ein.</translation>
    </message>
    <message>
        <source>In the SMTP address space "%1" the wildcard '*' is not allowed there. Use '*' alone, or '*.' before a domain, such as *.contoso.com.</source>
        <translation>Im SMTP-Adressraum "%1" ist der Platzhalter '*' an dieser Stelle nicht zulässig. Verwenden Sie '*' allein oder '*.' vor einer Domäne, z. B. *.contoso.com.</translation>
    </message>
    <message>
        <source>"%1" is not a valid SMTP address space. %2</source>
        <translation>"%1" ist kein gültiger SMTP-Adressraum. %2</translation>
    </message>
    <message>
        <source>The X.400 address space "%1" has no components. Enter key=value pairs separated by ';', such as o=MySite;p=MyOrg;a=adatum;c=us.</source>
        <translation>Der X.400-Adressraum "%1" enthält keine Komponenten. Geben Sie durch ';' getrennte Paare der Form Schlüssel=Wert ein, z. B. o=MySite;p=MyOrg;a=adatum;c=us.</translation>
    </message>
    <message>
        <source>The X.400 address space "%1" has an empty component (two ';' in a row). Remove the extra ';'.</source>
        <translation>Der X.400-Adressraum "%1" enthält eine leere Komponente (zwei ';' hintereinander). Entfernen Sie das überzählige ';'.</translation>
    </message>
    <message>
        <source>The component "%1" of the X.400 address space "%2" has no '='. Each component is key=value, such as c=us.</source>
        <translation>Die Komponente "%1" des X.400-Adressraums "%2" enthält kein '='. Jede Komponente hat die Form Schlüssel=Wert, z. B. c=us.</translation>
    </message>
    <message>
        <source>The key "%1" in the X.400 address space "%2" is not known. Valid keys are %3 (in any case).</source>
        <translation>Der Schlüssel "%1" im X.400-Adressraum "%2" ist unbekannt. Gültige Schlüssel sind %3 (Groß-/Kleinschreibung beliebig).</translation>
    </message>
    <message>
        <source>The key "%1" appears more than once in the X.400 address space "%2". Give each key once.</source>
        <translation>Der Schlüssel "%1" kommt im X.400-Adressraum "%2" mehrmals vor. Geben Sie jeden Schlüssel nur einmal an.</translation>
    </message>
    <message>
        <source>The key "%1" in the X.400 address space "%2" has no value. For a blank ADMD, write a single space: "a= ".</source>
        <translation>Der Schlüssel "%1" im X.400-Adressraum "%2" hat keinen Wert. Schreiben Sie für eine leere ADMD ein einzelnes Leerzeichen: "a= ".</translation>
    </message>
    <message>
        <source>The key "%1" in the X.400 address space "%2" has no value. Enter a value after the '='.</source>
        <translation>Der Schlüssel "%1" im X.400-Adressraum "%2" hat keinen Wert. Geben Sie nach dem '=' einen Wert ein.</translation>
    </message>
    <message>
        <source>The value of "%1" in the X.400 address space "%2" is %3 characters long; it may have at most %4.</source>
        <translation>Der Wert von "%1" im X.400-Adressraum "%2" ist %3 Zeichen lang; zulässig sind höchstens %4.</translation>
    </message>
    <message>
        <source>The address is empty. Enter a domain such as contoso.com, *.contoso.com, or * for all domains.</source>
        <translation>Die Adresse ist leer. Geben Sie eine Domäne wie contoso.com oder *.contoso.com ein, oder * für alle Domänen.</translation>
    </message>
    <message>
        <source>The address is empty. Enter the address this connector routes for the type %1.</source>
        <translation>Die Adresse ist leer. Geben Sie die Adresse vom Typ %1 ein, an die dieser Connector weiterleitet.</translation>
    </message>
    <message>
        <source>The address space is empty. Enter one such as contoso.com, SMTP:*.contoso.com;5 or X400:c=us;a= ;p=MyOrg;1.</source>
        <translation>Der Adressraum ist leer. Geben Sie einen Adressraum wie contoso.com, SMTP:*.contoso.com;5 oder X400:c=us;a= ;p=MyOrg;1 ein.</translation>
    </message>
    <message>
        <source>The scope prefix "Local:" in "%1" is not used by Exchange 2007 SP1. Remove it, and scope the connector with -IsScopedConnector $true (the Scoped send connector check box) instead.</source>
        <translation>Das Bereichspräfix "Local:" in "%1" wird von Exchange 2007 SP1 nicht verwendet. Entfernen Sie es, und beschränken Sie den Connector stattdessen mit -IsScopedConnector $true (Kontrollkästchen "Bereichsbezogener Sendeconnector") auf seinen Bereich.</translation>
    </message>
    <message>
        <source>A cost is required when the address contains ';': end the entry with ';&lt;cost&gt;', for example "%1".</source>
        <translation>Wenn die Adresse ';' enthält, sind Kosten erforderlich: Beenden Sie den Eintrag mit ';&lt;Kosten&gt;', z. B. "%1".</translation>
    </message>
    <message>
        <source>The address space cost after the last ';' is missing: the cost must be a whole number from %1 to %2.</source>
        <translation>Die Adressraumkosten nach dem letzten ';' fehlen: Die Kosten müssen eine ganze Zahl zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>The address space cost "%1" is not valid: the cost must be a whole number from %2 to %3.</source>
        <translation>Die Adressraumkosten "%1" sind ungültig: Die Kosten müssen eine ganze Zahl zwischen %2 und %3 sein.</translation>
    </message>
    <message>
        <source>An address space with a local scope is not used by Exchange 2007 SP1. Clear the scope, and scope the connector with -IsScopedConnector $true (the Scoped send connector check box) instead.</source>
        <translation>Ein Adressraum mit lokalem Bereich wird von Exchange 2007 SP1 nicht verwendet. Entfernen Sie den Bereich, und beschränken Sie den Connector stattdessen mit -IsScopedConnector $true (Kontrollkästchen "Bereichsbezogener Sendeconnector") auf seinen Bereich.</translation>
    </message>
    <message>
        <source>The address "%1" contains the control character U+%2 (a line break or tab, for example). Remove it.</source>
        <translation>Die Adresse "%1" enthält das Steuerzeichen U+%2 (z. B. einen Zeilenumbruch oder Tabstopp). Entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>CmdletBinder</name>
    <message>
        <source>Cannot bind parameter '%1' to '%2'. %3</source>
        <translation>Der Parameter '%1' kann nicht an '%2' gebunden werden. %3</translation>
    </message>
    <message>
        <source>%1 has no -IsScopedConnector: scope the connector with the Local: prefix on its address spaces instead, as in -AddressSpaces 'Local:*.contoso.com'.</source>
        <translation>%1 hat keinen Parameter -IsScopedConnector: Beschränken Sie den Connector stattdessen mit dem Präfix Local: in seinen Adressräumen auf seinen Bereich, z. B. -AddressSpaces 'Local:*.contoso.com'.</translation>
    </message>
    <message>
        <source>%1 has no -%2 switch: write -Usage %2 instead.</source>
        <translation>%1 hat keinen Switch-Parameter -%2: Schreiben Sie stattdessen -Usage %2.</translation>
    </message>
    <message>
        <source>%1 of %2 has no -%3; it came with Exchange 2007 SP1.</source>
        <translation>%1 von %2 hat keinen Parameter -%3; dieser wurde mit Exchange 2007 SP1 eingeführt.</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2. Its parameters are: %3.</source>
        <translation>%1 hat keinen Parameter -%2. Die verfügbaren Parameter sind: %3.</translation>
    </message>
    <message>
        <source>The parameter name -%1 is ambiguous: it matches %2. Write more of the name.</source>
        <translation>Der Parametername -%1 ist nicht eindeutig: Er entspricht %2. Schreiben Sie mehr vom Namen aus.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' because it was given more than once. Give each parameter once.</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden, da er mehrmals angegeben wurde. Geben Sie jeden Parameter nur einmal an.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' because it was given more than once (-%2 stands for -%1). Give each parameter once.</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden, da er mehrmals angegeben wurde (-%2 steht für -%1). Geben Sie jeden Parameter nur einmal an.</translation>
    </message>
    <message>
        <source>%1 does not take the value '%2' without a parameter name.</source>
        <translation>%1 akzeptiert den Wert '%2' nicht ohne Parameternamen.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is text, not a Boolean value; write $%3 (with the '$' and without quotes).</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' ist Text, kein boolescher Wert; schreiben Sie $%3 (mit dem '$' und ohne Anführungszeichen).</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': -%1 is a switch and takes no value but $true or $false ('%2' was given); write -%1 alone, or -%1:$false.</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: -%1 ist ein Switch-Parameter und akzeptiert keinen anderen Wert als $true oder $false (angegeben wurde '%2'); schreiben Sie -%1 allein oder -%1:$false.</translation>
    </message>
    <message>
        <source>Cannot bind parameter 'Identity': the name is empty; give the name of a Send connector.</source>
        <translation>Der Parameter 'Identity' kann nicht gebunden werden: Der Name ist leer; geben Sie den Namen eines Sendeconnectors an.</translation>
    </message>
    <message>
        <source>The usage was given more than once (%1). Give it once: either -Usage with one of %2, or one of the switches -Custom, -Internal, -Internet, -Partner.</source>
        <translation>Die Nutzungsart wurde mehrmals angegeben (%1). Geben Sie sie nur einmal an: entweder -Usage mit einem der Werte %2 oder einen der Switch-Parameter -Custom, -Internal, -Internet, -Partner.</translation>
    </message>
    <message>
        <source>Remove-SendConnector needs the name of the Send connector to remove: write Remove-SendConnector 'name' or -Identity 'name'.</source>
        <translation>Remove-SendConnector benötigt den Namen des zu entfernenden Sendeconnectors: Schreiben Sie Remove-SendConnector 'Name' oder -Identity 'Name'.</translation>
    </message>
    <message>
        <source>%1 does not take the value '%2' here: only the %3 may be given without a parameter name, and it was already given.</source>
        <translation>%1 akzeptiert den Wert '%2' an dieser Stelle nicht: Nur %3 kann ohne Parameternamen angegeben werden, und dieser Wert wurde bereits angegeben.</translation>
    </message>
    <message>
        <source>-%1 is a switch and takes no value after a space: write -%1:%2.</source>
        <translation>-%1 ist ein Switch-Parameter und akzeptiert keinen Wert nach einem Leerzeichen: Schreiben Sie -%1:%2.</translation>
    </message>
    <message>
        <source>Write the name of the parameter it is meant for before it, and put a value that contains spaces in quotes.</source>
        <translation>Schreiben Sie den Namen des Parameters, für den der Wert bestimmt ist, davor, und setzen Sie einen Wert, der Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>If it is another entry of -%1, separate the entries with commas: -%1 %2.</source>
        <translation>Wenn es sich um einen weiteren Eintrag von -%1 handelt, trennen Sie die Einträge durch Kommas: -%1 %2.</translation>
    </message>
    <message>
        <source>If it belongs to the value of -%1, put the whole value in quotes: -%1 %2.</source>
        <translation>Wenn der Text zum Wert von -%1 gehört, setzen Sie den gesamten Wert in Anführungszeichen: -%1 %2.</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2: the usage is chosen when a Send connector is created and cannot be changed. Change the settings themselves instead (-SmartHosts, -SmartHostAuthMechanism, -DomainSecureEnabled…).</source>
        <translation>%1 hat keinen Parameter -%2: Die Nutzungsart wird beim Erstellen eines Sendeconnectors festgelegt und kann nicht geändert werden. Ändern Sie stattdessen die Einstellungen selbst (-SmartHosts, -SmartHostAuthMechanism, -DomainSecureEnabled…).</translation>
    </message>
    <message>
        <source>%1 does not take the values that follow -%2: a password is never written on the command line. Write -%2 (Get-Credential 'user name') and enter the password when asked.</source>
        <translation>%1 akzeptiert die Werte nach -%2 nicht: Ein Kennwort wird nie in die Befehlszeile geschrieben. Schreiben Sie -%2 (Get-Credential 'Benutzername'), und geben Sie das Kennwort ein, wenn Sie dazu aufgefordert werden.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': the value given is not a credential. Write -%1 (Get-Credential) or -%1 (Get-Credential 'user name') and enter the password when asked: a password is never written on the command line.</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: Der angegebene Wert sind keine Anmeldeinformationen. Schreiben Sie -%1 (Get-Credential) oder -%1 (Get-Credential 'Benutzername'), und geben Sie das Kennwort ein, wenn Sie dazu aufgefordert werden: Ein Kennwort wird nie in die Befehlszeile geschrieben.</translation>
    </message>
    <message>
        <source>Cannot bind parameter 'Instance': it takes a Send connector object, which this shell passes only through the pipeline. Write Get-SendConnector 'name' | Set-SendConnector -Parameter value, or Set-SendConnector 'name' -Parameter value.</source>
        <translation>Der Parameter 'Instance' kann nicht gebunden werden: Er akzeptiert ein Sendeconnector-Objekt, das diese Shell nur über die Pipeline übergibt. Schreiben Sie Get-SendConnector 'Name' | Set-SendConnector -Parameter Wert oder Set-SendConnector 'Name' -Parameter Wert.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': the name is empty; give the name of a transport server, or leave out -%1 to test from the server the shell runs on.</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: Der Name ist leer; geben Sie den Namen eines Transportservers an, oder lassen Sie -%1 weg, um von dem Server aus zu testen, auf dem die Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' to '%2': a message has a size; give one such as 10MB, '512 KB' or 1048576 (bytes).</source>
        <translation>Der Parameter '%1' kann nicht an '%2' gebunden werden: Eine Nachricht hat eine Größe; geben Sie eine Größe wie 10MB, '512 KB' oder 1048576 (Bytes) an.</translation>
    </message>
    <message>
        <source>Give one text value, in quotes if it contains spaces.</source>
        <translation>Geben Sie einen Textwert an, in Anführungszeichen, wenn er Leerzeichen enthält.</translation>
    </message>
    <message>
        <source>Give $true or $false.</source>
        <translation>Geben Sie $true oder $false an.</translation>
    </message>
    <message>
        <source>Give nothing (it is a switch), or :$true / :$false right after its name.</source>
        <translation>Geben Sie nichts an (es handelt sich um einen Switch-Parameter) oder :$true / :$false direkt nach dem Namen.</translation>
    </message>
    <message>
        <source>Give one of these values: %1.</source>
        <translation>Geben Sie einen der folgenden Werte an: %1.</translation>
    </message>
    <message>
        <source>Give one or more address spaces separated by commas, such as 'SMTP:*.contoso.com;5','fabrikam.com'.</source>
        <translation>Geben Sie einen oder mehrere durch Kommas getrennte Adressräume an, z. B. 'SMTP:*.contoso.com;5','fabrikam.com'.</translation>
    </message>
    <message>
        <source>Give one or more smart hosts separated by commas, such as 192.168.1.20,relay.contoso.com.</source>
        <translation>Geben Sie einen oder mehrere durch Kommas getrennte Smarthosts an, z. B. 192.168.1.20,relay.contoso.com.</translation>
    </message>
    <message>
        <source>Give one or more server names separated by commas, such as EX01,EX02.</source>
        <translation>Geben Sie einen oder mehrere durch Kommas getrennte Servernamen an, z. B. EX01,EX02.</translation>
    </message>
    <message>
        <source>Give a size such as 20MB, '512 KB' or 1048576 (bytes), or unlimited.</source>
        <translation>Geben Sie eine Größe wie 20MB, '512 KB' oder 1048576 (Bytes) oder unlimited an.</translation>
    </message>
    <message>
        <source>Give a whole number from 0 to 65535.</source>
        <translation>Geben Sie eine ganze Zahl zwischen 0 und 65535 an.</translation>
    </message>
    <message>
        <source>Give a duration such as 00:10:00 or 1.00:00:00.</source>
        <translation>Geben Sie eine Zeitdauer wie 00:10:00 oder 1.00:00:00 an.</translation>
    </message>
    <message>
        <source>Give (Get-Credential) or (Get-Credential 'user name').</source>
        <translation>Geben Sie (Get-Credential) oder (Get-Credential 'Benutzername') an.</translation>
    </message>
    <message>
        <source>Give a value.</source>
        <translation>Geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>Give a whole number from 0 to 2147483647.</source>
        <translation>Geben Sie eine ganze Zahl zwischen 0 und 2147483647 an.</translation>
    </message>
    <message>
        <source>Give one or more e-mail addresses separated by commas, such as kim@contoso.com,'sam@fabrikam.com'.</source>
        <translation>Geben Sie eine oder mehrere durch Kommas getrennte E-Mail-Adressen an, z. B. kim@contoso.com,'sam@fabrikam.com'.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is text. %3</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' ist Text. %3</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is a Boolean value. %3</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' ist ein boolescher Wert. %3</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': $null is no value. %2</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: $null ist kein Wert. %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot bind parameter '%1': '%2' is a list of %n value(s). %3</source>
        <translation>
            <numerusform>Der Parameter '%1' kann nicht gebunden werden: '%2' ist eine Liste mit %n Wert. %3</numerusform>
            <numerusform>Der Parameter '%1' kann nicht gebunden werden: '%2' ist eine Liste mit %n Werten. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is a credential. %3</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' sind Anmeldeinformationen. %3</translation>
    </message>
    <message>
        <source>Missing a value for parameter '%1' after -%2. %3</source>
        <translation>Für den Parameter '%1' fehlt ein Wert nach -%2. %3</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is not a valid value. %3</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' ist kein gültiger Wert. %3</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': entry %2 of the list, '%3', is not text. %4</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: Eintrag %2 der Liste, '%3', ist kein Text. %4</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': '%2' is not a valid port. %3</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: '%2' ist kein gültiger Port. %3</translation>
    </message>
    <message>
        <source>-%1 has no effect here: the organization is a file, not Active Directory, so the value was not used.</source>
        <translation>-%1 hat hier keine Auswirkung: Die Organisation ist eine Datei und nicht Active Directory, daher wurde der Wert nicht verwendet.</translation>
    </message>
    <message>
        <source>-%1 has no effect here: this shell keeps no variables.</source>
        <translation>-%1 hat hier keine Auswirkung: Diese Shell speichert keine Variablen.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': Inquire is not available in this shell, which has no nested prompt to inquire with. %2</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: Inquire ist in dieser Shell nicht verfügbar, da sie keine geschachtelte Eingabeaufforderung für Rückfragen besitzt. %2</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': the list is empty. %2</source>
        <translation>Der Parameter '%1' kann nicht gebunden werden: Die Liste ist leer. %2</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' to '%2': a message size cannot be negative; give a size such as 10MB, '512 KB' or 1048576 (bytes).</source>
        <translation>Der Parameter '%1' kann nicht an '%2' gebunden werden: Eine Nachrichtengröße kann nicht negativ sein; geben Sie eine Größe wie 10MB, '512 KB' oder 1048576 (Bytes) an.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' to '%2': it is larger than %3 bytes; give a size such as 10MB, '512 KB' or 1048576 (bytes).</source>
        <translation>Der Parameter '%1' kann nicht an '%2' gebunden werden: Der Wert ist größer als %3 Bytes; geben Sie eine Größe wie 10MB, '512 KB' oder 1048576 (Bytes) an.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' to '%2': it is not a size; give a size such as 10MB, '512 KB' or 1048576 (bytes).</source>
        <translation>Der Parameter '%1' kann nicht an '%2' gebunden werden: Der Wert ist keine Größe; geben Sie eine Größe wie 10MB, '512 KB' oder 1048576 (Bytes) an.</translation>
    </message>
    <message>
        <source>Give one domain name, such as fabrikam.com.</source>
        <translation>Geben Sie einen Domänennamen an, z. B. fabrikam.com.</translation>
    </message>
    <message>
        <source>Give a whole number of seconds from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von Sekunden zwischen %1 und %2 an.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': the path is empty; give the name of a JSON organization file.</source>
        <translation>Der Parameter „%1“ kann nicht gebunden werden: Der Pfad ist leer. Geben Sie den Namen einer JSON-Organisationsdatei an.</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1' to '%2': it is a directory URI, and -%1 takes a JSON organization file. To work on a directory, give its URI to --organization.</source>
        <translation>Der Parameter „%1“ kann nicht an „%2“ gebunden werden: Das ist ein Verzeichnis-URI, und -%1 erwartet eine JSON-Organisationsdatei. Um mit einem Verzeichnis zu arbeiten, geben Sie seinen URI bei --organization an.</translation>
    </message>
</context>
<context>
    <name>CmdletHelp</name>
    <message>
        <source>Creates a Send connector on a Hub Transport server or on an Edge Transport server.</source>
        <translation>Erstellt einen Sendeconnector auf einem Hub-Transport-Server oder einem Edge-Transport-Server.</translation>
    </message>
    <message>
        <source>Shows the configuration of one Send connector, or of every Send connector.</source>
        <translation>Zeigt die Konfiguration eines Sendeconnectors oder aller Sendeconnectors an.</translation>
    </message>
    <message>
        <source>Removes a Send connector.</source>
        <translation>Entfernt einen Sendeconnector.</translation>
    </message>
    <message>
        <source>Changes the settings of a Send connector.</source>
        <translation>Ändert die Einstellungen eines Sendeconnectors.</translation>
    </message>
    <message>
        <source>The New-SendConnector cmdlet creates a Send connector in the organization file. On a Hub Transport server the connector belongs to the organization and is sent from its source servers; on an Edge Transport server it belongs to that server. Without -Name or -AddressSpaces the cmdlet asks for them.</source>
        <translation>Mit dem Cmdlet New-SendConnector wird ein Sendeconnector in der Organisationsdatei erstellt. Auf einem Hub-Transport-Server gehört der Connector zur Organisation und sendet von seinen Quellservern aus; auf einem Edge-Transport-Server gehört er zu diesem Server. Ohne -Name oder -AddressSpaces fragt das Cmdlet diese Werte ab.</translation>
    </message>
    <message>
        <source>The Get-SendConnector cmdlet shows the Send connectors of the side the shell runs on. Without -Identity it shows all of them.</source>
        <translation>Mit dem Cmdlet Get-SendConnector werden die Sendeconnectors der Seite angezeigt, auf der die Shell ausgeführt wird. Ohne -Identity werden alle angezeigt.</translation>
    </message>
    <message>
        <source>The Remove-SendConnector cmdlet deletes a Send connector. It asks for a confirmation unless -Confirm:$false is given.</source>
        <translation>Mit dem Cmdlet Remove-SendConnector wird ein Sendeconnector gelöscht. Es fordert eine Bestätigung an, sofern nicht -Confirm:$false angegeben ist.</translation>
    </message>
    <message>
        <source>The Set-SendConnector cmdlet changes the settings given and leaves the others as they are. A multi-valued setting (-AddressSpaces, -SmartHosts, -SourceTransportServers) is replaced by the whole list given. The connector is named by -Identity, or comes from Get-SendConnector through the pipeline. It does not ask for a confirmation unless -Confirm is given, and prints nothing when it succeeds.</source>
        <translation>Mit dem Cmdlet Set-SendConnector werden die angegebenen Einstellungen geändert; alle anderen bleiben unverändert. Eine mehrwertige Einstellung (-AddressSpaces, -SmartHosts, -SourceTransportServers) wird durch die gesamte angegebene Liste ersetzt. Der Connector wird mit -Identity angegeben oder über die Pipeline von Get-SendConnector übergeben. Das Cmdlet fordert keine Bestätigung an, sofern nicht -Confirm angegeben ist, und gibt bei Erfolg nichts aus.</translation>
    </message>
    <message>
        <source>This example creates a Send connector that sends mail for every domain on the Internet, found through DNS.</source>
        <translation>In diesem Beispiel wird ein Sendeconnector erstellt, der E-Mails für jede Domäne im Internet sendet, die über DNS gefunden wird.</translation>
    </message>
    <message>
        <source>This example shows what would be created, without creating it.</source>
        <translation>In diesem Beispiel wird angezeigt, was erstellt würde, ohne es zu erstellen.</translation>
    </message>
    <message>
        <source>This example lists every Send connector.</source>
        <translation>In diesem Beispiel werden alle Sendeconnectors aufgelistet.</translation>
    </message>
    <message>
        <source>This example shows every property of one Send connector.</source>
        <translation>In diesem Beispiel werden alle Eigenschaften eines Sendeconnectors angezeigt.</translation>
    </message>
    <message>
        <source>This example removes a Send connector without asking for a confirmation.</source>
        <translation>In diesem Beispiel wird ein Sendeconnector ohne Bestätigung entfernt.</translation>
    </message>
    <message>
        <source>This example raises the largest message size of one Send connector.</source>
        <translation>In diesem Beispiel wird die maximale Nachrichtengröße eines Sendeconnectors erhöht.</translation>
    </message>
    <message>
        <source>This example replaces the smart hosts of a Send connector read through the pipeline.</source>
        <translation>In diesem Beispiel werden die Smarthosts eines über die Pipeline gelesenen Sendeconnectors ersetzt.</translation>
    </message>
    <message>
        <source>This example shows what a rename would do, without doing it.</source>
        <translation>In diesem Beispiel wird angezeigt, was eine Umbenennung bewirken würde, ohne sie durchzuführen.</translation>
    </message>
    <message>
        <source>The name of the connector: at most 64 characters, unique among the organization's Send connectors. The parameter name may be left out.</source>
        <translation>Der Name des Connectors: höchstens 64 Zeichen, eindeutig unter den Sendeconnectors der Organisation. Der Parametername kann weggelassen werden.</translation>
    </message>
    <message>
        <source>The domains the connector sends mail to, each with an optional type and cost: 'contoso.com', 'SMTP:*.contoso.com;5'.</source>
        <translation>Die Domänen, an die der Connector E-Mails sendet, jeweils mit optionalem Typ und optionalen Kosten: 'contoso.com', 'SMTP:*.contoso.com;5'.</translation>
    </message>
    <message>
        <source>The intended use, which sets the defaults of the other settings.</source>
        <translation>Die Nutzungsart, die die Standardwerte der anderen Einstellungen festlegt.</translation>
    </message>
    <message>
        <source>$true: look up the destination in DNS; $false: send through the smart hosts.</source>
        <translation>$true: Das Ziel wird im DNS gesucht; $false: Es wird über die Smarthosts gesendet.</translation>
    </message>
    <message>
        <source>The servers mail is sent through when DNS routing is off: names or IP addresses.</source>
        <translation>Die Server, über die E-Mails gesendet werden, wenn das DNS-Routing deaktiviert ist: Namen oder IP-Adressen.</translation>
    </message>
    <message>
        <source>How the connector authenticates to its smart hosts.</source>
        <translation>Die Art, wie sich der Connector bei seinen Smarthosts authentifiziert.</translation>
    </message>
    <message>
        <source>The user name and password for basic authentication, given as (Get-Credential); the password is asked for and never written on the command line.</source>
        <translation>Benutzername und Kennwort für die Standardauthentifizierung, angegeben als (Get-Credential); das Kennwort wird abgefragt und nie in die Befehlszeile geschrieben.</translation>
    </message>
    <message>
        <source>The Hub Transport servers (or Edge Subscriptions) that send through the connector.</source>
        <translation>Die Hub-Transport-Server (oder Edge-Abonnements), die über den Connector senden.</translation>
    </message>
    <message>
        <source>$true: only the servers of the source servers' Active Directory site use the connector.</source>
        <translation>$true: Nur die Server im Active Directory-Standort der Quellserver verwenden den Connector.</translation>
    </message>
    <message>
        <source>$true: resolve names with the external DNS servers configured on the server.</source>
        <translation>$true: Namen werden mit den auf dem Server konfigurierten externen DNS-Servern aufgelöst.</translation>
    </message>
    <message>
        <source>The largest message the connector sends, such as 10MB, or unlimited.</source>
        <translation>Die größte Nachricht, die der Connector sendet, z. B. 10MB, oder unlimited.</translation>
    </message>
    <message>
        <source>The TCP port to connect to (25 by default).</source>
        <translation>Der TCP-Port, mit dem eine Verbindung hergestellt wird (standardmäßig 25).</translation>
    </message>
    <message>
        <source>How long an idle connection stays open, as [d.]hh:mm:ss.</source>
        <translation>Wie lange eine Verbindung im Leerlauf geöffnet bleibt, im Format [d.]hh:mm:ss.</translation>
    </message>
    <message>
        <source>$false: the connector is disabled, and no mail is sent through it.</source>
        <translation>$false: Der Connector ist deaktiviert, und über ihn werden keine E-Mails gesendet.</translation>
    </message>
    <message>
        <source>Free text about the connector.</source>
        <translation>Freier Text zum Connector.</translation>
    </message>
    <message>
        <source>The name the connector gives in HELO and EHLO.</source>
        <translation>Der Name, den der Connector in HELO und EHLO angibt.</translation>
    </message>
    <message>
        <source>$true: greet with HELO instead of EHLO.</source>
        <translation>$true: Begrüßung mit HELO statt EHLO.</translation>
    </message>
    <message>
        <source>$true: never use TLS even when the remote server offers it.</source>
        <translation>$true: TLS wird nie verwendet, auch wenn der Remoteserver es anbietet.</translation>
    </message>
    <message>
        <source>$true: send only over TLS.</source>
        <translation>$true: Es wird nur über TLS gesendet.</translation>
    </message>
    <message>
        <source>$true: use mutual TLS authentication (domain security) with the destination domains.</source>
        <translation>$true: Gegenseitige TLS-Authentifizierung (Domänensicherheit) mit den Zieldomänen verwenden.</translation>
    </message>
    <message>
        <source>Verbose turns SMTP protocol logging on.</source>
        <translation>Verbose aktiviert die SMTP-Protokollierung.</translation>
    </message>
    <message>
        <source>The local IP address to send from (Edge Transport servers only).</source>
        <translation>Die lokale IP-Adresse, von der aus gesendet wird (nur Edge-Transport-Server).</translation>
    </message>
    <message>
        <source>A Receive connector whose mail this connector relays; replaces the address spaces.</source>
        <translation>Ein Empfangsconnector, dessen E-Mails dieser Connector weiterleitet; ersetzt die Adressräume.</translation>
    </message>
    <message>
        <source>The same as -Usage %1.</source>
        <translation>Entspricht -Usage %1.</translation>
    </message>
    <message>
        <source>Suppresses the cmdlet's extra questions; it does not suppress -Confirm.</source>
        <translation>Unterdrückt die zusätzlichen Rückfragen des Cmdlets; -Confirm wird dadurch nicht unterdrückt.</translation>
    </message>
    <message>
        <source>Copies settings from an object read from Active Directory; it has no effect here.</source>
        <translation>Kopiert Einstellungen aus einem aus Active Directory gelesenen Objekt; hat hier keine Auswirkung.</translation>
    </message>
    <message>
        <source>The name of the Send connector. The parameter name may be left out.</source>
        <translation>Der Name des Sendeconnectors. Der Parametername kann weggelassen werden.</translation>
    </message>
    <message>
        <source>The Send connector to change, as Get-SendConnector passes it through the pipeline.</source>
        <translation>Der zu ändernde Sendeconnector, wie er von Get-SendConnector über die Pipeline übergeben wird.</translation>
    </message>
    <message>
        <source>The domain controller to read and write through; it has no effect here (no Active Directory).</source>
        <translation>Der Domänencontroller, über den gelesen und geschrieben wird; hat hier keine Auswirkung (kein Active Directory).</translation>
    </message>
    <message>
        <source>Shows what the command would do, and does nothing.</source>
        <translation>Zeigt an, was der Befehl bewirken würde, ohne etwas auszuführen.</translation>
    </message>
    <message>
        <source>Asks before the change is made; -Confirm:$false never asks.</source>
        <translation>Fragt nach, bevor die Änderung vorgenommen wird; bei -Confirm:$false wird nie nachgefragt.</translation>
    </message>
    <message>
        <source>Writes VERBOSE: lines saying what the cmdlet does.</source>
        <translation>Schreibt VERBOSE:-Zeilen, die beschreiben, was das Cmdlet tut.</translation>
    </message>
    <message>
        <source>Accepted; these cmdlets write no debug messages.</source>
        <translation>Wird akzeptiert; diese Cmdlets schreiben keine Debugmeldungen.</translation>
    </message>
    <message>
        <source>What to do at an error: Continue (show it), SilentlyContinue (do not show it), Stop (show it and stop the script).</source>
        <translation>Verhalten bei einem Fehler: Continue (anzeigen), SilentlyContinue (nicht anzeigen), Stop (anzeigen und das Skript beenden).</translation>
    </message>
    <message>
        <source>Accepted; this shell keeps no variables.</source>
        <translation>Wird akzeptiert; diese Shell speichert keine Variablen.</translation>
    </message>
    <message>
        <source>Accepted; it does not change the output.</source>
        <translation>Wird akzeptiert; die Ausgabe ändert sich dadurch nicht.</translation>
    </message>
    <message>
        <source>Required?                    %1</source>
        <translation>Erforderlich?                %1</translation>
    </message>
    <message>
        <source>Position?                    %1</source>
        <translation>Position?                    %1</translation>
    </message>
    <message>
        <source>This cmdlet supports the common parameters: -Verbose, -Debug, -ErrorAction, -ErrorVariable, -OutVariable and -OutBuffer.</source>
        <translation>Dieses Cmdlet unterstützt die allgemeinen Parameter -Verbose, -Debug, -ErrorAction, -ErrorVariable, -OutVariable und -OutBuffer.</translation>
    </message>
    <message>
        <source>-------------------------- EXAMPLE %1 --------------------------</source>
        <translation>-------------------------- BEISPIEL %1 --------------------------</translation>
    </message>
    <message>
        <source>For more information, type: "get-help %1 -detailed".</source>
        <translation>Geben Sie zum Abrufen weiterer Informationen folgenden Befehl ein: "get-help %1 -detailed".</translation>
    </message>
    <message>
        <source>For technical information, type: "get-help %1 -full".</source>
        <translation>Geben Sie zum Abrufen technischer Informationen folgenden Befehl ein: "get-help %1 -full".</translation>
    </message>
    <message>
        <source>This shell knows these cmdlets:</source>
        <translation>Diese Shell kennt die folgenden Cmdlets:</translation>
    </message>
    <message>
        <source>Type "Get-Help &lt;cmdlet&gt;", "Get-Help &lt;cmdlet&gt; -Full", "Get-Help &lt;cmdlet&gt; -Examples" or "&lt;cmdlet&gt; -?" for the help of one cmdlet.</source>
        <translation>Geben Sie "Get-Help &lt;Cmdlet&gt;", "Get-Help &lt;Cmdlet&gt; -Full", "Get-Help &lt;Cmdlet&gt; -Examples" oder "&lt;Cmdlet&gt; -?" ein, um die Hilfe zu einem Cmdlet anzuzeigen.</translation>
    </message>
    <message>
        <source>Shows which Send connector takes mail to each recipient (a product extension, not an Exchange 2007 cmdlet).</source>
        <translation>Zeigt an, welcher Sendeconnector E-Mails an die einzelnen Empfänger übermittelt (eine Produkterweiterung, kein Exchange 2007-Cmdlet).</translation>
    </message>
    <message>
        <source>The Test-SendConnectorRouting cmdlet answers, for each recipient, what happens to a message of the size given sent from a transport server: delivered inside the organization (Internal), sent through a Send connector (Routed: the connector, the address space that matched, the source server, the cost and the next hop), or left in the Unreachable queue (Unreachable), with the reason. It prints one record per recipient, in order; -Explain adds every candidate connector and the step that eliminated it. It reads the organization file and changes nothing, so it needs no role, and it succeeds whatever the answer. Addresses come from -Recipient or from the pipeline; an invalid address is an error for that address only. %1</source>
        <translation>Das Cmdlet Test-SendConnectorRouting gibt für jeden Empfänger an, was mit einer Nachricht der angegebenen Größe geschieht, die von einem Transportserver gesendet wird: Sie wird innerhalb der Organisation zugestellt (Internal), über einen Sendeconnector gesendet (Routed: der Connector, der passende Adressraum, der Quellserver, die Kosten und der nächste Hop) oder verbleibt in der Warteschlange für unerreichbare Ziele (Unreachable), jeweils mit dem Grund. Es gibt einen Datensatz pro Empfänger in der angegebenen Reihenfolge aus; -Explain fügt jeden in Frage kommenden Connector und den Schritt hinzu, durch den er ausgeschieden ist. Das Cmdlet liest die Organisationsdatei und ändert nichts, benötigt daher keine Rolle und ist unabhängig vom Ergebnis erfolgreich. Die Adressen stammen aus -Recipient oder aus der Pipeline; eine ungültige Adresse ist nur für diese Adresse ein Fehler. %1</translation>
    </message>
    <message>
        <source>This example shows which Send connector takes a 5 MB message to kim@tailspintoys.com from the server the shell runs on.</source>
        <translation>In diesem Beispiel wird angezeigt, welcher Sendeconnector eine 5-MB-Nachricht an kim@tailspintoys.com von dem Server aus übermittelt, auf dem die Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>This example answers for two recipients read from the pipeline, as seen from EX03, and lists every candidate connector with the step that eliminated it.</source>
        <translation>In diesem Beispiel wird die Frage für zwei aus der Pipeline gelesene Empfänger aus Sicht von EX03 beantwortet, und jeder in Frage kommende Connector wird mit dem Schritt aufgelistet, durch den er ausgeschieden ist.</translation>
    </message>
    <message>
        <source>The e-mail addresses to test, separated by commas, or read from the pipeline. The parameter name may be left out.</source>
        <translation>Die zu testenden E-Mail-Adressen, durch Kommas getrennt oder aus der Pipeline gelesen. Der Parametername kann weggelassen werden.</translation>
    </message>
    <message>
        <source>The transport server the message is sent from: a Hub Transport server, or an Edge Transport server that is not subscribed. By default, the server the shell runs on.</source>
        <translation>Der Transportserver, von dem aus die Nachricht gesendet wird: ein Hub-Transport-Server oder ein nicht abonnierter Edge-Transport-Server. Standardmäßig der Server, auf dem die Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>The size of the message, such as 10MB; connectors whose largest message size is smaller are not used. By default 0: no connector is too small.</source>
        <translation>Die Größe der Nachricht, z. B. 10MB; Connectors, deren maximale Nachrichtengröße kleiner ist, werden nicht verwendet. Standardmäßig 0: Kein Connector ist zu klein.</translation>
    </message>
    <message>
        <source>Adds, after each record, every candidate Send connector with the step that eliminated it.</source>
        <translation>Fügt nach jedem Datensatz jeden in Frage kommenden Sendeconnector mit dem Schritt hinzu, durch den er ausgeschieden ist.</translation>
    </message>
    <message>
        <source>%1 is a product extension of this shell, not an Exchange 2007 cmdlet: a real Exchange Management Shell does not have it.</source>
        <translation>%1 ist eine Produkterweiterung dieser Shell und kein Exchange 2007-Cmdlet: Eine echte Exchange-Verwaltungsshell verfügt nicht darüber.</translation>
    </message>
    <message>
        <source>Tests whether a Send connector's smart hosts or MX hosts accept mail as the connector is configured, without sending any (a product extension, not an Exchange 2007 cmdlet).</source>
        <translation>Testet, ob die Smarthosts oder MX-Hosts eines Sendeconnectors E-Mails so annehmen, wie der Connector konfiguriert ist, ohne eine zu senden (eine Produkterweiterung, kein Exchange 2007-Cmdlet).</translation>
    </message>
    <message>
        <source>The Test-SendConnector cmdlet connects to each next hop of a Send connector, as the server the shell runs on would: its smart hosts, or with DNS routing the MX hosts of the recipient domain (or of each SMTP address space without a wildcard). For each host it reads the banner, sends EHLO, starts TLS when the connector requires or allows it and checks the certificate, authenticates when the connector uses Basic authentication and a password is given, and ends with QUIT: it never sends a message. It prints one record per host (Host, Address, Port, Connected, Banner, StartTls, Certificate, AuthMechanisms, Authenticated, Result, Error) and fails unless every host succeeds. It changes nothing, so it takes neither -WhatIf nor -Confirm. Without -AuthenticationCredential it does not ask for a password: authentication is then not tried. Ctrl+C stops the test. %1</source>
        <translation>Das Cmdlet Test-SendConnector verbindet sich wie der Server, auf dem die Shell läuft, mit jedem nächsten Hop eines Sendeconnectors: mit seinen Smarthosts oder bei DNS-Routing mit den MX-Hosts der Empfängerdomäne (oder jedes SMTP-Adressraums ohne Platzhalter). Für jeden Host liest es das Banner, sendet EHLO, startet TLS, wenn der Connector es verlangt oder zulässt, und prüft das Zertifikat, authentifiziert sich, wenn der Connector die Standardauthentifizierung verwendet und ein Kennwort angegeben ist, und endet mit QUIT: Es sendet nie eine Nachricht. Es gibt einen Datensatz pro Host aus (Host, Address, Port, Connected, Banner, StartTls, Certificate, AuthMechanisms, Authenticated, Result, Error) und schlägt fehl, sofern nicht jeder Host erfolgreich ist. Es ändert nichts und nimmt daher weder -WhatIf noch -Confirm an. Ohne -AuthenticationCredential fragt es nicht nach einem Kennwort: Die Authentifizierung wird dann nicht versucht. Strg+C beendet den Test. %1</translation>
    </message>
    <message>
        <source>This example tests the MX hosts of tailspintoys.com as the connector would reach them.</source>
        <translation>In diesem Beispiel werden die MX-Hosts von tailspintoys.com so getestet, wie der Connector sie erreichen würde.</translation>
    </message>
    <message>
        <source>This example asks for the smart host's password, tests the connector's smart hosts with it, and waits at most 30 seconds for each step.</source>
        <translation>In diesem Beispiel wird nach dem Kennwort des Smarthosts gefragt, die Smarthosts des Connectors werden damit getestet, und auf jeden Schritt wird höchstens 30 Sekunden gewartet.</translation>
    </message>
    <message>
        <source>This example tests every Send connector read through the pipeline.</source>
        <translation>In diesem Beispiel wird jeder über die Pipeline gelesene Sendeconnector getestet.</translation>
    </message>
    <message>
        <source>With DNS routing, the domain whose MX hosts are tested. By default, every SMTP address space of the connector without a wildcard.</source>
        <translation>Bei DNS-Routing die Domäne, deren MX-Hosts getestet werden. Standardmäßig jeder SMTP-Adressraum des Connectors ohne Platzhalter.</translation>
    </message>
    <message>
        <source>How long each step (a lookup, the connection, each reply, the TLS handshake) may take, in seconds from %1 to %2. By default %3.</source>
        <translation>Wie lange jeder Schritt (eine Suche, die Verbindung, jede Antwort, der TLS-Handshake) dauern darf, in Sekunden von %1 bis %2. Standardmäßig %3.</translation>
    </message>
    <message>
        <source>Writes the whole organization to a JSON organization file (a product extension, not an Exchange 2007 cmdlet).</source>
        <translation>Schreibt die gesamte Organisation in eine JSON-Organisationsdatei (eine Produkterweiterung, kein Cmdlet von Exchange 2007).</translation>
    </message>
    <message>
        <source>Creates the organization of a JSON organization file where the shell works, such as an empty directory (a product extension, not an Exchange 2007 cmdlet).</source>
        <translation>Legt die Organisation einer JSON-Organisationsdatei dort an, wo die Shell arbeitet, etwa in einem leeren Verzeichnis (eine Produkterweiterung, kein Cmdlet von Exchange 2007).</translation>
    </message>
    <message>
        <source>The Export-Organization cmdlet writes the organization the shell works on, from a file or from an LDAP directory, to a new JSON organization file, as the console and this shell read it: exporting a directory and importing the file again gives the same organization. It refuses a file that exists unless -Force is given, and never replaces a file that is not an organization file. The file is created readable by its owner only. It needs the Exchange Organization Administrator role when the organization declares role assignments. %1</source>
        <translation>Das Cmdlet Export-Organization schreibt die Organisation, mit der die Shell arbeitet, aus einer Datei oder einem LDAP-Verzeichnis in eine neue JSON-Organisationsdatei, so wie die Konsole und diese Shell sie lesen: Ein Verzeichnis exportieren und die Datei wieder importieren ergibt dieselbe Organisation. Eine vorhandene Datei wird ohne -Force abgelehnt, und eine Datei, die keine Organisationsdatei ist, wird nie ersetzt. Die Datei wird nur für ihren Besitzer lesbar angelegt. Wenn die Organisation Rollenzuweisungen enthält, ist die Rolle „Exchange-Organisationsadministrator“ erforderlich. %1</translation>
    </message>
    <message>
        <source>The Import-Organization cmdlet reads a JSON organization file and creates its organization where the shell works (--organization): in an LDAP directory, the organization's entries below the base DN; for a file location, a new file. It refuses when an organization is already there (a directory that holds one, or a file that exists), and refuses a damaged file with its problems; nothing is written then. The operator needs the Exchange Organization Administrator role of the organization imported when that organization declares role assignments. %1</source>
        <translation>Das Cmdlet Import-Organization liest eine JSON-Organisationsdatei und legt ihre Organisation dort an, wo die Shell arbeitet (--organization): in einem LDAP-Verzeichnis die Einträge der Organisation unterhalb des Basis-DN, bei einem Dateipfad eine neue Datei. Es lehnt ab, wenn dort schon eine Organisation ist (ein Verzeichnis, das eine enthält, oder eine vorhandene Datei), und lehnt eine beschädigte Datei mit ihren Problemen ab; dann wird nichts geschrieben. Enthält die importierte Organisation Rollenzuweisungen, braucht der Bediener darin die Rolle „Exchange-Organisationsadministrator“. %1</translation>
    </message>
    <message>
        <source>This example writes the organization to the new file contoso.json.</source>
        <translation>In diesem Beispiel wird die Organisation in die neue Datei contoso.json geschrieben.</translation>
    </message>
    <message>
        <source>This example replaces the organization file backup.json with the organization as it is now.</source>
        <translation>In diesem Beispiel wird die Organisationsdatei backup.json durch die Organisation in ihrem jetzigen Stand ersetzt.</translation>
    </message>
    <message>
        <source>Run as send-connector-shell --organization ldap://ldap.contoso.com/dc=contoso,dc=com --bind-dn cn=admin,dc=contoso,dc=com, this example copies the organization of contoso.json into the directory.</source>
        <translation>Ausgeführt als send-connector-shell --organization ldap://ldap.contoso.com/dc=contoso,dc=com --bind-dn cn=admin,dc=contoso,dc=com, kopiert dieses Beispiel die Organisation aus contoso.json in das Verzeichnis.</translation>
    </message>
    <message>
        <source>The JSON organization file. A relative path starts in the shell's working directory. The parameter name may be left out.</source>
        <translation>Die JSON-Organisationsdatei. Ein relativer Pfad beginnt im Arbeitsverzeichnis der Shell. Der Parametername kann entfallen.</translation>
    </message>
    <message>
        <source>Replaces the file when it exists (an organization file only: any other file is never replaced).</source>
        <translation>Ersetzt die Datei, wenn sie vorhanden ist (nur eine Organisationsdatei: jede andere Datei wird nie ersetzt).</translation>
    </message>
</context>
<context>
    <name>CompletionPage</name>
    <message>
        <source>Completion</source>
        <translation>Fertigstellung</translation>
    </message>
    <message>
        <source>The wizard has finished. To close it, click Finish.</source>
        <translation>Der Assistent wurde abgeschlossen. Klicken Sie auf „Fertig stellen“, um ihn zu schließen.</translation>
    </message>
    <message>
        <source>Completion details</source>
        <translation>Details zur Fertigstellung</translation>
    </message>
    <message>
        <source>To copy the contents of this page, press Ctrl+C.</source>
        <translation>Drücken Sie Strg+C, um den Inhalt dieser Seite zu kopieren.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The wizard completed successfully. To close it, click Finish.</source>
        <translation>Der Assistent wurde erfolgreich abgeschlossen. Klicken Sie auf „Fertig stellen“, um ihn zu schließen.</translation>
    </message>
    <message>
        <source>The wizard could not create the connector. To fix the problem, click Back; nothing you entered is lost. To close the wizard without creating it, click Finish.</source>
        <translation>Der Assistent konnte den Connector nicht erstellen. Klicken Sie auf „Zurück“, um das Problem zu beheben; Ihre Eingaben gehen dabei nicht verloren. Klicken Sie auf „Fertig stellen“, um den Assistenten zu schließen, ohne den Connector zu erstellen.</translation>
    </message>
    <message>
        <source>Elapsed Time: %1:%2:%3</source>
        <translation>Verstrichene Zeit: %1:%2:%3</translation>
    </message>
    <message>
        <source>New SMTP Send Connector "%1"</source>
        <translation>Neuer SMTP-Sendeconnector "%1"</translation>
    </message>
    <message>
        <source>Status: Completed</source>
        <translation>Status: Abgeschlossen</translation>
    </message>
    <message>
        <source>Status: Failed</source>
        <translation>Status: Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Exchange Management Shell command completed:</source>
        <translation>Exchange-Verwaltungsshell-Befehl abgeschlossen:</translation>
    </message>
    <message>
        <source>Exchange Management Shell command attempted:</source>
        <translation>Exchange-Verwaltungsshell-Befehl versucht:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
</context>
<context>
    <name>ConnectivityDialog</name>
    <message>
        <source>Test Connectivity - %1</source>
        <translation>Verbindung testen - %1</translation>
    </message>
    <message>
        <source>Checks whether the connector's next hops accept mail as the connector is configured: the connection, the banner, EHLO, STARTTLS with the certificate and, for Basic authentication, the credentials. No message is sent and nothing in the organization is changed.</source>
        <translation>Prüft, ob die nächsten Hops des Connectors E-Mails so annehmen, wie der Connector konfiguriert ist: die Verbindung, das Banner, EHLO, STARTTLS mit dem Zertifikat und bei Standardauthentifizierung die Anmeldeinformationen. Es wird keine Nachricht gesendet und nichts an der Organisation geändert.</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Sendeconnector</translation>
    </message>
    <message>
        <source>Next hops</source>
        <translation>Nächste Hops</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Sendender Server</translation>
    </message>
    <message>
        <source>The source server the test acts as: its name is the EHLO name when the connector sets no FQDN, and its external DNS servers are asked when the connector uses them.</source>
        <translation>Der Quellserver, als der der Test auftritt: Sein Name ist der EHLO-Name, wenn der Connector keinen FQDN festlegt, und seine externen DNS-Server werden gefragt, wenn der Connector sie verwendet.</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>Empfängerdomäne</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>The password of the connector's user, for the tests of this dialog only</source>
        <translation>Das Kennwort des Benutzers des Connectors, nur für die Tests dieses Dialogfelds</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>Zum Kennwort</translation>
    </message>
    <message>
        <source>Send connector:</source>
        <translation>Sendeconnector:</translation>
    </message>
    <message>
        <source>Next hops:</source>
        <translation>Nächste Hops:</translation>
    </message>
    <message>
        <source>Sending ser&amp;ver:</source>
        <translation>Sendender &amp;Server:</translation>
    </message>
    <message>
        <source>Recipient &amp;domain:</source>
        <translation>Empfänger&amp;domäne:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>R&amp;esults:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test connectivity</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>%1 (Edge Transport)</source>
        <translation>%1 (Edge-Transport)</translation>
    </message>
    <message>
        <source>%1 (Hub Transport, site %2)</source>
        <translation>%1 (Hub-Transport, Standort %2)</translation>
    </message>
    <message>
        <source>The Send connector "%1" is no longer in the organization: it was removed or renamed.</source>
        <translation>Der Sendeconnector "%1" ist nicht mehr in der Organisation: Er wurde entfernt oder umbenannt.</translation>
    </message>
    <message>
        <source>The MX hosts of the recipient domain (DNS), port %1</source>
        <translation>Die MX-Hosts der Empfängerdomäne (DNS), Port %1</translation>
    </message>
    <message>
        <source>Required: the connector's address spaces name no single domain</source>
        <translation>Erforderlich: Die Adressräume des Connectors nennen keine einzelne Domäne</translation>
    </message>
    <message>
        <source>Empty: each domain of the address spaces (%1)</source>
        <translation>Leer: jede Domäne der Adressräume (%1)</translation>
    </message>
    <message>
        <source>Smart hosts %1, port %2</source>
        <translation>Smarthosts %1, Port %2</translation>
    </message>
    <message>
        <source>Not used: the connector routes through smart hosts</source>
        <translation>Nicht verwendet: Der Connector leitet über Smarthosts weiter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Kept in memory while this dialog is open, never written anywhere, and forgotten when it closes. Empty: the credentials are not tried.</source>
        <translation>Wird nur im Arbeitsspeicher gehalten, solange dieses Dialogfeld geöffnet ist, nirgends geschrieben und beim Schließen vergessen. Leer: Die Anmeldeinformationen werden nicht versucht.</translation>
    </message>
    <message>
        <source>The connector does not use Basic authentication.</source>
        <translation>Der Connector verwendet keine Standardauthentifizierung.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>%1 Type the recipient domain whose MX hosts to test.</source>
        <translation>%1 Geben Sie die Empfängerdomäne ein, deren MX-Hosts getestet werden sollen.</translation>
    </message>
</context>
<context>
    <name>ConnectivityOptions</name>
    <message>
        <source>Connectivity tests ask this DNS server (an IP address; repeat the option for more) instead of the system's resolver, unless the connector uses its server's external DNS servers.</source>
        <translation>Verbindungstests fragen diesen DNS-Server (eine IP-Adresse; für weitere die Option wiederholen) statt der Namensauflösung des Systems, sofern der Connector nicht die externen DNS-Server seines Servers verwendet.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Connectivity tests also trust the certification authorities in this PEM file (repeat the option for more files).</source>
        <translation>Verbindungstests vertrauen auch den Zertifizierungsstellen in dieser PEM-Datei (für weitere Dateien die Option wiederholen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--dns-server: "%1" is not an IP address; give one such as 192.0.2.53 or 2001:db8::53.</source>
        <translation>--dns-server: "%1" ist keine IP-Adresse; geben Sie eine wie 192.0.2.53 oder 2001:db8::53 an.</translation>
    </message>
    <message>
        <source>--trust-ca: %1</source>
        <translation>--trust-ca: %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large for a file of certificates.</source>
        <translation>%1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ConnectivityResultModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Testing: %1 of %n host(s) tested…</source>
        <translation>
            <numerusform>Test läuft: %1 von %n Host getestet…</numerusform>
            <numerusform>Test läuft: %1 von %n Hosts getestet…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to test yet: the connector has no smart host.</source>
        <translation>Es gibt noch nichts zu testen: Der Connector hat keinen Smarthost.</translation>
    </message>
    <message>
        <source>There is nothing to test: the connector routes through DNS, but its address spaces name no single domain whose MX hosts could be looked up (only wildcards such as *).</source>
        <translation>Es gibt nichts zu testen: Der Connector leitet über DNS weiter, aber seine Adressräume nennen keine einzelne Domäne, deren MX-Hosts nachgeschlagen werden könnten (nur Platzhalter wie *).</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Success, with warnings</source>
        <translation>Erfolg, mit Warnungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Waiting for the banner…</source>
        <translation>Warten auf das Banner…</translation>
    </message>
    <message>
        <source>Sending EHLO…</source>
        <translation>EHLO wird gesendet…</translation>
    </message>
    <message>
        <source>Continuing the SMTP session…</source>
        <translation>SMTP-Sitzung wird fortgesetzt…</translation>
    </message>
    <message>
        <source>TLS handshake…</source>
        <translation>TLS-Handshake…</translation>
    </message>
    <message>
        <source>Sending EHLO again over TLS…</source>
        <translation>EHLO wird erneut über TLS gesendet…</translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Sitzung wird beendet…</translation>
    </message>
    <message>
        <source>MX host of %1, preference %2</source>
        <translation>MX-Host von %1, Priorität %2</translation>
    </message>
    <message>
        <source>Next hop for %1</source>
        <translation>Nächster Hop für %1</translation>
    </message>
    <message>
        <source>The server replied:
%1</source>
        <translation>Antwort des Servers:
%1</translation>
    </message>
    <message>
        <source>Host / Step</source>
        <translation>Host / Schritt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConnectivityStep</name>
    <message>
        <source>MX lookup</source>
        <translation>MX-Suche</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung herstellen</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
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
        <source>EHLO after TLS</source>
        <translation>EHLO nach TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
</context>
<context>
    <name>ConnectivityTest</name>
    <message>
        <source>Connector %1 has no smart host to test.</source>
        <translation>Der Connector %1 hat keinen Smarthost, der getestet werden kann.</translation>
    </message>
    <message>
        <source>Connector %1 routes by DNS but names no single domain: give a recipient domain to test.</source>
        <translation>Der Connector %1 leitet über DNS weiter, nennt aber keine einzelne Domäne: Geben Sie eine Empfängerdomäne für den Test an.</translation>
    </message>
    <message numerus="yes">
        <source>The MX lookup for %1 got no answer within %n second(s).</source>
        <translation>
            <numerusform>Die MX-Suche für %1 hat innerhalb von %n Sekunde keine Antwort erhalten.</numerusform>
            <numerusform>Die MX-Suche für %1 hat innerhalb von %n Sekunden keine Antwort erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain %1 does not exist.</source>
        <translation>Die Domäne %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed: %2</source>
        <translation>Fehler bei der MX-Suche für %1: %2</translation>
    </message>
    <message>
        <source>%1 accepts no mail: its only MX record is the null MX.</source>
        <translation>%1 nimmt keine E-Mails an: Der einzige MX-Eintrag ist der Null-MX.</translation>
    </message>
    <message>
        <source>%1 has no MX record; mail goes to the address of the domain itself.</source>
        <translation>%1 hat keinen MX-Eintrag; E-Mails werden an die Adresse der Domäne selbst gesendet.</translation>
    </message>
    <message>
        <source>The test of %1 was cancelled.</source>
        <translation>Der Test von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The test of connector %1 was cancelled.</source>
        <translation>Der Test des Connectors %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Mail would not flow through connector %1: %2</source>
        <translation>Über den Connector %1 würden keine E-Mails übermittelt: %2</translation>
    </message>
    <message>
        <source>Mail would flow through connector %1, but not every next hop accepts it: %2</source>
        <translation>Über den Connector %1 würden E-Mails übermittelt, aber nicht jeder nächste Hop nimmt sie an: %2</translation>
    </message>
    <message>
        <source>Mail would flow through connector %1: every next hop accepts it as configured.</source>
        <translation>Über den Connector %1 würden E-Mails übermittelt: Jeder nächste Hop nimmt sie mit der konfigurierten Einstellung an.</translation>
    </message>
</context>
<context>
    <name>ConnectivityTestPanel</name>
    <message>
        <source>Connects to the next hops of the connector as it is set up now, as Exchange would, without sending any mail.</source>
        <translation>Verbindet sich wie Exchange mit den nächsten Hops des Connectors in seiner jetzigen Einstellung, ohne E-Mails zu senden.</translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation>&amp;Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Cancel the connectivity test</source>
        <translation>Verbindungstest abbrechen</translation>
    </message>
    <message>
        <source>Stops the connectivity test now; what it found so far stays shown.</source>
        <translation>Beendet den Verbindungstest sofort; was er bisher gefunden hat, bleibt angezeigt.</translation>
    </message>
    <message>
        <source>Test &amp;Connectivity</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Test connectivity</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connects to the next hops of the connector as it is set up now, without sending mail, and shows the result below. A failure does not stop you from creating the connector.</source>
        <translation>Verbindet sich mit den nächsten Hops des Connectors in seiner jetzigen Einstellung, ohne E-Mails zu senden, und zeigt das Ergebnis darunter an. Ein Fehler hindert Sie nicht daran, den Connector zu erstellen.</translation>
    </message>
</context>
<context>
    <name>ConnectivityView</name>
    <message>
        <source>Connectivity test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>Each next hop with its result; expand a host to see its steps and the server's replies</source>
        <translation>Jeder nächste Hop mit seinem Ergebnis; erweitern Sie einen Host, um seine Schritte und die Antworten des Servers zu sehen</translation>
    </message>
    <message>
        <source>Nothing to test</source>
        <translation>Nichts zu testen</translation>
    </message>
    <message>
        <source>Connectivity verdict</source>
        <translation>Ergebnis der Verbindung</translation>
    </message>
    <message>
        <source>Connectivity verdict: %1</source>
        <translation>Ergebnis der Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorDraft</name>
    <message>
        <source>No server was given. Choose the Hub Transport server or unsubscribed Edge Transport server to create the connector on: %1.</source>
        <translation>Es wurde kein Server angegeben. Wählen Sie den Hub-Transport-Server oder nicht abonnierten Edge-Transport-Server aus, auf dem der Connector erstellt werden soll: %1.</translation>
    </message>
    <message>
        <source>The organization "%1" has no server named "%2". Choose a Hub Transport server or an unsubscribed Edge Transport server: %3.</source>
        <translation>Die Organisation "%1" hat keinen Server namens "%2". Wählen Sie einen Hub-Transport-Server oder einen nicht abonnierten Edge-Transport-Server aus: %3.</translation>
    </message>
    <message>
        <source>The address space "%1" is of type %2, not SMTP: DNS MX records cannot find its servers, so mail to it always goes to a smart host (over SMTP).</source>
        <translation>Der Adressraum "%1" ist vom Typ %2, nicht SMTP: Über DNS-MX-Einträge lassen sich seine Server nicht finden, daher werden E-Mails an ihn immer an einen Smarthost (über SMTP) gesendet.</translation>
    </message>
    <message>
        <source>Basic authentication needs a password as well as the user name. Enter it; it is kept in memory only and never written to the organization file.</source>
        <translation>Die Standardauthentifizierung erfordert neben dem Benutzernamen auch ein Kennwort. Geben Sie es ein; es wird nur im Arbeitsspeicher gehalten und nie in die Organisationsdatei geschrieben.</translation>
    </message>
    <message>
        <source>The password has %1 characters; it can have at most %2.</source>
        <translation>Das Kennwort hat %1 Zeichen; zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>A Partner connector uses domain security (mutual TLS), which cannot be used with the address space "*". Replace "*" with the partner's domains.</source>
        <translation>Ein Partner-Connector verwendet Domänensicherheit (gegenseitiges TLS), die nicht mit dem Adressraum "*" verwendet werden kann. Ersetzen Sie "*" durch die Domänen des Partners.</translation>
    </message>
    <message>
        <source>A Partner connector uses domain security (mutual TLS), which cannot be used with the address space "*". Replace "*" with the partner's domains here, or click Back and choose another usage on the Introduction page.</source>
        <translation>Ein Partner-Connector verwendet Domänensicherheit (gegenseitiges TLS), die nicht mit dem Adressraum "*" verwendet werden kann. Ersetzen Sie hier "*" durch die Domänen des Partners, oder klicken Sie auf "Zurück", und wählen Sie auf der Seite "Einführung" eine andere Nutzungsart aus.</translation>
    </message>
    <message>
        <source>The address space "%1" is of type %2, not SMTP: DNS cannot find its servers, and a %3 connector cannot route mail through smart hosts. Remove the address space.</source>
        <translation>Der Adressraum "%1" ist vom Typ %2, nicht SMTP: DNS kann seine Server nicht finden, und ein %3-Connector kann E-Mails nicht über Smarthosts weiterleiten. Entfernen Sie den Adressraum.</translation>
    </message>
    <message>
        <source>The address space "%1" is of type %2, not SMTP: DNS cannot find its servers, and a %3 connector cannot route mail through smart hosts. Remove the address space here, or click Back and choose the Custom, Internal or Internet usage on the Introduction page.</source>
        <translation>Der Adressraum "%1" ist vom Typ %2, nicht SMTP: DNS kann seine Server nicht finden, und ein %3-Connector kann E-Mails nicht über Smarthosts weiterleiten. Entfernen Sie hier den Adressraum, oder klicken Sie auf "Zurück", und wählen Sie auf der Seite "Einführung" die Nutzungsart "Benutzerdefiniert", "Intern" oder "Internet" aus.</translation>
    </message>
    <message>
        <source>The routing impact is shown once the connector has no errors.</source>
        <translation>Die Auswirkungen auf das Routing werden angezeigt, sobald der Connector keine Fehler mehr aufweist.</translation>
    </message>
    <message>
        <source>No change to routing: the same connectors carry mail for the same domains as before.</source>
        <translation>Keine Änderung am Routing: Dieselben Connectors übertragen E-Mails für dieselben Domänen wie zuvor.</translation>
    </message>
</context>
<context>
    <name>ConnectorHistory</name>
    <message>
        <source>Create '%1'</source>
        <translation>'%1' erstellen</translation>
    </message>
    <message>
        <source>Change '%1' (renamed '%2')</source>
        <translation>'%1' ändern (umbenannt in '%2')</translation>
    </message>
    <message>
        <source>Change '%1'</source>
        <translation>'%1' ändern</translation>
    </message>
    <message>
        <source>Enable '%1'</source>
        <translation>'%1' aktivieren</translation>
    </message>
    <message>
        <source>Disable '%1'</source>
        <translation>'%1' deaktivieren</translation>
    </message>
    <message>
        <source>Remove '%1'</source>
        <translation>'%1' entfernen</translation>
    </message>
    <message>
        <source>There is no change to undo.</source>
        <translation>Es ist keine Änderung zum Rückgängigmachen vorhanden.</translation>
    </message>
    <message>
        <source>There is no change to redo.</source>
        <translation>Es ist keine Änderung zum Wiederholen vorhanden.</translation>
    </message>
</context>
<context>
    <name>ConnectorListModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>DNS (MX records)</source>
        <translation>DNS (MX-Einträge)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Mail is routed with the DNS "MX" records of each recipient's domain.</source>
        <translation>E-Mails werden anhand der DNS-"MX"-Einträge der Domäne des jeweiligen Empfängers weitergeleitet.</translation>
    </message>
    <message>
        <source>Mail is routed through these smart hosts:</source>
        <translation>E-Mails werden über diese Smarthosts weitergeleitet:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Scoped</source>
        <translation>Bereichsbezogen</translation>
    </message>
    <message>
        <source>Routing check</source>
        <translation>Routingprüfung</translation>
    </message>
</context>
<context>
    <name>ConnectorName</name>
    <message>
        <source>The connector name is empty. Type a name that identifies the connector, for example "Internet mail".</source>
        <translation>Der Connectorname ist leer. Geben Sie einen Namen ein, der den Connector kennzeichnet, z. B. „Internet-E-Mail“.</translation>
    </message>
    <message>
        <source>The connector name has %1 characters; it can have at most %2. Shorten it.</source>
        <translation>Der Connectorname hat %1 Zeichen; zulässig sind höchstens %2. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>The connector name contains a control character (U+%1), such as a tab or a line break. Use only printable characters.</source>
        <translation>Der Connectorname enthält ein Steuerzeichen (U+%1), z. B. einen Tabstopp oder einen Zeilenumbruch. Verwenden Sie nur druckbare Zeichen.</translation>
    </message>
    <message>
        <source>A Send connector named "%1" already exists. Connector names must be unique (letter case does not count); choose another name.</source>
        <translation>Es ist bereits ein Sendeconnector mit dem Namen „%1“ vorhanden. Connectornamen müssen eindeutig sein (die Groß-/Kleinschreibung wird nicht berücksichtigt); wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ConnectorOperations</name>
    <message>
        <source>The organization file now says Exchange %1, but this change was made for Exchange %2, so nothing was changed. Start again from the file as it is now.</source>
        <translation>Die Organisationsdatei gibt jetzt Exchange %1 an, diese Änderung wurde jedoch für Exchange %2 vorgenommen. Daher wurde nichts geändert. Beginnen Sie erneut mit dem aktuellen Stand der Datei.</translation>
    </message>
    <message>
        <source>the Hub Transport side of "%1"</source>
        <translation>die Hub-Transport-Seite von „%1“</translation>
    </message>
    <message>
        <source>There is no Send connector named "%1" on %2 (another program may have removed or renamed it). Nothing was changed.</source>
        <translation>Es gibt keinen Sendeconnector mit dem Namen „%1“ für %2 (möglicherweise hat ein anderes Programm ihn entfernt oder umbenannt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Another program changed the Send connector "%1" after you opened it (changed: %2), so nothing was changed. Look at its current settings, then apply your change again or discard it.</source>
        <translation>Ein anderes Programm hat den Sendeconnector „%1“ geändert, nachdem Sie ihn geöffnet haben (geändert: %2). Daher wurde nichts geändert. Überprüfen Sie die aktuellen Einstellungen des Connectors, und übernehmen Sie Ihre Änderung dann erneut, oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ConnectorPropertiesSheet</name>
    <message>
        <source>%1 Properties</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Put the settings you changed onto the connector as it is now; then click Apply</source>
        <translation>Die von Ihnen geänderten Einstellungen auf den aktuellen Stand des Connectors übertragen; klicken Sie dann auf „Übernehmen“</translation>
    </message>
    <message>
        <source>Keep the connector as the other program left it</source>
        <translation>Den Connector so belassen, wie das andere Programm ihn hinterlassen hat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Verbose</source>
        <translation>Ausführlich</translation>
    </message>
    <message>
        <source>Empty: the server's own name</source>
        <translation>Leer: der eigene Name des Servers</translation>
    </message>
    <message>
        <source>&amp;Maximum message size (KB):</source>
        <translation>&amp;Maximale Nachrichtengröße (KB):</translation>
    </message>
    <message>
        <source>Maximum message size in KB</source>
        <translation>Maximale Nachrichtengröße in KB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connector status:</source>
        <translation>Connectorstatus:</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>Protocol &amp;logging level:</source>
        <translation>&amp;Protokollierungsstufe:</translation>
    </message>
    <message>
        <source>Specify the &amp;FQDN this connector will provide in response to HELO or EHLO:</source>
        <translation>Geben Sie den &amp;FQDN an, den dieser Connector als Antwort auf HELO oder EHLO bereitstellt:</translation>
    </message>
    <message>
        <source>Smart host authentication</source>
        <translation>Smarthostauthentifizierung</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change smart host authentication</source>
        <translation>Smarthostauthentifizierung ändern</translation>
    </message>
    <message>
        <source>Configure smart host authentication settings</source>
        <translation>Einstellungen für die Smarthostauthentifizierung konfigurieren</translation>
    </message>
    <message>
        <source>Not used: mail is routed with DNS MX records.</source>
        <translation>Nicht verwendet: E-Mails werden anhand von DNS-MX-Einträgen weitergeleitet.</translation>
    </message>
    <message>
        <source>Enabled (use Disable in the action pane to change it)</source>
        <translation>Aktiviert (zum Ändern im Aktionsbereich „Deaktivieren“ verwenden)</translation>
    </message>
    <message>
        <source>Disabled (use Enable in the action pane to change it)</source>
        <translation>Deaktiviert (zum Ändern im Aktionsbereich „Aktivieren“ verwenden)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>General: the connector's name, its protocol logging level, the FQDN it gives in HELO or EHLO and its maximum message size. Address Space: the domains it routes mail to. Network: DNS or smart hosts, and how it authenticates to them. Source Server: the servers that send its mail.

Apply writes your changes and shows the Exchange Management Shell command that makes the same change; when another program changed the connector meanwhile, nothing is overwritten.</source>
        <translation>Allgemein: der Name des Connectors, seine Protokollierungsstufe, der FQDN, den er bei HELO oder EHLO angibt, und seine maximale Nachrichtengröße. Adressraum: die Domänen, an die er E-Mails weiterleitet. Netzwerk: DNS oder Smarthosts und wie er sich bei diesen authentifiziert. Quellserver: die Server, die seine E-Mails senden.

„Übernehmen“ schreibt Ihre Änderungen und zeigt den Exchange-Verwaltungsshell-Befehl an, der dieselbe Änderung vornimmt; wurde der Connector in der Zwischenzeit von einem anderen Programm geändert, wird nichts überschrieben.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Die Änderungen werden gespeichert</translation>
    </message>
    <message>
        <source>Saving the changes to the connector…</source>
        <translation>Die Änderungen am Connector werden gespeichert…</translation>
    </message>
    <message>
        <source>The connector was changed by another program</source>
        <translation>Der Connector wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
        <source>Re-appl&amp;y My Changes</source>
        <translation>Meine Änderungen erneut an&amp;wenden</translation>
    </message>
    <message>
        <source>Discard My C&amp;hanges</source>
        <translation>Meine Änderun&amp;gen verwerfen</translation>
    </message>
    <message>
        <source>Exchange Managemen&amp;t Shell command that made this change:</source>
        <translation>Befehl der Exchange-Verwal&amp;tungsshell, der diese Änderung vorgenommen hat:</translation>
    </message>
    <message>
        <source>Copy C&amp;ommand</source>
        <translation>Befehl k&amp;opieren</translation>
    </message>
</context>
<context>
    <name>ConnectorSummary</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Exchange version</source>
        <translation>Exchange-Version</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Exchange %1</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>the Edge Transport server %1 (its own connectors)</source>
        <translation>den Edge-Transport-Server %1 (eigene Connectors)</translation>
    </message>
    <message>
        <source>the organization (Hub Transport)</source>
        <translation>die Organisation (Hub-Transport)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Nutzungsart</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Berechtigungssatz</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Adressräume</translation>
    </message>
    <message>
        <source>Scoped send connector</source>
        <translation>Bereichsbezogener Sendeconnector</translation>
    </message>
    <message>
        <source>Yes ("Local:" address spaces)</source>
        <translation>Ja („Local:“-Adressräume)</translation>
    </message>
    <message>
        <source>No (Exchange 2007 RTM scopes only with "Local:" in the shell)</source>
        <translation>Nein (Exchange 2007 RTM legt Bereiche nur mit „Local:“ in der Shell fest)</translation>
    </message>
    <message>
        <source>Linked Receive connector</source>
        <translation>Verknüpfter Empfangsconnector</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Use domain name system (DNS) "MX" records</source>
        <translation>MX-Einträge des Domain Name System (DNS) verwenden</translation>
    </message>
    <message>
        <source>Route all mail through smart hosts</source>
        <translation>Alle E-Mails über Smarthosts weiterleiten</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>Smarthosts</translation>
    </message>
    <message>
        <source>Use the External DNS Lookup settings</source>
        <translation>Einstellungen für die externe DNS-Suche verwenden</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Maximum message size</source>
        <translation>Maximale Nachrichtengröße</translation>
    </message>
    <message>
        <source>Connection inactivity time-out</source>
        <translation>Timeout für Verbindungsinaktivität</translation>
    </message>
    <message>
        <source>FQDN in HELO/EHLO</source>
        <translation>FQDN in HELO/EHLO</translation>
    </message>
    <message>
        <source>(the server's own name)</source>
        <translation>(der eigene Name des Servers)</translation>
    </message>
    <message>
        <source>Force HELO</source>
        <translation>HELO erzwingen</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS erforderlich</translation>
    </message>
    <message>
        <source>Ignore STARTTLS</source>
        <translation>STARTTLS ignorieren</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS)</source>
        <translation>Domänensicherheit (gegenseitiges TLS)</translation>
    </message>
    <message>
        <source>Protocol logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>Source IP address</source>
        <translation>Quell-IP-Adresse</translation>
    </message>
    <message>
        <source>Smart host security</source>
        <translation>Smarthostsicherheit</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>(set; kept in memory only, never saved)</source>
        <translation>(festgelegt; nur im Arbeitsspeicher, wird nie gespeichert)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Source servers</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>%1 (an Edge Transport server sends its own connectors' mail)</source>
        <translation>%1 (ein Edge-Transport-Server sendet die E-Mails seiner eigenen Connectors)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Basic Authentication</source>
        <translation>Standardauthentifizierung</translation>
    </message>
    <message>
        <source>Basic Authentication over TLS</source>
        <translation>Standardauthentifizierung über TLS</translation>
    </message>
    <message>
        <source>Exchange Server Authentication</source>
        <translation>Exchange Server-Authentifizierung</translation>
    </message>
    <message>
        <source>Externally Secured (for example, with IPsec)</source>
        <translation>Extern gesichert (z. B. mit IPsec)</translation>
    </message>
    <message>
        <source>No (an Edge Transport server's own connector cannot be scoped)</source>
        <translation>Nein (der eigene Connector eines Edge-Transport-Servers kann nicht bereichsbezogen sein)</translation>
    </message>
    <message>
        <source>%1 %2 (cost %3, including all subdomains)</source>
        <translation>%1 %2 (Kosten %3, einschließlich aller Unterdomänen)</translation>
    </message>
    <message>
        <source>%1 %2 (cost %3)</source>
        <translation>%1 %2 (Kosten %3)</translation>
    </message>
</context>
<context>
    <name>ConnectorValidator</name>
    <message>
        <source>The organization has no server named "%1". Choose one of its Edge Transport servers, or create the connector on the Hub side.</source>
        <translation>Die Organisation hat keinen Server namens "%1". Wählen Sie einen ihrer Edge-Transport-Server aus, oder erstellen Sie den Connector auf der Hub-Seite.</translation>
    </message>
    <message>
        <source>"%1" is a Hub Transport server, not an Edge Transport server. Create the connector for the organization (Hub side) instead.</source>
        <translation>"%1" ist ein Hub-Transport-Server, kein Edge-Transport-Server. Erstellen Sie den Connector stattdessen für die Organisation (Hub-Seite).</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization (EdgeSync), which replaces its Send connectors. Create the connector on a Hub Transport server instead; EdgeSync copies it to the Edge.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert (EdgeSync), wodurch seine Sendeconnectors ersetzt werden. Erstellen Sie den Connector stattdessen auf einem Hub-Transport-Server; EdgeSync kopiert ihn auf den Edge-Transport-Server.</translation>
    </message>
    <message>
        <source>A connector linked to the Receive connector "%1" sends whatever that connector receives and cannot have address spaces. Remove the address spaces or clear LinkedReceiveConnector.</source>
        <translation>Ein Connector, der mit dem Empfangsconnector "%1" verknüpft ist, sendet alles, was dieser Connector empfängt, und kann keine Adressräume haben. Entfernen Sie die Adressräume, oder leeren Sie LinkedReceiveConnector.</translation>
    </message>
    <message>
        <source>The connector has no address space. Add at least one, for example "contoso.com", or "*" for all Internet mail.</source>
        <translation>Der Connector hat keinen Adressraum. Fügen Sie mindestens einen hinzu, zum Beispiel "contoso.com" oder "*" für alle Internet-E-Mails.</translation>
    </message>
    <message>
        <source>The address space "--" (all accepted domains) is valid only on a connector sent from an Edge Transport server. Use domain names here.</source>
        <translation>Der Adressraum "--" (alle akzeptierten Domänen) ist nur für einen Connector gültig, der von einem Edge-Transport-Server aus sendet. Verwenden Sie hier Domänennamen.</translation>
    </message>
    <message>
        <source>The address space "--" (all accepted domains) must be the connector's only address space. Remove the others or remove "--".</source>
        <translation>Der Adressraum "--" (alle akzeptierten Domänen) muss der einzige Adressraum des Connectors sein. Entfernen Sie die anderen Adressräume oder "--".</translation>
    </message>
    <message>
        <source>The address space "%1" is not of type SMTP. A connector sent from an Edge Transport server takes only SMTP address spaces.</source>
        <translation>Der Adressraum "%1" ist nicht vom Typ SMTP. Ein Connector, der von einem Edge-Transport-Server aus sendet, akzeptiert nur SMTP-Adressräume.</translation>
    </message>
    <message>
        <source>An Edge Transport server's own connector cannot be scoped to an Active Directory site. Remove the "Local:" prefix from "%1".</source>
        <translation>Der eigene Connector eines Edge-Transport-Servers kann nicht auf einen Active Directory-Standort beschränkt werden. Entfernen Sie das Präfix "Local:" aus "%1".</translation>
    </message>
    <message>
        <source>The address space "%1" is listed more than once (entries %2 and %3). Keep only one of them.</source>
        <translation>Der Adressraum "%1" ist mehrfach aufgeführt (Einträge %2 und %3). Behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <source>Exchange 2007 RTM has no IsScopedConnector setting. To scope the connector to its Active Directory site, prefix each address space with "Local:" instead.</source>
        <translation>Exchange 2007 RTM hat keine Einstellung IsScopedConnector. Um den Connector auf seinen Active Directory-Standort zu beschränken, stellen Sie stattdessen jedem Adressraum das Präfix "Local:" voran.</translation>
    </message>
    <message>
        <source>An Edge Transport server's own connector cannot be scoped to an Active Directory site. Clear the scoped Send connector option.</source>
        <translation>Der eigene Connector eines Edge-Transport-Servers kann nicht auf einen Active Directory-Standort beschränkt werden. Deaktivieren Sie die Option "Bereichsbezogener Sendeconnector".</translation>
    </message>
    <message>
        <source>An Internal connector cannot use DNS MX records. Route its mail through smart hosts, or choose the Custom, Internet or Partner usage.</source>
        <translation>Ein interner Connector kann keine DNS-MX-Einträge verwenden. Leiten Sie seine E-Mails über Smarthosts weiter, oder wählen Sie die Nutzungsart „Benutzerdefiniert“, „Internet“ oder „Partner“ aus.</translation>
    </message>
    <message>
        <source>A Partner connector cannot route mail through smart hosts. Use DNS MX records, or choose the Custom, Internal or Internet usage.</source>
        <translation>Ein Partner-Connector kann E-Mails nicht über Smarthosts weiterleiten. Verwenden Sie DNS-MX-Einträge, oder wählen Sie die Nutzungsart „Benutzerdefiniert“, „Intern“ oder „Internet“ aus.</translation>
    </message>
    <message>
        <source>A connector linked to a Receive connector must route mail through smart hosts. Turn DNS routing off and add at least one smart host.</source>
        <translation>Ein Connector, der mit einem Empfangsconnector verknüpft ist, muss E-Mails über Smarthosts weiterleiten. Deaktivieren Sie das DNS-Routing, und fügen Sie mindestens einen Smarthost hinzu.</translation>
    </message>
    <message>
        <source>Smart hosts are listed but the connector routes mail with DNS MX records. Either remove the smart hosts or turn DNS routing off.</source>
        <translation>Es sind Smarthosts aufgeführt, aber der Connector leitet E-Mails anhand von DNS-MX-Einträgen weiter. Entfernen Sie entweder die Smarthosts, oder deaktivieren Sie das DNS-Routing.</translation>
    </message>
    <message>
        <source>The connector routes mail through smart hosts but none is listed. Add at least one smart host (an IP address or an FQDN), or use DNS MX records.</source>
        <translation>Der Connector leitet E-Mails über Smarthosts weiter, es ist aber keiner aufgeführt. Fügen Sie mindestens einen Smarthost (eine IP-Adresse oder einen FQDN) hinzu, oder verwenden Sie DNS-MX-Einträge.</translation>
    </message>
    <message>
        <source>The address space "%1" is not of type SMTP, so DNS cannot find its servers. Route the connector's mail through smart hosts.</source>
        <translation>Der Adressraum "%1" ist nicht vom Typ SMTP, daher kann DNS seine Server nicht finden. Leiten Sie die E-Mails des Connectors über Smarthosts weiter.</translation>
    </message>
    <message>
        <source>The smart host "%1" is listed more than once. Keep only one entry for it.</source>
        <translation>Der Smarthost "%1" ist mehrfach aufgeführt. Behalten Sie nur einen Eintrag dafür.</translation>
    </message>
    <message>
        <source>Smart host authentication "%1" applies only to smart hosts, but the connector uses DNS MX records. Choose None, or route the mail through smart hosts.</source>
        <translation>Die Smarthostauthentifizierung "%1" gilt nur für Smarthosts, aber der Connector verwendet DNS-MX-Einträge. Wählen Sie None (Keine) aus, oder leiten Sie die E-Mails über Smarthosts weiter.</translation>
    </message>
    <message>
        <source>Basic authentication needs a user name and a password for the smart hosts. Enter the user name, for example "CONTOSO\relay".</source>
        <translation>Die Standardauthentifizierung erfordert einen Benutzernamen und ein Kennwort für die Smarthosts. Geben Sie den Benutzernamen ein, zum Beispiel "CONTOSO\relay".</translation>
    </message>
    <message>
        <source>The user name has %1 characters; it can have at most %2.</source>
        <translation>Der Benutzername hat %1 Zeichen; zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>A user name and password are used only with Basic authentication, not with "%1". Remove the credential or choose BasicAuth or BasicAuthRequireTLS.</source>
        <translation>Benutzername und Kennwort werden nur bei der Standardauthentifizierung verwendet, nicht bei "%1". Entfernen Sie die Anmeldeinformationen, oder wählen Sie BasicAuth oder BasicAuthRequireTLS aus.</translation>
    </message>
    <message>
        <source>Basic authentication without TLS sends the password in clear text. Prefer Basic Authentication over TLS (BasicAuthRequireTLS).</source>
        <translation>Bei der Standardauthentifizierung ohne TLS wird das Kennwort als Klartext gesendet. Verwenden Sie vorzugsweise die Standardauthentifizierung über TLS (BasicAuthRequireTLS).</translation>
    </message>
    <message>
        <source>An Edge Transport server's own connector is always sent by that server and takes no source servers. Remove them.</source>
        <translation>Der eigene Connector eines Edge-Transport-Servers wird immer von diesem Server gesendet und akzeptiert keine Quellserver. Entfernen Sie diese.</translation>
    </message>
    <message>
        <source>The connector has no source server. Add at least one Hub Transport server or Edge Subscription that will send its mail.</source>
        <translation>Der Connector hat keinen Quellserver. Fügen Sie mindestens einen Hub-Transport-Server oder ein Edge-Abonnement hinzu, über den bzw. das seine E-Mails gesendet werden.</translation>
    </message>
    <message>
        <source>The source server "%1" is listed more than once. Keep only one entry for it.</source>
        <translation>Der Quellserver "%1" ist mehrfach aufgeführt. Behalten Sie nur einen Eintrag dafür.</translation>
    </message>
    <message>
        <source>The organization has no transport server named "%1". Choose a Hub Transport server or an Edge Subscription of the organization.</source>
        <translation>Die Organisation hat keinen Transportserver namens "%1". Wählen Sie einen Hub-Transport-Server oder ein Edge-Abonnement der Organisation aus.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" has no Edge Subscription, so it cannot be a source server. Subscribe it first, or choose a Hub Transport server.</source>
        <translation>Der Edge-Transport-Server "%1" hat kein Edge-Abonnement und kann daher kein Quellserver sein. Abonnieren Sie ihn zuerst, oder wählen Sie einen Hub-Transport-Server aus.</translation>
    </message>
    <message>
        <source>The source servers mix Hub Transport servers and Edge Subscriptions. List only Hub Transport servers or only Edge Subscriptions.</source>
        <translation>Die Quellserver enthalten sowohl Hub-Transport-Server als auch Edge-Abonnements. Führen Sie nur Hub-Transport-Server oder nur Edge-Abonnements auf.</translation>
    </message>
    <message>
        <source>The source servers are in several Active Directory sites (%1). Only the servers of the closest site will send mail, so the load is not balanced across them. Consider source servers from one site.</source>
        <translation>Die Quellserver befinden sich in mehreren Active Directory-Standorten (%1). Nur die Server des nächstgelegenen Standorts senden E-Mails, daher wird die Last nicht auf alle verteilt. Verwenden Sie nach Möglichkeit Quellserver aus einem einzigen Standort.</translation>
    </message>
    <message>
        <source>The port %1 is not valid. Enter a number from 0 to %2; SMTP uses 25.</source>
        <translation>Der Port %1 ist ungültig. Geben Sie eine Zahl von 0 bis %2 ein; SMTP verwendet 25.</translation>
    </message>
    <message>
        <source>Port %1 expects TLS from the first byte (implicit TLS), which Send connectors cannot speak. Use port 25 or 587, where STARTTLS is used.</source>
        <translation>Port %1 erwartet TLS ab dem ersten Byte (implizites TLS), das Sendeconnectors nicht unterstützen. Verwenden Sie Port 25 oder 587, an denen STARTTLS verwendet wird.</translation>
    </message>
    <message>
        <source>The maximum message size of %1 bytes is not valid. Enter 0 to %2 bytes (for example "20MB"), or "unlimited".</source>
        <translation>Die maximale Nachrichtengröße von %1 Bytes ist ungültig. Geben Sie 0 bis %2 Bytes (zum Beispiel "20MB") oder "unlimited" ein.</translation>
    </message>
    <message>
        <source>The connection inactivity time-out must be between 00:00:01 and 1.00:00:00 (one day). The default is 00:10:00.</source>
        <translation>Das Verbindungstimeout bei Inaktivität muss zwischen 00:00:01 und 1.00:00:00 (ein Tag) liegen. Der Standardwert ist 00:10:00.</translation>
    </message>
    <message>
        <source>"%1" is an internal name. Receiving servers on the Internet may reject a HELO/EHLO name they cannot resolve; use a public name.</source>
        <translation>"%1" ist ein interner Name. Empfangende Server im Internet lehnen möglicherweise einen HELO/EHLO-Namen ab, den sie nicht auflösen können; verwenden Sie einen öffentlichen Namen.</translation>
    </message>
    <message>
        <source>The external DNS lookup settings are used only with DNS MX routing; this connector uses smart hosts, so the setting has no effect.</source>
        <translation>Die Einstellungen für die externe DNS-Suche werden nur beim DNS-MX-Routing verwendet; dieser Connector verwendet Smarthosts, daher hat die Einstellung keine Auswirkung.</translation>
    </message>
    <message>
        <source>The comment has %1 characters; it can have at most %2. Shorten it.</source>
        <translation>Der Kommentar hat %1 Zeichen; zulässig sind höchstens %2. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>RequireTLS and IgnoreSTARTTLS contradict each other: the connector cannot both require TLS and never start it. Turn one of them off.</source>
        <translation>RequireTLS und IgnoreSTARTTLS widersprechen sich: Der Connector kann TLS nicht gleichzeitig erfordern und nie starten. Deaktivieren Sie eine der beiden Einstellungen.</translation>
    </message>
    <message>
        <source>RequireTLS on a connector for "*" makes mail to every server that does not offer TLS wait in the queue. Require TLS on connectors for specific domains instead.</source>
        <translation>RequireTLS auf einem Connector für "*" führt dazu, dass E-Mails an jeden Server, der kein TLS anbietet, in der Warteschlange verbleiben. Fordern Sie TLS stattdessen auf Connectors für bestimmte Domänen an.</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) works only with DNS MX routing. Turn DNS routing on or turn DomainSecureEnabled off.</source>
        <translation>Domänensicherheit (gegenseitiges TLS) funktioniert nur mit DNS-MX-Routing. Aktivieren Sie das DNS-Routing, oder deaktivieren Sie DomainSecureEnabled.</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) needs STARTTLS. Turn IgnoreSTARTTLS off or turn DomainSecureEnabled off.</source>
        <translation>Domänensicherheit (gegenseitiges TLS) erfordert STARTTLS. Deaktivieren Sie IgnoreSTARTTLS oder DomainSecureEnabled.</translation>
    </message>
    <message>
        <source>Domain security (mutual TLS) cannot be used with the address space "*". List the partner domains themselves, or turn DomainSecureEnabled off.</source>
        <translation>Domänensicherheit (gegenseitiges TLS) kann nicht mit dem Adressraum "*" verwendet werden. Führen Sie die Partnerdomänen selbst auf, oder deaktivieren Sie DomainSecureEnabled.</translation>
    </message>
    <message>
        <source>SourceIPAddress can be set only on an Edge Transport server's connector; on the Hub side it must stay 0.0.0.0.</source>
        <translation>SourceIPAddress kann nur für den Connector eines Edge-Transport-Servers festgelegt werden; auf der Hub-Seite muss der Wert 0.0.0.0 bleiben.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address. Enter an IPv4 address such as 10.0.0.5, an IPv6 address, or 0.0.0.0 to use any of the server's addresses.</source>
        <translation>"%1" ist keine IP-Adresse. Geben Sie eine IPv4-Adresse wie 10.0.0.5, eine IPv6-Adresse oder 0.0.0.0 ein, um eine beliebige Adresse des Servers zu verwenden.</translation>
    </message>
    <message>
        <source>Exchange 2007 RTM supports only IPv4 addresses; "%1" needs Exchange 2007 SP1. Enter an IPv4 address.</source>
        <translation>Exchange 2007 RTM unterstützt nur IPv4-Adressen; "%1" erfordert Exchange 2007 SP1. Geben Sie eine IPv4-Adresse ein.</translation>
    </message>
    <message>
        <source>Messages to "%1" larger than %2 will not be refused: the connector "%3" for "%4", whose limit is %5, sends them instead, because a connector is skipped when a message is too large for it. Lower that connector's limit too if the limit matters.</source>
        <translation>Nachrichten an "%1", die größer als %2 sind, werden nicht abgelehnt: Stattdessen sendet sie der Connector "%3" für "%4", dessen Grenzwert %5 beträgt, da ein Connector übersprungen wird, wenn eine Nachricht für ihn zu groß ist. Senken Sie auch den Grenzwert dieses Connectors, falls der Grenzwert wichtig ist.</translation>
    </message>
    <message>
        <source>The connector routes mail through smart hosts but none is listed. Add at least one smart host (an IP address or an FQDN).</source>
        <translation>Der Connector leitet E-Mails über Smarthosts weiter, es ist aber keiner aufgeführt. Fügen Sie mindestens einen Smarthost (eine IP-Adresse oder einen FQDN) hinzu.</translation>
    </message>
    <message>
        <source>The address space "%1" is not of type SMTP, so DNS cannot find its servers, and a %2 connector cannot route mail through smart hosts. Change the usage to Custom, Internal or Internet, or use only SMTP address spaces.</source>
        <translation>Der Adressraum "%1" ist nicht vom Typ SMTP, daher kann DNS seine Server nicht finden, und ein %2-Connector kann E-Mails nicht über Smarthosts weiterleiten. Ändern Sie die Nutzungsart in "Benutzerdefiniert", "Intern" oder "Internet", oder verwenden Sie nur SMTP-Adressräume.</translation>
    </message>
    <message>
        <source>The smart host "%1" is the organization's own Hub Transport server %2. It would route the mail with the organization's Send connectors again, back to this connector: a mail loop. Use a smart host outside the organization.</source>
        <translation>Der Smarthost "%1" ist der eigene Hub-Transport-Server %2 der Organisation. Er würde die E-Mails erneut über die Sendeconnectors der Organisation weiterleiten und damit zurück an diesen Connector: eine E-Mail-Schleife. Verwenden Sie einen Smarthost außerhalb der Organisation.</translation>
    </message>
    <message>
        <source>The smart host "%1" is the Edge Transport server %2, which sends this connector's mail: it would relay the mail to itself, in a loop. Use a smart host outside the organization.</source>
        <translation>Der Smarthost "%1" ist der Edge-Transport-Server %2, der die E-Mails dieses Connectors sendet: Er würde die E-Mails in einer Schleife an sich selbst weiterleiten. Verwenden Sie einen Smarthost außerhalb der Organisation.</translation>
    </message>
    <message>
        <source>The source servers of this scoped connector are in several Active Directory sites (%1): the connector is used by the Hub Transport servers of each of these sites, not of one, and only the servers of the closest site send its mail. Choose source servers from the one site the connector is meant for.</source>
        <translation>Die Quellserver dieses bereichsbezogenen Connectors befinden sich in mehreren Active Directory-Standorten (%1): Der Connector wird von den Hub-Transport-Servern jedes dieser Standorte verwendet, nicht nur eines einzigen, und nur die Server des nächstgelegenen Standorts senden seine E-Mails. Wählen Sie Quellserver aus dem einen Standort aus, für den der Connector vorgesehen ist.</translation>
    </message>
    <message>
        <source>The Edge Transport server %1 lists no external DNS servers (ExternalDNSServers): it looks up MX records with its network adapter's DNS servers instead, as if UseExternalDNSServersEnabled were off. List its external DNS servers in the organization file, or turn the setting off.</source>
        <translation>Der Edge-Transport-Server %1 führt keine externen DNS-Server auf (ExternalDNSServers): Er sucht MX-Einträge stattdessen mit den DNS-Servern seiner Netzwerkkarte, als wäre UseExternalDNSServersEnabled ausgeschaltet. Führen Sie seine externen DNS-Server in der Organisationsdatei auf, oder schalten Sie die Einstellung aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n source server(s) of the connector list(s) no external DNS servers (ExternalDNSServers): %1. They look up MX records with their network adapter's DNS servers instead, as if UseExternalDNSServersEnabled were off. List their external DNS servers in the organization file, or turn the setting off.</source>
        <translation>
            <numerusform>%n Quellserver des Connectors führt keine externen DNS-Server auf (ExternalDNSServers): %1. Er sucht MX-Einträge stattdessen mit den DNS-Servern seiner Netzwerkkarte, als wäre UseExternalDNSServersEnabled ausgeschaltet. Führen Sie seine externen DNS-Server in der Organisationsdatei auf, oder schalten Sie die Einstellung aus.</numerusform>
            <numerusform>%n Quellserver des Connectors führen keine externen DNS-Server auf (ExternalDNSServers): %1. Sie suchen MX-Einträge stattdessen mit den DNS-Servern ihrer Netzwerkkarten, als wäre UseExternalDNSServersEnabled ausgeschaltet. Führen Sie ihre externen DNS-Server in der Organisationsdatei auf, oder schalten Sie die Einstellung aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleTree</name>
    <message>
        <source>Console tree</source>
        <translation>Konsolenstruktur</translation>
    </message>
    <message>
        <source>Exchange organization</source>
        <translation>Exchange-Organisation</translation>
    </message>
    <message>
        <source>The Exchange organization "%1"</source>
        <translation>Die Exchange-Organisation „%1“</translation>
    </message>
    <message>
        <source>Organization Configuration</source>
        <translation>Organisationskonfiguration</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub-Transport</translation>
    </message>
    <message>
        <source>The organization's Send connectors, used by the Hub Transport servers</source>
        <translation>Die Sendeconnectors der Organisation, die von den Hub-Transport-Servern verwendet werden</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge-Transport</translation>
    </message>
    <message>
        <source>%1 (subscribed)</source>
        <translation>%1 (abonniert)</translation>
    </message>
    <message>
        <source>%1 is subscribed to the organization by EdgeSync: its Send connectors are created on the Hub Transport side.</source>
        <translation>%1 ist über EdgeSync bei der Organisation abonniert: Seine Sendeconnectors werden auf der Hub-Transport-Seite erstellt.</translation>
    </message>
    <message>
        <source>%1 is not subscribed: it has Send connectors of its own.</source>
        <translation>%1 ist nicht abonniert: Er verfügt über eigene Sendeconnectors.</translation>
    </message>
    <message>
        <source>The Edge Transport servers, listed above the tabs of the one selected</source>
        <translation>Die Edge-Transport-Server, aufgelistet über den Registerkarten des ausgewählten Servers</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Exchange Management Console</source>
        <translation>Exchange-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>&amp;New Send Connector...</source>
        <translation>&amp;Neuer Sendeconnector...</translation>
    </message>
    <message>
        <source>Create a Send connector with the New SMTP Send Connector wizard</source>
        <translation>Einen Sendeconnector mit dem Assistenten „Neuer SMTP-Sendeconnector“ erstellen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable the selected Send connector</source>
        <translation>Den ausgewählten Sendeconnector deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable the selected Send connector</source>
        <translation>Den ausgewählten Sendeconnector aktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected Send connector</source>
        <translation>Den ausgewählten Sendeconnector entfernen</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>E&amp;igenschaften</translation>
    </message>
    <message>
        <source>Show every property of the selected Send connector</source>
        <translation>Alle Eigenschaften des ausgewählten Sendeconnectors anzeigen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Read the organization file again</source>
        <translation>Die Organisationsdatei erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Open Organization...</source>
        <translation>&amp;Organisation öffnen...</translation>
    </message>
    <message>
        <source>Open another organization file</source>
        <translation>Eine andere Organisationsdatei öffnen</translation>
    </message>
    <message>
        <source>New Organization from &amp;Sample...</source>
        <translation>Neue Organisation aus Bei&amp;spiel...</translation>
    </message>
    <message>
        <source>Save a copy of the sample organization (Contoso) and open it</source>
        <translation>Eine Kopie der Beispielorganisation (Contoso) speichern und öffnen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Die Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;About Send Connector Console</source>
        <translation>&amp;Info über die Sendeconnector-Konsole</translation>
    </message>
    <message>
        <source>Show the program's version</source>
        <translation>Die Version des Programms anzeigen</translation>
    </message>
    <message>
        <source>Type to show only the connectors that contain the text</source>
        <translation>Geben Sie Text ein, um nur die Connectors anzuzeigen, die diesen Text enthalten</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Send connectors</source>
        <translation>Sendeconnectors</translation>
    </message>
    <message>
        <source>&amp;Send Connectors</source>
        <translation>&amp;Sendeconnectors</translation>
    </message>
    <message>
        <source>&amp;Receive Connectors</source>
        <translation>&amp;Empfangsconnectors</translation>
    </message>
    <message>
        <source>Edge Su&amp;bscriptions</source>
        <translation>Edge-Ab&amp;onnements</translation>
    </message>
    <message>
        <source>Edge subscriptions are created with EdgeSync and are not managed here. A subscribed Edge Transport server is marked "(subscribed)" in the console tree.</source>
        <translation>Edge-Abonnements werden mit EdgeSync erstellt und nicht hier verwaltet. Ein abonnierter Edge-Transport-Server ist in der Konsolenstruktur mit „(abonniert)“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Console &amp;Tree</source>
        <translation>&amp;Konsolenstruktur</translation>
    </message>
    <message>
        <source>&amp;Action Pane</source>
        <translation>Aktions&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Files</source>
        <translation>&amp;Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>The organization "%1" has no server named "%2"; showing Hub Transport.</source>
        <translation>Die Organisation „%1“ hat keinen Server mit dem Namen „%2“; Hub-Transport wird angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The organization file has %n warning(s); the first: %1</source>
        <translation>
            <numerusform>Die Organisationsdatei enthält %n Warnung: %1</numerusform>
            <numerusform>Die Organisationsdatei enthält %n Warnungen; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization file %1 cannot be opened. It was not changed, and the console still shows %2.</source>
        <translation>Die Organisationsdatei %1 kann nicht geöffnet werden. Sie wurde nicht geändert, und die Konsole zeigt weiterhin %2 an.</translation>
    </message>
    <message>
        <source>The organization file %1 cannot be opened. It was not changed.</source>
        <translation>Die Organisationsdatei %1 kann nicht geöffnet werden. Sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The organization file was read again.</source>
        <translation>Die Organisationsdatei wurde erneut gelesen.</translation>
    </message>
    <message>
        <source>%1 - Exchange Management Console</source>
        <translation>%1 - Exchange-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>Select a Send connector in the list first</source>
        <translation>Wählen Sie zuerst einen Sendeconnector in der Liste aus</translation>
    </message>
    <message>
        <source>Disable the Send connector "%1"</source>
        <translation>Sendeconnector „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>Enable the Send connector "%1"</source>
        <translation>Sendeconnector „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Remove the Send connector "%1"</source>
        <translation>Sendeconnector „%1“ entfernen</translation>
    </message>
    <message>
        <source>No organization file</source>
        <translation>Keine Organisationsdatei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Local server: %1</source>
        <translation>Lokaler Server: %1</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Exchange %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Bediener: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The Send connector "%1" was created.</source>
        <translation>Der Sendeconnector „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>The Send connector "%1" could not be enabled.</source>
        <translation>Der Sendeconnector „%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The Send connector "%1" could not be disabled.</source>
        <translation>Der Sendeconnector „%1“ konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>The Send connector "%1" is enabled.</source>
        <translation>Der Sendeconnector „%1“ ist aktiviert.</translation>
    </message>
    <message>
        <source>The Send connector "%1" is disabled.</source>
        <translation>Der Sendeconnector „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Are you sure that you want to permanently remove the Send connector "%1"?</source>
        <translation>Möchten Sie den Sendeconnector „%1“ wirklich endgültig entfernen?</translation>
    </message>
    <message>
        <source>The Send connector "%1" could not be removed.</source>
        <translation>Der Sendeconnector „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The Send connector "%1" was removed.</source>
        <translation>Der Sendeconnector „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Open Organization</source>
        <translation>Organisation öffnen</translation>
    </message>
    <message>
        <source>Organization files (*.json);;All files (*)</source>
        <translation>Organisationsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Organization from Sample</source>
        <translation>Neue Organisation aus Beispiel</translation>
    </message>
    <message>
        <source>The sample organization could not be saved as %1.</source>
        <translation>Die Beispielorganisation konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>About Send Connector Console</source>
        <translation>Info über die Sendeconnector-Konsole</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Send Connector Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A replica of the Exchange Server 2007 Management Console's Send connectors and its New SMTP Send Connector wizard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sendeconnector-Konsole&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Nachbau der Sendeconnectors der Exchange Server 2007-Verwaltungskonsole und ihres Assistenten „Neuer SMTP-Sendeconnector“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A&amp;ccepted Domains</source>
        <translation>Akzep&amp;tierte Domänen</translation>
    </message>
    <message>
        <source>It was removed from the recent files.</source>
        <translation>Sie wurde aus der Liste der zuletzt verwendeten Dateien entfernt.</translation>
    </message>
    <message>
        <source>The organization file %1 was changed by another program and cannot be read now; it was not changed here. The console shows the last version it could read and changes nothing until the file is repaired.</source>
        <translation>Die Organisationsdatei %1 wurde von einem anderen Programm geändert und kann zurzeit nicht gelesen werden; sie wurde hier nicht geändert. Die Konsole zeigt die zuletzt lesbare Version an und ändert nichts, bis die Datei repariert ist.</translation>
    </message>
    <message>
        <source>The organization file %1 was removed or renamed by another program. The console shows the last version it could read and changes nothing until the file is back.</source>
        <translation>Die Organisationsdatei %1 wurde von einem anderen Programm entfernt oder umbenannt. Die Konsole zeigt die zuletzt lesbare Version an und ändert nichts, bis die Datei wieder vorhanden ist.</translation>
    </message>
    <message>
        <source>The organization file cannot be read now.</source>
        <translation>Die Organisationsdatei kann zurzeit nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The organization file cannot be read now, so nothing can be changed until it is repaired: %1</source>
        <translation>Die Organisationsdatei kann zurzeit nicht gelesen werden. Daher kann nichts geändert werden, bis sie repariert ist: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>E&amp;xport List...</source>
        <translation>Liste e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the list shown in the result pane as a text file</source>
        <translation>Die im Ergebnisbereich angezeigte Liste als Textdatei speichern</translation>
    </message>
    <message>
        <source>Edge Transport servers</source>
        <translation>Edge-Transport-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Edge Subscription</source>
        <translation>Edge-Abonnement</translation>
    </message>
    <message>
        <source>Ed&amp;ge Transport servers:</source>
        <translation>Ed&amp;ge-Transport-Server:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remote Domains</source>
        <translation>&amp;Remotedomänen</translation>
    </message>
    <message>
        <source>E-&amp;mail Address Policies</source>
        <translation>E-&amp;Mail-Adressrichtlinien</translation>
    </message>
    <message>
        <source>Transport R&amp;ules</source>
        <translation>Trans&amp;portregeln</translation>
    </message>
    <message>
        <source>&amp;Journaling</source>
        <translation>&amp;Journalerstellung</translation>
    </message>
    <message>
        <source>G&amp;lobal Settings</source>
        <translation>G&amp;lobale Einstellungen</translation>
    </message>
    <message>
        <source>Anti-spa&amp;m</source>
        <translation>Antispa&amp;m</translation>
    </message>
    <message>
        <source>Subscribed to %1</source>
        <translation>Abonniert für %1</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
    <message numerus="yes">
        <source>%n replicated</source>
        <translation>
            <numerusform>%n repliziert</numerusform>
            <numerusform>%n repliziert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select Hub Transport under Organization Configuration to see the organization's Send connectors, or Edge Transport to see the Edge Transport servers' own.</source>
        <translation>Wählen Sie unter „Organisationskonfiguration“ den Knoten „Hub-Transport“ aus, um die Sendeconnectors der Organisation anzuzeigen, oder „Edge-Transport“, um die eigenen Sendeconnectors der Edge-Transport-Server anzuzeigen.</translation>
    </message>
    <message>
        <source>The organization has no Edge Transport server.</source>
        <translation>Die Organisation hat keinen Edge-Transport-Server.</translation>
    </message>
    <message>
        <source>Select an Edge Transport server in the list above to see its Send connectors.</source>
        <translation>Wählen Sie in der obigen Liste einen Edge-Transport-Server aus, um seine Sendeconnectors anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 is subscribed to the organization by EdgeSync. The list shows, read-only, the Hub Transport side's Send connectors that EdgeSync replicates to it: those whose source servers include its Edge Subscription. Create and change Send connectors on the Hub Transport node instead.</source>
        <translation>%1 ist über EdgeSync bei der Organisation abonniert. Die Liste zeigt schreibgeschützt die Sendeconnectors der Hub-Transport-Seite an, die EdgeSync auf diesen Server repliziert: diejenigen, zu deren Quellservern sein Edge-Abonnement gehört. Erstellen und ändern Sie Sendeconnectors stattdessen im Knoten „Hub-Transport“.</translation>
    </message>
    <message>
        <source>The organization has no Edge Transport server to create a Send connector on.</source>
        <translation>Die Organisation hat keinen Edge-Transport-Server, auf dem ein Sendeconnector erstellt werden kann.</translation>
    </message>
    <message>
        <source>Several Edge Transport servers keep Send connectors of their own: select the one to create the Send connector on in the list of Edge Transport servers.</source>
        <translation>Mehrere Edge-Transport-Server verfügen über eigene Sendeconnectors: Wählen Sie in der Liste der Edge-Transport-Server den Server aus, auf dem der Sendeconnector erstellt werden soll.</translation>
    </message>
    <message>
        <source>Select Hub Transport or Edge Transport in the console tree first</source>
        <translation>Wählen Sie zuerst in der Konsolenstruktur „Hub-Transport“ oder „Edge-Transport“ aus</translation>
    </message>
    <message>
        <source>Show or change the properties of the Send connector "%1"</source>
        <translation>Eigenschaften des Sendeconnectors „%1“ anzeigen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Save the Send connectors shown, as sorted and filtered, as a text file</source>
        <translation>Die angezeigten Sendeconnectors in der aktuellen Sortierung und Filterung als Textdatei speichern</translation>
    </message>
    <message>
        <source>Show a list of Send connectors first: Hub Transport or an Edge Transport server, Send Connectors tab</source>
        <translation>Zeigen Sie zuerst eine Liste von Sendeconnectors an: Hub-Transport oder ein Edge-Transport-Server, Registerkarte „Sendeconnectors“</translation>
    </message>
    <message>
        <source>"%1" could not be undone. It stays in the Edit menu, to try again later.</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden. Der Eintrag bleibt im Menü „Bearbeiten“, damit Sie es später erneut versuchen können.</translation>
    </message>
    <message>
        <source>"%1" could not be redone. It stays in the Edit menu, to try again later.</source>
        <translation>„%1“ konnte nicht wiederholt werden. Der Eintrag bleibt im Menü „Bearbeiten“, damit Sie es später erneut versuchen können.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>This connector is replicated to the subscribed Edge Transport server by EdgeSync. Change it in Organization Configuration &gt; Hub Transport.</source>
        <translation>Dieser Connector wird durch EdgeSync auf den abonnierten Edge-Transport-Server repliziert. Ändern Sie ihn unter „Organisationskonfiguration &gt; Hub-Transport“.</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>The list could not be exported to %1.</source>
        <translation>Die Liste konnte nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>The list was exported to %1.</source>
        <translation>Die Liste wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>&amp;Test Routing...</source>
        <translation>Routing &amp;testen...</translation>
    </message>
    <message>
        <source>See which Send connector carries mail for a recipient, and why</source>
        <translation>Anzeigen, welcher Sendeconnector E-Mails für einen Empfänger überträgt, und warum</translation>
    </message>
    <message>
        <source>&amp;Options...</source>
        <translation>O&amp;ptionen...</translation>
    </message>
    <message>
        <source>Set how long saving waits for another program that is changing the file</source>
        <translation>Festlegen, wie lange das Speichern auf ein anderes Programm wartet, das die Datei gerade ändert</translation>
    </message>
    <message>
        <source>Loading the organization file...</source>
        <translation>Organisationsdatei wird geladen...</translation>
    </message>
    <message>
        <source>Loading the organization file</source>
        <translation>Organisationsdatei wird geladen</translation>
    </message>
    <message>
        <source>Reading the organization file</source>
        <translation>Organisationsdatei wird gelesen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait for another program's lock</source>
        <translation>Auf Sperre eines anderen Programms warten</translation>
    </message>
    <message>
        <source>How long saving a change waits while another program (a shell, another console) is writing the organization file, before it gives up</source>
        <translation>Wie lange das Speichern einer Änderung wartet, während ein anderes Programm (eine Shell, eine andere Konsole) die Organisationsdatei schreibt, bevor es abbricht</translation>
    </message>
    <message>
        <source>&amp;Wait for another program's lock:</source>
        <translation>Auf Sperre eines anderen Programms &amp;warten:</translation>
    </message>
    <message>
        <source>Reading the organization file %1...</source>
        <translation>Organisationsdatei %1 wird gelesen...</translation>
    </message>
    <message>
        <source>A change is being saved to the organization file; wait until it is written.</source>
        <translation>Eine Änderung wird in der Organisationsdatei gespeichert; warten Sie, bis sie geschrieben ist.</translation>
    </message>
    <message>
        <source>Enabling the Send connector "%1"...</source>
        <translation>Sendeconnector „%1“ wird aktiviert...</translation>
    </message>
    <message>
        <source>Disabling the Send connector "%1"...</source>
        <translation>Sendeconnector „%1“ wird deaktiviert...</translation>
    </message>
    <message>
        <source>Removing the Send connector "%1"...</source>
        <translation>Sendeconnector „%1“ wird entfernt...</translation>
    </message>
    <message>
        <source>Undoing: %1...</source>
        <translation>Wird rückgängig gemacht: %1...</translation>
    </message>
    <message>
        <source>Redoing: %1...</source>
        <translation>Wird wiederholt: %1...</translation>
    </message>
    <message>
        <source>Remote domains are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Remotedomänen liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Accepted domains are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Akzeptierte Domänen liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>E-mail address policies are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>E-Mail-Adressrichtlinien liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Transport rules are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Transportregeln liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Journal rules are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Journalregeln liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>The organization's transport settings are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Die Transporteinstellungen der Organisation liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Anti-spam features are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Antispamfeatures liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Receive connectors are outside this console's scope: it manages Send connectors. Use the Send Connectors tab.</source>
        <translation>Empfangsconnectors liegen außerhalb des Bereichs dieser Konsole, die nur Sendeconnectors verwaltet. Verwenden Sie die Registerkarte „Sendeconnectors“.</translation>
    </message>
    <message>
        <source>Action pane</source>
        <translation>Aktionsbereich</translation>
    </message>
    <message>
        <source>Test &amp;Connectivity...</source>
        <translation>&amp;Verbindung testen...</translation>
    </message>
    <message>
        <source>Check whether the selected Send connector's next hops accept mail</source>
        <translation>Prüfen, ob die nächsten Hops des ausgewählten Sendeconnectors E-Mails annehmen</translation>
    </message>
    <message>
        <source>Check whether the next hops of the Send connector "%1" accept mail</source>
        <translation>Prüfen, ob die nächsten Hops des Sendeconnectors "%1" E-Mails annehmen</translation>
    </message>
    <message>
        <source>Select only one Send connector to test its connectivity</source>
        <translation>Wählen Sie nur einen Sendeconnector aus, um seine Verbindung zu testen</translation>
    </message>
    <message>
        <source>Open &amp;Directory...</source>
        <translation>&amp;Verzeichnis öffnen...</translation>
    </message>
    <message>
        <source>Open an organization kept in an LDAP directory</source>
        <translation>Eine in einem LDAP-Verzeichnis gespeicherte Organisation öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The organization in the directory has %n warning(s); the first: %1</source>
        <translation>
            <numerusform>Die Organisation im Verzeichnis hat %n Warnung; sie lautet: %1</numerusform>
            <numerusform>Die Organisation im Verzeichnis hat %n Warnungen; die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization in the directory %1 cannot be opened. Nothing was changed, and the console still shows %2.</source>
        <translation>Die Organisation im Verzeichnis %1 kann nicht geöffnet werden. Es wurde nichts geändert, und die Konsole zeigt weiterhin %2.</translation>
    </message>
    <message>
        <source>The organization in the directory %1 cannot be opened. Nothing was changed.</source>
        <translation>Die Organisation im Verzeichnis %1 kann nicht geöffnet werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Loading the organization from the directory...</source>
        <translation>Die Organisation wird aus dem Verzeichnis geladen...</translation>
    </message>
    <message>
        <source>Loading the organization from the directory</source>
        <translation>Die Organisation wird aus dem Verzeichnis geladen</translation>
    </message>
    <message>
        <source>Reading the organization from the directory</source>
        <translation>Die Organisation wird aus dem Verzeichnis gelesen</translation>
    </message>
    <message>
        <source>Reading the organization from the directory %1...</source>
        <translation>Die Organisation wird aus dem Verzeichnis %1 gelesen...</translation>
    </message>
    <message>
        <source>The organization was read again from the directory.</source>
        <translation>Die Organisation wurde erneut aus dem Verzeichnis gelesen.</translation>
    </message>
    <message>
        <source>The organization in the directory %1 cannot be read now. The console shows the last version it could read and changes nothing until the directory answers again.</source>
        <translation>Die Organisation im Verzeichnis %1 kann zurzeit nicht gelesen werden. Die Konsole zeigt den zuletzt gelesenen Stand und ändert nichts, bis das Verzeichnis wieder antwortet.</translation>
    </message>
    <message>
        <source>The organization in the directory cannot be read now.</source>
        <translation>Die Organisation im Verzeichnis kann zurzeit nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No organization is open. Use File &gt; Open Organization (Ctrl+O), File &gt; Open Directory (Ctrl+Shift+O) or File &gt; New Organization from Sample.</source>
        <translation>Es ist keine Organisation geöffnet. Verwenden Sie Datei &gt; Organisation öffnen (Strg+O), Datei &gt; Verzeichnis öffnen (Strg+Umschalt+O) oder Datei &gt; Neue Organisation aus Beispiel.</translation>
    </message>
    <message>
        <source>The organization in the directory cannot be read now, so nothing can be changed until the directory answers again: %1</source>
        <translation>Die Organisation im Verzeichnis kann zurzeit nicht gelesen werden; daher kann nichts geändert werden, bis das Verzeichnis wieder antwortet: %1</translation>
    </message>
    <message>
        <source>A change is being saved to the directory; wait until it is written.</source>
        <translation>Eine Änderung wird im Verzeichnis gespeichert; warten Sie, bis sie geschrieben ist.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The directory holds no organization below %1. Import one there with Import-Organization, or check the base DN.</source>
        <translation>Das Verzeichnis enthält unterhalb von %1 keine Organisation. Importieren Sie dort eine mit Import-Organization, oder überprüfen Sie den Basis-DN.</translation>
    </message>
    <message numerus="yes">
        <source>The directory holds %n organizations below %1 (%2); give the base DN of one that holds only one.</source>
        <translation>
            <numerusform>Das Verzeichnis enthält unterhalb von %1 %n Organisation (%2); geben Sie einen Basis-DN an, unter dem nur eine liegt.</numerusform>
            <numerusform>Das Verzeichnis enthält unterhalb von %1 %n Organisationen (%2); geben Sie einen Basis-DN an, unter dem nur eine liegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization at %1 has %2 entries, far more than any organization (the limit is %3), so it was not read. Check the base DN.</source>
        <translation>Die Organisation unter %1 hat %2 Einträge, weit mehr als jede Organisation (die Grenze ist %3); sie wurde daher nicht gelesen. Überprüfen Sie den Basis-DN.</translation>
    </message>
    <message>
        <source>The organization in the directory kept changing while this change was being saved (%1), so nothing was changed. Try again.</source>
        <translation>Die Organisation im Verzeichnis wurde während des Speicherns dieser Änderung immer wieder geändert (%1); daher wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The base DN %1 does not exist in the directory. Ask its administrator for the entry the organization goes below (for example dc=contoso,dc=com).</source>
        <translation>Der Basis-DN %1 ist im Verzeichnis nicht vorhanden. Fragen Sie dessen Administrator nach dem Eintrag, unter dem die Organisation liegen soll (zum Beispiel dc=contoso,dc=com).</translation>
    </message>
    <message>
        <source>The directory already holds the organization %1 below %2, so nothing was imported. Remove it first, or import below another base DN.</source>
        <translation>Das Verzeichnis enthält unterhalb von %2 bereits die Organisation %1; daher wurde nichts importiert. Entfernen Sie sie zuerst, oder importieren Sie unter einen anderen Basis-DN.</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain name is empty. Enter a name such as contoso.com.</source>
        <translation>Der Domänenname ist leer. Geben Sie einen Namen wie contoso.com ein.</translation>
    </message>
    <message>
        <source>The domain name "%1" contains the character '%2', which is not allowed. Use only letters, digits, hyphens and dots.</source>
        <translation>Der Domänenname "%1" enthält das unzulässige Zeichen '%2'. Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>The domain name "%1" has an empty label: it starts or ends with a dot, or has two dots in a row. Remove the extra dot.</source>
        <translation>Der Domänenname "%1" enthält eine leere Bezeichnung: Er beginnt oder endet mit einem Punkt oder enthält zwei aufeinanderfolgende Punkte. Entfernen Sie den überzähligen Punkt.</translation>
    </message>
    <message>
        <source>The label "%1" of the domain name "%2" starts or ends with a hyphen. A hyphen is allowed only inside a label.</source>
        <translation>Die Bezeichnung "%1" des Domänennamens "%2" beginnt oder endet mit einem Bindestrich. Ein Bindestrich ist nur innerhalb einer Bezeichnung zulässig.</translation>
    </message>
    <message>
        <source>The label "%1" of the domain name "%2" is longer than %3 characters once converted to its ASCII ("xn--") form. Shorten it.</source>
        <translation>Die Bezeichnung "%1" des Domänennamens "%2" ist nach der Konvertierung in ihre ASCII-Form ("xn--") länger als %3 Zeichen. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>The internationalised domain name "%1" cannot be converted to its ASCII ("xn--") form. Check it for characters that are not allowed in domain names.</source>
        <translation>Der internationalisierte Domänenname "%1" kann nicht in seine ASCII-Form ("xn--") konvertiert werden. Überprüfen Sie ihn auf Zeichen, die in Domänennamen nicht zulässig sind.</translation>
    </message>
    <message>
        <source>The label "%1" of the domain name "%2" is %3 characters long; a label may have at most %4 characters.</source>
        <translation>Die Bezeichnung "%1" des Domänennamens "%2" ist %3 Zeichen lang; eine Bezeichnung darf höchstens %4 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The domain name "%1" becomes "%2" in its ASCII form, which contains the character '%3'. Use only letters, digits, hyphens and dots.</source>
        <translation>Der Domänenname "%1" lautet in seiner ASCII-Form "%2" und enthält damit das Zeichen '%3'. Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>The domain name "%1" is %2 characters long; a domain name may have at most %3 characters.</source>
        <translation>Der Domänenname "%1" ist %2 Zeichen lang; ein Domänenname darf höchstens %3 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The domain name "%1" is %2 characters long in its ASCII form "%3"; a domain name may have at most %4 characters.</source>
        <translation>Der Domänenname "%1" ist in seiner ASCII-Form "%3" %2 Zeichen lang; ein Domänenname darf höchstens %4 Zeichen enthalten.</translation>
    </message>
    <message>
        <source>"%1" is not a fully qualified domain name: it needs at least two labels, such as mail.contoso.com.</source>
        <translation>"%1" ist kein vollqualifizierter Domänenname: Er benötigt mindestens zwei Bezeichnungen, z. B. mail.contoso.com.</translation>
    </message>
    <message>
        <source>"%1" is not a fully qualified domain name: its last label "%2" is all digits. Enter a name such as mail.contoso.com, or an IP address in dotted form.</source>
        <translation>"%1" ist kein vollqualifizierter Domänenname: Seine letzte Bezeichnung "%2" besteht nur aus Ziffern. Geben Sie einen Namen wie mail.contoso.com oder eine IP-Adresse in Punktschreibweise ein.</translation>
    </message>
</context>
<context>
    <name>HostConnectivity</name>
    <message>
        <source>%1 accepts mail as the connector is configured.</source>
        <translation>%1 nimmt E-Mails mit der aktuellen Konfiguration des Connectors an.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>%1 cannot be resolved: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be resolved by the DNS server %2: %3</source>
        <translation>%1 kann vom DNS-Server %2 nicht aufgelöst werden: %3</translation>
    </message>
    <message>
        <source>the name has no A or AAAA record.</source>
        <translation>der Name hat keinen A- oder AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>%1 sent a reply longer than %2 bytes, %3 lines or %4 bytes a line; the test stopped reading.</source>
        <translation>%1 hat eine Antwort gesendet, die länger als %2 Bytes, %3 Zeilen oder %4 Bytes pro Zeile ist; der Test hat das Lesen beendet.</translation>
    </message>
    <message>
        <source>%1 does not answer as an SMTP server does: "%2"</source>
        <translation>%1 antwortet nicht wie ein SMTP-Server: "%2"</translation>
    </message>
    <message>
        <source>%1 refused the session: "%2"</source>
        <translation>%1 hat die Sitzung abgelehnt: "%2"</translation>
    </message>
    <message>
        <source>%1 rejected EHLO %2: "%3"</source>
        <translation>%1 hat EHLO %2 abgelehnt: "%3"</translation>
    </message>
    <message>
        <source>%1 offers STARTTLS but refused it: "%2"</source>
        <translation>%1 bietet STARTTLS an, hat es aber abgelehnt: "%2"</translation>
    </message>
    <message>
        <source>%1 rejected the credentials of %2: "%3"</source>
        <translation>%1 hat die Anmeldeinformationen von %2 abgelehnt: "%3"</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS, but the connector requires TLS.</source>
        <translation>%1 bietet STARTTLS nicht an, aber der Connector erfordert TLS.</translation>
    </message>
    <message>
        <source>%1 offers neither AUTH LOGIN nor AUTH PLAIN, which Basic authentication needs.</source>
        <translation>%1 bietet weder AUTH LOGIN noch AUTH PLAIN an, die für die Standardauthentifizierung erforderlich sind.</translation>
    </message>
    <message>
        <source>%1 offers Basic authentication; it was not tried because no password was given.</source>
        <translation>%1 bietet Standardauthentifizierung an; sie wurde nicht getestet, da kein Kennwort angegeben wurde.</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid from %3 to %4</source>
        <translation>%1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: its issuer %2 is not a trusted certification authority.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: Der Aussteller %2 ist keine vertrauenswürdige Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate of %1 is issued to %2, not to %1.</source>
        <translation>Das Zertifikat von %1 ist für %2 ausgestellt, nicht für %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>Das Zertifikat von %1 ist nur von %2 bis %3 gültig.</translation>
    </message>
    <message>
        <source>Domain security (DomainSecureEnabled) accepts only a valid certificate.</source>
        <translation>Die Domänensicherheit (DomainSecureEnabled) akzeptiert nur ein gültiges Zertifikat.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung an Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Connecting to %1 on port %2 failed: %3</source>
        <translation>Fehler beim Herstellen der Verbindung mit %1 an Port %2: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Fehler beim TLS-Handshake mit %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the step "%2".</source>
        <translation>%1 hat die Verbindung während des Schritts "%2" geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during the step "%2": %3</source>
        <translation>Fehler bei der Verbindung mit %1 während des Schritts "%2": %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be resolved within %n second(s).</source>
        <translation>
            <numerusform>%1 konnte nicht innerhalb von %n Sekunde aufgelöst werden.</numerusform>
            <numerusform>%1 konnte nicht innerhalb von %n Sekunden aufgelöst werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not accept a connection on port %2 within %n second(s).</source>
        <translation>
            <numerusform>%1 hat innerhalb von %n Sekunde keine Verbindung an Port %2 angenommen.</numerusform>
            <numerusform>%1 hat innerhalb von %n Sekunden keine Verbindung an Port %2 angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but sent no banner within %n second(s).</source>
        <translation>
            <numerusform>%1 hat die Verbindung angenommen, aber innerhalb von %n Sekunde kein Banner gesendet.</numerusform>
            <numerusform>%1 hat die Verbindung angenommen, aber innerhalb von %n Sekunden kein Banner gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake with %1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der TLS-Handshake mit %1 wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Der TLS-Handshake mit %1 wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer QUIT within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde auf QUIT geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden auf QUIT geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer the step "%2" within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde auf den Schritt "%2" geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden auf den Schritt "%2" geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroductionPage</name>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>This wizard creates a new Send connector. Give it a name that identifies it, and select what it is meant for: the intended use decides its defaults and the permission set it grants.</source>
        <translation>Mit diesem Assistenten wird ein neuer Sendeconnector erstellt. Geben Sie ihm einen Namen, der ihn identifiziert, und wählen Sie aus, wofür er bestimmt ist: Die Nutzungsart bestimmt seine Standardeinstellungen und die Berechtigungen, die er gewährt.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Select the intended use for this Send connector:</source>
        <translation>Wählen Sie die Nutzungsart für diesen Sendeconnector aus:</translation>
    </message>
    <message>
        <source>&amp;Custom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Internal</source>
        <translation>&amp;Intern</translation>
    </message>
    <message>
        <source>In&amp;ternet</source>
        <translation>In&amp;ternet</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
</context>
<context>
    <name>LdapConnection</name>
    <message numerus="yes">
        <source>the server did not answer within %n second(s).</source>
        <translation>
            <numerusform>der Server hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>der Server hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server cannot be reached (%1).</source>
        <translation>der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>the attribute %1 does not fit the directory's schema (%2).</source>
        <translation>das Attribut %1 passt nicht zum Schema des Verzeichnisses (%2).</translation>
    </message>
    <message>
        <source>the entry does not fit the directory's schema (%1).</source>
        <translation>der Eintrag passt nicht zum Schema des Verzeichnisses (%1).</translation>
    </message>
    <message>
        <source>the entry it belongs below does not exist.</source>
        <translation>der übergeordnete Eintrag existiert nicht.</translation>
    </message>
    <message>
        <source>there is no such entry.</source>
        <translation>einen solchen Eintrag gibt es nicht.</translation>
    </message>
    <message>
        <source>the DN or the password is wrong.</source>
        <translation>der DN oder das Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>the server does not accept this way of binding (%1).</source>
        <translation>der Server akzeptiert diese Art der Bindung nicht (%1).</translation>
    </message>
    <message>
        <source>an entry with this DN already exists.</source>
        <translation>ein Eintrag mit diesem DN existiert bereits.</translation>
    </message>
    <message>
        <source>the directory does not allow the bound identity to do this (%1).</source>
        <translation>das Verzeichnis erlaubt dies der gebundenen Identität nicht (%1).</translation>
    </message>
    <message>
        <source>entries exist below it.</source>
        <translation>darunter befinden sich Einträge.</translation>
    </message>
    <message>
        <source>the DN is not a valid distinguished name.</source>
        <translation>der DN ist kein gültiger Distinguished Name.</translation>
    </message>
    <message>
        <source>the search filter is not valid.</source>
        <translation>der Suchfilter ist ungültig.</translation>
    </message>
    <message>
        <source>the server refused (%1).</source>
        <translation>der Server hat abgelehnt (%1).</translation>
    </message>
    <message>
        <source>%1 (LDAP result %2).</source>
        <translation>%1 (LDAP-Ergebnis %2).</translation>
    </message>
    <message>
        <source>Could not connect to the directory server %1: %2</source>
        <translation>Die Verbindung zum Verzeichnisserver %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not start TLS with the directory server %1: %2</source>
        <translation>TLS konnte mit dem Verzeichnisserver %1 nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not bind to the directory server %1 as %2: %3</source>
        <translation>Die Bindung an den Verzeichnisserver %1 als %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Could not search below %1: %2</source>
        <translation>Unterhalb von %1 konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not delete %1: it was changed meanwhile by someone else, so nothing was deleted. Read it again and decide anew.</source>
        <translation>%1 konnte nicht gelöscht werden: Jemand anderes hat den Eintrag inzwischen geändert, daher wurde nichts gelöscht. Lesen Sie ihn erneut, und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>Could not change %1: it was changed meanwhile by someone else, so nothing was changed. Read it again and make the change anew.</source>
        <translation>%1 konnte nicht geändert werden: Jemand anderes hat den Eintrag inzwischen geändert, daher wurde nichts geändert. Lesen Sie ihn erneut, und nehmen Sie die Änderung neu vor.</translation>
    </message>
    <message>
        <source>the local user (SASL EXTERNAL)</source>
        <translation>der lokale Benutzer (SASL EXTERNAL)</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>The connection to the directory is closed; open it again.</source>
        <translation>Die Verbindung zum Verzeichnis ist geschlossen; öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>None of the directory servers could be used. %1</source>
        <translation>Keiner der Verzeichnisserver konnte verwendet werden. %1</translation>
    </message>
    <message>
        <source>The organization names no directory server.</source>
        <translation>Die Organisation nennt keinen Verzeichnisserver.</translation>
    </message>
    <message>
        <source>Could not rename %1: %2</source>
        <translation>%1 konnte nicht umbenannt werden: %2</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>&amp;Add…</source>
        <translation>H&amp;inzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Unicode Text (Tab Delimited)</source>
        <translation>Unicode-Text (Tabstopp-getrennt)</translation>
    </message>
    <message>
        <source>Unicode Text (Comma Delimited)</source>
        <translation>Unicode-Text (kommagetrennt)</translation>
    </message>
    <message>
        <source>UTF-8 Text (Tab Delimited)</source>
        <translation>UTF-8-Text (Tabstopp-getrennt)</translation>
    </message>
    <message>
        <source>UTF-8 Text (Comma Delimited)</source>
        <translation>UTF-8-Text (kommagetrennt)</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>Die Liste konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsForm</name>
    <message>
        <source>Use domain name system (&amp;DNS) "MX" records to route mail automatically</source>
        <translation>MX-Einträge des Domain Name System (&amp;DNS) für das automatische Routing von E-Mails verwenden</translation>
    </message>
    <message>
        <source>&amp;Route all mail through the following smart hosts:</source>
        <translation>Alle E-Mails über die folgenden &amp;Smarthosts weiterleiten:</translation>
    </message>
    <message>
        <source>Smart hosts</source>
        <translation>Smarthosts</translation>
    </message>
    <message>
        <source>F2 or double-click edits the selected smart host; Delete removes it.</source>
        <translation>Mit F2 oder Doppelklick bearbeiten Sie den ausgewählten Smarthost; mit Entf entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Add a smart host</source>
        <translation>Smarthost hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected smart host</source>
        <translation>Ausgewählten Smarthost bearbeiten</translation>
    </message>
    <message>
        <source>Removes the selected smart host</source>
        <translation>Entfernt den ausgewählten Smarthost</translation>
    </message>
    <message>
        <source>Remove the selected smart host (Alt+M, or Delete in the list)</source>
        <translation>Ausgewählten Smarthost entfernen (Alt+M oder Entf in der Liste)</translation>
    </message>
    <message>
        <source>Use the E&amp;xternal DNS Lookup settings on the transport server</source>
        <translation>Einstellungen für die e&amp;xterne DNS-Suche auf dem Transportserver verwenden</translation>
    </message>
    <message>
        <source>Look up MX records with the DNS servers set for external lookups on the transport server instead of its own network adapter's.</source>
        <translation>MX-Einträge mit den DNS-Servern suchen, die auf dem Transportserver für externe Suchvorgänge festgelegt sind, statt mit denen seines eigenen Netzwerkadapters.</translation>
    </message>
    <message>
        <source>Select how to send mail with this connector:</source>
        <translation>Wählen Sie aus, wie E-Mails mit diesem Connector gesendet werden sollen:</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsPage</name>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Select how this connector sends mail: by looking up the MX records of each destination in DNS, or by handing all mail to one or more smart hosts.</source>
        <translation>Wählen Sie aus, wie dieser Connector E-Mails sendet: durch Suchen der MX-Einträge jedes Ziels im DNS oder durch Übergabe aller E-Mails an einen oder mehrere Smarthosts.</translation>
    </message>
</context>
<context>
    <name>NewConnectorPage</name>
    <message>
        <source>New Connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>Review the configuration summary. To change a setting, click Back. To create the Send connector, click New.</source>
        <translation>Überprüfen Sie die Konfigurationszusammenfassung. Klicken Sie auf „Zurück“, um eine Einstellung zu ändern. Klicken Sie auf „Neu“, um den Sendeconnector zu erstellen.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Configuration &amp;summary:</source>
        <translation>&amp;Konfigurationszusammenfassung:</translation>
    </message>
    <message>
        <source>Configuration summary</source>
        <translation>Konfigurationszusammenfassung</translation>
    </message>
</context>
<context>
    <name>OpenDirectoryDialog</name>
    <message>
        <source>Open Directory</source>
        <translation>Verzeichnis öffnen</translation>
    </message>
    <message>
        <source>Open the organization kept in an LDAP directory. List several servers, separated by commas, to use the next one when a server is down.</source>
        <translation>Öffnet die in einem LDAP-Verzeichnis gespeicherte Organisation. Geben Sie mehrere Server durch Kommas getrennt an, damit der nächste verwendet wird, wenn ein Server ausfällt.</translation>
    </message>
    <message>
        <source>Directory URI</source>
        <translation>Verzeichnis-URI</translation>
    </message>
    <message>
        <source>ldap://, ldaps:// or ldapi:// URIs followed by the base DN the organization lives below; add ?x-starttls to require StartTLS on ldap://</source>
        <translation>URIs mit ldap://, ldaps:// oder ldapi://, gefolgt vom Basis-DN, unter dem die Organisation liegt; fügen Sie ?x-starttls an, um StartTLS für ldap:// zu verlangen</translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation>Bind-DN</translation>
    </message>
    <message>
        <source>empty: SASL EXTERNAL on ldapi://, anonymous otherwise</source>
        <translation>leer: SASL EXTERNAL über ldapi://, sonst anonym</translation>
    </message>
    <message>
        <source>The DN to bind as, e.g. cn=admin,dc=contoso,dc=com; leave it empty to bind as the local user over ldapi:// (SASL EXTERNAL) or anonymously over the network</source>
        <translation>Der DN für die Anmeldung, z. B. cn=admin,dc=contoso,dc=com; leer lassen, um sich als lokaler Benutzer über ldapi:// (SASL EXTERNAL) oder anonym über das Netzwerk anzumelden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>The bind DN's password: kept in memory for this session only, never saved</source>
        <translation>Das Kennwort des Bind-DN: nur für diese Sitzung im Arbeitsspeicher gehalten, nie gespeichert</translation>
    </message>
    <message>
        <source>Directory &amp;URI:</source>
        <translation>Verzeichnis-&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind-DN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The directory refused the login: %1 Check the bind DN and type the password again.</source>
        <translation>Das Verzeichnis hat die Anmeldung abgelehnt: %1 Überprüfen Sie den Bind-DN, und geben Sie das Kennwort erneut ein.</translation>
    </message>
    <message>
        <source>"%1" is not a directory URI: it must start with ldap://, ldaps:// or ldapi://. Open a file with File &gt; Open Organization.</source>
        <translation>„%1“ ist kein Verzeichnis-URI: Er muss mit ldap://, ldaps:// oder ldapi:// beginnen. Öffnen Sie eine Datei mit Datei &gt; Organisation öffnen.</translation>
    </message>
    <message>
        <source>Type the password of the bind DN.</source>
        <translation>Geben Sie das Kennwort des Bind-DN ein.</translation>
    </message>
</context>
<context>
    <name>OperatorPermissions</name>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync. Create the Send connector on the Hub Transport side instead; it reaches this server at the next synchronization.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync. Erstellen Sie den Sendeconnector stattdessen auf der Hub-Transport-Seite; er erreicht diesen Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync and a change made there would be overwritten. Change the Send connector on the Hub Transport side instead.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync, und eine dort vorgenommene Änderung würde überschrieben. Ändern Sie den Sendeconnector stattdessen auf der Hub-Transport-Seite.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync. Remove the Send connector on the Hub Transport side instead.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync. Entfernen Sie den Sendeconnector stattdessen auf der Hub-Transport-Seite.</translation>
    </message>
    <message>
        <source>An operator without a name</source>
        <translation>Ein Bediener ohne Namen</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>The organization file lists nobody in that role.</source>
        <translation>In der Organisationsdatei ist niemand mit dieser Rolle aufgeführt.</translation>
    </message>
    <message>
        <source>The server's administrators are %1. Act as one of them; a domain account is named in full, e.g. "DOMAIN\user".</source>
        <translation>Die Administratoren des Servers sind %1. Arbeiten Sie als einer dieser Benutzer; ein Domänenkonto wird vollständig angegeben, z. B. "DOMÄNE\Benutzer".</translation>
    </message>
    <message>
        <source>The role is held by %1. Act as one of them; a domain account is named in full, e.g. "DOMAIN\user".</source>
        <translation>Die Rolle ist %1 zugewiesen. Arbeiten Sie als einer dieser Benutzer; ein Domänenkonto wird vollständig angegeben, z. B. "DOMÄNE\Benutzer".</translation>
    </message>
    <message>
        <source>%1 cannot create Send connectors on the Edge Transport server "%2": that needs membership in the server's local Administrators group (Exchange Organization Administrators are not Edge administrators by that role). %3</source>
        <translation>%1 darf auf dem Edge-Transport-Server "%2" keine Sendeconnectors erstellen: Dazu ist die Mitgliedschaft in der lokalen Gruppe "Administratoren" des Servers erforderlich (Exchange-Organisationsadministratoren sind durch diese Rolle keine Edge-Administratoren). %3</translation>
    </message>
    <message>
        <source>%1 cannot change Send connectors on the Edge Transport server "%2": that needs membership in the server's local Administrators group (Exchange Organization Administrators are not Edge administrators by that role). %3</source>
        <translation>%1 darf auf dem Edge-Transport-Server "%2" keine Sendeconnectors ändern: Dazu ist die Mitgliedschaft in der lokalen Gruppe "Administratoren" des Servers erforderlich (Exchange-Organisationsadministratoren sind durch diese Rolle keine Edge-Administratoren). %3</translation>
    </message>
    <message>
        <source>%1 cannot remove Send connectors on the Edge Transport server "%2": that needs membership in the server's local Administrators group (Exchange Organization Administrators are not Edge administrators by that role). %3</source>
        <translation>%1 darf auf dem Edge-Transport-Server "%2" keine Sendeconnectors entfernen: Dazu ist die Mitgliedschaft in der lokalen Gruppe "Administratoren" des Servers erforderlich (Exchange-Organisationsadministratoren sind durch diese Rolle keine Edge-Administratoren). %3</translation>
    </message>
    <message>
        <source>%1 cannot create Send connectors on the Hub Transport side of the organization "%2": that needs the Exchange Organization Administrator role. %3</source>
        <translation>%1 darf auf der Hub-Transport-Seite der Organisation "%2" keine Sendeconnectors erstellen: Dazu ist die Rolle "Exchange-Organisationsadministrator" erforderlich. %3</translation>
    </message>
    <message>
        <source>%1 cannot change Send connectors on the Hub Transport side of the organization "%2": that needs the Exchange Organization Administrator role. %3</source>
        <translation>%1 darf auf der Hub-Transport-Seite der Organisation "%2" keine Sendeconnectors ändern: Dazu ist die Rolle "Exchange-Organisationsadministrator" erforderlich. %3</translation>
    </message>
    <message>
        <source>%1 cannot remove Send connectors on the Hub Transport side of the organization "%2": that needs the Exchange Organization Administrator role. %3</source>
        <translation>%1 darf auf der Hub-Transport-Seite der Organisation "%2" keine Sendeconnectors entfernen: Dazu ist die Rolle "Exchange-Organisationsadministrator" erforderlich. %3</translation>
    </message>
    <message>
        <source>%1 cannot import the organization "%2": that needs the Exchange Organization Administrator role in the organization imported. %3</source>
        <translation>%1 kann die Organisation „%2“ nicht importieren: Dafür ist die Rolle „Exchange-Organisationsadministrator“ in der importierten Organisation erforderlich. %3</translation>
    </message>
    <message>
        <source>%1 cannot export the organization "%2": that needs the Exchange Organization Administrator role. %3</source>
        <translation>%1 kann die Organisation „%2“ nicht exportieren: Dafür ist die Rolle „Exchange-Organisationsadministrator“ erforderlich. %3</translation>
    </message>
</context>
<context>
    <name>OrganizationEntries</name>
    <message numerus="yes">
        <source>The entry %1 has %n values of %2, which takes one.</source>
        <translation>
            <numerusform>Der Eintrag %1 hat %n Wert für %2, das genau einen Wert aufnimmt.</numerusform>
            <numerusform>Der Eintrag %1 hat %n Werte für %2, das nur einen Wert aufnimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the entry %2 must be TRUE or FALSE, not "%3".</source>
        <translation>%1 des Eintrags %2 muss TRUE oder FALSE sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1 of the entry %2 must be a whole number, not "%3".</source>
        <translation>%1 des Eintrags %2 muss eine ganze Zahl sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The address space "%1" of the entry %2 is not written as Type:Address;Cost (for example SMTP:*.contoso.com;1).</source>
        <translation>Der Adressraum „%1“ des Eintrags %2 ist nicht als Typ:Adresse;Kosten geschrieben (zum Beispiel SMTP:*.contoso.com;1).</translation>
    </message>
    <message>
        <source>%1 of the entry %2 must be a time in UTC such as 20261201093000Z, not "%3".</source>
        <translation>%1 des Eintrags %2 muss eine Zeit in UTC wie 20261201093000Z sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The entry %1 is not where the layout puts an entry of its class; move it to its container or remove it (docs/ldap-directory.md).</source>
        <translation>Der Eintrag %1 steht nicht dort, wo das Layout einen Eintrag seiner Klasse vorsieht; verschieben Sie ihn in seinen Container, oder entfernen Sie ihn (docs/ldap-directory.md).</translation>
    </message>
    <message>
        <source>The entry %1 is not an organization (object class sccOrganization).</source>
        <translation>Der Eintrag %1 ist keine Organisation (Objektklasse sccOrganization).</translation>
    </message>
    <message numerus="yes">
        <source>The site link %1 must name exactly two sites in %2; it names %n.</source>
        <translation>
            <numerusform>Die Standortverknüpfung %1 muss in %2 genau zwei Standorte nennen; sie nennt %n.</numerusform>
            <numerusform>Die Standortverknüpfung %1 muss in %2 genau zwei Standorte nennen; sie nennt %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site link %1 starts at "%2", which is not an Active Directory site of the organization.</source>
        <translation>Die Standortverknüpfung %1 beginnt bei „%2“, das kein Active Directory-Standort der Organisation ist.</translation>
    </message>
    <message>
        <source>The role assignment %1 is for Edge administrators but names no server in %2.</source>
        <translation>Die Rollenzuweisung %1 gilt für Edge-Administratoren, nennt in %2 aber keinen Server.</translation>
    </message>
    <message>
        <source>The role assignment %1 has the role "%2"; use ExchangeOrganizationAdministrators or EdgeAdministrators.</source>
        <translation>Die Rollenzuweisung %1 hat die Rolle „%2“; verwenden Sie ExchangeOrganizationAdministrators oder EdgeAdministrators.</translation>
    </message>
    <message>
        <source>A value of %1 of the entry %2 is not UTF-8 text.</source>
        <translation>Ein Wert von %1 des Eintrags %2 ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>OrganizationFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>der Wert %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>der Text %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3.</source>
        <translation>%1 muss %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>the top level of the file</source>
        <translation>die oberste Ebene der Datei</translation>
    </message>
    <message>
        <source>the object at %1</source>
        <translation>das Objekt bei %1</translation>
    </message>
    <message>
        <source>The required key "%1" is missing from %2. Add it.</source>
        <translation>Der erforderliche Schlüssel "%1" fehlt (in: %2). Fügen Sie ihn hinzu.</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>ein Objekt ({ … })</translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation>eine Liste ([ … ])</translation>
    </message>
    <message>
        <source>"%1" is not a known key here; did you mean "%2"? Key names are case-sensitive.</source>
        <translation>"%1" ist hier kein bekannter Schlüssel; meinten Sie "%2"? Bei Schlüsselnamen wird die Groß-/Kleinschreibung beachtet.</translation>
    </message>
    <message>
        <source>"%1" is not a known key here. The allowed keys are: %2.</source>
        <translation>"%1" ist hier kein bekannter Schlüssel. Zulässige Schlüssel sind: %2.</translation>
    </message>
    <message>
        <source>text in quotes, or null</source>
        <translation>Text in Anführungszeichen oder null</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is empty. Enter a name.</source>
        <translation>%1 ist leer. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true oder false (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too large.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein; %4 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too small.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein; %4 ist zu klein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is not a whole number.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein; %4 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1, in quotes</source>
        <translation>einer der Werte %1, in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 cannot be "%2". Use one of: %3.</source>
        <translation>%1 kann nicht "%2" sein. Verwenden Sie einen der folgenden Werte: %3.</translation>
    </message>
    <message>
        <source>a list of texts in quotes</source>
        <translation>eine Liste von Texten in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is empty. Remove the entry or fill it in.</source>
        <translation>%1 ist leer. Entfernen Sie den Eintrag, oder füllen Sie ihn aus.</translation>
    </message>
    <message>
        <source>The key "%1" appears more than once in the same object. Keep only one; otherwise only the last would be used.</source>
        <translation>Der Schlüssel "%1" kommt im selben Objekt mehrmals vor. Behalten Sie nur einen; andernfalls würde nur der letzte verwendet.</translation>
    </message>
    <message>
        <source>An organization file holds one JSON object ({ … }), not %1.</source>
        <translation>Eine Organisationsdatei enthält ein JSON-Objekt ({ … }), nicht %1.</translation>
    </message>
    <message>
        <source>This file uses version %1 of the organization file format, but this program reads versions up to %2. Open it with a newer version of the program.</source>
        <translation>Diese Datei verwendet Version %1 des Organisationsdateiformats, dieses Programm liest jedoch nur Versionen bis %2. Öffnen Sie sie mit einer neueren Version des Programms.</translation>
    </message>
    <message>
        <source>Subscribed applies only to Edge Transport servers; "%1" is a Hub Transport server. Remove the key.</source>
        <translation>Subscribed gilt nur für Edge-Transport-Server; "%1" ist ein Hub-Transport-Server. Entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>The Hub Transport server "%1" needs its Active Directory site: add "Site" with the name of one of the Sites.</source>
        <translation>Der Hub-Transport-Server "%1" benötigt seinen Active Directory-Standort: Fügen Sie "Site" mit dem Namen eines der Standorte aus "Sites" hinzu.</translation>
    </message>
    <message>
        <source>The subscribed Edge Transport server "%1" needs the site of its Edge Subscription: add "Site" with the name of one of the Sites.</source>
        <translation>Der abonnierte Edge-Transport-Server "%1" benötigt den Standort seines Edge-Abonnements: Fügen Sie "Site" mit dem Namen eines der Standorte aus "Sites" hinzu.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is not subscribed, so it belongs to no Active Directory site. Remove "Site" (or make it null), or set "Subscribed" to true.</source>
        <translation>Der Edge-Transport-Server "%1" ist nicht abonniert und gehört daher zu keinem Active Directory-Standort. Entfernen Sie "Site" (oder setzen Sie den Wert auf null), oder setzen Sie "Subscribed" auf true.</translation>
    </message>
    <message>
        <source>A Hub Transport server keeps no Send connectors of its own: put them in the organization's SendConnectors, with "%1" among their SourceTransportServers.</source>
        <translation>Ein Hub-Transport-Server hat keine eigenen Sendeconnectors: Tragen Sie sie unter SendConnectors der Organisation ein, mit "%1" unter ihren SourceTransportServers.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed: EdgeSync replaces its Send connectors. Put them in the organization's SendConnectors instead.</source>
        <translation>Der Edge-Transport-Server "%1" ist abonniert: EdgeSync ersetzt seine Sendeconnectors. Tragen Sie sie stattdessen unter SendConnectors der Organisation ein.</translation>
    </message>
    <message>
        <source>an object such as {"UserName": "CONTOSO\\relay"}, or null</source>
        <translation>ein Objekt wie {"UserName": "CONTOSO\\relay"} oder null</translation>
    </message>
    <message>
        <source>Passwords are never stored in the organization file. Remove "Password"; the program asks for the password when it is needed and keeps it only in memory.</source>
        <translation>Kennwörter werden nie in der Organisationsdatei gespeichert. Entfernen Sie "Password"; das Programm fragt bei Bedarf nach dem Kennwort und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>a whole number of bytes from 0 to %1, or "Unlimited"</source>
        <translation>eine ganze Zahl von Bytes von 0 bis %1 oder "Unlimited"</translation>
    </message>
    <message>
        <source>an object such as {"Type": "SMTP", "Address": "contoso.com", "Cost": 1}</source>
        <translation>ein Objekt wie {"Type": "SMTP", "Address": "contoso.com", "Cost": 1}</translation>
    </message>
    <message>
        <source>"Scope" is used only in Exchange 2007 RTM files. In 2007 SP1 a connector is scoped as a whole: remove "Scope" and set "IsScopedConnector" to true.</source>
        <translation>"Scope" wird nur in Dateien für Exchange 2007 RTM verwendet. In Exchange 2007 SP1 ist ein Connector als Ganzes bereichsbezogen: Entfernen Sie "Scope", und setzen Sie "IsScopedConnector" auf true.</translation>
    </message>
    <message>
        <source>"Local" or null</source>
        <translation>"Local" oder null</translation>
    </message>
    <message>
        <source>Scope cannot be "%1". The only scope is "Local" (only Hub Transport servers in the source servers' site use the connector); leave Scope out otherwise.</source>
        <translation>Scope kann nicht "%1" sein. Der einzige Bereich ist "Local" (nur Hub-Transport-Server am Standort der Quellserver verwenden den Connector); lassen Sie Scope andernfalls weg.</translation>
    </message>
    <message>
        <source>The file is empty. An organization file holds one JSON object; start from the sample organization.</source>
        <translation>Die Datei ist leer. Eine Organisationsdatei enthält ein JSON-Objekt; beginnen Sie mit der Beispielorganisation.</translation>
    </message>
    <message>
        <source>The file ends too early. It is cut short, or a closing brace, bracket or quote is missing.</source>
        <translation>Die Datei endet zu früh. Sie ist abgeschnitten, oder eine schließende geschweifte Klammer, eckige Klammer oder ein Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1). Look for a missing comma, quote, brace or bracket at or just before this point.</source>
        <translation>Dies ist kein gültiges JSON (%1). Suchen Sie an dieser Stelle oder kurz davor nach einem fehlenden Komma, Anführungszeichen oder einer fehlenden geschweiften oder eckigen Klammer.</translation>
    </message>
    <message>
        <source>The number %1 is too large to be read. Use a number within the range the key allows.</source>
        <translation>Die Zahl %1 ist zu groß, um gelesen zu werden. Verwenden Sie eine Zahl innerhalb des für den Schlüssel zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), such as a NUL, a tab or a line break. Use only printable characters.</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2), z. B. ein NUL-Zeichen, einen Tabstopp oder einen Zeilenumbruch. Verwenden Sie nur druckbare Zeichen.</translation>
    </message>
    <message>
        <source>Lists and objects are nested more than %1 levels deep here; an organization file nests at most 6. This is not an organization file, or it is damaged.</source>
        <translation>Listen und Objekte sind hier mehr als %1 Ebenen tief verschachtelt; eine Organisationsdatei ist höchstens 6 Ebenen tief verschachtelt. Dies ist keine Organisationsdatei, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: it looks like UTF-16 or UTF-32 (Unicode, as some Windows editors save it). Save it again as UTF-8.</source>
        <translation>Die Datei ist kein UTF-8-Text: Sie scheint UTF-16 oder UTF-32 zu sein (Unicode, wie manche Windows-Editoren speichern). Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>SchemaVersion must be a whole number (the version of the file format, %1 for this program); %2 is not a whole number.</source>
        <translation>SchemaVersion muss eine ganze Zahl sein (die Version des Dateiformats, %1 für dieses Programm); %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>WhenChanged "%1" is not a date and time in the form 2026-12-01T09:30:00Z (ISO 8601, with Z or an offset such as +01:00).</source>
        <translation>WhenChanged "%1" ist kein Datum mit Uhrzeit im Format 2026-12-01T09:30:00Z (ISO 8601, mit Z oder einem Offset wie +01:00).</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>a list of IP addresses in quotes, such as ["192.168.1.53"]</source>
        <translation>eine Liste von IP-Adressen in Anführungszeichen, z. B. ["192.168.1.53"]</translation>
    </message>
    <message>
        <source>an IP address in quotes</source>
        <translation>eine IP-Adresse in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 is empty. Remove the entry, or give the IP address of a DNS server, such as 192.168.1.53.</source>
        <translation>%1 ist leer. Entfernen Sie den Eintrag, oder geben Sie die IP-Adresse eines DNS-Servers an, z. B. 192.168.1.53.</translation>
    </message>
    <message>
        <source>%1: "%2" has a zone suffix (%3), which names a network interface of one machine. Give the DNS server's address without it: %4.</source>
        <translation>%1: "%2" hat ein Zonensuffix (%3), das eine Netzwerkschnittstelle eines einzelnen Computers bezeichnet. Geben Sie die Adresse des DNS-Servers ohne es an: %4.</translation>
    </message>
    <message>
        <source>%1: "%2" is not an IP address. Give IPv4 or IPv6 addresses, such as 192.168.1.53.</source>
        <translation>%1: "%2" ist keine IP-Adresse. Geben Sie IPv4- oder IPv6-Adressen an, z. B. 192.168.1.53.</translation>
    </message>
</context>
<context>
    <name>OrganizationLocation</name>
    <message>
        <source>The host "%1" of the URI %2 opens a bracket for an IPv6 address but does not close it.</source>
        <translation>Der Host "%1" des URI %2 öffnet eine Klammer für eine IPv6-Adresse, schließt sie aber nicht.</translation>
    </message>
    <message>
        <source>The host "%1" of the URI %2 has "%3" after its IPv6 address; only ":port" may follow it.</source>
        <translation>Der Host "%1" des URI %2 hat "%3" nach seiner IPv6-Adresse; nur ":Port" darf darauf folgen.</translation>
    </message>
    <message>
        <source>The URI %1 has a colon after its host but no port number.</source>
        <translation>Der URI %1 hat einen Doppelpunkt nach dem Host, aber keine Portnummer.</translation>
    </message>
    <message>
        <source>"%1" in the URI %2 is not an IPv6 address.</source>
        <translation>"%1" im URI %2 ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The URI %1 names no host. Write the directory server's name, as in ldap://ldap.contoso.com/dc=contoso,dc=com.</source>
        <translation>Der URI %1 nennt keinen Host. Geben Sie den Namen des Verzeichnisservers an, wie in ldap://ldap.contoso.com/dc=contoso,dc=com.</translation>
    </message>
    <message>
        <source>The host "%1" of the URI %2 is neither a host name nor an IP address.</source>
        <translation>Der Host "%1" des URI %2 ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port "%1" of the URI %2 is not a number from 1 to 65535.</source>
        <translation>Der Port "%1" des URI %2 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The URI %1 has more than four parts after its base DN; write options as ?x-starttls or as ????!StartTLS.</source>
        <translation>Der URI %1 hat mehr als vier Teile nach seinem Basis-DN; schreiben Sie Optionen als ?x-starttls oder als ????!StartTLS.</translation>
    </message>
    <message>
        <source>The URI %1 names attributes ("%2"); an organization URI takes only servers, a base DN and ?x-starttls.</source>
        <translation>Der URI %1 nennt Attribute ("%2"); ein Organisations-URI nimmt nur Server, einen Basis-DN und ?x-starttls an.</translation>
    </message>
    <message>
        <source>The URI %1 names a scope ("%2"); an organization URI takes only servers, a base DN and ?x-starttls.</source>
        <translation>Der URI %1 nennt einen Bereich ("%2"); ein Organisations-URI nimmt nur Server, einen Basis-DN und ?x-starttls an.</translation>
    </message>
    <message>
        <source>The URI %1 names a filter ("%2"); an organization URI takes only servers, a base DN and ?x-starttls.</source>
        <translation>Der URI %1 nennt einen Filter ("%2"); ein Organisations-URI nimmt nur Server, einen Basis-DN und ?x-starttls an.</translation>
    </message>
    <message>
        <source>The URI %1 asks for the extension "%2", which is not supported; the only one is StartTLS.</source>
        <translation>Der URI %1 verlangt die Erweiterung "%2", die nicht unterstützt wird; die einzige ist StartTLS.</translation>
    </message>
    <message>
        <source>The extension "%1" of the URI %2 takes no value.</source>
        <translation>Die Erweiterung "%1" des URI %2 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>The URI %1 names no base DN. Write it after the last server, as in ldap://ldap.contoso.com/dc=contoso,dc=com.</source>
        <translation>Der URI %1 nennt keinen Basis-DN. Schreiben Sie ihn nach dem letzten Server, wie in ldap://ldap.contoso.com/dc=contoso,dc=com.</translation>
    </message>
    <message>
        <source>The base DN "%1" of the URI %2 is not a distinguished name; write it as in dc=contoso,dc=com.</source>
        <translation>Der Basis-DN "%1" des URI %2 ist kein Distinguished Name; schreiben Sie ihn wie in dc=contoso,dc=com.</translation>
    </message>
    <message>
        <source>The organization "%1" uses the scheme "%2", which is not supported: give a file path, or a URI starting with ldap://, ldaps:// or ldapi://.</source>
        <translation>Die Organisation "%1" verwendet das Schema "%2", das nicht unterstützt wird: Geben Sie einen Dateipfad oder einen URI an, der mit ldap://, ldaps:// oder ldapi:// beginnt.</translation>
    </message>
    <message>
        <source>The URI %1 is followed by another URI: write the base DN and the options once, after the last URI, as in ldap://a,ldap://b/dc=contoso,dc=com.</source>
        <translation>Auf den URI %1 folgt ein weiterer URI: Schreiben Sie den Basis-DN und die Optionen einmal nach dem letzten URI, wie in ldap://a,ldap://b/dc=contoso,dc=com.</translation>
    </message>
    <message>
        <source>The socket "%1" of the URI %2 is not an absolute path; write it URL-encoded, as in %3.</source>
        <translation>Der Socket "%1" des URI %2 ist kein absoluter Pfad; schreiben Sie ihn URL-codiert, wie in %3.</translation>
    </message>
    <message>
        <source>StartTLS applies only to ldap:// URIs, but %1 is already encrypted or local; remove the StartTLS option or use ldap://.</source>
        <translation>StartTLS gilt nur für ldap://-URIs, aber %1 ist bereits verschlüsselt oder lokal; entfernen Sie die StartTLS-Option, oder verwenden Sie ldap://.</translation>
    </message>
    <message>
        <source>No organization is given: name a file or a directory URI.</source>
        <translation>Es ist keine Organisation angegeben: Nennen Sie eine Datei oder einen Verzeichnis-URI.</translation>
    </message>
    <message>
        <source>The organization "%1" is a file, which cannot be combined with other organizations; give either one file or directory URIs.</source>
        <translation>Die Organisation "%1" ist eine Datei, die nicht mit anderen Organisationen kombiniert werden kann; geben Sie entweder eine Datei oder Verzeichnis-URIs an.</translation>
    </message>
    <message>
        <source>The organizations name different base DNs ("%1" and "%2"); every URI must name the same one.</source>
        <translation>Die Organisationen nennen unterschiedliche Basis-DNs ("%1" und "%2"); jeder URI muss denselben nennen.</translation>
    </message>
    <message>
        <source>The servers given differ in StartTLS. StartTLS is written once for all of them: give ?x-starttls on every ldap:// value, or on none, and do not combine it with ldaps:// or ldapi:// values.</source>
        <translation>Die angegebenen Server unterscheiden sich bei StartTLS. StartTLS wird einmal für alle angegeben: Geben Sie ?x-starttls bei jedem ldap://-Wert an oder bei keinem, und kombinieren Sie es nicht mit ldaps://- oder ldapi://-Werten.</translation>
    </message>
</context>
<context>
    <name>OrganizationRules</name>
    <message>
        <source>the Hub Transport side</source>
        <translation>der Hub-Transport-Seite</translation>
    </message>
    <message>
        <source>No enabled Send connector on %1 covers "*": mail to any domain that no other connector names waits in the Unreachable queue. Create an Internet connector with the address space "*", or enable the one you have.</source>
        <translation>Kein aktivierter Sendeconnector auf %1 deckt "*" ab: E-Mails an jede Domäne, die von keinem anderen Connector genannt wird, verbleiben in der Warteschlange für unerreichbare Ziele. Erstellen Sie einen Internet-Connector mit dem Adressraum "*", oder aktivieren Sie den vorhandenen.</translation>
    </message>
    <message>
        <source>The server "%1" is not a transport server of the organization "%2". Valid servers: %3.</source>
        <translation>Der Server "%1" ist kein Transportserver der Organisation "%2". Gültige Server: %3.</translation>
    </message>
    <message>
        <source>With this connector, no enabled Send connector on %1 covers "*": mail to any domain that no connector names will wait in the Unreachable queue. Add the address space "*" to this connector if it is meant for Internet mail, or create an Internet connector for "*".</source>
        <translation>Mit diesem Connector deckt kein aktivierter Sendeconnector auf %1 "*" ab: E-Mails an jede Domäne, die von keinem Connector genannt wird, verbleiben in der Warteschlange für unerreichbare Ziele. Fügen Sie diesem Connector den Adressraum "*" hinzu, wenn er für Internet-E-Mails vorgesehen ist, oder erstellen Sie einen Internet-Connector für "*".</translation>
    </message>
</context>
<context>
    <name>OrganizationStore</name>
    <message>
        <source>The organization file %1 could not be written: %2. The previous contents of the file are unchanged.</source>
        <translation>Die Organisationsdatei %1 konnte nicht geschrieben werden: %2. Der bisherige Inhalt der Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The organization file %1 does not exist. Check the path, or create a new organization file.</source>
        <translation>Die Organisationsdatei %1 ist nicht vorhanden. Überprüfen Sie den Pfad, oder erstellen Sie eine neue Organisationsdatei.</translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: %2.</source>
        <translation>Die Organisationsdatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>an unnamed program</source>
        <translation>ein unbenanntes Programm</translation>
    </message>
    <message>
        <source>its lock file %1 could not be created (check the permissions of the folder)</source>
        <translation>ihre Sperrdatei %1 konnte nicht erstellt werden (überprüfen Sie die Berechtigungen des Ordners)</translation>
    </message>
    <message>
        <source>The organization file %1 is read-only, so nothing was changed. Make it writable (for example chmod u+w) and try again.</source>
        <translation>Die Organisationsdatei %1 ist schreibgeschützt, daher wurde nichts geändert. Machen Sie sie beschreibbar (z. B. mit chmod u+w), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>The organization file %1 already exists and was left unchanged. Choose another file name, or open the existing file.</source>
        <translation>Die Organisationsdatei %1 ist bereits vorhanden und wurde nicht geändert. Wählen Sie einen anderen Dateinamen, oder öffnen Sie die vorhandene Datei.</translation>
    </message>
    <message>
        <source>This system has no writable folder for application data, so the default organization file cannot be created. Open an organization file by its path instead.</source>
        <translation>Dieses System hat keinen beschreibbaren Ordner für Anwendungsdaten, daher kann die Standardorganisationsdatei nicht erstellt werden. Öffnen Sie stattdessen eine Organisationsdatei über ihren Pfad.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB, far larger than any organization file, so it was not read. Check that this is the organization file.</source>
        <translation>Die Datei %1 ist größer als %2 MB und damit weit größer als jede Organisationsdatei; sie wurde daher nicht gelesen. Überprüfen Sie, ob dies die Organisationsdatei ist.</translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: it is a folder, not a file. Name the organization file inside it.</source>
        <translation>Die Organisationsdatei %1 konnte nicht gelesen werden: Es handelt sich um einen Ordner, nicht um eine Datei. Geben Sie die Organisationsdatei in diesem Ordner an.</translation>
    </message>
    <message>
        <source>The organization file %1 could not be read: it is not a regular file (it is a device, a FIFO or a socket). Name a JSON file instead.</source>
        <translation>Die Organisationsdatei %1 konnte nicht gelesen werden: Es handelt sich nicht um eine reguläre Datei (sondern um ein Gerät, ein FIFO oder einen Socket). Geben Sie stattdessen eine JSON-Datei an.</translation>
    </message>
    <message>
        <source>The organization file %1 is a loop of symbolic links: following them leads back to a link already followed, never to a file. Make the link point to the organization file itself.</source>
        <translation>Die Organisationsdatei %1 ist eine Schleife symbolischer Verknüpfungen: Diese führen zurück zu einer bereits verfolgten Verknüpfung und nie zu einer Datei. Lassen Sie die Verknüpfung direkt auf die Organisationsdatei verweisen.</translation>
    </message>
    <message>
        <source>its lock file %1 could not be created because the disk is full (or your disk quota is used up). Free some space on it and try again</source>
        <translation>ihre Sperrdatei %1 konnte nicht erstellt werden, da der Datenträger voll ist (oder Ihr Datenträgerkontingent erschöpft ist). Geben Sie Speicherplatz darauf frei, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>its lock file %1 could not be written because of a file size limit (ulimit -f)</source>
        <translation>ihre Sperrdatei %1 konnte aufgrund einer Dateigrößenbeschränkung (ulimit -f) nicht geschrieben werden</translation>
    </message>
    <message>
        <source>its lock file %1 could not be created because the file system is read-only</source>
        <translation>ihre Sperrdatei %1 konnte nicht erstellt werden, da das Dateisystem schreibgeschützt ist</translation>
    </message>
    <message>
        <source>its lock file %1 could not be created: %2</source>
        <translation>ihre Sperrdatei %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>its lock file %1 could not be created</source>
        <translation>ihre Sperrdatei %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1, process %2 on %3, since %4</source>
        <translation>%1, Prozess %2 auf %3, seit %4</translation>
    </message>
    <message>
        <source>%1, process %2 of user %3 on %4, since %5</source>
        <translation>%1, Prozess %2 des Benutzers %3 auf %4, seit %5</translation>
    </message>
    <message>
        <source>The lock on the organization file %1 was left by a program that no longer runs (%2); it was taken over.</source>
        <translation>Die Sperre der Organisationsdatei %1 stammte von einem Programm, das nicht mehr ausgeführt wird (%2); sie wurde übernommen.</translation>
    </message>
    <message>
        <source>The lock file %1 (of user %2) named no program holding it, and none held it; it was taken over.</source>
        <translation>Die Sperrdatei %1 (des Benutzers %2) nannte kein Programm, das sie hält, und kein Programm hielt sie; sie wurde übernommen.</translation>
    </message>
    <message>
        <source>The organization file %1 is being changed by another program (%2). Nothing was changed after waiting %3 seconds; try again when it has finished.</source>
        <translation>Die Organisationsdatei %1 wird gerade von einem anderen Programm geändert (%2). Nach %3 Sekunden Wartezeit wurde nichts geändert; versuchen Sie es erneut, wenn das Programm fertig ist.</translation>
    </message>
    <message>
        <source>The organization file %1 is being changed by another program. Nothing was changed after waiting %2 seconds; try again when it has finished.</source>
        <translation>Die Organisationsdatei %1 wird gerade von einem anderen Programm geändert. Nach %2 Sekunden Wartezeit wurde nichts geändert; versuchen Sie es erneut, wenn das Programm fertig ist.</translation>
    </message>
    <message>
        <source>its lock file %1 belongs to user %2, and this user may neither open it nor remove it. If no program of %2 is changing the file, ask %2 or an administrator to remove it</source>
        <translation>ihre Sperrdatei %1 gehört dem Benutzer %2, und der aktuelle Benutzer darf sie weder öffnen noch entfernen. Wenn kein Programm von %2 die Datei ändert, bitten Sie %2 oder einen Administrator, sie zu entfernen</translation>
    </message>
    <message>
        <source>The organization file %1 belongs to user %2 (group %3). Replacing it as user %4 would make %4 its owner, which only root can avoid, so nothing was changed. Make the change as %2, or as root (which keeps the owner).</source>
        <translation>Die Organisationsdatei %1 gehört dem Benutzer %2 (Gruppe %3). Wenn sie als Benutzer %4 ersetzt würde, würde %4 ihr Besitzer, was nur root vermeiden kann; daher wurde nichts geändert. Nehmen Sie die Änderung als %2 oder als root vor (dabei bleibt der Besitzer erhalten).</translation>
    </message>
    <message>
        <source>The temporary copy %1, left beside the organization file by a save that was interrupted, was removed.</source>
        <translation>Die temporäre Kopie %1, die ein unterbrochener Speichervorgang neben der Organisationsdatei hinterlassen hatte, wurde entfernt.</translation>
    </message>
    <message>
        <source>its lock file %1 is a symbolic link, which is never followed; remove it</source>
        <translation>ihre Sperrdatei %1 ist eine symbolische Verknüpfung, der nie gefolgt wird; entfernen Sie sie</translation>
    </message>
</context>
<context>
    <name>OrganizationValidator</name>
    <message>
        <source>LocalServer names "%1", which is not one of the Servers. Name a server listed under Servers.</source>
        <translation>LocalServer nennt "%1", der nicht zu den Servers gehört. Geben Sie einen unter Servers aufgeführten Server an.</translation>
    </message>
    <message>
        <source>%1 is empty. Enter a name.</source>
        <translation>%1 ist leer. Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2), such as a NUL, a tab or a line break. Use only printable characters.</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2), z. B. NUL, einen Tabstopp oder einen Zeilenumbruch. Verwenden Sie nur druckbare Zeichen.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too large.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein; %4 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; %4 is too small.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein; %4 ist zu klein.</translation>
    </message>
    <message>
        <source>Another site is already named "%1". Site names must be unique (letter case does not count).</source>
        <translation>Ein anderer Standort heißt bereits "%1". Standortnamen müssen eindeutig sein (Groß-/Kleinschreibung wird nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>The site link leads to "%1", which is not one of the Sites. Name a site listed under Sites.</source>
        <translation>Die Standortverknüpfung führt zu "%1", der nicht zu den Sites gehört. Geben Sie einen unter Sites aufgeführten Standort an.</translation>
    </message>
    <message>
        <source>The site "%1" has a site link to itself. A site link joins two different sites; remove this one.</source>
        <translation>Der Standort "%1" hat eine Standortverknüpfung zu sich selbst. Eine Standortverknüpfung verbindet zwei verschiedene Standorte; entfernen Sie diese.</translation>
    </message>
    <message>
        <source>The site "%1" lists its link to "%2" more than once. Keep one.</source>
        <translation>Der Standort "%1" führt seine Verknüpfung zu "%2" mehrfach auf. Behalten Sie nur eine.</translation>
    </message>
    <message>
        <source>The link between "%1" and "%2" is declared on both sites with different costs (%3 and %4). A site link has one cost: declare it once, or give both the same cost.</source>
        <translation>Die Verknüpfung zwischen "%1" und "%2" ist an beiden Standorten mit unterschiedlichen Kosten deklariert (%3 und %4). Eine Standortverknüpfung hat nur einen Kostenwert: Deklarieren Sie sie einmal, oder geben Sie beiden dieselben Kosten.</translation>
    </message>
    <message>
        <source>Another server is already named "%1". Server names must be unique (letter case does not count).</source>
        <translation>Ein anderer Server heißt bereits "%1". Servernamen müssen eindeutig sein (Groß-/Kleinschreibung wird nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>The Hub Transport server "%1" needs its Active Directory site: add "Site" with the name of one of the Sites.</source>
        <translation>Der Hub-Transport-Server "%1" benötigt seinen Active Directory-Standort: Fügen Sie "Site" mit dem Namen eines Standorts aus Sites hinzu.</translation>
    </message>
    <message>
        <source>The subscribed Edge Transport server "%1" needs the site of its Edge Subscription: add "Site" with the name of one of the Sites.</source>
        <translation>Der abonnierte Edge-Transport-Server "%1" benötigt den Standort seines Edge-Abonnements: Fügen Sie "Site" mit dem Namen eines Standorts aus Sites hinzu.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is not subscribed, so it belongs to no Active Directory site. Remove "Site" (or make it null), or set "Subscribed" to true.</source>
        <translation>Der Edge-Transport-Server "%1" ist nicht abonniert und gehört daher zu keinem Active Directory-Standort. Entfernen Sie "Site" (oder setzen Sie den Wert auf null), oder setzen Sie "Subscribed" auf true.</translation>
    </message>
    <message>
        <source>The server "%1" is in the site "%2", which is not one of the Sites. Name a site listed under Sites.</source>
        <translation>Der Server "%1" befindet sich im Standort "%2", der nicht zu den Sites gehört. Geben Sie einen unter Sites aufgeführten Standort an.</translation>
    </message>
    <message>
        <source>A Hub Transport server keeps no Send connectors of its own: put them in the organization's SendConnectors, with "%1" among their SourceTransportServers.</source>
        <translation>Ein Hub-Transport-Server besitzt keine eigenen Sendeconnectors: Tragen Sie sie in die SendConnectors der Organisation ein, mit "%1" unter ihren SourceTransportServers.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed: EdgeSync replaces its Send connectors. Put them in the organization's SendConnectors instead.</source>
        <translation>Der Edge-Transport-Server "%1" ist abonniert: EdgeSync ersetzt seine Sendeconnectors. Tragen Sie sie stattdessen in die SendConnectors der Organisation ein.</translation>
    </message>
    <message>
        <source>EdgeAdministrators names "%1", which is not one of the Servers. Name an Edge Transport server listed under Servers.</source>
        <translation>EdgeAdministrators nennt "%1", der nicht zu den Servers gehört. Geben Sie einen unter Servers aufgeführten Edge-Transport-Server an.</translation>
    </message>
    <message>
        <source>"%1" is a Hub Transport server; EdgeAdministrators lists the local Administrators of Edge Transport servers only. Put Hub-side administrators in ExchangeOrganizationAdministrators.</source>
        <translation>"%1" ist ein Hub-Transport-Server; EdgeAdministrators führt nur die lokalen Administratoren von Edge-Transport-Servern auf. Tragen Sie Administratoren der Hub-Seite in ExchangeOrganizationAdministrators ein.</translation>
    </message>
    <message>
        <source>The Send connector at %1 is already named "%2". Connector names must be unique on each side (letter case does not count); rename one of them.</source>
        <translation>Der Sendeconnector bei %1 heißt bereits "%2". Connectornamen müssen auf jeder Seite eindeutig sein (Groß-/Kleinschreibung wird nicht berücksichtigt); benennen Sie einen der beiden um.</translation>
    </message>
    <message>
        <source>The source server "%1" is not one of the Servers. Name a Hub Transport server or a subscribed Edge Transport server listed under Servers.</source>
        <translation>Der Quellserver "%1" gehört nicht zu den Servers. Geben Sie einen unter Servers aufgeführten Hub-Transport-Server oder abonnierten Edge-Transport-Server an.</translation>
    </message>
    <message>
        <source>"%1" and the accepted domain at %2 are both the Default. An organization has one default accepted domain: set Default to false on all but one.</source>
        <translation>"%1" und die akzeptierte Domäne bei %2 sind beide als Default festgelegt. Eine Organisation hat genau eine akzeptierte Standarddomäne: Setzen Sie Default bei allen außer einer auf false.</translation>
    </message>
    <message>
        <source>The accepted domain "%1" is not a valid domain name: %2 Write a domain such as contoso.com, or *.contoso.com for it and its subdomains.</source>
        <translation>Die akzeptierte Domäne "%1" ist kein gültiger Domänenname: %2 Geben Sie eine Domäne wie contoso.com an, oder *.contoso.com für die Domäne und ihre Unterdomänen.</translation>
    </message>
    <message>
        <source>The accepted domain "%1" is already listed at %2. List each domain once (letter case does not count).</source>
        <translation>Die akzeptierte Domäne "%1" ist bereits bei %2 aufgeführt. Führen Sie jede Domäne nur einmal auf (Groß-/Kleinschreibung wird nicht berücksichtigt).</translation>
    </message>
    <message>
        <source>None of the AcceptedDomains is the Default. Set "Default": true on exactly one of them (usually the organization's main domain).</source>
        <translation>Keine der AcceptedDomains ist als Default festgelegt. Setzen Sie "Default": true bei genau einer davon (normalerweise bei der Hauptdomäne der Organisation).</translation>
    </message>
    <message>
        <source>The server "%1" lists an empty address among its ExternalDNSServers. Give IPv4 or IPv6 addresses, such as 192.168.1.53.</source>
        <translation>Der Server "%1" führt unter seinen ExternalDNSServers eine leere Adresse auf. Geben Sie IPv4- oder IPv6-Adressen an, z. B. 192.168.1.53.</translation>
    </message>
    <message>
        <source>%1 is the unspecified address and names no DNS server. List the addresses of the DNS servers that "%2" should ask, such as 192.168.1.53.</source>
        <translation>%1 ist die nicht angegebene Adresse und bezeichnet keinen DNS-Server. Führen Sie die Adressen der DNS-Server auf, die "%2" fragen soll, z. B. 192.168.1.53.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address, and Exchange 2007 RTM supports only IPv4. Give the IPv4 addresses of the DNS servers that "%2" should ask, or set ExchangeVersion to "2007 SP1".</source>
        <translation>%1 ist eine IPv6-Adresse, und Exchange 2007 RTM unterstützt nur IPv4. Geben Sie die IPv4-Adressen der DNS-Server an, die "%2" fragen soll, oder legen Sie ExchangeVersion auf "2007 SP1" fest.</translation>
    </message>
    <message>
        <source>The DNS server %1 is already listed at %2 and would be asked twice. List each DNS server once.</source>
        <translation>Der DNS-Server %1 ist bereits unter %2 aufgeführt und würde zweimal gefragt. Führen Sie jeden DNS-Server nur einmal auf.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 (line %2, column %3): %4</source>
        <translation>%1 (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>QuantityParser</name>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>%1 GB (%2 bytes)</source>
        <translation>%1 GB (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 MB (%2 bytes)</source>
        <translation>%1 MB (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 KB (%2 bytes)</source>
        <translation>%1 KB (%2 Bytes)</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 is empty. Enter a size such as 10MB, 512KB or 1048576 (bytes), or 'unlimited'.</source>
        <translation>%1 ist leer. Geben Sie eine Größe wie 10MB, 512KB oder 1048576 (Bytes) oder 'unlimited' ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid size for %2. Enter a whole number of bytes, or a number followed by B, KB, MB or GB (for example 10MB or 1.5 KB), or 'unlimited'.</source>
        <translation>"%1" ist keine gültige Größe für %2. Geben Sie eine ganze Zahl von Bytes ein, eine Zahl gefolgt von B, KB, MB oder GB (z. B. 10MB oder 1.5 KB) oder 'unlimited'.</translation>
    </message>
    <message>
        <source>%1 cannot be negative ("%2"). Enter a size from 0 to %3 bytes, or 'unlimited'.</source>
        <translation>%1 darf nicht negativ sein ("%2"). Geben Sie eine Größe von 0 bis %3 Bytes oder 'unlimited' ein.</translation>
    </message>
    <message>
        <source>"%1" is too large for %2. The largest size is %3 bytes (just under 2GB); enter 'unlimited' for no limit.</source>
        <translation>"%1" ist zu groß für %2. Die maximale Größe beträgt %3 Bytes (knapp unter 2GB); geben Sie 'unlimited' ein, wenn keine Begrenzung gelten soll.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of bytes. Use a smaller unit or a number that gives whole bytes (1.5KB is 1536 bytes; 1.3KB is not).</source>
        <translation>"%1" ist keine ganze Zahl von Bytes. Verwenden Sie eine kleinere Einheit oder eine Zahl, die ganze Bytes ergibt (1.5KB sind 1536 Bytes; 1.3KB nicht).</translation>
    </message>
    <message>
        <source>%1 is empty. Enter a duration as [days.]hh:mm:ss, for example 00:10:00 for ten minutes or 1.00:00:00 for one day.</source>
        <translation>%1 ist leer. Geben Sie eine Dauer im Format [Tage.]hh:mm:ss ein, z. B. 00:10:00 für zehn Minuten oder 1.00:00:00 für einen Tag.</translation>
    </message>
    <message>
        <source>"%1" is not a valid duration for %2. Write it as [days.]hh:mm:ss with two digits for hours, minutes and seconds, for example 00:10:00 or 1.00:00:00.</source>
        <translation>"%1" ist keine gültige Dauer für %2. Schreiben Sie sie im Format [Tage.]hh:mm:ss mit je zwei Ziffern für Stunden, Minuten und Sekunden, z. B. 00:10:00 oder 1.00:00:00.</translation>
    </message>
    <message>
        <source>"%1" is not a valid duration for %2: the number of days must be at most %3.</source>
        <translation>"%1" ist keine gültige Dauer für %2: Die Anzahl der Tage darf höchstens %3 betragen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid duration for %2: the hours must be from 00 to 23 (write a whole day as 1.00:00:00).</source>
        <translation>"%1" ist keine gültige Dauer für %2: Die Stunden müssen zwischen 00 und 23 liegen (schreiben Sie einen ganzen Tag als 1.00:00:00).</translation>
    </message>
    <message>
        <source>"%1" is not a valid duration for %2: the minutes must be from 00 to 59.</source>
        <translation>"%1" ist keine gültige Dauer für %2: Die Minuten müssen zwischen 00 und 59 liegen.</translation>
    </message>
    <message>
        <source>"%1" is not a valid duration for %2: the seconds must be from 00 to 59.</source>
        <translation>"%1" ist keine gültige Dauer für %2: Die Sekunden müssen zwischen 00 und 59 liegen.</translation>
    </message>
</context>
<context>
    <name>RouteExplanation</name>
    <message>
        <source>Delivered internally</source>
        <translation>Intern zugestellt</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Geroutet</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>No source server reachable</source>
        <translation>Kein Quellserver erreichbar</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>No matching address space</source>
        <translation>Kein passender Adressraum</translation>
    </message>
    <message>
        <source>Less specific</source>
        <translation>Weniger spezifisch</translation>
    </message>
    <message>
        <source>Higher cost</source>
        <translation>Höhere Kosten</translation>
    </message>
    <message>
        <source>Farther away</source>
        <translation>Weiter entfernt</translation>
    </message>
    <message>
        <source>Later name</source>
        <translation>Name alphabetisch später</translation>
    </message>
    <message>
        <source>This Send connector carries the message.</source>
        <translation>Dieser Sendeconnector überträgt die Nachricht.</translation>
    </message>
    <message>
        <source>The Send connector is disabled, so it carries no mail.</source>
        <translation>Der Sendeconnector ist deaktiviert und überträgt daher keine E-Mails.</translation>
    </message>
    <message>
        <source>The message is larger than the Send connector's maximum message size.</source>
        <translation>Die Nachricht ist größer als die maximale Nachrichtengröße des Sendeconnectors.</translation>
    </message>
    <message>
        <source>None of the Send connector's source servers can be reached from the sending server's site.</source>
        <translation>Keiner der Quellserver des Sendeconnectors ist vom Standort des sendenden Servers aus erreichbar.</translation>
    </message>
    <message>
        <source>The Send connector is scoped to the sites of its source servers, and the sending server is in none of them.</source>
        <translation>Der Sendeconnector ist auf die Standorte seiner Quellserver beschränkt, und der sendende Server befindet sich an keinem dieser Standorte.</translation>
    </message>
    <message>
        <source>None of the Send connector's address spaces covers the recipient's domain.</source>
        <translation>Keiner der Adressräume des Sendeconnectors deckt die Domäne des Empfängers ab.</translation>
    </message>
    <message>
        <source>Another Send connector has a more specific address space for the recipient's domain.</source>
        <translation>Ein anderer Sendeconnector hat einen spezifischeren Adressraum für die Domäne des Empfängers.</translation>
    </message>
    <message>
        <source>Another Send connector with an equally specific address space costs less from the sending server.</source>
        <translation>Ein anderer Sendeconnector mit einem gleich spezifischen Adressraum verursacht vom sendenden Server aus geringere Kosten.</translation>
    </message>
    <message>
        <source>Another Send connector of the same specificity and cost has a source server closer to the sending server.</source>
        <translation>Ein anderer Sendeconnector mit gleicher Spezifität und gleichen Kosten hat einen Quellserver, der näher am sendenden Server liegt.</translation>
    </message>
    <message>
        <source>Another Send connector ties on specificity, cost and proximity and its name sorts first.</source>
        <translation>Ein anderer Sendeconnector ist bei Spezifität, Kosten und Nähe gleichauf, und sein Name steht in der Sortierung weiter vorn.</translation>
    </message>
    <message>
        <source>Hub Transport</source>
        <translation>Hub-Transport</translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation>Edge-Transport</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2, subscribed)</source>
        <translation>%1 (%2, abonniert)</translation>
    </message>
    <message>
        <source>Accepted domain %1</source>
        <translation>Akzeptierte Domäne %1</translation>
    </message>
</context>
<context>
    <name>RouteExplanationModel</name>
    <message>
        <source>Send Connector</source>
        <translation>Sendeconnector</translation>
    </message>
    <message>
        <source>Address Space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>Source Server</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>RouteResolver</name>
    <message>
        <source>The recipient "%1" is not an e-mail address: write it as name@domain, for example julia@contoso.com.</source>
        <translation>Der Empfänger „%1“ ist keine E-Mail-Adresse: Schreiben Sie ihn im Format name@domäne, z. B. julia@contoso.com.</translation>
    </message>
    <message>
        <source>The recipient "%1" has nothing before the "@": write it as name@domain.</source>
        <translation>Der Empfänger „%1“ enthält nichts vor dem „@“: Schreiben Sie ihn im Format name@domäne.</translation>
    </message>
    <message>
        <source>The recipient "%1" names an IP address instead of a domain; Send connectors route by domain. Use an address with a domain name.</source>
        <translation>Der Empfänger „%1“ enthält statt einer Domäne eine IP-Adresse; Sendeconnectors routen nach Domäne. Verwenden Sie eine Adresse mit einem Domänennamen.</translation>
    </message>
    <message>
        <source>The recipient "%1" has an invalid domain: %2</source>
        <translation>Der Empfänger „%1“ hat eine ungültige Domäne: %2</translation>
    </message>
    <message>
        <source>DNS MX (%1)</source>
        <translation>DNS MX (%1)</translation>
    </message>
    <message>
        <source>%1 is an authoritative accepted domain (%2): the message is delivered inside the organization.</source>
        <translation>%1 ist eine autoritative akzeptierte Domäne (%2): Die Nachricht wird innerhalb der Organisation zugestellt.</translation>
    </message>
    <message>
        <source>The Send connector "%1" has the most specific address space for %2 (%3) at the least cost (%4).</source>
        <translation>Der Sendeconnector „%1“ hat den spezifischsten Adressraum für %2 (%3) mit den geringsten Kosten (%4).</translation>
    </message>
    <message>
        <source>"%1" is not a Hub Transport or Edge Transport server of this organization. Name one of its servers as the sending server.</source>
        <translation>„%1“ ist kein Hub-Transport- oder Edge-Transport-Server dieser Organisation. Geben Sie einen der Server der Organisation als sendenden Server an.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed: it sends with the connectors EdgeSync replicates from the organization. Test routing from a Hub Transport server of its site instead.</source>
        <translation>Der Edge-Transport-Server „%1“ ist abonniert: Er sendet mit den Connectors, die EdgeSync aus der Organisation repliziert. Testen Sie das Routing stattdessen von einem Hub-Transport-Server seines Standorts aus.</translation>
    </message>
    <message>
        <source>The message size cannot be negative; give it in bytes (0 or more).</source>
        <translation>Die Nachrichtengröße darf nicht negativ sein; geben Sie sie in Bytes an (0 oder mehr).</translation>
    </message>
    <message>
        <source>No enabled Send connector that %1 may use has an address space for %2 and accepts a message of %3: the message waits in the Unreachable queue.</source>
        <translation>Kein aktivierter Sendeconnector, den %1 verwenden darf, hat einen Adressraum für %2 und akzeptiert eine Nachricht mit %3: Die Nachricht wartet in der Warteschlange für nicht erreichbare Ziele (Unreachable).</translation>
    </message>
</context>
<context>
    <name>RoutingAnalysis</name>
    <message>
        <source>the other subdomains of %1</source>
        <translation>die anderen Unterdomänen von %1</translation>
    </message>
    <message>
        <source>every other domain</source>
        <translation>alle anderen Domänen</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Wins by name only</source>
        <translation>Gewinnt nur durch den Namen</translation>
    </message>
    <message>
        <source>This connector carries mail for at least one of its address spaces.</source>
        <translation>Dieser Connector überträgt E-Mails für mindestens einen seiner Adressräume.</translation>
    </message>
    <message>
        <source>Wherever this connector wins, another connector is as specific, as cheap and as near, and this one wins only because its name sorts first: renaming either connector changes the route. Give them different address space costs.</source>
        <translation>Überall, wo dieser Connector gewinnt, ist ein anderer Connector ebenso spezifisch, ebenso günstig und ebenso nah, und dieser gewinnt nur, weil sein Name alphabetisch zuerst kommt: Wenn einer der beiden Connectors umbenannt wird, ändert sich die Route. Weisen Sie ihnen unterschiedliche Adressraumkosten zu.</translation>
    </message>
    <message>
        <source>From every sending server, for every message size it accepts, another connector wins for every domain its address spaces cover, or the mail stays inside the organization: this connector carries no mail.</source>
        <translation>Von jedem sendenden Server aus gewinnt für jede akzeptierte Nachrichtengröße und für jede Domäne, die seine Adressräume abdecken, ein anderer Connector, oder die E-Mails bleiben innerhalb der Organisation: Dieser Connector überträgt keine E-Mails.</translation>
    </message>
    <message>
        <source>This connector is disabled or has no SMTP address space: it takes no part in SMTP routing.</source>
        <translation>Dieser Connector ist deaktiviert oder hat keinen SMTP-Adressraum: Er nimmt nicht am SMTP-Routing teil.</translation>
    </message>
    <message>
        <source>The address space %1 will never be used: for every domain it covers, another connector wins from every sending server, or the mail stays inside the organization.</source>
        <translation>Der Adressraum %1 wird nie verwendet: Für jede Domäne, die er abdeckt, gewinnt von jedem sendenden Server aus ein anderer Connector, oder die E-Mails bleiben innerhalb der Organisation.</translation>
    </message>
    <message>
        <source>From the Edge Transport server %1, mail for %2, which no connector carried before, will go through this connector (address space %3).</source>
        <translation>Vom Edge-Transport-Server %1 aus werden E-Mails für %2, die bisher kein Connector übertragen hat, über diesen Connector gesendet (Adressraum %3).</translation>
    </message>
    <message>
        <source>From the site %1, mail for %2, which no connector carried before, will go through this connector (address space %3).</source>
        <translation>Vom Standort %1 aus werden E-Mails für %2, die bisher kein Connector übertragen hat, über diesen Connector gesendet (Adressraum %3).</translation>
    </message>
    <message>
        <source>From the sites %1, mail for %2, which no connector carried before, will go through this connector (address space %3).</source>
        <translation>Von den Standorten %1 aus werden E-Mails für %2, die bisher kein Connector übertragen hat, über diesen Connector gesendet (Adressraum %3).</translation>
    </message>
    <message>
        <source>From the Edge Transport server %1, mail for %2 will go through this connector (address space %3) instead of "%4".</source>
        <translation>Vom Edge-Transport-Server %1 aus werden E-Mails für %2 über diesen Connector (Adressraum %3) statt über "%4" gesendet.</translation>
    </message>
    <message>
        <source>From the site %1, mail for %2 will go through this connector (address space %3) instead of "%4".</source>
        <translation>Vom Standort %1 aus werden E-Mails für %2 über diesen Connector (Adressraum %3) statt über "%4" gesendet.</translation>
    </message>
    <message>
        <source>From the sites %1, mail for %2 will go through this connector (address space %3) instead of "%4".</source>
        <translation>Von den Standorten %1 aus werden E-Mails für %2 über diesen Connector (Adressraum %3) statt über "%4" gesendet.</translation>
    </message>
    <message>
        <source>From the Edge Transport server %1, mail for %2 that this connector carried (address space %3) will have no route and wait in the Unreachable queue.</source>
        <translation>Vom Edge-Transport-Server %1 aus haben E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), keine Route mehr und verbleiben in der Warteschlange für unerreichbare Ziele.</translation>
    </message>
    <message>
        <source>From the site %1, mail for %2 that this connector carried (address space %3) will have no route and wait in the Unreachable queue.</source>
        <translation>Vom Standort %1 aus haben E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), keine Route mehr und verbleiben in der Warteschlange für unerreichbare Ziele.</translation>
    </message>
    <message>
        <source>From the sites %1, mail for %2 that this connector carried (address space %3) will have no route and wait in the Unreachable queue.</source>
        <translation>Von den Standorten %1 aus haben E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), keine Route mehr und verbleiben in der Warteschlange für unerreichbare Ziele.</translation>
    </message>
    <message>
        <source>From the Edge Transport server %1, mail for %2 that this connector carried (address space %3) will go through "%4" instead.</source>
        <translation>Vom Edge-Transport-Server %1 aus werden E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), stattdessen über "%4" gesendet.</translation>
    </message>
    <message>
        <source>From the site %1, mail for %2 that this connector carried (address space %3) will go through "%4" instead.</source>
        <translation>Vom Standort %1 aus werden E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), stattdessen über "%4" gesendet.</translation>
    </message>
    <message>
        <source>From the sites %1, mail for %2 that this connector carried (address space %3) will go through "%4" instead.</source>
        <translation>Von den Standorten %1 aus werden E-Mails für %2, die dieser Connector übertragen hat (Adressraum %3), stattdessen über "%4" gesendet.</translation>
    </message>
</context>
<context>
    <name>RoutingImpactView</name>
    <message>
        <source>Routing &amp;impact:</source>
        <translation>Auswirkungen auf das Ro&amp;uting:</translation>
    </message>
    <message>
        <source>Routing impact</source>
        <translation>Auswirkungen auf das Routing</translation>
    </message>
    <message>
        <source>What this connector changes in which connector carries mail for which domains</source>
        <translation>Was dieser Connector daran ändert, welcher Connector E-Mails für welche Domänen überträgt</translation>
    </message>
</context>
<context>
    <name>SendConnectorWizard</name>
    <message>
        <source>New SMTP Send Connector</source>
        <translation>Neuer SMTP-Sendeconnector</translation>
    </message>
    <message>
        <source>Cancel the New SMTP Send Connector wizard? The connector is not created and everything you entered is discarded.</source>
        <translation>Den Assistenten "Neuer SMTP-Sendeconnector" abbrechen? Der Connector wird nicht erstellt, und alle Ihre Eingaben werden verworfen.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Bearbeitung fortsetzen</translation>
    </message>
    <message>
        <source>Type a name that identifies the connector (at most 64 characters, unique in the organization), and select its intended use. Custom: systems that are not Exchange servers. Internal: your own Exchange servers, as smart hosts. Internet: the Internet, through DNS MX records. Partner: partner domains that prove their identity with TLS certificates.</source>
        <translation>Geben Sie einen Namen ein, der den Connector identifiziert (höchstens 64 Zeichen, eindeutig in der Organisation), und wählen Sie seine Nutzungsart aus. Benutzerdefiniert: Systeme, die keine Exchange-Server sind. Intern: Ihre eigenen Exchange-Server als Smarthosts. Internet: das Internet über DNS-MX-Einträge. Partner: Partnerdomänen, die ihre Identität mit TLS-Zertifikaten nachweisen.</translation>
    </message>
    <message>
        <source>Add the domains this connector sends mail to. "contoso.com" is that domain only; "*.contoso.com" (Include all subdomains) is the domain and all its subdomains; "*" is every domain. "*contoso.com" is not valid. The most specific address space wins; the cost (1-100) only breaks ties.</source>
        <translation>Fügen Sie die Domänen hinzu, an die dieser Connector E-Mails sendet. "contoso.com" ist nur diese Domäne; "*.contoso.com" (Alle Unterdomänen einschließen) ist die Domäne mit allen Unterdomänen; "*" ist jede Domäne. "*contoso.com" ist ungültig. Der spezifischste Adressraum gewinnt; die Kosten (1-100) entscheiden nur bei Gleichstand.</translation>
    </message>
    <message>
        <source>Choose how the connector finds the servers it delivers to: DNS MX records (Custom, Partner, Internet) or a fixed list of smart hosts (Custom, Internal, Internet), each an IP address or a fully qualified domain name. Non-SMTP address spaces always need smart hosts.</source>
        <translation>Wählen Sie aus, wie der Connector die Server findet, an die er zustellt: über DNS-MX-Einträge (Benutzerdefiniert, Partner, Internet) oder über eine feste Liste von Smarthosts (Benutzerdefiniert, Intern, Internet), jeweils als IP-Adresse oder vollqualifizierter Domänenname. Nicht-SMTP-Adressräume benötigen immer Smarthosts.</translation>
    </message>
    <message>
        <source>Choose how the connector authenticates to its smart hosts. Basic Authentication sends the password in clear unless you choose Basic Authentication over TLS. The password is kept in memory only and is never written to the organization file.</source>
        <translation>Wählen Sie aus, wie sich der Connector bei seinen Smarthosts authentifiziert. Bei der Standardauthentifizierung wird das Kennwort als Klartext gesendet, sofern Sie nicht "Standardauthentifizierung über TLS" auswählen. Das Kennwort wird nur im Arbeitsspeicher gehalten und nie in die Organisationsdatei geschrieben.</translation>
    </message>
    <message>
        <source>The source servers send this connector's mail. List Hub Transport servers or subscribed Edge Transport servers (Edge Subscriptions), never both. Servers in several Active Directory sites work, but only the closest site is used.</source>
        <translation>Die Quellserver senden die E-Mails dieses Connectors. Geben Sie Hub-Transport-Server oder abonnierte Edge-Transport-Server (Edge-Abonnements) an, niemals beides. Server in mehreren Active Directory-Standorten sind möglich, es wird jedoch nur der nächstgelegene Standort verwendet.</translation>
    </message>
    <message>
        <source>Review every setting of the new connector, including the defaults. Click Back to change something, or New to create the connector.</source>
        <translation>Überprüfen Sie alle Einstellungen des neuen Connectors einschließlich der Standardwerte. Klicken Sie auf „Zurück“, um etwas zu ändern, oder auf „Neu“, um den Connector zu erstellen.</translation>
    </message>
    <message>
        <source>Shows whether the connector was created and the Exchange Management Shell command that does the same. Press Ctrl+C to copy the text. If creating failed, click Back, fix the problem and click New again.</source>
        <translation>Zeigt an, ob der Connector erstellt wurde, und den Befehl der Exchange-Verwaltungsshell, der dasselbe bewirkt. Drücken Sie Strg+C, um den Text zu kopieren. Wenn die Erstellung fehlgeschlagen ist, klicken Sie auf „Zurück“, beheben Sie das Problem, und klicken Sie erneut auf „Neu“.</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Creating the Send connector</source>
        <translation>Sendeconnector wird erstellt</translation>
    </message>
    <message>
        <source>Creating the Send connector…</source>
        <translation>Sendeconnector wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ShellSession</name>
    <message>
        <source>The organization "%1" runs Exchange %2, not Exchange %3. Omit --exchange-version, or give the organization's version.</source>
        <translation>Die Organisation "%1" verwendet Exchange %2, nicht Exchange %3. Lassen Sie --exchange-version weg, oder geben Sie die Version der Organisation an.</translation>
    </message>
    <message>
        <source>The organization file names no local server. Name the server the shell runs on with --server.</source>
        <translation>Die Organisationsdatei nennt keinen lokalen Server. Geben Sie mit --server den Server an, auf dem die Shell ausgeführt wird.</translation>
    </message>
    <message>
        <source>The organization now runs Exchange %1, not Exchange %2.</source>
        <translation>Die Organisation verwendet jetzt Exchange %1, nicht Exchange %2.</translation>
    </message>
    <message>
        <source>The server "%1" is no longer a transport server of the organization.</source>
        <translation>Der Server "%1" ist kein Transportserver der Organisation mehr.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync. Create the Send connector on a Hub Transport server instead; it is replicated to this server at the next synchronization.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync. Erstellen Sie den Sendeconnector stattdessen auf einem Hub-Transport-Server; er wird bei der nächsten Synchronisierung auf diesen Server repliziert.</translation>
    </message>
    <message>
        <source>cmdlet %1 at command pipeline position 1
Supply values for the following parameters:
</source>
        <translation>Cmdlet %1 an der Befehlspipelineposition 1
Geben Sie Werte für die folgenden Parameter an:
</translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. The Send connector was not created.</source>
        <translation>Die Eingabe endete, während ein Wert für %1 abgefragt wurde. Der Sendeconnector wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Password for user %1: </source>
        <translation>Kennwort für Benutzer %1: </translation>
    </message>
    <message>
        <source>The password for user %1 is empty. Basic authentication needs the smart host's password for that user.</source>
        <translation>Das Kennwort für Benutzer %1 ist leer. Die Standardauthentifizierung benötigt das Kennwort des Smarthosts für diesen Benutzer.</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are allowed.</source>
        <translation>Das Kennwort hat %1 Zeichen; zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>The Send connector "%1" was not found on %2. Run Get-SendConnector without an identity to list the Send connectors.</source>
        <translation>Der Sendeconnector "%1" wurde auf %2 nicht gefunden. Führen Sie Get-SendConnector ohne Identität aus, um die Sendeconnectors aufzulisten.</translation>
    </message>
    <message>
        <source>
Confirm
Are you sure you want to perform this action?
%1
</source>
        <translation>
Bestätigung
Möchten Sie diese Aktion wirklich ausführen?
%1
</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync. Remove the Send connector on a Hub Transport server instead.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync. Entfernen Sie den Sendeconnector stattdessen auf einem Hub-Transport-Server.</translation>
    </message>
    <message>
        <source>The input ended while a value for Identity was asked for. Nothing was removed.</source>
        <translation>Die Eingabe endete, während ein Wert für Identity abgefragt wurde. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The Send connector "%1" was not found on %2. Run Get-SendConnector to list the Send connectors.</source>
        <translation>Der Sendeconnector "%1" wurde auf %2 nicht gefunden. Führen Sie Get-SendConnector aus, um die Sendeconnectors aufzulisten.</translation>
    </message>
    <message>
        <source>Removing Send connector "%1".</source>
        <translation>Der Sendeconnector "%1" wird entfernt.</translation>
    </message>
    <message>
        <source>What if: %1</source>
        <translation>WhatIf: %1</translation>
    </message>
    <message>
        <source>The input ended before the removal of Send connector "%1" was confirmed. Nothing was removed.</source>
        <translation>Die Eingabe endete, bevor das Entfernen des Sendeconnectors "%1" bestätigt wurde. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>At line:%1 char:%2</source>
        <translation>Bei Zeile:%1 Zeichen:%2</translation>
    </message>
    <message>
        <source>%1 in this shell always shows every property of a Send connector and takes no property names or parameters (got %2). Write "| %1" alone, or "| %1 *".</source>
        <translation>%1 zeigt in dieser Shell immer alle Eigenschaften eines Sendeconnectors an und akzeptiert keine Eigenschaftsnamen oder Parameter (angegeben: %2). Schreiben Sie nur "| %1" oder "| %1 *".</translation>
    </message>
    <message>
        <source>Get-Help takes one cmdlet name; '%1' is one too many.</source>
        <translation>Get-Help akzeptiert nur einen Cmdlet-Namen; '%1' ist einer zu viel.</translation>
    </message>
    <message>
        <source>Get-Help has no parameter -%1 here. Its parameters are: %2.</source>
        <translation>Get-Help hat hier keinen Parameter -%1. Seine Parameter sind: %2.</translation>
    </message>
    <message>
        <source>Missing a value for parameter 'Name': write the name of a cmdlet after -Name.</source>
        <translation>Für den Parameter 'Name' fehlt ein Wert: Schreiben Sie nach -Name den Namen eines Cmdlets.</translation>
    </message>
    <message>
        <source>exit takes one whole number, the exit status, as in "exit 3"; got "%1".</source>
        <translation>exit akzeptiert genau eine ganze Zahl, den Beendigungsstatus, wie in "exit 3"; angegeben: "%1".</translation>
    </message>
    <message>
        <source>Beginning processing.</source>
        <translation>Verarbeitung wird gestartet.</translation>
    </message>
    <message>
        <source>The Send connector was not created.</source>
        <translation>Der Sendeconnector wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Creating Send connector "%1".</source>
        <translation>Der Sendeconnector "%1" wird erstellt.</translation>
    </message>
    <message>
        <source>The input ended before the creation of Send connector "%1" was confirmed. Nothing was created.</source>
        <translation>Die Eingabe endete, bevor das Erstellen des Sendeconnectors "%1" bestätigt wurde. Es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>Ending processing.</source>
        <translation>Verarbeitung wird beendet.</translation>
    </message>
    <message>
        <source>Saved the organization file "%1".</source>
        <translation>Die Organisationsdatei "%1" wurde gespeichert.</translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. %2</source>
        <translation>Die Eingabe endete, während ein Wert für %1 abgefragt wurde. %2</translation>
    </message>
    <message>
        <source>Reading the Send connectors of %1 from "%2".</source>
        <translation>Die Sendeconnectors von %1 werden aus "%2" gelesen.</translation>
    </message>
    <message>
        <source>The Edge Transport server "%1" is subscribed to the organization: its Send connectors come from EdgeSync. Change the Send connector on a Hub Transport server instead; the change reaches this server at the next synchronization.</source>
        <translation>Der Edge-Transport-Server "%1" ist für die Organisation abonniert: Seine Sendeconnectors stammen aus EdgeSync. Ändern Sie den Sendeconnector stattdessen auf einem Hub-Transport-Server; die Änderung erreicht diesen Server bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The input ended while a value for Identity was asked for. Nothing was changed.</source>
        <translation>Die Eingabe endete, während ein Wert für Identity abgefragt wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Setting Send connector "%1".</source>
        <translation>Der Sendeconnector "%1" wird festgelegt.</translation>
    </message>
    <message>
        <source>The command completed successfully but no settings of "%1" have been modified.</source>
        <translation>Der Befehl wurde erfolgreich abgeschlossen, es wurden jedoch keine Einstellungen von "%1" geändert.</translation>
    </message>
    <message>
        <source>The input ended before the change of Send connector "%1" was confirmed. Nothing was changed.</source>
        <translation>Die Eingabe endete, bevor die Änderung des Sendeconnectors "%1" bestätigt wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 of Exchange %2 does not take wildcards: -Identity names one Send connector exactly, and no Send connector on %3 is named "%4".</source>
        <translation>%1 von Exchange %2 akzeptiert keine Platzhalter: -Identity bezeichnet genau einen Sendeconnector, und auf %3 heißt kein Sendeconnector "%4".</translation>
    </message>
    <message>
        <source>"%1" would match %2 Send connectors (%3): name one of them, or change them all with Get-SendConnector | Set-SendConnector.</source>
        <translation>"%1" würde auf %2 Sendeconnectors zutreffen (%3): Geben Sie einen davon an, oder ändern Sie alle mit Get-SendConnector | Set-SendConnector.</translation>
    </message>
    <message>
        <source>"%1" would match %2 Send connectors (%3): name one of them.</source>
        <translation>"%1" würde auf %2 Sendeconnectors zutreffen (%3): Geben Sie einen davon an.</translation>
    </message>
    <message>
        <source>Did you mean %1? Write its whole name.</source>
        <translation>Meinten Sie %1? Schreiben Sie den vollständigen Namen.</translation>
    </message>
    <message>
        <source>Run Get-SendConnector to list the Send connectors.</source>
        <translation>Führen Sie Get-SendConnector aus, um die Sendeconnectors aufzulisten.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Ja, alle</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Nein, keine</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Removing Send connector "%1" needs a confirmation, and there is no terminal to ask on. Add -Confirm:$false to remove it without asking, or -Confirm to read the answer from the input.</source>
        <translation>Zum Entfernen des Sendeconnectors "%1" ist eine Bestätigung erforderlich, und es gibt kein Terminal für die Abfrage. Fügen Sie -Confirm:$false hinzu, um ihn ohne Nachfrage zu entfernen, oder -Confirm, um die Antwort aus der Eingabe zu lesen.</translation>
    </message>
    <message>
        <source>Command execution stopped because the shell variable "ErrorActionPreference" is set to Stop: </source>
        <translation>Die Befehlsausführung wurde beendet, da die Shellvariable "ErrorActionPreference" auf Stop festgelegt ist: </translation>
    </message>
    <message>
        <source>"%1" does not take values from the pipeline: in this shell only %2 does (its recipients). Give the value to a parameter of %1 instead.</source>
        <translation>"%1" akzeptiert keine Werte aus der Pipeline: In dieser Shell tut das nur %2 (für seine Empfänger). Übergeben Sie den Wert stattdessen an einen Parameter von %1.</translation>
    </message>
    <message>
        <source>%1 shows its records as a list: write "| Format-List", or nothing.</source>
        <translation>%1 zeigt seine Datensätze als Liste an: Schreiben Sie "| Format-List" oder nichts.</translation>
    </message>
    <message>
        <source>Missing a value for parameter 'Parameter': write the name of a parameter of the cmdlet after -Parameter, or * for all.</source>
        <translation>Für den Parameter 'Parameter' fehlt ein Wert: Schreiben Sie nach -Parameter den Namen eines Parameters des Cmdlets oder * für alle.</translation>
    </message>
    <message>
        <source>%1 has no parameter matching "%2". Its parameters are: %3.</source>
        <translation>%1 hat keinen Parameter, der "%2" entspricht. Seine Parameter sind: %3.</translation>
    </message>
    <message>
        <source>%1 takes its recipients from the pipeline or from -%2, not from both: leave out -%2, or the values before the '|'.</source>
        <translation>%1 übernimmt seine Empfänger aus der Pipeline oder aus -%2, nicht aus beiden: Lassen Sie -%2 oder die Werte vor dem '|' weg.</translation>
    </message>
    <message>
        <source>The pipeline input '%1' is not an e-mail address; pipe addresses as text, such as 'kim@contoso.com'.</source>
        <translation>Die Pipelineeingabe '%1' ist keine E-Mail-Adresse; übergeben Sie Adressen als Text über die Pipeline, z. B. 'kim@contoso.com'.</translation>
    </message>
    <message>
        <source>The input ended while a value for %1 was asked for. Nothing was tested.</source>
        <translation>Die Eingabe endete, während ein Wert für %1 abgefragt wurde. Es wurde nichts getestet.</translation>
    </message>
    <message>
        <source>%1 needs at least one recipient: give -%2 kim@contoso.com, or pipe addresses to it.</source>
        <translation>%1 benötigt mindestens einen Empfänger: Geben Sie -%2 kim@contoso.com an, oder übergeben Sie Adressen über die Pipeline.</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>confirmation choice letter: Yes</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>A</source>
        <comment>confirmation choice letter: Yes to All</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>N</source>
        <comment>confirmation choice letter: No</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>L</source>
        <comment>confirmation choice letter: No to All</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>S</source>
        <comment>confirmation choice letter: Suspend</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>[%1] Yes  [%2] Yes to All  [%3] No  [%4] No to All  [%5] Suspend  [?] Help (default is "%1"):</source>
        <translation>[%1] Ja  [%2] Ja, alle  [%3] Nein  [%4] Nein, keine  [%5] Anhalten  [?] Hilfe (Standard ist "%1"):</translation>
    </message>
    <message>
        <source>Suspend is not available: this shell has no nested prompt to suspend to. Answer %1, %2, %3 or %4.</source>
        <translation>Anhalten ist nicht verfügbar: Diese Shell hat keine geschachtelte Eingabeaufforderung, zu der angehalten werden kann. Antworten Sie mit %1, %2, %3 oder %4.</translation>
    </message>
    <message>
        <source>%1 - Continue with only the next step of the operation.
%2 - Continue with all the steps of the operation.
%3 - Skip this operation and proceed with the next operation.
%4 - Skip this operation and all subsequent operations.
%5 - Pause the current pipeline and return to the command prompt (not available in this shell).
</source>
        <translation>%1 - Nur mit dem nächsten Schritt des Vorgangs fortfahren.
%2 - Mit allen Schritten des Vorgangs fortfahren.
%3 - Diesen Vorgang überspringen und mit dem nächsten Vorgang fortfahren.
%4 - Diesen Vorgang und alle folgenden Vorgänge überspringen.
%5 - Die aktuelle Pipeline anhalten und zur Eingabeaufforderung zurückkehren (in dieser Shell nicht verfügbar).
</translation>
    </message>
    <message>
        <source>VERBOSE: %1 : %2</source>
        <translation>AUSFÜHRLICH: %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) are not shown; correct the ones above first.</source>
        <translation>
            <numerusform>%n weiteres Problem wird nicht angezeigt; beheben Sie zuerst die oben angezeigten.</numerusform>
            <numerusform>%n weitere Probleme werden nicht angezeigt; beheben Sie zuerst die oben angezeigten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n recipient(s) from %1 in "%2".</source>
        <translation>
            <numerusform>%n Empfänger wird aus %1 in "%2" aufgelöst.</numerusform>
            <numerusform>%n Empfänger werden aus %1 in "%2" aufgelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" cannot follow "%2" in a pipeline: this shell can only pass results from Get-SendConnector to Set-SendConnector or Test-SendConnector, and to Format-List (fl) or Format-Table (ft) at the end of the pipeline.</source>
        <translation>"%1" kann in einer Pipeline nicht auf "%2" folgen: Diese Shell kann Ergebnisse von Get-SendConnector nur an Set-SendConnector oder Test-SendConnector sowie am Ende der Pipeline an Format-List (fl) oder Format-Table (ft) übergeben.</translation>
    </message>
    <message>
        <source>%1 takes the Send connector either from the pipeline or from -Identity, not both: remove -Identity (or the name) after "| %1", or run %1 alone.</source>
        <translation>%1 übernimmt den Sendeconnector entweder aus der Pipeline oder aus -Identity, nicht aus beiden: Entfernen Sie -Identity (oder den Namen) nach "| %1", oder führen Sie %1 allein aus.</translation>
    </message>
    <message>
        <source>The input ended while a value for Identity was asked for. Nothing was tested.</source>
        <translation>Die Eingabe endete, während ein Wert für Identity abgefragt wurde. Es wurde nichts getestet.</translation>
    </message>
    <message>
        <source>Nothing was tested.</source>
        <translation>Es wurde nichts getestet.</translation>
    </message>
    <message>
        <source>Testing the next hops of Send connector "%1".</source>
        <translation>Die nächsten Hops des Sendeconnectors "%1" werden getestet.</translation>
    </message>
    <message>
        <source>The test of Send connector "%1" was stopped before it finished.</source>
        <translation>Der Test des Sendeconnectors "%1" wurde vor seinem Ende angehalten.</translation>
    </message>
    <message>
        <source>The term '%1' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name. This shell knows %2, %3, %4, %5, %6, %7, %8 and %9.</source>
        <translation>Die Benennung „%1“ wurde nicht als Name eines Cmdlets, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt. Überprüfen Sie die Schreibweise des Namens. Diese Shell kennt %2, %3, %4, %5, %6, %7, %8 und %9.</translation>
    </message>
    <message>
        <source>Get-Help could not find a cmdlet in a help file in this session. This shell has help for %1, %2, %3, %4, %5, %6, %7 and %8.</source>
        <translation>Get-Help konnte in dieser Sitzung kein Cmdlet in einer Hilfedatei finden. Diese Shell hat Hilfe für %1, %2, %3, %4, %5, %6, %7 und %8.</translation>
    </message>
    <message>
        <source>Get-Help could not find %1 in a help file in this session. This shell has help for %2, %3, %4, %5, %6, %7, %8 and %9.</source>
        <translation>Get-Help konnte %1 in dieser Sitzung in keiner Hilfedatei finden. Diese Shell hat Hilfe für %2, %3, %4, %5, %6, %7, %8 und %9.</translation>
    </message>
    <message>
        <source>The input ended while a value for Path was asked for. %1</source>
        <translation>Die Eingabe endete, während ein Wert für Path abgefragt wurde. %1</translation>
    </message>
    <message>
        <source>Cannot bind parameter '%1': the path is empty; give the name of a JSON organization file.</source>
        <translation>Der Parameter „%1“ kann nicht gebunden werden: Der Pfad ist leer. Geben Sie den Namen einer JSON-Organisationsdatei an.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing the organization "%1" to the file "%2".</source>
        <translation>Die Organisation „%1“ wird in die Datei „%2“ geschrieben.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left unchanged. Give -Force to replace it with the organization, or another path.</source>
        <translation>Die Datei %1 ist bereits vorhanden und wurde nicht geändert. Geben Sie -Force an, um sie durch die Organisation zu ersetzen, oder einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Creating the organization "%1" of the file "%2" in %3.</source>
        <translation>Die Organisation „%1“ aus der Datei „%2“ wird in %3 angelegt.</translation>
    </message>
    <message>
        <source>The organization file %1 already exists and was left unchanged: Import-Organization creates an organization and never replaces one. Give --organization a new file or a directory without an organization.</source>
        <translation>Die Organisationsdatei %1 ist bereits vorhanden und wurde nicht geändert: Import-Organization legt eine Organisation an und ersetzt nie eine. Geben Sie bei --organization eine neue Datei oder ein Verzeichnis ohne Organisation an.</translation>
    </message>
</context>
<context>
    <name>ShellSyntax</name>
    <message>
        <source>character %1</source>
        <translation>Zeichen %1</translation>
    </message>
    <message>
        <source>line %1, character %2</source>
        <translation>Zeile %1, Zeichen %2</translation>
    </message>
    <message>
        <source>Unexpected character '%1' at %2. %3</source>
        <translation>Unerwartetes Zeichen '%1' bei %2. %3</translation>
    </message>
    <message>
        <source>Inside double quotes, '%1' at %2 would be replaced by the value of a variable, and this shell has no variables. Put the text in single quotes to keep '%1' as it is, or write the value itself.</source>
        <translation>Innerhalb doppelter Anführungszeichen würde '%1' bei %2 durch den Wert einer Variablen ersetzt, und diese Shell hat keine Variablen. Setzen Sie den Text in einfache Anführungszeichen, damit '%1' unverändert bleibt, oder schreiben Sie den Wert selbst.</translation>
    </message>
    <message>
        <source>'%1' at %2 is a variable, and this shell has no variables: write the value itself. The only values written with '$' are $true, $false and $null; put text that contains '$' in single quotes.</source>
        <translation>'%1' bei %2 ist eine Variable, und diese Shell hat keine Variablen: Schreiben Sie den Wert selbst. Die einzigen mit '$' geschriebenen Werte sind $true, $false und $null; setzen Sie Text, der '$' enthält, in einfache Anführungszeichen.</translation>
    </message>
    <message>
        <source>The expression '%1' at %2 is not supported. The only expressions this shell takes are (Get-Credential) and (Get-Credential 'user name'); write other values as text, in quotes if they contain spaces or special characters.</source>
        <translation>Der Ausdruck '%1' bei %2 wird nicht unterstützt. Die einzigen Ausdrücke, die diese Shell akzeptiert, sind (Get-Credential) und (Get-Credential 'Benutzername'); schreiben Sie andere Werte als Text, in Anführungszeichen, wenn sie Leerzeichen oder Sonderzeichen enthalten.</translation>
    </message>
    <message>
        <source>An empty pipe element at %1: write a command before each '|'.</source>
        <translation>Leeres Pipeelement bei %1: Schreiben Sie vor jedes '|' einen Befehl.</translation>
    </message>
    <message>
        <source>A command must start with the name of a cmdlet, such as New-SendConnector, not with '%1' (at %2). Write the cmdlet name without quotes or brackets.</source>
        <translation>Ein Befehl muss mit dem Namen eines Cmdlets beginnen, z. B. New-SendConnector, nicht mit '%1' (bei %2). Schreiben Sie den Cmdlet-Namen ohne Anführungszeichen oder Klammern.</translation>
    </message>
    <message>
        <source>A command must start with the name of a cmdlet, such as New-SendConnector.</source>
        <translation>Ein Befehl muss mit dem Namen eines Cmdlets beginnen, z. B. New-SendConnector.</translation>
    </message>
    <message>
        <source>There is no '(' for this ')' to close; put the value in quotes if the ')' belongs to it.</source>
        <translation>Zu dieser ')' gibt es keine öffnende '('; setzen Sie den Wert in Anführungszeichen, wenn die ')' dazugehört.</translation>
    </message>
    <message>
        <source>The parameter -%1: at %2 has no value after its ':'. Write -%1:value, or leave out the ':'.</source>
        <translation>Der Parameter -%1: bei %2 hat keinen Wert nach dem ':'. Schreiben Sie -%1:Wert, oder lassen Sie den ':' weg.</translation>
    </message>
    <message>
        <source>A parameter name is made of letters and digits: write -%1 value or -%1:value, and put the value in quotes if it contains special characters.</source>
        <translation>Ein Parametername besteht aus Buchstaben und Ziffern: Schreiben Sie -%1 Wert oder -%1:Wert, und setzen Sie den Wert in Anführungszeichen, wenn er Sonderzeichen enthält.</translation>
    </message>
    <message>
        <source>A value is missing after the ',' at %1: write one after each comma, as in 'a','b', or remove the comma.</source>
        <translation>Nach dem ',' bei %1 fehlt ein Wert: Schreiben Sie nach jedem Komma einen Wert, wie in 'a','b', oder entfernen Sie das Komma.</translation>
    </message>
    <message>
        <source>'@' starts an array, as in @('a','b'); put text that starts with '@' in quotes.</source>
        <translation>'@' leitet ein Array ein, wie in @('a','b'); setzen Sie Text, der mit '@' beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Put text that contains '}' in quotes.</source>
        <translation>Setzen Sie Text, der '}' enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The value that starts at %1 ends before it: separate values with a space or a comma, or put the whole value in quotes.</source>
        <translation>Der Wert, der bei %1 beginnt, endet vorzeitig: Trennen Sie Werte durch ein Leerzeichen oder ein Komma, oder setzen Sie den gesamten Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A backtick escapes the character after it, and nothing follows it; remove it or double it (``) for a backtick.</source>
        <translation>Ein Graviszeichen maskiert das darauf folgende Zeichen, aber es folgt kein Zeichen; entfernen Sie es, oder verdoppeln Sie es (``), um ein Graviszeichen zu erhalten.</translation>
    </message>
    <message>
        <source>'&amp;', '&lt;' and '&gt;' are operators in the shell; put text that contains them in quotes.</source>
        <translation>'&amp;', '&lt;' und '&gt;' sind Operatoren in der Shell; setzen Sie Text, der diese Zeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A value was expected here.</source>
        <translation>Hier wurde ein Wert erwartet.</translation>
    </message>
    <message>
        <source>The text in single quotes that starts at %1 has no closing quote. Add a ' at its end, and write '' for a quote inside it (as in 'O''Brien').</source>
        <translation>Der Text in einfachen Anführungszeichen, der bei %1 beginnt, hat kein schließendes Anführungszeichen. Fügen Sie am Ende ein ' hinzu, und schreiben Sie '' für ein Anführungszeichen innerhalb des Texts (wie in 'O''Brien').</translation>
    </message>
    <message>
        <source>The text in double quotes that starts at %1 has no closing quote. Add a " at its end, and write "" or `" for a quote inside it.</source>
        <translation>Der Text in doppelten Anführungszeichen, der bei %1 beginnt, hat kein schließendes Anführungszeichen. Fügen Sie am Ende ein " hinzu, und schreiben Sie "" oder `" für ein Anführungszeichen innerhalb des Texts.</translation>
    </message>
    <message>
        <source>The array that starts with '@(' at %1 has no closing ')'. Write it as @('a', 'b').</source>
        <translation>Das Array, das bei %1 mit '@(' beginnt, hat keine schließende ')'. Schreiben Sie es als @('a', 'b').</translation>
    </message>
    <message>
        <source>Pipelines are not supported inside @( ); separate the values of an array with commas.</source>
        <translation>Pipelines werden innerhalb von @( ) nicht unterstützt; trennen Sie die Werte eines Arrays durch Kommas.</translation>
    </message>
    <message>
        <source>In the array that starts at %1, separate the values with commas, as in @('a', 'b'), and close it with ')'.</source>
        <translation>Trennen Sie in dem Array, das bei %1 beginnt, die Werte durch Kommas, wie in @('a', 'b'), und schließen Sie es mit ')' ab.</translation>
    </message>
    <message>
        <source>The '(' at %1 has no closing ')'. Write (Get-Credential) or (Get-Credential 'user name').</source>
        <translation>Die '(' bei %1 hat keine schließende ')'. Schreiben Sie (Get-Credential) oder (Get-Credential 'Benutzername').</translation>
    </message>
    <message>
        <source>Get-Credential's -Credential at %1 needs the user name after it.</source>
        <translation>Der Parameter -Credential von Get-Credential bei %1 benötigt danach den Benutzernamen.</translation>
    </message>
    <message>
        <source>Write (Get-Credential) or (Get-Credential 'user name').</source>
        <translation>Schreiben Sie (Get-Credential) oder (Get-Credential 'Benutzername').</translation>
    </message>
    <message>
        <source>The value at %1 nests arrays or expressions more than %2 levels deep; write the values in a flat list, as in @('a', 'b').</source>
        <translation>Der Wert bei %1 verschachtelt Arrays oder Ausdrücke tiefer als %2 Ebenen; schreiben Sie die Werte als flache Liste, wie in @('a', 'b').</translation>
    </message>
    <message>
        <source>The hashtable '%1' at %2 is not supported: Exchange 2007 has no @{Add=…} or @{Remove=…} syntax for multi-valued parameters. Give the whole list instead, as in -AddressSpaces 'contoso.com','fabrikam.com'.</source>
        <translation>Die Hashtabelle '%1' bei %2 wird nicht unterstützt: Exchange 2007 kennt keine Syntax @{Add=…} oder @{Remove=…} für mehrwertige Parameter. Geben Sie stattdessen die gesamte Liste an, wie in -AddressSpaces 'contoso.com','fabrikam.com'.</translation>
    </message>
    <message>
        <source>The value at %1 is not a command. Pipe values to a cmdlet that takes them, as in 'kim@contoso.com','sam@fabrikam.com' | Test-SendConnectorRouting, or start the command with the name of a cmdlet.</source>
        <translation>Der Wert bei %1 ist kein Befehl. Leiten Sie Werte über die Pipeline an ein Cmdlet weiter, das sie akzeptiert, wie in 'kim@contoso.com','sam@fabrikam.com' | Test-SendConnectorRouting, oder beginnen Sie den Befehl mit dem Namen eines Cmdlets.</translation>
    </message>
    <message>
        <source>An empty pipe element after the '|' at %1: write a command after each '|', for example %2.</source>
        <translation>Leeres Pipeelement nach dem '|' bei %1: Schreiben Sie nach jedem '|' einen Befehl, z. B. %2.</translation>
    </message>
</context>
<context>
    <name>SmartHostDialog</name>
    <message>
        <source>Add Smart Host</source>
        <translation>Smarthost hinzufügen</translation>
    </message>
    <message>
        <source>&amp;IP Address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>for example 192.168.1.20</source>
        <translation>zum Beispiel 192.168.1.20</translation>
    </message>
    <message>
        <source>for example 192.168.1.20 or 2001:db8::20</source>
        <translation>zum Beispiel 192.168.1.20 oder 2001:db8::20</translation>
    </message>
    <message>
        <source>Fully qualified &amp;domain name (FQDN):</source>
        <translation>Vollqualifizierter &amp;Domänenname (FQDN):</translation>
    </message>
    <message>
        <source>Fully qualified domain name (FQDN)</source>
        <translation>Vollqualifizierter Domänenname (FQDN)</translation>
    </message>
    <message>
        <source>for example relay.contoso.com</source>
        <translation>zum Beispiel relay.contoso.com</translation>
    </message>
    <message>
        <source>The sending server must be able to resolve the name.</source>
        <translation>Der sendende Server muss den Namen auflösen können.</translation>
    </message>
    <message>
        <source>Edit Smart Host</source>
        <translation>Smarthost bearbeiten</translation>
    </message>
    <message>
        <source>The smart host %1 is already in the list. Enter another one.</source>
        <translation>Der Smarthost %1 ist bereits in der Liste enthalten. Geben Sie einen anderen ein.</translation>
    </message>
</context>
<context>
    <name>SmartHostModel</name>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Fully qualified domain name</source>
        <translation>Vollqualifizierter Domänenname</translation>
    </message>
    <message>
        <source>Smart host %1, an IP address</source>
        <translation>Smarthost %1, eine IP-Adresse</translation>
    </message>
    <message>
        <source>Smart host %1, a fully qualified domain name</source>
        <translation>Smarthost %1, ein vollqualifizierter Domänenname</translation>
    </message>
    <message>
        <source>Smart host</source>
        <translation>Smarthost</translation>
    </message>
</context>
<context>
    <name>SmartHostParser</name>
    <message>
        <source>"%1" is not a valid IPv4 address. Write four numbers from 0 to 255 separated by dots, without leading zeros, for example 192.168.1.20.</source>
        <translation>"%1" ist keine gültige IPv4-Adresse. Schreiben Sie vier durch Punkte getrennte Zahlen von 0 bis 255 ohne führende Nullen, zum Beispiel 192.168.1.20.</translation>
    </message>
    <message>
        <source>"%1" is the unspecified address and cannot be a smart host. Enter the address of the server that should relay the mail.</source>
        <translation>"%1" ist die nicht angegebene Adresse und kann kein Smarthost sein. Geben Sie die Adresse des Servers ein, der die E-Mails weiterleiten soll.</translation>
    </message>
    <message>
        <source>"%1" is not a valid IPv6 address. Write eight groups of up to four hexadecimal digits separated by colons, '::' standing for a run of zero groups, for example 2001:db8::1, without a zone suffix such as %eth0.</source>
        <translation>"%1" ist keine gültige IPv6-Adresse. Schreiben Sie acht durch Doppelpunkte getrennte Gruppen mit bis zu vier Hexadezimalziffern, wobei '::' für eine Folge von Nullgruppen steht, zum Beispiel 2001:db8::1, ohne Zonensuffix wie %eth0.</translation>
    </message>
    <message>
        <source>"%1" is an IPv6 address, and Exchange 2007 RTM accepts only IPv4 smart hosts. Enter an IPv4 address or a fully qualified domain name, or set the Exchange version to 2007 SP1.</source>
        <translation>"%1" ist eine IPv6-Adresse, und Exchange 2007 RTM akzeptiert nur IPv4-Smarthosts. Geben Sie eine IPv4-Adresse oder einen vollqualifizierten Domänennamen ein, oder legen Sie die Exchange-Version auf 2007 SP1 fest.</translation>
    </message>
    <message>
        <source>"%1" is not a valid fully qualified domain name. Enter a name such as relay.contoso.com.</source>
        <translation>"%1" ist kein gültiger vollqualifizierter Domänenname. Geben Sie einen Namen wie relay.contoso.com ein.</translation>
    </message>
    <message>
        <source>The smart host is empty. Enter an IP address such as 192.168.1.20 or a fully qualified domain name such as relay.contoso.com.</source>
        <translation>Der Smarthost ist leer. Geben Sie eine IP-Adresse wie 192.168.1.20 oder einen vollqualifizierten Domänennamen wie relay.contoso.com ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid bracketed address. Enclose the whole IP address in brackets, as in [10.0.0.1], or leave the brackets out.</source>
        <translation>"%1" ist keine gültige Adresse in eckigen Klammern. Schließen Sie die gesamte IP-Adresse in eckige Klammern ein, wie in [10.0.0.1], oder lassen Sie die Klammern weg.</translation>
    </message>
    <message>
        <source>"%1" includes a port. A smart host is only an address or a name: the port is set for the whole connector with -Port (25 unless changed). Enter "%2" instead.</source>
        <translation>"%1" enthält einen Port. Ein Smarthost ist nur eine Adresse oder ein Name: Der Port wird für den gesamten Connector mit -Port festgelegt (25, sofern nicht geändert). Geben Sie stattdessen "%2" ein.</translation>
    </message>
    <message>
        <source>"%1" puts a name in brackets, but brackets are only for IP addresses. Enter the name without them.</source>
        <translation>"%1" setzt einen Namen in eckige Klammern, aber eckige Klammern sind nur für IP-Adressen vorgesehen. Geben Sie den Namen ohne Klammern ein.</translation>
    </message>
    <message>
        <source>"%1" is a host name, not an IP address. Choose 'Fully qualified domain name (FQDN)' to enter a name, or enter an IP address such as 192.168.1.20.</source>
        <translation>"%1" ist ein Hostname, keine IP-Adresse. Wählen Sie 'Vollqualifizierter Domänenname (FQDN)' aus, um einen Namen einzugeben, oder geben Sie eine IP-Adresse wie 192.168.1.20 ein.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address. Enter an IP address such as 192.168.1.20.</source>
        <translation>"%1" ist keine IP-Adresse. Geben Sie eine IP-Adresse wie 192.168.1.20 ein.</translation>
    </message>
    <message>
        <source>"%1" is an IP address, not a fully qualified domain name. Choose 'IP Address' to enter an address, or enter a name such as relay.contoso.com.</source>
        <translation>"%1" ist eine IP-Adresse, kein vollqualifizierter Domänenname. Wählen Sie 'IP-Adresse' aus, um eine Adresse einzugeben, oder geben Sie einen Namen wie relay.contoso.com ein.</translation>
    </message>
    <message>
        <source>"%1" is not a fully qualified domain name. Enter a name such as relay.contoso.com.</source>
        <translation>"%1" ist kein vollqualifizierter Domänenname. Geben Sie einen Namen wie relay.contoso.com ein.</translation>
    </message>
    <message>
        <source>The list of smart hosts is empty. Enter one or more IP addresses or fully qualified domain names, separated by commas.</source>
        <translation>Die Liste der Smarthosts ist leer. Geben Sie eine oder mehrere IP-Adressen oder vollqualifizierte Domänennamen durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <source>The smart host list has an empty entry (a comma at the start or the end, or two in a row). Remove the extra comma or enter a smart host there.</source>
        <translation>Die Smarthostliste enthält einen leeren Eintrag (ein Komma am Anfang oder Ende oder zwei aufeinanderfolgende Kommas). Entfernen Sie das überzählige Komma, oder geben Sie dort einen Smarthost ein.</translation>
    </message>
</context>
<context>
    <name>SmartHostSecurityForm</name>
    <message>
        <source>N&amp;one</source>
        <translation>K&amp;eine</translation>
    </message>
    <message>
        <source>B&amp;asic Authentication</source>
        <translation>&amp;Standardauthentifizierung</translation>
    </message>
    <message>
        <source>Basic Authentication over &amp;TLS</source>
        <translation>Standardauthentifizierung über &amp;TLS</translation>
    </message>
    <message>
        <source>Authenticate only after STARTTLS has encrypted the session; the smart host needs a certificate.</source>
        <translation>Erst authentifizieren, nachdem STARTTLS die Sitzung verschlüsselt hat; der Smarthost benötigt ein Zertifikat.</translation>
    </message>
    <message>
        <source>E&amp;xchange Server Authentication</source>
        <translation>E&amp;xchange Server-Authentifizierung</translation>
    </message>
    <message>
        <source>Kerberos between Exchange servers of the organization.</source>
        <translation>Kerberos zwischen Exchange-Servern der Organisation.</translation>
    </message>
    <message>
        <source>Externally &amp;Secured (for example, with IPsec)</source>
        <translation>Extern &amp;gesichert (z. B. mit IPsec)</translation>
    </message>
    <message>
        <source>The network between this server and the smart hosts is secured by other means and trusted.</source>
        <translation>Das Netzwerk zwischen diesem Server und den Smarthosts ist auf andere Weise gesichert und vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Kept in memory only: the organization file never holds the password.</source>
        <translation>Nur im Arbeitsspeicher gehalten: Die Organisationsdatei enthält nie das Kennwort.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Select the method used to authenticate to the smart hosts:</source>
        <translation>Wählen Sie die Methode für die Authentifizierung bei den Smarthosts aus:</translation>
    </message>
</context>
<context>
    <name>SmartHostSecurityPage</name>
    <message>
        <source>Smart host security settings</source>
        <translation>Sicherheitseinstellungen für Smarthost</translation>
    </message>
    <message>
        <source>Select how this connector authenticates to its smart hosts.</source>
        <translation>Wählen Sie aus, wie sich dieser Connector bei seinen Smarthosts authentifiziert.</translation>
    </message>
</context>
<context>
    <name>SourceServerDialog</name>
    <message>
        <source>Select Hub Transport servers and Edge Subscriptions</source>
        <translation>Hub-Transport-Server und Edge-Abonnements auswählen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Hub Transport servers and Edge Subscriptions</source>
        <translation>Hub-Transport-Server und Edge-Abonnements</translation>
    </message>
    <message>
        <source>Select the &amp;servers that send this connector's mail: Hub Transport servers or Edge Subscriptions, not both.</source>
        <translation>Wählen Sie die &amp;Server aus, die die E-Mails dieses Connectors senden: Hub-Transport-Server oder Edge-Abonnements, nicht beides.</translation>
    </message>
    <message>
        <source>The selection mixes Hub Transport servers and Edge Subscriptions. Select only Hub Transport servers or only Edge Subscriptions.</source>
        <translation>Die Auswahl enthält sowohl Hub-Transport-Server als auch Edge-Abonnements. Wählen Sie nur Hub-Transport-Server oder nur Edge-Abonnements aus.</translation>
    </message>
    <message>
        <source>The list already holds Hub Transport servers (%1), so Edge Subscriptions cannot be added. Select Hub Transport servers, or remove the listed servers first.</source>
        <translation>Die Liste enthält bereits Hub-Transport-Server (%1), daher können keine Edge-Abonnements hinzugefügt werden. Wählen Sie Hub-Transport-Server aus, oder entfernen Sie zuerst die aufgeführten Server.</translation>
    </message>
    <message>
        <source>The list already holds Edge Subscriptions (%1), so Hub Transport servers cannot be added. Select Edge Subscriptions, or remove the listed servers first.</source>
        <translation>Die Liste enthält bereits Edge-Abonnements (%1), daher können keine Hub-Transport-Server hinzugefügt werden. Wählen Sie Edge-Abonnements aus, oder entfernen Sie zuerst die aufgeführten Server.</translation>
    </message>
</context>
<context>
    <name>SourceServerForm</name>
    <message>
        <source>Source servers</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Delete removes the selected servers.</source>
        <translation>Mit Entf entfernen Sie die ausgewählten Server.</translation>
    </message>
    <message>
        <source>Add Hub Transport servers or Edge Subscriptions</source>
        <translation>Hub-Transport-Server oder Edge-Abonnements hinzufügen</translation>
    </message>
    <message>
        <source>Removes the selected source servers</source>
        <translation>Entfernt die ausgewählten Quellserver</translation>
    </message>
    <message>
        <source>Remove the selected source servers (Alt+M, or Delete in the list)</source>
        <translation>Ausgewählte Quellserver entfernen (Alt+M oder Entf in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Source servers:</source>
        <translation>&amp;Quellserver:</translation>
    </message>
</context>
<context>
    <name>SourceServerModel</name>
    <message>
        <source>Hub Transport</source>
        <translation>Hub-Transport</translation>
    </message>
    <message>
        <source>Edge Subscription</source>
        <translation>Edge-Abonnement</translation>
    </message>
    <message>
        <source>%1, not a server of this organization</source>
        <translation>%1, kein Server dieser Organisation</translation>
    </message>
    <message>
        <source>%1, %2, site %3</source>
        <translation>%1, %2, Standort %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>SourceServerPage</name>
    <message>
        <source>Source Server</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Select the Hub Transport servers, or the subscribed Edge Transport servers, that send mail through this connector. The server you are working on is listed already.</source>
        <translation>Wählen Sie die Hub-Transport-Server oder die abonnierten Edge-Transport-Server aus, die E-Mails über diesen Connector senden. Der Server, auf dem Sie arbeiten, ist bereits aufgeführt.</translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Wizard steps</source>
        <translation>Schritte des Assistenten</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>TestRoutingDialog</name>
    <message>
        <source>Test Routing</source>
        <translation>Routing testen</translation>
    </message>
    <message>
        <source>Which Send connector carries a message for a recipient, from a sending server, as the organization is now. Nothing is changed.</source>
        <translation>Welcher Sendeconnector eine Nachricht für einen Empfänger von einem sendenden Server aus überträgt, beim aktuellen Stand der Organisation. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>name@domain, for example julia@contoso.com</source>
        <translation>name@domäne, z. B. julia@contoso.com</translation>
    </message>
    <message>
        <source>Message size in KB</source>
        <translation>Nachrichtengröße in KB</translation>
    </message>
    <message>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <source>Send connectors whose maximum message size is smaller are not used.</source>
        <translation>Sendeconnectors, deren maximale Nachrichtengröße kleiner ist, werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation>Sendender Server</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Message &amp;size:</source>
        <translation>Nachrichten&amp;größe:</translation>
    </message>
    <message>
        <source>Sending ser&amp;ver:</source>
        <translation>&amp;Sendender Server:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test routing</source>
        <translation>Routing testen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Sendeconnector</translation>
    </message>
    <message>
        <source>Matched address space</source>
        <translation>Übereinstimmender Adressraum</translation>
    </message>
    <message>
        <source>Source server</source>
        <translation>Quellserver</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>Nächster Hop</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Type a recipient and press Test.</source>
        <translation>Geben Sie einen Empfänger ein, und klicken Sie auf „Testen“.</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Send connector:</source>
        <translation>Sendeconnector:</translation>
    </message>
    <message>
        <source>Address space:</source>
        <translation>Adressraum:</translation>
    </message>
    <message>
        <source>Source server:</source>
        <translation>Quellserver:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Next hop:</source>
        <translation>Nächster Hop:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Every Send connector and why it was or was not chosen</source>
        <translation>Alle Sendeconnectors und warum sie ausgewählt wurden oder nicht</translation>
    </message>
    <message>
        <source>&amp;Explanation (every Send connector):</source>
        <translation>Er&amp;klärung (alle Sendeconnectors):</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language of the program's texts: %1 (default: the system's language when the program speaks it, else English).</source>
        <translation>Die Sprache der Texte des Programms: %1 (Standard: die Sprache des Systems, wenn das Programm sie spricht, sonst Englisch).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>--language: "%1" is not a language this program speaks. Use one of: %2.</source>
        <translation>--language: „%1“ ist keine Sprache, die dieses Programm spricht. Verwenden Sie eine dieser: %2.</translation>
    </message>
    <message>
        <source>--language: the catalogue of "%1" is missing or damaged: %2. Reinstall the program.</source>
        <translation>--language: Der Übersetzungskatalog für "%1" fehlt oder ist beschädigt: %2. Installieren Sie das Programm neu.</translation>
    </message>
</context>
<context>
    <name>UsageRules</name>
    <message>
        <source>An Internal connector routes mail through Exchange servers of your organization acting as smart hosts. DNS MX routing is available only for the Custom, Internet and Partner usages.</source>
        <translation>Ein interner Connector leitet E-Mails über Exchange-Server Ihrer Organisation weiter, die als Smarthosts fungieren. DNS-MX-Routing ist nur für die Nutzungsarten „Benutzerdefiniert“, „Internet“ und „Partner“ verfügbar.</translation>
    </message>
    <message>
        <source>A Partner connector finds the partner's servers through DNS so that their TLS certificates can be verified. Smart hosts are available only for the Custom, Internal and Internet usages.</source>
        <translation>Ein Partner-Connector findet die Server des Partners über DNS, damit deren TLS-Zertifikate überprüft werden können. Smarthosts sind nur für die Nutzungsarten „Benutzerdefiniert“, „Intern“ und „Internet“ verfügbar.</translation>
    </message>
    <message>
        <source>For mail to systems that are not Exchange servers. You decide every setting of the connector yourself.</source>
        <translation>Für E-Mails an Systeme, die keine Exchange-Server sind. Sie legen alle Einstellungen des Connectors selbst fest.</translation>
    </message>
    <message>
        <source>For mail to other servers of your own Exchange organization. The connector hands mail to your internal Exchange servers, used as smart hosts.</source>
        <translation>Für E-Mails an andere Server Ihrer eigenen Exchange-Organisation. Der Connector übergibt E-Mails an Ihre internen Exchange-Server, die als Smarthosts verwendet werden.</translation>
    </message>
    <message>
        <source>For mail to the Internet. The connector finds each destination's mail servers by looking up its MX records in DNS.</source>
        <translation>Für E-Mails an das Internet. Der Connector findet die E-Mail-Server jedes Ziels, indem er dessen MX-Einträge im DNS sucht.</translation>
    </message>
    <message>
        <source>For mail to partner domains. The connector connects only to servers that prove their identity with a TLS certificate for an SMTP domain on the domain-secured list, which Set-TransportConfig -TLSSendDomainSecureList maintains.</source>
        <translation>Für E-Mails an Partnerdomänen. Der Connector stellt nur Verbindungen mit Servern her, die ihre Identität mit einem TLS-Zertifikat für eine SMTP-Domäne aus der Liste der domänengesicherten Domänen nachweisen, die mit Set-TransportConfig -TLSSendDomainSecureList verwaltet wird.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Anonymous Logon</source>
        <translation>Anonyme Anmeldung</translation>
    </message>
    <message>
        <source>Partner Servers</source>
        <translation>Partnerserver</translation>
    </message>
    <message>
        <source>Legacy Exchange Servers</source>
        <translation>Legacy-Exchange-Server</translation>
    </message>
    <message>
        <source>Hub and Edge Transport Servers</source>
        <translation>Hub- und Edge-Transport-Server</translation>
    </message>
    <message>
        <source>Externally Secured Servers</source>
        <translation>Extern gesicherte Server</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New SMTP Send Connector</source>
        <translation>Neuer SMTP-Sendeconnector</translation>
    </message>
    <message>
        <source>The organization file %1 cannot be used, so the wizard cannot start. The file was not changed.</source>
        <translation>Die Organisationsdatei %1 kann nicht verwendet werden, daher kann der Assistent nicht gestartet werden. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>A Send connector cannot be created on %1.</source>
        <translation>Auf %1 kann kein Sendeconnector erstellt werden.</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>diesem Server</translation>
    </message>
    <message>
        <source>Exchange Send connector console.</source>
        <translation>Exchange-Sendeconnector-Konsole.</translation>
    </message>
    <message>
        <source>The server to act on: a Hub Transport server or an unsubscribed Edge Transport server (default: the file's LocalServer).</source>
        <translation>Der Server, auf dem gearbeitet wird: ein Hub-Transport-Server oder ein nicht abonnierter Edge-Transport-Server (Standard: LocalServer aus der Datei).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The operator the console acts as, checked against the organization file's role assignments (default: your login name). Give a domain account in full, e.g. 'CONTOSO\Administrator'.</source>
        <translation>Der Bediener, als der die Konsole handelt, geprüft anhand der Rollenzuweisungen in der Organisationsdatei (Standard: Ihr Anmeldename). Geben Sie ein Domänenkonto vollständig an, z. B. 'CONTOSO\Administrator'.</translation>
    </message>
    <message>
        <source>Open the New SMTP Send Connector wizard straight away.</source>
        <translation>Den Assistenten „Neuer SMTP-Sendeconnector“ sofort öffnen.</translation>
    </message>
    <message>
        <source>The default organization file %1 could not be created, so the wizard cannot start.</source>
        <translation>Die Standardorganisationsdatei %1 konnte nicht erstellt werden, daher kann der Assistent nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the output cannot be written</source>
        <translation>die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Try 'send-connector-shell --help' for more information.</source>
        <translation>Geben Sie 'send-connector-shell --help' ein, um weitere Informationen zu erhalten.</translation>
    </message>
    <message>
        <source>The server the shell runs on (default: the file's local server). On an Edge Transport server, its own connectors.</source>
        <translation>Der Server, auf dem die Shell ausgeführt wird (Standard: der lokale Server aus der Datei). Auf einem Edge-Transport-Server werden dessen eigene Connectors verwaltet.</translation>
    </message>
    <message>
        <source>The Exchange version to behave as: "2007 RTM" or "2007 SP1" (default: the file's).</source>
        <translation>Die Exchange-Version, deren Verhalten nachgebildet wird: "2007 RTM" oder "2007 SP1" (Standard: die Version aus der Datei).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The operator the commands run as, checked against the organization file's role assignments (default: your login name; none is set).</source>
        <translation>Der Bediener, als der die Befehle ausgeführt werden, geprüft anhand der Rollenzuweisungen in der Organisationsdatei (Standard: Ihr Anmeldename; es ist keiner festgelegt).</translation>
    </message>
    <message>
        <source>The operator the commands run as, checked against the organization file's role assignments (default: your login name, %1).</source>
        <translation>Der Bediener, als der die Befehle ausgeführt werden, geprüft anhand der Rollenzuweisungen in der Organisationsdatei (Standard: Ihr Anmeldename, %1).</translation>
    </message>
    <message>
        <source>Give a domain account in full, e.g. 'CONTOSO\Administrator'.</source>
        <translation>Geben Sie ein Domänenkonto vollständig an, z. B. 'CONTOSO\Administrator'.</translation>
    </message>
    <message>
        <source>Runs this command line and exits.</source>
        <translation>Führt diese Befehlszeile aus und wird dann beendet.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>How long a command that changes the organization file waits while another program is changing it, in seconds (default: %1; 0: do not wait).</source>
        <translation>Wie lange ein Befehl, der die Organisationsdatei ändert, wartet, während ein anderes Programm sie ändert, in Sekunden (Standard: %1; 0: nicht warten).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>A script file (UTF-8, UTF-16 with a byte-order mark, or Windows-1252).</source>
        <translation>Eine Skriptdatei (UTF-8, UTF-16 mit Bytereihenfolgemarkierung oder Windows-1252).</translation>
    </message>
    <message>
        <source>Only one script file can be run; got %1.</source>
        <translation>Es kann nur eine Skriptdatei ausgeführt werden; angegeben: %1.</translation>
    </message>
    <message>
        <source>Give either -c COMMAND or a script file, not both.</source>
        <translation>Geben Sie entweder -c BEFEHL oder eine Skriptdatei an, nicht beides.</translation>
    </message>
    <message>
        <source>"%1" is not an Exchange version. Valid versions: %2.</source>
        <translation>"%1" ist keine Exchange-Version. Gültige Versionen: %2.</translation>
    </message>
    <message>
        <source>--lock-timeout needs a number of seconds from 0 to %1 (for example 60 or 0.5), not "%2".</source>
        <translation>--lock-timeout erfordert eine Anzahl von Sekunden zwischen 0 und %1 (z. B. 60 oder 0.5), nicht "%2".</translation>
    </message>
    <message>
        <source>--as needs an operator name, e.g. 'CONTOSO\Administrator'.</source>
        <translation>--as erfordert einen Bedienernamen, z. B. 'CONTOSO\Administrator'.</translation>
    </message>
    <message>
        <source>send-connector-shell: the script %1 cannot be read: %2.</source>
        <translation>send-connector-shell: Das Skript %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The organization in the directory %1 cannot be used, so the wizard cannot start. Nothing was changed.</source>
        <translation>Die Organisation im Verzeichnis %1 kann nicht verwendet werden; daher kann der Assistent nicht starten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The organization file to open (default: your copy of the sample organization), or the organization in an LDAP directory: ldap[s]://host[:port]/&lt;base DN&gt; or ldapi://&lt;socket&gt;/&lt;base DN&gt;; give several URIs (comma-separated, or this option repeated) for failover.</source>
        <translation>Die zu öffnende Organisationsdatei (Standard: Ihre Kopie der Beispielorganisation) oder die Organisation in einem LDAP-Verzeichnis: ldap[s]://Host[:Port]/&lt;Basis-DN&gt; oder ldapi://&lt;Socket&gt;/&lt;Basis-DN&gt;; geben Sie für ein Failover mehrere URIs an (durch Kommas getrennt oder mit dieser Option mehrfach).</translation>
    </message>
    <message>
        <source>file|URI</source>
        <translation>Datei|URI</translation>
    </message>
    <message>
        <source>The DN to bind to the directory as; its password is asked in a dialog at start (default: SASL EXTERNAL over ldapi://, anonymous otherwise).</source>
        <translation>Der DN, mit dem die Anmeldung am Verzeichnis erfolgt; sein Kennwort wird beim Start in einem Dialogfeld abgefragt (Standard: SASL EXTERNAL über ldapi://, sonst anonym).</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>The organization %1 cannot be used, so the wizard cannot start.</source>
        <translation>Die Organisation %1 kann nicht verwendet werden; daher kann der Assistent nicht starten.</translation>
    </message>
    <message>
        <source>--bind-dn applies to an organization in a directory: give --organization ldap://, ldaps:// or ldapi:// too.</source>
        <translation>--bind-dn gilt für eine Organisation in einem Verzeichnis: Geben Sie auch --organization mit ldap://, ldaps:// oder ldapi:// an.</translation>
    </message>
    <message>
        <source>--bind-dn needs a DN, e.g. --bind-dn cn=admin,dc=contoso,dc=com.</source>
        <translation>--bind-dn braucht einen DN, z. B. --bind-dn cn=admin,dc=contoso,dc=com.</translation>
    </message>
    <message>
        <source>Runs Exchange Management Shell Send connector cmdlets (New-SendConnector, Get-SendConnector, Set-SendConnector, Remove-SendConnector) against an organization file or an organization in an LDAP directory.
Test-SendConnectorRouting -Recipient ADDRESS[,ADDRESS...] [-Server NAME] [-MessageSize SIZE] [-Explain] shows which Send connector takes mail to each recipient: a product extension, not an Exchange 2007 cmdlet. It changes nothing and exits with 0 whatever the answer.
Test-SendConnector [-Identity] NAME [-RecipientDomain DOMAIN] [-AuthenticationCredential (Get-Credential)] [-TimeoutSeconds N] tests whether the connector's smart hosts or MX hosts accept mail as it is configured, without sending any: a product extension too. It fails (exit status 1) unless every host succeeds; Ctrl+C stops it.
Export-Organization [-Path] FILE [-Force] writes the organization to a JSON organization file, and Import-Organization [-Path] FILE creates the organization of a JSON file where --organization points (an empty directory, or a new file): product extensions too, to move an organization between a file and a directory.
Without -c or a script, commands are read from standard input.
Type Get-Help &lt;cmdlet&gt; [-Full|-Examples], or &lt;cmdlet&gt; -?, for the help of a cmdlet.
Exit status: N after "exit N", else 0 when every command succeeded, 1 when one failed, 2 for a wrong command line, 3 when the output could not be written.</source>
        <translation>Führt Sendeconnector-Cmdlets der Exchange-Verwaltungsshell (New-SendConnector, Get-SendConnector, Set-SendConnector, Remove-SendConnector) für eine Organisationsdatei oder eine Organisation in einem LDAP-Verzeichnis aus.
Test-SendConnectorRouting -Recipient ADRESSE[,ADRESSE...] [-Server NAME] [-MessageSize GRÖSSE] [-Explain] zeigt, welcher Sendeconnector E-Mails an jeden Empfänger übermittelt: eine Produkterweiterung, kein Cmdlet von Exchange 2007. Es ändert nichts und wird unabhängig vom Ergebnis mit 0 beendet.
Test-SendConnector [-Identity] NAME [-RecipientDomain DOMÄNE] [-AuthenticationCredential (Get-Credential)] [-TimeoutSeconds N] testet, ob die Smarthosts oder MX-Hosts des Connectors E-Mails so annehmen, wie er konfiguriert ist, ohne eine zu senden: ebenfalls eine Produkterweiterung. Es schlägt fehl (Beendigungsstatus 1), sofern nicht jeder Host erfolgreich ist; Strg+C beendet es.
Export-Organization [-Path] DATEI [-Force] schreibt die Organisation in eine JSON-Organisationsdatei, und Import-Organization [-Path] DATEI legt die Organisation einer JSON-Datei dort an, wohin --organization zeigt (ein leeres Verzeichnis oder eine neue Datei): ebenfalls Produkterweiterungen, um eine Organisation zwischen einer Datei und einem Verzeichnis zu verschieben.
Ohne -c oder ein Skript werden die Befehle von der Standardeingabe gelesen.
Geben Sie Get-Help &lt;Cmdlet&gt; [-Full|-Examples] oder &lt;Cmdlet&gt; -? ein, um die Hilfe zu einem Cmdlet anzuzeigen.
Beendigungsstatus: N nach "exit N", sonst 0, wenn alle Befehle erfolgreich waren, 1, wenn ein Befehl fehlgeschlagen ist, 2 bei einer fehlerhaften Befehlszeile, 3, wenn die Ausgabe nicht geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>The organization file (default: your copy of the sample organization, shared with send-connector-console), or the organization in an LDAP directory: ldap://host[:port]/BASE-DN, ldaps://host[:port]/BASE-DN, ldapi://SOCKET/BASE-DN (the socket path URL-encoded; empty for the default one), ?x-starttls after the base DN for StartTLS on ldap://. For failover, list the servers before one base DN (ldap://a,ldap://b/dc=contoso,dc=com) or repeat the option: the servers are tried in order.</source>
        <translation>Die Organisationsdatei (Standard: Ihre Kopie der Beispielorganisation, gemeinsam mit send-connector-console) oder die Organisation in einem LDAP-Verzeichnis: ldap://Host[:Port]/BASIS-DN, ldaps://Host[:Port]/BASIS-DN, ldapi://SOCKET/BASIS-DN (der Socket-Pfad URL-codiert; leer für den Standard-Socket), ?x-starttls nach dem Basis-DN für StartTLS über ldap://. Für ein Failover nennen Sie die Server vor einem Basis-DN (ldap://a,ldap://b/dc=contoso,dc=com) oder wiederholen die Option: Die Server werden der Reihe nach versucht.</translation>
    </message>
    <message>
        <source>file|uri</source>
        <translation>Datei|URI</translation>
    </message>
    <message>
        <source>Binds to the directory as this DN; its password is asked for (without echo at a terminal; from a pipe, the first line of standard input is the password and the commands follow). The password is kept in memory for the session only. Without --bind-dn, ldapi:// binds as your own account (SASL EXTERNAL) and ldap:// or ldaps:// anonymously.</source>
        <translation>Meldet sich mit diesem DN am Verzeichnis an; sein Kennwort wird abgefragt (an einem Terminal ohne Echo; aus einer Pipe ist die erste Zeile der Standardeingabe das Kennwort, danach folgen die Befehle). Das Kennwort wird nur für die Sitzung im Arbeitsspeicher gehalten. Ohne --bind-dn meldet sich ldapi:// mit Ihrem eigenen Konto an (SASL EXTERNAL), ldap:// und ldaps:// anonym.</translation>
    </message>
    <message>
        <source>dn</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>--organization: %1</source>
        <translation>--organization: %1</translation>
    </message>
    <message>
        <source>--bind-dn needs a DN, e.g. 'cn=admin,dc=contoso,dc=com'.</source>
        <translation>--bind-dn braucht einen DN, z. B. 'cn=admin,dc=contoso,dc=com'.</translation>
    </message>
    <message>
        <source>--bind-dn binds to a directory, but --organization names no directory: give an ldap://, ldaps:// or ldapi:// URI, or leave --bind-dn out.</source>
        <translation>--bind-dn meldet sich an einem Verzeichnis an, aber --organization nennt kein Verzeichnis: Geben Sie einen URI mit ldap://, ldaps:// oder ldapi:// an, oder lassen Sie --bind-dn weg.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kennwort für %1: </translation>
    </message>
    <message>
        <source>the input ended before the password for %1 was given; nothing was done.</source>
        <translation>Die Eingabe endete, bevor das Kennwort für %1 angegeben wurde; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>the password for %1 is empty; a directory takes a DN with an empty password as an anonymous bind, so it is refused. Nothing was done.</source>
        <translation>Das Kennwort für %1 ist leer; ein Verzeichnis behandelt einen DN mit leerem Kennwort als anonyme Anmeldung, daher wird es abgelehnt. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Only Import-Organization can run until an organization is there.</source>
        <translation>Bis eine Organisation vorhanden ist, kann nur Import-Organization ausgeführt werden.</translation>
    </message>
    <message>
        <source>without --bind-dn the shell binds anonymously (ldap://, ldaps://) or as your own account (ldapi://); give --bind-dn to bind as a directory account.</source>
        <translation>Ohne --bind-dn meldet sich die Shell anonym (ldap://, ldaps://) oder mit Ihrem eigenen Konto (ldapi://) an; geben Sie --bind-dn an, um sich mit einem Verzeichniskonto anzumelden.</translation>
    </message>
    <message>
        <source>check the DN given to --bind-dn (%1) and its password.</source>
        <translation>Überprüfen Sie den bei --bind-dn angegebenen DN (%1) und sein Kennwort.</translation>
    </message>
</context>
</TS>