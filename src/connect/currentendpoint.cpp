#include "currentendpoint.h"

#include "configsnapshot.h"
#include "configstore.h"
#include "gatewaysettings.h"
#include "gatewaystatefile.h"
#include "modelselection.h"

#include <QSettings>

namespace clawdesk {

GatewayEndpoint currentGatewayEndpoint(const ConfigPaths &paths, const Environment &env)
{
    QSettings settings(QStringLiteral("ClawDesk"), QStringLiteral("ClawDesk"));
    const GatewayOptions options = GatewaySettings::load(settings);
    quint16 port = options.port;
    const auto running = GatewayStateFile::read(GatewayStateFile::defaultPath());
    if (running && running->port != 0 && GatewayStateFile::isProcessAlive(running->pid))
        port = running->port;
    const ConfigSnapshotPtr snapshot = ConfigSnapshot::create(ConfigStore(paths, env).load(), paths);
    return {QStringLiteral("http://127.0.0.1:%1").arg(port), GatewaySettings::ensureToken(settings),
            ModelSlots::from(snapshot->selection())};
}

} // namespace clawdesk
