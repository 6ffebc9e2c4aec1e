#include "failoverclassifier.h"

#include <QRegularExpression>

namespace clawdesk {

QString failoverReasonName(FailoverReason reason)
{
    switch (reason) {
    case FailoverReason::Auth:
        return QStringLiteral("auth");
    case FailoverReason::Billing:
        return QStringLiteral("billing");
    case FailoverReason::RateLimit:
        return QStringLiteral("rate_limit");
    case FailoverReason::Timeout:
        return QStringLiteral("timeout");
    case FailoverReason::Overloaded:
        return QStringLiteral("overloaded");
    case FailoverReason::ServerError:
        return QStringLiteral("server_error");
    case FailoverReason::Connection:
        return QStringLiteral("connection");
    case FailoverReason::ModelNotFound:
        return QStringLiteral("model_not_found");
    }
    return {};
}

std::optional<FailoverReason> FailoverClassifier::classifyMessage(const QString &message)
{
    const QString text = message.toLower();
    const auto matches = [&text](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
    };
    // Image size problems and request-format problems are the client's to fix, never failover.
    if (matches("image (dimensions|size)|image exceeds|string should match pattern|tool_use\\.id|"
                "tool_use_id|invalid request format"))
        return std::nullopt;
    if (matches("overloaded"))
        return FailoverReason::Overloaded;
    if (matches("\\b402\\b|payment required|insufficient credits|credit balance|plans & billing|"
                "billing.*(upgrade|credits|payment|plan)"))
        return FailoverReason::Billing;
    if (matches("rate[_ ]limit|too many requests|\\b429\\b|exceeded your current quota|"
                "resource has been exhausted|quota exceeded|resource_exhausted|usage limit"))
        return FailoverReason::RateLimit;
    if (matches("timeout|timed out|deadline exceeded"))
        return FailoverReason::Timeout;
    if (matches("invalid[_ ]?api[_ ]?key|incorrect api key|invalid token|authentication|re-authenticate|"
                "oauth token refresh failed|unauthorized|forbidden|access denied|expired|\\b401\\b|"
                "\\b403\\b|no credentials found|no api key found"))
        return FailoverReason::Auth;
    if (matches("unknown model|model not found|model_not_found|no such model"))
        return FailoverReason::ModelNotFound;
    return std::nullopt;
}

std::optional<FailoverReason> FailoverClassifier::classify(int status, UpstreamError transport,
                                                           const QString &message)
{
    switch (transport) {
    case UpstreamError::None:
        break;
    case UpstreamError::Aborted:
        return std::nullopt; // the client went away: nothing to fail over for
    case UpstreamError::Timeout:
        return FailoverReason::Timeout;
    case UpstreamError::TooLarge:
        return FailoverReason::ServerError; // a broken answer of this model; another may do
    case UpstreamError::ConnectionRefused:
    case UpstreamError::ConnectionReset:
    case UpstreamError::Tls:
    case UpstreamError::HostNotFound:
    case UpstreamError::Other:
        if (status == 0)
            return FailoverReason::Connection;
        break;
    }
    switch (status) {
    case 401:
    case 403:
        return FailoverReason::Auth;
    case 402:
        return FailoverReason::Billing;
    case 404:
        return FailoverReason::ModelNotFound;
    case 408:
        return FailoverReason::Timeout;
    case 429:
        return FailoverReason::RateLimit;
    case 529:
        return FailoverReason::Overloaded;
    default:
        break;
    }
    if (status >= 500) {
        if (message.contains(QLatin1String("overloaded"), Qt::CaseInsensitive))
            return FailoverReason::Overloaded;
        return status == 504 ? FailoverReason::Timeout : FailoverReason::ServerError;
    }
    // 400 and other 4xx (and in-stream errors, status 0/200) fail over only for known texts.
    return classifyMessage(message);
}

} // namespace clawdesk
