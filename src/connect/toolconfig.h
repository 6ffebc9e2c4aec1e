#pragma once

#include "environment.h"
#include "gatewayendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace clawdesk {

/// @brief A shell variable that makes a tool read something other than what ClawDesk wrote.
struct ToolOverride
{
    QString variable;
    QString message; ///< one line: what it does and what to do about it
};

/// @brief One coding tool's own config file and how ClawDesk merges its keys into it. Writers only
/// compute text; reading, backing up, writing and undoing the file is ToolConnector's job.
class ToolConfig
{
public:
    virtual ~ToolConfig() = default;

    virtual QString id() const = 0;          ///< `claude-code`, the CLI's word
    virtual QString displayName() const = 0; ///< `Claude Code`
    /// The file the tool reads, from @p env (e.g. CODEX_HOME) and the home folder.
    virtual QString configPath(const Environment &env, const QString &homeDir) const = 0;
    /// @p current (empty when the file does not exist) with ClawDesk's keys set to @p endpoint; every
    /// other byte stays as it was. False with a one-line *error (with line:column) when the file
    /// cannot be read as the tool's format.
    virtual bool merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
                       QString *error) const = 0;
    /// Variables set in @p env that would make the tool ignore what was written to @p path.
    virtual QList<ToolOverride> overrides(const Environment &env, const QString &homeDir) const;

    /// Every tool ClawDesk can connect, in the order the UI lists them.
    static const QList<std::shared_ptr<const ToolConfig>> &all();
    /// The tool with @p id, or null.
    static std::shared_ptr<const ToolConfig> find(const QString &id);
};

} // namespace clawdesk
