#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace clawdesk {

class CodingPlanQuota;
struct CodingPlanUsage;
class ConfigController;

/// @brief The MiniMax Coding Plan quota for the Overview page and the tray ("5h 63% left ⏱2h 10m ·
/// week 88% left"), fetched every 10 minutes and whenever the config or the sign-in changes, only
/// when a MiniMax credential exists.
class QuotaMonitor : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Quota)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    static constexpr int IntervalMs = 10 * 60 * 1000;

    QuotaMonitor(ConfigController *config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~QuotaMonitor() override;

    bool available() const { return !m_text.isEmpty(); }
    QString text() const { return m_text; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    /// "5h 63% left ⏱2h 10m · week 88% left ⏱4d 19h", in the UI language.
    static QString format(const CodingPlanUsage &usage, const QDateTime &now);

    static QuotaMonitor *create(QQmlEngine *, QJSEngine *);
    static void setInstance(QuotaMonitor *instance);

signals:
    void changed();

private:
    ConfigController *m_config;
    CodingPlanQuota *m_quota;
    QTimer m_timer;
    QString m_text;
    QString m_error;
};

} // namespace clawdesk
