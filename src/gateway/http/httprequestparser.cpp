#include "httprequestparser.h"

#include <cstring>

namespace clawdesk {

namespace {

// RFC 9110 tchar; header names and methods must consist of these.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const char *p, qsizetype len)
{
    if (len == 0)
        return false;
    for (qsizetype i = 0; i < len; ++i) {
        if (!isTokenChar(p[i]))
            return false;
    }
    return true;
}

// Finds the next line in [data, data+size); returns its length without CR/LF, or -1 if incomplete.
qsizetype nextLine(const char *data, qsizetype size, qsizetype *lineWithEol)
{
    const void *nl = std::memchr(data, '\n', size_t(size));
    if (!nl)
        return -1;
    const qsizetype end = static_cast<const char *>(nl) - data;
    *lineWithEol = end + 1;
    return (end > 0 && data[end - 1] == '\r') ? end - 1 : end;
}

bool parseDecimal(const QByteArray &text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpServerLimits &limits)
    : m_limits(limits)
{}

void HttpRequestParser::reset()
{
    m_request = HttpRequest();
    m_state = State::RequestLine;
    m_headBytes = 0;
    m_contentLength = 0;
    m_remaining = 0;
    m_chunked = false;
    m_keepAlive = true;
    m_expectContinue = false;
    m_headersDone = false;
    m_errorStatus = 0;
    m_errorMessage.clear();
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest out = std::move(m_request);
    reset();
    return out;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Status::Error;
}

bool HttpRequestParser::parseRequestLine(const char *line, qsizetype len)
{
    const char *sp1 = static_cast<const char *>(std::memchr(line, ' ', size_t(len)));
    if (!sp1)
        return false;
    const qsizetype methodLen = sp1 - line;
    const char *rest = sp1 + 1;
    const qsizetype restLen = len - methodLen - 1;
    const char *sp2 = static_cast<const char *>(std::memchr(rest, ' ', size_t(restLen)));
    if (!sp2 || !isToken(line, methodLen))
        return false;
    const qsizetype targetLen = sp2 - rest;
    const char *version = sp2 + 1;
    const qsizetype versionLen = len - (version - line);
    if (targetLen == 0 || versionLen != 8 || std::memcmp(version, "HTTP/", 5) != 0 || version[6] != '.')
        return false;
    for (qsizetype i = 0; i < targetLen; ++i) {
        const unsigned char c = static_cast<unsigned char>(rest[i]);
        if (c <= 0x20 || c == 0x7f)
            return false;
    }
    m_request.method = QByteArray(line, methodLen);
    m_request.target = QByteArray(rest, targetLen);
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    if (q >= 0)
        m_request.query = m_request.target.mid(q + 1);
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1')) {
        m_errorStatus = 505;
        return false;
    }
    m_request.versionMinor = version[7] - '0';
    return true;
}

bool HttpRequestParser::parseHeaderLine(const char *line, qsizetype len)
{
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(len)));
    if (!colon)
        return false;
    const qsizetype nameLen = colon - line;
    if (!isToken(line, nameLen)) // also rejects obs-fold and whitespace before the colon
        return false;
    QByteArray name(line, nameLen);
    for (char &c : name) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    const char *v = colon + 1;
    const char *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t'))
        ++v;
    while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    for (const char *p = v; p < end; ++p) {
        if (*p == '\0' || *p == '\r' || *p == '\n')
            return false;
    }
    m_request.headers.add(name, QByteArray(v, end - v));
    return true;
}

