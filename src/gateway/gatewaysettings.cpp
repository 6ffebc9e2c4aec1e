#include "gatewaysettings.h"

#include <QRandomGenerator>
#include <QSettings>

namespace clawdesk {

QString GatewaySettings::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

QString GatewaySettings::ensureToken(QSettings &settings)
{
    QString token = settings.value(QStringLiteral("gateway/token")).toString();
    if (token.isEmpty()) {
        token = generateToken();
        settings.setValue(QStringLiteral("gateway/token"), token);
        settings.sync();
    }
    return token;
}

GatewayOptions GatewaySettings::load(QSettings &settings, bool storeToken)
{
    GatewayOptions options;
    options.port = quint16(settings.value(QStringLiteral("gateway/port"), options.port).toUInt());
    options.bind = settings.value(QStringLiteral("gateway/bind"), options.bind).toString();
    options.token =
        storeToken ? ensureToken(settings) : settings.value(QStringLiteral("gateway/token")).toString();
    options.routeUnknownToPrimary =
        settings.value(QStringLiteral("gateway/routeUnknownToPrimary"), true).toBool();
    options.allowedOrigins = settings.value(QStringLiteral("gateway/allowedOrigins")).toStringList();
    // How long a provider may stay silent (before its first byte, or mid-stream) before the
    // request fails over to the next model.
    const int timeoutSeconds = settings.value(QStringLiteral("gateway/upstreamTimeoutSeconds")).toInt();
    if (timeoutSeconds > 0)
        options.upstreamFirstByteTimeoutMs = options.upstreamIdleTimeoutMs = timeoutSeconds * 1000;
    return options;
}

bool GatewaySettings::isLoopbackBind(const QString &bind)
{
    return bind.isEmpty() || bind == u"loopback" || bind == u"127.0.0.1" || bind == u"::1" ||
           bind == u"localhost";
}

} // namespace clawdesk
