#pragma once

#include "gatewayevents.h"
#include "requestlogmodel.h"
#include "usagemodel.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

namespace clawdesk {

class AppSettings;
class GatewayController;

/// @brief The embedded gateway for QML (singleton `Gateway`) and the tray: state, start/stop,
/// the live request log, today's totals, recent failovers, usage and client setup snippets.
/// Without the gateway library (CLAWDESK_HAVE_GATEWAY undefined) it reports `Unavailable`.
class GatewayBridge : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Gateway)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(int port READ port NOTIFY stateChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt NOTIFY stateChanged)
    Q_PROPERTY(QString servingModel READ servingModel NOTIFY activityChanged)
    Q_PROPERTY(bool servingFallback READ servingFallback NOTIFY activityChanged)
    Q_PROPERTY(int requestsToday READ requestsToday NOTIFY activityChanged)
    Q_PROPERTY(double costToday READ costToday NOTIFY activityChanged)
    Q_PROPERTY(QVariantList recentFailovers READ recentFailovers NOTIFY activityChanged)
    Q_PROPERTY(QString configProblem READ configProblem NOTIFY configProblemChanged)
    Q_PROPERTY(RequestLogModel *log READ log CONSTANT)
    Q_PROPERTY(UsageModel *usage READ usage CONSTANT)

public:
    enum class State { Unavailable, Stopped, Starting, Running, Error };
    Q_ENUM(State)

    explicit GatewayBridge(AppSettings *settings, QObject *parent = nullptr);
    ~GatewayBridge() override;

    bool available() const;
    State state() const { return m_state; }
    QString errorString() const { return m_errorString; }
    int port() const;
    QDateTime startedAt() const { return m_startedAt; }
    QString servingModel() const { return m_servingModel; }
    bool servingFallback() const { return m_servingFallback; }
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

    AppSettings *m_settings;
    GatewayController *m_controller = nullptr;
    QObject *m_ledger = nullptr; ///< the UsageLedger every served request is written to
    State m_state;
    QString m_errorString;
    QDateTime m_startedAt;
    QString m_servingModel;
    bool m_servingFallback = false;
    QList<FailoverEvent> m_failovers; // newest first, a few
    QString m_configProblem;
    RequestLogModel m_log;
    RecordUsageSource m_usageSource;
    UsageModel m_usage;
};

} // namespace clawdesk
