// The JSON5 parser's structure: trivia, values, objects, arrays; and the parseJson5() entry point.
#include "json5parser.h"

#include "json5error.h"
#include "json5syntax.h"

namespace clawdesk {

using namespace json5syntax;

namespace {
constexpr int MaxDepth = 512;
} // namespace

Json5Parser::Json5Parser(const QString &text, Json5Tree *tree)
    : m_text(text)
    , m_p(reinterpret_cast<const char16_t *>(text.constData()))
    , m_n(text.size())
    , m_tree(tree)
{}

bool Json5Parser::run(JsonValue *value)
{
    if (!skipTrivia())
        return false;
    if (m_pos >= m_n)
        return fail(QStringLiteral("unexpected end of input"), m_pos);
    if (parseValue(value, 0) < 0)
        return false;
    if (!skipTrivia())
        return false;
    if (m_pos < m_n)
        return failChar(m_pos);
    return true;
}

bool Json5Parser::fail(const QString &message, qsizetype pos)
{
    if (m_errorPos < 0) {
        m_message = message;
        m_errorPos = pos;
    }
    return false;
}

char32_t Json5Parser::codePointAt(qsizetype pos) const
{
    const char16_t c = m_p[pos];
    if (QChar::isHighSurrogate(c) && pos + 1 < m_n && QChar::isLowSurrogate(m_p[pos + 1]))
        return QChar::surrogateToUcs4(c, m_p[pos + 1]);
    return c;
}

QString Json5Parser::describe(char32_t c)
{
    switch (c) {
    case '\n':
        return QStringLiteral("'\\n'");
    case '\r':
        return QStringLiteral("'\\r'");
    case '\t':
        return QStringLiteral("'\\t'");
    default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ||
        (c >= 0xD800 && c <= 0xDFFF))
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    return QLatin1Char('\'') + QString::fromUcs4(&c, 1) + QLatin1Char('\'');
}

bool Json5Parser::failChar(qsizetype pos)
{
    if (pos >= m_n)
        return fail(QStringLiteral("unexpected end of input"), pos);
    return fail(QStringLiteral("invalid character %1").arg(describe(codePointAt(pos))), pos);
}

bool Json5Parser::skipTrivia()
{
    while (m_pos < m_n) {
        const char16_t c = m_p[m_pos];
        if (c == '/') {
            if (m_pos + 1 >= m_n)
                return fail(QStringLiteral("unexpected end of input"), m_n);
            const char16_t d = m_p[m_pos + 1];
            if (d == '/') {
                ++m_tree->facts.comments;
                m_pos += 2;
                while (m_pos < m_n && !isLineTerminator(m_p[m_pos]))
                    ++m_pos;
            } else if (d == '*') {
                ++m_tree->facts.comments;
                const qsizetype close = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
                if (close < 0)
                    return fail(QStringLiteral("unexpected end of input (unterminated comment)"), m_n);
                for (qsizetype i = m_pos; i < close; ++i)
                    m_breaks += (m_p[i] == '\n' || m_p[i] == '\r') ? 1 : 0;
                m_pos = close + 2;
            } else {
                return failChar(m_pos + 1);
            }
        } else if (c < 0x80 ? (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C)
                            : isWhitespace(c)) {
            m_breaks += (c == '\n' || c == '\r') ? 1 : 0;
            ++m_pos; // all non-ASCII whitespace is in the BMP
        } else {
            return true;
        }
    }
    return true;
}

int Json5Parser::newNode(JsonValue::Type type, qsizetype start)
{
    Json5Node node;
    node.type = type;
    node.start = start;
    m_tree->nodes.append(node);
    return int(m_tree->nodes.size() - 1);
}

// Parses the value at m_pos (trivia already skipped); returns its node index or -1.
int Json5Parser::parseValue(JsonValue *out, int depth)
{
    if (m_pos >= m_n)
        return fail(QStringLiteral("unexpected end of input"), m_pos), -1;
    const qsizetype start = m_pos;
    const char16_t c = m_p[m_pos];
    int node = -1;
    switch (c) {
    case '{':
    case '[':
        if (depth >= MaxDepth)
            return fail(QStringLiteral("nesting too deep (more than %1 levels)").arg(MaxDepth), m_pos), -1;
        return c == '{' ? parseObject(out, depth) : parseArray(out, depth);
    case '"':
    case '\'': {
        QString s;
        if (!parseString(&s))
            return -1;
        ++(c == '"' ? m_tree->facts.doubleQuotedStrings : m_tree->facts.singleQuotedStrings);
        *out = JsonValue(s);
        node = newNode(JsonValue::Type::String, start);
        break;
    }
    case 't':
        if (!expectWord(u"true"))
            return -1;
        *out = JsonValue(true);
        node = newNode(JsonValue::Type::Bool, start);
        break;
    case 'f':
        if (!expectWord(u"false"))
            return -1;
        *out = JsonValue(false);
        node = newNode(JsonValue::Type::Bool, start);
        break;
    case 'n':
        if (!expectWord(u"null"))
            return -1;
        *out = JsonValue(nullptr);
        node = newNode(JsonValue::Type::Null, start);
        break;
    default:
        if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9') || c == 'I' || c == 'N') {
            double d = 0;
            if (!parseNumber(&d))
                return -1;
            *out = JsonValue(d);
            node = newNode(JsonValue::Type::Number, start);
            break;
        }
        return failChar(m_pos), -1;
    }
    m_tree->nodes[node].end = m_pos;
    return node;
}

