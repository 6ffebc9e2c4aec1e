#pragma once

#include "cooldowntracker.h"
#include "gatewayevents.h"
#include "gatewayoptions.h"
#include "httprequest.h"
#include "httpresponder.h"
#include "proxyexchange.h"

#include <QObject>

#include <memory>

namespace clawdesk {

class ConfigWatcher;
class HttpServer;
class UpstreamClient;

class MiniMaxSessionKeeper;

/// @brief The gateway itself, living in the controller's thread: creates its HTTP server, upstream
/// client and config watcher there, checks and routes each request and hands chats to ProxyExchange.
class GatewayWorker : public QObject
{
    Q_OBJECT
public:
    explicit GatewayWorker(const GatewayOptions &options, QObject *parent = nullptr);
    ~GatewayWorker() override;

    quint16 port() const { return m_port; }
    /// Cooldown state shared with the GUI (thread-safe).
    CooldownTracker &cooldowns() { return m_cooldowns; }

public slots:
    /// Creates everything and listens; emits started() or startFailed().
    void start();
    /// Stops accepting, lets in-flight responses finish (up to shutdownGraceMs), then emits stopped().
    void shutdown();

signals:
    void started(quint16 port, const QString &primaryModel);
    void startFailed(const QString &error);
    void stopped();
    void requestFinished(const clawdesk::RequestRecord &record);
    void failover(const clawdesk::FailoverEvent &event);
    void configProblem(const QString &fileLineColumnMessage);
    void loginExpired(const QString &message);

private:
    void handle(const HttpRequest &request, HttpResponder *responder);
    void handleChat(WireApi api, const HttpRequest &request, HttpResponder *responder,
                    const HttpHeaders &cors);
    void respondError(HttpResponder *responder, WireApi shape, const ApiError &error,
                      const HttpHeaders &extra = {});
    /// Answers @p error in the path's error shape and records the refusal (log + requestFinished).
    void refuse(const HttpRequest &request, HttpResponder *responder, const ApiError &error,
                const HttpHeaders &extra = {}, const QString &requestedModel = {});
    void teardown();

    GatewayOptions m_options;
    CooldownTracker m_cooldowns;
    HttpServer *m_server = nullptr;
    UpstreamClient *m_client = nullptr;
    ConfigWatcher *m_watcher = nullptr;
    MiniMaxSessionKeeper *m_sessionKeeper = nullptr;
    quint16 m_port = 0;
    bool m_loopback = true;
    bool m_stopping = false;
};

} // namespace clawdesk
