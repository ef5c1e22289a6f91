#pragma once

#include "ConnectorRules.h"
#include "CredentialStore.h"
#include "ExchangeTypes.h"
#include "Organization.h"
#include "Problem.h"
#include "SendConnector.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The connector the New SMTP Send Connector wizard is building, with the rules that decide what
// each page offers. Pages edit it through these setters and show what it answers; it never
// writes anything (OrganizationStore does, on "New").
//
// Decisions:
// - Offered per mode: SP1 on Hub offers custom address spaces, costs, the scoped check box and
//   the external DNS check box; on an Edge only SMTP address spaces, costs and external DNS (no
//   scoping); 2007 RTM offers none of them (RTM scopes only through the shell's "Local:" prefix,
//   which the wizard never writes).
// - Routing: the usage's preselection (Internal: smart hosts, others: DNS) is applied by
//   setUsage() unless the user chose the routing himself and the new usage offers it (the same
//   for the authentication mechanism and the external DNS setting); an option not offered (by the usage, or DNS with a non-SMTP address space) is
//   switched away from when it becomes unavailable. Smart hosts, authentication and credential
//   typed while DNS routing is chosen are kept here and reach connector() only with smart hosts.
// - Initial state: name empty, usage Custom with its defaults, source servers = [server] on Hub.
// - problems(): ConnectorValidator's, OrganizationRules::reviewChange's ("Routing.NoDefaultRoute"
//   when the side is left without an enabled "*" connector), plus "Draft.PasswordRequired" and "Draft.PasswordTooLong"
//   (parameter AuthenticationCredential) for Basic authentication. Messages point only at
//   remedies the wizard's screens offer: "Connector.DomainSecureWithWildcard" says to replace "*"
//   here or choose another usage; "Connector.NonSmtpNeedsSmartHosts" for a usage without smart
//   hosts (Partner) moves to AddressSpaces and says to remove the address space or change the usage;
//   "Connector.RequireTlsOnWildcard" moves to AddressSpaces (no screen edits RequireTLS; "*" is
//   what can change there).
// - sectionOf(): Name, Usage, Enabled, Comment and problems of the whole connector (empty
//   parameter) -> Introduction; AddressSpaces, IsScopedConnector, LinkedReceiveConnector,
//   DomainSecureEnabled (Partner with "*": fixed by changing the address space) and
//   MaxMessageSize (a broader connector's limit: a warning about the address spaces) ->
//   AddressSpace; DNSRoutingEnabled, SmartHosts, UseExternalDNSServersEnabled and the
//   connection settings the wizard does not edit (Port, Fqdn, ForceHELO, IgnoreSTARTTLS,
//   RequireTLS, ConnectionInactivityTimeOut, ProtocolLoggingLevel, SourceIPAddress) ->
//   NetworkSettings; SmartHostAuthMechanism, AuthenticationCredential -> SmartHostSecurity;
//   SourceTransportServers -> SourceServer. Indexed parameters ("SmartHosts[1]") count as their
//   list; names compare case-insensitively; anything unknown -> Introduction.
class ConnectorDraft : public QObject
{
    Q_OBJECT
public:
    // The wizard's sections, in page order; each problem belongs to exactly one.
    enum class Section { Introduction, AddressSpace, NetworkSettings, SmartHostSecurity, SourceServer };
    Q_ENUM(Section)

    static constexpr int MaximumPasswordLength = 256;

    // `server` is the server the console acts on: a Hub Transport server (the organization's
    // connectors, pre-filled as source server) or an unsubscribed Edge (its own connectors).
    ConnectorDraft(Organization organization, QString server, QObject *parent = nullptr);
    // Editing an existing connector of that server's side (the Properties sheet): shows `existing`.
    ConnectorDraft(Organization organization, QString server, const SendConnector &existing,
                   QObject *parent = nullptr);

    // Editing mode: the name rules exempt the connector's own name in the file, and Basic
    // authentication needs no new password while the user name stays the stored credential's
    // (the file never holds the password; the server keeps the one it has).
    bool isEditing() const { return m_editing; }
    QString originalName() const { return m_originalName; }
    // Shows `connector` as the connector being edited, named `originalName` in the file (after
    // a reload or a re-apply onto the current value); keeps the password typed. `modified`: whether
    // it differs from the file (isModified()).
    void loadExisting(const SendConnector &connector, const QString &originalName, bool modified);

    const Organization &organization() const { return m_organization; }
    // Replaces the organization the rules check against with a fresh read of the file (after a
    // failed creation, so that a name another process took shows on the Introduction page).
    // Keeps everything entered; not a change by the user (isModified() is untouched).
    void refreshOrganization(Organization organization);
    Exchange::Version version() const { return m_organization.exchangeVersion; }
    QString server() const { return m_server; }
    bool onEdge() const;
    // Problems that stop the wizard from starting at all (unknown server, subscribed Edge:
    // "create the connector on a Hub Transport server instead").
    // Codes: "Draft.UnknownServer" (parameter "Server"), "Connector.SubscribedEdge" (ConnectorValidator's).
    Problems startProblems() const;
    static Problems startProblems(const Organization &organization, const QString &server);

