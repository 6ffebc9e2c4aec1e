#include "jsonvalue.h"

#include <QHash>

#include <cmath>

namespace clawdesk {

/// @brief Shared storage of an array (values only) or an object (keys parallel to values).
struct JsonContainer : QSharedData
{
    QList<JsonValue> values;
    QStringList keys;
    // Built only for larger objects so lookups stay O(1) there without a hash per small object.
    QHash<QString, qsizetype> index;

    static constexpr qsizetype IndexThreshold = 8;

    void rebuildIndex()
    {
        index.clear();
        if (keys.size() <= IndexThreshold)
            return;
        index.reserve(keys.size());
        for (qsizetype i = 0; i < keys.size(); ++i)
            index.insert(keys.at(i), i);
    }
};

namespace {
const JsonValue &undefinedValue()
{
    static const JsonValue s_undefined;
    return s_undefined;
}
} // namespace

JsonValue::JsonValue() = default;
JsonValue::JsonValue(std::nullptr_t)
    : m_type(Type::Null)
{}
JsonValue::JsonValue(bool b)
    : m_type(Type::Bool)
    , m_bool(b)
{}
JsonValue::JsonValue(int n)
    : m_type(Type::Number)
    , m_number(n)
{}
JsonValue::JsonValue(qint64 n)
    : m_type(Type::Number)
    , m_number(double(n))
{}
JsonValue::JsonValue(double d)
    : m_type(Type::Number)
    , m_number(d)
{}
JsonValue::JsonValue(const QString &s)
    : m_type(Type::String)
    , m_string(s)
{}
JsonValue::JsonValue(const char *s)
    : m_type(Type::String)
    , m_string(QString::fromUtf8(s))
{}
JsonValue::JsonValue(const JsonValue &other) = default;
JsonValue::JsonValue(JsonValue &&other) noexcept = default;
JsonValue &JsonValue::operator=(const JsonValue &other) = default;
JsonValue &JsonValue::operator=(JsonValue &&other) noexcept = default;
JsonValue::~JsonValue() = default;

JsonValue JsonValue::array(QList<JsonValue> items)
{
    JsonValue v;
    v.makeContainer(Type::Array);
    v.m_data->values = std::move(items);
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.makeContainer(Type::Object);
    return v;
}

void JsonValue::makeContainer(Type t)
{
    m_type = t;
    m_bool = false;
    m_number = 0;
    m_string.clear();
    m_data = new JsonContainer;
}

bool JsonValue::toBool(bool def) const
{
    return m_type == Type::Bool ? m_bool : def;
}

double JsonValue::toDouble(double def) const
{
    return m_type == Type::Number ? m_number : def;
}

qint64 JsonValue::toInteger(qint64 def) const
{
    if (m_type != Type::Number || !std::isfinite(m_number) || std::trunc(m_number) != m_number)
        return def;
    // 2^63 itself is not representable as qint64.
    if (m_number < -9223372036854775808.0 || m_number >= 9223372036854775808.0)
        return def;
    return qint64(m_number);
}

QString JsonValue::toString(const QString &def) const
{
    return m_type == Type::String ? m_string : def;
}

qsizetype JsonValue::size() const
{
    return (m_type == Type::Array || m_type == Type::Object) ? m_data->values.size() : 0;
}

const JsonValue &JsonValue::at(qsizetype i) const
{
    if (m_type != Type::Array || i < 0 || i >= m_data->values.size())
        return undefinedValue();
    return m_data->values.at(i);
}

JsonValue &JsonValue::refAt(qsizetype i)
{
    if (m_type != Type::Array)
        makeContainer(Type::Array);
    i = qMax<qsizetype>(0, i);
    while (m_data->values.size() <= i)
        m_data->values.append(JsonValue(nullptr));
    return m_data->values[i];
}

void JsonValue::append(const JsonValue &v)
{
    if (m_type != Type::Array)
        makeContainer(Type::Array);
    m_data->values.append(v);
}

void JsonValue::insertAt(qsizetype i, const JsonValue &v)
{
    if (m_type != Type::Array)
        makeContainer(Type::Array);
    m_data->values.insert(qBound<qsizetype>(0, i, m_data->values.size()), v);
}

void JsonValue::removeAt(qsizetype i)
{
    if (m_type != Type::Array || i < 0 || i >= m_data->values.size())
        return;
    m_data->values.removeAt(i);
}

QList<JsonValue> JsonValue::items() const
{
    return m_type == Type::Array ? m_data->values : QList<JsonValue>{};
}

QStringList JsonValue::keys() const
{
    return m_type == Type::Object ? m_data->keys : QStringList{};
}

qsizetype JsonValue::indexOfKey(const QString &key) const
{
    if (m_type != Type::Object)
        return -1;
    const JsonContainer *d = m_data.constData();
    if (!d->index.isEmpty())
        return d->index.value(key, -1);
    return d->keys.indexOf(key);
}

bool JsonValue::contains(const QString &key) const
{
    return indexOfKey(key) >= 0;
}

const JsonValue &JsonValue::operator[](const QString &key) const
{
    const qsizetype i = indexOfKey(key);
    return i < 0 ? undefinedValue() : m_data->values.at(i);
}

JsonValue &JsonValue::ref(const QString &key)
{
    if (m_type != Type::Object)
        makeContainer(Type::Object);
    qsizetype i = indexOfKey(key);
    if (i < 0) {
        insert(key, JsonValue());
        i = m_data->values.size() - 1;
    }
    return m_data->values[i];
}

void JsonValue::insert(const QString &key, const JsonValue &v)
{
    if (m_type != Type::Object)
        makeContainer(Type::Object);
    const qsizetype i = indexOfKey(key);
    if (i >= 0) {
        m_data->values[i] = v;
        return;
    }
    JsonContainer *d = m_data.data();
    d->keys.append(key);
    d->values.append(v);
    if (!d->index.isEmpty())
        d->index.insert(key, d->keys.size() - 1);
    else if (d->keys.size() > JsonContainer::IndexThreshold)
        d->rebuildIndex();
}

void JsonValue::remove(const QString &key)
{
    const qsizetype i = indexOfKey(key);
    if (i < 0)
        return;
    JsonContainer *d = m_data.data();
    d->keys.removeAt(i);
    d->values.removeAt(i);
    if (!d->index.isEmpty())
        d->rebuildIndex();
}

const JsonValue *JsonValue::find(const QStringList &path) const
{
    const JsonValue *cur = this;
    for (const QString &part : path) {
        if (cur->isObject()) {
            const qsizetype i = cur->indexOfKey(part);
            if (i < 0)
                return nullptr;
            cur = &cur->m_data->values.at(i);
        } else if (cur->isArray()) {
            bool ok = false;
            const qlonglong i = part.toLongLong(&ok);
            // Only canonical decimal indexes ("0", "12"), not "+1" or "01".
            if (!ok || i < 0 || i >= cur->size() || QString::number(i) != part)
                return nullptr;
            cur = &cur->m_data->values.at(i);
        } else {
            return nullptr;
        }
    }
    return cur->isUndefined() ? nullptr : cur;
}

bool JsonValue::operator==(const JsonValue &o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Undefined:
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == o.m_bool;
    case Type::Number:
        // NaN equals NaN here: two documents both saying NaN hold the same value.
        return m_number == o.m_number || (std::isnan(m_number) && std::isnan(o.m_number));
    case Type::String:
        return m_string == o.m_string;
    case Type::Array:
        return m_data == o.m_data || m_data->values == o.m_data->values;
    case Type::Object: {
        if (m_data == o.m_data)
            return true;
        if (size() != o.size())
            return false;
        for (qsizetype i = 0; i < m_data->keys.size(); ++i) {
            const qsizetype j = o.indexOfKey(m_data->keys.at(i));
            if (j < 0 || m_data->values.at(i) != o.m_data->values.at(j))
                return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace clawdesk
