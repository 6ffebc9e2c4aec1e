#pragma once

#include "configissue.h"
#include "environment.h"
#include "json5document.h"
#include "jsonvalue.h"

#include <QByteArray>
#include <QStringList>

namespace clawdesk {

/// @brief One loaded `openclaw.json`: the editable main document, the merged and the
/// env-substituted values, the effective environment, and every problem with its location.
///
/// Load pipeline, in OpenClaw's order: JSON5 parse → `$include` → `env` block → `${VAR}` →
/// validation. The env block comes before substitution so `${VAR}` can name a variable it defines.
class OpenClawConfig
{
public:
    struct IncludedFile
    {
        QString path;
        QStringList mountPath; ///< where its object was merged in
        Json5Document document;
    };

    /// Loads `path` (a missing file is an empty config). `processEnv` is never modified.
    static OpenClawConfig load(const QString &path, const Environment &processEnv);
    /// Loads from text, as if it were the content of `path` (includes resolve relative to it).
    static OpenClawConfig fromText(const QString &text, const QString &path, const Environment &processEnv);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    /// The main file's bytes as read, for detecting changes made by others before a save.
    const QByteArray &bytes() const { return m_bytes; }
    /// False when the main file (or an include) does not parse: such a file is never written.
    bool parsed() const { return m_parsed; }
    bool isValid() const { return m_parsed && m_issues.isEmpty(); }

    const Json5Document &document() const { return m_document; }
    const JsonValue &merged() const { return m_merged; }
    /// After `${VAR}` substitution; what the registry and the gateway read.
    const JsonValue &resolved() const { return m_resolved; }
    const Environment &environment() const { return m_env; }
    const ConfigIssues &issues() const { return m_issues; }
    QStringList warnings() const { return m_warnings; }

    /// Splits a dot path into keys, re-joining keys that themselves contain dots
    /// (`agents.defaults.models.minimax/MiniMax-M2.1.alias`).
    static QStringList splitDotPath(const JsonValue &root, const QString &dotPath);

private:
    static OpenClawConfig build(const QString &path, bool exists, const QByteArray &bytes,
                                const Environment &processEnv);
    void resolveIncludes();
    void applyEnvBlock();
    void substituteAndValidate();
    void locate(ConfigIssue &issue) const;

    QString m_path;
    bool m_exists = false;
    bool m_parsed = false;
    QByteArray m_bytes;
    Json5Document m_document;
    QList<IncludedFile> m_includes;
    JsonValue m_merged;
    JsonValue m_resolved;
    Environment m_env;
    ConfigIssues m_issues;
    QStringList m_warnings;

    friend class IncludeResolver;
};

} // namespace clawdesk
