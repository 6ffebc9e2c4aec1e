#pragma once

#include "openclawconfig.h"

namespace clawdesk {

/// @brief Expands `$include` (a path or a list of paths, relative to the including file) at any
/// depth: included objects are deep-merged, then sibling keys are merged over them (spec §1.2).
class IncludeResolver
{
public:
    static constexpr int MaxDepth = 10;

    struct Result
    {
        JsonValue value;
        QList<OpenClawConfig::IncludedFile> files;
        ConfigIssues issues;
    };

    static Result resolve(const JsonValue &root, const QString &rootFile);
    /// Objects merge key by key (recursively); anything else is replaced by `over`.
    static JsonValue deepMerge(const JsonValue &base, const JsonValue &over);

private:
    JsonValue expand(const JsonValue &value, const QString &file, const QStringList &chain,
                     const QStringList &mount);
    JsonValue loadInclude(const QString &spec, const QString &file, const QStringList &chain,
                          const QStringList &mount);

    Result m_result;
};

} // namespace clawdesk
