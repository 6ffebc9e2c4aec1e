#include "gatewayrouter.h"

#include "modeldiagnosis.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QUrl>

namespace clawdesk {

namespace {

QList<QPair<QByteArray, QByteArray>> toHeaders(const HeaderList &headers)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto &header : headers)
        out.append({header.first.toUtf8(), header.second.toUtf8()});
    return out;
}

} // namespace

bool GatewayRouter::isServable(const ConfigSnapshot &snapshot, const ModelRef &ref)
{
    const ModelRegistry &registry = snapshot.registry();
    if (!registry.resolve(ref))
        return false;
    if (!snapshot.selection().isAllowed(ref))
        return false;
    return registry.isConfiguredProvider(ref.provider) || registry.hasAuth(ref.provider);
}

RouteCandidate GatewayRouter::candidateFor(const ConfigSnapshot &snapshot, const ModelRef &ref)
{
    RouteCandidate candidate;
    candidate.ref = ref;
    const auto resolved = snapshot.registry().resolve(ref);
    if (!resolved)
        return candidate;
    const auto api = wireApiFromConfig(resolved->api);
    candidate.apiName = resolved->api;
    if (!api)
        return candidate;
    candidate.resolvable = true;
    candidate.api = *api;
    const CredentialResolution credential = snapshot.registry().credential(ref.provider);
    UpstreamTarget &target = candidate.target;
    target.modelId = resolved->model.id;
    target.baseUrl = resolved->provider.baseUrl;
    target.apiKey = credential.secret;
    target.extraHeaders = toHeaders(resolved->provider.headers) + toHeaders(resolved->model.headers);
    target.authHeader = resolved->provider.authHeader;
    target.defaultMaxTokens = int(resolved->model.maxTokens);
    target.maxTokensField = resolved->model.maxTokensField;
    target.supportsDeveloperRole = resolved->model.supportsDeveloperRole;
    target.reasoning = resolved->model.reasoning;
    candidate.cost = resolved->model.cost;
    const QByteArray fingerprint =
        QCryptographicHash::hash(credential.secret.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    candidate.cooldownKey = ref.provider + QLatin1Char(':') + QString::fromLatin1(fingerprint);
    return candidate;
}

RouteDecision GatewayRouter::route(const ConfigSnapshot &snapshot, const QString &requested,
                                   bool routeUnknownToPrimary)
{
    RouteDecision decision;
    const ModelSelection &selection = snapshot.selection();
    std::optional<ModelRef> ref = selection.resolveInput(requested.trimmed());
    if (!ref || !isServable(snapshot, *ref)) {
        if (!routeUnknownToPrimary) {
            decision.error = ModelDiagnosis::unknownModelText(
                ref.value_or(ModelRef{QStringLiteral("anthropic"), requested.trimmed()}));
            return decision;
        }
        decision.routedToPrimary = true;
        ref = selection.primary();
    }
    for (const ModelRef &candidate : selection.candidates(*ref))
        decision.candidates.append(candidateFor(snapshot, candidate));
    if (decision.candidates.isEmpty())
        decision.candidates.append(candidateFor(snapshot, *ref));
    return decision;
}

bool GatewayRouter::pointsAtGateway(const QString &baseUrl, quint16 ownPort)
{
    const QUrl url(baseUrl);
    if (ownPort == 0 || !url.isValid() ||
        url.port(url.scheme() == QLatin1String("https") ? 443 : 80) != ownPort)
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

void GatewayRouter::dropSelfLoops(RouteDecision &decision, quint16 ownPort)
{
    QStringList looping;
    for (qsizetype i = decision.candidates.size() - 1; i >= 0; --i) {
        const RouteCandidate &candidate = decision.candidates.at(i);
        if (candidate.resolvable && pointsAtGateway(candidate.target.baseUrl, ownPort)) {
            looping.prepend(candidate.ref.key());
            decision.candidates.removeAt(i);
        }
    }
    if (decision.candidates.isEmpty() && !looping.isEmpty()) {
        decision.error = QStringLiteral("%1 points back at this gateway (port %2): choose a model of "
                                        "another provider")
                             .arg(looping.join(QStringLiteral(", ")))
                             .arg(ownPort);
    }
}

} // namespace clawdesk
