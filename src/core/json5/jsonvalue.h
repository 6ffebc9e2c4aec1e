#pragma once

#include <QJsonValue>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace clawdesk {

struct JsonContainer;

/// @brief An ordered JSON value (objects keep insertion/document order, unlike QJsonObject).
///
/// Arrays and objects are implicitly shared (copy-on-write), so copies are cheap. Numbers are doubles,
/// as in JavaScript. Equality compares objects as JSON does: same keys with equal values, in any order;
/// keys() exposes the order for callers that care.
class JsonValue
{
public:
    enum class Type { Undefined, Null, Bool, Number, String, Array, Object };

    JsonValue(); // Undefined (what lookups of absent keys return)
    JsonValue(std::nullptr_t);
    JsonValue(bool b);
    JsonValue(int n);
    JsonValue(qint64 n);
    JsonValue(double d);
    JsonValue(const QString &s);
    JsonValue(const char *s);
    JsonValue(const JsonValue &other);
    JsonValue(JsonValue &&other) noexcept;
    JsonValue &operator=(const JsonValue &other);
    JsonValue &operator=(JsonValue &&other) noexcept;
    ~JsonValue();

    static JsonValue array(QList<JsonValue> items = {});
    static JsonValue object(); // empty object

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    /// True for everything but arrays and objects (Undefined included).
    bool isScalar() const { return !isArray() && !isObject(); }

    bool toBool(bool def = false) const;
    double toDouble(double def = 0) const;
    /// The number when it is integral and fits in qint64 (like QJsonValue::toInteger), else def.
    qint64 toInteger(qint64 def = 0) const;
    QString toString(const QString &def = {}) const;

    // arrays
    qsizetype size() const;                 // array length or object member count, 0 otherwise
    const JsonValue &at(qsizetype i) const; // Undefined when out of range / not an array
    /// Mutable element i; a non-array becomes an array and a short one is padded with nulls up to i.
    JsonValue &refAt(qsizetype i);
    void append(const JsonValue &v);                // turns a non-array into an (empty) array first
    void insertAt(qsizetype i, const JsonValue &v); // i is clamped to [0, size]
    void removeAt(qsizetype i);
    QList<JsonValue> items() const;

    // objects (ordered; duplicate keys in source: last one wins, position of the first)
    QStringList keys() const;
    bool contains(const QString &key) const;
    const JsonValue &operator[](const QString &key) const; // Undefined when absent / not an object
    /// The member's value, inserting an Undefined member when absent (turns a non-object into an empty
    /// object first), for assignment: `v.ref("a") = 1`.
    JsonValue &ref(const QString &key);
    void insert(const QString &key, const JsonValue &v); // replaces in place if present, else appends
    void remove(const QString &key);
    /// Path of keys; array indexes as decimal strings; nullptr if absent.
    const JsonValue *find(const QStringList &path) const;

    bool operator==(const JsonValue &o) const;
    bool operator!=(const JsonValue &o) const { return !(*this == o); }

    QJsonValue toQJsonValue() const;
    static JsonValue fromQJsonValue(const QJsonValue &v);

    /// Strict JSON text, keys in order. indent 0 = compact one line; indent>0 = pretty with that many
    /// spaces, as JSON.stringify(v, null, indent). Integral numbers with |x| < 2^53 print without a decimal
    /// point; other numbers shortest round-trip (JavaScript's Number#toString); NaN/Inf → null.
    /// Undefined members are skipped and Undefined array items print as null, as in JavaScript.
    QString toJson(int indent = 0) const;

private:
    void makeContainer(Type t);
    qsizetype indexOfKey(const QString &key) const;

    Type m_type = Type::Undefined;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    QSharedDataPointer<JsonContainer> m_data;
};

/// @brief JavaScript's Number#toString for a double (shortest round-trip; "NaN", "Infinity", "-0" → "0").
QString formatJsonNumber(double d);

} // namespace clawdesk
