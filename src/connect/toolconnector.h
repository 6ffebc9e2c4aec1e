#pragma once

#include "environment.h"
#include "gatewayendpoint.h"
#include "toolconfig.h"

#include <QByteArray>
#include <QString>

namespace clawdesk {

/// @brief What connecting a tool would change: its file before and after, the diff to show (the
/// token masked), and the shell variables that would override it.
struct ConnectPlan
{
    std::shared_ptr<const ToolConfig> tool;
    QString path;
    bool exists = false;
    QByteArray before;
    QByteArray after;
    QString diff;
    QString error; ///< "<file>:line:column: message" when the file cannot be merged
    QList<ToolOverride> overrides;

    bool ok() const { return error.isEmpty(); }
    bool changes() const { return ok() && (!exists || before != after); }
};

/// @brief Connects coding tools to the gateway by writing their own config files, and undoes it byte
/// for byte. Before the first write the original file (or that there was none) is kept in ClawDesk's
/// state folder; undo puts it back and forgets it.
class ToolConnector
{
public:
    enum class State { NotConnected, Connected, Overridden };

    ToolConnector(Environment env, QString homeDir, GatewayEndpoint endpoint);

    ConnectPlan plan(const ToolConfig &tool) const;
    /// Writes what @p plan computed (0600); keeps the original first. False with *error.
    bool apply(const ConnectPlan &plan, QString *error) const;
    /// Restores the file as it was before ClawDesk connected it. Sets *restoredPath; false with *error
    /// when there is nothing to undo or the write fails.
    bool undo(const ToolConfig &tool, QString *restoredPath, QString *error) const;

    State state(const ToolConfig &tool) const;
    /// True when ClawDesk keeps an original of this tool's file (so undo can run).
    bool canUndo(const ToolConfig &tool) const;
    /// Where the originals are kept.
    QString recordFolder() const;
    const GatewayEndpoint &endpoint() const { return m_endpoint; }

private:
    QString recordFile(const ToolConfig &tool) const;

    Environment m_env;
    QString m_home;
    GatewayEndpoint m_endpoint;
};

} // namespace clawdesk
