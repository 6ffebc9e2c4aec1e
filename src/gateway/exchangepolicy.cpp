#include "exchangepolicy.h"

#include <QLocale>

#include <cmath>

namespace clawdesk::exchangepolicy {

std::optional<int> retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::ceil(seconds)));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, now.secsTo(when)));
}

std::optional<int> quickRetryDelayMs(const QByteArray &retryAfter, FailoverReason reason,
                                     const QDateTime &now)
{
    if (reason != FailoverReason::RateLimit && reason != FailoverReason::Overloaded &&
        reason != FailoverReason::ServerError)
        return std::nullopt;
    const std::optional<int> seconds = retryAfterSeconds(retryAfter, now);
    if (!seconds || *seconds > MaxQuickRetrySeconds)
        return std::nullopt;
    return *seconds * 1000 + 50;
}

double costUsd(const ModelCost &cost, const Usage &usage)
{
    return (cost.input * double(usage.input) + cost.output * double(usage.output) +
            cost.cacheRead * double(usage.cacheRead) + cost.cacheWrite * double(usage.cacheWrite)) /
           1e6;
}

QString clientApiName(WireApi api)
{
    switch (api) {
    case WireApi::AnthropicMessages:
        return QStringLiteral("anthropic-messages");
    case WireApi::OpenAIChat:
        return QStringLiteral("openai-chat");
    case WireApi::OpenAIResponses:
        return QStringLiteral("openai-responses");
    }
    return {};
}

QByteArray degradationHeader(const QStringList &degradations, int maxBytes)
{
    QByteArray out;
    for (qsizetype i = 0; i < degradations.size(); ++i) {
        QByteArray item = degradations.at(i).toUtf8();
        item.replace("\xe2\x86\x92", "->"); // the arrow, spelled in ASCII for header parsers
        for (char &c : item) {
            if (uchar(c) < 0x20 || uchar(c) > 0x7e)
                c = '?';
        }
        const QByteArray more = "; +" + QByteArray::number(degradations.size() - i) + " more";
        if (out.size() + item.size() + 2 + more.size() > maxBytes) {
            out += i == 0 ? more.mid(2) : more;
            break;
        }
        if (!out.isEmpty())
            out += "; ";
        out += item;
    }
    return out;
}

} // namespace clawdesk::exchangepolicy
