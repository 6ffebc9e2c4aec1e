#pragma once

#include "gatewayevents.h"
#include "requestlogmodel.h"
#include "usagemodel.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace clawdesk {

class AppSettings;
class GatewayHost;

/// @brief The embedded gateway for QML (singleton `Gateway`) and the tray: state, start/stop,
/// the live request log, today's totals, recent failovers, usage and client setup snippets.
class GatewayBridge : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Gateway)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(int port READ port NOTIFY stateChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY stateChanged)
    Q_PROPERTY(QString lastServedModel READ lastServedModel NOTIFY activityChanged)
    Q_PROPERTY(QDateTime lastServedAt READ lastServedAt NOTIFY activityChanged)
    Q_PROPERTY(bool lastServedByFallback READ lastServedByFallback NOTIFY activityChanged)
    Q_PROPERTY(int requestsToday READ requestsToday NOTIFY activityChanged)
    Q_PROPERTY(double costToday READ costToday NOTIFY activityChanged)
    Q_PROPERTY(QVariantList recentFailovers READ recentFailovers NOTIFY activityChanged)
    Q_PROPERTY(QString configProblem READ configProblem NOTIFY configProblemChanged)
    Q_PROPERTY(RequestLogModel *log READ log CONSTANT)
    Q_PROPERTY(UsageModel *usage READ usage CONSTANT)

public:
    enum class State { Stopped, Starting, Running, Error };
    Q_ENUM(State)

    /// @p usageDatabase: where served requests are recorded (and history is read from).
    GatewayBridge(AppSettings *settings, const QString &usageDatabase, QObject *parent = nullptr);
    ~GatewayBridge() override;

    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }
    int port() const;
    QDateTime startedAt() const { return m_startedAt; }
    /// The model that answered the newest successful request; empty until one was served.
    QString lastServedModel() const { return m_lastServedModel; }
    QDateTime lastServedAt() const { return m_lastServedAt; }
    /// The newest request was answered by another candidate after earlier ones failed.
    bool lastServedByFallback() const { return m_lastServedByFallback; }
    int requestsToday() const;
    double costToday() const;
    QVariantList recentFailovers() const;
    QString configProblem() const { return m_configProblem; }
    RequestLogModel *log() { return &m_log; }
    UsageModel *usage() { return &m_usage; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void restart();

    Q_INVOKABLE QString claudeCodeSnippet() const;
    Q_INVOKABLE QString openAiSnippet() const;
    Q_INVOKABLE QString openClawSnippet() const;
    Q_INVOKABLE QString curlSnippet(const QString &model) const;
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

    /// Overrides where the gateway finds openclaw.json (the app's --config); empty: the setting.
    void setConfigPath(const QString &path) { m_configPath = path; }

    /// Feeds what the gateway reports (also used by tests and the screenshot demo).
    void recordRequest(const RequestRecord &record);
    void recordFailover(const FailoverEvent &event);
    void setConfigProblem(const QString &problem);

    static void setInstance(GatewayBridge *instance);
    static GatewayBridge *create(QQmlEngine *, QJSEngine *);

signals:
    void stateChanged();
    void activityChanged();
    void configProblemChanged();
    /// For the tray's notifications.
    void failoverHappened(const clawdesk::FailoverEvent &event);
    /// The gateway could not refresh the MiniMax OAuth sign-in (the refresh token was rejected).
    void loginExpired(const QString &message);

private:
    void setState(State state, const QString &error = QString());
    void seedUsageHistory(const QString &usageDatabase);

    AppSettings *m_settings;
    GatewayHost *m_host;
    QString m_configPath;
    State m_state = State::Stopped;
    QString m_errorString;
    QDateTime m_startedAt;
    QString m_lastServedModel;
    QDateTime m_lastServedAt;
    bool m_lastServedByFallback = false;
    QList<FailoverEvent> m_failovers; // newest first, a few
    QString m_configProblem;
    RequestLogModel m_log;
    RecordUsageSource m_usageSource;
    UsageModel m_usage;
};

} // namespace clawdesk
