#pragma once

#include <QtGlobal>

namespace clawdesk {

/// @brief Hardening limits of HttpServer; a value <= 0 disables a timeout.
struct HttpServerLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;     ///< request line + headers (and chunk trailers) → 431
    qint64 maxBodyBytes = 32LL * 1024 * 1024; ///< → 413, decided from Content-Length before the body is read
    int headerTimeoutMs = 10000; ///< first byte of a request to end of headers → 408 (slowloris)
    int bodyTimeoutMs = 60000;   ///< end of headers to end of body → 408
    int idleTimeoutMs = 75000;   ///< keep-alive connection without a request → silent close (a new
                                 ///< connection gets headerTimeoutMs for its first byte)
    int maxConnections = 1024;   ///< when full, the longest-waiting connection without a request in
                                 ///< progress is closed for a newcomer; if all are busy → 503
};

} // namespace clawdesk
