#include "connectcontroller.h"

#include "atomicfile.h"
#include "configpaths.h"
#include "currentendpoint.h"
#include "toolconnector.h"

#include <QDir>

namespace clawdesk {

ConnectController::ConnectController(QObject *parent)
    : QObject(parent)
{
    refresh();
}

ConnectController::~ConnectController() = default;

void ConnectController::setContext(const Environment &env, const QString &homeDir,
                                   const GatewayEndpoint &endpoint)
{
    m_env = env;
    m_home = homeDir;
    m_endpoint = endpoint;
    refresh();
}

ToolConnector ConnectController::connector() const
{
    if (m_env && m_endpoint)
        return ToolConnector(*m_env, m_home, *m_endpoint);
    const Environment env = systemEnvironment();
    const QString home = QDir::homePath();
    return ToolConnector(env, home, currentGatewayEndpoint(ConfigPaths::resolve(env, home), env));
}

void ConnectController::refresh()
{
    const ToolConnector tools = connector();
    QVariantList rows;
    for (const auto &tool : ToolConfig::all()) {
        const ConnectPlan plan = tools.plan(*tool);
        QString state = QStringLiteral("notConnected");
        if (plan.ok() && !plan.changes())
            state = plan.overrides.isEmpty() ? QStringLiteral("connected") : QStringLiteral("overridden");
        QStringList overrides;
        for (const ToolOverride &override : plan.overrides)
            overrides.append(override.message);
        rows.append(QVariantMap{{QStringLiteral("id"), tool->id()},
                                {QStringLiteral("name"), tool->displayName()},
                                {QStringLiteral("path"), displayPath(plan.path)},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("overrides"), overrides.join(QLatin1Char('\n'))},
                                {QStringLiteral("canUndo"), tools.canUndo(*tool)}});
    }
    if (rows != m_tools) {
        m_tools = rows;
        emit toolsChanged();
    }
}

QString ConnectController::preview(const QString &id)
{
    const auto tool = ToolConfig::find(id);
    if (!tool) {
        setLastError(tr("Unknown tool: %1").arg(id));
        return {};
    }
    const ConnectPlan plan = connector().plan(*tool);
    setLastError(plan.error);
    return plan.changes() ? plan.diff : QString();
}

bool ConnectController::connectTool(const QString &id)
{
    const auto tool = ToolConfig::find(id);
    if (!tool) {
        setLastError(tr("Unknown tool: %1").arg(id));
        return false;
    }
    const ToolConnector tools = connector();
    QString error;
    const bool ok = tools.apply(tools.plan(*tool), &error);
    setLastError(error);
    refresh();
    return ok;
}

bool ConnectController::undo(const QString &id)
{
    const auto tool = ToolConfig::find(id);
    if (!tool) {
        setLastError(tr("Unknown tool: %1").arg(id));
        return false;
    }
    QString path;
    QString error;
    const bool ok = connector().undo(*tool, &path, &error);
    setLastError(error);
    refresh();
    return ok;
}

void ConnectController::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

} // namespace clawdesk
