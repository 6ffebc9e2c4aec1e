#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace clawdesk {

class ConfigController;
class GatewayBridge;

/// @brief The app's one account of what is true now (QML singleton `AppState`): the gateway's
/// state, the model that really served last, openclaw.json's health, the credentials of the
/// providers in the chain and the sign-in. Each state comes with its words, its tone (ok, warning,
/// error, info, busy, neutral — Theme's colours) and its icon (a Theme.icons key). The sidebar,
/// every page, the tray and its notifications read it here, so no two places can disagree.
class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(GatewayState gatewayState READ gatewayState NOTIFY changed)
    Q_PROPERTY(QString gatewayText READ gatewayText NOTIFY changed)
    Q_PROPERTY(QString gatewayDetail READ gatewayDetail NOTIFY changed)
    Q_PROPERTY(QString gatewayTone READ gatewayTone NOTIFY changed)
    Q_PROPERTY(QString gatewayIcon READ gatewayIcon NOTIFY changed)
    Q_PROPERTY(QString servedModel READ servedModel NOTIFY changed)
    Q_PROPERTY(QDateTime servedAt READ servedAt NOTIFY changed)
    Q_PROPERTY(bool servedByFallback READ servedByFallback NOTIFY changed)
    Q_PROPERTY(QString servingText READ servingText NOTIFY changed)
    Q_PROPERTY(QString servingTone READ servingTone NOTIFY changed)
    Q_PROPERTY(ConfigHealth configHealth READ configHealth NOTIFY changed)
    Q_PROPERTY(QString configText READ configText NOTIFY changed)
    Q_PROPERTY(QString configDetail READ configDetail NOTIFY changed)
    Q_PROPERTY(QString configLocation READ configLocation NOTIFY changed)
    Q_PROPERTY(QString configTone READ configTone NOTIFY changed)
    Q_PROPERTY(QString configIcon READ configIcon NOTIFY changed)
    Q_PROPERTY(QVariantList findings READ findings NOTIFY changed)
    Q_PROPERTY(QVariantList credentials READ credentials NOTIFY changed)
    Q_PROPERTY(bool loginExpired READ loginExpired NOTIFY changed)
    Q_PROPERTY(QString releaseText READ releaseText NOTIFY changed)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY changed)
    Q_PROPERTY(QString summaryTone READ summaryTone NOTIFY changed)
    Q_PROPERTY(QString summaryIcon READ summaryIcon NOTIFY changed)

public:
    enum class GatewayState { Stopped, Starting, Running, Error };
    Q_ENUM(GatewayState)
    /// Missing: no openclaw.json yet; Warnings: OpenClaw accepts it but something will not work as
    /// meant (findings); Broken: it does not parse, or OpenClaw would reject it — an invalid value, or
    /// a finding of severity "error" such as 2026.9.6's refusal of `env.KEY` (file:line:column).
    enum class ConfigHealth { Missing, Valid, Warnings, Broken };
    Q_ENUM(ConfigHealth)

    AppState(GatewayBridge *gateway, ConfigController *config, QObject *parent = nullptr);

    GatewayState gatewayState() const;
    QString gatewayText() const;
    QString gatewayDetail() const;
    QString gatewayTone() const;
    QString gatewayIcon() const;

    QString servedModel() const;
    QDateTime servedAt() const;
    bool servedByFallback() const;
    QString servingText() const;
    QString servingTone() const;

    ConfigHealth configHealth() const;
    QString configText() const;
    QString configDetail() const;
    QString configLocation() const;
    QString configTone() const;
    QString configIcon() const;
    /// The config's findings, each {id, severity, path, message, fixLabel} (fixLabel empty: no fix).
    QVariantList findings() const;
    /// One entry per provider of the primary → fallback chain: {provider, state (ok, missing,
    /// expired, local), text, tone, icon}.
    QVariantList credentials() const;

    bool loginExpired() const { return m_loginExpired; }
    void setLoginExpired(bool expired);
    QString releaseText() const { return m_releaseText; }
    void setReleaseText(const QString &text);

    /// The one line that matters most now (sidebar, tray tooltip and menu): a problem first, else the
    /// gateway's state.
    QString summaryText() const;
    QString summaryTone() const;
    QString summaryIcon() const;

    /// Words for a failover reason code (rate_limit, connection, …): what happened, never a status code
    /// the provider did not send.
    Q_INVOKABLE static QString reasonText(const QString &reason);
    /// Applies the fix a finding offers; false when there is none or it failed (Config.lastError says why).
    Q_INVOKABLE bool fixFinding(const QString &id);

    static void setInstance(AppState *instance);
    static AppState *create(QQmlEngine *, QJSEngine *);

signals:
    void changed();

private:
    QString timeText(const QDateTime &time) const;

    GatewayBridge *m_gateway;
    ConfigController *m_config;
    bool m_loginExpired = false;
    QString m_releaseText;
};

} // namespace clawdesk
