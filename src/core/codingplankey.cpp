#include "codingplankey.h"

namespace clawdesk {

CodingPlanKey CodingPlanKey::find(const ConfigSnapshot &snapshot)
{
    CodingPlanKey key;
    QString providerId = QStringLiteral("minimax");
    key.bearer = snapshot.config().environment().value(QStringLiteral("MINIMAX_CODE_PLAN_KEY")).trimmed();
    for (const QString &candidate : {QStringLiteral("minimax"), QStringLiteral("minimax-portal")}) {
        if (!key.bearer.isEmpty())
            break;
        const CredentialResolution credential = snapshot.registry().credential(candidate);
        if (credential.isValid() && !credential.expired) {
            key.bearer = credential.secret;
            providerId = candidate;
        }
    }
    const ProviderInfo *provider = snapshot.registry().provider(providerId);
    key.china = provider && provider->baseUrl.contains(QStringLiteral("minimaxi.com"));
    return key;
}

} // namespace clawdesk
