#include "requestlogmodel.h"

namespace clawdesk {

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void RequestLogModel::add(const RequestRecord &record)
{
    if (m_records.size() >= m_capacity) {
        const int last = static_cast<int>(m_records.size()) - 1;
        beginRemoveRows({}, last, last);
        m_records.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    endInsertRows();
    emit countChanged();
}

void RequestLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
    emit countChanged();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &r = m_records.at(index.row());
    switch (role) {
    case TimeRole:
        return r.time;
    case Qt::DisplayRole:
    case RequestedRole:
        return r.requestedModel;
    case ServedRole:
        return r.servedModel;
    case StatusRole:
        return r.status;
    case LatencyRole:
        return r.latencyMs;
    case InputTokensRole:
        return r.inputTokens;
    case OutputTokensRole:
        return r.outputTokens;
    case CostRole:
        return r.costUsd;
    case FailedOverRole:
        return !r.attempts.isEmpty() && !r.servedModel.isEmpty();
    case AttemptsRole:
        return r.attempts;
    case ErrorRole:
        return r.error;
    }
    return {};
}

QHash<int, QByteArray> RequestLogModel::roleNames() const
{
    return {{TimeRole, "time"},
            {RequestedRole, "requested"},
            {ServedRole, "served"},
            {StatusRole, "status"},
            {LatencyRole, "latencyMs"},
            {InputTokensRole, "inputTokens"},
            {OutputTokensRole, "outputTokens"},
            {CostRole, "costUsd"},
            {FailedOverRole, "failedOver"},
            {AttemptsRole, "attempts"},
            {ErrorRole, "error"}};
}

} // namespace clawdesk
