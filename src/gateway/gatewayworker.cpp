#include "gatewayworker.h"

#include "clientidentity.h"
#include "configwatcher.h"
#include "exchangepolicy.h"
#include "gatewayauth.h"
#include "gatewayendpoints.h"
#include "gatewaylogging.h"
#include "gatewayrouter.h"
#include "gatewaysettings.h"
#include "httpserver.h"
#include "minimaxendpoints.h"
#include "minimaxsessionkeeper.h"
#include "passthrough.h"
#include "tokenestimate.h"
#include "upstreamclient.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace clawdesk {

GatewayWorker::GatewayWorker(const GatewayOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_cooldowns(options.clock)
{}

GatewayWorker::~GatewayWorker()
{
    teardown();
}

void GatewayWorker::start()
{
    const QString home = m_options.homeDir.isEmpty() ? QDir::homePath() : m_options.homeDir;
    Environment env = m_options.environment ? *m_options.environment : systemEnvironment();
    ConfigPaths paths = ConfigPaths::resolve(env, home);
    if (!m_options.environment)
        loadDotEnvFile(paths.stateDir + QStringLiteral("/.env"), env);
    if (!m_options.configPath.isEmpty())
        paths.configPath = QFileInfo(m_options.configPath).absoluteFilePath();

    m_loopback = GatewaySettings::isLoopbackBind(m_options.bind);
    if (!m_loopback && m_options.token.isEmpty()) {
        emit startFailed(
            QStringLiteral("refusing to bind gateway to %1:%2 without a token (set one with --token)")
                .arg(m_options.bind)
                .arg(m_options.port));
        return;
    }

    m_watcher = new ConfigWatcher(paths, env, this);
    connect(m_watcher, &ConfigWatcher::configProblem, this, &GatewayWorker::configProblem);

    // The MiniMax Coding Plan sign-in is refreshed here, so it stays valid headless too.
    m_sessionKeeper = new MiniMaxSessionKeeper(paths.authProfilesPath(), this);
    MiniMaxEndpoints endpoints = MiniMaxEndpoints::forRegion(MiniMaxRegion::Global);
    if (const QString account = env.value(QStringLiteral("CLAWDESK_MINIMAX_ACCOUNT_BASE"));
        !account.isEmpty())
        endpoints.accountBase = QUrl(account);
    if (const QString api = env.value(QStringLiteral("CLAWDESK_MINIMAX_API_BASE")); !api.isEmpty())
        endpoints.apiBase = QUrl(api);
    m_sessionKeeper->setEndpoints(endpoints);
    connect(m_sessionKeeper, &MiniMaxSessionKeeper::loginExpired, this, &GatewayWorker::loginExpired);
    connect(m_watcher, &ConfigWatcher::snapshotChanged, m_sessionKeeper, &MiniMaxSessionKeeper::sync);
    m_watcher->reload();
    m_sessionKeeper->sync();

    m_client = new UpstreamClient(this);
    m_server = new HttpServer(this);
    m_server->setLimits(m_options.limits);
    m_server->setErrorBodyFactory([](int status, const QString &message, const HttpRequest &partial) {
        return inboundCodec(endpoints::errorShapeFor(partial.path))
            .encodeError(ApiError::fromStatus(status, message));
    });
    m_server->setHandler(
        [this](const HttpRequest &request, HttpResponder *responder) { handle(request, responder); });

    QString error;
    bool ok = false;
    if (m_loopback) {
        ok = m_server->listen(QHostAddress::LocalHost, m_options.port, &error);
        if (ok) {
            QString ipv6Error;
            if (!m_server->listen(QHostAddress::LocalHostIPv6, m_server->port(), &ipv6Error))
                qCDebug(lcGateway).noquote() << "no IPv6 loopback:" << ipv6Error;
        }
    } else {
        const QHostAddress address = m_options.bind == u"all" || m_options.bind == u"lan"
                                         ? QHostAddress(QHostAddress::Any)
                                         : QHostAddress(m_options.bind);
        if (address.isNull())
            error = QStringLiteral("invalid bind address: %1").arg(m_options.bind);
        else
            ok = m_server->listen(address, m_options.port, &error);
    }
    if (!ok) {
        teardown();
        emit startFailed(error);
        return;
    }
    m_port = m_server->port();
    const QString primary = m_watcher->snapshot()->selection().primary().key();
    qCInfo(lcGateway).noquote() << "agent model:" << primary;
    qCInfo(lcGateway).noquote() << QStringLiteral("listening on http://127.0.0.1:%1").arg(m_port);
    emit started(m_port, primary);
}

void GatewayWorker::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_server) {
        teardown();
        emit stopped();
        return;
    }
    // Queued: the server emits this from inside its own code, so it must not be deleted right there.
    connect(
        m_server, &HttpServer::gracefullyClosed, this,
        [this] {
            teardown();
            emit stopped();
        },
        Qt::QueuedConnection);
    m_server->closeGracefully(m_options.shutdownGraceMs);
}

