#pragma once

#include <QString>

namespace clawdesk {

/// @brief An error in API-neutral form; each codec renders it in its own shape.
struct ApiError
{
    enum class Kind {
        InvalidRequest,
        Authentication,
        Permission,
        NotFound,
        RequestTooLarge,
        RateLimit,
        Overloaded,
        Api,
        Timeout
    };
    Kind kind = Kind::Api;
    int httpStatus = 500;
    QString message;
    QString param;
    QString code;

    /// 400→InvalidRequest, 401→Authentication, 403→Permission, 404→NotFound, 408/504→Timeout,
    /// 413→RequestTooLarge, 429→RateLimit, 503/529→Overloaded, other 4xx→InvalidRequest, else Api.
    static ApiError fromStatus(int status, const QString &message);
    /// An error of the given kind with that kind's canonical HTTP status.
    static ApiError fromKind(Kind kind, const QString &message);
    static ApiError invalidRequest(const QString &message) { return fromKind(Kind::InvalidRequest, message); }
    static int statusForKind(Kind kind);

    /// Anthropic's error.type string for the kind ("invalid_request_error", …).
    static QString anthropicType(Kind kind);
    /// The kind for an Anthropic error.type string (unknown → Api).
    static Kind kindFromAnthropicType(const QString &type, Kind fallback = Kind::Api);
    /// OpenAI's error.type string for the kind.
    static QString openAIType(Kind kind);
};

} // namespace clawdesk
