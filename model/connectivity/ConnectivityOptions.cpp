#include "ConnectivityOptions.h"

#include "ConnectivityTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
const QString DnsServerName = QStringLiteral("dns-server");
const QString TrustCaName = QStringLiteral("trust-ca");
// A bundle of CA certificates is small; a larger file is not one (and is not read whole).
constexpr qint64 MaxCaFileSize = 4 * 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("ConnectivityOptions", text);
}
} // namespace

void ConnectivityOptions::applyTo(ConnectivityTest &test) const
{
    test.setDefaultDnsServers(dnsServers);
    test.setExtraCaCertificates(caCertificates);
    test.setStepTimeout(stepTimeout);
}

QList<QCommandLineOption> ConnectivityOptions::commandLineOptions()
{
    return {
        QCommandLineOption(DnsServerName,
                           translate("Connectivity tests ask this DNS server (an IP address; repeat the option for "
                                     "more) instead of the system's resolver, unless the connector uses its "
                                     "server's external DNS servers."),
                           translate("address")),
        QCommandLineOption(TrustCaName,
                           translate("Connectivity tests also trust the certification authorities in this PEM "
                                     "file (repeat the option for more files)."),
                           translate("file")),
    };
}

std::optional<QHostAddress> ConnectivityOptions::parseDnsServer(const QString &value, QString *error)
{
    QHostAddress address;
    if (!address.setAddress(value.trimmed()) || address.isNull()) {
        if (error)
            *error = translate("--dns-server: \"%1\" is not an IP address; give one such as 192.0.2.53 or 2001:db8::53.")
                         .arg(value);
        return std::nullopt;
    }
    return address;
}

std::optional<QList<QSslCertificate>> ConnectivityOptions::readCaCertificates(const QString &path, QString *error)
{
    const auto refuse = [&](const QString &why) -> std::optional<QList<QSslCertificate>> {
        if (error)
            *error = translate("--trust-ca: %1").arg(why);
        return std::nullopt;
    };
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return refuse(translate("%1 is not a file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > MaxCaFileSize)
        return refuse(translate("%1 is too large for a file of certificates.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(translate("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(MaxCaFileSize), QSsl::Pem);
    if (certificates.isEmpty())
        return refuse(translate("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path)));
    return certificates;
}

std::optional<ConnectivityOptions> ConnectivityOptions::fromCommandLine(const QCommandLineParser &parser, QString *error)
{
    ConnectivityOptions options;
    for (const QString &value : parser.values(DnsServerName)) {
        const std::optional<QHostAddress> address = parseDnsServer(value, error);
        if (!address)
            return std::nullopt;
        options.dnsServers.append(*address);
    }
    for (const QString &path : parser.values(TrustCaName)) {
        const std::optional<QList<QSslCertificate>> certificates = readCaCertificates(path, error);
        if (!certificates)
            return std::nullopt;
        options.caCertificates.append(*certificates);
    }
    return options;
}
