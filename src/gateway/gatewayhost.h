#pragma once

#include "environment.h"
#include "gatewaycontroller.h"

#include <QObject>

class QSettings;

namespace clawdesk {

class UsageLedger;

/// @brief Hosts the embedded gateway for the desktop app and `clawdesk gateway run` alike: turns
/// ClawDesk's settings into gateway options, owns the controller and the usage ledger that every
/// finished request is written to.
class GatewayHost : public QObject
{
    Q_OBJECT
public:
    /// @p usageDatabase empty: the default usage database.
    explicit GatewayHost(const QString &usageDatabase, QObject *parent = nullptr);

    /// What ClawDesk's settings say: port, bind, token (generated and stored on first use), whether
    /// unknown model names go to the primary chain, and the browser origins allowed to call. Where
    /// openclaw.json is and which environment applies are the caller's to add.
    /// A token passed with @p storeToken false is read but never generated or written.
    static GatewayOptions optionsFrom(QSettings &settings, bool storeToken = true);
    /// The usage database: CLAWDESK_USAGE_DB when @p env sets it, else the default location.
    static QString usageDatabaseFor(const Environment &env);

    GatewayController *controller() { return &m_controller; }
    UsageLedger *ledger() const { return m_ledger; }
    QString usageDatabase() const;

    void start(const GatewayOptions &options) { m_controller.start(options); }
    void stop() { m_controller.stop(); }
    void restart() { m_controller.restart(); }

private:
    GatewayController m_controller;
    UsageLedger *m_ledger; ///< a child: deleted after the controller, so late records still land
};

} // namespace clawdesk
