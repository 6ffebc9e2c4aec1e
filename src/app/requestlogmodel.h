#pragma once

#include "gatewayevents.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace clawdesk {

/// @brief The gateway's recent requests, newest first, capped (the Gateway page's request inspector).
///
/// Roles: `time` (QDateTime), `client` (the calling tool, else the API it spoke), `requested`,
/// `served`, `status` (int), `latencyMs`, `inputTokens`, `outputTokens`, `costUsd` (double),
/// `failedOver` (bool: served after earlier candidates failed), `reason` (why the gateway moved on,
/// in words; for a refused request the error), `attempts` (list of {model, reason, reasonText}),
/// `degradations` (what translation to the provider's api dropped or mapped), `error`.
class RequestLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Gateway.log")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TimeRole = Qt::UserRole + 1,
        RequestedRole,
        ServedRole,
        StatusRole,
        LatencyRole,
        InputTokensRole,
        OutputTokensRole,
        CostRole,
        FailedOverRole,
        AttemptsRole,
        ErrorRole,
        ClientRole,
        ReasonRole,
        DegradationsRole,
    };
    Q_ENUM(Role)

    explicit RequestLogModel(int capacity = 200, QObject *parent = nullptr);

    void add(const RequestRecord &record);
    Q_INVOKABLE void clear();
    /// Every role of @p row as a map (the inspector's detail pane); empty for a row that is gone.
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<RequestRecord> m_records; // newest first
    int m_capacity;
};

} // namespace clawdesk