    const SendConnector &connector() const { return m_connector; }
    ConnectorContext context() const;

    // Introduction
    void setName(const QString &name);
    // Applies the usage's defaults to routing, authentication and TLS settings, keeping the
    // name, address spaces, smart hosts and source servers already entered. A routing choice,
    // authentication mechanism or external DNS setting the user made himself (through its
    // setter) is kept as long as the new usage offers it: only what he left alone follows the
    // usage (an administrator who entered smart hosts and Basic over TLS and then corrects the
    // usage from Custom to Internet expects to keep them).
    void setUsage(Exchange::Usage usage);

    // Address space
    void setAddressSpaces(const QList<AddressSpace> &addressSpaces);
    void setScopedConnector(bool scoped); // SP1, Hub only
    bool offersCustomAddressSpaces() const; // SP1 on Hub
    bool offersScoping() const;             // SP1 on Hub

    // Network settings
    bool dnsRoutingOffered() const;   // by the usage and the address spaces
    bool smartHostsOffered() const;   // by the usage
    QString dnsRoutingUnavailableReason() const; // translated; empty when offered
    QString smartHostsUnavailableReason() const;
    void setDnsRoutingEnabled(bool enabled);
    void setSmartHosts(const QList<SmartHost> &hosts);
    // The smart hosts entered, kept while DNS routing is chosen (connector().smartHosts is then empty).
    QList<SmartHost> smartHosts() const { return m_smartHosts; }
    void setUseExternalDnsServersEnabled(bool enabled);
    bool offersExternalDnsSetting() const; // SP1

    // Smart host security (only when smart hosts are used)
    bool usesSmartHosts() const { return !m_connector.dnsRoutingEnabled; }
    void setSmartHostAuthMechanism(Exchange::SmartHostAuthMechanism mechanism);
    // The mechanism chosen, kept while DNS routing is chosen (connector() then says None).
    Exchange::SmartHostAuthMechanism smartHostAuthMechanism() const { return m_authMechanism; }
    void setCredential(const QString &userName, const QString &password);
    // The user name typed, kept while a mechanism without credential is chosen.
    QString userName() const { return m_userName; }
    QString password() const; // kept in memory only
    bool credentialRequired() const; // Basic and Basic over TLS

    // General (the Properties sheet)
    void setProtocolLoggingLevel(Exchange::ProtocolLoggingLevel level);
    void setFqdn(const QString &fqdn);
    void setMaxMessageSize(const ByteQuantity &size);

    // Source server
    bool hasSourceServerPage() const { return !onEdge(); }
    void setSourceTransportServers(const QStringList &servers);
    // Hub Transport servers and Edge Subscriptions that may be picked.
    QStringList candidateSourceServers() const;

    // Every problem of the connector as it stands, and those of one section.
    Problems problems() const;
    Problems problems(Section section) const;
    // Those about any of `parameters` (the Properties sheet's General tab).
    Problems problems(const QList<ConnectorParameter> &parameters) const;
    bool isSectionComplete(Section section) const { return !hasErrors(problems(section)); }
    static Section sectionOf(const QString &parameter);

    // What creating (or, editing, changing) the connector does to routing, compared with the
    // organization as loaded (RoutingAnalysis::impact, docs/wizard.md#routing-impact): translated
    // sentences, one per finding; a single sentence saying so when routing does not change, or
    // when errors must be corrected first (the impact of an invalid connector means nothing).
    QStringList routingImpact() const;

    // True once the user changed anything (Cancel asks before discarding).
    bool isModified() const { return m_modified; }

    // Creating ("New"). The connector as it is written: the name trimmed.
    SendConnector connectorToCreate() const;
    // Writing it is ConnectorOperations::create's (model/operations): one transaction that
    // re-checks the roles, the side, the version and the rules on the file as it is then.

signals:
    void changed();

private:
    void update(); // marks modified, emits changed()
    // Rewords (and re-homes) a validator problem whose remedy on the wizard's screens differs
    // from the shell's: Partner with "*", Partner with a non-SMTP address space.
    void fitToWizard(Problem &problem) const;
    // Puts what the user entered into the connector as far as the routing choice allows.
    void applyEntered();

    Organization m_organization;
    QString m_server;
    SendConnector m_connector;
    // What the user entered on pages the routing choice may switch off: kept, so that switching
    // back (or Back after a failure) loses nothing typed.
    QList<SmartHost> m_smartHosts;
    Exchange::SmartHostAuthMechanism m_authMechanism = Exchange::SmartHostAuthMechanism::None;
    QString m_userName;
    QString m_password;
    // What the user chose himself (see setUsage()); empty while he left the usage's default.
    std::optional<bool> m_chosenDnsRouting;
    std::optional<Exchange::SmartHostAuthMechanism> m_chosenAuthMechanism;
    std::optional<bool> m_chosenExternalDns;
    bool m_modified = false;
    bool m_editing = false;
    QString m_originalName;
    // The user name of the credential the file holds for a Basic connector being edited.
    std::optional<QString> m_storedUserName;
};
