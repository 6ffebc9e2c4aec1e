#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace clawdesk {

class ConfigController;
class UpstreamCall;
class UpstreamClient;

/// @brief "Test connection" on a provider card: one minimal request (max 1 token) to the provider
/// with the gateway's own codecs and HTTP client, reporting the latency or the exact error and
/// what to do about it. Keys never appear in the result.
class ConnectionTester : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString providerId READ providerId WRITE setProviderId NOTIFY providerIdChanged)
    Q_PROPERTY(Status status READ status NOTIFY resultChanged)
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    Q_PROPERTY(qint64 latencyMs READ latencyMs NOTIFY resultChanged)

public:
    enum class Status { Idle, Testing, Ok, Failed };
    Q_ENUM(Status)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    QString providerId() const { return m_providerId; }
    void setProviderId(const QString &id);
    Status status() const { return m_status; }
    QString result() const { return m_result; }
    qint64 latencyMs() const { return m_latencyMs; }

    /// Uses the given controller instead of the app's (tests).
    void setConfigController(ConfigController *config) { m_config = config; }

    Q_INVOKABLE void test();

signals:
    void providerIdChanged();
    void resultChanged();

private:
    void finish(Status status, const QString &result);
    /// Why the connection failed, in the UI language (Qt's own network texts are English only).
    static QString networkProblem(int upstreamError, const QString &fallback);

    QString m_providerId;
    Status m_status = Status::Idle;
    QString m_result;
    qint64 m_latencyMs = -1;
    ConfigController *m_config = nullptr;
    UpstreamClient *m_client = nullptr;
    QPointer<UpstreamCall> m_call;
    QElapsedTimer m_timer;
};

} // namespace clawdesk
