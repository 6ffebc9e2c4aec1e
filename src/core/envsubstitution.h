#pragma once

#include "environment.h"
#include "jsonvalue.h"

#include <QStringList>

namespace clawdesk {

/// @brief `${VAR}` substitution over every string of a config value, at any depth, as OpenClaw
/// applies it when it loads the config (keys and non-string values are left alone).
///
/// Only upper-case names (`[A-Z_][A-Z0-9_]*`) are substituted; `$${NAME}` yields a literal
/// `${NAME}`; anything else is left as written. A missing or empty variable is an error naming
/// the config path where it is referenced.
class EnvSubstitution
{
public:
    struct MissingVar
    {
        QString name;
        QString configPath; ///< dot path, array items as [i]
        QString message() const;
    };

    explicit EnvSubstitution(const Environment &env)
        : m_env(env)
    {}

    JsonValue apply(const JsonValue &value);
    QString applyToString(const QString &text, const QString &configPath);
    const QList<MissingVar> &missing() const { return m_missing; }

    /// The variable names a string refers to (escaped `$${…}` excluded).
    static QStringList referencedNames(const QString &text);

private:
    JsonValue applyAt(const JsonValue &value, const QString &path);

    const Environment &m_env;
    QList<MissingVar> m_missing;
};

} // namespace clawdesk
