#include "gatewayauth.h"

namespace clawdesk {

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

bool GatewayAuth::hasToken(const HttpRequest &request, const QString &token)
{
    const QByteArray expected = token.toUtf8();
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer " &&
        constantTimeEquals(authorization.mid(7).trimmed(), expected))
        return true;
    const QByteArray apiKey = request.header("x-api-key").trimmed();
    return !apiKey.isEmpty() && constantTimeEquals(apiKey, expected);
}

bool GatewayAuth::isLoopbackHost(const QByteArray &hostHeader)
{
    QByteArray host = hostHeader.trimmed().toLower();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        return host.left(close + 1) == "[::1]";
    }
    const qsizetype colon = host.indexOf(':');
    if (colon >= 0) {
        bool ok = false;
        host.mid(colon + 1).toUShort(&ok);
        if (!ok)
            return false;
        host.truncate(colon);
    }
    return host == "127.0.0.1" || host == "localhost";
}

bool GatewayAuth::isOriginAllowed(const QByteArray &origin, const QStringList &allowedOrigins)
{
    const QString value = QString::fromUtf8(origin).trimmed();
    for (const QString &allowed : allowedOrigins) {
        if (allowed == u"*" || value.compare(allowed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

GatewayAuth::Verdict GatewayAuth::check(const HttpRequest &request, const QString &token,
                                        const QStringList &allowedOrigins, bool checkHost, bool needToken)
{
    if (checkHost && !isLoopbackHost(request.header("host")))
        return Verdict::BadHost;
    if (request.headers.contains("origin") && !isOriginAllowed(request.header("origin"), allowedOrigins))
        return Verdict::BadOrigin;
    if (needToken && !token.isEmpty() && !hasToken(request, token))
        return Verdict::Unauthorized;
    return Verdict::Allowed;
}

} // namespace clawdesk
