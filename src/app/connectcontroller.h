#pragma once

#include "environment.h"
#include "gatewayendpoint.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace clawdesk {

class ToolConnector;

/// @brief The Gateway page's "Connect your tools": per coding tool whether its own config uses the
/// gateway, the change connecting would make (a diff, token masked), the write, and the undo that
/// puts the file back byte for byte. The files are the ones `clawdesk connect` writes.
class ConnectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// One map per tool: id, name, path (shown with ~), state ("connected", "notConnected",
    /// "overridden"), overrides (why, one line each), canUndo.
    Q_PROPERTY(QVariantList tools READ tools NOTIFY toolsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ConnectController(QObject *parent = nullptr);
    ~ConnectController() override;

    /// Uses @p env, @p homeDir and @p endpoint instead of the system's and the gateway settings' (tests).
    void setContext(const Environment &env, const QString &homeDir, const GatewayEndpoint &endpoint);

    QVariantList tools() const { return m_tools; }
    QString lastError() const { return m_lastError; }

    /// Re-reads every tool's file and the gateway's address and token.
    Q_INVOKABLE void refresh();
    /// The diff connecting @p id would apply, or an empty string when it is already connected;
    /// sets lastError when the file cannot be merged.
    Q_INVOKABLE QString preview(const QString &id);
    /// Writes the change; false with lastError.
    Q_INVOKABLE bool connectTool(const QString &id);
    /// Restores the file as it was before the first connect; false with lastError.
    Q_INVOKABLE bool undo(const QString &id);

signals:
    void toolsChanged();
    void lastErrorChanged();

private:
    ToolConnector connector() const;
    void setLastError(const QString &error);

    std::optional<Environment> m_env;
    QString m_home;
    std::optional<GatewayEndpoint> m_endpoint;
    QVariantList m_tools;
    QString m_lastError;
};

} // namespace clawdesk
