#pragma once

#include "Organization.h"
#include "RouteResolver.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What the console's Test Routing dialog shows about a route, in words: the outcome and each
// explanation step translated (RouteResolver::toString gives the stable ids), the result fields
// of a route, and the sending servers a person may test from.
class RouteExplanation
{
    Q_DECLARE_TR_FUNCTIONS(RouteExplanation)
public:
    // "Delivered internally", "Routed", "Unreachable".
    static QString outcomeText(RouteOutcome outcome);
    // A short name for a table cell ("Chosen", "Less specific", "Higher cost"...).
    static QString stepText(RouteStep step);
    // A sentence saying what the step means, for a tool tip.
    static QString stepDescription(RouteStep step);

    // One line of the sending server choice: every Hub Transport server and every Edge Transport
    // server of the organization; a subscribed Edge is not `available`, and `reason` says why (the
    // resolver's own refusal).
    struct SendingServer
    {
        QString name;
        QString description; // "EX01 (Hub Transport, Seattle)"
        bool available = true;
        QString reason;
    };
    static QList<SendingServer> sendingServers(const Organization &organization);
    // The server to test from first: `preferred` (e.g. the Edge server the console shows) when it
    // may send, else the organization's LocalServer, else the first available one; empty when none.
    static QString defaultSendingServer(const Organization &organization, const QString &preferred = QString());

    // The result fields of a route; empty for those its outcome does not have.
    static QString connectorText(const Route &route);
    static QString addressSpaceText(const Route &route); // the matched address space, or the accepted domain
    static QString sourceServerText(const Route &route);
    static QString costText(const Route &route);
};