void GatewayWorker::teardown()
{
    // Exchanges are children of the worker; they abort their calls before the client goes.
    const QList<ProxyExchange *> exchanges = findChildren<ProxyExchange *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(exchanges);
    delete m_server;
    m_server = nullptr;
    delete m_client;
    m_client = nullptr;
    delete m_watcher;
    m_watcher = nullptr;
}

void GatewayWorker::respondError(HttpResponder *responder, WireApi shape, const ApiError &error,
                                 const HttpHeaders &extra)
{
    HttpHeaders headers{{"content-type", "application/json"}};
    for (const auto &entry : extra.entries())
        headers.add(entry.first, entry.second);
    responder->respond(error.httpStatus, headers, inboundCodec(shape).encodeError(error));
}

void GatewayWorker::refuse(const HttpRequest &request, HttpResponder *responder, const ApiError &error,
                           const HttpHeaders &extra, const QString &requestedModel)
{
    respondError(responder, endpoints::errorShapeFor(request.path), error, extra);
    // Refusals are requests too: the user whose tool "does not work" finds the reason in the log.
    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    const endpoints::Route *route = endpoints::routeFor(request.path);
    if (const auto api = route ? endpoints::chatApiFor(route->endpoint) : std::nullopt)
        record.clientApi = exchangepolicy::clientApiName(*api);
    record.userAgent = QString::fromUtf8(request.header("user-agent"));
    record.client = clientNameFor(request.header("user-agent"), request.header("originator"));
    record.requestedModel = requestedModel;
    record.status = error.httpStatus;
    record.error = error.message;
    qCInfo(lcGateway).noquote() << (record.client.isEmpty() ? QStringLiteral("-") : record.client)
                                << request.method << request.path << "refused:" << record.status
                                << record.error;
    emit requestFinished(record);
}

