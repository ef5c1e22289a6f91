#pragma once

#include "ExchangeTypes.h"
#include "SendConnector.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class ConnectorDraft;

// The New Connector page's configuration summary: every setting of the connector that will be
// created, including the defaults the user did not touch, grouped as the wizard's pages are.
//
// Form: groups of "label: value" entries (a value may have several lines, e.g. the permission
// set). toPlainText() writes them as a titled, indented text (the one tests and the clipboard
// use); toHtml() writes the same content as simple HTML (a heading and a two-column table per
// group, every value escaped) for a QTextBrowser. Both are translated.
// Never shows a password: only "Password: (set; kept in memory only, never saved)".
class ConnectorSummary
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorSummary)
public:
    struct Entry
    {
        QString label;
        QStringList lines; // the value; several lines for lists
    };
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };

    // `edgeServer` empty: the organization's connector (Hub side); otherwise that Edge's own.
    // `passwordSet` says whether the user typed a password (shown as set/not set, never itself).
    static QList<Group> groups(const SendConnector &connector, Exchange::Version version, const QString &edgeServer,
                               bool passwordSet);
    // The draft's connector as it will be created (connectorToCreate()).
    static QList<Group> groups(const ConnectorDraft &draft);

    static QString toPlainText(const QList<Group> &groups);
    static QString toHtml(const QList<Group> &groups);
    // How the connector authenticates to its smart hosts, for people ("Basic authentication over TLS").
    static QString authenticationText(Exchange::SmartHostAuthMechanism mechanism);

private:
    static QString yesNo(bool value);
};
