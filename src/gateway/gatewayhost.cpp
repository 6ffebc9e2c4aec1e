#include "gatewayhost.h"

#include "gatewaysettings.h"
#include "usageledger.h"

#include <QSettings>

namespace clawdesk {

GatewayHost::GatewayHost(const QString &usageDatabase, QObject *parent)
    : QObject(parent)
    , m_ledger(new UsageLedger(usageDatabase, this))
{
    // Queued into the ledger's own thread: writing never delays a response.
    connect(&m_controller, &GatewayController::requestFinished, m_ledger, &UsageLedger::record);
}

GatewayOptions GatewayHost::optionsFrom(QSettings &settings, bool storeToken)
{
    return GatewaySettings::load(settings, storeToken);
}

QString GatewayHost::usageDatabaseFor(const Environment &env)
{
    const QString configured = env.value(QStringLiteral("CLAWDESK_USAGE_DB"));
    return configured.isEmpty() ? UsageLedger::defaultPath() : configured;
}

QString GatewayHost::usageDatabase() const
{
    return m_ledger->path();
}

} // namespace clawdesk