HttpRequestParser::Status HttpRequestParser::finishHeaders()
{
    m_headersDone = true;
    const HttpHeaders &h = m_request.headers;
    const QByteArray connection = h.value("connection");
    m_keepAlive = m_request.versionMinor >= 1 ? !HttpHeaders::hasToken(connection, "close")
                                              : HttpHeaders::hasToken(connection, "keep-alive");

    // Two Host headers make the request mean different things to different readers (which one
    // does an origin check see?): refuse, as HTTP/1.1 requires.
    if (h.values("host").size() > 1)
        return fail(400, QStringLiteral("more than one Host header"));

    const QList<QByteArray> lengths = h.values("content-length");
    const bool hasTe = h.contains("transfer-encoding");
    if (hasTe) {
        // Both framings at once is the classic request-smuggling shape: refuse it.
        if (!lengths.isEmpty())
            return fail(400, QStringLiteral("both Content-Length and Transfer-Encoding"));
        const QByteArray te = h.values("transfer-encoding").join(',').trimmed().toLower();
        if (te != "chunked")
            return fail(501, QStringLiteral("unsupported Transfer-Encoding"));
        m_chunked = true;
    } else if (!lengths.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &l : lengths) {
            qint64 v = 0;
            if (!parseDecimal(l.trimmed(), &v) || (length >= 0 && v != length))
                return fail(400, QStringLiteral("invalid Content-Length"));
            length = v;
        }
        if (length > m_limits.maxBodyBytes)
            return fail(413,
                        QStringLiteral("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        m_contentLength = length;
    }
    if (m_request.versionMinor >= 1 && hasBody())
        m_expectContinue = HttpHeaders::nameEquals(h.value("expect"), "100-continue");

    if (m_chunked)
        m_state = State::ChunkSize;
    else if (m_contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_contentLength;
        m_request.body.reserve(qMin<qint64>(m_contentLength, 64 * 1024));
    } else
        m_state = State::Done;
    return Status::HeadersComplete;
}

HttpRequestParser::Status HttpRequestParser::appendBody(const char *data, qsizetype len)
{
    if (m_request.body.size() + len > m_limits.maxBodyBytes)
        return fail(413, QStringLiteral("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
    m_request.body.append(data, len);
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    qsizetype pos = 0;
    auto done = [&](Status s) {
        *consumed = pos;
        return s;
    };
    while (true) {
        const char *p = data + pos;
        const qsizetype avail = size - pos;
        switch (m_state) {
        case State::RequestLine:
        case State::Headers:
        case State::Trailers: {
            qsizetype eol = 0;
            const qsizetype len = avail > 0 ? nextLine(p, avail, &eol) : -1;
            if (len < 0) {
                if (m_headBytes + avail > m_limits.maxHeaderBytes)
                    return done(fail(431, QStringLiteral("request headers are too large")));
                return done(Status::NeedMore);
            }
            m_headBytes += eol;
            if (m_headBytes > m_limits.maxHeaderBytes)
                return done(fail(431, QStringLiteral("request headers are too large")));
            pos += eol;
            if (m_state == State::RequestLine) {
                if (len == 0) { // tolerate stray CRLF between requests (RFC 9112 §2.2)
                    m_headBytes = 0;
                    continue;
                }
                if (!parseRequestLine(p, len)) {
                    if (m_errorStatus == 505)
                        return done(fail(505, QStringLiteral("unsupported HTTP version")));
                    return done(fail(400, QStringLiteral("malformed request line")));
                }
                m_state = State::Headers;
            } else if (m_state == State::Headers) {
                if (len == 0)
                    return done(finishHeaders());
                if (!parseHeaderLine(p, len))
                    return done(fail(400, QStringLiteral("malformed header line")));
            } else { // trailers are read and dropped
                if (len == 0) {
                    m_state = State::Done;
                    continue;
                }
            }
            break;
        }
        case State::Body: {
            const qsizetype n = qsizetype(qMin<qint64>(avail, m_remaining));
            if (n > 0) {
                m_request.body.append(p, n);
                m_remaining -= n;
                pos += n;
            }
            if (m_remaining > 0)
                return done(Status::NeedMore);
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            qsizetype eol = 0;
            const qsizetype len = avail > 0 ? nextLine(p, avail, &eol) : -1;
            if (len < 0) {
                if (avail > 1024)
                    return done(fail(400, QStringLiteral("malformed chunk size")));
                return done(Status::NeedMore);
            }
            qint64 chunk = 0;
            qsizetype i = 0;
            for (; i < len; ++i) {
                const char c = p[i];
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    break;
                if (chunk > (m_limits.maxBodyBytes >> 4) + 1)
                    return done(fail(
                        413,
                        QStringLiteral("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes)));
                chunk = chunk * 16 + digit;
            }
            if (i == 0 || (i < len && p[i] != ';' && p[i] != ' ' && p[i] != '\t'))
                return done(fail(400, QStringLiteral("malformed chunk size")));
            pos += eol;
            if (m_request.body.size() + chunk > m_limits.maxBodyBytes)
                return done(fail(
                    413, QStringLiteral("request body is larger than %1 bytes").arg(m_limits.maxBodyBytes)));
            if (chunk == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = chunk;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(avail, m_remaining));
            if (n > 0) {
                if (appendBody(p, n) == Status::Error)
                    return done(Status::Error);
                m_remaining -= n;
                pos += n;
            }
            if (m_remaining > 0)
                return done(Status::NeedMore);
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (avail < 1)
                return done(Status::NeedMore);
            if (p[0] == '\n') {
                pos += 1;
            } else if (p[0] == '\r') {
                if (avail < 2)
                    return done(Status::NeedMore);
                if (p[1] != '\n')
                    return done(fail(400, QStringLiteral("malformed chunk")));
                pos += 2;
            } else {
                return done(fail(400, QStringLiteral("malformed chunk")));
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::Done:
            return done(Status::MessageComplete);
        case State::Failed:
            return done(Status::Error);
        }
    }
}

} // namespace clawdesk
