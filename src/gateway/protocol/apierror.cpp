#include "apierror.h"

namespace clawdesk {

ApiError ApiError::fromStatus(int status, const QString &message)
{
    ApiError e;
    e.httpStatus = status;
    e.message = message;
    switch (status) {
    case 400:
        e.kind = Kind::InvalidRequest;
        break;
    case 401:
        e.kind = Kind::Authentication;
        break;
    case 402: // billing: OpenClaw treats it like an auth/permission failure
    case 403:
        e.kind = Kind::Permission;
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    case 408:
    case 504:
        e.kind = Kind::Timeout;
        break;
    case 413:
        e.kind = Kind::RequestTooLarge;
        break;
    case 429:
        e.kind = Kind::RateLimit;
        break;
    case 503:
    case 529:
        e.kind = Kind::Overloaded;
        break;
    default:
        e.kind = (status >= 400 && status < 500) ? Kind::InvalidRequest : Kind::Api;
        break;
    }
    return e;
}

int ApiError::statusForKind(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
        return 400;
    case Kind::Authentication:
        return 401;
    case Kind::Permission:
        return 403;
    case Kind::NotFound:
        return 404;
    case Kind::RequestTooLarge:
        return 413;
    case Kind::RateLimit:
        return 429;
    case Kind::Overloaded:
        return 529;
    case Kind::Api:
        return 500;
    case Kind::Timeout:
        return 504;
    }
    return 500;
}

ApiError ApiError::fromKind(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = statusForKind(kind);
    e.message = message;
    return e;
}

QString ApiError::anthropicType(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
        return QStringLiteral("invalid_request_error");
    case Kind::Authentication:
        return QStringLiteral("authentication_error");
    case Kind::Permission:
        return QStringLiteral("permission_error");
    case Kind::NotFound:
        return QStringLiteral("not_found_error");
    case Kind::RequestTooLarge:
        return QStringLiteral("request_too_large");
    case Kind::RateLimit:
        return QStringLiteral("rate_limit_error");
    case Kind::Overloaded:
        return QStringLiteral("overloaded_error");
    case Kind::Timeout:
        return QStringLiteral("timeout_error");
    case Kind::Api:
        break;
    }
    return QStringLiteral("api_error");
}

ApiError::Kind ApiError::kindFromAnthropicType(const QString &type, Kind fallback)
{
    static const Kind kinds[] = {
        Kind::InvalidRequest, Kind::Authentication, Kind::Permission, Kind::NotFound, Kind::RequestTooLarge,
        Kind::RateLimit,      Kind::Overloaded,     Kind::Api,        Kind::Timeout};
    for (Kind k : kinds) {
        if (anthropicType(k) == type)
            return k;
    }
    return fallback;
}

QString ApiError::openAIType(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
    case Kind::RequestTooLarge:
    case Kind::NotFound:
        return QStringLiteral("invalid_request_error");
    case Kind::Authentication:
        return QStringLiteral("authentication_error");
    case Kind::Permission:
        return QStringLiteral("permission_error");
    case Kind::RateLimit:
        return QStringLiteral("rate_limit_error");
    case Kind::Timeout:
        return QStringLiteral("timeout_error");
    case Kind::Overloaded:
    case Kind::Api:
        break;
    }
    return QStringLiteral("server_error");
}

} // namespace clawdesk
