#include "connectiontester.h"

#include "configcontroller.h"
#include "gatewayrouter.h"
#include "secretmask.h"
#include "upstreamclient.h"

namespace clawdesk {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::setProviderId(const QString &id)
{
    if (id == m_providerId)
        return;
    m_providerId = id;
    emit providerIdChanged();
    finish(Status::Idle, QString());
}

void ConnectionTester::finish(Status status, const QString &result)
{
    m_status = status;
    m_result = result;
    emit resultChanged();
}

void ConnectionTester::test()
{
    ConfigController *config = m_config ? m_config : ConfigController::create(nullptr, nullptr);
    const ConfigSnapshotPtr snapshot = config ? config->snapshot() : nullptr;
    const ProviderInfo *provider = snapshot ? snapshot->registry().provider(m_providerId) : nullptr;
    if (!provider ||
        (!snapshot->registry().isConfiguredProvider(m_providerId) && provider->models.isEmpty())) {
        finish(Status::Failed, tr("%1 is not set up in openclaw.json yet: save it first.").arg(m_providerId));
        return;
    }
    // The model the user would get: the primary when it belongs to this provider, else its first.
    ModelRef ref = snapshot->selection().primary();
    if (ref.provider != m_providerId) {
        if (provider->models.isEmpty()) {
            finish(Status::Failed, tr("%1 lists no models: add one to test it.").arg(m_providerId));
            return;
        }
        ref = ModelRef{m_providerId, provider->models.first().id};
    }
    // The very target the gateway would call: same URL, headers, auth and token field.
    const RouteCandidate candidate = GatewayRouter::candidateFor(*snapshot, ref);
    if (!candidate.resolvable) {
        finish(Status::Failed,
               tr("The api \"%1\" cannot be tested here; use anthropic-messages, openai-completions or "
                  "openai-responses.")
                   .arg(candidate.apiName));
        return;
    }
    if (candidate.target.apiKey.isEmpty() && !provider->isLocal()) {
        finish(Status::Failed, tr("No API key for %1: add one on this page or sign in.").arg(m_providerId));
        return;
    }

    ChatRequest request;
    ChatMessage ping;
    ping.role = ChatMessage::Role::User;
    ping.content = {ContentBlock::makeText(QStringLiteral("ping"))};
    request.messages = {ping};
    request.maxTokens = 1;
    const UpstreamHttpRequest http = outboundCodec(candidate.api).encodeRequest(request, candidate.target);

    if (!m_client)
        m_client = new UpstreamClient(this);
    if (m_call)
        m_call->abort();
    UpstreamRequest upstream;
    upstream.url = http.url;
    upstream.headers = http.headers;
    upstream.body = http.body;
    upstream.connectTimeoutMs = 5000;
    upstream.firstByteTimeoutMs = 30000;
    upstream.totalTimeoutMs = 60000;
    finish(Status::Testing, tr("Testing %1…").arg(ref.key()));
    m_timer.start();
    m_call = m_client->send(upstream);
    auto body = std::make_shared<QByteArray>();
    connect(m_call, &UpstreamCall::dataReceived, this,
            [body](const QByteArray &chunk) { body->append(chunk); });
    const QString key = candidate.target.apiKey;
    const WireApi wire = candidate.api;
    connect(m_call, &UpstreamCall::finished, this, [this, body, key, wire, ref, host = http.url.host()] {
        UpstreamCall *call = m_call;
        m_latencyMs = m_timer.elapsed();
        if (!call)
            return;
        // Never show a key, even if a server echoes it back.
        const auto scrub = [&key](QString text) {
            return key.isEmpty() ? text : text.replace(key, maskSecret(key));
        };
        if (call->error() != UpstreamError::None) {
            finish(Status::Failed,
                   scrub(tr("Cannot reach %1: %2. Check the base URL and that the server runs.")
                             .arg(host, networkProblem(int(call->error()), call->errorString()))));
            return;
        }
        if (call->status() >= 200 && call->status() < 300) {
            finish(Status::Ok, tr("Connected: %1 answered in %2 ms.").arg(ref.key()).arg(m_latencyMs));
            return;
        }
        const ApiError error = outboundCodec(wire).decodeError(call->status(), *body);
        QString fix;
        if (call->status() == 401 || call->status() == 403)
            fix = tr("Check the API key (or sign in again).");
        else if (call->status() == 404)
            fix = tr("Check the base URL and the model id.");
        else if (call->status() == 429)
            fix = tr("Rate limited or out of quota: try again later or add a fallback.");
        else if (call->status() >= 500)
            fix = tr("The provider has a problem: try again later or add a fallback.");
        finish(Status::Failed, scrub(fix.isEmpty() ? error.message : error.message + QLatin1Char(' ') + fix));
    });
}

QString ConnectionTester::networkProblem(int upstreamError, const QString &fallback)
{
    switch (static_cast<UpstreamError>(upstreamError)) {
    case UpstreamError::ConnectionRefused:
        return tr("the connection was refused");
    case UpstreamError::ConnectionReset:
        return tr("the connection was closed");
    case UpstreamError::Timeout:
        return tr("no answer in time");
    case UpstreamError::Tls:
        return tr("the secure connection failed");
    case UpstreamError::HostNotFound:
        return tr("the host name was not found");
    default:
        return fallback;
    }
}

} // namespace clawdesk
