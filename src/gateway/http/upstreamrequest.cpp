#include "upstreamrequest.h"

namespace clawdesk {

QString upstreamErrorName(UpstreamError error)
{
    switch (error) {
    case UpstreamError::None:
        return QStringLiteral("none");
    case UpstreamError::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case UpstreamError::ConnectionReset:
        return QStringLiteral("connection-reset");
    case UpstreamError::Timeout:
        return QStringLiteral("timeout");
    case UpstreamError::Tls:
        return QStringLiteral("tls");
    case UpstreamError::HostNotFound:
        return QStringLiteral("host-not-found");
    case UpstreamError::Aborted:
        return QStringLiteral("aborted");
    case UpstreamError::TooLarge:
        return QStringLiteral("too-large");
    case UpstreamError::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace clawdesk
