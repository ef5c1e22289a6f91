#include "support/ModelTestSupport.h"
#include "ConnectorDraft.h"
#include "ConnectorEdit.h"

#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(SendConnector)

namespace {

using ModelTestSupport::fqdnHost;
using ModelTestSupport::sampleOrganization;
using ModelTestSupport::smtp;

using Change = std::function<void(SendConnector &)>;

SendConnector base()
{
    SendConnector connector;
    connector.name = QStringLiteral("Contoso to Fabrikam");
    connector.addressSpaces = {smtp(QStringLiteral("fabrikam.example"))};
    connector.sourceTransportServers = {QStringLiteral("EX01")};
    return connector;
}

SendConnector changed(const Change &change)
{
    SendConnector connector = base();
    change(connector);
    return connector;
}

} // namespace

// ConnectorEdit: an administrator's edits re-applied onto a connector another program changed.
class tst_ConnectorEdit : public QObject
{
    Q_OBJECT
private slots:
    void reapply_data();
    void reapply();
    void reapplyingNothingKeepsTheCurrentValue();
    void editingDraftExemptsItsOwnNameAndStoredCredential();
};

void tst_ConnectorEdit::reapply_data()
{
    QTest::addColumn<SendConnector>("edited");  // what the administrator made of base()
    QTest::addColumn<SendConnector>("current"); // what another program made of base()
    QTest::addColumn<SendConnector>("expected");

    const auto size = [](SendConnector &c) { c.maxMessageSize = ByteQuantity::fromBytes(20 * 1024 * 1024); };
    const auto spaces = [](SendConnector &c) {
        c.addressSpaces.append(smtp(QStringLiteral("tailspin.example")));
    };
    const auto otherSpaces = [](SendConnector &c) { c.addressSpaces = {smtp(QStringLiteral("*.fabrikam.example"))}; };
    const auto logging = [](SendConnector &c) { c.protocolLoggingLevel = Exchange::ProtocolLoggingLevel::Verbose; };
    const auto rename = [](SendConnector &c) { c.name = QStringLiteral("Fabrikam"); };
    const auto disable = [](SendConnector &c) { c.enabled = false; };
    const auto smartHosts = [](SendConnector &c) {
        c.dnsRoutingEnabled = false;
        c.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.example"))};
    };
    const auto basic = [](SendConnector &c) {
        c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
        c.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\relay")};
    };
    const auto fqdn = [](SendConnector &c) { c.fqdn = QStringLiteral("mail.contoso.example"); };

    QTest::newRow("disjoint settings: both kept")
        << changed(size) << changed(spaces) << changed([&](SendConnector &c) { size(c); spaces(c); });
    QTest::newRow("same setting: mine wins") << changed(spaces) << changed(otherSpaces) << changed(spaces);
    QTest::newRow("rename over a disable")
        << changed(rename) << changed(disable) << changed([&](SendConnector &c) { rename(c); disable(c); });
    QTest::newRow("several of mine over one of theirs")
        << changed([&](SendConnector &c) { logging(c); fqdn(c); }) << changed(size)
        << changed([&](SendConnector &c) { logging(c); fqdn(c); size(c); });
    QTest::newRow("smart hosts over a rename")
        << changed(smartHosts) << changed(rename) << changed([&](SendConnector &c) { smartHosts(c); rename(c); });
    QTest::newRow("credential moves with its mechanism")
        << changed([&](SendConnector &c) { smartHosts(c); basic(c); }) << changed(smartHosts)
        << changed([&](SendConnector &c) { smartHosts(c); basic(c); });
    QTest::newRow("mechanism changed alone carries the credential it has")
        << changed([&](SendConnector &c) {
               smartHosts(c);
               c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::ExternalAuthoritative;
           })
        << changed([&](SendConnector &c) { smartHosts(c); basic(c); })
        << changed([&](SendConnector &c) {
               smartHosts(c);
               c.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::ExternalAuthoritative;
           });
    QTest::newRow("my value equal to the loaded one is not an edit")
        << base() << changed(logging) << changed(logging);
}

