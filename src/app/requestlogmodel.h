#pragma once

#include "gatewayevents.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace clawdesk {

/// @brief The gateway's recent requests, newest first, capped (the Gateway page's live log).
///
/// Roles: `time` (QDateTime), `requested`, `served`, `status` (int), `latencyMs`, `inputTokens`,
/// `outputTokens`, `costUsd` (double), `failedOver` (bool: served by another model than asked,
/// after failed attempts), `attempts` (list), `error`.
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
    };
    Q_ENUM(Role)

    explicit RequestLogModel(int capacity = 200, QObject *parent = nullptr);

    void add(const RequestRecord &record);
    Q_INVOKABLE void clear();

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
