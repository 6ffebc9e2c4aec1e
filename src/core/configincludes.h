#pragma once

#include "openclawconfig.h"

namespace clawdesk {

/// @brief Expands `$include` (a path or a list of paths, relative to the including file) at any
/// depth: included objects are deep-merged, then sibling keys are merged over them.
///
/// Like OpenClaw, an include must stay inside the main config's folder (also after following
/// symlinks), so a config cannot pull in /etc/passwd or a key file; it must be a regular file of
/// at most 2 MB, and one load reads at most MaxFiles include files and MaxTotalBytes in all, so a
/// fan-out of includes (a → b, b twice → …) cannot grow without bound.
class IncludeResolver
{
public:
    static constexpr int MaxDepth = 10;
    static constexpr int MaxFiles = 100;
    static constexpr qint64 MaxTotalBytes = 16LL * 1024 * 1024;

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

    void report(const QString &where, const QString &message, const QString &file);

    Result m_result;
    QString m_rootDir;     ///< the main config's folder, as written
    QString m_rootRealDir; ///< the same after following symlinks
    int m_filesRead = 0;
    qint64 m_bytesRead = 0;
    bool m_budgetReported = false;
};

} // namespace clawdesk
