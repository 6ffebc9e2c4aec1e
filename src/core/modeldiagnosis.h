#pragma once

#include "modelref.h"

#include <QStringList>

namespace clawdesk {

class ModelRegistry;

/// @brief Explains in words why a model ref does not resolve, or what in a provider block will fail,
/// and how to fix it. The first line of unknownModel() is OpenClaw's exact `Unknown model: p/m`.
class ModelDiagnosis
{
public:
    explicit ModelDiagnosis(const ModelRegistry &registry)
        : m_registry(registry)
    {}

    static QString unknownModelText(const ModelRef &ref)
    {
        return QStringLiteral("Unknown model: ") + ref.key();
    }
    /// Lines: the exact error, then the reasons and fixes.
    QStringList unknownModel(const ModelRef &ref) const;
    /// Problems of a resolvable provider that will make requests fail (wrong base URL for its api,
    /// no credentials, …); empty when none are found.
    QStringList providerProblems(const QString &providerId) const;

private:
    const ModelRegistry &m_registry;
};

} // namespace clawdesk
