#include "ConnectivityResult.h"

#include <QMetaEnum>

namespace Connectivity {
template<typename E>
static QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}
QString valueName(StartTls value) { return enumName(value); }
QString valueName(Authenticated value) { return enumName(value); }
QString valueName(Result value) { return enumName(value); }
} // namespace Connectivity

QString ConnectivityStep::name(Connectivity::StepKind kind)
{
    using Connectivity::StepKind;
    switch (kind) {
    case StepKind::LookUpMx: return QCoreApplication::translate("ConnectivityStep", "MX lookup");
    case StepKind::Resolve: return QCoreApplication::translate("ConnectivityStep", "Name resolution");
    case StepKind::Connect: return QCoreApplication::translate("ConnectivityStep", "Connect");
    case StepKind::Banner: return QCoreApplication::translate("ConnectivityStep", "Banner");
    case StepKind::Ehlo: return QCoreApplication::translate("ConnectivityStep", "EHLO");
    case StepKind::StartTls: return QCoreApplication::translate("ConnectivityStep", "STARTTLS");
    case StepKind::TlsHandshake: return QCoreApplication::translate("ConnectivityStep", "TLS handshake");
    case StepKind::EhloAfterTls: return QCoreApplication::translate("ConnectivityStep", "EHLO after TLS");
    case StepKind::Authenticate: return QCoreApplication::translate("ConnectivityStep", "Authentication");
    case StepKind::Quit: return QCoreApplication::translate("ConnectivityStep", "QUIT");
    }
    return QString();
}

QString HostConnectivity::reason() const
{
    if (result == Connectivity::Result::Failure)
        return error;
    if (!warnings.isEmpty())
        return warnings.join(QLatin1Char(' '));
    return tr("%1 accepts mail as the connector is configured.").arg(host);
}

bool ConnectivityVerdict::allHostsSucceeded() const
{
    if (hosts.isEmpty())
        return false;
    for (const HostConnectivity &host : hosts) {
        if (host.result != Connectivity::Result::Success)
            return false;
    }
    return true;
}
