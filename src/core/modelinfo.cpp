#include "modelinfo.h"

#include <QUrl>

namespace clawdesk {

const ModelInfo *ProviderInfo::findModel(const QString &modelId) const
{
    for (const ModelInfo &model : models) {
        if (model.id == modelId)
            return &model;
    }
    return nullptr;
}

bool ProviderInfo::isLocal() const
{
    const QString host = QUrl(baseUrl).host().toLower();
    return host == u"localhost" || host == u"127.0.0.1" || host == u"0.0.0.0" || host == u"::1" ||
           host.endsWith(QStringLiteral(".local"));
}

} // namespace clawdesk