void tst_ConnectorEdit::reapply()
{
    QFETCH(SendConnector, edited);
    QFETCH(SendConnector, current);
    QFETCH(SendConnector, expected);

    const SendConnector merged = ConnectorEdit::reapply(base(), edited, current);
    QVERIFY2(merged == expected, qPrintable(QStringLiteral("differs in: %1").arg([&] {
                 QStringList names;
                 for (const ConnectorParameter p : SendConnector::differences(merged, expected))
                     names.append(Parameter::name(p));
                 return names.join(QStringLiteral(", "));
             }())));
}

void tst_ConnectorEdit::reapplyingNothingKeepsTheCurrentValue()
{
    SendConnector current = base();
    current.comment = QStringLiteral("set by the shell");
    current.port = 587;
    QVERIFY(ConnectorEdit::changedSettings(base(), base()).isEmpty());
    QVERIFY(ConnectorEdit::reapply(base(), base(), current) == current);
}

void tst_ConnectorEdit::editingDraftExemptsItsOwnNameAndStoredCredential()
{
    Organization organization = sampleOrganization(Exchange::Version::Sp12007);
    QVERIFY(!organization.sendConnectors.isEmpty());
    SendConnector existing = organization.sendConnectors.first();
    existing.dnsRoutingEnabled = false;
    existing.smartHosts = {fqdnHost(QStringLiteral("relay.contoso.example"))};
    existing.smartHostAuthMechanism = Exchange::SmartHostAuthMechanism::BasicAuth;
    existing.authenticationCredential = AuthenticationCredential{QStringLiteral("CONTOSO\\relay")};
    organization.sendConnectors.first() = existing;
    const QString hub = existing.sourceTransportServers.value(0, QStringLiteral("EX01"));

    ConnectorDraft draft(organization, hub, existing);
    QVERIFY(draft.isEditing());
    QVERIFY(!draft.isModified());
    QVERIFY(draft.connector() == existing);
    // Its own name is no duplicate; the stored credential needs no password.
    QVERIFY2(!hasErrors(draft.problems()), qPrintable(ModelTestSupport::describe(draft.problems())));

    // Another user name is a new credential: it needs its password.
    draft.setCredential(QStringLiteral("CONTOSO\\other"), QString());
    QVERIFY(draft.isModified());
    QVERIFY(ModelTestSupport::codesOf(draft.problems()).contains(QStringLiteral("Draft.PasswordRequired")));
    draft.setCredential(QStringLiteral("CONTOSO\\relay"), QString());
    QVERIFY(!hasErrors(draft.problems()));

    // The sheet cannot change the usage: its messages never send the administrator to the wizard's pages.
    const SendConnector partner = [&] {
        for (const SendConnector &c : organization.sendConnectors) {
            if (c.usage == Exchange::Usage::Partner)
                return c;
        }
        return SendConnector();
    }();
    QVERIFY(!partner.name.isEmpty());
    ConnectorDraft partnerDraft(organization, hub, partner);
    partnerDraft.setAddressSpaces({smtp(QStringLiteral("*"))});
    const Problems wildcard = partnerDraft.problems(ConnectorDraft::Section::AddressSpace);
    QVERIFY(ModelTestSupport::codesOf(wildcard).contains(QStringLiteral("Connector.DomainSecureWithWildcard")));
    for (const Problem &problem : wildcard)
        QVERIFY2(!problem.message.contains(QLatin1String("Back")), qPrintable(problem.message));

    // Another connector's name is refused.
    if (organization.sendConnectors.size() > 1) {
        draft.setName(organization.sendConnectors.at(1).name);
        QVERIFY(ModelTestSupport::codesOf(draft.problems()).contains(QStringLiteral("Name.Duplicate")));
    }
}

QTEST_GUILESS_MAIN(tst_ConnectorEdit)
#include "tst_connectoredit.moc"
