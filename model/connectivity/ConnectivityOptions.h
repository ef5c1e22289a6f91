#pragma once

#include "ConnectivityTest.h"

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>

#include <chrono>
#include <optional>

class QCommandLineParser;

// Where a connectivity test asks DNS and which certification authorities it trusts besides the
// system's, as both programs take them from their command line (--dns-server, --trust-ca):
// an administrator's workstation may resolve names, or trust an internal CA, differently from
// the Exchange server the connector sends from (docs/decisions.md#connectivity-options).
struct ConnectivityOptions
{
    QList<QHostAddress> dnsServers; // empty: the system's resolver
    QList<QSslCertificate> caCertificates;
    std::chrono::milliseconds stepTimeout = ConnectivityTest::DefaultStepTimeout;

    void applyTo(ConnectivityTest &test) const;

    static QList<QCommandLineOption> commandLineOptions();
    // nullopt with a sentence naming the option and what is wrong in *error.
    static std::optional<ConnectivityOptions> fromCommandLine(const QCommandLineParser &parser, QString *error);
    // The same checks for one value of each option (also for tests and other front ends).
    static std::optional<QHostAddress> parseDnsServer(const QString &value, QString *error);
    static std::optional<QList<QSslCertificate>> readCaCertificates(const QString &path, QString *error);
};
