#pragma once

#include "json5tree.h"

#include <QString>

namespace clawdesk {

/// @brief The recursive-descent JSON5 parser behind parseJson5() (internal): UTF-16 in, value and spans out.
class Json5Parser
{
public:
    Json5Parser(const QString &text, Json5Tree *tree);
    bool run(JsonValue *value);

    QString m_message;
    qsizetype m_errorPos = -1;

private:
    bool fail(const QString &message, qsizetype pos);
    char32_t codePointAt(qsizetype pos) const;
    static QString describe(char32_t c);
    bool failChar(qsizetype pos);
    bool skipTrivia();
    int newNode(JsonValue::Type type, qsizetype start);
    // Parses the value at m_pos (trivia already skipped); returns its node index or -1.
    int parseValue(JsonValue *out, int depth);
    bool expectWord(const char16_t *word);
    bool isDigit(qsizetype pos) const { return pos < m_n && m_p[pos] >= '0' && m_p[pos] <= '9'; }
    bool parseNumber(double *out);
    bool parseHex(int count, char32_t *out);
    bool parseString(QString *out);
    // An IdentifierName key (reserved words allowed; \uXXXX escapes allowed).
    bool parseIdentifier(QString *out);
    int parseObject(JsonValue *out, int depth);
    int parseArray(JsonValue *out, int depth);
    void finishContainer(int node, QList<Json5Member> &&members, qsizetype breaksAtStart);

    const QString &m_text;
    const char16_t *m_p;
    qsizetype m_n;
    qsizetype m_pos = 0;
    qsizetype m_breaks = 0; // line breaks seen so far, to tell multi-line containers cheaply
    Json5Tree *m_tree;
};

} // namespace clawdesk
