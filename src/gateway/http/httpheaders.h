#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <initializer_list>

namespace clawdesk {

/// @brief Ordered HTTP header fields with case-insensitive name lookup.
class HttpHeaders
{
public:
    using Entry = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Entry> entries)
        : m_entries(entries)
    {}

    void add(const QByteArray &name, const QByteArray &value) { m_entries.append({name, value}); }
    /// Replaces every field called @p name with one field.
    void set(const QByteArray &name, const QByteArray &value);
    void remove(const QByteArray &name);
    bool contains(const QByteArray &name) const;
    /// The first value of @p name, or @p defaultValue.
    QByteArray value(const QByteArray &name, const QByteArray &defaultValue = {}) const;
    QList<QByteArray> values(const QByteArray &name) const;

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }
    void reserve(qsizetype n) { m_entries.reserve(n); }

    bool operator==(const HttpHeaders &other) const { return m_entries == other.m_entries; }

    /// Case-insensitive ASCII comparison of header names.
    static bool nameEquals(const QByteArray &a, const QByteArray &b);
    /// True if the comma-separated list @p value holds @p token (case-insensitive), e.g. "close".
    static bool hasToken(const QByteArray &value, const QByteArray &token);

private:
    QList<Entry> m_entries;
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::HttpHeaders)
