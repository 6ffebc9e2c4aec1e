#include "passthrough.h"

#include "jsonhelpers.h"
#include "thinkingsignature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clawdesk::passthrough {

namespace {

/// A forward-only reader of one JSON text that only finds where values begin and end; anything it
/// cannot follow makes inspect() fall back to Qt's parser for an exact error message.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_data(text.constData())
        , m_size(text.size())
    {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() { return skipSpace() >= m_size; }

    qsizetype skipSpace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\n' || m_data[m_pos] == '\r' ||
                                  m_data[m_pos] == '\t'))
            ++m_pos;
        return m_pos;
    }

    bool expect(char c)
    {
        if (skipSpace() >= m_size || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    bool peek(char c) { return skipSpace() < m_size && m_data[m_pos] == c; }

    /// A string starting at the current position; *escaped tells whether it holds a backslash.
    bool skipString(bool *escaped = nullptr)
    {
        if (!expect('"'))
            return false;
        bool sawEscape = false;
        while (m_pos < m_size) {
            const char c = m_data[m_pos++];
            if (c == '"') {
                if (escaped)
                    *escaped = sawEscape;
                return true;
            }
            if (c == '\\') {
                sawEscape = true;
                ++m_pos;
            }
        }
        return false;
    }

    /// Any value: strings, nested objects and arrays (brackets counted outside strings), literals.
    bool skipValue()
    {
        if (skipSpace() >= m_size)
            return false;
        const char first = m_data[m_pos];
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_pos < m_size) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '}' && m_data[m_pos] != ']' &&
               m_data[m_pos] != ' ' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r' &&
               m_data[m_pos] != '\t')
            ++m_pos;
        return m_pos > start;
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

QByteArray span(const QByteArray &body, qsizetype begin, qsizetype end)
{
    return QByteArray::fromRawData(body.constData() + begin, end - begin);
}

/// The exact error Qt's parser reports for a body the scanner could not follow.
std::optional<RawRequest> parseError(const QByteArray &body, ApiError *error)
{
    if (json::parseObject(body, error))
        json::fail(error, QStringLiteral("body"), QStringLiteral("expected a JSON object"));
    return std::nullopt;
}

QString decodeString(const QByteArray &quoted, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(quoted.constData() + 1, quoted.size() - 2);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + quoted + "]");
    return doc.array().at(0).toString();
}

} // namespace

std::optional<RawRequest> inspect(const QByteArray &body, ApiError *error)
{
    RawRequest out;
    out.body = body;
    Scanner s(body);
    if (!s.expect('{'))
        return parseError(body, error);
    if (!s.peek('}')) {
        for (;;) {
            const qsizetype keyBegin = s.skipSpace();
            bool keyEscaped = false;
            if (!s.skipString(&keyEscaped))
                return parseError(body, error);
            const QString key = decodeString(span(body, keyBegin, s.pos()), keyEscaped);
            if (!s.expect(':'))
                return parseError(body, error);
            const qsizetype valueBegin = s.skipSpace();
            bool valueEscaped = false;
            const bool isString = s.peek('"');
            if (!(isString ? s.skipString(&valueEscaped) : s.skipValue()))
                return parseError(body, error);
            const QByteArray value = span(body, valueBegin, s.pos());
            if (key == QLatin1String("model")) {
                if (!isString) {
                    json::fail(error, QStringLiteral("model"),
                               value == "null" ? QStringLiteral("required")
                                               : QStringLiteral("expected a string"));
                    return std::nullopt;
                }
                out.model = decodeString(value, valueEscaped);
                out.hasModel = true;
                out.modelBegin = valueBegin;
                out.modelEnd = s.pos();
            } else if (key == QLatin1String("stream")) {
                out.stream = value == "true";
            } else if (key == QLatin1String("stream_options") && value.startsWith('{')) {
                out.includeUsage =
                    QJsonDocument::fromJson(value).object().value(QLatin1String("include_usage")).toBool();
            }
            if (s.expect(','))
                continue;
            break;
        }
    }
    if (!s.expect('}') || !s.atEnd())
        return parseError(body, error);
    if (!out.hasModel) {
        json::fail(error, QStringLiteral("model"), QStringLiteral("required"));
        return std::nullopt;
    }
    return out;
}

QByteArray withModel(const RawRequest &request, const QString &model)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{model}).toJson(QJsonDocument::Compact).mid(1);
    const QByteArray value = quoted.left(quoted.size() - 1);
    if (request.modelBegin < 0) {
        const qsizetype brace = request.body.indexOf('{');
        QByteArray out = request.body;
        const bool empty = request.body.mid(brace + 1).trimmed().startsWith('}');
        out.insert(brace + 1, "\"model\":" + value + (empty ? "" : ","));
        return out;
    }
    if (span(request.body, request.modelBegin, request.modelEnd) == value)
        return request.body;
    QByteArray out;
    out.reserve(request.body.size() + value.size());
    out.append(request.body.constData(), request.modelBegin);
    out.append(value);
    out.append(request.body.constData() + request.modelEnd, request.body.size() - request.modelEnd);
    return out;
}

namespace {

/// Keys whose string values hold a provider-bound payload the gateway may have marked.
bool isSignatureKey(const QString &key)
{
    return key == QLatin1String("signature") || key == QLatin1String("data") ||
           key == QLatin1String("encrypted_content");
}

/// Unwraps our own marks in @p object's direct signature keys; false when one is another provider's.
bool unwrapOwn(QJsonObject *object, const QString &provider)
{
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (!it.value().isString() || !isSignatureKey(it.key()))
            continue;
        const thinking::UnwrappedSignature u = thinking::unwrapSignature(it.value().toString());
        if (!u.wrapped)
            continue;
        if (u.provider != provider)
            return false;
        it.value() = u.signature;
    }
    return true;
}

QJsonValue sanitized(const QJsonValue &value, const QString &provider, int *removed);

QJsonArray sanitizedArray(const QJsonArray &array, const QString &provider, int *removed)
{
    QJsonArray out;
    for (const QJsonValue &element : array) {
        if (element.isObject()) {
            QJsonObject object = element.toObject();
            if (!unwrapOwn(&object, provider)) {
                ++*removed;
                continue;
            }
            out.append(sanitized(object, provider, removed));
        } else {
            out.append(sanitized(element, provider, removed));
        }
    }
    return out;
}

QJsonValue sanitized(const QJsonValue &value, const QString &provider, int *removed)
{
    if (value.isArray())
        return sanitizedArray(value.toArray(), provider, removed);
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray() || it.value().isObject())
            it.value() = sanitized(it.value(), provider, removed);
    }
    return object;
}

} // namespace

int sanitizeSignatures(QByteArray *body, const QString &provider)
{
    if (!body->contains("cdsig1."))
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(*body);
    if (!doc.isObject())
        return 0;
    int removed = 0;
    const QJsonValue out = sanitized(doc.object(), provider, &removed);
    *body = json::compact(out.toObject());
    return removed;
}

} // namespace clawdesk::passthrough
