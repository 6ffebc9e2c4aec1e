#include "httpheaders.h"

#include <cstring>

namespace clawdesk {

bool HttpHeaders::nameEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && qstrnicmp(a.constData(), b.constData(), a.size()) == 0;
}

bool HttpHeaders::hasToken(const QByteArray &value, const QByteArray &token)
{
    qsizetype start = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(',', start);
        if (end < 0)
            end = value.size();
        const QByteArray item = QByteArray::fromRawData(value.constData() + start, end - start).trimmed();
        if (nameEquals(item, token))
            return true;
        start = end + 1;
    }
    return false;
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    add(name, value);
}

void HttpHeaders::remove(const QByteArray &name)
{
    m_entries.removeIf([&name](const Entry &e) { return nameEquals(e.first, name); });
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    for (const Entry &e : m_entries) {
        if (nameEquals(e.first, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(const QByteArray &name, const QByteArray &defaultValue) const
{
    for (const Entry &e : m_entries) {
        if (nameEquals(e.first, name))
            return e.second;
    }
    return defaultValue;
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const Entry &e : m_entries) {
        if (nameEquals(e.first, name))
            out.append(e.second);
    }
    return out;
}

} // namespace clawdesk
