#include "appstate.h"

#include "configcontroller.h"
#include "gatewaybridge.h"

#include <QLocale>

namespace clawdesk {

namespace {
AppState *s_instance = nullptr;

// The first finding the user's OpenClaw refuses the whole file for (severity "error"), else empty.
QVariantMap firstRejection(const QVariantList &findings)
{
    for (const QVariant &finding : findings) {
        const QVariantMap map = finding.toMap();
        if (map.value(QStringLiteral("severity")).toString() == u"error")
            return map;
    }
    return {};
}
} // namespace

AppState::AppState(GatewayBridge *gateway, ConfigController *config, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_config(config)
{
    connect(gateway, &GatewayBridge::stateChanged, this, &AppState::changed);
    connect(gateway, &GatewayBridge::activityChanged, this, &AppState::changed);
    connect(config, &ConfigController::changed, this, &AppState::changed);
}

// --- gateway ---------------------------------------------------------------------------------

AppState::GatewayState AppState::gatewayState() const
{
    switch (m_gateway->state()) {
    case GatewayBridge::State::Stopped:
        return GatewayState::Stopped;
    case GatewayBridge::State::Starting:
        return GatewayState::Starting;
    case GatewayBridge::State::Running:
        return GatewayState::Running;
    case GatewayBridge::State::Error:
        return GatewayState::Error;
    }
    return GatewayState::Stopped;
}

QString AppState::gatewayText() const
{
    switch (gatewayState()) {
    case GatewayState::Stopped:
        return tr("Gateway stopped");
    case GatewayState::Starting:
        return tr("Gateway starting…");
    case GatewayState::Running:
        return tr("Gateway running on port %1").arg(m_gateway->port());
    case GatewayState::Error:
        return tr("Gateway failed to start");
    }
    return {};
}

QString AppState::gatewayDetail() const
{
    switch (gatewayState()) {
    case GatewayState::Error:
        return m_gateway->errorString();
    case GatewayState::Running:
        return tr("Since %1").arg(timeText(m_gateway->startedAt()));
    case GatewayState::Stopped:
        return tr("Tools pointed at ClawDesk cannot connect until you start it.");
    case GatewayState::Starting:
        break;
    }
    return {};
}

QString AppState::gatewayTone() const
{
    switch (gatewayState()) {
    case GatewayState::Stopped:
        return QStringLiteral("neutral");
    case GatewayState::Starting:
        return QStringLiteral("busy");
    case GatewayState::Running:
        return QStringLiteral("ok");
    case GatewayState::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString AppState::gatewayIcon() const
{
    switch (gatewayState()) {
    case GatewayState::Stopped:
        return QStringLiteral("stopped");
    case GatewayState::Starting:
        return QStringLiteral("busy");
    case GatewayState::Running:
        return QStringLiteral("running");
    case GatewayState::Error:
        return QStringLiteral("error");
    }
    return {};
}

// --- what was served -------------------------------------------------------------------------

QString AppState::servedModel() const
{
    return m_gateway->lastServedModel();
}

QDateTime AppState::servedAt() const
{
    return m_gateway->lastServedAt();
}

bool AppState::servedByFallback() const
{
    return !servedModel().isEmpty() && m_gateway->lastServedByFallback();
}

QString AppState::servingText() const
{
    if (servedModel().isEmpty())
        return tr("Nothing served yet");
    if (servedByFallback())
        return tr("Last request served by fallback %1 at %2").arg(servedModel(), timeText(servedAt()));
    return tr("Last request served by %1 at %2").arg(servedModel(), timeText(servedAt()));
}

QString AppState::servingTone() const
{
    if (servedModel().isEmpty())
        return QStringLiteral("neutral");
    return servedByFallback() ? QStringLiteral("warning") : QStringLiteral("ok");
}

QString AppState::timeText(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

// --- openclaw.json ---------------------------------------------------------------------------

QVariantList AppState::findings() const
{
    // ConfigController's findings (checks beyond what OpenClaw validates, each with an optional fix).
    return m_config->property("findings").toList();
}

bool AppState::fixFinding(const QString &id)
{
    bool fixed = false;
    if (!QMetaObject::invokeMethod(m_config, "fixFinding", Q_RETURN_ARG(bool, fixed), Q_ARG(QString, id)))
        return false;
    return fixed;
}

AppState::ConfigHealth AppState::configHealth() const
{
    switch (m_config->status()) {
    case ConfigController::Status::Missing:
        return ConfigHealth::Missing;
    case ConfigController::Status::Invalid:
    case ConfigController::Status::Unparsable:
        return ConfigHealth::Broken;
    case ConfigController::Status::Ok:
        break;
    }
    // ClawDesk reads the file, but the OpenClaw it follows would not run with it: not "valid".
    const QVariantList found = findings();
    if (!firstRejection(found).isEmpty())
        return ConfigHealth::Broken;
    return found.isEmpty() && m_config->primaryWarning().isEmpty() ? ConfigHealth::Valid
                                                                   : ConfigHealth::Warnings;
}

QString AppState::configText() const
{
    switch (configHealth()) {
    case ConfigHealth::Missing:
        return tr("No openclaw.json yet");
    case ConfigHealth::Valid:
        return tr("openclaw.json is valid");
    case ConfigHealth::Warnings: {
        const int count = qMax(1, int(findings().size()) + (m_config->primaryWarning().isEmpty() ? 0 : 1));
        return tr("openclaw.json is valid, with %n warning(s)", "", count);
    }
    case ConfigHealth::Broken:
        return m_config->status() == ConfigController::Status::Unparsable
                   ? tr("openclaw.json does not parse")
                   : tr("openclaw.json has errors OpenClaw would reject");
    }
    return {};
}

QString AppState::configDetail() const
{
    switch (configHealth()) {
    case ConfigHealth::Broken: {
        if (m_config->status() != ConfigController::Status::Ok)
            return m_config->errorString();
        const QVariantMap rejection = firstRejection(findings());
        return QStringLiteral("%1: %2").arg(rejection.value(QStringLiteral("path")).toString(),
                                            rejection.value(QStringLiteral("message")).toString());
    }
    case ConfigHealth::Warnings:
        return m_config->primaryWarning();
    case ConfigHealth::Missing:
        return m_config->displayPath();
    case ConfigHealth::Valid:
        break;
    }
    return {};
}

QString AppState::configLocation() const
{
    if (configHealth() != ConfigHealth::Broken)
        return {};
    if (m_config->status() != ConfigController::Status::Ok)
        return m_config->errorLocation();
    // A finding names a key of the main file: where that key is written.
    const QString path = firstRejection(findings()).value(QStringLiteral("path")).toString();
    const Json5Document &document = m_config->snapshot()->config().document();
    const Json5Document::Location at =
        document.keyLocation(OpenClawConfig::splitDotPath(document.value(), path));
    return QStringLiteral("%1:%2:%3").arg(m_config->displayPath()).arg(at.line).arg(at.column);
}

QString AppState::configTone() const
{
    switch (configHealth()) {
    case ConfigHealth::Missing:
        return QStringLiteral("info");
    case ConfigHealth::Valid:
        return QStringLiteral("ok");
    case ConfigHealth::Warnings:
        return QStringLiteral("warning");
    case ConfigHealth::Broken:
        return QStringLiteral("error");
    }
    return {};
}

QString AppState::configIcon() const
{
    const QString tone = configTone();
    return tone == u"info" ? QStringLiteral("info") : tone;
}

// --- credentials -----------------------------------------------------------------------------

QVariantList AppState::credentials() const
{
    QVariantList out;
    const ConfigSnapshotPtr snapshot = m_config->snapshot();
    if (!snapshot || m_config->status() == ConfigController::Status::Unparsable)
        return out;
    QStringList providers;
    QStringList chain{m_config->primary()};
    chain += m_config->fallbackKeys();
    for (const QString &key : std::as_const(chain)) {
        const QString provider = key.section(QLatin1Char('/'), 0, 0);
        if (!provider.isEmpty() && !providers.contains(provider))
            providers.append(provider);
    }
    const ModelRegistry &registry = snapshot->registry();
    for (const QString &provider : std::as_const(providers)) {
        const CredentialResolution credential = registry.credential(provider);
        const ProviderInfo *info = registry.provider(provider);
        QString state;
        QString text;
        QString tone;
        const bool oauth = provider.endsWith(QLatin1String("-portal"));
        if ((oauth && m_loginExpired) || (credential.isValid() && credential.expired)) {
            state = QStringLiteral("expired");
            text = tr("%1: sign-in expired, sign in again").arg(provider);
            tone = QStringLiteral("error");
        } else if (credential.isValid()) {
            state = QStringLiteral("ok");
            switch (credential.source) {
            case CredentialResolution::Source::Environment:
                text = tr("%1: key from %2").arg(provider, credential.origin);
                break;
            case CredentialResolution::Source::Profile:
                text = oauth ? tr("%1: signed in").arg(provider)
                             : tr("%1: key in auth profile %2").arg(provider, credential.origin);
                break;
            case CredentialResolution::Source::Config:
            case CredentialResolution::Source::None:
                text = tr("%1: key in openclaw.json").arg(provider);
                break;
            }
            tone = QStringLiteral("ok");
        } else if (info && info->isLocal()) {
            state = QStringLiteral("local");
            text = tr("%1: local server, no key needed").arg(provider);
            tone = QStringLiteral("ok");
        } else {
            state = QStringLiteral("missing");
            text = tr("%1: no API key or sign-in").arg(provider);
            tone = QStringLiteral("warning");
        }
        out.append(QVariantMap{{QStringLiteral("provider"), provider},
                               {QStringLiteral("state"), state},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("tone"), tone},
                               {QStringLiteral("icon"), tone}});
    }
    return out;
}

void AppState::setLoginExpired(bool expired)
{
    if (m_loginExpired == expired)
        return;
    m_loginExpired = expired;
    emit changed();
}

void AppState::setReleaseText(const QString &text)
{
    if (m_releaseText == text)
        return;
    m_releaseText = text;
    emit changed();
}

// --- summary ---------------------------------------------------------------------------------

QString AppState::summaryText() const
{
    if (m_loginExpired)
        return tr("Sign-in expired: open ClawDesk to sign in again");
    if (configHealth() == ConfigHealth::Broken)
        return tr("openclaw.json needs fixing: %1").arg(configLocation());
    if (gatewayState() == GatewayState::Error)
        return tr("Gateway failed to start: %1").arg(m_gateway->errorString());
    if (gatewayState() == GatewayState::Running && servedByFallback())
        return tr("Gateway running; last request served by fallback %1").arg(servedModel());
    return gatewayText();
}

QString AppState::summaryTone() const
{
    if (m_loginExpired || configHealth() == ConfigHealth::Broken)
        return QStringLiteral("error");
    if (gatewayState() == GatewayState::Running && servedByFallback())
        return QStringLiteral("warning");
    return gatewayTone();
}

QString AppState::summaryIcon() const
{
    if (m_loginExpired || configHealth() == ConfigHealth::Broken)
        return QStringLiteral("error");
    if (gatewayState() == GatewayState::Running && servedByFallback())
        return QStringLiteral("warning");
    return gatewayIcon();
}

QString AppState::reasonText(const QString &reason)
{
    if (reason == u"rate_limit")
        return tr("rate limited");
    if (reason == u"connection")
        return tr("could not connect");
    if (reason == u"timeout")
        return tr("timed out");
    if (reason == u"auth")
        return tr("key rejected");
    if (reason == u"billing")
        return tr("billing or quota");
    if (reason == u"overloaded")
        return tr("overloaded");
    if (reason == u"server_error")
        return tr("provider error");
    if (reason == u"model_not_found")
        return tr("unknown model");
    return reason;
}

void AppState::setInstance(AppState *instance)
{
    s_instance = instance;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