int Json5Parser::parseObject(JsonValue *out, int depth)
{
    const int node = newNode(JsonValue::Type::Object, m_pos);
    const qsizetype breaksAtStart = m_breaks;
    ++m_pos;
    JsonValue obj = JsonValue::object();
    QList<Json5Member> members;
    while (true) {
        if (!skipTrivia())
            return -1;
        if (m_pos >= m_n)
            return failChar(m_pos), -1;
        if (m_p[m_pos] == '}')
            break;
        Json5Member m;
        m.keyStart = m_pos;
        const char16_t q = m_p[m_pos];
        if (q == '"' || q == '\'') {
            if (!parseString(&m.key))
                return -1;
            ++(q == '"' ? m_tree->facts.doubleQuotedKeys : m_tree->facts.singleQuotedKeys);
        } else {
            if (!parseIdentifier(&m.key))
                return -1;
            ++m_tree->facts.unquotedKeys;
        }
        m.keyEnd = m_pos;
        if (!skipTrivia())
            return -1;
        if (m_pos >= m_n || m_p[m_pos] != ':')
            return failChar(m_pos), -1;
        ++m_pos;
        if (!skipTrivia())
            return -1;
        JsonValue v;
        m.node = parseValue(&v, depth + 1);
        if (m.node < 0)
            return -1;
        obj.insert(m.key, v);
        if (!skipTrivia())
            return -1;
        if (m_pos < m_n && m_p[m_pos] == ',') {
            m.comma = m_pos++;
            members.append(m);
            continue;
        }
        members.append(m);
        if (m_pos < m_n && m_p[m_pos] == '}')
            break;
        return failChar(m_pos), -1;
    }
    ++m_pos;
    finishContainer(node, std::move(members), breaksAtStart);
    *out = std::move(obj);
    return node;
}

int Json5Parser::parseArray(JsonValue *out, int depth)
{
    const int node = newNode(JsonValue::Type::Array, m_pos);
    const qsizetype breaksAtStart = m_breaks;
    ++m_pos;
    QList<JsonValue> items;
    QList<Json5Member> members;
    while (true) {
        if (!skipTrivia())
            return -1;
        if (m_pos >= m_n)
            return failChar(m_pos), -1;
        if (m_p[m_pos] == ']')
            break;
        Json5Member m;
        JsonValue v;
        m.node = parseValue(&v, depth + 1);
        if (m.node < 0)
            return -1;
        items.append(std::move(v));
        if (!skipTrivia())
            return -1;
        if (m_pos < m_n && m_p[m_pos] == ',') {
            m.comma = m_pos++;
            members.append(m);
            continue;
        }
        members.append(m);
        if (m_pos < m_n && m_p[m_pos] == ']')
            break;
        return failChar(m_pos), -1;
    }
    ++m_pos;
    finishContainer(node, std::move(members), breaksAtStart);
    *out = JsonValue::array(std::move(items));
    return node;
}

void Json5Parser::finishContainer(int node, QList<Json5Member> &&members, qsizetype breaksAtStart)
{
    Json5Node &n = m_tree->nodes[node];
    n.end = m_pos;
    const bool multiLine = m_breaks > breaksAtStart;
    if (!members.isEmpty() && members.last().comma >= 0) {
        ++(multiLine ? m_tree->facts.multiLineWithTrailingComma : m_tree->facts.inlineWithTrailingComma);
        m_tree->facts.json5Only = true;
    } else if (!members.isEmpty() && multiLine) {
        ++m_tree->facts.multiLineWithoutTrailingComma;
    }
    n.members = std::move(members);
}

void json5LineColumn(const QString &text, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && !(i + 1 < text.size() && text.at(i + 1) == u'\n'))) {
            ++l;
            lineStart = i + 1;
        }
    }
    // An offending line break belongs to the line it starts, at column 0 (as the reference parser says).
    if (offset < text.size() && (text.at(offset) == u'\n' || text.at(offset) == u'\r')) {
        *line = l + 1;
        *column = 0;
        return;
    }
    int col = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > lineStart && text.at(i - 1).isHighSurrogate()))
            ++col;
    }
    *line = l;
    *column = col;
}

bool parseJson5(const QString &text, JsonValue *value, Json5Tree *tree, Json5Error *error)
{
    tree->nodes.clear();
    tree->facts = {};
    tree->nodes.reserve(qMin<qsizetype>(text.size() / 16 + 1, 1 << 20));
    Json5Parser parser(text, tree);
    JsonValue v;
    if (!parser.run(&v)) {
        tree->nodes.clear();
        if (error) {
            error->message = parser.m_message;
            error->offset = parser.m_errorPos;
            json5LineColumn(text, parser.m_errorPos, &error->line, &error->column);
        }
        return false;
    }
    *value = std::move(v);
    tree->lineStarts.clear();
    tree->lineStarts.append(0);
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == u'\n' || (p[i] == u'\r' && !(i + 1 < n && p[i + 1] == u'\n')))
            tree->lineStarts.append(i + 1);
    }
    if (error)
        *error = {};
    return true;
}

} // namespace clawdesk
