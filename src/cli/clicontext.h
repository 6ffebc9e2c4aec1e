#pragma once

#include "configpaths.h"
#include "configstore.h"
#include "environment.h"

#include <QTextStream>

namespace clawdesk {

/// @brief What every CLI command works with: where OpenClaw's files are, the environment, and
/// the output streams (stdout for results, stderr for errors and warnings).
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err, const Environment &env, const ConfigPaths &paths)
        : out(out)
        , err(err)
        , env(env)
        , paths(paths)
    {}

    /// The process environment plus `<stateDir>/.env`, and the paths it selects.
    static Environment cliEnvironment(const ConfigPaths &paths);

    ConfigStore store() const { return ConfigStore(paths, env); }
    QString displayPath(const QString &path) const { return paths.displayPath(path); }

    /// Prints "Error: <message>" to stderr; returns the user-error exit code 1.
    int fail(const QString &message);
    /// Applies an edit to openclaw.json as it is now; prints OpenClaw's "Invalid config" block or
    /// "Error: …" on failure (returns 1), and "Updated <file>" when the file changed and
    /// `announceUpdate` is set (returns 0).
    int editConfig(const ConfigStore::Mutation &mutation, bool announceUpdate = true);
    /// Prints each config warning to stderr once.
    void printWarnings(const OpenClawConfig &config);

    QTextStream &out;
    QTextStream &err;
    Environment env;
    ConfigPaths paths;
};

} // namespace clawdesk
