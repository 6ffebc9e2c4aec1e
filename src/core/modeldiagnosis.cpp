#include "modeldiagnosis.h"

#include "modelregistry.h"

#include <QUrl>

namespace clawdesk {

QStringList ModelDiagnosis::unknownModel(const ModelRef &ref) const
{
    QStringList lines{unknownModelText(ref)};
    const ProviderInfo *provider = m_registry.provider(ref.provider);
    if (!provider) {
        if (ref.provider == u"minimax-portal")
            lines.append(
                QStringLiteral("No MiniMax OAuth sign-in was found. Run `clawdesk onboard --auth-choice "
                               "minimax-portal` (or sign in on the Model/auth page) to add it."));
        else if (ref.provider == u"lmstudio")
            lines.append(
                QStringLiteral("LM Studio is not configured. Add models.providers.lmstudio with baseUrl "
                               "\"http://127.0.0.1:1234/v1\", api \"openai-responses\" and its models."));
        else
            lines.append(
                QStringLiteral("No provider \"%1\" is known: add a models.providers.%1 block (baseUrl, api, "
                               "models) or pick a model from `clawdesk models list --all`.")
                    .arg(ref.provider));
        return lines;
    }

    for (const ModelInfo &model : provider->models) {
        if (model.id.compare(ref.model, Qt::CaseInsensitive) == 0) {
            lines.append(QStringLiteral("Model ids are case-sensitive: did you mean %1/%2?")
                             .arg(ref.provider, model.id));
            return lines;
        }
    }
    if (ref.provider == u"minimax" && ref.model == u"MiniMax-M2.1-lightning") {
        lines.append(
            QStringLiteral("MiniMax-M2.1-lightning exists only when models.providers.minimax is configured. "
                           "Add the provider block (baseUrl \"https://api.minimax.io/anthropic\", api "
                           "\"anthropic-messages\") or use minimax/MiniMax-M2.1."));
        return lines;
    }
    QStringList known;
    for (const ModelInfo &model : provider->models)
        known.append(model.id);
    lines.append(
        QStringLiteral("Provider \"%1\" has no model \"%2\"%3. List it under models.providers.%1.models, or "
                       "use one of the known ids.")
            .arg(ref.provider, ref.model,
                 known.isEmpty() ? QString()
                                 : QStringLiteral(" (known: %1)").arg(known.join(QStringLiteral(", ")))));
    return lines;
}

QStringList ModelDiagnosis::providerProblems(const QString &providerId) const
{
    QStringList problems;
    const ProviderInfo *provider = m_registry.provider(providerId);
    if (!provider)
        return problems;
    const QUrl url(provider->baseUrl);
    if (provider->api == u"anthropic-messages" && url.path().endsWith(QStringLiteral("/v1")))
        problems.append(
            QStringLiteral("models.providers.%1.baseUrl ends in /v1, but the anthropic-messages api appends "
                           "/v1/messages itself (requests would go to …/v1/v1/messages). Remove the /v1, "
                           "e.g. https://api.minimax.io/anthropic.")
                .arg(providerId));
    if (provider->api == u"openai-completions" && !provider->baseUrl.isEmpty() &&
        !url.path().contains(QStringLiteral("/v1")) && !provider->isLocal())
        problems.append(
            QStringLiteral("models.providers.%1.baseUrl has no /v1: the openai-completions api appends only "
                           "/chat/completions, so the base URL usually ends in /v1.")
                .arg(providerId));
    if (!provider->baseUrl.isEmpty() && !url.isValid())
        problems.append(QStringLiteral("models.providers.%1.baseUrl is not a valid URL.").arg(providerId));
    if (!provider->isLocal() && !m_registry.credential(providerId).isValid()) {
        const QStringList vars = ModelRegistry::envVarsFor(providerId);
        problems.append(QStringLiteral("No API key found for provider \"%1\". Set %2, add an auth profile "
                                       "(`clawdesk onboard`), or set models.providers.%1.apiKey.")
                            .arg(providerId, vars.isEmpty() ? QStringLiteral("its API key")
                                                            : vars.join(QStringLiteral(" or "))));
    }
    return problems;
}

} // namespace clawdesk
