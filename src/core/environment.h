#pragma once

#include <QHash>
#include <QString>

namespace clawdesk {

/// @brief A snapshot of environment variables; passed explicitly so tests and the gateway never
/// depend on (or mutate) the process environment.
using Environment = QHash<QString, QString>;

/// The process environment as an Environment.
Environment systemEnvironment();

/// Reads KEY=VALUE lines of a dotenv file into env, without overriding variables already set.
void loadDotEnvFile(const QString &path, Environment &env);

} // namespace clawdesk
