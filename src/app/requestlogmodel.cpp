#include "requestlogmodel.h"

#include "appstate.h"

namespace clawdesk {

namespace {

/// "p/m: reason" (the record's form) as {model, reason code, reason in words}.
QVariantMap attemptOf(const QString &attempt)
{
    const qsizetype colon = attempt.lastIndexOf(QLatin1String(": "));
    const QString model = colon < 0 ? attempt : attempt.left(colon);
    const QString reason = colon < 0 ? QString() : attempt.mid(colon + 2);
    return {{QStringLiteral("model"), model},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("reasonText"), AppState::reasonText(reason)}};
}

QString clientName(const QString &clientApi)
{
    if (clientApi == u"anthropic-messages")
        return QStringLiteral("Anthropic");
    if (clientApi == u"openai-chat")
        return QStringLiteral("OpenAI Chat");
    if (clientApi == u"openai-responses")
        return QStringLiteral("OpenAI Responses");
    return clientApi;
}

} // namespace

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
    case AttemptsRole: {
        QVariantList attempts;
        for (const QString &attempt : r.attempts)
            attempts.append(attemptOf(attempt));
        return attempts;
    }
    case ErrorRole:
        return r.error;
    case ClientRole:
        return r.client.isEmpty() ? clientName(r.clientApi) : r.client;
    case DegradationsRole:
        return r.degradations;
    case ReasonRole:
        if (!r.failoverReason.isEmpty())
            return AppState::reasonText(r.failoverReason);
        if (!r.attempts.isEmpty())
            return attemptOf(r.attempts.first()).value(QStringLiteral("reasonText"));
        return r.servedModel.isEmpty() ? r.error : QString();
    }
    return {};
}

QVariantMap RequestLogModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const QModelIndex at = index(row);
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(at, it.key()));
    return out;
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
            {ErrorRole, "error"},
            {ClientRole, "client"},
            {ReasonRole, "reason"},
            {DegradationsRole, "degradations"}};
}

} // namespace clawdesk