void GatewayWorker::handle(const HttpRequest &request, HttpResponder *responder)
{
    const QByteArray &path = request.path;
    const endpoints::Route *route = endpoints::routeFor(path);
    const bool preflight = request.method == "OPTIONS";
    switch (GatewayAuth::check(request, m_options.token, m_options.allowedOrigins, m_loopback,
                               route && route->needsToken && !preflight)) {
    case GatewayAuth::Verdict::BadHost:
        refuse(request, responder,
               ApiError::fromStatus(403, QStringLiteral("Forbidden: Host is not a loopback name")));
        return;
    case GatewayAuth::Verdict::BadOrigin:
        refuse(request, responder,
               ApiError::fromStatus(403, QStringLiteral("Forbidden: Origin not allowed")));
        return;
    case GatewayAuth::Verdict::Unauthorized:
        if (route) {
            refuse(request, responder,
                   ApiError::fromStatus(401, QStringLiteral("Unauthorized: send the gateway token as "
                                                            "Authorization: Bearer or x-api-key")));
            return;
        }
        break; // unknown paths answer 404 below
    case GatewayAuth::Verdict::Allowed:
        break;
    }

    // Only an allowed browser origin gets here with an Origin header (GatewayAuth refused the rest).
    HttpHeaders cors;
    if (request.headers.contains("origin")) {
        cors.add("access-control-allow-origin", request.header("origin"));
        cors.add("vary", "Origin");
    }
    if (preflight && route && !cors.isEmpty()) {
        HttpHeaders headers = cors;
        headers.add("access-control-allow-methods", QByteArray(route->methods) + ", OPTIONS");
        headers.add("access-control-allow-headers", request.header("access-control-request-headers").isEmpty()
                                                        ? QByteArray("authorization, x-api-key, content-type")
                                                        : request.header("access-control-request-headers"));
        headers.add("access-control-max-age", "600");
        responder->respond(204, headers, {});
        return;
    }
    if (!route) {
        refuse(request, responder,
               ApiError::fromStatus(404, QStringLiteral("Not found: %1").arg(QString::fromUtf8(path))), cors);
        return;
    }
    if (!endpoints::allowsMethod(*route, request.method)) {
        HttpHeaders headers = cors;
        headers.add("allow", route->methods);
        refuse(request, responder,
               ApiError::fromStatus(405, QStringLiteral("Method %1 not allowed for %2; use %3")
                                             .arg(QString::fromUtf8(request.method), QString::fromUtf8(path),
                                                  QString::fromLatin1(route->methods))),
               headers);
        return;
    }

    HttpHeaders jsonHeaders{{"content-type", "application/json"}};
    for (const auto &entry : cors.entries())
        jsonHeaders.add(entry.first, entry.second);
    const bool anthropicShape = request.headers.contains("anthropic-version");
    switch (route->endpoint) {
    case endpoints::Endpoint::Root:
        responder->respond(200, jsonHeaders, QByteArrayLiteral("{}"));
        return;
    case endpoints::Endpoint::Health:
        responder->respond(200, jsonHeaders,
                           endpoints::healthBody(m_watcher->snapshot().get(), m_port, m_watcher->problem()));
        return;
    case endpoints::Endpoint::Models:
        responder->respond(200, jsonHeaders, endpoints::modelsBody(*m_watcher->snapshot(), anthropicShape));
        return;
    case endpoints::Endpoint::Model: {
        const QString id = QUrl::fromPercentEncoding(path.mid(qstrlen(route->path)));
        const auto body =
            endpoints::modelBody(*m_watcher->snapshot(), id, anthropicShape, m_options.routeUnknownToPrimary);
        if (body)
            responder->respond(200, jsonHeaders, *body);
        else
            refuse(
                request, responder,
                ApiError::fromStatus(404, QStringLiteral("model: %1 is not served by this gateway").arg(id)),
                cors, id);
        return;
    }
    case endpoints::Endpoint::CountTokens: {
        ApiError error;
        const auto body = tokens::countTokensResponse(request.body, &error);
        if (!body)
            refuse(request, responder, error, cors);
        else
            responder->respond(200, jsonHeaders, *body);
        return;
    }
    case endpoints::Endpoint::Messages:
    case endpoints::Endpoint::ChatCompletions:
    case endpoints::Endpoint::Responses:
        handleChat(*endpoints::chatApiFor(route->endpoint), request, responder, cors);
        return;
    }
}

void GatewayWorker::handleChat(WireApi api, const HttpRequest &request, HttpResponder *responder,
                               const HttpHeaders &cors)
{
    ApiError error;
    std::optional<RawRequest> raw = passthrough::inspect(request.body, &error);
    if (!raw) {
        refuse(request, responder, error, cors);
        return;
    }
    const ConfigSnapshotPtr snapshot = m_watcher->snapshot();
    RouteDecision route = GatewayRouter::route(*snapshot, raw->model, m_options.routeUnknownToPrimary);
    GatewayRouter::dropSelfLoops(route, m_port);
    if (route.candidates.isEmpty()) {
        refuse(request, responder, ApiError::fromStatus(404, route.error), cors, raw->model);
        return;
    }
    ClientRequest client;
    client.api = api;
    client.raw = std::move(*raw);
    client.userAgent = QString::fromUtf8(request.header("user-agent"));
    client.client = clientNameFor(request.header("user-agent"), request.header("originator"));
    // What a provider of the client's own api reads besides the body: the betas the body relies on.
    for (const QByteArray &name :
         {QByteArrayLiteral("anthropic-beta"), QByteArrayLiteral("anthropic-version"),
          QByteArrayLiteral("openai-beta")}) {
        const QByteArray value = request.header(name);
        if (!value.isEmpty())
            client.forwardedHeaders.append(qMakePair(name, value));
    }
    ExchangeContext context;
    context.client = m_client;
    context.cooldowns = &m_cooldowns;
    context.connectTimeoutMs = m_options.upstreamConnectTimeoutMs;
    context.firstByteTimeoutMs = m_options.upstreamFirstByteTimeoutMs;
    context.idleTimeoutMs = m_options.upstreamIdleTimeoutMs;
    auto *exchange = new ProxyExchange(context, responder, std::move(client), route, this);
    exchange->setExtraHeaders(cors);
    connect(exchange, &ProxyExchange::finished, this, &GatewayWorker::requestFinished);
    connect(exchange, &ProxyExchange::failover, this, &GatewayWorker::failover);
    exchange->start();
}

} // namespace clawdesk
